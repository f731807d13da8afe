// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dictionary.h"

namespace vigie::filter {

Dictionary::Dictionary()
{
    m_values.append(QString());
}

quint32 Dictionary::intern(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    if (auto it = m_codes.find(utf8); it != m_codes.end())
        return it->second;
    const auto code = quint32(m_values.size());
    m_codes.emplace(std::string(utf8), code);
    m_values.append(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    return code;
}

qint64 Dictionary::find(const QString &value) const
{
    if (value.isEmpty())
        return 0;
    const QByteArray utf8 = value.toUtf8();
    auto it = m_codes.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return it == m_codes.end() ? -1 : qint64(it->second);
}

} // namespace vigie::filter

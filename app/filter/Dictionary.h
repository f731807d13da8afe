// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

namespace vigie::filter {

// Interns the short strings of one column (country, region, department,
// threat actor) as small integer codes. Code 0 is "not stated" (null or
// empty); codes are never reused, so a code stays valid for the life of the
// snapshot.
class Dictionary {
public:
    Dictionary();

    // From raw UTF-8 (the SQLite column API), without building a QString.
    quint32 intern(std::string_view utf8);
    quint32 intern(const QString &value) { return intern(std::string_view(value.toUtf8())); }
    // The code of a value, or -1 when no incident has it.
    qint64 find(const QString &value) const;
    const QString &value(quint32 code) const { return m_values.at(code); }
    quint32 size() const { return quint32(m_values.size()); }
    const QStringList &values() const { return m_values; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_codes;
    QStringList m_values;
};

} // namespace vigie::filter

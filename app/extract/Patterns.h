// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>

namespace vigie::extract {

// The rules' patterns are compiled once (into statics) and optimised up
// front, since each runs over every article.
inline QRegularExpression compilePattern(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern));
    re.optimize();
    return re;
}

} // namespace vigie::extract

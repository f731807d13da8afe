// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace vigie::cli {

// `vigie extract --json FILE...`: one JSON object per line and per file, in
// order, with "file", every schema key and "evidence". An unreadable file
// gives {"file", "error"} and exit code 1 at the end. Opens no database.
int runExtract(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::cli

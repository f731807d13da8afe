// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace vigie::test {

// tests/data, from the VIGIE_TEST_DATA environment set by vigie_add_test().
QString dataPath(const QString &relative = {});
// The repository root.
QString sourcePath(const QString &relative = {});
QByteArray readFile(const QString &path);

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the real `vigie` binary (VIGIE_BINARY) with arguments and optional stdin.
RunResult runVigie(const QStringList &arguments, const QByteArray &input = {},
                   int timeoutMs = 60000);

} // namespace vigie::test

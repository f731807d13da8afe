// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the command-line tests: running the real binary with a
// chosen environment or as an unprivileged user, hashing files.
#pragma once

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace vigie::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct CliOptions {
    // Run as nobody:nogroup (through setpriv) so that permission bits apply
    // even when the tests run as root, as in CI.
    bool unprivileged = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString stdoutFile; // e.g. /dev/full
};

// tests/data of the source tree. (VIGIE_TEST_DATA, as vigie_add_test sets
// it, points at the calling test's folder instead.)
inline QString testData(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/data/") + relative);
}

inline CliOptions asNobody()
{
    CliOptions o;
    o.unprivileged = true;
    return o;
}

inline CliRun runCli(const QStringList &arguments, const CliOptions &options = {})
{
    QProcess p;
    p.setProcessEnvironment(options.environment);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile);
    const QString vigie = qEnvironmentVariable("VIGIE_BINARY");
    if (options.unprivileged && geteuid() == 0) {
        QStringList args = {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), vigie};
        p.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")), args + arguments);
    } else {
        p.start(vigie, arguments);
    }
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Why running unprivileged is impossible here, or an empty string.
inline QString cannotRunUnprivileged()
{
    if (geteuid() != 0)
        return {}; // already unprivileged: permission bits apply
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("running as root and setpriv (util-linux) is missing");
    const CliRun probe = runCli({QStringLiteral("--version")}, asNobody());
    if (probe.exitCode != 0)
        return QStringLiteral("cannot run the binary as nobody (is its folder readable by "
                              "others?): ") +
               QString::fromUtf8(probe.err);
    return {};
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// `vigie stats --json` of a database, for counts.
inline QJsonObject statsOf(const QString &db, const CliOptions &options = {})
{
    const CliRun r = runCli(
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db}, options);
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace vigie::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace vigie::test {

QString dataPath(const QString &relative)
{
    const QString base = qEnvironmentVariable("VIGIE_TEST_DATA");
    return relative.isEmpty() ? base : QDir(base).filePath(relative);
}

QString sourcePath(const QString &relative)
{
    const QString base = qEnvironmentVariable("VIGIE_SOURCE_DIR");
    return relative.isEmpty() ? base : QDir(base).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

RunResult runVigie(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("VIGIE_BINARY"), arguments);
    RunResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace vigie::test

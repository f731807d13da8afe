// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bench.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Rendering benchmarks draw offscreen; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString name = args.value(1);
    for (const auto &entry : vigie::bench::entries())
        if (entry.name == name)
            return entry.function(args.mid(2), out);
    QTextStream err(stderr);
    err << "usage: vigie-bench BENCHMARK [ARGS...]\n\nbenchmarks:\n";
    for (const auto &entry : vigie::bench::entries())
        err << "  " << entry.name << " " << entry.usage << "\n";
    return name.isEmpty() || name == QLatin1String("--help") ? 0 : 2;
}

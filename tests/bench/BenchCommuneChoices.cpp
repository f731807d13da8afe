// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench commune-choices: what the incident editor's commune completer
// costs: building the list of official communes (once, shared), and a
// candidates() look-up per keystroke. The editor builds the list on the
// commune field's first focus, so it must stay well under a frame or two.
#include "Bench.h"

#include "geo/CommuneChoices.h"
#include "geo/Gazetteer.h"

#include <algorithm>
#include <ctime>

using namespace vigie::geo;

namespace vigie::bench {

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int run(const QStringList &, QTextStream &out)
{
    Stopwatch loading;
    const Gazetteer &gazetteer = Gazetteer::shared();
    out << QStringLiteral("gazetteer loaded (not counted below): %1 ms\n")
               .arg(loading.elapsedMs(), 0, 'f', 1);
    QList<double> wall;
    QList<double> cpu;
    qsizetype size = 0;
    for (int i = 0; i < 7; ++i) {
        const double cpuStart = threadCpuMs();
        Stopwatch watch;
        const CommuneChoices choices(gazetteer);
        wall.append(watch.elapsedMs());
        cpu.append(threadCpuMs() - cpuStart);
        size = choices.size();
    }
    out << QStringLiteral("build the list of %1 communes: median %2 ms wall, %3 ms thread CPU "
                          "(max %4 ms wall, 7 runs)\n")
               .arg(size)
               .arg(median(wall), 0, 'f', 2)
               .arg(median(cpu), 0, 'f', 2)
               .arg(*std::max_element(wall.cbegin(), wall.cend()), 0, 'f', 2);

    const CommuneChoices &choices = CommuneChoices::shared();
    const QStringList typed{QStringLiteral("s"),       QStringLiteral("sain"),
                            QStringLiteral("saint"),   QStringLiteral("saint-d"),
                            QStringLiteral("corbeil"), QStringLiteral("Évry"),
                            QStringLiteral("b"),       QStringLiteral("le")};
    for (const QString &t : typed) {
        QList<double> samples;
        int count = 0;
        for (int i = 0; i < 50; ++i) {
            Stopwatch watch;
            count = int(choices.candidates(t).size());
            samples.append(watch.elapsedMs());
        }
        out << QStringLiteral("  candidates(\"%1\"), all of France: %2 ms (median of 50), %3 "
                              "shown\n")
                   .arg(t)
                   .arg(median(samples), 0, 'f', 3)
                   .arg(count);
    }
    return 0;
}

const Registration registration("commune-choices",
                                ": building the commune completer's list, and a look-up per "
                                "keystroke",
                                run);

} // namespace

} // namespace vigie::bench

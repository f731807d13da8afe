// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bench.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace vigie::bench {

static QList<Entry> &registry()
{
    static QList<Entry> list;
    return list;
}

Registration::Registration(const char *name, const char *usage, BenchFunction function)
{
    registry().append({QString::fromLatin1(name), QString::fromLatin1(usage), function});
}

const QList<Entry> &entries()
{
    return registry();
}

static qint64 statusField(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

qint64 peakRssBytes()
{
    return statusField("VmHWM:");
}

qint64 currentRssBytes()
{
    return statusField("VmRSS:");
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1)];
}

} // namespace vigie::bench

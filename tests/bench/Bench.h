// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <chrono>

namespace vigie::bench {

// `vigie-bench NAME ARGS...` runs the benchmark registered under NAME.
using BenchFunction = int (*)(const QStringList &args, QTextStream &out);

struct Registration {
    Registration(const char *name, const char *usage, BenchFunction function);
};

struct Entry {
    QString name;
    QString usage;
    BenchFunction function;
};
const QList<Entry> &entries();

// Peak resident memory of this process, in bytes (from /proc/self/status).
qint64 peakRssBytes();
qint64 currentRssBytes();

class Stopwatch {
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    {
    }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Median and nearest-rank percentile of a list of samples (copied, sorted).
double median(QList<double> samples);
double percentile(QList<double> samples, double p);

} // namespace vigie::bench

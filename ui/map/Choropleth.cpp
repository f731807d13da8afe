// SPDX-License-Identifier: GPL-3.0-or-later
#include "Choropleth.h"

#include <algorithm>
#include <limits>

namespace vigie::ui {

QList<double> Choropleth::naturalBreaks(QList<double> values, int classes)
{
    values.removeIf([](double v) { return !(v > 0); });
    std::sort(values.begin(), values.end());
    QList<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const qsizetype n = values.size();
    const int k = int(std::min<qsizetype>(std::max(classes, 1), distinct.size()));
    if (k == 0)
        return {};
    if (k == distinct.size())
        return distinct;

    // Fisher's dynamic programme: cost[j][i] = least within-class sum of
    // squares for the first i+1 values in j+1 classes; O(k n^2), n <= ~250.
    const double inf = std::numeric_limits<double>::max();
    QList<QList<double>> cost(k, QList<double>(n, inf));
    QList<QList<qsizetype>> start(k, QList<qsizetype>(n, 0));
    QList<double> prefix(n + 1, 0), prefix2(n + 1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] + values[i];
        prefix2[i + 1] = prefix2[i] + values[i] * values[i];
    }
    auto ssd = [&](qsizetype from, qsizetype to) { // inclusive
        const double s = prefix[to + 1] - prefix[from];
        const double s2 = prefix2[to + 1] - prefix2[from];
        return s2 - s * s / double(to - from + 1);
    };
    for (qsizetype i = 0; i < n; ++i)
        cost[0][i] = ssd(0, i);
    for (int j = 1; j < k; ++j)
        for (qsizetype i = j; i < n; ++i)
            for (qsizetype m = j; m <= i; ++m) {
                // A class never splits equal values: breaks fall between distinct ones.
                if (values[m] == values[m - 1] || cost[j - 1][m - 1] == inf)
                    continue;
                const double c = cost[j - 1][m - 1] + ssd(m, i);
                if (c < cost[j][i]) {
                    cost[j][i] = c;
                    start[j][i] = m;
                }
            }
    QList<double> breaks(k);
    qsizetype end = n - 1;
    for (int j = k - 1; j >= 0; --j) {
        breaks[j] = values[end];
        if (j > 0)
            end = start[j][end] - 1;
    }
    return breaks;
}

QList<QColor> Choropleth::palette(int classes)
{
    // ColorBrewer 2.0 (Cynthia Brewer, Apache-2.0 licensed scheme), YlOrRd.
    switch (std::clamp(classes, 1, 6)) {
    case 1:
        return {QColor(0xfd8d3c)};
    case 2:
        return {QColor(0xfecc5c), QColor(0xe31a1c)};
    case 3:
        return {QColor(0xffeda0), QColor(0xfeb24c), QColor(0xf03b20)};
    case 4:
        return {QColor(0xffffb2), QColor(0xfecc5c), QColor(0xfd8d3c), QColor(0xe31a1c)};
    case 5:
        return {QColor(0xffffb2), QColor(0xfecc5c), QColor(0xfd8d3c), QColor(0xf03b20),
                QColor(0xbd0026)};
    default:
        return {QColor(0xffffb2), QColor(0xfed976), QColor(0xfeb24c),
                QColor(0xfd8d3c), QColor(0xf03b20), QColor(0xbd0026)};
    }
}

Choropleth::Choropleth(const QList<double> &values)
    : m_breaks(naturalBreaks(values))
    , m_colors(palette(int(m_breaks.size())))
{
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < m_breaks.size(); ++i) {
        const double floor = i == 0 ? 0.0 : m_breaks[i - 1];
        const auto it = std::upper_bound(sorted.begin(), sorted.end(), floor);
        m_lower.append(it == sorted.end() ? m_breaks[i] : *it);
    }
    if (m_breaks.isEmpty())
        m_colors.clear();
}

int Choropleth::classOf(double value) const
{
    if (!(value > 0) || m_breaks.isEmpty())
        return -1;
    for (int i = 0; i < m_breaks.size(); ++i)
        if (value <= m_breaks[i])
            return i;
    return int(m_breaks.size()) - 1; // above the data's maximum: top class
}

QColor Choropleth::colorOf(double value) const
{
    const int c = classOf(value);
    return c < 0 ? zeroColor() : m_colors[c];
}

QString Choropleth::classLabel(int i, bool integral) const
{
    auto format = [integral](double v) {
        return integral ? QString::number(qint64(v + 0.5))
                        : QString::number(v, 'f', v < 10 ? 2 : 1);
    };
    const QString low = format(m_lower[i]);
    const QString high = format(m_breaks[i]);
    return low == high ? low : low + QChar(0x2013) + high;
}

} // namespace vigie::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace vigie::ui {

// Classed colour scale for the map: natural breaks over the non-zero values
// and a ColorBrewer YlOrRd sequential palette (colour-blind safe, prints in
// grey as a ramp). Zero and "no data" have their own looks.
class Choropleth {
public:
    static constexpr int kMaxClasses = 5;

    // Fisher-Jenks optimal natural breaks: the upper bound of each class, in
    // increasing order. Fewer classes when there are fewer distinct values.
    static QList<double> naturalBreaks(QList<double> values, int classes = kMaxClasses);
    // The ColorBrewer YlOrRd scheme with n classes (1 <= n <= 6).
    static QList<QColor> palette(int classes);
    static QColor zeroColor() { return QColor(0xee, 0xee, 0xee); }
    static QColor noDataColor() { return QColor(0xd9, 0xd9, 0xd9); }

    Choropleth() = default;
    explicit Choropleth(const QList<double> &values);

    // Class of a value: -1 for zero, otherwise 0..classCount()-1.
    int classOf(double value) const;
    QColor colorOf(double value) const;
    int classCount() const { return int(m_breaks.size()); }
    const QList<double> &breaks() const { return m_breaks; }
    const QList<double> &lowerBounds() const { return m_lower; }
    const QList<QColor> &colors() const { return m_colors; }
    // "1", "2–4", "0.5–1.2": the range of values actually in class i.
    QString classLabel(int i, bool integral) const;

private:
    QList<double> m_breaks; // upper bounds
    QList<double> m_lower;  // smallest value in each class
    QList<QColor> m_colors;
};

} // namespace vigie::ui

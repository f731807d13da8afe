// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineLayout.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::ui {

namespace {

constexpr qint32 NoLimit = std::numeric_limits<qint32>::max();

// Day boundaries of bins at least `binWidth` pixels wide: every day when days
// are wide enough, else the first day starting in each bin-width step. Each
// day falls in exactly one bin, so counts never alias between frames.
template<typename DayAt>
void binBoundaries(qint32 from, qint32 to, double left, double ppd, double binWidth, DayAt dayAtX,
                   std::vector<qint32> &out)
{
    out.clear();
    out.push_back(from);
    if (ppd >= binWidth) {
        for (qint32 d = from + 1; d <= to; ++d)
            out.push_back(d);
        return;
    }
    for (int k = 1; out.back() < to; ++k) {
        const auto d = qint32(std::ceil(dayAtX(left + k * binWidth)));
        if (d > out.back())
            out.push_back(std::min(d, to));
    }
}

} // namespace

void TimelineLayout::compute(const TimelineData &data, const TimelineIndex &index,
                             const TimelineViewState &state, const QRectF &rect,
                             const TimelineMetrics &metrics, const QLocale &locale)
{
    Q_UNUSED(data);
    m_metrics = metrics;
    m_rect = rect;
    m_bins.clear();
    m_glyphs.clear();
    m_clusters.clear();
    m_lanes.clear();
    m_trayItems.clear();
    m_trayOverflow = 0;
    m_trayCount = qsizetype(index.undated().size());
    m_brushFrom = state.brushFrom;
    m_brushTo = state.brushTo;

    double top = rect.top();
    m_header = QRectF(rect.left(), top, rect.width(), metrics.headerHeight);
    top += metrics.headerHeight;
    m_legend = QRectF(rect.left(), top, rect.width(), metrics.legendHeight);
    top += metrics.legendHeight;
    m_overview = QRectF(rect.left(), rect.bottom() - metrics.overviewHeight, rect.width(),
                        metrics.overviewHeight);
    m_axisRect = QRectF(rect.left(), m_overview.top() - metrics.axisHeight, rect.width(),
                        metrics.axisHeight);
    m_main = QRectF(rect.left(), top, rect.width(), std::max(0.0, m_axisRect.top() - top));
    if (m_trayCount > 0) {
        const double w = std::min(metrics.trayWidth, m_main.width() / 3);
        m_tray = QRectF(m_main.right() - w, m_main.top(), w, m_main.height());
        m_main.setRight(m_tray.left());
        m_axisRect.setRight(m_tray.left());
    } else {
        m_tray = QRectF();
    }

    m_start = state.startDay;
    m_end = std::max(state.endDay, state.startDay + 1.0 / 24);
    m_ppd = std::max(m_main.width(), 1.0) / (m_end - m_start);
    m_axis = TimelineAxis::compute(m_start, m_end, m_main.left(), m_main.width(), locale);

    const int laneN = std::max(1, index.laneCount());
    const double laneH = m_main.height() / laneN;
    const auto from = qint32(std::floor(m_start));
    const auto to = qint32(std::ceil(m_end));
    const qint32 limit = state.cursorDay ? *state.cursorDay + 1 : NoLimit;
    for (int l = 0; l < laneN; ++l) {
        LaneGeom g;
        g.y0 = m_main.top() + l * laneH;
        g.y1 = g.y0 + laneH;
        if (l < index.laneCount()) {
            g.label = index.lanes()[std::size_t(l)].label;
            g.key = index.lanes()[std::size_t(l)].key;
        }
        g.visibleCount = index.count(l, from, std::min(to, limit));
        m_lanes.push_back(g);
    }
    m_visible = index.count(-1, from, std::min(to, limit));

    const double glyphSlots = std::floor(m_main.width() / metrics.glyph) *
                              std::max(1.0, std::floor(m_main.height() / metrics.rowHeight));
    const double fineLimit =
        std::min(double(metrics.maxFineItems), metrics.fineSlotsFactor * glyphSlots);
    m_mode = m_visible <= fineLimit ? Mode::Glyphs : Mode::Density;
    if (m_mode == Mode::Glyphs)
        computeGlyphs(index, limit);
    if (m_mode == Mode::Density)
        computeDensity(index, limit);
    computeOverview(index);
    computeTray(index);
}

void TimelineLayout::computeDensity(const TimelineIndex &index, qint32 limitDay)
{
    const auto from = qint32(std::floor(m_start));
    const auto to = qint32(std::ceil(m_end));
    std::vector<qint32> edges;
    binBoundaries(
        from, to, m_main.left(), m_ppd, m_metrics.binWidth, [this](double x) { return dayAtX(x); },
        edges);
    m_maxDensity = 0;
    m_bins.reserve(m_lanes.size() * edges.size());
    for (int l = 0; l < int(m_lanes.size()); ++l) {
        for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
            const qint32 a = edges[k];
            const qint32 b = std::min(edges[k + 1], limitDay);
            if (b <= a)
                break;
            const double days = edges[k + 1] - a;
            const double ex = index.exactCount(l, a, b) / days;
            const double pa = index.partialCount(l, a, b) / days;
            if (ex + pa <= 1e-9)
                continue;
            m_bins.push_back({l, xOfDay(a), xOfDay(edges[k + 1]), float(ex), float(pa)});
            m_maxDensity = std::max(m_maxDensity, ex + pa);
        }
    }
}

void TimelineLayout::computeGlyphs(const TimelineIndex &index, qint32 limitDay)
{
    const auto from = qint32(std::floor(m_start));
    const auto to = std::min(qint32(std::ceil(m_end)), limitDay);
    const double g = m_metrics.glyph, rowH = m_metrics.rowHeight, cw = m_metrics.clusterCell;
    const int cells = std::max(1, int(std::ceil(m_main.width() / cw)));
    const double left = m_main.left(), right = m_main.right();
    auto cellOf = [&](double x) {
        return std::clamp(int(std::floor((x - left) / cw)), 0, cells - 1);
    };

    const auto cellCount = std::size_t(cells);
    std::vector<int> overflow(cellCount);
    std::vector<qint32> cellFrom(cellCount), cellTo(cellCount);
    std::vector<double> rowEnd;
    constexpr std::size_t NoGlyph = std::numeric_limits<std::size_t>::max();
    qsizetype visited = 0, hidden = 0;
    const qsizetype budget = qsizetype(m_metrics.maxFineItems) * 2;

    for (int l = 0; l < int(m_lanes.size()); ++l) {
        const LaneGeom &lane = m_lanes[std::size_t(l)];
        // In attack-type lanes every glyph takes its lane's colour.
        const int laneColour =
            index.laneMode() == LaneMode::AttackType ? (lane.key < 0 ? 9 : lane.key) : -1;
        const auto entries = index.entries(l);
        const auto firstEntry = std::size_t(index.lowerBound(l, from));
        // Month- and year-known incidents are drawn as bands behind the dots,
        // over their whole period: distinct months (or years) never overlap
        // and equal ones share a band, so they take no row from the dots.
        const double inner = lane.y1 - lane.y0 - 2;
        const int cap = std::max(1, int(std::floor(inner / rowH)));
        rowEnd.assign(std::size_t(cap), -std::numeric_limits<double>::infinity());
        std::size_t lastMonth = NoGlyph, lastYear = NoGlyph;
        qint32 groupDay = std::numeric_limits<qint32>::min();
        int groupIndex = 0, groupColumns = 1;
        std::fill(overflow.begin(), overflow.end(), 0);
        auto rowTop = [&](int r) { return lane.y1 - 1 - (r + 1) * rowH; };
        auto addOverflow = [&](int c, qint32 f, qint32 t) {
            auto &n = overflow[std::size_t(c)];
            cellFrom[std::size_t(c)] = n ? std::min(cellFrom[std::size_t(c)], f) : f;
            cellTo[std::size_t(c)] = n ? std::max(cellTo[std::size_t(c)], t) : t;
            ++n;
        };
        const std::size_t laneStart = m_glyphs.size();
        bool anyOverflow = false;
        for (auto i = firstEntry; i < entries.size(); ++i) {
            const TimelineIndex::Entry &e = entries[i];
            if (e.first >= to)
                break;
            if (e.last < from)
                continue;
            if (++visited > budget) { // too many long spans overlap: aggregate instead
                m_glyphs.clear();
                m_clusters.clear();
                m_mode = Mode::Density;
                return;
            }
            double x0, x1;
            if (e.precision == TimelineData::Day) {
                // When a day is wider than a dot, the incidents of that day
                // spread over columns inside it before they stack.
                if (e.first != groupDay) {
                    groupDay = e.first;
                    groupIndex = 0;
                    int sameDay = 0;
                    for (auto j = i; j < entries.size() && entries[j].first == e.first; ++j)
                        sameDay += entries[j].precision == TimelineData::Day;
                    const int fit = std::max(1, int((m_ppd - 2) / (g + 1)));
                    groupColumns = std::clamp(sameDay, 1, fit);
                }
                const int column = groupIndex++ % groupColumns;
                const double xc =
                    xOfDay(e.first + 0.5) + (column - (groupColumns - 1) / 2.0) * (g + 1);
                x0 = xc - g / 2;
                x1 = xc + g / 2;
            } else {
                // Spans of the same period (say, eleven incidents known only to
                // "2022") share one bar that carries their count. Entries come
                // sorted by first day, so equal periods follow each other.
                auto &last = e.precision == TimelineData::Year ? lastYear : lastMonth;
                if (last != NoGlyph && m_glyphs[last].first == e.first &&
                    m_glyphs[last].last == e.last) {
                    ++m_glyphs[last].count;
                    continue;
                }
                last = m_glyphs.size();
                x0 = xOfDay(e.first);
                x1 = std::max(xOfDay(e.last + 1.0), x0 + 2);
                const int r = e.precision == TimelineData::Year ? 0 : 1;
                m_glyphs.push_back(
                    {l, SpanRow + r, e.index, QRectF(x0, lane.y0 + 1, x1 - x0, inner), e.precision,
                     // A shared band may mix attack types: neutral unless the lane is one type.
                     laneColour >= 0 ? quint8(laneColour) : quint8(9), e.first, e.last});
                continue;
            }
            int r = 0;
            while (r < cap && rowEnd[std::size_t(r)] + 1 > x0)
                ++r;
            if (r == cap) {
                // Counted where its day is, whatever column it would have had.
                const double xc = std::clamp(xOfDay(e.first + 0.5), left, right);
                addOverflow(cellOf(xc), e.first, e.last);
                anyOverflow = true;
                ++hidden;
                continue;
            }
            rowEnd[std::size_t(r)] = x1;
            m_glyphs.push_back({l, r, e.index, QRectF(x0, rowTop(r) + (rowH - g) / 2, x1 - x0, g),
                                e.precision, laneColour >= 0 ? quint8(laneColour) : e.colour,
                                e.first, e.last});
        }
        if (!anyOverflow)
            continue;
        // The top row of the lane carries the badges: glyphs there that share a
        // cell with a badge join its cluster.
        const int badgeRow = cap - 1;
        // stable_partition (not remove_if) keeps the folded glyphs readable at the end.
        auto it = std::stable_partition(m_glyphs.begin() + qsizetype(laneStart), m_glyphs.end(),
                                        [&](const Glyph &gl) {
                                            if (gl.row != badgeRow)
                                                return true;
                                            const int c0 = cellOf(gl.rect.left());
                                            const int c1 = cellOf(gl.rect.right());
                                            for (int c = c0; c <= c1; ++c)
                                                if (overflow[std::size_t(c)])
                                                    return false;
                                            return true;
                                        });
        // Count the folded glyphs into the first badge cell they touch.
        for (auto g2 = it; g2 != m_glyphs.end(); ++g2) {
            const int c0 = cellOf(g2->rect.left()), c1 = cellOf(g2->rect.right());
            for (int c = c0; c <= c1; ++c)
                if (overflow[std::size_t(c)]) {
                    addOverflow(c, g2->first, g2->last);
                    ++hidden;
                    break;
                }
        }
        m_glyphs.erase(it, m_glyphs.end());
        for (int c = 0; c < cells; ++c) {
            if (!overflow[std::size_t(c)])
                continue;
            const double cx0 = std::max(left, left + c * cw),
                         cx1 = std::min(right, left + (c + 1) * cw);
            m_clusters.push_back({l, QRectF(cx0 + 1, rowTop(badgeRow), cx1 - cx0 - 2, rowH),
                                  overflow[std::size_t(c)], cellFrom[std::size_t(c)],
                                  cellTo[std::size_t(c)]});
        }
    }
    // Glyphs only pay when most incidents get one: when clusters would hide
    // too many dots (thin lanes, bursts), bars say more.
    const auto dots = std::count_if(m_glyphs.begin(), m_glyphs.end(),
                                    [](const Glyph &gl) { return gl.row < SpanRow; });
    if (double(hidden) > m_metrics.maxHiddenShare * double(hidden + dots)) {
        m_glyphs.clear();
        m_clusters.clear();
        m_mode = Mode::Density;
    }
}

void TimelineLayout::computeOverview(const TimelineIndex &index)
{
    m_ovBins.clear();
    m_ovMax = 0;
    if (index.hasDated()) {
        m_ovStart = double(QDate(QDate::fromJulianDay(index.dayMin()).year(), 1, 1).toJulianDay());
        m_ovEnd =
            double(QDate(QDate::fromJulianDay(index.dayMax()).year() + 1, 1, 1).toJulianDay());
    } else {
        m_ovStart = m_start;
        m_ovEnd = m_end;
    }
    if (m_overview.width() <= 0 || m_overview.height() <= 0)
        return;
    const double ppd = m_overview.width() / (m_ovEnd - m_ovStart);
    std::vector<qint32> edges;
    binBoundaries(
        qint32(m_ovStart), qint32(m_ovEnd), m_overview.left(), ppd, 3.0,
        [this](double x) { return overviewDayAtX(x); }, edges);
    m_ovBins.reserve(edges.size());
    for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
        const double v = index.count(-1, edges[k], edges[k + 1]) / double(edges[k + 1] - edges[k]);
        m_ovBins.push_back({overviewXOfDay(edges[k]), overviewXOfDay(edges[k + 1]), float(v)});
        m_ovMax = std::max(m_ovMax, v);
    }
}

void TimelineLayout::computeTray(const TimelineIndex &index)
{
    if (m_tray.isEmpty())
        return;
    const double pitch = m_metrics.glyph + 3, header = 18;
    const int cols = std::max(1, int((m_tray.width() - 8) / pitch));
    const int rows = std::max(0, int((m_tray.height() - header - 4) / pitch));
    const qsizetype capacity = qsizetype(cols) * rows;
    const auto &undated = index.undated();
    const qsizetype n = qsizetype(undated.size());
    const qsizetype shown = n <= capacity ? n : std::max<qsizetype>(0, capacity - 4);
    m_trayOverflow = n - shown;
    for (qsizetype k = 0; k < shown; ++k) {
        const double x = m_tray.left() + 6 + double(k % cols) * pitch;
        const double y = m_tray.top() + header + double(k / cols) * pitch;
        m_trayItems.emplace_back(undated[std::size_t(k)],
                                 QRectF(x, y, m_metrics.glyph, m_metrics.glyph));
    }
}

double TimelineLayout::overviewXOfDay(double day) const
{
    return m_overview.left() + (day - m_ovStart) * m_overview.width() / (m_ovEnd - m_ovStart);
}

double TimelineLayout::overviewDayAtX(double x) const
{
    return m_ovStart + (x - m_overview.left()) * (m_ovEnd - m_ovStart) / m_overview.width();
}

QRectF TimelineLayout::overviewViewport() const
{
    const double x0 = std::clamp(overviewXOfDay(m_start), m_overview.left(), m_overview.right());
    double x1 = std::clamp(overviewXOfDay(m_end), m_overview.left(), m_overview.right());
    x1 = std::max(x1, x0 + 2);
    return QRectF(x0, m_overview.top(), x1 - x0, m_overview.height());
}

std::optional<QRectF> TimelineLayout::overviewBrush() const
{
    if (!m_brushFrom || !m_brushTo)
        return std::nullopt;
    const double x0 = overviewXOfDay(*m_brushFrom), x1 = overviewXOfDay(*m_brushTo + 1.0);
    return QRectF(x0, m_overview.top(), std::max(1.0, x1 - x0), m_overview.height());
}

TimelineLayout::Hit TimelineLayout::hitTest(QPointF p) const
{
    Hit hit;
    if (m_tray.contains(p)) {
        for (const auto &[row, r] : m_trayItems)
            if (r.adjusted(-1.5, -1.5, 1.5, 1.5).contains(p)) {
                hit.kind = Hit::Incident;
                hit.index = row;
                return hit;
            }
        if (m_trayOverflow > 0) {
            hit.kind = Hit::TrayMore;
            hit.count = int(m_trayOverflow);
        }
        return hit;
    }
    if (m_overview.contains(p)) {
        hit.kind = Hit::Overview;
        hit.dayFrom = hit.dayTo = qint32(std::floor(overviewDayAtX(p.x())));
        return hit;
    }
    if (m_axisRect.contains(p)) {
        hit.kind = Hit::Axis;
        hit.dayFrom = hit.dayTo = qint32(std::floor(dayAtX(p.x())));
        return hit;
    }
    if (!m_main.contains(p) || m_lanes.empty())
        return hit;
    const double laneH = m_main.height() / double(m_lanes.size());
    const int lane = std::clamp(int((p.y() - m_main.top()) / laneH), 0, int(m_lanes.size()) - 1);
    hit.lane = lane;
    if (m_mode == Mode::Glyphs) {
        for (const Cluster &c : m_clusters)
            if (c.lane == lane && c.rect.contains(p)) {
                hit.kind = Hit::Cluster;
                hit.count = c.count;
                hit.dayFrom = c.dayFrom;
                hit.dayTo = c.dayTo;
                return hit;
            }
        // The nearest dot within a small tolerance (dots are small targets),
        // else the band of a month or year under the point.
        double best = 3.0;
        for (const Glyph &g : m_glyphs) {
            if (g.lane != lane || g.precision != TimelineData::Day)
                continue;
            const double dx = std::max({g.rect.left() - p.x(), 0.0, p.x() - g.rect.right()});
            const double dy = std::max({g.rect.top() - p.y(), 0.0, p.y() - g.rect.bottom()});
            const double d = std::hypot(dx, dy);
            if (d < best) {
                best = d;
                hit.kind = Hit::Incident;
                hit.index = g.index;
            }
        }
        if (hit.kind != Hit::None)
            return hit;
        // Months before years: the finer period is the better answer.
        for (const Glyph &g : m_glyphs) {
            if (g.lane != lane || g.precision == TimelineData::Day || !g.rect.contains(p))
                continue;
            if (hit.kind == Hit::None || g.precision == TimelineData::Month) {
                hit.kind = g.count > 1 ? Hit::Cluster : Hit::Incident;
                hit.index = g.index;
                hit.count = g.count;
                hit.dayFrom = g.first;
                hit.dayTo = g.last;
                hit.precision = g.count > 1 ? g.precision : 0;
            }
        }
        return hit;
    }
    // Density: the bin under x in this lane (bins are lane-major, sorted by x).
    const auto lo =
        std::lower_bound(m_bins.begin(), m_bins.end(), std::pair(lane, p.x()),
                         [](const Bin &b, const std::pair<int, double> &k) {
                             return b.lane < k.first || (b.lane == k.first && b.x1 <= k.second);
                         });
    if (lo != m_bins.end() && lo->lane == lane && lo->x0 <= p.x()) {
        hit.kind = Hit::Bin;
        hit.dayFrom = qint32(std::lround(dayAtX(lo->x0)));
        hit.dayTo = qint32(std::lround(dayAtX(lo->x1))) - 1;
        hit.count = int(std::lround((lo->exact + lo->partial) * (hit.dayTo - hit.dayFrom + 1)));
    }
    return hit;
}

} // namespace vigie::ui

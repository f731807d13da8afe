// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRenderer.h"

#include "widgets/Palette.h"

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace vigie::ui {

namespace {

QString tl(const char *text)
{
    return QCoreApplication::translate("vigie::ui::Timeline", text);
}

const QColor Ink(0x20, 0x24, 0x2a);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor GridMinor(0, 0, 0, 18);
const QColor GridMajor(0, 0, 0, 48);
const QColor DensityColour = Palette::accentColour();
const QColor BrushColour(0x2f, 0x80, 0xed);
const QColor CursorColour(0xd0, 0x3a, 0x2f);

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

bool isRaster(const QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
}

// A pre-rendered antialiased dot per colour and size: blitting it is an order
// of magnitude faster than an antialiased ellipse (raster devices only; vector
// exports draw true ellipses).
const QPixmap &dotPixmap(const QColor &colour, double diameter, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = colour.name(QColor::HexArgb) + u'/' + QString::number(diameter) + u'/' +
                        QString::number(dpr);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int px = int(std::ceil(diameter * dpr));
        QPixmap pm(px, px);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(colour.darker(135), 0.8 * dpr));
            p.setBrush(colour);
            p.drawEllipse(QRectF(0.5 * dpr, 0.5 * dpr, px - dpr, px - dpr));
        }
        pm.setDevicePixelRatio(dpr);
        it = cache.insert(key, pm);
    }
    return *it;
}

// Diagonal hatching. Vector exports get lines, not a pattern brush:
// QSvgGenerator writes pattern brushes as masks that several SVG readers
// (Qt's own included) drop.
void hatch(QPainter &p, const QRectF &r, const QColor &colour)
{
    if (isRaster(p)) { // on screen and PNG the pattern brush is far faster than lines
        p.fillRect(r, QBrush(colour, Qt::BDiagPattern));
        return;
    }
    constexpr double step = 6;
    // Lines x + y = k on a grid anchored at 0 (so bands line up), cut to the
    // rectangle here rather than by a clip, and drawn in one call.
    QVarLengthArray<QLineF, 512> lines;
    const double k0 = std::floor((r.left() + r.top()) / step) * step;
    for (double k = k0; k < r.right() + r.bottom(); k += step) {
        const double y0 = std::max(r.top(), k - r.right());
        const double y1 = std::min(r.bottom(), k - r.left());
        if (y0 < y1)
            lines.append(QLineF(k - y0, y0, k - y1, y1));
    }
    p.setPen(QPen(colour, 1));
    p.drawLines(lines.constData(), int(lines.size()));
}

// One dot: blitted on raster devices, a true ellipse in vector exports.
void drawDot(QPainter &p, const QRectF &r, const QColor &c)
{
    if (isRaster(p)) {
        const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
        p.drawPixmap(r.topLeft(), dotPixmap(c, r.width(), dpr));
        return;
    }
    p.setPen(QPen(c.darker(135), 0.8));
    p.setBrush(c);
    p.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
}

void drawTextIn(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align)
{
    const QFontMetricsF fm(p.font());
    p.drawText(r, int(align) | Qt::TextSingleLine, fm.elidedText(text, Qt::ElideRight, r.width()));
}

void drawAxis(QPainter &p, const TimelineLayout &L, const QRectF &exposed)
{
    const QRectF a = L.axisRect();
    if (!a.intersects(exposed))
        return;
    const double left = L.mainRect().left(), right = L.mainRect().right();
    const double rowH = a.height() / 2;
    p.setPen(QPen(GridMajor, 1));
    p.drawLine(QPointF(left, a.top() + 0.5), QPointF(right, a.top() + 0.5));
    const QFontMetricsF fm(p.font());
    p.setPen(Ink);
    for (const auto &t : L.axis().ticks) {
        if (t.x1 < exposed.left() || t.x0 > exposed.right())
            continue;
        if (t.x0 >= left) {
            p.setPen(QPen(GridMajor, 1));
            p.drawLine(QPointF(t.x0, a.top()), QPointF(t.x0, a.top() + 4));
            p.setPen(Ink);
        }
        const double x0 = std::max(t.x0, left), x1 = std::min(t.x1, right);
        const double w = fm.horizontalAdvance(t.label);
        if (x1 - x0 < w + 2)
            continue; // the unit is cut by the edge: no room for its label
        p.drawText(QRectF(x0, a.top() + 3, x1 - x0, rowH), Qt::AlignCenter, t.label);
    }
    p.setPen(Muted);
    for (const auto &t : L.axis().context) {
        if (t.x1 < exposed.left() || t.x0 > exposed.right())
            continue;
        if (t.x0 >= left) {
            p.setPen(QPen(GridMajor, 1));
            p.drawLine(QPointF(t.x0, a.top()), QPointF(t.x0, a.bottom()));
            p.setPen(Muted);
        }
        // Sticky: the label of a period that started left of the window stays visible.
        const double x0 = std::max(t.x0, left) + 3, x1 = std::min(t.x1, right) - 2;
        if (x1 - x0 > 12)
            drawTextIn(p, QRectF(x0, a.top() + rowH + 1, x1 - x0, rowH - 2), t.label,
                       Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void drawGrid(QPainter &p, const TimelineLayout &L, const QRectF &m)
{
    p.setPen(QPen(GridMinor, 1));
    for (const auto &t : L.axis().ticks)
        if (t.x0 >= m.left() && t.x0 <= m.right())
            p.drawLine(QPointF(t.x0, m.top()), QPointF(t.x0, m.bottom()));
    p.setPen(QPen(GridMajor, 1));
    for (const auto &t : L.axis().context)
        if (t.x0 >= m.left() && t.x0 <= m.right())
            p.drawLine(QPointF(t.x0, m.top()), QPointF(t.x0, m.bottom()));
}

void drawDensity(QPainter &p, const TimelineLayout &L, LaneMode mode, const QRectF &exposed)
{
    if (L.maxDensity() <= 0)
        return;
    // Batched: one drawRects call per lane and layer.
    QList<QRectF> exact, partial;
    const auto &bins = L.bins();
    std::size_t k = 0;
    for (int l = 0; l < int(L.lanes().size()); ++l) {
        const auto &lane = L.lanes()[std::size_t(l)];
        const double h = lane.y1 - lane.y0 - 3;
        exact.clear();
        partial.clear();
        for (; k < bins.size() && bins[k].lane == l; ++k) {
            const auto &b = bins[k];
            if (b.x1 < exposed.left() || b.x0 > exposed.right())
                continue;
            // Every non-empty bin is at least one pixel high: presence is never hidden.
            const double he = std::max(b.exact > 0 ? 1.0 : 0.0, h * b.exact / L.maxDensity());
            const double hp = std::max(b.partial > 0 ? 1.0 : 0.0, h * b.partial / L.maxDensity());
            const double w = std::max(1.0, b.x1 - b.x0 - (b.x1 - b.x0 >= 4 ? 1 : 0));
            if (he > 0)
                exact.append(QRectF(b.x0, lane.y1 - 1 - he, w, he));
            if (hp > 0)
                partial.append(QRectF(b.x0, lane.y1 - 1 - he - hp, w, hp));
        }
        const QColor c = TimelineRenderer::laneColour(mode, lane.key);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        if (!exact.isEmpty())
            p.drawRects(exact.constData(), int(exact.size()));
        p.setBrush(withAlpha(c, 90));
        if (!partial.isEmpty())
            p.drawRects(partial.constData(), int(partial.size()));
    }
}

void drawGlyphs(QPainter &p, const TimelineLayout &L, const TimelineData &data,
                const TimelineViewState &state, const QRectF &exposed)
{
    const bool raster = isRaster(p);
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const double g = L.metrics().glyph;
    // Layer 1: bands of month- and year-known incidents behind the dots:
    // years lighter and hatched, months light; their count at the top left.
    for (int pass = 0; pass < 2; ++pass) { // years first, months over them
        const quint8 precision = pass == 0 ? TimelineData::Year : TimelineData::Month;
        for (const auto &gl : L.glyphs()) {
            if (gl.precision != precision || gl.rect.right() < exposed.left() ||
                gl.rect.left() > exposed.right())
                continue;
            const QColor c = TimelineRenderer::attackColour(gl.colour);
            const QRectF r = gl.rect.adjusted(0.5, 0, -0.5, 0);
            if (precision == TimelineData::Month) {
                p.fillRect(r, withAlpha(c, 40));
            } else {
                p.fillRect(r, withAlpha(c, 16));
                hatch(p, r, withAlpha(c, 70));
            }
            p.setPen(QPen(withAlpha(c, 150), 1));
            p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
            p.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()));
            p.drawLine(QPointF(r.left(), r.top() + 0.5), QPointF(r.right(), r.top() + 0.5));
        }
    }
    QFont small = p.font();
    small.setPixelSize(9);
    p.setFont(small);
    const QFontMetricsF sfm(small);
    for (const auto &gl : L.glyphs()) {
        if (gl.precision == TimelineData::Day || gl.count < 2 || gl.rect.right() < exposed.left() ||
            gl.rect.left() > exposed.right())
            continue;
        const QString text = QString::number(gl.count) + QChar(0x00d7);
        const double x0 = std::max(gl.rect.left(), L.mainRect().left()) + 2;
        const double x1 = std::min(gl.rect.right(), L.mainRect().right());
        const double w = sfm.horizontalAdvance(text) + 2;
        if (x1 - x0 >= w) {
            // At the band's top right (lane labels sit at the left); year
            // counts on the first line, month counts just below.
            const double y = gl.rect.top() + 1 + (gl.precision == TimelineData::Month ? 10 : 0);
            p.setPen(TimelineRenderer::attackColour(gl.colour).darker(200));
            p.drawText(QRectF(x1 - w - 1, y, w, 10), Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
    // Layer 2: dots of day-known incidents.
    if (!raster) {
        p.setRenderHint(QPainter::Antialiasing, true);
    }
    std::array<const QPixmap *, 10> dots{};
    if (raster)
        for (int k = 0; k < 10; ++k)
            dots[std::size_t(k)] = &dotPixmap(TimelineRenderer::attackColour(k), g, dpr);
    for (const auto &gl : L.glyphs()) {
        if (gl.precision != TimelineData::Day || gl.rect.right() < exposed.left() ||
            gl.rect.left() > exposed.right())
            continue;
        if (raster) {
            p.drawPixmap(gl.rect.topLeft(), *dots[std::min<std::size_t>(gl.colour, 9)]);
        } else {
            const QColor c = TimelineRenderer::attackColour(gl.colour);
            p.setPen(QPen(c.darker(135), 0.8));
            p.setBrush(c);
            p.drawEllipse(gl.rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
    // Layer 3: selection and hover rings.
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    for (const auto &gl : L.glyphs()) {
        const qint64 id = data.id[std::size_t(gl.index)];
        if (id != state.selectedId && id != state.hoveredId)
            continue;
        p.setPen(QPen(id == state.selectedId ? Ink : Muted, id == state.selectedId ? 2.0 : 1.2));
        if (gl.precision == TimelineData::Day)
            p.drawEllipse(gl.rect.adjusted(-2, -2, 2, 2));
        else
            p.drawRect(gl.rect.adjusted(-1.5, -0.5, 1.5, 0.5));
    }
    // Layer 4: cluster badges with their counts.
    QFont f = p.font();
    f.setPixelSize(std::max(7, int(L.metrics().rowHeight - 2)));
    p.setFont(f);
    for (const auto &c : L.clusters()) {
        if (c.rect.right() < exposed.left() || c.rect.left() > exposed.right())
            continue;
        p.setPen(QPen(QColor(0x55, 0x5b, 0x66), 0.8));
        p.setBrush(QColor(0xee, 0xf0, 0xf3));
        p.drawRoundedRect(c.rect, 3, 3);
        p.setPen(Ink);
        p.drawText(c.rect, Qt::AlignCenter, u'+' + QString::number(c.count));
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void drawLaneLabels(QPainter &p, const TimelineLayout &L, const QRectF &m)
{
    if (L.lanes().size() < 2 && L.lanes().front().label.isEmpty())
        return;
    const QFontMetricsF fm(p.font());
    for (const auto &lane : L.lanes()) {
        if (lane.label.isEmpty())
            continue;
        const QString text = fm.elidedText(lane.label, Qt::ElideRight, 160);
        const double h = std::min(fm.height(), lane.y1 - lane.y0);
        const QRectF r(m.left() + 2, lane.y0 + 1, fm.horizontalAdvance(text) + 6, h);
        p.fillRect(r, QColor(255, 255, 255, 200));
        p.setPen(Ink);
        p.drawText(r.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void drawOverview(QPainter &p, const TimelineLayout &L, const TimelineViewState &state,
                  const QLocale &locale, const QRectF &exposed)
{
    const QRectF o = L.overviewRect();
    if (!o.intersects(exposed) || o.height() <= 0)
        return;
    p.fillRect(o, QColor(0xf4, 0xf5, 0xf7));
    if (L.overviewMax() > 0) {
        QList<QRectF> bars;
        bars.reserve(qsizetype(L.overviewBins().size()));
        const double h = o.height() - 14;
        for (const auto &b : L.overviewBins()) {
            if (b.value <= 0)
                continue;
            const double bh = std::max(1.0, h * b.value / L.overviewMax());
            bars.append(QRectF(b.x0, o.bottom() - bh, std::max(1.0, b.x1 - b.x0), bh));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x8a, 0x9b, 0xb3));
        if (!bars.isEmpty())
            p.drawRects(bars.constData(), int(bars.size()));
    }
    // Year marks of the overview (years only: it is a map of the whole).
    constexpr double Never = 1e9;
    const TimelineAxis::Spacing YearsOnly{Never, Never, Never, Never, Never, 34};
    QFont f = p.font();
    f.setPixelSize(9);
    p.setFont(f);
    const auto axis = TimelineAxis::compute(L.overviewStart(), L.overviewEnd(), o.left(), o.width(),
                                            locale, YearsOnly);
    for (const auto &t : axis.ticks) {
        if (t.x0 < o.left())
            continue;
        p.setPen(QPen(GridMajor, 1));
        p.drawLine(QPointF(t.x0, o.top()), QPointF(t.x0, o.top() + 12));
        p.setPen(Muted);
        p.drawText(QRectF(t.x0 + 2, o.top(), 60, 12), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    if (const auto brush = L.overviewBrush()) {
        p.fillRect(*brush, withAlpha(BrushColour, 60));
        p.setPen(QPen(BrushColour, 2));
        p.drawLine(brush->topLeft(), brush->bottomLeft());
        p.drawLine(brush->topRight(), brush->bottomRight());
    }
    const QRectF v = L.overviewViewport();
    p.setPen(QPen(Ink, 1.2));
    p.setBrush(withAlpha(Ink, 22));
    p.drawRect(v.adjusted(0.5, 0.5, -0.5, -0.5));
    if (state.cursorDay) {
        const double x = L.overviewXOfDay(*state.cursorDay + 1.0);
        p.setPen(QPen(CursorColour, 1.5));
        p.drawLine(QPointF(x, o.top()), QPointF(x, o.bottom()));
    }
    p.setPen(QPen(GridMajor, 1));
    p.setBrush(Qt::NoBrush);
    p.drawLine(o.topLeft(), o.topRight());
}

void drawTray(QPainter &p, const TimelineLayout &L, const TimelineData &data,
              const TimelineViewState &state, const TimelineDrawOptions &options)
{
    const QRectF t = L.trayRect();
    if (t.isEmpty())
        return;
    p.fillRect(t, QColor(0xfa, 0xf7, 0xee));
    p.setPen(QPen(GridMajor, 1));
    p.drawLine(t.topLeft(), t.bottomLeft());
    p.setPen(Ink);
    drawTextIn(p, QRectF(t.left() + 5, t.top() + 2, t.width() - 7, 14),
               tl("Undated (%1)").arg(options.locale.toString(qlonglong(L.trayCount()))),
               Qt::AlignLeft | Qt::AlignVCenter);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const auto &[row, r] : L.trayItems()) {
        const quint16 a = data.attackMask[std::size_t(row)];
        const QColor c = TimelineRenderer::attackColour(a ? std::countr_zero(unsigned(a)) : 9);
        drawDot(p, r, c);
        if (data.id[std::size_t(row)] == state.selectedId) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(Ink, 2));
            p.drawEllipse(r.adjusted(-2, -2, 2, 2));
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    if (L.trayOverflow() > 0) {
        p.setPen(Muted);
        const QRectF last = L.trayItems().empty() ? QRectF(t.left() + 6, t.top() + 18, 8, 8)
                                                  : L.trayItems().back().second;
        p.drawText(QRectF(t.left() + 5, last.bottom() + 3, t.width() - 7, 14),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   u'+' + options.locale.toString(qlonglong(L.trayOverflow())));
    }
}

void drawLegend(QPainter &p, const TimelineLayout &L, LaneMode mode,
                const TimelineDrawOptions &options)
{
    const QRectF r = L.legendRect();
    if (r.height() <= 0)
        return;
    const QFontMetricsF fm(p.font());
    double x = r.left() + 4;
    const double cy = r.center().y();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (L.mode() == TimelineLayout::Mode::Glyphs || mode == LaneMode::AttackType) {
        for (int k = 0; k <= vocabularySize<AttackType>(); ++k) {
            const QString name = k < vocabularySize<AttackType>() ? displayName(AttackType(k))
                                                                  : tl("Type not stated");
            const double w = fm.horizontalAdvance(name);
            if (x + 12 + w > r.right() - 310)
                break;
            drawDot(p, QRectF(x, cy - 4, 8, 8), TimelineRenderer::attackColour(k));
            p.setPen(Ink);
            p.drawText(QRectF(x + 11, r.top(), w + 2, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       name);
            x += 11 + w + 10;
        }
        if (L.mode() == TimelineLayout::Mode::Glyphs) {
            // Samples of the two span styles.
            const QColor c = TimelineRenderer::attackColour(9);
            const std::pair<const char *, bool> spans[] = {
                {QT_TRANSLATE_NOOP("vigie::ui::Timeline", "month known"), false},
                {QT_TRANSLATE_NOOP("vigie::ui::Timeline", "year known"), true}};
            for (const auto &[label, year] : spans) {
                // Like the types: never under the window's range at the right.
                if (x + 21 + fm.horizontalAdvance(tl(label)) > r.right() - 310)
                    break;
                const QRectF span(x, cy - 5, 18, 10);
                if (year) {
                    p.fillRect(span, withAlpha(c, 16));
                    hatch(p, span, withAlpha(c, 70));
                } else {
                    p.fillRect(span, withAlpha(c, 40));
                }
                p.setPen(QPen(withAlpha(c, 150), 1));
                p.drawLine(span.topLeft(), span.bottomLeft());
                p.drawLine(span.topRight(), span.bottomRight());
                const QString s = tl(label);
                p.setPen(Ink);
                p.drawText(QRectF(x + 21, r.top(), fm.horizontalAdvance(s) + 2, r.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, s);
                x += 21 + fm.horizontalAdvance(s) + 10;
            }
        }
    } else {
        p.setPen(Ink);
        const QString s =
            tl("Bars: incidents per day (max %1); lighter: known to the month or year")
                .arg(options.locale.toString(L.maxDensity(), 'g', 3));
        drawTextIn(p, QRectF(x, r.top(), r.width() - 320, r.height()), s,
                   Qt::AlignLeft | Qt::AlignVCenter);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    // Right: the window and how many incidents it holds.
    const qint32 from = qint32(std::floor(L.startDay()));
    const qint32 to = qint32(std::ceil(L.endDay())) - 1;
    const QString right =
        TimelineRenderer::formatRange(from, to, options.locale) + QStringLiteral("  ·  ") +
        tl("%1 incidents").arg(options.locale.toString(qlonglong(std::llround(L.visibleCount()))));
    p.setPen(Muted);
    drawTextIn(p, QRectF(r.right() - 306, r.top(), 302, r.height()), right,
               Qt::AlignRight | Qt::AlignVCenter);
}

void drawHeader(QPainter &p, const TimelineLayout &L, const TimelineDrawOptions &options)
{
    const QRectF h = L.headerRect();
    if (h.height() <= 0)
        return;
    QFont f = p.font();
    QFont title = f;
    title.setPixelSize(16);
    title.setBold(true);
    p.setFont(title);
    p.setPen(Ink);
    drawTextIn(p, QRectF(h.left() + 4, h.top() + 2, h.width() - 8, 22),
               options.title.isEmpty() ? tl("Cyberattacks on health organisations") : options.title,
               Qt::AlignLeft | Qt::AlignVCenter);
    p.setFont(f);
    p.setPen(Muted);
    const QString filters =
        tl("Filters: %1").arg(options.filterLine.isEmpty() ? tl("none") : options.filterLine);
    const double filterShare = options.sourceLine.isEmpty() ? 0.7 : 0.6;
    drawTextIn(p, QRectF(h.left() + 4, h.top() + 24, h.width() * filterShare - 8, 16), filters,
               Qt::AlignLeft | Qt::AlignVCenter);
    if (!options.sourceLine.isEmpty())
        drawTextIn(p, QRectF(h.left() + h.width() * 0.6, h.top() + 24, h.width() * 0.4 - 4, 16),
                   options.sourceLine, Qt::AlignRight | Qt::AlignVCenter);
    else if (options.exportDate.isValid())
        drawTextIn(p, QRectF(h.left() + h.width() * 0.7, h.top() + 24, h.width() * 0.3 - 4, 16),
                   tl("Exported on %1")
                       .arg(options.locale.toString(options.exportDate, QLocale::LongFormat)),
                   Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QColor TimelineRenderer::attackColour(int colour)
{
    return Palette::attackColour(colour);
}

QColor TimelineRenderer::laneColour(LaneMode mode, int key)
{
    if (mode == LaneMode::AttackType)
        return attackColour(key < 0 ? 9 : key);
    return DensityColour;
}

TimelineMetrics TimelineRenderer::exportMetrics(const TimelineDrawOptions &options)
{
    TimelineMetrics m;
    if (options.header)
        m.headerHeight = 44;
    return m;
}

QString TimelineRenderer::formatDate(qint32 first, quint8 precision, const QLocale &locale)
{
    const QDate d = QDate::fromJulianDay(first);
    switch (precision) {
    case TimelineData::Day:
        return locale.toString(d, QStringLiteral("d MMMM yyyy"));
    case TimelineData::Month:
        return locale.standaloneMonthName(d.month(), QLocale::LongFormat) + u' ' +
               QString::number(d.year());
    case TimelineData::Year:
        return QString::number(d.year());
    default:
        return tl("undated");
    }
}

QString TimelineRenderer::formatRange(qint32 from, qint32 to, const QLocale &locale)
{
    const QString f = locale.toString(QDate::fromJulianDay(from), QLocale::ShortFormat);
    const QString t = locale.toString(QDate::fromJulianDay(to), QLocale::ShortFormat);
    return from == to ? f : f + QStringLiteral(" – ") + t;
}

QString TimelineRenderer::tooltip(const TimelineData &data, qsizetype row, const QLocale &locale)
{
    if (row < 0 || row >= data.size())
        return QString();
    const auto i = std::size_t(row);
    QStringList lines;
    const QString victim = row < data.victim.size() ? data.victim.at(row) : QString();
    lines << (victim.isEmpty() ? tl("Incident %1").arg(data.id[i]) : victim);
    lines << formatDate(data.firstDay[i], data.precision[i], locale);
    QString place = row < data.place.size() ? data.place.at(row) : QString();
    if (place.isEmpty() && data.region[i] != TimelineData::NoRegion)
        place = data.region[i] < data.regionNames.size() ? data.regionNames.at(data.region[i])
                                                         : tl("Region %1").arg(data.region[i]);
    if (!place.isEmpty())
        lines << place;
    const AttackTypes types(data.attackMask[i]);
    lines << (types.isEmpty() ? tl("Attack type not stated") : types.displayNames().join(u", "));
    return lines.join(u'\n');
}

void TimelineRenderer::draw(QPainter &painter, const QRectF &rect, const TimelineData &data,
                            const TimelineIndex &index, const TimelineViewState &state,
                            const TimelineDrawOptions &options)
{
    TimelineLayout layout;
    layout.compute(data, index, state, rect, exportMetrics(options), options.locale);
    drawLayout(painter, layout, data, state, options, rect);
}

void TimelineRenderer::drawLayout(QPainter &p, const TimelineLayout &L, const TimelineData &data,
                                  const TimelineViewState &state,
                                  const TimelineDrawOptions &options, const QRectF &exposedIn)
{
    const QRectF exposed = exposedIn.intersected(L.rect());
    p.save();
    p.setClipRect(exposed);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    p.fillRect(exposed, Qt::white);

    drawHeader(p, L, options);
    const QRectF m = L.mainRect();
    if (m.intersects(exposed)) {
        // Lane bands.
        for (std::size_t l = 0; l < L.lanes().size(); ++l) {
            const auto &lane = L.lanes()[l];
            if (l % 2)
                p.fillRect(QRectF(m.left(), lane.y0, m.width(), lane.y1 - lane.y0),
                           QColor(0xf6, 0xf7, 0xf9));
        }
        drawGrid(p, L, m);
        // Linked brushing: days outside the brush are veiled, not hidden.
        if (state.hasBrush()) {
            const double b0 = std::clamp(L.xOfDay(*state.brushFrom), m.left(), m.right());
            const double b1 = std::clamp(L.xOfDay(*state.brushTo + 1.0), m.left(), m.right());
            p.fillRect(QRectF(m.left(), m.top(), b0 - m.left(), m.height()), QColor(0, 0, 0, 16));
            p.fillRect(QRectF(b1, m.top(), m.right() - b1, m.height()), QColor(0, 0, 0, 16));
            p.fillRect(QRectF(b0, m.top(), b1 - b0, 2), withAlpha(BrushColour, 160));
        }
        p.save();
        p.setClipRect(m.intersected(exposed));
        if (L.mode() == TimelineLayout::Mode::Density)
            drawDensity(p, L, state.lanes, exposed);
        else
            drawGlyphs(p, L, data, state, exposed);
        p.restore();
        p.setFont(font);
        if (state.cursorDay) {
            const double x = L.xOfDay(*state.cursorDay + 1.0);
            if (x <= m.right()) // the future of the playback, not yet shown
                p.fillRect(QRectF(std::max(x, m.left()), m.top(), m.right() - std::max(x, m.left()),
                                  m.height()),
                           QColor(0, 0, 0, 12));
            if (x >= m.left() && x <= m.right()) {
                p.setPen(QPen(CursorColour, 1.5));
                p.drawLine(QPointF(x, m.top()), QPointF(x, m.bottom()));
                p.setPen(CursorColour);
                const QString label = TimelineRenderer::formatDate(
                    *state.cursorDay, TimelineData::Day, options.locale);
                const double w = QFontMetricsF(p.font()).horizontalAdvance(label) + 6;
                const double lx = x + w + 2 < m.right() ? x + 3 : x - w - 3;
                p.fillRect(QRectF(lx, m.top() + 1, w, 14), QColor(255, 255, 255, 220));
                p.drawText(QRectF(lx, m.top() + 1, w, 14), Qt::AlignCenter, label);
            }
        }
        drawLaneLabels(p, L, m);
    }
    drawTray(p, L, data, state, options);
    drawAxis(p, L, exposed);
    p.setFont(font);
    drawLegend(p, L, state.lanes, options);
    drawOverview(p, L, state, options.locale, exposed);
    p.setFont(font);
    if (options.hasFocus) {
        p.setPen(QPen(withAlpha(BrushColour, 140), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(L.rect().adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p.restore();
}

} // namespace vigie::ui

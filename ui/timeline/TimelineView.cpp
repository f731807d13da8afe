// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vigie::ui {

namespace {

constexpr double MinWindowDays = 2.0;
constexpr double DragThreshold = 4.0;
constexpr double BrushHandle = 5.0;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_options.locale = locale();
    m_animTimer.setInterval(15);
    connect(&m_animTimer, &QTimer::timeout, this, &TimelineView::animationTick);
    m_playTimer.setInterval(int(1000 / m_speed));
    connect(&m_playTimer, &QTimer::timeout, this, &TimelineView::stepPlayback);
    const double s = QDate(2000, 1, 1).toJulianDay(), e = QDate(2026, 1, 1).toJulianDay();
    m_state.startDay = m_targetStart = s;
    m_state.endDay = m_targetEnd = e;
    m_index.build(m_data, m_state.lanes);
}

TimelineView::~TimelineView() = default;

void TimelineView::setData(TimelineData data)
{
    m_data = std::move(data);
    m_idsSorted = std::is_sorted(m_data.id.begin(), m_data.id.end());
    rebuildIndex();
    if (!m_index.hasDated())
        return;
    const bool overlaps = m_state.endDay > m_index.dayMin() && m_state.startDay <= m_index.dayMax();
    if (!overlaps)
        fitAll();
}

void TimelineView::setShownFlags(const std::vector<quint8> &flags)
{
    if (flags.size() != m_data.flags.size())
        return;
    m_data.flags = flags;
    rebuildIndex();
}

void TimelineView::rebuildIndex()
{
    m_index.build(m_data, m_state.lanes);
    if (m_state.selectedId >= 0 && rowOf(m_state.selectedId) < 0)
        m_state.selectedId = -1;
    invalidate();
}

void TimelineView::invalidate()
{
    m_layoutDirty = true;
    update();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_state.lanes)
        return;
    m_state.lanes = mode;
    rebuildIndex();
}

const TimelineLayout &TimelineView::currentLayout()
{
    if (m_layoutDirty) {
        m_layout.compute(m_data, m_index, m_state, QRectF(rect()), TimelineMetrics(),
                         m_options.locale);
        m_layoutDirty = false;
    }
    return m_layout;
}

std::pair<double, double> TimelineView::clampWindow(double start, double end) const
{
    double lo = QDate(2000, 1, 1).toJulianDay(), hi = QDate(2026, 1, 1).toJulianDay();
    if (m_index.hasDated()) {
        lo = QDate(QDate::fromJulianDay(m_index.dayMin()).year(), 1, 1).toJulianDay();
        hi = QDate(QDate::fromJulianDay(m_index.dayMax()).year() + 1, 1, 1).toJulianDay();
    }
    // Zoomed out at most to the data's years plus a half on each side.
    const double span = hi - lo;
    const double maxWidth = std::max(span * 1.5, 366.0);
    double width = std::clamp(end - start, MinWindowDays, maxWidth);
    const double centre = (start + end) / 2;
    start = centre - width / 2;
    const double minStart = lo - span * 0.25 - 183, maxEnd = hi + span * 0.25 + 183;
    start = std::clamp(start, minStart, std::max(minStart, maxEnd - width));
    return {start, start + width};
}

void TimelineView::setWindow(double startDay, double endDay)
{
    applyWindow(startDay, endDay, false);
}

void TimelineView::applyWindow(double start, double end, bool animate)
{
    const auto [s, e] = clampWindow(start, end);
    m_targetStart = s;
    m_targetEnd = e;
    if (animate && m_animated && isVisible()) {
        if (!m_animTimer.isActive())
            m_animTimer.start();
        return;
    }
    m_animTimer.stop();
    if (s == m_state.startDay && e == m_state.endDay)
        return;
    m_state.startDay = s;
    m_state.endDay = e;
    invalidate();
    Q_EMIT windowChanged(s, e);
}

void TimelineView::animationTick()
{
    // Both ends ease toward the target with the same factor, so the day under
    // the zoom anchor stays under the cursor all along.
    const double k = 0.35;
    double s = m_state.startDay + (m_targetStart - m_state.startDay) * k;
    double e = m_state.endDay + (m_targetEnd - m_state.endDay) * k;
    const double ppd = width() / std::max(e - s, 1e-6);
    if (std::abs(s - m_targetStart) * ppd < 0.5 && std::abs(e - m_targetEnd) * ppd < 0.5) {
        s = m_targetStart;
        e = m_targetEnd;
        m_animTimer.stop();
    }
    m_state.startDay = s;
    m_state.endDay = e;
    invalidate();
    Q_EMIT windowChanged(s, e);
}

void TimelineView::fitAll()
{
    if (!m_index.hasDated())
        return applyWindow(QDate(2000, 1, 1).toJulianDay(), QDate(2026, 1, 1).toJulianDay(), false);
    applyWindow(QDate(QDate::fromJulianDay(m_index.dayMin()).year(), 1, 1).toJulianDay(),
                QDate(QDate::fromJulianDay(m_index.dayMax()).year() + 1, 1, 1).toJulianDay(),
                false);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    // Zoom the target (several wheel notches accumulate), anchored at x.
    const TimelineLayout &L = currentLayout();
    const QRectF m = L.mainRect();
    const double f = m.width() > 0 ? std::clamp((anchorX - m.left()) / m.width(), 0.0, 1.0) : 0.5;
    const double w = m_targetEnd - m_targetStart;
    const double anchor = m_targetStart + f * w;
    const double nw = w / factor;
    applyWindow(anchor - f * nw, anchor + (1 - f) * nw, true);
}

void TimelineView::panBy(double pixels)
{
    const double ppd = std::max(currentLayout().pixelsPerDay(), 1e-9);
    const double d = pixels / ppd;
    applyWindow(m_targetStart + d, m_targetEnd + d, true);
}

void TimelineView::setBrush(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return clearBrush();
    setBrushDays(qint32(from.toJulianDay()), qint32(to.toJulianDay()), false);
}

void TimelineView::clearBrush()
{
    if (!m_state.hasBrush())
        return;
    m_state.brushFrom.reset();
    m_state.brushTo.reset();
    invalidate();
    Q_EMIT brushCleared();
}

void TimelineView::setBrushDays(qint32 from, qint32 to, bool emitSignal)
{
    if (to < from)
        std::swap(from, to);
    if (m_state.brushFrom == from && m_state.brushTo == to)
        return;
    m_state.brushFrom = from;
    m_state.brushTo = to;
    invalidate();
    if (emitSignal)
        Q_EMIT dateRangeBrushed(QDate::fromJulianDay(from), QDate::fromJulianDay(to));
}

std::optional<std::pair<QDate, QDate>> TimelineView::brush() const
{
    if (!m_state.hasBrush())
        return std::nullopt;
    return std::pair(QDate::fromJulianDay(*m_state.brushFrom),
                     QDate::fromJulianDay(*m_state.brushTo));
}

qsizetype TimelineView::rowOf(qint64 id) const
{
    if (id < 0)
        return -1;
    if (!m_idsSorted) // the snapshot keeps rows in id order, so this is rare
        return m_data.indexOf(id);
    const auto it = std::lower_bound(m_data.id.begin(), m_data.id.end(), id);
    return it != m_data.id.end() && *it == id ? qsizetype(it - m_data.id.begin()) : -1;
}

void TimelineView::setSelectedId(qint64 id)
{
    if (m_state.selectedId == id)
        return;
    m_state.selectedId = id;
    update();
}

void TimelineView::selectRow(qsizetype row, bool emitSignal)
{
    const qint64 id = row >= 0 ? m_data.id[std::size_t(row)] : -1;
    if (id == m_state.selectedId)
        return;
    m_state.selectedId = id;
    update();
    if (emitSignal)
        Q_EMIT incidentSelected(id);
}

void TimelineView::stepIncident(int direction)
{
    const auto &order = m_index.order();
    if (order.empty())
        return;
    const qsizetype row = rowOf(m_state.selectedId);
    qsizetype pos = row >= 0 ? m_index.orderPosition(qint32(row)) : -1;
    if (pos < 0) {
        // From the middle of the window: the first incident after (or before) it.
        const double centre = (m_state.startDay + m_state.endDay) / 2;
        const auto it =
            std::lower_bound(order.begin(), order.end(), centre, [&](qint32 r, double d) {
                return m_data.firstDay[std::size_t(r)] < d;
            });
        pos = qsizetype(it - order.begin());
        if (direction < 0)
            --pos;
    } else {
        pos += direction;
    }
    if (pos < 0 || pos >= qsizetype(order.size()))
        return;
    const qint32 next = order[std::size_t(pos)];
    selectRow(next, true);
    // Keep it in view: recentre when it is outside the window.
    const double first = m_data.firstDay[std::size_t(next)];
    const double last = m_data.lastDay[std::size_t(next)] + 1.0;
    const double w = m_targetEnd - m_targetStart;
    if (first < m_targetStart || last > m_targetEnd) {
        const double c = (first + last) / 2;
        applyWindow(c - w / 2, c + w / 2, true);
    }
}

void TimelineView::zoomToDays(qint32 first, qint32 last)
{
    const double span = std::max(double(last - first + 1), 1.0);
    const double pad = std::max(span * 0.15, 3.0);
    applyWindow(first - pad, last + 1 + pad, true);
}

void TimelineView::setHovered(qint64 id)
{
    if (m_state.hoveredId == id)
        return;
    m_state.hoveredId = id;
    update(); // rings only: the layout does not depend on hover or selection
}

void TimelineView::setDrawOptions(const TimelineDrawOptions &options)
{
    m_options = options;
    invalidate();
}

Status TimelineView::exportTo(const QString &path, const QSize &size) const
{
    TimelineViewState state = m_state;
    state.hoveredId = -1;
    TimelineDrawOptions options = m_options;
    options.header = true;
    options.hasFocus = false;
    if (!options.exportDate.isValid())
        options.exportDate = QDate::currentDate();
    return renderTimelineToFile(m_data, state, size, path, options);
}

void TimelineView::drawFigure(QPainter &painter, const QRectF &rect) const
{
    TimelineViewState state = m_state;
    state.hoveredId = -1;
    TimelineDrawOptions options = m_options;
    options.header = true;
    options.hasFocus = false;
    if (!options.exportDate.isValid())
        options.exportDate = QDate::currentDate();
    TimelineIndex index;
    index.build(m_data, state.lanes);
    TimelineRenderer::draw(painter, rect, m_data, index, state, options);
}

// Playback -----------------------------------------------------------------

void TimelineView::setPlaybackSpeed(double monthsPerSecond)
{
    m_speed = std::clamp(monthsPerSecond, 0.25, 60.0);
    m_playTimer.setInterval(int(std::lround(1000 / m_speed)));
}

std::optional<QDate> TimelineView::cursorDate() const
{
    if (!m_state.cursorDay)
        return std::nullopt;
    return QDate::fromJulianDay(*m_state.cursorDay);
}

void TimelineView::play()
{
    if (isPlaying() || !m_index.hasDated())
        return;
    // Restart from the window's first month when there is no cursor or it reached the end.
    if (!m_state.cursorDay || *m_state.cursorDay >= m_index.dayMax()) {
        const QDate s =
            QDate::fromJulianDay(qint64(std::max(m_state.startDay, double(m_index.dayMin()))));
        m_state.cursorDay = qint32(QDate(s.year(), s.month(), 1).toJulianDay()) - 1;
        stepPlayback();
    }
    m_playTimer.start();
    Q_EMIT playbackStateChanged(true);
}

void TimelineView::pause()
{
    if (!isPlaying())
        return;
    m_playTimer.stop();
    Q_EMIT playbackStateChanged(false);
}

void TimelineView::togglePlayback()
{
    isPlaying() ? pause() : play();
}

void TimelineView::stopPlayback()
{
    pause();
    if (m_state.cursorDay) {
        m_state.cursorDay.reset();
        invalidate();
        Q_EMIT cursorDateChanged(QDate()); // followers go back to the whole range
    }
}

void TimelineView::stepPlayback()
{
    if (!m_index.hasDated())
        return pause();
    const QDate current = QDate::fromJulianDay(m_state.cursorDay.value_or(m_index.dayMin() - 1));
    // The cursor sits on the last day of a month: advance to the end of the next.
    const QDate monthStart(current.year(), current.month(), 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const QDate next = current < monthEnd ? monthEnd : monthStart.addMonths(2).addDays(-1);
    m_state.cursorDay = qint32(next.toJulianDay());
    // Follow the cursor: keep it inside the window.
    const double c = *m_state.cursorDay + 1.0, w = m_targetEnd - m_targetStart;
    if (c > m_targetEnd || c < m_targetStart)
        applyWindow(c - w * 0.85, c + w * 0.15, true);
    invalidate();
    Q_EMIT cursorDateChanged(next);
    if (*m_state.cursorDay >= m_index.dayMax())
        pause();
}

// Events --------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *event)
{
    const TimelineLayout &L = currentLayout();
    QPainter p(this);
    m_options.hasFocus = hasFocus();
    TimelineRenderer::drawLayout(p, L, m_data, m_state, m_options, QRectF(event->rect()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutDirty = true;
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange) {
        m_options.locale = locale();
        invalidate();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        invalidate();
    }
    QWidget::changeEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto hit = currentLayout().hitTest(help->pos());
        QString text;
        const QLocale &loc = m_options.locale;
        switch (hit.kind) {
        case TimelineLayout::Hit::Incident:
            text = TimelineRenderer::tooltip(m_data, hit.index, loc);
            break;
        case TimelineLayout::Hit::Cluster:
            if (hit.precision == TimelineData::Month)
                text = tr("%n incident(s) known only to the month: %1", nullptr, hit.count)
                           .arg(TimelineRenderer::formatDate(hit.dayFrom, hit.precision, loc));
            else if (hit.precision == TimelineData::Year)
                text = tr("%n incident(s) known only to the year: %1", nullptr, hit.count)
                           .arg(TimelineRenderer::formatDate(hit.dayFrom, hit.precision, loc));
            else
                text = tr("%n more incident(s), %1\nClick to zoom in", nullptr, hit.count)
                           .arg(TimelineRenderer::formatRange(hit.dayFrom, hit.dayTo, loc));
            break;
        case TimelineLayout::Hit::Bin: {
            const auto &lanes = currentLayout().lanes();
            const QString lane = hit.lane >= 0 ? lanes[std::size_t(hit.lane)].label : QString();
            text = tr("%n incident(s), %1", nullptr, hit.count)
                       .arg(TimelineRenderer::formatRange(hit.dayFrom, hit.dayTo, loc));
            if (!lane.isEmpty())
                text += u'\n' + lane;
            break;
        }
        case TimelineLayout::Hit::TrayMore:
            text = tr("%n more undated incident(s)", nullptr, hit.count);
            break;
        default:
            break;
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    const double x = event->position().x();
    if (!pixels.isNull()) {
        // Trackpad: horizontal swipes pan, vertical ones zoom, proportionally.
        if (std::abs(pixels.x()) > std::abs(pixels.y()))
            panBy(-pixels.x());
        else
            zoomBy(std::pow(1.01, pixels.y()), x);
    } else if (angle.x() != 0 && std::abs(angle.x()) > std::abs(angle.y())) {
        panBy(-angle.x() / 120.0 * width() * 0.1);
    } else if (angle.y() != 0) {
        if (event->modifiers() & Qt::ShiftModifier)
            panBy(-angle.y() / 120.0 * width() * 0.1);
        else
            zoomBy(std::pow(1.25, angle.y() / 120.0), x);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const TimelineLayout &L = currentLayout();
    const QPointF p = event->position();
    m_pressPos = p;
    m_moved = false;
    m_pressStart = m_targetStart;
    m_pressEnd = m_targetEnd;
    m_drag = Drag::None;
    if (L.overviewRect().contains(p)) {
        m_pressDay = L.overviewDayAtX(p.x());
        if (const auto b = L.overviewBrush()) {
            m_pressBrushFrom = *m_state.brushFrom;
            m_pressBrushTo = *m_state.brushTo;
            if (std::abs(p.x() - b->left()) <= BrushHandle)
                m_drag = Drag::BrushStart;
            else if (std::abs(p.x() - b->right()) <= BrushHandle)
                m_drag = Drag::BrushEnd;
            else if (b->contains(p))
                m_drag = Drag::MoveBrush;
        }
        if (m_drag == Drag::None) {
            const QRectF v = L.overviewViewport();
            const bool narrow = v.width() < L.overviewRect().width() * 0.9;
            m_drag = narrow && v.contains(p) ? Drag::Viewport : Drag::NewBrush;
        }
    } else if (L.mainRect().contains(p)) {
        m_drag = Drag::Pan;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
        const auto hit = currentLayout().hitTest(p);
        setHovered(hit.kind == TimelineLayout::Hit::Incident ? m_data.id[std::size_t(hit.index)]
                                                             : -1);
        const bool brushArea = currentLayout().overviewRect().contains(p);
        setCursor(hit.kind == TimelineLayout::Hit::Incident ||
                          hit.kind == TimelineLayout::Hit::Cluster
                      ? Qt::PointingHandCursor
                  : brushArea ? Qt::IBeamCursor
                              : Qt::ArrowCursor);
        return;
    }
    if (!m_moved && QLineF(p, m_pressPos).length() < DragThreshold)
        return;
    m_moved = true;
    const TimelineLayout &L = currentLayout();
    const double dx = p.x() - m_pressPos.x();
    const double ovDays = L.overviewDayAtX(p.x()) - m_pressDay;
    switch (m_drag) {
    case Drag::Pan: {
        const double d = dx * (m_pressEnd - m_pressStart) / std::max(L.mainRect().width(), 1.0);
        applyWindow(m_pressStart - d, m_pressEnd - d, false);
        break;
    }
    case Drag::Viewport:
        applyWindow(m_pressStart + ovDays, m_pressEnd + ovDays, false);
        break;
    case Drag::NewBrush:
        setBrushDays(brushDayAt(m_pressPos.x()), brushDayAt(p.x()), true);
        break;
    case Drag::MoveBrush: {
        // Moved as a whole, kept inside the overview's years.
        const auto lo = qint32(L.overviewStart()), hi = qint32(L.overviewEnd()) - 1;
        const qint32 d = std::clamp(qint32(std::lround(ovDays)), lo - m_pressBrushFrom,
                                    std::max(lo - m_pressBrushFrom, hi - m_pressBrushTo));
        setBrushDays(m_pressBrushFrom + d, m_pressBrushTo + d, true);
        break;
    }
    case Drag::BrushStart:
        setBrushDays(brushDayAt(p.x()), m_pressBrushTo, true);
        break;
    case Drag::BrushEnd:
        setBrushDays(m_pressBrushFrom, brushDayAt(p.x()), true);
        break;
    case Drag::None:
        break;
    }
}

qint32 TimelineView::brushDayAt(double x)
{
    const TimelineLayout &L = currentLayout();
    const auto day = qint32(std::floor(L.overviewDayAtX(x)));
    return std::clamp(day, qint32(L.overviewStart()), qint32(L.overviewEnd()) - 1);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (m_moved)
        return;
    // A click without drag.
    const auto hit = currentLayout().hitTest(event->position());
    switch (hit.kind) {
    case TimelineLayout::Hit::Incident:
        selectRow(hit.index, true);
        break;
    case TimelineLayout::Hit::Cluster:
        zoomToDays(hit.dayFrom, hit.dayTo);
        break;
    case TimelineLayout::Hit::Overview:
        if (drag == Drag::NewBrush || drag == Drag::Viewport) {
            // Click in the overview: centre the view there.
            const double w = m_targetEnd - m_targetStart;
            const double c = currentLayout().overviewDayAtX(event->position().x());
            applyWindow(c - w / 2, c + w / 2, true);
        }
        break;
    default:
        if (currentLayout().mainRect().contains(event->position()))
            selectRow(-1, true);
        break;
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto hit = currentLayout().hitTest(event->position());
    switch (hit.kind) {
    case TimelineLayout::Hit::Incident: {
        const auto i = std::size_t(hit.index);
        if (m_data.precision[i] == TimelineData::Day)
            zoomToDays(m_data.firstDay[i] - 14, m_data.firstDay[i] + 14);
        else if (m_data.precision[i] != TimelineData::Undated)
            zoomToDays(m_data.firstDay[i], m_data.lastDay[i]);
        break;
    }
    case TimelineLayout::Hit::Cluster:
    case TimelineLayout::Hit::Bin:
        zoomToDays(hit.dayFrom, hit.dayTo);
        break;
    case TimelineLayout::Hit::Overview:
        clearBrush();
        break;
    default:
        zoomBy(2.0, event->position().x());
        break;
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const auto mods =
        event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool step = mods != 0 || m_state.selectedId >= 0;
    const double centreX = currentLayout().mainRect().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centreX);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / 1.5, centreX);
        break;
    case Qt::Key_Left:
        step ? stepIncident(-1) : panBy(-width() * 0.1);
        break;
    case Qt::Key_Right:
        step ? stepIncident(+1) : panBy(width() * 0.1);
        break;
    case Qt::Key_PageUp:
        panBy(-width() * 0.9);
        break;
    case Qt::Key_PageDown:
        panBy(width() * 0.9);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Space:
        togglePlayback();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const qsizetype row = rowOf(m_state.selectedId);
        if (row >= 0 && m_data.isDated(row))
            zoomToDays(m_data.firstDay[std::size_t(row)] - 14,
                       m_data.lastDay[std::size_t(row)] + 14);
        break;
    }
    case Qt::Key_Escape:
        if (m_state.selectedId >= 0)
            selectRow(-1, true);
        else if (m_state.hasBrush())
            clearBrush();
        else
            stopPlayback();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

} // namespace vigie::ui

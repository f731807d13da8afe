// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineRenderer.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace vigie::ui {

// The painted timeline: lanes of density bars or incident glyphs, the time
// axis, the overview strip with its brush, the undated tray and playback.
// Geometry comes from TimelineLayout and every pixel from TimelineRenderer,
// the same code the exports use. The view talks to nobody directly: it emits
// signals the main window forwards to the notifier and the filter.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Replaces the data (rebuilds the index, O(n)); keeps the window when the
    // data still overlaps it, else shows everything.
    void setData(TimelineData data);
    const TimelineData &data() const { return m_data; }
    // The filter changed: new Shown flags, one per incident.
    void setShownFlags(const std::vector<quint8> &flags);
    const TimelineIndex &index() const { return m_index; }

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_state.lanes; }

    // The window, in fractional Julian days [start, end). setWindow() is
    // immediate; zoomBy()/panBy() animate when animations are on.
    void setWindow(double startDay, double endDay);
    void setWindow(QDate first, QDate last) // inclusive dates
    {
        setWindow(double(first.toJulianDay()), double(last.toJulianDay() + 1));
    }
    void fitAll();
    void zoomBy(double factor, double anchorX); // factor > 1 zooms in
    void panBy(double pixels);                  // > 0 moves later in time
    double startDay() const { return m_state.startDay; }
    double endDay() const { return m_state.endDay; }
    // Where an animation is heading (== the window when idle).
    double targetStartDay() const { return m_targetStart; }
    double targetEndDay() const { return m_targetEnd; }
    void setAnimated(bool on) { m_animated = on; }

    void setBrush(QDate from, QDate to);
    void clearBrush();
    std::optional<std::pair<QDate, QDate>> brush() const;

    void setSelectedId(qint64 id); // from the notifier: no signal back
    qint64 selectedId() const { return m_state.selectedId; }

    // Playback: the cursor advances one month per tick; incidents after it are hidden.
    void play();
    void pause();
    void togglePlayback();
    void stopPlayback(); // pauses and removes the cursor
    bool isPlaying() const { return m_playTimer.isActive(); }
    void setPlaybackSpeed(double monthsPerSecond);
    double playbackSpeed() const { return m_speed; }
    std::optional<QDate> cursorDate() const;
    void stepPlayback(); // one month (what the timer does)

    const TimelineViewState &viewState() const { return m_state; }
    void setDrawOptions(const TimelineDrawOptions &options);
    const TimelineDrawOptions &drawOptions() const { return m_options; }
    Status exportTo(const QString &path, const QSize &size) const;
    // What exportTo() writes (header on), into any painter: the clipboard.
    void drawFigure(QPainter &painter, const QRectF &rect) const;

    // The layout of the current frame (computed on demand): for tests and hit-tests.
    const TimelineLayout &currentLayout();

    QSize sizeHint() const override { return {900, 360}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

Q_SIGNALS:
    void incidentSelected(qint64 id); // -1 clears the selection
    void dateRangeBrushed(QDate from, QDate to);
    void brushCleared();
    void cursorDateChanged(QDate date); // null: the cursor is gone (stopPlayback, Esc)
    void playbackStateChanged(bool playing);
    void windowChanged(double startDay, double endDay);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Pan, Viewport, NewBrush, MoveBrush, BrushStart, BrushEnd };

    void rebuildIndex();
    void invalidate();
    void applyWindow(double start, double end, bool animate);
    std::pair<double, double> clampWindow(double start, double end) const;
    void animationTick();
    void selectRow(qsizetype row, bool emitSignal);
    void stepIncident(int direction);
    void zoomToDays(qint32 first, qint32 last);
    void setBrushDays(qint32 from, qint32 to, bool emitSignal);
    void setHovered(qint64 id);
    qint32 brushDayAt(double x); // overview x -> day, inside the overview's years
    qsizetype rowOf(qint64 id) const;

    TimelineData m_data;
    bool m_idsSorted = true; // ids ascending: rowOf() bisects
    TimelineIndex m_index;
    TimelineViewState m_state;
    TimelineDrawOptions m_options;
    TimelineLayout m_layout;
    bool m_layoutDirty = true;

    bool m_animated = true;
    double m_targetStart = 0, m_targetEnd = 0;
    QTimer m_animTimer;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressStart = 0, m_pressEnd = 0;
    qint32 m_pressBrushFrom = 0, m_pressBrushTo = 0;
    double m_pressDay = 0;
    bool m_moved = false;

    QTimer m_playTimer;
    double m_speed = 2.0; // months per second
};

} // namespace vigie::ui

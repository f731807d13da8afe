// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLayout.h"
#include "model/Result.h"

#include <QWidget>

namespace vigie::ui {

// The map widget: regions, departments or the world, coloured by count or
// rate. Hover shows a tooltip; a click asks to filter to an area,
// Ctrl-click adds one, clicking a selected area removes it; the wheel zooms
// around the cursor, dragging pans, a double click resets the view.
// It does not own the selection: it emits selectionRequested and shows
// whatever setInput() brings back (the linked-filter engine is the truth).
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    // Null data loads the bundled geometry now (an error is then shown in
    // place); without a call, it is loaded when the view is first shown.
    void setMapData(std::shared_ptr<const geo::MapData> data);
    void setInput(const MapInput &input);
    const MapInput &input() const { return m_layout.input(); }
    MapLevel level() const { return m_layout.level(); }
    MapMeasure measure() const { return m_layout.input().measure; }
    const MapLayout &layout() const { return m_layout; }
    QString hoveredArea() const { return m_hover; }

    // Same drawing as the screen, into any painter and rectangle.
    void draw(QPainter &painter, const QRectF &target) const;
    Status exportToFile(const QString &path, QSize size = {}) const;

    QSize sizeHint() const override { return {640, 560}; }

public slots:
    void setLevel(vigie::geo::MapLevel level);
    void setMeasure(vigie::ui::MapMeasure measure);
    void resetView();

signals:
    void selectionRequested(vigie::geo::MapLevel level, const QSet<QString> &codes);
    void levelChanged(vigie::geo::MapLevel level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setHover(const QString &code, const QPoint &globalPos);
    QString tooltipText(const QString &code) const;
    void clickArea(const QString &code, bool add);

    MapLayout m_layout;
    QString m_loadError;
    QString m_hover;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace vigie::ui

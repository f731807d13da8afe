// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLayout.h"
#include "model/Result.h"

#include <QWidget>

#include <functional>

class QMenu;

namespace vigie::ui {

// The map widget: regions, departments or the world, coloured by count or
// rate. Hover shows a tooltip; a click asks to filter to an area,
// Ctrl-click adds one, clicking a selected area removes it; the wheel zooms
// around the cursor, dragging pans, a double click resets the view.
// It does not own the selection: it emits selectionRequested and shows
// whatever setInput() brings back (the linked-filter engine is the truth).
// With the point layer on, a click on a circle of several towns zooms until
// it splits; on one town, a menu lists its incidents and choosing one emits
// incidentsSelected. Areas react to clicks outside the circles.
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
    int hoveredCluster() const { return m_hoverCluster; }
    bool showsPoints() const { return m_layout.input().showPoints; }

    // Labels for the incident menu ("2023-04-12  Title"), one per id, in
    // order; without one the menu shows database ids.
    using Describer = std::function<QStringList(const QList<qint64> &ids)>;
    void setDescriber(Describer describer) { m_describer = std::move(describer); }
    // The last incident menu shown by a click on a town (null before).
    QMenu *incidentMenu() const { return m_menu; }
    // What a click on the cluster does (the mouse calls it; public for tests):
    // zoom until it splits, or the incident menu at `globalPos`.
    void activateCluster(int cluster, const QPoint &globalPos);

    // Same drawing as the screen, into any painter and rectangle.
    void draw(QPainter &painter, const QRectF &target) const;
    Status exportToFile(const QString &path, QSize size = {}, int dpi = 96) const;

    QSize sizeHint() const override { return {640, 560}; }

public slots:
    void setLevel(vigie::geo::MapLevel level);
    void setMeasure(vigie::ui::MapMeasure measure);
    void setShowPoints(bool show);
    void resetView();

signals:
    void selectionRequested(vigie::geo::MapLevel level, const QSet<QString> &codes);
    void levelChanged(vigie::geo::MapLevel level);
    void showPointsChanged(bool show);
    // The user chose incidents in a town's menu.
    void incidentsSelected(const QList<qint64> &ids);

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
    QString clusterTooltip(int cluster) const;
    void setHoverCluster(int cluster, const QPoint &globalPos);
    void updateCluster(int cluster);
    void showIncidentMenu(int cluster, const QPoint &globalPos);
    void clickArea(const QString &code, bool add);

    MapLayout m_layout;
    QString m_loadError;
    QString m_hover;
    int m_hoverCluster = -1;
    Describer m_describer;
    QMenu *m_menu = nullptr;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace vigie::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "MapExport.h"
#include "MapPainter.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace vigie::ui {

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

void MapView::showEvent(QShowEvent *event)
{
    // The bundled geometry is loaded when first shown (about 50 ms), unless
    // a shared MapData was given.
    if (!m_layout.data() && m_loadError.isEmpty())
        setMapData({});
    QWidget::showEvent(event);
}

void MapView::setMapData(std::shared_ptr<const geo::MapData> data)
{
    m_loadError.clear();
    if (!data) {
        auto loaded = geo::MapData::load();
        if (loaded)
            data = std::make_shared<const geo::MapData>(std::move(loaded).value());
        else
            m_loadError = loaded.error();
    }
    m_layout.setData(std::move(data));
    update();
}

void MapView::setInput(const MapInput &input)
{
    m_layout.setInput(input);
    m_hoverCluster = -1; // the clusters are made anew
    update();
}

void MapView::setShowPoints(bool show)
{
    if (show == showsPoints())
        return;
    MapInput input = m_layout.input();
    input.showPoints = show;
    setInput(input);
    emit showPointsChanged(show);
}

void MapView::setLevel(geo::MapLevel level)
{
    if (level == m_layout.level())
        return;
    m_hover.clear();
    m_hoverCluster = -1;
    m_layout.setLevel(level);
    update();
    emit levelChanged(level);
}

void MapView::setMeasure(MapMeasure measure)
{
    MapInput input = m_layout.input();
    input.measure = measure;
    setInput(input);
}

void MapView::resetView()
{
    if (m_layout.data())
        m_layout.resetView();
    update();
}

void MapView::draw(QPainter &painter, const QRectF &target) const
{
    if (!m_layout.data())
        return;
    MapLayout layout(m_layout.data());
    layout.setLevel(m_layout.level());
    layout.setInput(m_layout.input());
    layout.setViewport(target);
    if (m_layout.hasCustomView())
        layout.setView(m_layout.zoom(), m_layout.viewCentre());
    MapPainter::draw(painter, layout, target);
}

Status MapView::exportToFile(const QString &path, QSize size, int dpi) const
{
    return exportMap(m_layout, size.isValid() ? size : this->size(), path, dpi);
}

void MapView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (!m_layout.data()) {
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_loadError);
        return;
    }
    m_layout.setViewport(rect());
    MapPainter::draw(painter, m_layout, event->rect(), m_hover, m_hoverCluster);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    m_layout.setViewport(rect());
    QWidget::resizeEvent(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = m_lastPos = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging && m_layout.data()) {
            m_layout.panBy(QPointF(pos - m_lastPos));
            m_lastPos = pos;
            update();
            return;
        }
    }
    if (!m_layout.data())
        return;
    // A town circle lies over its area: it takes the hover first.
    const int cluster = m_layout.clusterAt(event->position());
    const QPoint global = event->globalPosition().toPoint();
    if (cluster >= 0) {
        setHover({}, global);
        setHoverCluster(cluster, global);
    } else {
        setHoverCluster(-1, global);
        setHover(m_layout.areaAt(event->position()), global);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
        } else if (const int cluster = m_layout.data() ? m_layout.clusterAt(event->position()) : -1;
                   cluster >= 0) {
            activateCluster(cluster, event->globalPosition().toPoint());
        } else if (m_layout.data()) {
            const QString code = m_layout.areaAt(event->position());
            if (!code.isEmpty())
                clickArea(code, event->modifiers() & Qt::ControlModifier);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_layout.areaAt(event->position()).isEmpty() && m_layout.clusterAt(event->position()) < 0)
        resetView();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!m_layout.data())
        return;
    // 120 units per notch; 1.25× per notch, smooth for touchpads.
    const double factor = std::pow(1.25, event->angleDelta().y() / 120.0);
    m_layout.zoomAt(event->position(), factor);
    m_hoverCluster = -1;
    update();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_layout.data())
        return QWidget::keyPressEvent(event);
    // Keyboard: +, - zoom around the centre, 0 shows the whole map, Escape
    // clears the selection.
    const QPointF centre = m_layout.mapRect().center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_layout.zoomAt(centre, 1.5);
        break;
    case Qt::Key_Minus:
        m_layout.zoomAt(centre, 1 / 1.5);
        break;
    case Qt::Key_0:
        m_layout.resetView();
        break;
    case Qt::Key_Escape: {
        // Drop the map's own filter at this level.
        if (m_layout.input().selectedAt(m_layout.level()).isEmpty())
            return QWidget::keyPressEvent(event);
        MapInput input = m_layout.input();
        input.selected[int(m_layout.level())].clear();
        m_layout.setInput(input);
        emit selectionRequested(m_layout.level(), {});
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_hoverCluster = -1;
    update();
}

void MapView::leaveEvent(QEvent *event)
{
    setHoverCluster(-1, {});
    setHover({}, {});
    QWidget::leaveEvent(event);
}

void MapView::setHover(const QString &code, const QPoint &globalPos)
{
    if (code == m_hover) {
        return;
    }
    // Repaint only the two areas involved (the outline is a few pixels wide).
    for (const QString &c : {m_hover, code})
        if (const int i = m_layout.areaIndexOf(c); i >= 0)
            update(m_layout.areas()[i].screenBounds.toAlignedRect().adjusted(-4, -4, 4, 4));
    m_hover = code;
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, tooltipText(code), this);
}

QString MapView::tooltipText(const QString &code) const
{
    const MapLayout::AreaInfo info = m_layout.info(code);
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>").arg(info.name.toHtmlEscaped());
    text += tr("%n incident(s)", nullptr, info.count);
    if (info.population > 0)
        text += QStringLiteral("<br>") +
                tr("%1 per 100,000 inhabitants (population %2)")
                    .arg(locale.toString(info.rate, 'f', 2), locale.toString(info.population));
    if (!info.details.isEmpty())
        text += QStringLiteral("<br>") + info.details.toHtmlEscaped();
    return text;
}

void MapView::clickArea(const QString &code, bool add)
{
    QSet<QString> selection = m_layout.input().selectedAt(m_layout.level());
    if (selection.contains(code))
        selection.remove(code);
    else if (add)
        selection.insert(code);
    else
        selection = {code};
    // Shown at once; the engine's answer (setInput) confirms it.
    MapInput input = m_layout.input();
    input.selected[int(m_layout.level())] = selection;
    m_layout.setInput(input);
    update();
    emit selectionRequested(m_layout.level(), selection);
}

void MapView::updateCluster(int cluster)
{
    const auto &clusters = m_layout.clusters();
    if (cluster < 0 || cluster >= clusters.size())
        return;
    const PointClusters::Cluster &c = clusters[cluster];
    const double r = c.radius + 4;
    update(QRectF(c.centre.x() - r, c.centre.y() - r, 2 * r, 2 * r).toAlignedRect());
}

void MapView::setHoverCluster(int cluster, const QPoint &globalPos)
{
    if (cluster == m_hoverCluster)
        return;
    updateCluster(m_hoverCluster);
    updateCluster(cluster);
    m_hoverCluster = cluster;
    if (cluster >= 0)
        QToolTip::showText(globalPos, clusterTooltip(cluster), this);
    else if (m_hover.isEmpty())
        QToolTip::hideText();
}

QString MapView::clusterTooltip(int cluster) const
{
    const QList<int> points = m_layout.clusterPoints(cluster);
    const auto &all = m_layout.input().points;
    int count = 0;
    for (int p : points)
        count += all[p].count();
    const QLocale locale;
    QString text;
    if (points.size() == 1)
        text = QStringLiteral("<b>%1</b><br>").arg(all[points.first()].name.toHtmlEscaped());
    else
        text = QStringLiteral("<b>%1</b><br>").arg(tr("%n town(s)", nullptr, int(points.size())));
    text += tr("%n incident(s)", nullptr, count);
    if (points.size() > 1) {
        // The biggest towns, then how many more.
        constexpr int shown = 6;
        for (int i = 0; i < std::min<int>(shown, int(points.size())); ++i)
            text += QStringLiteral("<br>%1: %2")
                        .arg(all[points[i]].name.toHtmlEscaped(),
                             locale.toString(all[points[i]].count()));
        if (points.size() > shown)
            text += QStringLiteral("<br>") +
                    tr("and %n more town(s)", nullptr, int(points.size()) - shown);
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to zoom in"));
    } else {
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to list the incidents"));
    }
    return text;
}

void MapView::activateCluster(int cluster, const QPoint &globalPos)
{
    const auto &clusters = m_layout.clusters();
    if (cluster < 0 || cluster >= clusters.size())
        return;
    if (const double factor = m_layout.splitZoomFactor(cluster); factor > 0) {
        // Centred on the circle, just enough closer for it to split.
        m_layout.setView(m_layout.zoom() * factor, clusters[cluster].mapCentre);
        setHoverCluster(-1, globalPos);
        m_hoverCluster = -1;
        update();
        return;
    }
    showIncidentMenu(cluster, globalPos);
}

void MapView::showIncidentMenu(int cluster, const QPoint &globalPos)
{
    const QList<int> points = m_layout.clusterPoints(cluster);
    const auto &all = m_layout.input().points;
    QList<qint64> ids;
    QStringList names;
    for (int p : points) {
        ids += all[p].ids;
        names.append(all[p].name);
    }
    std::sort(ids.begin(), ids.end());
    if (ids.isEmpty())
        return;
    if (m_menu)
        m_menu->deleteLater();
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("mapIncidentMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose, false);
    m_menu->addSection(QStringLiteral("%1 — %2").arg(
        names.join(QStringLiteral(", ")), tr("%n incident(s)", nullptr, int(ids.size()))));
    // The newest first (highest ids); a long list is cut, "Select all" keeps them all.
    constexpr int maxListed = 30;
    QList<qint64> listed;
    for (auto it = ids.crbegin(); it != ids.crend() && listed.size() < maxListed; ++it)
        listed.append(*it);
    const QStringList labels = m_describer ? m_describer(listed) : QStringList();
    for (int i = 0; i < listed.size(); ++i) {
        const qint64 id = listed[i];
        const QString label =
            i < labels.size() && !labels[i].isEmpty() ? labels[i] : tr("Incident %1").arg(id);
        QAction *action = m_menu->addAction(label);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { emit incidentsSelected({id}); });
    }
    if (ids.size() > 1) {
        m_menu->addSeparator();
        QAction *all = m_menu->addAction(tr("Select all %n incident(s)", nullptr, int(ids.size())));
        all->setObjectName(QStringLiteral("mapSelectAllIncidents"));
        connect(all, &QAction::triggered, this, [this, ids] { emit incidentsSelected(ids); });
    }
    m_menu->popup(globalPos);
}

} // namespace vigie::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "MapExport.h"
#include "MapPainter.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace vigie::ui {

MapView::MapView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

void MapView::showEvent(QShowEvent *event) {
    // The bundled geometry is loaded when first shown (about 50 ms), unless
    // a shared MapData was given.
    if (!m_layout.data() && m_loadError.isEmpty())
        setMapData({});
    QWidget::showEvent(event);
}

void MapView::setMapData(std::shared_ptr<const geo::MapData> data) {
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

void MapView::setInput(const MapInput &input) {
    m_layout.setInput(input);
    update();
}

void MapView::setLevel(geo::MapLevel level) {
    if (level == m_layout.level())
        return;
    m_hover.clear();
    m_layout.setLevel(level);
    update();
    emit levelChanged(level);
}

void MapView::setMeasure(MapMeasure measure) {
    MapInput input = m_layout.input();
    input.measure = measure;
    setInput(input);
}

void MapView::resetView() {
    if (m_layout.data())
        m_layout.resetView();
    update();
}

void MapView::draw(QPainter &painter, const QRectF &target) const {
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

Status MapView::exportToFile(const QString &path, QSize size) const {
    return exportMap(m_layout, size.isValid() ? size : this->size(), path);
}

void MapView::paintEvent(QPaintEvent *event) {
    QPainter painter(this);
    if (!m_layout.data()) {
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_loadError);
        return;
    }
    m_layout.setViewport(rect());
    MapPainter::draw(painter, m_layout, event->rect(), m_hover);
}

void MapView::resizeEvent(QResizeEvent *event) {
    m_layout.setViewport(rect());
    QWidget::resizeEvent(event);
}

void MapView::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = m_lastPos = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event) {
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
    if (m_layout.data())
        setHover(m_layout.areaAt(event->position()), event->globalPosition().toPoint());
}

void MapView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
        } else if (m_layout.data()) {
            const QString code = m_layout.areaAt(event->position());
            if (!code.isEmpty())
                clickArea(code, event->modifiers() & Qt::ControlModifier);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event) {
    if (m_layout.areaAt(event->position()).isEmpty())
        resetView();
}

void MapView::wheelEvent(QWheelEvent *event) {
    if (!m_layout.data())
        return;
    // 120 units per notch; 1.25× per notch, smooth for touchpads.
    const double factor = std::pow(1.25, event->angleDelta().y() / 120.0);
    m_layout.zoomAt(event->position(), factor);
    update();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event) {
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
    update();
}

void MapView::leaveEvent(QEvent *event) {
    setHover({}, {});
    QWidget::leaveEvent(event);
}

void MapView::setHover(const QString &code, const QPoint &globalPos) {
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

QString MapView::tooltipText(const QString &code) const {
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

void MapView::clickArea(const QString &code, bool add) {
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

} // namespace vigie::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPainter.h"

#include <QHash>
#include <QPainter>
#include <QStaticText>

#include <cmath>

namespace vigie::ui {

namespace {
const QColor kBorder(0xff, 0xff, 0xff);
const QColor kCoast(0xa0, 0xa0, 0xa0);
const QColor kRegionBorder(0x8c, 0x8c, 0x8c);
const QColor kSelected(0x08, 0x30, 0x6b);
const QColor kHover(0x21, 0x21, 0x21);
const QColor kText(0x25, 0x25, 0x25);
const QColor kMutedText(0x63, 0x63, 0x63);
// Dark blue, translucent: stands out on every class of the yellow-to-red
// ramp and lets the area colour show through.
const QColor kPoint(0x1f, 0x3a, 0x93, 210);

void drawCircles(QPainter &painter, const QList<QPair<QPointF, double>> &circles, double scale)
{
    painter.setPen(QPen(Qt::white, 0.9 * scale));
    painter.setBrush(kPoint);
    for (const auto &[centre, radius] : circles)
        painter.drawEllipse(centre, radius, radius);
}

// On raster devices a translucent antialiased ellipse costs about 20 µs
// and a town layer holds up to a few thousand: each radius (to a quarter
// pixel) is drawn once into a sprite and blitted, ten times faster. A pure
// cache, per thread (exports may run in a worker).
const QImage &circleSprite(double radius, double scale, qreal dpr)
{
    thread_local QHash<quint64, QImage> sprites;
    const quint64 key = (quint64(std::lround(radius * 4)) << 32) |
                        (quint64(std::lround(scale * 16)) << 16) | quint64(std::lround(dpr * 4));
    auto it = sprites.find(key);
    if (it != sprites.end())
        return *it;
    if (sprites.size() > 512)
        sprites.clear();
    const double r = std::lround(radius * 4) / 4.0;
    const int side = int(std::ceil((2 * r + 2 * scale + 2) * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        drawCircles(p, {{QPointF(side / dpr / 2, side / dpr / 2), r}}, scale);
    }
    return *sprites.insert(key, image);
}

// Count labels: the glyph layout of "12" is the same on every circle.
const QStaticText &labelText(const QString &text, const QFont &font)
{
    thread_local QHash<QString, QStaticText> texts;
    const QString key = font.key() + u'|' + text;
    auto it = texts.find(key);
    if (it == texts.end()) {
        if (texts.size() > 2048)
            texts.clear();
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        staticText.prepare(QTransform(), font);
        it = texts.insert(key, staticText);
    }
    return *it;
}
} // namespace

QColor MapPainter::pointColor()
{
    return kPoint;
}

void MapPainter::draw(QPainter &painter, const MapLayout &layout, const QRectF &exposed,
                      const QString &hoverCode, int hoverCluster)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(exposed.intersected(layout.viewport()), Qt::white);

    const QRectF mapRect = layout.mapRect();
    const auto &areas = layout.areas();
    const double scale = std::max(1.0, layout.textFont().pixelSize() / 13.0);

    painter.save();
    painter.setClipRect(mapRect);
    // Inset frames under the areas, so their shapes stay on top.
    painter.setFont(layout.smallFont());
    for (const MapLayout::InsetFrame &frame : layout.insetFrames()) {
        if (!frame.rect.intersects(exposed))
            continue;
        painter.setPen(QPen(QColor(0x96, 0x96, 0x96), 0.8 * scale));
        painter.setBrush(QColor(0xf7, 0xfb, 0xff));
        painter.drawRect(frame.rect);
        painter.setPen(kMutedText);
        painter.drawText(frame.nameRect, Qt::AlignLeft | Qt::AlignTop, frame.name);
    }

    // Areas are filled without a pen (one <path> each in SVG), then the
    // borders are stroked once: shared borders in white, coasts and
    // frontiers in grey, as antialiased cosmetic hairlines. On raster
    // devices the fills are not antialiased: the hairlines cover their
    // edges, and this halves the cost of a repaint.
    const QPaintDevice *device = painter.device();
    const bool raster = device && (device->devType() == QInternal::Image ||
                                   device->devType() == QInternal::Widget ||
                                   device->devType() == QInternal::Pixmap);
    painter.setRenderHint(QPainter::Antialiasing, !raster);
    painter.setPen(Qt::NoPen);
    for (const MapLayout::AreaState &area : areas)
        if (area.screenBounds.intersects(exposed)) {
            painter.setBrush(area.fill);
            painter.drawPath(area.screenPath);
        }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    for (const MapLayout::AreaState &area : areas)
        if (!area.hatch.isEmpty() && area.screenBounds.intersects(exposed)) {
            painter.setBrush(area.hatchColor);
            painter.drawPath(area.hatch);
        }
    painter.setBrush(Qt::NoBrush);
    QPen border(kBorder, 1.0);
    border.setCosmetic(true);
    painter.setPen(border);
    painter.drawPath(layout.innerBorders());
    if (!layout.parentBorders().isEmpty()) { // regions seen through departments
        border.setColor(kRegionBorder);
        painter.setPen(border);
        painter.drawPath(layout.parentBorders());
    }
    border.setColor(kCoast);
    painter.setPen(border);
    painter.drawPath(layout.outerBorders());
    painter.setPen(QPen(kSelected, 2.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const MapLayout::AreaState &area : areas)
        if (area.selected && area.screenBounds.intersects(exposed))
            painter.drawPath(area.screenPath);
    if (const int hover = layout.areaIndexOf(hoverCode); hover >= 0) {
        painter.setPen(QPen(kHover, 1.6 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(areas[hover].screenPath);
    }

    // The point layer: every circle in one path (they never overlap), then
    // the counts that fit inside.
    if (layout.input().showPoints) {
        const auto &clusters = layout.clusters();
        const QRectF visible = exposed.intersected(mapRect);
        QList<QPair<QPointF, double>> circles;
        circles.reserve(clusters.size());
        QList<int> shown;
        for (int i = 0; i < clusters.size(); ++i) {
            const PointClusters::Cluster &c = clusters[i];
            const QRectF box(c.centre.x() - c.radius, c.centre.y() - c.radius, 2 * c.radius,
                             2 * c.radius);
            if (!box.intersects(visible))
                continue;
            circles.append({c.centre, c.radius});
            if (!c.label.isEmpty())
                shown.append(i);
        }
        if (raster) {
            const qreal dpr = device->devicePixelRatioF();
            for (const auto &[centre, radius] : circles) {
                const QImage &sprite = circleSprite(radius, scale, dpr);
                const QSizeF size = QSizeF(sprite.size()) / dpr;
                painter.drawImage(centre - QPointF(size.width() / 2, size.height() / 2), sprite);
            }
        } else {
            drawCircles(painter, circles, scale); // vector output: real circles
        }
        if (hoverCluster >= 0 && hoverCluster < clusters.size()) {
            const PointClusters::Cluster &c = clusters[hoverCluster];
            painter.setPen(QPen(kHover, 2.0 * scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(c.centre, c.radius + 0.5, c.radius + 0.5);
        }
        const QFont font = layout.pointLabelFont();
        painter.setFont(font);
        painter.setPen(Qt::white);
        for (int i : shown) {
            const PointClusters::Cluster &c = clusters[i];
            if (raster) {
                const QStaticText &text = labelText(c.label, font);
                const QSizeF size = text.size();
                painter.drawStaticText(c.centre - QPointF(size.width() / 2, size.height() / 2),
                                       text);
            } else {
                painter.drawText(c.labelRect, Qt::AlignCenter, c.label);
            }
        }
    }

    painter.setFont(layout.labelFont());
    for (const MapLayout::Label &label : layout.labels()) {
        if (!label.rect.intersects(exposed))
            continue;
        painter.setPen(label.color);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }
    painter.restore();

    const MapLayout::Legend &legend = layout.legend();
    if (legend.frame.intersects(exposed)) {
        QFont bold = layout.textFont();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(kText);
        painter.drawText(legend.titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         legend.title);
        painter.setFont(layout.textFont());
        for (const MapLayout::LegendItem &item : legend.items) {
            if (item.outlineOnly) {
                painter.setPen(QPen(item.color, 2.2 * scale));
                painter.setBrush(Qt::NoBrush);
            } else {
                painter.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.7 * scale));
                painter.setBrush(item.style == Qt::SolidPattern ? QBrush(item.color)
                                                                : QBrush(Choropleth::zeroColor()));
            }
            painter.drawRect(item.swatch);
            if (!item.hatch.isEmpty()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(item.color);
                painter.drawPath(item.hatch);
            }
            painter.setPen(kText);
            painter.drawText(item.textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             item.text);
        }
    }

    if (!legend.pointsTitle.isEmpty() && legend.frame.intersects(exposed)) {
        QFont bold = layout.textFont();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(kText);
        painter.drawText(legend.pointsTitleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         legend.pointsTitle);
        // Largest first, so the smaller circles stay visible inside it.
        for (const MapLayout::LegendCircle &c : legend.circles)
            drawCircles(painter, {{c.centre, c.radius}}, scale);
        painter.setFont(layout.textFont());
        painter.setPen(kText);
        for (const MapLayout::LegendCircle &c : legend.circles)
            painter.drawText(c.textRect, Qt::AlignLeft | Qt::AlignVCenter, c.text);
        if (!legend.pointsNote.isEmpty()) {
            painter.setFont(layout.smallFont());
            painter.setPen(kMutedText);
            painter.drawText(legend.pointsNoteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             legend.pointsNote);
        }
    }

    if (const QRectF title = layout.titleRect(); !title.isEmpty() && title.intersects(exposed)) {
        painter.setFont(layout.titleFont());
        painter.setPen(kText);
        painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, layout.input().title);
    }
    painter.setFont(layout.smallFont());
    painter.setPen(kMutedText);
    for (const auto &[rect, text] : layout.footerLines())
        if (rect.intersects(exposed))
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace vigie::ui

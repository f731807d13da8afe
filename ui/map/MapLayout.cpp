// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::MapLayout", text);
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

constexpr double kMaxZoom = 64;
const QColor kSharedColor(0x54, 0x27, 0x88);
const QColor kNoDataHatch(0x96, 0x96, 0x96);

} // namespace

MapLayout::MapLayout(std::shared_ptr<const geo::MapData> data)
    : m_data(std::move(data))
{
}

void MapLayout::setData(std::shared_ptr<const geo::MapData> data)
{
    m_data = std::move(data);
    m_pointsDirty = true;
    resetView();
}

void MapLayout::setLevel(MapLevel level)
{
    if (level == m_level)
        return;
    // Regions and departments share a frame: keep the zoom between them.
    const bool keepView = geo::MapData::isFrench(level) && geo::MapData::isFrench(m_level);
    m_level = level;
    m_pointsDirty = true;
    if (!keepView)
        resetView();
    m_dirty = true;
}

void MapLayout::setInput(const MapInput &input)
{
    m_input = input;
    m_pointsDirty = true;
    m_dirty = true;
}

void MapLayout::setViewport(const QRectF &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    m_dirty = true;
}

void MapLayout::resetView()
{
    m_zoom = 1;
    m_centreSet = false;
    m_dirty = true;
}

void MapLayout::setView(double zoom, QPointF centre)
{
    m_zoom = std::clamp(zoom, 1.0, kMaxZoom);
    m_centre = centre;
    m_centreSet = true;
    m_dirty = true;
}

void MapLayout::zoomAt(QPointF screenPoint, double factor)
{
    ensure();
    const QPointF anchor = m_inverse.map(screenPoint);
    const double zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    const double k = m_transform.m11() / m_zoom * zoom;
    const QPointF mc = m_mapRect.center();
    // Keep the map point under the cursor where it is.
    const QPointF centre(anchor.x() - (screenPoint.x() - mc.x()) / k,
                         anchor.y() + (screenPoint.y() - mc.y()) / k);
    setView(zoom, zoom == 1 ? m_data->bounds(m_level).center() : centre);
}

void MapLayout::panBy(QPointF screenDelta)
{
    ensure();
    const double k = m_transform.m11();
    const QRectF bounds = m_data->bounds(m_level);
    const QPointF centre(m_centre.x() - screenDelta.x() / k, m_centre.y() + screenDelta.y() / k);
    setView(m_zoom, QPointF(std::clamp(centre.x(), bounds.left(), bounds.right()),
                            std::clamp(centre.y(), bounds.top(), bounds.bottom())));
}

MapMeasure MapLayout::effectiveMeasure() const
{
    return m_level == MapLevel::World ? MapMeasure::Count : m_input.measure;
}

double MapLayout::basePixelSize() const
{
    // Text follows the output size, so a 3000 px export reads like the screen.
    return std::clamp(std::min(m_viewport.width(), m_viewport.height()) / 70.0, 10.0, 22.0);
}

QFont MapLayout::textFont() const
{
    QFont font;
    font.setPixelSize(int(std::lround(basePixelSize())));
    return font;
}

QFont MapLayout::titleFont() const
{
    QFont font = textFont();
    font.setPixelSize(int(std::lround(basePixelSize() * 1.4)));
    font.setBold(true);
    return font;
}

QFont MapLayout::labelFont() const
{
    QFont font = textFont();
    font.setPixelSize(int(std::lround(basePixelSize() * 0.85)));
    font.setBold(true);
    return font;
}

QFont MapLayout::smallFont() const
{
    QFont font = textFont();
    font.setPixelSize(int(std::lround(basePixelSize() * 0.8)));
    return font;
}

const QTransform &MapLayout::transform() const
{
    ensure();
    return m_transform;
}

QRectF MapLayout::mapRect() const
{
    ensure();
    return m_mapRect;
}

const QList<MapLayout::AreaState> &MapLayout::areas() const
{
    ensure();
    return m_areas;
}

const QPainterPath &MapLayout::innerBorders() const
{
    ensure();
    return m_innerBorders;
}

const QPainterPath &MapLayout::outerBorders() const
{
    ensure();
    return m_outerBorders;
}

const QPainterPath &MapLayout::parentBorders() const
{
    ensure();
    return m_parentBorders;
}

const QList<MapLayout::Label> &MapLayout::labels() const
{
    ensure();
    return m_labels;
}

const MapLayout::Legend &MapLayout::legend() const
{
    ensure();
    return m_legend;
}

const QList<MapLayout::InsetFrame> &MapLayout::insetFrames() const
{
    ensure();
    return m_insets;
}

const Choropleth &MapLayout::choropleth() const
{
    ensure();
    return m_choropleth;
}

QRectF MapLayout::titleRect() const
{
    ensure();
    return m_titleRect;
}

QList<QPair<QRectF, QString>> MapLayout::footerLines() const
{
    ensure();
    return m_footer;
}

void MapLayout::ensure() const
{
    if (!m_dirty || !m_data)
        return;
    const QRectF previousMap = m_mapRect;
    const QTransform previousTransform = m_transform;
    computeFrame();
    if (m_areas.size() != m_data->areas(m_level).size() || previousMap != m_mapRect ||
        previousTransform != m_transform || m_areas.isEmpty() ||
        m_areas.constFirst().screenPath.isEmpty()) {
        // Geometry changed: rebuild the cached screen paths.
        const auto &areas = m_data->areas(m_level);
        m_areas.clear();
        m_areas.reserve(areas.size());
        for (int i = 0; i < areas.size(); ++i) {
            AreaState state;
            state.index = i;
            state.screenPath = m_transform.map(areas[i].path);
            state.screenBounds = m_transform.mapRect(areas[i].bounds);
            m_areas.append(std::move(state));
        }
        m_innerBorders = m_transform.map(m_data->innerBorders(m_level));
        m_outerBorders = m_transform.map(m_data->outerBorders(m_level));
        m_parentBorders = m_level == MapLevel::Department
                              ? m_transform.map(m_data->innerBorders(MapLevel::Region))
                              : QPainterPath();
    }
    computeAreas();
    computePoints();
    computeLegend();
    computeLabels();
    m_dirty = false;
}

void MapLayout::computeFrame() const
{
    const double base = basePixelSize();
    const double margin = std::round(base * 0.8);
    QRectF inner = m_viewport.adjusted(margin, margin, -margin, -margin);

    m_titleRect = {};
    if (!m_input.title.isEmpty()) {
        const double h = QFontMetricsF(titleFont()).height() * 1.4;
        m_titleRect = QRectF(inner.left(), inner.top(), inner.width(), h);
        inner.setTop(inner.top() + h);
    }
    m_footer.clear();
    const QFontMetricsF small(smallFont());
    QStringList lines;
    for (const QString &line : {m_input.filterLine, m_input.sourceLine})
        if (!line.isEmpty())
            lines.append(line);
    double y = inner.bottom();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        y -= small.height() * 1.25;
        m_footer.prepend({QRectF(inner.left(), y, inner.width(), small.height() * 1.25),
                          small.elidedText(*it, Qt::ElideRight, inner.width())});
    }
    inner.setBottom(y - (lines.isEmpty() ? 0 : margin / 2));

    // The legend takes a column on the right; on a narrow output, a band below.
    const double legendWidth = base * 13;
    m_legend = Legend();
    if (inner.width() > legendWidth * 2.5) {
        m_legend.frame =
            QRectF(inner.right() - legendWidth, inner.top(), legendWidth, inner.height());
        inner.setRight(inner.right() - legendWidth - margin);
    } else {
        const double h = std::min(inner.height() / 3, base * 9);
        m_legend.frame = QRectF(inner.left(), inner.bottom() - h, inner.width(), h);
        inner.setBottom(inner.bottom() - h - margin);
    }
    m_mapRect = inner;

    const QRectF bounds = m_data->bounds(m_level);
    if (!m_centreSet)
        m_centre = bounds.center();
    const double fit =
        std::min(m_mapRect.width() / bounds.width(), m_mapRect.height() / bounds.height());
    const double k = std::max(fit, 1e-12) * m_zoom;
    const QPointF mc = m_mapRect.center();
    // Map units have y northwards; the screen has y downwards.
    m_transform = QTransform(k, 0, 0, -k, mc.x() - m_centre.x() * k, mc.y() + m_centre.y() * k);
    m_inverse = m_transform.inverted();

    m_insets.clear();
    if (geo::MapData::isFrench(m_level)) {
        const QFontMetricsF fm(smallFont());
        for (const geo::Inset &inset : m_data->insets()) {
            InsetFrame frame;
            frame.code = inset.code;
            frame.rect = m_transform.mapRect(inset.frame);
            // Room on the right of the name for a count label.
            frame.name = fm.elidedText(inset.name, Qt::ElideRight, frame.rect.width() * 0.62);
            frame.nameRect = QRectF(frame.rect.left() + 3, frame.rect.top() + 1,
                                    frame.rect.width() - 6, fm.height());
            m_insets.append(frame);
        }
    }
}

void MapLayout::computeAreas() const
{
    const auto &geometry = m_data->areas(m_level);
    const auto &counts = m_input.countsAt(m_level);
    const auto &selected = m_input.selectedAt(m_level);
    const auto &shared = m_input.sharedAt(m_level);
    const bool rate = effectiveMeasure() == MapMeasure::Rate;

    QList<double> values;
    values.reserve(m_areas.size());
    for (AreaState &state : m_areas) {
        const geo::AreaGeometry &area = geometry[state.index];
        state.count = counts.value(area.code, 0);
        state.selected = !area.code.isEmpty() && selected.contains(area.code);
        state.shared = !area.code.isEmpty() && shared.contains(area.code);
        const qint64 population = m_input.populations.value(area.code, area.population);
        state.hasValue = !rate || population > 0;
        state.value = !rate            ? state.count
                      : population > 0 ? state.count * 1e5 / double(population)
                                       : 0;
        if (state.hasValue)
            values.append(state.value);
    }
    m_choropleth = Choropleth(values);
    const double spacing = std::max(5.0, basePixelSize() * 0.45);
    for (AreaState &state : m_areas) {
        state.hatch = QPainterPath();
        if (state.shared || !state.hasValue) {
            state.hatchColor = state.shared ? kSharedColor : kNoDataHatch;
            state.hatch = stripes(state.screenBounds, spacing, spacing * 0.22, state.shared)
                              .intersected(state.screenPath);
        }
        state.classIndex = state.hasValue ? m_choropleth.classOf(state.value) : -1;
        state.fill = state.hasValue ? m_choropleth.colorOf(state.value) : Choropleth::noDataColor();
        if (!selected.isEmpty() && !state.selected)
            state.fill = blend(state.fill, Qt::white, 0.6);
    }
}

QString MapLayout::formatValue(double value) const
{
    if (effectiveMeasure() == MapMeasure::Count)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', value < 1 ? 2 : value < 10 ? 1 : 0);
}

void MapLayout::computeLabels() const
{
    m_labels.clear();
    const QFontMetricsF fm(labelFont());
    QList<int> order;
    for (int i = 0; i < m_areas.size(); ++i)
        if (m_areas[i].hasValue && m_areas[i].value > 0)
            order.append(i);
    const auto &geometry = m_data->areas(m_level);
    // Largest values first: when labels compete for room, the big numbers win.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (m_areas[a].value != m_areas[b].value)
            return m_areas[a].value > m_areas[b].value;
        return geometry[m_areas[a].index].code < geometry[m_areas[b].index].code;
    });
    for (int i : order) {
        const AreaState &state = m_areas[i];
        if (!state.screenBounds.intersects(m_mapRect))
            continue;
        const QString text = formatValue(state.value);
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const QPointF at = m_transform.map(geometry[state.index].labelAnchor);
        QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
        const QRectF core = rect.adjusted(1, 2, -1, -2);
        const bool fits = state.screenPath.contains(core.topLeft()) &&
                          state.screenPath.contains(core.topRight()) &&
                          state.screenPath.contains(core.bottomLeft()) &&
                          state.screenPath.contains(core.bottomRight());
        QColor textColor =
            luminance(state.fill) < 0.45 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
        if (!fits) {
            // An overseas island too small for its number: write it in the
            // inset's top-right corner, on the frame's pale background.
            const QString &inset = geometry[state.index].inset;
            const auto frame = std::find_if(m_insets.cbegin(), m_insets.cend(),
                                            [&](const InsetFrame &f) { return f.code == inset; });
            if (inset.isEmpty() || frame == m_insets.cend())
                continue;
            rect.moveTopRight(frame->rect.topRight() + QPointF(-3, 1));
            if (!frame->rect.contains(rect))
                continue;
            textColor = QColor(0x20, 0x20, 0x20);
        }
        if (!m_mapRect.contains(rect))
            continue;
        // The town circles win: a count label never hides one.
        const bool onCircle =
            m_input.showPoints &&
            std::any_of(m_points.clusters().cbegin(), m_points.clusters().cend(),
                        [&](const PointClusters::Cluster &c) {
                            const double dx =
                                c.centre.x() - std::clamp(c.centre.x(), rect.left(), rect.right());
                            const double dy =
                                c.centre.y() - std::clamp(c.centre.y(), rect.top(), rect.bottom());
                            return dx * dx + dy * dy < c.radius * c.radius;
                        });
        if (onCircle)
            continue;
        const bool overlaps = std::any_of(m_labels.cbegin(), m_labels.cend(),
                                          [&](const Label &l) { return l.rect.intersects(rect); });
        if (overlaps)
            continue;
        m_labels.append({i, text, rect, textColor});
    }
}

void MapLayout::computeLegend() const
{
    const double base = basePixelSize();
    const QFontMetricsF fm(textFont());
    Legend &legend = m_legend;
    legend.items.clear();
    const bool rate = effectiveMeasure() == MapMeasure::Rate;
    legend.title = rate ? tr("Incidents per 100,000 inhabitants") : tr("Incidents");
    const double pad = base * 0.5;
    const double swatch = base * 1.2;
    const QRectF frame = legend.frame;
    QFont bold = textFont();
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const QRectF titleBox = bm.boundingRect(
        QRectF(frame.left() + pad, frame.top() + pad, frame.width() - 2 * pad, 1000),
        Qt::TextWordWrap, legend.title);
    legend.titleRect =
        QRectF(frame.left() + pad, frame.top() + pad, frame.width() - 2 * pad, titleBox.height());

    double y = legend.titleRect.bottom() + pad;
    const double row = std::max(swatch, fm.height()) + pad * 0.6;
    auto add = [&](const QColor &color, Qt::BrushStyle style, const QString &text,
                   bool outline = false) {
        LegendItem item;
        item.swatch = QRectF(frame.left() + pad, y + (row - swatch) / 2, swatch * 1.4, swatch);
        item.color = color;
        item.style = style;
        item.outlineOnly = outline;
        item.text = text;
        const double textWidth = frame.width() - 3 * pad - swatch * 1.4;
        const double textHeight =
            fm.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, text).height();
        const double height = std::max(row, textHeight + pad * 0.6);
        item.swatch.moveTop(y + (height - swatch) / 2);
        item.textRect = QRectF(item.swatch.right() + pad, y, textWidth, height);
        if (style != Qt::SolidPattern && style != Qt::NoBrush)
            item.hatch = stripes(item.swatch, swatch / 3.5, swatch / 12, style == Qt::FDiagPattern)
                             .intersected([&] {
                                 QPainterPath box;
                                 box.addRect(item.swatch);
                                 return box;
                             }());
        legend.items.append(item);
        y += height;
    };
    // Highest class on top, as the eye reads "more" upwards.
    for (int i = m_choropleth.classCount() - 1; i >= 0; --i)
        add(m_choropleth.colors()[i], Qt::SolidPattern, m_choropleth.classLabel(i, !rate));
    add(Choropleth::zeroColor(), Qt::SolidPattern, QStringLiteral("0"));
    if (std::any_of(m_areas.cbegin(), m_areas.cend(),
                    [](const AreaState &s) { return !s.hasValue; }))
        add(kNoDataHatch, Qt::BDiagPattern, tr("No population figure"));
    if (std::any_of(m_areas.cbegin(), m_areas.cend(), [](const AreaState &s) { return s.shared; }))
        add(kSharedColor, Qt::FDiagPattern, tr("Shared regional system"));
    if (!m_input.selectedAt(m_level).isEmpty())
        add(QColor(0x08, 0x30, 0x6b), Qt::NoBrush, tr("Selected"), true);
    y = computePointLegend(y + pad);
    if (m_legend.frame.height() < y - frame.top()) // band layout: keep what fits
        while (!legend.items.isEmpty() &&
               legend.items.constLast().textRect.bottom() > frame.bottom())
            legend.items.removeLast();
}

QPainterPath MapLayout::stripes(const QRectF &rect, double spacing, double width, bool rising)
{
    QPainterPath path;
    const double span = rect.width() + rect.height();
    for (double d = 0; d <= span + spacing; d += spacing) {
        // A band between the diagonals x ± y = const, as a parallelogram.
        QPolygonF band;
        if (rising) {
            const double x = rect.left() - rect.height() + d;
            band << QPointF(x, rect.bottom()) << QPointF(x + width, rect.bottom())
                 << QPointF(x + width + rect.height(), rect.top())
                 << QPointF(x + rect.height(), rect.top());
        } else {
            const double x = rect.left() - rect.height() + d;
            band << QPointF(x, rect.top()) << QPointF(x + width, rect.top())
                 << QPointF(x + width + rect.height(), rect.bottom())
                 << QPointF(x + rect.height(), rect.bottom());
        }
        path.addPolygon(band);
        path.closeSubpath();
    }
    return path;
}

QString MapLayout::areaAt(QPointF screenPoint) const
{
    ensure();
    if (!m_data || !m_mapRect.contains(screenPoint))
        return {};
    return m_data->areaAt(m_level, m_inverse.map(screenPoint));
}

int MapLayout::areaIndexOf(const QString &code) const
{
    ensure();
    if (code.isEmpty() || !m_data)
        return -1;
    const auto &geometry = m_data->areas(m_level);
    for (int i = 0; i < m_areas.size(); ++i)
        if (geometry[m_areas[i].index].code == code)
            return i;
    return -1;
}

MapLayout::AreaInfo MapLayout::info(const QString &code) const
{
    AreaInfo info;
    const geo::AreaGeometry *area = m_data ? m_data->find(m_level, code) : nullptr;
    if (!area)
        return info;
    info.code = code;
    info.name = area->name;
    info.count = m_input.countsAt(m_level).value(code, 0);
    info.population = m_input.populations.value(code, area->population);
    info.rate = info.population > 0 ? info.count * 1e5 / double(info.population) : 0;
    info.details = m_input.details[int(m_level)].value(code);
    return info;
}

} // namespace vigie::ui

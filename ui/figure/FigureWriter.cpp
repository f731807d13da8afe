// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureWriter.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace vigie::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::ui::FigureWriter", text);
}

constexpr int maxSide = 20000;
constexpr qint64 maxPixels = 150'000'000; // a 600 MB image at most

QSize pixelSize(const FigureSettings &s)
{
    const double f = s.dpi / 96.0;
    return QSize(int(std::lround(s.size.width() * f)), int(std::lround(s.size.height() * f)));
}

Result<QImage> renderImage(const FigureDraw &draw, const FigureSettings &s)
{
    QImage image(pixelSize(s), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Result<QImage>::failure(tr("Not enough memory for a %1×%2 image.")
                                           .arg(pixelSize(s).width())
                                           .arg(pixelSize(s).height()));
    image.fill(s.background);
    const int dotsPerMeter = int(std::lround(s.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter p(&image);
    p.scale(s.dpi / 96.0, s.dpi / 96.0);
    draw(p, QRectF(QPointF(0, 0), QSizeF(s.size)));
    p.end();
    return image;
}

} // namespace

std::optional<FigureFormat> figureFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return FigureFormat::Png;
    if (suffix == u"svg")
        return FigureFormat::Svg;
    if (suffix == u"pdf")
        return FigureFormat::Pdf;
    return std::nullopt;
}

Status checkFigureSettings(const FigureSettings &s)
{
    if (s.size.width() < s.minimum.width() || s.size.height() < s.minimum.height() ||
        s.size.width() > maxSide || s.size.height() > maxSide)
        return Status::failure(tr("The figure size %1×%2 is out of range (%3×%4 to %5×%5).")
                                   .arg(s.size.width())
                                   .arg(s.size.height())
                                   .arg(s.minimum.width())
                                   .arg(s.minimum.height())
                                   .arg(maxSide));
    if (s.dpi < 36 || s.dpi > 1200)
        return Status::failure(
            tr("The resolution %1 dpi is out of range (36 to 1200 dpi).").arg(s.dpi));
    const QSize px = pixelSize(s);
    if (px.width() > maxSide || px.height() > maxSide ||
        qint64(px.width()) * px.height() > maxPixels)
        return Status::failure(tr("A %1×%2 figure at %3 dpi would be a %4×%5 image: too large.")
                                   .arg(s.size.width())
                                   .arg(s.size.height())
                                   .arg(s.dpi)
                                   .arg(px.width())
                                   .arg(px.height()));
    return {};
}

Result<QByteArray> renderFigure(const FigureDraw &draw, FigureFormat format,
                                const FigureSettings &s)
{
    if (Status st = checkFigureSettings(s); !st)
        return Result<QByteArray>::failure(st.error());
    const QRectF rect(QPointF(0, 0), QSizeF(s.size));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case FigureFormat::Png: {
        auto image = renderImage(draw, s);
        if (!image)
            return Result<QByteArray>::failure(image.error());
        if (!image->save(&buffer, "PNG"))
            return Result<QByteArray>::failure(tr("Could not encode the figure as PNG."));
        break;
    }
    case FigureFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(s.size);
        svg.setResolution(96); // CSS pixels: the document is `size` px wide
        svg.setViewBox(rect);
        svg.setTitle(s.title);
        svg.setDescription(s.description);
        QPainter p;
        if (!p.begin(&svg))
            return Result<QByteArray>::failure(tr("Could not start the SVG export."));
        draw(p, rect);
        p.end();
        break;
    }
    case FigureFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        const bool points = s.pdfUnit == FigureSettings::PdfUnit::Points;
        // One painter unit is one pixel (or point): the drawing fills the page.
        pdf.setResolution(points ? 72 : 96);
        pdf.setPageSize(
            QPageSize(points ? QSizeF(s.size) : QSizeF(s.size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(s.title);
        pdf.setCreator(QStringLiteral("Vigie"));
        QPainter p;
        if (!p.begin(&pdf))
            return Result<QByteArray>::failure(tr("Could not start the PDF export."));
        draw(p, rect);
        p.end();
        break;
    }
    }
    buffer.close();
    return bytes;
}

Status writeFigure(const FigureDraw &draw, const QString &path, const FigureSettings &s)
{
    const auto format = figureFormatOf(path);
    if (!format)
        return Status::failure(
            tr("Cannot tell the format of \"%1\": use a .png, .svg or .pdf file name.").arg(path));
    auto bytes = renderFigure(draw, *format, s);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

QMimeData *figureMimeData(const FigureDraw &draw, const FigureSettings &s)
{
    if (!checkFigureSettings(s))
        return nullptr;
    auto image = renderImage(draw, s);
    if (!image)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setImageData(*image);
    if (auto svg = renderFigure(draw, FigureFormat::Svg, s))
        mime->setData(QStringLiteral("image/svg+xml"), *svg);
    return mime;
}

Status copyFigure(const FigureDraw &draw, const FigureSettings &s)
{
    if (Status st = checkFigureSettings(s); !st)
        return st;
    QMimeData *mime = figureMimeData(draw, s);
    if (!mime)
        return Status::failure(tr("Could not draw the figure for the clipboard."));
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        delete mime;
        return Status::failure(tr("No clipboard is available."));
    }
    clipboard->setMimeData(mime); // the clipboard owns it
    return {};
}

} // namespace vigie::ui

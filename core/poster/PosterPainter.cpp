// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPainter.h"

#include "FitText.h"
#include "PosterFonts.h"
#include "PosterGeometry.h"
#include "SheetLayout.h"
#include "qr/QrPainter.h"

#include <QPaintDevice>
#include <QPainter>

namespace cd {

namespace {

// Dark red of the health posters of 2021; white text on it has a contrast ratio of 6.6 to 1.
const QColor accent(0xb7, 0x1c, 0x1c);
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor softInk(0x42, 0x42, 0x42);

using posterfonts::Family;
using posterfonts::Style;

// A text box of the design: font, size on A4 and the smallest size it may shrink to.
struct TextStyle {
    Family family;
    Style style;
    qreal designPoints;
    qreal minDesignPoints;
};

constexpr TextStyle issuerStyle{Family::Serif, Style::Bold, 12.5, 6};
constexpr TextStyle titleStyle{Family::Sans, Style::Bold, 26, 9};
constexpr TextStyle nameStyle{Family::Serif, Style::Bold, 21, 7};
constexpr TextStyle addressStyle{Family::Serif, Style::Italic, 12.5, 5};
constexpr TextStyle codeStyle{Family::Sans, Style::Bold, 16, 6};
constexpr TextStyle instructionsStyle{Family::Serif, Style::Regular, 12, 5};
constexpr TextStyle hotlineStyle{Family::Sans, Style::Bold, 17, 6};
constexpr TextStyle fiveKStyle{Family::Sans, Style::Regular, 11.5, 4.5};

// Fits text into box and draws it. Sizes are design points scaled with the poster; a QFont's point
// size turns into logical units through the device's dpi, hence the division.
QRectF drawText(QPainter &painter, const PosterGeometry &g, const QRectF &box, const QString &text,
                const TextStyle &style, const QColor &color, Qt::Alignment alignment = Qt::AlignCenter) {
    QString normalized = text.normalized(QString::NormalizationForm_C).trimmed();
    // A dash between words stays at the end of its line instead of starting the next one.
    normalized.replace(QStringLiteral(" — "), QStringLiteral("\u00A0— "))
        .replace(QStringLiteral(" – "), QStringLiteral("\u00A0– "));
    if (normalized.isEmpty() || box.isEmpty())
        return {};
    const qreal unitsPerPoint = painter.device()->logicalDpiY() / 72.0;
    QFont font = posterfonts::font(style.family, style.style);
    font.setPointSizeF(g.points(style.designPoints) / unitsPerPoint);
    const FittedText fitted = fitText(normalized, font, box.size(), painter.device(),
                                      {g.points(style.minDesignPoints) / unitsPerPoint, true});
    painter.setPen(color);
    drawFittedText(painter, box, fitted, alignment);
    QRectF block(QPointF(0, 0), fitted.size);
    block.moveCenter(box.center());
    return block;
}

void drawLogo(QPainter &painter, const QRectF &box, const QImage &logo) {
    if (logo.isNull() || box.isEmpty())
        return;
    QSizeF size = logo.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(0, 0), size);
    target.moveCenter(box.center());
    painter.drawImage(target, logo);
}

QString addressLine(const PosterContent &content) {
    QStringList parts;
    for (const QString &part : {content.address.trimmed(), content.communeName.trimmed()}) {
        if (!part.isEmpty() && !parts.join(u' ').contains(part, Qt::CaseInsensitive))
            parts << part;
    }
    return parts.isEmpty() ? QString() : QStringLiteral("Địa chỉ: ") + parts.join(QStringLiteral(", "));
}

} // namespace

void paintVectorQr(QPainter &painter, const QRectF &square, const QrCode &code) {
    paintQr(painter, square, code);
}

Result<PreparedPoster> preparePoster(const PosterContent &content, const PosterLayout &layout) {
    auto code = QrCode::encode(content.payload, layout.ecc);
    if (!code) {
        return makeError(QCoreApplication::translate("Poster", "Checkpoint %1: %2")
                             .arg(content.checkpointCode, code.error().message));
    }
    return PreparedPoster{content, std::move(code).value()};
}

void paintPosterQr(QPainter &painter, const PosterGeometry &g, const QrCode &code,
                   QrPaintFunction qrPainter) {
    painter.save();
    // The frame and corner brackets sit outside the square, so the quiet zone stays clear.
    const qreal frameWidth = g.mm(0.35);
    QPen framePen(ink, frameWidth);
    framePen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(framePen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.qr.adjusted(-frameWidth / 2, -frameWidth / 2, frameWidth / 2, frameWidth / 2));

    const qreal bracketWidth = g.mm(1.2);
    const qreal arm = g.mm(12);
    QPen bracketPen(accent, bracketWidth);
    bracketPen.setJoinStyle(Qt::MiterJoin);
    bracketPen.setCapStyle(Qt::SquareCap);
    painter.setPen(bracketPen);
    const QRectF outer =
        g.qr.adjusted(-bracketWidth / 2, -bracketWidth / 2, bracketWidth / 2, bracketWidth / 2);
    // Each corner with the directions of its two arms along the edges.
    const struct {
        QPointF corner;
        qreal dx, dy;
    } corners[] = {{outer.topLeft(), 1, 1},
                   {outer.topRight(), -1, 1},
                   {outer.bottomRight(), -1, -1},
                   {outer.bottomLeft(), 1, -1}};
    for (const auto &[corner, dx, dy] : corners)
        painter.drawPolyline(QPolygonF{corner + QPointF(dx * arm, 0), corner, corner + QPointF(0, dy * arm)});
    painter.restore();
    qrPainter(painter, g.qr, code);
}

Status paintPoster(QPainter &painter, const QRectF &target, const PosterContent &content,
                   const PosterTexts &texts, const PosterLayout &layout) {
    auto poster = preparePoster(content, layout);
    if (!poster)
        return poster.error();
    paintPoster(painter, target, poster.value(), texts);
    return success();
}

void paintPoster(QPainter &painter, const QRectF &target, const PreparedPoster &poster,
                 const PosterTexts &texts, QrPaintFunction qrPainter) {
    const PosterGeometry g = posterGeometry(target, poster.code.size());
    const PosterTexts expanded = texts.expandedFor(poster.content);
    painter.save();
    painter.fillRect(g.poster, Qt::white);

    painter.setPen(QPen(accent, g.mm(0.8)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.border);

    drawLogo(painter, g.logo, expanded.logo);
    const QRectF issuerBlock = drawText(painter, g, g.issuer, expanded.issuer.toUpper(), issuerStyle, ink);
    if (!issuerBlock.isEmpty()) {
        // The short rule under the issuing body of an official document.
        const qreal y = qMin(issuerBlock.bottom() + g.mm(0.8), g.issuer.bottom() + g.mm(1));
        const qreal half = qMin(issuerBlock.width() * 0.2, g.mm(25));
        painter.setPen(QPen(ink, g.mm(0.3)));
        painter.drawLine(QPointF(issuerBlock.center().x() - half, y),
                         QPointF(issuerBlock.center().x() + half, y));
    }

    painter.fillRect(g.titleBand, accent);
    drawText(painter, g, g.title, expanded.title.toUpper(), titleStyle, Qt::white);

    drawText(painter, g, g.name, poster.content.checkpointName, nameStyle, ink);
    drawText(painter, g, g.address, addressLine(poster.content), addressStyle, softInk);

    paintPosterQr(painter, g, poster.code, qrPainter);

    if (!poster.content.checkpointCode.isEmpty())
        drawText(painter, g, g.code, QStringLiteral("Mã điểm: ") + poster.content.checkpointCode, codeStyle,
                 ink);
    drawText(painter, g, g.instructions, expanded.instructions, instructionsStyle, ink);

    painter.fillRect(g.footerBand, accent);
    if (!expanded.hotline.trimmed().isEmpty()) {
        drawText(painter, g, g.hotline, QStringLiteral("ĐƯỜNG DÂY NÓNG: ") + expanded.hotline.trimmed(),
                 hotlineStyle, Qt::white);
    }
    drawText(painter, g, g.fiveK, expanded.fiveK, fiveKStyle, Qt::white);
    painter.restore();
}

void paintSheet(QPainter &painter, const QRectF &pageRect, const QList<PreparedPoster> &posters,
                const PosterTexts &texts, const PosterLayout &layout, QrPaintFunction qrPainter) {
    const SheetGeometry sheet = sheetGeometry(layout);
    const QTransform toDevice = sheetToDevice(sheet, pageRect);
    const qsizetype count = qMin(posters.size(), sheet.posterRects.size());
    for (qsizetype i = 0; i < count; ++i)
        paintPoster(painter, toDevice.mapRect(sheet.posterRects.at(i)), posters.at(i), texts, qrPainter);
    if (sheet.cutMarks.isEmpty())
        return;
    painter.save();
    painter.setPen(QPen(Qt::black, 0.2 * toDevice.m11()));
    for (const QLineF &mark : sheet.cutMarks)
        painter.drawLine(toDevice.map(mark));
    painter.restore();
}

} // namespace cd

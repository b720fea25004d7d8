// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminDocument.h"

#include "common/VnFormat.h"
#include "poster/PosterFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace cd {

QPageLayout AdminDocument::pageLayout(QPageLayout::Orientation orientation) {
    // Landscape turns the sheet, not the binding edge's margin: the decree's left margin stays on the left.
    QPageLayout layout(QPageSize(QPageSize::A4), orientation, decreeMargins(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

void AdminDocument::prepare(QPagedPaintDevice &device, QPageLayout::Orientation orientation) {
    device.setPageLayout(pageLayout(orientation));
}

QString AdminDocument::placeAndDate(const QString &place, const QDate &date) {
    if (!date.isValid())
        return place;
    if (place.isEmpty())
        return format::decreeDate(date);
    return place + QStringLiteral(", ") + format::decreeDate(date);
}

QFont AdminDocument::font(double points, bool bold, bool italic) {
    using posterfonts::Style;
    QFont f = posterfonts::font(posterfonts::Family::Serif, bold ? (italic ? Style::BoldItalic : Style::Bold)
                                                                 : (italic ? Style::Italic : Style::Regular));
    f.setPointSizeF(points);
    return f;
}

AdminDocument::AdminDocument(QPainter &painter, QPagedPaintDevice &device)
    : m_painter(painter)
    , m_device(device) {
    m_dpi = device.logicalDpiY();
    const QPageLayout layout = device.pageLayout();
    // Full-page mode puts the origin at the sheet's corner; the margins are ours to keep.
    m_sheet = QRectF(QPointF(0, 0), layout.fullRectPoints().size() * (m_dpi / 72.0));
    const QMarginsF margins = layout.margins(QPageLayout::Point) * (m_dpi / 72.0);
    m_content = m_sheet.marginsRemoved(margins);
    m_cursor = m_content.top();
}

qreal AdminDocument::mm(qreal millimetres) const {
    return millimetres * m_dpi / 25.4;
}

qreal AdminDocument::pt(qreal points) const {
    return points * m_dpi / 72.0;
}

bool AdminDocument::newPage() {
    if (!m_device.newPage())
        return false;
    ++m_page;
    m_cursor = m_content.top();
    paintPageNumber();
    return true;
}

bool AdminDocument::ensureSpace(qreal height) {
    if (m_cursor + height <= m_content.bottom() || m_cursor <= m_content.top())
        return true;
    return newPage();
}

void AdminDocument::paintPageNumber() {
    // Decree: size 13–14, upright, centred in the top margin, none on the first page.
    const QFont f = font(13);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    const QRectF band(m_content.left(), m_sheet.top(), m_content.width(), m_content.top() - m_sheet.top());
    m_painter.drawText(band, Qt::AlignCenter, QString::number(m_page));
}

qreal AdminDocument::centredLines(const QStringList &lines, const QFont &f, qreal left, qreal width, qreal &y,
                                  qreal *widest) {
    m_painter.setFont(f);
    const QFontMetricsF metrics(f, &m_device);
    qreal top = y;
    qreal maxWidth = 0;
    for (const QString &line : lines) {
        const QRectF box(left, y, width, metrics.height());
        m_painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, line);
        maxWidth = std::max(maxWidth, metrics.horizontalAdvance(line));
        y += metrics.height();
    }
    if (widest)
        *widest = maxWidth;
    return y - top;
}

void AdminDocument::rule(qreal centre, qreal width, qreal y) {
    QPen pen(Qt::black);
    pen.setWidthF(pt(0.6));
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(centre - width / 2, y), QPointF(centre + width / 2, y));
    m_painter.setPen(Qt::black);
}

void AdminDocument::paintHeader(const DocumentHeader &header) {
    // Ô 2 (issuer) takes the left part of the text area, ô 1 (motto) the right; the motto's first line
    // at 12 pt is about 85 mm wide, so the right column gets 60 % of the 165 mm.
    const qreal gap = mm(2);
    const qreal leftWidth = m_content.width() * 0.40 - gap / 2;
    const qreal rightLeft = m_content.left() + m_content.width() * 0.40 + gap / 2;
    const qreal rightWidth = m_content.right() - rightLeft;
    const qreal leftCentre = m_content.left() + leftWidth / 2;
    const qreal rightCentre = rightLeft + rightWidth / 2;
    const qreal top = m_cursor;

    // Left: the superior body (regular caps), the issuer (bold caps), a rule of a third to half its
    // width, then the number.
    qreal left = top;
    if (!header.superiorBody.trimmed().isEmpty())
        centredLines(header.superiorBody.toUpper().split(QLatin1Char('\n')), font(12.5), m_content.left(),
                     leftWidth, left);
    qreal issuerWidth = 0;
    centredLines(header.issuingBody.toUpper().split(QLatin1Char('\n')), font(12.5, true), m_content.left(),
                 leftWidth, left, &issuerWidth);
    left += pt(4);
    rule(leftCentre, std::max(issuerWidth * 0.4, mm(15)), left);
    left += pt(8);

    // Right: the motto, 12.5 and 13.5 pt bold, a rule as wide as its second line, then the place and
    // date in italics, each block single-spaced.
    qreal right = top;
    centredLines({QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}, font(12.5, true), rightLeft,
                 rightWidth, right);
    qreal mottoWidth = 0;
    centredLines({QStringLiteral("Độc lập - Tự do - Hạnh phúc")}, font(13.5, true), rightLeft, rightWidth,
                 right, &mottoWidth);
    right += pt(4);
    rule(rightCentre, mottoWidth, right);
    right += pt(8);

    // The number and the place-date line sit on one baseline, as in the decree's sample layout.
    const qreal line = std::max(left, right);
    qreal leftEnd = line;
    if (!header.number.isEmpty())
        centredLines({header.number}, font(13), m_content.left(), leftWidth, leftEnd);
    qreal rightEnd = line;
    if (const QString placeDate = placeAndDate(header.place, header.date); !placeDate.isEmpty())
        centredLines({placeDate}, font(13.5, false, true), rightLeft, rightWidth, rightEnd);
    m_cursor = std::max(leftEnd, rightEnd) + pt(14);
}

qreal AdminDocument::paragraphHeight(const QString &text, const QFont &f, qreal width) const {
    if (width < 0)
        width = m_content.width();
    const QFontMetricsF metrics(f, &m_device);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height();
}

qreal AdminDocument::paragraph(const QString &text, const QFont &f, Qt::Alignment alignment,
                               qreal spaceAfter) {
    const qreal height = paragraphHeight(text, f);
    ensureSpace(height);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), m_cursor, m_content.width(), height),
                       int(alignment) | Qt::AlignTop | Qt::TextWordWrap, text);
    m_cursor += height + pt(spaceAfter);
    return height + pt(spaceAfter);
}

qreal AdminDocument::labelledParagraph(const QString &label, const QString &value, double points,
                                       qreal indentMm, qreal spaceAfter) {
    const QString text = label + value;
    QTextLayout layout(text, font(points), &m_device);
    QTextCharFormat bold;
    bold.setFont(font(points, true), QTextCharFormat::FontPropertiesAll);
    layout.setFormats({{int(label.size()), int(value.size()), bold}});
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const qreal indent = height == 0 ? mm(indentMm) : 0;
        line.setLineWidth(m_content.width() - indent);
        line.setPosition(QPointF(indent, height));
        height += line.height();
    }
    layout.endLayout();
    ensureSpace(height);
    m_painter.setPen(Qt::black);
    layout.draw(&m_painter, QPointF(m_content.left(), m_cursor));
    m_cursor += height + pt(spaceAfter);
    return height + pt(spaceAfter);
}

void AdminDocument::paintSignature(const QString &title, const QString &signer) {
    if (title.trimmed().isEmpty() && signer.trimmed().isEmpty())
        return;
    const QFont titleFont = font(13.5, true);
    const QFont nameFont = font(13.5, true);
    const QStringList titleLines =
        title.trimmed().isEmpty() ? QStringList() : title.toUpper().split(QLatin1Char('\n'));
    const QFontMetricsF metrics(titleFont, &m_device);
    // Room for the signature and the seal between the title and the name: about 25 mm.
    const qreal height = metrics.height() * (titleLines.size() + 1) + mm(25) + pt(12);
    ensureSpace(height);
    m_cursor += pt(12);
    const qreal left = m_content.left() + m_content.width() * 0.45;
    const qreal width = m_content.right() - left;
    qreal y = m_cursor;
    centredLines(titleLines, titleFont, left, width, y);
    y += mm(25);
    if (!signer.trimmed().isEmpty())
        centredLines({signer.trimmed()}, nameFont, left, width, y);
    m_cursor = y;
}

} // namespace cd

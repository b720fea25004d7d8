// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace cd {

// The texts at the head of a document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I).
struct DocumentHeader {
    QString superiorBody; // the body above the issuer, optional: "UBND HUYỆN BÙ ĐĂNG" (caps, regular)
    QString issuingBody;  // "ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG" (caps, bold; lines split at \n)
    QString number;       // "Số: 1687/UBND-VX", optional, under the issuer
    QString place;        // "Bù Đăng"
    QDate date;           // with place: "Bù Đăng, ngày 24 tháng 8 năm 2021", italic, under the motto
};

// One page-by-page document in the decree's layout, painted on any paged device: a QPdfWriter, or the
// QPrinter of a print preview. A4 portrait (or landscape), margins top and bottom 20 mm, left 30 mm,
// right 15 mm (the decree allows 20–25, 30–35 and 15–20), Times-metric Liberation Serif, page numbers
// top-centre in the top margin from page 2 on.
//
// Call prepare() on the device before QPainter::begin(), then paint from top to bottom: the header
// block, paragraphs, tables (TablePainter), ensureSpace()/newPage() where a block must not be split.
// Coordinates are device pixels with (0, 0) at the corner of the sheet.
class AdminDocument {
public:
    // The decree's margins, in millimetres.
    static QMarginsF decreeMargins() { return {30, 20, 15, 20}; }
    static QPageLayout pageLayout(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Sets A4, the orientation and the margins on a QPdfWriter or QPrinter (full-page mode, so the
    // painter's origin is the sheet's corner on both).
    static void prepare(QPagedPaintDevice &device,
                        QPageLayout::Orientation orientation = QPageLayout::Portrait);

    // "Bù Đăng, ngày 24 tháng 8 năm 2021".
    static QString placeAndDate(const QString &place, const QDate &date);
    // A Liberation Serif font of the given size in points, which the painter scales to the device.
    static QFont font(double points, bool bold = false, bool italic = false);

    // The painter must be active on `device`.
    AdminDocument(QPainter &painter, QPagedPaintDevice &device);

    QPainter &painter() { return m_painter; }
    // The text area of the page (inside the margins).
    QRectF contentRect() const { return m_content; }
    qreal cursor() const { return m_cursor; }
    void setCursor(qreal y) { m_cursor = y; }
    void advance(qreal height) { m_cursor += height; }
    qreal remaining() const { return m_content.bottom() - m_cursor; }
    int pageNumber() const { return m_page; }

    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;

    // Starts a new page (numbered from 2 on) with the cursor at the top of its text area. False when
    // the device could not add a page.
    bool newPage();
    // Starts a new page unless `height` fits under the cursor; false only when newPage() failed.
    bool ensureSpace(qreal height);

    // The two columns of the first page: issuing body with its short rule, and the number, on the left;
    // the national motto with its rule and the place and date on the right. Moves the cursor below.
    void paintHeader(const DocumentHeader &header);
    // A paragraph wrapped to the text area (or to `width`, aligned inside the text area); returns and
    // advances past its height plus `spaceAfter` points.
    qreal paragraph(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft,
                    qreal spaceAfter = 6);
    // A paragraph whose `value` (after `label`) is bold, as the annex's summary lines ("Tổng số điểm
    // kiểm dịch trên toàn huyện: **189 điểm**"), with a first-line indent; wraps like paragraph().
    qreal labelledParagraph(const QString &label, const QString &value, double points, qreal indentMm = 10,
                            qreal spaceAfter = 3);
    // The height a paragraph would take.
    qreal paragraphHeight(const QString &text, const QFont &font, qreal width = -1) const;
    // The signature block on the right half: the title ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold caps), space
    // for the signature and seal, the signer's name (bold). Kept on one page.
    void paintSignature(const QString &title, const QString &signer);

private:
    void paintPageNumber();
    // Paints centred lines in a column and returns the width of the widest, so rules can match it.
    qreal centredLines(const QStringList &lines, const QFont &font, qreal left, qreal width, qreal &y,
                       qreal *widest = nullptr);
    void rule(qreal centre, qreal width, qreal y);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    qreal m_dpi = 72;
    QRectF m_sheet;
    QRectF m_content;
    qreal m_cursor = 0;
    int m_page = 1;
};

} // namespace cd

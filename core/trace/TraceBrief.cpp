// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceBrief.h"

#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "poster/PosterFonts.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace cd::trace {
namespace {

using posterfonts::Family;
using posterfonts::Style;

QFont serif(double points, Style style = Style::Regular) {
    QFont font = posterfonts::font(Family::Serif, style);
    font.setPointSizeF(points);
    return font;
}

// Strips "Huyện ", "Tỉnh "… from a unit's name for the place before the date ("Bù Đăng, ngày …").
QString placeName(const QString &nameWithType) {
    for (const QString &prefix :
         {QStringLiteral("Huyện "), QStringLiteral("Thị xã "), QStringLiteral("Thành phố "),
          QStringLiteral("Quận "), QStringLiteral("Tỉnh ")})
        if (nameWithType.startsWith(prefix))
            return nameWithType.mid(prefix.size());
    return nameWithType;
}

// A page of the brief: the painter, the writable area in device units, the cursor going down, and the
// page count for the numbers at the top.
class Pages {
public:
    Pages(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter) {
        const double mm = writer.resolution() / 25.4;
        // Nghị định 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
        m_area = QRectF(30 * mm, 20 * mm, (210 - 30 - 15) * mm, (297 - 20 - 20) * mm);
        m_y = m_area.top();
        m_mm = mm;
    }
    double mm() const { return m_mm; }
    const QRectF &area() const { return m_area; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    double room() const { return m_area.bottom() - m_y; }
    int page() const { return m_page; }

    void newPage() {
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
        // From the second page the number stands centred in the top margin.
        m_painter.setFont(serif(13));
        m_painter.drawText(QRectF(m_area.left(), 8 * m_mm, m_area.width(), 8 * m_mm), Qt::AlignCenter,
                           QString::number(m_page));
    }
    void ensure(double height) {
        if (height > room())
            newPage();
    }

    // Paragraph text, wrapped, justified when asked; starts a new page when it does not fit.
    void paragraph(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft,
                   double indent = 0, double after = 1.5) {
        m_painter.setFont(font);
        const QRectF box(m_area.left() + indent, 0, m_area.width() - indent, 1e6);
        const QRectF needed = m_painter.boundingRect(box, int(align) | Qt::TextWordWrap, text);
        ensure(needed.height());
        m_painter.drawText(QRectF(box.left(), m_y, box.width(), needed.height()),
                           int(align) | Qt::TextWordWrap, text);
        m_y += needed.height() + after * m_mm;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_area;
    double m_y = 0;
    double m_mm = 1;
    int m_page = 1;
};

struct Column {
    QString heading;
    double weight;
    Qt::Alignment align = Qt::AlignLeft;
};

// A ruled table whose header row is drawn again at the top of every page it continues on.
void table(Pages &pages, QPainter &painter, const QVector<Column> &columns,
           const QVector<QStringList> &rows) {
    const double mm = pages.mm();
    const double pad = 1.2 * mm;
    double total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QVector<double> widths;
    for (const Column &c : columns)
        widths << pages.area().width() * c.weight / total;
    const QFont headFont = serif(11, Style::Bold);
    const QFont bodyFont = serif(11);

    auto heightOf = [&](const QStringList &cells, const QFont &font) {
        painter.setFont(font);
        double height = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF r = painter.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6), Qt::TextWordWrap,
                                                  cells.value(c));
            height = std::max(height, r.height());
        }
        return height + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &font, double height, bool head) {
        painter.setFont(font);
        double x = pages.area().left();
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(x, pages.y(), widths[c], height);
            if (head)
                painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
            painter.setPen(QPen(Qt::black, 0.25 * mm));
            painter.drawRect(cell);
            const Qt::Alignment align = head ? Qt::AlignCenter : (columns[c].align | Qt::AlignTop);
            painter.drawText(cell.adjusted(pad, pad, -pad, -pad), int(align) | Qt::TextWordWrap,
                             cells.value(c));
            x += widths[c];
        }
        pages.advance(height);
    };
    QStringList headings;
    for (const Column &c : columns)
        headings << c.heading;
    const double headHeight = heightOf(headings, headFont);
    // The header never stands alone at the foot of a page.
    pages.ensure(headHeight + (rows.isEmpty() ? 0 : heightOf(rows.first(), bodyFont)));
    drawRow(headings, headFont, headHeight, true);
    for (const QStringList &row : rows) {
        const double height = heightOf(row, bodyFont);
        if (height > pages.room()) {
            pages.newPage();
            drawRow(headings, headFont, headHeight, true);
        }
        drawRow(row, bodyFont, height, false);
    }
    pages.advance(3 * mm);
}

// The address with its commune, unless the address already names it ("Khu phố 3, thị trấn Đức Phong").
QString addressWithCommune(const CheckpointInfo &c) {
    QString bare = c.commune;
    for (const QString &prefix :
         {QStringLiteral("Xã "), QStringLiteral("Thị trấn "), QStringLiteral("Phường ")})
        if (bare.startsWith(prefix))
            bare = bare.mid(prefix.size());
    if (c.commune.isEmpty() || text::foldKey(c.address).contains(text::foldKey(bare)))
        return c.address;
    return c.address + QStringLiteral(", ") + c.commune;
}

QString hhmm(qint64 when) {
    return scantime::toVietnamText(when).mid(11, 5);
}

QString dayOf(qint64 when) {
    return scantime::toVietnamText(when).left(10);
}

QString spanText(qint64 start, qint64 end, bool assumed) {
    QString text = dayOf(start) + QStringLiteral(" ") + hhmm(start);
    if (end != start)
        text +=
            QStringLiteral(" – ") + (dayOf(end) == dayOf(start) ? QString() : dayOf(end) + u' ') + hhmm(end);
    if (assumed)
        text += QStringLiteral(" (ước tính)");
    return text;
}

} // namespace

BriefHeading BriefHeading::forDatabase(const QSqlDatabase &db) {
    BriefHeading heading;
    const auto scope = OfficeScope(db).current();
    if (!scope)
        return heading;
    const AdminUnit &unit = scope->district ? *scope->district : scope->province;
    heading.governingBody = QStringLiteral("UBND ") + unit.nameWithType.toUpper();
    heading.office = scope->district ? QStringLiteral("TRUNG TÂM Y TẾ") : QStringLiteral("SỞ Y TẾ");
    heading.symbol = scope->district ? QStringLiteral("TTYT") : QStringLiteral("SYT");
    heading.place = placeName(unit.nameWithType);
    return heading;
}

Status TraceBrief::write(const TraceResult &result, const QString &path, Phones phones,
                         const BriefHeading &heading) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), path);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        writer.setTitle(QStringLiteral("Báo cáo nhanh kết quả truy vết"));
        writer.setCreator(QStringLiteral("Checkpoint Desk"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return makeError(QStringLiteral("cannot write PDF"), path);
        Pages pages(writer, painter);
        const double mm = pages.mm();
        const QRectF area = pages.area();

        // Heading: the issuing body left, the national motto right, each centred in its half.
        const double leftWidth = area.width() * 0.42;
        const QRectF left(area.left() - 8 * mm, area.top(), leftWidth + 8 * mm, 30 * mm);
        const QRectF right(area.left() + leftWidth, area.top(), area.width() - leftWidth + 6 * mm, 30 * mm);
        painter.setFont(serif(12.5));
        const double line = QFontMetricsF(serif(12.5), &writer).height();
        painter.drawText(QRectF(left.left(), left.top(), left.width(), line), Qt::AlignCenter,
                         heading.governingBody);
        painter.setFont(serif(12.5, Style::Bold));
        painter.drawText(QRectF(left.left(), left.top() + line, left.width(), line), Qt::AlignCenter,
                         heading.office);
        const double officeWidth =
            QFontMetricsF(serif(12.5, Style::Bold), &writer).horizontalAdvance(heading.office);
        painter.setPen(QPen(Qt::black, 0.25 * mm));
        const double underline = left.top() + 2 * line + 0.5 * mm;
        painter.drawLine(QPointF(left.center().x() - officeWidth / 6, underline),
                         QPointF(left.center().x() + officeWidth / 6, underline));
        painter.setFont(serif(13));
        painter.drawText(QRectF(left.left(), underline + 2 * mm, left.width(), line), Qt::AlignCenter,
                         QStringLiteral("Số:        /BC-") + heading.symbol);

        painter.setFont(serif(12, Style::Bold));
        painter.drawText(QRectF(right.left(), right.top(), right.width(), line), Qt::AlignCenter,
                         QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
        painter.setFont(serif(13, Style::Bold));
        painter.drawText(QRectF(right.left(), right.top() + line, right.width(), line), Qt::AlignCenter,
                         motto);
        const double mottoWidth = QFontMetricsF(serif(13, Style::Bold), &writer).horizontalAdvance(motto);
        painter.drawLine(QPointF(right.center().x() - mottoWidth / 2, underline),
                         QPointF(right.center().x() + mottoWidth / 2, underline));
        const QDate date = heading.date.isValid() ? heading.date : QDate::currentDate();
        painter.setFont(serif(13, Style::Italic));
        QString dated = format::decreeDate(date);
        if (!heading.place.isEmpty())
            dated = heading.place + QStringLiteral(", ") + dated;
        painter.drawText(QRectF(right.left(), underline + 2 * mm, right.width(), line), Qt::AlignCenter,
                         dated);
        pages.advance(underline + 2 * mm + line - area.top() + 8 * mm);

        // Title.
        pages.paragraph(QStringLiteral("BÁO CÁO NHANH"), serif(14, Style::Bold), Qt::AlignHCenter, 0, 0.5);
        const Person &person = result.person;
        pages.paragraph(QStringLiteral("Kết quả truy vết ca bệnh %1")
                            .arg(person.name.isEmpty() ? person.keys.value(0) : person.name),
                        serif(14, Style::Bold), Qt::AlignHCenter, 0, 6);

        const QFont body = serif(13);
        const QFont bold = serif(13, Style::Bold);
        pages.paragraph(QStringLiteral("I. THÔNG TIN CA BỆNH"), bold);
        QStringList identity{QStringLiteral("Họ và tên: %1").arg(person.name)};
        if (!person.phone.isEmpty())
            identity << QStringLiteral("Số điện thoại: %1").arg(shownPhone(person.phone, phones));
        if (!person.idNumber.isEmpty())
            identity << QStringLiteral("Số CCCD/CMND: %1").arg(person.idNumber);
        pages.paragraph(QStringLiteral("- ") + identity.join(QStringLiteral("; ")) + u'.', body,
                        Qt::AlignJustify, 10 * mm);
        pages.paragraph(
            QStringLiteral("- Thời gian truy vết: từ ngày %1 đến ngày %2; người tiếp xúc là người quét mã "
                           "tại cùng điểm trong khoảng ±%3 phút so với thời gian ca bệnh có mặt.")
                .arg(format::date(result.options.from), format::date(result.options.to))
                .arg(result.options.windowMinutes),
            body, Qt::AlignJustify, 10 * mm);
        pages.paragraph(QStringLiteral("- Kết quả: %1 lượt có mặt tại %2 điểm; %3 người tiếp xúc.")
                            .arg(format::number(result.visits.size()), format::number(result.sites.size()),
                                 format::number(result.contacts.size())),
                        body, Qt::AlignJustify, 10 * mm, 4);

        pages.paragraph(QStringLiteral("II. LỊCH TRÌNH DI CHUYỂN (MỐC DỊCH TỄ)"), bold);
        QVector<QStringList> visits;
        for (int v = 0; v < result.visits.size(); ++v) {
            const Visit &visit = result.visits[v];
            const CheckpointInfo c = result.checkpoint(visit.checkpointId);
            visits.append({QString::number(v + 1), spanText(visit.start, visit.end, visit.assumed),
                           c.code + QStringLiteral(" – ") + c.name, c.address, c.commune});
        }
        table(pages, painter,
              {{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
               {QStringLiteral("Thời gian"), 2.2},
               {QStringLiteral("Điểm kiểm dịch"), 3},
               {QStringLiteral("Địa chỉ"), 2.6},
               {QStringLiteral("Xã, thị trấn"), 1.6}},
              visits);

        pages.paragraph(QStringLiteral("III. NGƯỜI TIẾP XÚC"), bold);
        QVector<QStringList> contacts;
        int rank = 0;
        for (const Contact &contact : result.contacts) {
            QStringList where;
            for (const Overlap &o : contact.overlaps)
                where << QStringLiteral("%1: %2 (cách %3 phút)")
                             .arg(result.checkpoint(o.contactCheckpointId).code,
                                  spanText(o.contactStart, o.contactEnd, o.contactAssumed),
                                  minutesText(o.secondsApart));
            contacts.append({QString::number(++rank), contact.name, shownPhone(contact.phone, phones),
                             contact.idNumber, QString::number(contact.overlaps.size()), where.join(u'\n')});
        }
        if (contacts.isEmpty())
            pages.paragraph(QStringLiteral("Không có người tiếp xúc trong khoảng thời gian trên."), body,
                            Qt::AlignLeft, 10 * mm, 4);
        else
            table(pages, painter,
                  {{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
                   {QStringLiteral("Họ và tên"), 2.2},
                   {QStringLiteral("Số điện thoại"), 1.7},
                   {QStringLiteral("CCCD/CMND"), 1.8},
                   {QStringLiteral("Số lần"), 0.8, Qt::AlignHCenter},
                   {QStringLiteral("Nơi và thời gian tiếp xúc"), 3.9}},
                  contacts);

        pages.paragraph(QStringLiteral("IV. CÁC ĐIỂM CẦN THÔNG BÁO"), bold);
        QVector<QStringList> sites;
        rank = 0;
        for (const Site &site : result.sites) {
            const CheckpointInfo c = result.checkpoint(site.checkpointId);
            QStringList windows;
            for (int v : site.visits)
                windows << spanText(result.visits[v].start, result.visits[v].end, result.visits[v].assumed);
            sites.append({QString::number(++rank), c.code + QStringLiteral(" – ") + c.name,
                          addressWithCommune(c), c.phone, windows.join(u'\n')});
        }
        table(pages, painter,
              {{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
               {QStringLiteral("Điểm kiểm dịch"), 2.8},
               {QStringLiteral("Địa chỉ"), 3},
               {QStringLiteral("Điện thoại"), 1.6},
               {QStringLiteral("Thời gian ca bệnh có mặt"), 2.8}},
              sites);

        // Recipients on the left, signature on the right.
        const double blockHeight = 40 * mm;
        pages.ensure(blockHeight);
        const double top = pages.y() + 2 * mm;
        const QRectF recipients(area.left(), top, area.width() * 0.5, blockHeight);
        painter.setFont(serif(12, Style::BoldItalic));
        painter.drawText(recipients, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Nơi nhận:"));
        painter.setFont(serif(11));
        painter.drawText(recipients.adjusted(0, line, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("- Ban Chỉ đạo phòng, chống dịch COVID-19 huyện;\n- Trạm Y tế các "
                                        "xã, thị trấn;\n- Lưu: VT."));
        const QRectF signature(area.left() + area.width() * 0.5, top, area.width() * 0.5, blockHeight);
        painter.setFont(serif(13, Style::Bold));
        painter.drawText(signature, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("NGƯỜI LẬP BÁO CÁO"));
        painter.setFont(serif(13, Style::Italic));
        painter.drawText(signature.adjusted(0, line, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("(Ký, ghi rõ họ tên)"));
        painter.end();
    }
    if (!file.commit())
        return makeError(file.errorString(), path);
    return success();
}

} // namespace cd::trace

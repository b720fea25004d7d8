// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceBrief.h"

#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "report/AdminDocument.h"
#include "report/TablePainter.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cd::trace {
namespace {

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
    heading.place = unit.name; // "Bù Đăng", before the date
    return heading;
}

Status TraceBrief::write(const TraceResult &result, const QString &path, Phones phones,
                         const BriefHeading &heading) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), path);
    QPdfWriter writer(&file);
    writer.setResolution(300);
    AdminDocument::prepare(writer);
    const Person &person = result.person;
    const QString who = person.name.isEmpty() ? person.keys.value(0) : person.name;
    // The document is Vietnamese whatever the interface language.
    writer.setTitle(QStringLiteral("Báo cáo nhanh kết quả truy vết ca bệnh %1").arg(who));
    writer.setCreator(QStringLiteral("Checkpoint Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(QCoreApplication::translate("cd::trace::TraceBrief", "cannot start the PDF"), path);

    AdminDocument document(painter, writer);
    document.paintHeader({heading.governingBody, heading.office,
                          QStringLiteral("Số:        /BC-") + heading.symbol, heading.place,
                          heading.date.isValid() ? heading.date : clock::today()});
    document.paragraph(QStringLiteral("BÁO CÁO NHANH"), AdminDocument::font(14, true), Qt::AlignHCenter, 2);
    document.paragraph(QStringLiteral("Kết quả truy vết ca bệnh %1").arg(who), AdminDocument::font(14, true),
                       Qt::AlignHCenter, 12);

    const QFont body = AdminDocument::font(13);
    const QFont section = AdminDocument::font(13, true);
    const QString indent = QStringLiteral("    ");
    document.paragraph(QStringLiteral("I. THÔNG TIN CA BỆNH"), section, Qt::AlignLeft, 3);
    QStringList identity{QStringLiteral("Họ và tên: %1").arg(person.name)};
    if (!person.phone.isEmpty())
        identity << QStringLiteral("số điện thoại: %1").arg(shownPhone(person.phone, phones));
    if (!person.idNumber.isEmpty())
        identity << QStringLiteral("số CCCD/CMND: %1").arg(shownIdNumber(person.idNumber, phones));
    document.paragraph(indent + QStringLiteral("- ") + identity.join(QStringLiteral("; ")) + u'.', body,
                       Qt::AlignJustify, 3);
    document.paragraph(indent +
                           QStringLiteral("- Thời gian truy vết: từ ngày %1 đến ngày %2; người tiếp xúc là "
                                          "người quét mã tại cùng điểm trong khoảng ±%3 phút so với thời "
                                          "gian ca bệnh có mặt.")
                               .arg(format::date(result.options.from), format::date(result.options.to))
                               .arg(result.options.windowMinutes),
                       body, Qt::AlignJustify, 3);
    document.paragraph(indent + QStringLiteral("- Kết quả: %1 lượt có mặt tại %2 điểm; %3 người tiếp xúc.")
                                    .arg(format::number(result.visits.size()),
                                         format::number(result.sites.size()),
                                         format::number(result.contacts.size())),
                       body, Qt::AlignJustify, 10);

    auto fail = [&] {
        painter.end();
        file.cancelWriting();
        return makeError(QCoreApplication::translate("cd::trace::TraceBrief", "a page could not be added"),
                         path);
    };

    document.paragraph(QStringLiteral("II. LỊCH TRÌNH DI CHUYỂN (MỐC DỊCH TỄ)"), section, Qt::AlignLeft, 4);
    TablePainter visits({{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
                         {QStringLiteral("Thời gian"), 2.2},
                         {QStringLiteral("Điểm kiểm dịch"), 3},
                         {QStringLiteral("Địa chỉ"), 2.6},
                         {QStringLiteral("Xã, thị trấn"), 1.6}},
                        11);
    for (int v = 0; v < result.visits.size(); ++v) {
        const Visit &visit = result.visits[v];
        const CheckpointInfo c = result.checkpoint(visit.checkpointId);
        visits.addRow({QString::number(v + 1), spanText(visit.start, visit.end, visit.assumed),
                       c.code + QStringLiteral(" – ") + c.name, c.address, c.commune});
    }
    if (!visits.paint(document))
        return fail();
    document.advance(document.pt(10));

    document.paragraph(QStringLiteral("III. NGƯỜI TIẾP XÚC"), section, Qt::AlignLeft, 4);
    if (result.contacts.isEmpty()) {
        document.paragraph(indent + QStringLiteral("Không có người tiếp xúc trong khoảng thời gian trên."),
                           body, Qt::AlignLeft, 10);
    } else {
        TablePainter contacts({{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
                               {QStringLiteral("Họ và tên"), 2.2},
                               {QStringLiteral("Số điện thoại"), 1.7},
                               {QStringLiteral("CCCD/CMND"), 1.8},
                               {QStringLiteral("Số lần"), 0.8, Qt::AlignHCenter},
                               {QStringLiteral("Nơi và thời gian tiếp xúc"), 3.9}},
                              11);
        int rank = 0;
        for (const Contact &contact : result.contacts) {
            QStringList where;
            for (const Overlap &o : contact.overlaps)
                where << QStringLiteral("%1: %2 (cách %3 phút)")
                             .arg(result.checkpoint(o.contactCheckpointId).code,
                                  spanText(o.contactStart, o.contactEnd, o.contactAssumed),
                                  minutesText(o.secondsApart));
            contacts.addRow({QString::number(++rank), contact.name, shownPhone(contact.phone, phones),
                             shownIdNumber(contact.idNumber, phones),
                             QString::number(contact.overlaps.size()), where.join(u'\n')});
        }
        if (!contacts.paint(document))
            return fail();
        document.advance(document.pt(10));
    }

    document.paragraph(QStringLiteral("IV. CÁC ĐIỂM CẦN THÔNG BÁO"), section, Qt::AlignLeft, 4);
    TablePainter sites({{QStringLiteral("STT"), 0.6, Qt::AlignHCenter},
                        {QStringLiteral("Điểm kiểm dịch"), 2.8},
                        {QStringLiteral("Địa chỉ"), 3},
                        {QStringLiteral("Điện thoại"), 1.6},
                        {QStringLiteral("Thời gian ca bệnh có mặt"), 2.8}},
                       11);
    int rank = 0;
    for (const Site &site : result.sites) {
        const CheckpointInfo c = result.checkpoint(site.checkpointId);
        QStringList windows;
        for (int v : site.visits)
            windows << spanText(result.visits[v].start, result.visits[v].end, result.visits[v].assumed);
        sites.addRow({QString::number(++rank), c.code + QStringLiteral(" – ") + c.name, addressWithCommune(c),
                      c.phone, windows.join(u'\n')});
    }
    if (!sites.paint(document))
        return fail();

    // Recipients on the left, beside the signature on the right.
    const QFont recipientsTitle = AdminDocument::font(12, true, true);
    const QFont recipients = AdminDocument::font(11);
    const QString list =
        QStringLiteral("- Ban Chỉ đạo phòng, chống dịch COVID-19 huyện;\n- Trạm Y tế các xã, "
                       "thị trấn;\n- Lưu: VT.");
    const qreal height = document.paragraphHeight(QStringLiteral("Nơi nhận:"), recipientsTitle) +
                         document.paragraphHeight(list, recipients) + document.mm(40);
    if (!document.ensureSpace(height))
        return fail();
    const qreal top = document.cursor();
    document.advance(document.pt(12));
    const QRectF area = document.contentRect();
    painter.setFont(recipientsTitle);
    const qreal titleHeight = document.paragraphHeight(QStringLiteral("Nơi nhận:"), recipientsTitle);
    painter.drawText(QRectF(area.left(), document.cursor(), area.width() * 0.45, titleHeight),
                     Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Nơi nhận:"));
    painter.setFont(recipients);
    painter.drawText(QRectF(area.left(), document.cursor() + titleHeight, area.width() * 0.45, height),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, list);
    document.setCursor(top);
    document.paintSignature(QStringLiteral("NGƯỜI LẬP BÁO CÁO"), QString());
    painter.end();
    if (!file.commit())
        return makeError(file.errorString(), path);
    return success();
}

} // namespace cd::trace

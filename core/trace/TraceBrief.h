// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheets.h"
#include "common/Error.h"

#include <QSqlDatabase>

namespace cd::trace {

// Who issues the brief, as the heading of an administrative document names it.
struct BriefHeading {
    QString governingBody = QStringLiteral("UBND HUYỆN"); // "UBND HUYỆN BÙ ĐĂNG"
    QString office = QStringLiteral("TRUNG TÂM Y TẾ");    // the issuing office, bold
    QString symbol = QStringLiteral("TTYT");              // its abbreviation: "Số: …/BC-TTYT"
    QString place;                                        // "Bù Đăng", before the date
    QDate date;                                           // the day of the brief; today when invalid

    // From the database's scope: the district (or province) governs, its health office issues.
    static BriefHeading forDatabase(const QSqlDatabase &db);
};

// The trace as a short administrative report (báo cáo nhanh) in the layout of Nghị định 30/2020/NĐ-CP,
// painted with the reports' AdminDocument and TablePainter (core/report): issuing body left, national motto
// right, place and date, title, the case, then the epidemiological timeline, the contacts and the exposure
// sites as tables whose heading repeats on every page, page numbers from page 2, recipients and signature.
// Needs a QGuiApplication for the fonts.
class TraceBrief {
public:
    static Status write(const TraceResult &result, const QString &path, Phones phones,
                        const BriefHeading &heading = {});
};

} // namespace cd::trace

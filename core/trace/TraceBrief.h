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

// The trace as a short administrative report (báo cáo nhanh) in the layout of Nghị định 30/2020/NĐ-CP:
// issuing body on the left and the national motto on the right, place and date, title, the case, then the
// epidemiological timeline, the contacts and the exposure sites as tables whose header repeats on every
// page, page numbers at the top from the second page, recipients and signature. A4 portrait, Times-like
// serif (the bundled Liberation Serif), 13 pt text. Needs a QGuiApplication for the fonts.
class TraceBrief {
public:
    static Status write(const TraceResult &result, const QString &path, Phones phones,
                        const BriefHeading &heading = {});
};

} // namespace cd::trace

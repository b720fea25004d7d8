// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SheetData.h"
#include "province/TraceRequests.h"

#include <QCoreApplication>
#include <QHash>

namespace cd::ui {

// The trace requests and their answers as tables for the screen, in the office's words: statuses and kinds
// of query translated, times as dd/MM/yyyy HH:mm in Vietnam time, counts as numbers (shown 1.234).
class RequestSheets {
    Q_DECLARE_TR_FUNCTIONS(RequestSheets)

public:
    enum class Viewer { Province, District };

    // `districtNames`: district code -> "Huyện Bù Đăng", for the province's column of who asked.
    static SheetData requests(const QVector<province::TraceRequest> &requests, Viewer viewer,
                              const QHash<QString, QString> &districtNames = {});
    static SheetData visits(const province::TraceAnswer &answer);

    static QString statusLabel(const QString &status);
    static QString kindLabel(trace::QueryKind kind);
    // "Phone 0912 000 001"; says the query was deleted once the request was closed.
    static QString caseText(const province::TraceRequest &request);
    static QString period(const province::TraceRequest &request);
    // Everything about one request in a few lines, for the one selected in a list (the table cuts long
    // reasons and notes). `office`: who asked, as the province's list shows it; empty for the district.
    static QString details(const province::TraceRequest &request, const QString &office = {});
    // An ISO 8601 stamp of the core as 24/08/2021 07:30, Vietnam time; empty for none.
    static QString moment(const QString &iso);
    static QString moment(qint64 epochSeconds);
};

} // namespace cd::ui

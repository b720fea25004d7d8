// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSheets.h"

#include "common/VnFormat.h"

#include <QDateTime>

namespace cd::ui {

using province::TraceRequest;

QString RequestSheets::statusLabel(const QString &status) {
    if (status == QLatin1String("pending"))
        return tr("Waiting for the province");
    if (status == QLatin1String("answered"))
        return tr("Answered");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    if (status == QLatin1String("expired"))
        return tr("Expired (not answered in time)");
    return status;
}

QString RequestSheets::kindLabel(trace::QueryKind kind) {
    switch (kind) {
    case trace::QueryKind::Phone:
        return tr("Phone");
    case trace::QueryKind::IdNumber:
        return tr("ID number");
    case trace::QueryKind::Name:
        return tr("Name");
    }
    return {};
}

QString RequestSheets::caseText(const TraceRequest &request) {
    // The query is personal data: the core deletes it as soon as the request is answered, refused or expired.
    if (request.queryText.isEmpty())
        return tr("%1 (deleted once closed)").arg(kindLabel(request.kind));
    return kindLabel(request.kind) + u' ' + request.queryText;
}

QString RequestSheets::period(const TraceRequest &request) {
    return QStringLiteral("%1 – %2").arg(format::date(request.from), format::date(request.to));
}

QString RequestSheets::details(const TraceRequest &request, const QString &office) {
    QStringList lines;
    lines << (office.isEmpty()
                  ? tr("Request %1 (%2), asked %3 by %4.")
                        .arg(request.id)
                        .arg(statusLabel(request.status), moment(request.requestedAt), request.operatorName)
                  : tr("Request %1 (%2) from %3, asked %4 by %5.")
                        .arg(request.id)
                        .arg(statusLabel(request.status), office, moment(request.requestedAt),
                             request.operatorName));
    lines << tr("Case: %1, %2, window ±%3 min.")
                 .arg(caseText(request), period(request))
                 .arg(request.windowMinutes);
    lines << tr("Reason: %1").arg(request.reason);
    if (!request.answeredAt.isEmpty())
        // The province's role means something to the province only.
        lines << (office.isEmpty()
                      ? tr("Closed by the province office %1.").arg(moment(request.answeredAt))
                      : tr("Closed %1 by %2.").arg(moment(request.answeredAt), request.answeredBy));
    if (!request.note.isEmpty())
        lines << tr("The province's note: %1").arg(request.note);
    return lines.join(u'\n');
}

QString RequestSheets::moment(const QString &iso) {
    if (iso.isEmpty())
        return {};
    return format::dateTime(QDateTime::fromString(iso, Qt::ISODate));
}

QString RequestSheets::moment(qint64 epochSeconds) {
    return format::dateTime(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}

SheetData RequestSheets::requests(const QVector<TraceRequest> &requests, Viewer viewer,
                                  const QHash<QString, QString> &districtNames) {
    SheetData sheet;
    sheet.title = tr("Trace requests");
    sheet.columns = {{QStringLiteral("id"), tr("No."), 6}, {QStringLiteral("status"), tr("Status"), 18}};
    if (viewer == Viewer::Province)
        sheet.columns.append({QStringLiteral("office"), tr("District office"), 24});
    sheet.columns += QVector<SheetData::Column>{
        {QStringLiteral("case"), tr("Case"), 22},          {QStringLiteral("period"), tr("Period"), 22},
        {QStringLiteral("reason"), tr("Reason"), 30},      {QStringLiteral("requested_at"), tr("Asked"), 16},
        {QStringLiteral("operator"), tr("Asked by"), 18},  {QStringLiteral("window"), tr("Window"), 8},
        {QStringLiteral("answered_at"), tr("Closed"), 16}, {QStringLiteral("note"), tr("Note"), 30}};
    for (const TraceRequest &r : requests) {
        QVariantList row{r.id, statusLabel(r.status)};
        if (viewer == Viewer::Province)
            row << QStringLiteral("%1 (%2)").arg(districtNames.value(r.districtCode, r.districtCode),
                                                 r.requestedBy);
        row << caseText(r) << period(r) << r.reason << moment(r.requestedAt) << r.operatorName
            << tr("±%1 min").arg(r.windowMinutes) << moment(r.answeredAt) << r.note;
        sheet.rows.append(row);
    }
    return sheet;
}

SheetData RequestSheets::visits(const province::TraceAnswer &answer) {
    SheetData sheet;
    sheet.title = tr("Visits in other districts");
    sheet.columns = {{QStringLiteral("start"), tr("From"), 16},
                     {QStringLiteral("end"), tr("To"), 16},
                     {QStringLiteral("district"), tr("District"), 18},
                     {QStringLiteral("commune"), tr("Commune"), 18},
                     {QStringLiteral("checkpoint_code"), tr("Code"), 12},
                     {QStringLiteral("checkpoint"), tr("Checkpoint"), 28},
                     {QStringLiteral("address"), tr("Address"), 28},
                     {QStringLiteral("scans"), tr("Scans"), 8},
                     {QStringLiteral("contacts"), tr("People met"), 10}};
    for (const province::AnsweredVisit &v : answer.visits)
        sheet.rows.append({moment(v.start), moment(v.end), v.district, v.commune, v.checkpointCode,
                           v.checkpointName, v.address, v.scans, v.contacts});
    return sheet;
}

} // namespace cd::ui

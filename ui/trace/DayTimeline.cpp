// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayTimeline.h"

#include "common/VnFormat.h"
#include "scans/ScanTime.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace cd::ui {
namespace {

constexpr int kRowHeight = 26;
constexpr int kHeaderHeight = 24;
constexpr int kLabelWidth = 92;
constexpr int kRightMargin = 16;

const QColor kAccent(0x2e, 0x7d, 0x32);
const QColor kContactColor(0xc6, 0x28, 0x28);

} // namespace

DayTimeline::DayTimeline(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DayTimeline::setTrace(const trace::TraceResult &result) {
    m_result = result;
    m_first = result.options.from;
    m_days = int(result.options.from.daysTo(result.options.to)) + 1;
    m_contactsAt = QVector<int>(result.visits.size(), 0);
    for (const trace::Contact &contact : result.contacts) {
        QVector<int> seen;
        for (const trace::Overlap &o : contact.overlaps)
            if (!seen.contains(o.caseVisit)) {
                seen << o.caseVisit;
                ++m_contactsAt[o.caseVisit];
            }
    }
    updateGeometry();
    update();
}

void DayTimeline::clear() {
    setTrace({});
    m_days = 0;
    updateGeometry();
}

QSize DayTimeline::sizeHint() const {
    return {720, kHeaderHeight + std::max(m_days, 1) * kRowHeight + 8};
}

QSize DayTimeline::minimumSizeHint() const {
    return {420, sizeHint().height()};
}

QRectF DayTimeline::plotArea() const {
    return QRectF(kLabelWidth, kHeaderHeight, width() - kLabelWidth - kRightMargin, m_days * kRowHeight);
}

void DayTimeline::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    m_marks.clear();
    if (m_days <= 0)
        return;
    const QRectF plot = plotArea();
    const double perSecond = plot.width() / 86400.0;
    const QColor text = palette().text().color();
    QColor faint = text;
    faint.setAlpha(90);

    // Hour grid: every 3 hours labelled, every hour a hairline.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (int hour = 0; hour <= 24; ++hour) {
        const double x = plot.left() + hour * 3600 * perSecond;
        QColor line = text;
        line.setAlpha(hour % 6 == 0 ? 60 : 22);
        p.setPen(QPen(line, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (hour % 3 == 0 && hour < 24) {
            p.setPen(faint);
            p.drawText(QRectF(x - 20, 2, 40, kHeaderHeight - 4), Qt::AlignCenter,
                       QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        }
    }

    // Day rows, alternate shading, weekday and date.
    QVector<bool> dayHasVisit(m_days, false);
    for (const trace::Visit &v : m_result.visits) {
        for (qint64 day = scantime::vietnamDay(v.start); day <= scantime::vietnamDay(v.end); ++day) {
            const qint64 row = scantime::dateToDay(m_first) > day ? -1 : day - scantime::dateToDay(m_first);
            if (row >= 0 && row < m_days)
                dayHasVisit[row] = true;
        }
    }
    for (int row = 0; row < m_days; ++row) {
        const QRectF band(0, plot.top() + row * kRowHeight, width(), kRowHeight);
        if (row % 2)
            p.fillRect(band, palette().alternateBase());
        const QDate date = m_first.addDays(row);
        QFont label = font();
        label.setBold(dayHasVisit[row]);
        p.setFont(label);
        p.setPen(dayHasVisit[row] ? text : faint);
        p.drawText(QRectF(8, band.top(), kLabelWidth - 12, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   format::date(date));
    }

    // Visits: split at midnight so a night's stay shows on both days.
    p.setFont(small);
    const qint64 firstDay = scantime::dateToDay(m_first);
    for (int v = 0; v < m_result.visits.size(); ++v) {
        const trace::Visit &visit = m_result.visits[v];
        for (qint64 day = scantime::vietnamDay(visit.start); day <= scantime::vietnamDay(visit.end); ++day) {
            const qint64 row = day - firstDay;
            if (row < 0 || row >= m_days)
                continue;
            const qint64 dayStart = day * 86400 - scantime::kVietnamOffsetSeconds;
            const qint64 from = std::max(visit.start, dayStart) - dayStart;
            const qint64 to = std::min(visit.end, dayStart + 86400) - dayStart;
            const double y = plot.top() + row * kRowHeight + 5;
            QRectF mark(plot.left() + from * perSecond, y, std::max((to - from) * perSecond, 6.0),
                        kRowHeight - 10);
            const bool met = m_contactsAt.value(v) > 0;
            const QColor fill = met ? kContactColor : kAccent;
            QPainterPath shape;
            shape.addRoundedRect(mark, 3, 3);
            p.fillPath(shape, fill);
            if (visit.assumed) {
                QColor hatch = palette().base().color();
                hatch.setAlpha(150);
                p.fillPath(shape, QBrush(hatch, Qt::BDiagPattern));
            }
            m_marks.append({v, mark});
            // The checkpoint code to the right of the mark, with the contacts met there.
            QString caption = m_result.checkpoint(visit.checkpointId).code;
            if (met)
                caption += QStringLiteral(" · ") + tr("%n contact(s)", nullptr, m_contactsAt.value(v));
            const QRectF captionRect(mark.right() + 4, plot.top() + row * kRowHeight, 220, kRowHeight);
            p.setPen(met ? kContactColor.darker(120) : text);
            if (captionRect.right() > width() - 2) // no room on the right: write it on the left
                p.drawText(QRectF(mark.left() - 224, captionRect.top(), 220, kRowHeight),
                           Qt::AlignVCenter | Qt::AlignRight, caption);
            else
                p.drawText(captionRect, Qt::AlignVCenter | Qt::AlignLeft, caption);
        }
    }
    p.setPen(QPen(faint, 1));
    p.drawRect(plot);
}

int DayTimeline::visitAt(const QPointF &point) const {
    for (const Mark &mark : m_marks)
        if (mark.rect.adjusted(-3, -3, 3, 3).contains(point))
            return mark.visit;
    return -1;
}

QString DayTimeline::describe(int visit) const {
    const trace::Visit &v = m_result.visits[visit];
    const trace::CheckpointInfo c = m_result.checkpoint(v.checkpointId);
    QString text = QStringLiteral("<b>%1</b> %2<br>%3<br>%4 – %5")
                       .arg(c.code.toHtmlEscaped(), c.name.toHtmlEscaped(),
                            QString(c.address + QStringLiteral(", ") + c.commune).toHtmlEscaped(),
                            scantime::toVietnamText(v.start), scantime::toVietnamText(v.end).mid(11));
    if (v.assumed)
        text += QStringLiteral("<br><i>") + tr("End assumed (no check-out)") + QStringLiteral("</i>");
    if (m_contactsAt.value(visit) > 0)
        text += QStringLiteral("<br>") + tr("%n contact(s) here", nullptr, m_contactsAt.value(visit));
    return text;
}

bool DayTimeline::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int visit = visitAt(help->pos());
        if (visit >= 0)
            QToolTip::showText(help->globalPos(), describe(visit), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DayTimeline::mousePressEvent(QMouseEvent *event) {
    const int visit = visitAt(event->position());
    if (visit >= 0)
        emit visitActivated(visit);
    QWidget::mousePressEvent(event);
}

} // namespace cd::ui

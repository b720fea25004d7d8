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

constexpr int kRowHeight = 22;
constexpr int kLegendHeight = 24;
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

QSize DayTimeline::sizeHint() const {
    if (m_days <= 0)
        return {720, 120};
    return {720, kHeaderHeight + m_days * kRowHeight + kLegendHeight + 4};
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
    if (m_days <= 0) {
        QColor hint = palette().text().color();
        hint.setAlpha(120);
        p.setPen(hint);
        p.drawText(rect(), Qt::AlignCenter, tr("The case's days appear here, hour by hour, once traced."));
        return;
    }
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
    const QFontMetricsF metrics(small);
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
            const double y = plot.top() + row * kRowHeight + 4;
            QRectF mark(plot.left() + from * perSecond, y, std::max((to - from) * perSecond, 5.0),
                        kRowHeight - 8);
            const bool met = m_contactsAt.value(v) > 0;
            QPainterPath shape;
            shape.addRoundedRect(mark, 3, 3);
            p.fillPath(shape, met ? kContactColor : kAccent);
            if (visit.assumed) {
                QColor hatch = palette().base().color();
                hatch.setAlpha(150);
                p.fillPath(shape, QBrush(hatch, Qt::BDiagPattern));
            }
            m_marks.append({v, mark});
        }
    }
    // Captions right of their marks, as long as there is room before the next mark: the full one (code and
    // contacts), else the code, else none (the tooltip and the table still tell).
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks[i];
        double limit = plot.right() - 2;
        for (const Mark &other : m_marks)
            if (other.rect.top() == mark.rect.top() && other.rect.left() > mark.rect.right())
                limit = std::min(limit, other.rect.left() - 6);
        const int v = mark.visit;
        const QString code = m_result.checkpoint(m_result.visits[v].checkpointId).code;
        const bool met = m_contactsAt.value(v) > 0;
        QString caption =
            met ? code + QStringLiteral(" · ") + tr("%n contact(s)", nullptr, m_contactsAt.value(v)) : code;
        const double left = mark.rect.right() + 4;
        if (left + metrics.horizontalAdvance(caption) > limit)
            caption = code;
        if (left + metrics.horizontalAdvance(caption) > limit)
            continue;
        p.setPen(met ? kContactColor.darker(130) : text);
        const double rowTop = mark.rect.top() - 4;
        p.drawText(QRectF(left, rowTop, limit - left, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, caption);
    }

    // Legend under the chart.
    const double legendY = plot.bottom() + 6;
    double x = plot.left();
    auto legend = [&](const QColor &color, bool hatched, const QString &label) {
        const QRectF swatch(x, legendY + 4, 18, 10);
        QPainterPath path;
        path.addRoundedRect(swatch, 2, 2);
        p.fillPath(path, color);
        if (hatched) {
            QColor hatch = palette().base().color();
            hatch.setAlpha(150);
            p.fillPath(path, QBrush(hatch, Qt::BDiagPattern));
        }
        p.setPen(text);
        const double width = metrics.horizontalAdvance(label);
        p.drawText(QRectF(x + 24, legendY, width + 4, 18), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += 24 + width + 24;
    };
    legend(kAccent, false, tr("Visit"));
    legend(kContactColor, false, tr("Visit with contacts"));
    legend(kAccent, true, tr("End assumed (no check-out)"));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/TraceTypes.h"

#include <QWidget>

namespace cd::ui {

// The case's period day by day: one row per day, the hours across, a mark for each visit from its start
// to its end (hatched where the end is assumed), its checkpoint code beside it and the contacts met there
// as a count. Days without visits stay as empty rows, so gaps in the timeline show.
class DayTimeline : public QWidget {
    Q_OBJECT

public:
    explicit DayTimeline(QWidget *parent = nullptr);

    void setTrace(const trace::TraceResult &result);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void visitActivated(int visit);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Mark {
        int visit = -1;
        QRectF rect;
    };
    QRectF plotArea() const;
    int visitAt(const QPointF &point) const;
    QString describe(int visit) const;

    trace::TraceResult m_result;
    QVector<int> m_contactsAt; // per visit
    QDate m_first;
    int m_days = 0;
    QVector<Mark> m_marks; // laid out in paintEvent
};

} // namespace cd::ui

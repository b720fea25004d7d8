// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsCharts.h"

#include "StatisticsStyle.h"
#include "common/VnFormat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace cd::ui::charts {

namespace {

// Long checkpoint names would squeeze the plot: the tooltip has the full name.
QString shortened(const QString &name, int length = 42) {
    return name.size() <= length ? name : name.left(length - 1).trimmed() + QStringLiteral("…");
}

QChart *newChart(const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 2);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(QColor(0x12, 0x38, 0x2e));
    // Axis labels print as the tables do: 8.832, not 8,832 or 8832.
    chart->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 16, 8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QApplication::font());
    return chart;
}

QValueAxis *countAxis(qint64 largest, const QString &title) {
    auto *axis = new QValueAxis;
    // Room after the longest bar for its label, then the axis ends on the first round step past it (1, 2
    // or 5 times a power of ten, at most six steps): Qt's own nice numbers can double the axis (940 → 1.500).
    const qint64 top = std::max<qint64>(4, qint64(double(largest) * 1.15) + 1);
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        const qint64 candidates[] = {power, 2 * power, 5 * power};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates), [top](qint64 candidate) {
            return (top + candidate - 1) / candidate <= 6;
        });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const qint64 steps = (top + step - 1) / step;
    axis->setRange(0, double(steps * step));
    axis->setTickCount(int(steps) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setLabelsFont(QApplication::font());
    QFont titleFont = QApplication::font();
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    axis->setGridLineColor(QColor(0xe3, 0xe9, 0xe6));
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories) {
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(QApplication::font());
    axis->setGridLineVisible(false);
    return axis;
}

void showTip(bool hovered, const QString &text) {
    if (hovered)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

QBarSet *barSet(const QString &label, const QColor &color) {
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(QColor(0x1f, 0x29, 0x25));
    return set;
}

// Horizontal bars list categories from the bottom: the units go in reversed so the first is on top.
template <typename Rows>
Rows topDown(Rows rows) {
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QString unitTip(const UnitStatisticsRow &row) {
    return QCoreApplication::translate(
               "cd::ui::StatisticsCharts",
               "<b>%1</b><br>%2 checkpoints, %3 active in the last 7 days<br>%4 scans "
               "in the period<br><i>Click to see its details</i>")
        .arg(row.unit.nameWithType, format::number(row.checkpoints), format::number(row.active7d),
             format::number(row.scans));
}

} // namespace

QString periodText(const QDate &from, const QDate &to) {
    return format::date(from) + QStringLiteral(" – ") + format::date(to);
}

QChart *unitBars(const UnitStatistics &statistics, UnitMeasure measure) {
    const bool scans = measure == UnitMeasure::Scans;
    QChart *chart =
        newChart(scans ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans recorded by commune")
                       : QCoreApplication::translate("cd::ui::StatisticsCharts", "Checkpoints by commune"));
    if (statistics.parent.level == AdminUnit::Level::Province)
        chart->setTitle(
            scans ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans recorded by district")
                  : QCoreApplication::translate("cd::ui::StatisticsCharts", "Checkpoints by district"));
    const auto rows = topDown(statistics.rows);
    QBarSet *set = barSet(scans ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans recorded")
                                : QCoreApplication::translate("cd::ui::StatisticsCharts", "Checkpoints"),
                          scans ? statisticsStyle::scansColor() : statisticsStyle::checkpointsColor());
    QStringList categories, codes;
    qint64 largest = 0;
    for (const UnitStatisticsRow &row : rows) {
        const qint64 value = scans ? row.scans : row.checkpoints;
        set->append(double(value));
        categories << row.unit.nameWithType;
        codes << row.unit.code;
        largest = std::max(largest, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    QBarCategoryAxis *units = categoryAxis(categories);
    QValueAxis *values = countAxis(
        largest, scans ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans (from %1 to %2)")
                             .arg(format::date(statistics.from), format::date(statistics.asOf))
                       : QCoreApplication::translate("cd::ui::StatisticsCharts", "Checkpoints (as of %1)")
                             .arg(format::date(statistics.asOf)));
    chart->addAxis(units, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(units);
    series->attachAxis(values);
    chart->legend()->hide();
    chart->setProperty(kUnitCodes, codes);
    QObject::connect(set, &QBarSet::hovered, chart,
                     [rows](bool status, int index) { showTip(status, unitTip(rows.value(index))); });
    return chart;
}

QChart *activeInactive(const UnitStatistics &statistics) {
    QChart *chart = newChart(QCoreApplication::translate(
        "cd::ui::StatisticsCharts", "Checkpoints active and inactive in the last 7 days"));
    const auto rows = topDown(statistics.rows);
    QBarSet *active =
        barSet(QCoreApplication::translate("cd::ui::StatisticsCharts", "Scanned in the last 7 days"),
               statisticsStyle::activeColor());
    QBarSet *inactive =
        barSet(QCoreApplication::translate("cd::ui::StatisticsCharts", "No scan in the last 7 days"),
               statisticsStyle::inactiveColor());
    QStringList categories, codes;
    qint64 largest = 0;
    for (const UnitStatisticsRow &row : rows) {
        active->append(double(row.active7d));
        inactive->append(double(std::max<qint64>(0, row.checkpoints - row.active7d)));
        categories << row.unit.nameWithType;
        codes << row.unit.code;
        largest = std::max(largest, std::max(row.checkpoints, row.active7d));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({active, inactive});
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QBarCategoryAxis *units = categoryAxis(categories);
    QValueAxis *values = countAxis(
        largest, QCoreApplication::translate("cd::ui::StatisticsCharts", "Checkpoints, 7 days up to %1")
                     .arg(format::date(statistics.asOf)));
    chart->addAxis(units, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(units);
    series->attachAxis(values);
    chart->setProperty(kUnitCodes, codes);
    for (QBarSet *set : {active, inactive}) {
        QObject::connect(set, &QBarSet::hovered, chart, [rows](bool status, int index) {
            const UnitStatisticsRow row = rows.value(index);
            showTip(status,
                    QCoreApplication::translate("cd::ui::StatisticsCharts",
                                                "<b>%1</b><br>%2 of %3 checkpoints scanned in the last "
                                                "7 days, %4 not<br><i>Click to see its details</i>")
                        .arg(row.unit.nameWithType, format::number(row.active7d),
                             format::number(row.checkpoints),
                             format::number(std::max<qint64>(0, row.checkpoints - row.active7d))));
        });
    }
    return chart;
}

QChart *scanSeries(const QVector<SeriesPoint> &points, Period period, const QString &scopeName,
                   const QDate &from, const QDate &to) {
    const bool weekly = period == Period::Weekly;
    QChart *chart =
        newChart((weekly ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans per week – %1")
                         : QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans per day – %1"))
                     .arg(scopeName));
    auto x = [](const SeriesPoint &point) {
        return double(point.day.startOfDay().toMSecsSinceEpoch());
    };
    // A week cut by the period counts fewer days: its point is joined by a dashed line, so that the drop
    // at the end of a period that ends on a Tuesday is not read as people scanning less.
    auto daysCounted = [&](const SeriesPoint &point) {
        const QDate first = std::max(point.day, from);
        const QDate last = std::min(point.day.addDays(6), to);
        return int(first.daysTo(last)) + 1;
    };
    const bool partialFirst = weekly && points.size() > 1 && daysCounted(points.first()) < 7;
    const bool partialLast = weekly && points.size() > 1 && daysCounted(points.last()) < 7;
    auto *line = new QLineSeries;
    line->setName(
        weekly ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans in the week (from Monday)")
               : QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans in the day"));
    QPen pen(statisticsStyle::scansColor());
    pen.setWidthF(weekly ? 2.5 : 1.8);
    line->setPen(pen);
    qint64 largest = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        largest = std::max(largest, points[i].scans);
        if ((i == 0 && partialFirst) || (i == points.size() - 1 && partialLast))
            continue;
        line->append(x(points[i]), double(points[i].scans));
    }
    line->setPointsVisible(weekly);
    chart->addSeries(line);
    QList<QLineSeries *> partials;
    const auto addPartial = [&](const SeriesPoint &full, const SeriesPoint &cut) {
        auto *dashed = new QLineSeries;
        dashed->setName(
            QCoreApplication::translate("cd::ui::StatisticsCharts", "Week cut by the period (fewer days)"));
        QPen dashes(statisticsStyle::scansColor());
        dashes.setWidthF(2);
        dashes.setStyle(Qt::DashLine);
        dashed->setPen(dashes);
        dashed->append(x(full), double(full.scans));
        dashed->append(x(cut), double(cut.scans));
        dashed->setPointsVisible(true);
        chart->addSeries(dashed);
        partials << dashed;
    };
    if (partialFirst)
        addPartial(points[1], points[0]);
    if (partialLast)
        addPartial(points[points.size() - 2], points.last());

    auto *days = new QDateTimeAxis;
    days->setFormat(weekly || points.size() > 62 ? QStringLiteral("dd/MM/yy") : QStringLiteral("dd/MM"));
    days->setLabelsFont(QApplication::font());
    days->setTickCount(std::clamp(int(points.size()), 2, 9));
    days->setGridLineColor(QColor(0xe3, 0xe9, 0xe6));
    if (!points.isEmpty())
        days->setRange(points.first().day.startOfDay(), points.last().day.startOfDay());
    days->setTitleText(periodText(from, to));
    QValueAxis *values =
        countAxis(largest, weekly ? QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans per week")
                                  : QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans per day"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *series : QList<QLineSeries *>{line} + partials) {
        series->attachAxis(days);
        series->attachAxis(values);
    }
    // The legend only when it has something to say: which weeks are cut.
    chart->legend()->setVisible(!partials.isEmpty());
    for (qsizetype i = 1; i < partials.size(); ++i) {
        for (QLegendMarker *marker : chart->legend()->markers(partials[i]))
            marker->setVisible(false);
    }
    const auto tip = [points, weekly, daysCounted](const QPointF &at, bool state) {
        if (!state || points.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        // The nearest point of the series to where the pointer is.
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(at.x())).date();
        auto nearest = std::min_element(points.begin(), points.end(), [&](const auto &a, const auto &b) {
            return std::abs(a.day.daysTo(day)) < std::abs(b.day.daysTo(day));
        });
        QString when = weekly ? QCoreApplication::translate("cd::ui::StatisticsCharts", "week of %1")
                                    .arg(format::date(nearest->day))
                              : format::date(nearest->day);
        if (weekly && daysCounted(*nearest) < 7)
            when += QCoreApplication::translate("cd::ui::StatisticsCharts", " (%n days in the period)",
                                                nullptr, daysCounted(*nearest));
        QToolTip::showText(QCursor::pos(),
                           QCoreApplication::translate("cd::ui::StatisticsCharts", "%1: %2 scans")
                               .arg(when, format::number(nearest->scans)));
    };
    for (QLineSeries *series : QList<QLineSeries *>{line} + partials)
        QObject::connect(series, &QLineSeries::hovered, chart, tip);
    return chart;
}

QChart *topCheckpoints(const QVector<CheckpointStatisticsRow> &rows, const QString &scopeName) {
    QChart *chart =
        newChart(QCoreApplication::translate("cd::ui::StatisticsCharts", "Top %1 checkpoints by scans – %2")
                     .arg(format::number(rows.size()), scopeName));
    const auto ordered = topDown(rows);
    QBarSet *set = barSet(QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans recorded"),
                          statisticsStyle::scansColor());
    QStringList categories;
    qint64 largest = 0;
    for (const CheckpointStatisticsRow &row : ordered) {
        set->append(double(row.scans));
        // Two checkpoints may share a name: categories must differ, the code tells them apart.
        QString label = shortened(row.name);
        if (categories.contains(label))
            label += QStringLiteral(" (") + row.code + QLatin1Char(')');
        categories << label;
        largest = std::max(largest, row.scans);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    QBarCategoryAxis *names = categoryAxis(categories);
    QValueAxis *values = countAxis(
        largest, QCoreApplication::translate("cd::ui::StatisticsCharts", "Scans recorded in the period"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    chart->legend()->hide();
    QObject::connect(set, &QBarSet::hovered, chart, [ordered](bool status, int index) {
        const CheckpointStatisticsRow row = ordered.value(index);
        showTip(status,
                QCoreApplication::translate("cd::ui::StatisticsCharts",
                                            "<b>%1</b><br>%2<br>%3 scans, last on %4<br>%5")
                    .arg(row.name, row.communeName, format::number(row.scans),
                         row.lastScanDay.isValid() ? format::date(row.lastScanDay) : QString(), row.phone));
    });
    return chart;
}

} // namespace cd::ui::charts

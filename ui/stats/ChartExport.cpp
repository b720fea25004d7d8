// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>

namespace cd::ui {

Status saveChart(QChartView &view, const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!view.grab().save(path, "PNG"))
            return makeError(
                QCoreApplication::translate("cd::ui::ChartExport", "the picture could not be written"), path,
                0);
        return success();
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(view.size());
        generator.setViewBox(QRect(QPoint(0, 0), view.size()));
        generator.setTitle(view.chart() ? view.chart()->title() : QString());
        generator.setDescription(
            QCoreApplication::translate("cd::ui::ChartExport", "Chart made with Checkpoint Desk"));
        QPainter painter;
        if (!painter.begin(&generator))
            return makeError(
                QCoreApplication::translate("cd::ui::ChartExport", "the picture could not be written"), path,
                0);
        view.render(&painter);
        painter.end();
        if (QFileInfo(path).size() <= 0)
            return makeError(
                QCoreApplication::translate("cd::ui::ChartExport", "the picture could not be written"), path,
                0);
        return success();
    }
    return makeError(QCoreApplication::translate("cd::ui::ChartExport", "charts are saved as .png or .svg"),
                     path, 0);
}

} // namespace cd::ui

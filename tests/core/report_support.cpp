// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_support.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace cd::test {
namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

bool havePdfTools() {
    return QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")) &&
           QFileInfo::exists(QStringLiteral("/usr/bin/pdfinfo"));
}

QString pdfText(const QString &path, int page, bool layout) {
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return run(QStringLiteral("/usr/bin/pdftotext"), arguments);
}

QString simplified(const QString &text) {
    return text.simplified();
}

int pdfPageCount(const QString &path) {
    const QString info = run(QStringLiteral("/usr/bin/pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString runPython(const QString &script, const QStringList &arguments) {
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        WARN("/usr/bin/python3 is missing: the reading back is skipped");
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 0) {
        if (err.contains(QStringLiteral("ModuleNotFoundError")))
            WARN("python3 lacks a module, the reading back is skipped: " << err.toStdString());
        else
            FAIL(err.toStdString());
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

} // namespace cd::test

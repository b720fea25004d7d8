// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanGenerator.h"

#include "scans/ScanExport.h"

#include "export/CsvWriter.h"

#include <algorithm>

#include "export/SheetWriters.h"
#include "registry/CheckpointRegistry.h"
#include "scans/ScanTime.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace cd {
namespace {

const char16_t *const kFamilyNames[] = {u"Nguyễn", u"Trần", u"Lê",    u"Phạm", u"Hoàng", u"Huỳnh",
                                        u"Phan",   u"Vũ",   u"Võ",    u"Đặng", u"Bùi",   u"Đỗ",
                                        u"Hồ",     u"Ngô",  u"Dương", u"Lý",   u"Điểu",  u"K'"};
const char16_t *const kMiddleNames[] = {u"Văn", u"Thị",  u"Hữu", u"Minh", u"Thanh", u"Ngọc",
                                        u"Đức", u"Quốc", u"Thu", u"Kim",  u"Xuân",  u"Hoài"};
const char16_t *const kGivenNames[] = {
    u"An",   u"Bình",  u"Cường", u"Dũng", u"Hà",   u"Hải",  u"Hạnh", u"Hoa",    u"Hùng", u"Hương", u"Khánh",
    u"Lan",  u"Linh",  u"Long",  u"Mai",  u"Nam",  u"Nga",  u"Phúc", u"Phương", u"Quân", u"Sơn",   u"Tâm",
    u"Thảo", u"Thắng", u"Trang", u"Tuấn", u"Uyên", u"Việt", u"Yến",  u"Lực",    u"Bảo",  u"Thủy"};
const char16_t *const kPrefixes[] = {u"097", u"098", u"086", u"091", u"094", u"088", u"090", u"093",
                                     u"070", u"079", u"035", u"036", u"039", u"085", u"032", u"033"};

template <size_t N>
QString pick(QRandomGenerator &random, const char16_t *const (&items)[N]) {
    return QString::fromUtf16(items[random.bounded(int(N))]);
}

// The four ways exports write one phone.
QString writtenPhone(const QString &national, qint64 index) {
    switch (index % 4) {
    case 0:
        return national;
    case 1:
        return QStringLiteral("+84") + national.mid(1);
    case 2:
        return QStringLiteral("84 %1 %2 %3").arg(national.mid(1, 3), national.mid(4, 3), national.mid(7));
    default:
        return national.mid(1); // the leading 0 a spreadsheet dropped
    }
}

} // namespace

ScanGenerator::ScanGenerator(const QSqlDatabase &db, quint32 seed, int people)
    : m_random(seed)
    , m_checkpoints(CheckpointRegistry(db).list()) {
    makePeople(std::max(1, people));
}

void ScanGenerator::makePeople(int count) {
    for (int i = 0; i < count; ++i) {
        Person person;
        person.name = pick(m_random, kFamilyNames) + u' ' + pick(m_random, kMiddleNames) + u' ' +
                      pick(m_random, kGivenNames);
        const int kind = m_random.bounded(100);
        if (kind < 88)
            person.phone = pick(m_random, kPrefixes) +
                           QStringLiteral("%1").arg(m_random.bounded(10000000), 7, 10, QChar(u'0'));
        if (kind >= 80 && kind < 96)
            person.idNumber = QStringLiteral("0700%1").arg(m_random.bounded(100000000), 8, 10, QChar(u'0'));
        m_people.append(person);
    }
}

GeneratedScan ScanGenerator::randomAt(const QVector<int> &indexes, const QDate &from, const QDate &to) {
    const int index = indexes[m_random.bounded(int(indexes.size()))];
    const QDate registered = m_checkpoints[index].registeredOn;
    const QDate first = registered.isValid() && registered > from ? registered : from;
    const qint64 firstDay = scantime::dateToDay(first);
    const qint64 days = std::max<qint64>(1, scantime::dateToDay(to) - firstDay + 1);
    const qint64 day = firstDay + m_random.bounded(int(days));
    // People come between 6:00 and 21:00, Vietnam time.
    const qint64 second = 6 * 3600 + m_random.bounded(15 * 3600);
    return {day * 86400 + second - scantime::kVietnamOffsetSeconds, index,
            int(m_random.bounded(int(m_people.size())))};
}

GeneratedScan ScanGenerator::random(const QDate &from, const QDate &to) {
    QVector<int> open;
    for (int i = 0; i < m_checkpoints.size(); ++i) {
        if (!m_checkpoints[i].registeredOn.isValid() || m_checkpoints[i].registeredOn <= to)
            open << i;
    }
    return randomAt(open, from, to);
}

QVector<GeneratedScan> ScanGenerator::chronological(qint64 rows, const QDate &from, const QDate &to) {
    QVector<GeneratedScan> scans;
    scans.reserve(rows);
    for (qint64 i = 0; i < rows; ++i)
        scans.append(random(from, to));
    std::stable_sort(scans.begin(), scans.end(),
                     [](const GeneratedScan &a, const GeneratedScan &b) { return a.when < b.when; });
    return scans;
}

QStringList ScanGenerator::headers() {
    return ScanExport::nationalHeaders();
}

QStringList ScanGenerator::cells(const GeneratedScan &scan, qint64 index) const {
    const Checkpoint &c = m_checkpoints[scan.checkpoint];
    const Person &person = m_people[scan.person];
    return {QString::number(index + 1),
            scantime::toVietnamText(scan.when),
            c.code,
            c.name,
            c.communeName,
            person.name,
            person.phone.isEmpty() ? QString() : writtenPhone(person.phone, index),
            person.idNumber,
            index % 11 == 0 ? QStringLiteral("Check-out") : QStringLiteral("Check-in")};
}

Status ScanGenerator::write(const QString &path, qint64 rows,
                            const std::function<GeneratedScan()> &next) const {
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        // constant_memory: rows go to disk as they are written, so 100,000 rows need no more memory than ten.
        lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
        const QByteArray name = QFile::encodeName(path);
        lxw_workbook *workbook = workbook_new_opt(name.constData(), &options);
        if (!workbook)
            return makeError(tr("cannot create the workbook"), path);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Quet ma QR");
        lxw_format *dateTime = workbook_add_format(workbook);
        format_set_num_format(dateTime, "dd/mm/yyyy hh:mm:ss");
        worksheet_write_string(sheet, 0, 0, "DANH SÁCH NGƯỜI QUÉT MÃ QR TẠI ĐIỂM KIỂM DỊCH", nullptr);
        const QStringList heading = headers();
        for (int c = 0; c < heading.size(); ++c)
            worksheet_write_string(sheet, 2, lxw_col_t(c), heading[c].toUtf8().constData(), nullptr);
        for (qint64 i = 0; i < rows; ++i) {
            const GeneratedScan scan = next();
            const QStringList values = cells(scan, i);
            const auto row = lxw_row_t(3 + i);
            worksheet_write_number(sheet, row, 0, double(i + 1), nullptr);
            // An Excel date-time cell, as exports made in Excel have: Vietnam wall-clock time.
            const QDateTime local =
                QDateTime::fromSecsSinceEpoch(scan.when + scantime::kVietnamOffsetSeconds, Qt::UTC);
            lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                              local.time().hour(), local.time().minute(), double(local.time().second())};
            worksheet_write_datetime(sheet, row, 1, &when, dateTime);
            for (int c = 2; c < values.size(); ++c) {
                if (!values[c].isEmpty())
                    worksheet_write_string(sheet, row, lxw_col_t(c), values[c].toUtf8().constData(), nullptr);
            }
        }
        if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
            return makeError(tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))),
                             path);
        return success();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), path);
    QByteArray buffer("\xEF\xBB\xBF");
    const auto line = [](const QStringList &values) -> QByteArray {
        QString text;
        for (qsizetype c = 0; c < values.size(); ++c)
            text += (c > 0 ? QStringLiteral(",") : QString()) + sheets::CsvWriter::cell(values[c]);
        return text.toUtf8() + "\r\n";
    };
    buffer += line(headers());
    for (qint64 i = 0; i < rows; ++i) {
        buffer += line(cells(next(), i));
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return makeError(file.errorString(), path);
    return success();
}

} // namespace cd

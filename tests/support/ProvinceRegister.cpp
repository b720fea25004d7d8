// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceRegister.h"

#include "common/VietnameseText.h"
#include "units/AdminUnitRepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

namespace cd::test {
namespace {

QString capitalised(const QString &text) {
    QStringList words = text.split(u' ');
    for (QString &word : words) {
        if (!word.isEmpty())
            word[0] = word[0].toUpper();
    }
    return words.join(u' ');
}

// Without diacritics, as typed on a keyboard without Vietnamese input.
QString plain(const QString &text) {
    return capitalised(text::foldKey(text));
}

QString oldTones(QString text) {
    // "Hòa" -> "Hoà", "Thụy" -> "Thuỵ": the tone on the last vowel.
    for (const auto &[from, to] : {std::pair{u"òa", u"oà"}, std::pair{u"óa", u"oá"}, std::pair{u"ọa", u"oạ"},
                                   std::pair{u"ủy", u"uỷ"}, std::pair{u"ụy", u"uỵ"}, std::pair{u"úy", u"uý"}})
        text.replace(QString::fromUtf16(from), QString::fromUtf16(to));
    return text;
}

QString abbreviation(const QString &type) {
    if (type == QStringLiteral("Xã"))
        return QStringLiteral("X.");
    if (type == QStringLiteral("Phường"))
        return QStringLiteral("P.");
    if (type == QStringLiteral("Thị trấn"))
        return QStringLiteral("TT.");
    if (type == QStringLiteral("Huyện"))
        return QStringLiteral("H.");
    if (type == QStringLiteral("Thành phố"))
        return QStringLiteral("TP");
    if (type == QStringLiteral("Thị xã"))
        return QStringLiteral("TX.");
    if (type == QStringLiteral("Quận"))
        return QStringLiteral("Q.");
    return type;
}

// A unit's name in one of the ways offices write it; `uniqueWithoutDiacritics` allows the plain form.
QString written(const AdminUnit &unit, QRandomGenerator &random, bool uniqueWithoutDiacritics) {
    switch (random.bounded(uniqueWithoutDiacritics ? 9 : 8)) {
    case 0:
        return unit.nameWithType;
    case 1:
        return abbreviation(unit.type) + u' ' + unit.name;
    case 2:
        return abbreviation(unit.type) + unit.name; // "X.Nam Tuấn"
    case 3:
        return unit.nameWithType.toUpper();
    case 4:
        return unit.name;
    case 5:
        return unit.nameWithType.normalized(QString::NormalizationForm_D);
    case 6:
        return QStringLiteral("  ") + oldTones(unit.nameWithType) + QStringLiteral(" ");
    case 7:
        return oldTones(unit.name).toLower();
    default:
        return plain(unit.name);
    }
}

const QStringList kTypes{QStringLiteral("Cửa hàng tạp hóa"),
                         QStringLiteral("Bến xe"),
                         QStringLiteral("Chốt kiểm soát"),
                         QStringLiteral("Nhà hàng, quán ăn"),
                         QStringLiteral("Nhà văn hóa xóm"),
                         QStringLiteral("UBND xã"),
                         QStringLiteral("Trạm y tế"),
                         QStringLiteral("Trường tiểu học"),
                         QStringLiteral("Chợ"),
                         QStringLiteral("Khách sạn"),
                         QStringLiteral("Tiệm cắt tóc"),
                         QStringLiteral("Co so san xuat"),
                         QString()};

QString phoneOf(int index, QRandomGenerator &random) {
    const QString digits = QStringLiteral("9%1").arg(10000000 + index, 8, 10, QChar(u'0'));
    switch (random.bounded(7)) {
    case 0:
        return u'0' + digits;
    case 1:
        return QStringLiteral("+84 ") + digits.left(2) + u' ' + digits.mid(2, 3) + u' ' + digits.mid(5);
    case 2:
        return digits; // the leading zero Excel dropped
    case 3:
        return u'0' + digits.left(3) + u'.' + digits.mid(3, 3) + u'.' + digits.mid(6);
    case 4:
        return QStringLiteral("84") + digits;
    case 5:
        return QStringLiteral("không có");
    default:
        return QString();
    }
}

QString csvCell(QString cell) {
    if (cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + cell + u'"';
    }
    return cell;
}

} // namespace

Result<GeneratedRegister> writeProvinceRegister(const QSqlDatabase &db, const QString &provinceCode, int rows,
                                                const QString &path, quint32 seed) {
    const AdminUnitRepository units(db);
    const auto province = units.unit(provinceCode);
    if (!province)
        return makeError(QStringLiteral("no province %1").arg(provinceCode));
    const AdminUnits districts = units.children(provinceCode);
    AdminUnits communes;
    for (const AdminUnit &district : districts)
        communes += units.children(district.code);
    // A commune name is written without diacritics only where that name is unique in its district.
    QHash<QString, int> plainInDistrict;
    for (const AdminUnit &commune : communes)
        ++plainInDistrict[commune.parentCode + u'|' + text::foldKey(commune.name)];
    QHash<QString, int> plainDistricts;
    for (const AdminUnit &district : districts)
        ++plainDistricts[text::foldKey(district.name)];

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(file.errorString(), path);
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << QStringLiteral("SỞ Y TẾ %1\n").arg(province->nameWithType.toUpper());
    out << QStringLiteral("DANH SÁCH ĐIỂM QUÉT MÃ QR TRÊN ĐỊA BÀN TỈNH\n\n");
    out << QStringLiteral(
        "STT;Tên địa điểm (*);Loại hình;SĐT liên hệ;Tỉnh/TP;Quận/Huyện;Xã/Phường/Thị trấn;Địa chỉ\n");

    QRandomGenerator random(seed);
    GeneratedRegister reg;
    QHash<QString, int> perCommune;
    for (int i = 0; i < rows; ++i) {
        const AdminUnit &commune = communes[random.bounded(int(communes.size()))];
        const AdminUnit *district = nullptr;
        for (const AdminUnit &d : districts) {
            if (d.code == commune.parentCode)
                district = &d;
        }
        ++perCommune[commune.code];
        GeneratedCheckpoint c{QStringLiteral("Điểm quét %1 – %2").arg(i + 1).arg(commune.name), commune.code,
                              commune.parentCode};
        QString provinceText;
        switch (random.bounded(5)) {
        case 0:
            provinceText = province->name;
            break;
        case 1:
            provinceText = province->nameWithType;
            break;
        case 2:
            provinceText = QStringLiteral("T. ") + province->name;
            break;
        case 3:
            provinceText = plain(province->name).toUpper();
            break;
        default:
            provinceText = QString();
            break;
        }
        const QString districtText =
            written(*district, random, plainDistricts.value(text::foldKey(district->name)) == 1);
        const QString communeText =
            written(commune, random,
                    plainInDistrict.value(commune.parentCode + u'|' + text::foldKey(commune.name)) == 1);
        const QString address =
            random.bounded(4) == 0 ? QString() : QStringLiteral("Thôn %1").arg(random.bounded(1, 20));
        out << (i + 1) << u';' << csvCell(c.name) << u';'
            << csvCell(kTypes[random.bounded(int(kTypes.size()))]) << u';' << csvCell(phoneOf(i, random))
            << u';' << csvCell(provinceText) << u';' << csvCell(districtText) << u';' << csvCell(communeText)
            << u';' << csvCell(address) << u'\n';
        reg.checkpoints.append(c);
        ++reg.perDistrict[c.districtCode];
    }
    out << QStringLiteral(";Tổng cộng;;;;;;%1\n").arg(rows);
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return makeError(file.errorString(), path);
    return reg;
}

Result<QHash<QString, ExpectedFigures>> writeScanExport(const GeneratedRegister &reg, const QSqlDatabase &db,
                                                        int rows, const QDate &asOf, const QString &path,
                                                        quint32 seed) {
    const AdminUnitRepository units(db);
    QHash<QString, AdminUnit> communeOf;
    for (const GeneratedCheckpoint &c : reg.checkpoints) {
        if (!communeOf.contains(c.communeCode)) {
            if (const auto unit = units.unit(c.communeCode))
                communeOf.insert(c.communeCode, *unit);
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(file.errorString(), path);
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << QStringLiteral("Ngày quét,Giờ quét,Tên địa điểm,Xã/Phường,Họ và tên,Số điện thoại\n");
    QRandomGenerator random(seed);
    const QDate start(asOf.year(), 1, 1);
    const int span = int(start.daysTo(asOf)) + 9; // a few days past as-of, which must not count
    QHash<QString, ExpectedFigures> figures;
    QSet<QString> seen; // checkpoint | second | person: a scan is stored once
    QSet<int> withScans, active;
    for (int i = 0; i < rows; ++i) {
        const int index = random.bounded(int(reg.checkpoints.size()));
        const GeneratedCheckpoint &c = reg.checkpoints[index];
        const QDate day = start.addDays(random.bounded(span));
        const QTime time(random.bounded(6, 21), random.bounded(60), random.bounded(60));
        const QString phone = QStringLiteral("03%1").arg(random.bounded(10000000, 99999999));
        const QString key =
            QStringLiteral("%1|%2|%3").arg(index).arg(day.toString(Qt::ISODate) + time.toString()).arg(phone);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << day.toString(QStringLiteral("dd/MM/yyyy")) << u',' << time.toString(QStringLiteral("HH:mm:ss"))
            << u',' << u'"' << c.name << u'"' << u',' << communeOf.value(c.communeCode).nameWithType << u','
            << QStringLiteral("Người %1").arg(i) << u',' << phone << u'\n';
        if (day > asOf)
            continue;
        ExpectedFigures &f = figures[c.districtCode];
        ++f.scans;
        if (!withScans.contains(index)) {
            withScans.insert(index);
            ++f.withScans;
        }
        if (day > asOf.addDays(-7)) {
            ++f.scans7d;
            if (!active.contains(index)) {
                active.insert(index);
                ++f.active7d;
            }
        }
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return makeError(file.errorString(), path);
    return figures;
}

} // namespace cd::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "checkin/DeskEntriesModel.h"
#include "checkin/DeskInputLine.h"
#include "checkin/DeskPage.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/SqlQuery.h"
#include "posters/InlineMessage.h"
#include "registry/CheckpointRegistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

namespace {

const QString kCccd = QStringLiteral("079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|"
                                     "Thôn 5, xã Đăng Hà, huyện Bù Đăng, tỉnh Bình Phước|15082021");
const QString kCccdSixFields = QStringLiteral("079085001234|Trần Văn Bình|15051985|Nam|"
                                              "Ấp 3, xã Bom Bo, huyện Bù Đăng, tỉnh Bình Phước|20062021");
// The first CCCD as a scanner set to another keyboard layout types it: `|` as `\`, the Vietnamese
// letters lost.
const QString kGarbled = QStringLiteral("079123456789\\281234567\\Nguyn Th Hoa\\01011990\\N\\"
                                        "Thn 5, x ng H, huyn B ng, tnh Bnh Phc\\15082021");

// What a USB scanner does: a burst of characters, then Enter. QTest::keyClicks passes each character
// through toLatin1(), which would drop the Vietnamese letters before the line edit saw them; those go as
// key events carrying their text, as a keyboard wedge sends them.
void type(QWidget *widget, const QString &text) {
    QString ascii;
    const auto flush = [&] {
        QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            ascii += c;
            continue;
        }
        flush();
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    flush();
}

void scan(QWidget *widget, const QString &text) {
    type(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
}

qint64 count(const Database &db, const QString &statement, std::initializer_list<QVariant> values = {}) {
    const auto value = sql::scalar(db.connection(), statement, values);
    REQUIRE(value.ok());
    return value->toLongLong();
}

qint64 scansOf(const Database &db, const QString &personKey) {
    return count(db, QStringLiteral("SELECT count(*) FROM scans WHERE person_key = ?"), {personKey});
}

qint64 allScans(const Database &db) {
    return count(db, QStringLiteral("SELECT count(*) FROM scans"));
}

bool inputHasFocus(const ui::DeskPage &page) {
    return QApplication::focusWidget() == page.input();
}

// The page shown and active, the desk opened at a checkpoint with the keyboard alone.
struct OpenDesk {
    std::unique_ptr<Database> db = test::demoWorkspace();
    ui::DeskPage page{*db};
    QString code;

    explicit OpenDesk(bool out = false) {
        page.resize(1100, 760);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        REQUIRE(page.checkpointCombo()->count() > 0);
        code = page.checkpointCombo()->currentData().toString();
        REQUIRE_FALSE(code.isEmpty());
        if (out) {
            page.directionCombo()->setFocus();
            QTest::keyClick(page.directionCombo(), Qt::Key_Down);
            REQUIRE(page.directionCombo()->currentData().toString() == QStringLiteral("out"));
        }
        page.startButton()->setFocus();
        QTest::keyClick(page.startButton(), Qt::Key_Space);
        REQUIRE(page.isOpen());
        REQUIRE(inputHasFocus(page));
    }

    qint64 checkpointId() const {
        return count(*db, QStringLiteral("SELECT id FROM checkpoints WHERE code = ?"), {code});
    }
};

} // namespace

TEST_CASE("the desk records a CCCD, a phone and a name with its phone as a scanner types them",
          "[ui][desk]") {
    OpenDesk desk;
    ui::DeskPage &page = desk.page;
    Database &db = *desk.db;
    QAbstractItemModelTester tester(page.entries(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy sounds(&page, &ui::DeskPage::sounded);
    const qint64 before = allScans(db);

    // The 7-field CCCD, Vietnamese letters and all.
    type(page.input(), kCccd);
    REQUIRE(page.input()->text() == kCccd);
    QTest::keyClick(page.input(), Qt::Key_Return);
    CHECK(scansOf(db, QStringLiteral("i:079123456789")) == 1);
    REQUIRE(page.entries()->rowCount() == 1);
    const checkin::DeskRecord first = page.entries()->entry(0).record;
    CHECK(first.name == QStringLiteral("Nguyễn Thị Hoa"));
    CHECK_FALSE(first.repeat);
    CHECK(first.at.date() == clock::today());
    CHECK(page.entries()->index(0, ui::DeskEntriesModel::NameColumn).data().toString() ==
          QStringLiteral("Nguyễn Thị Hoa"));
    CHECK(page.entries()->index(0, ui::DeskEntriesModel::ContactColumn).data().toString() ==
          first.maskedIdNumber);
    CHECK_FALSE(first.maskedIdNumber.contains(QStringLiteral("079123456789")));
    CHECK_FALSE(page.message()->isError());
    CHECK(page.input()->text().isEmpty());
    CHECK(inputHasFocus(page));
    REQUIRE(sounds.size() == 1);
    CHECK(sounds.at(0).at(0).toBool());

    // Only the ID and the name are kept: nothing of the birth date, sex or address.
    auto stored = sql::exec(db.connection(),
                            QStringLiteral("SELECT person_name, id_number, scanned_at, direction FROM scans "
                                           "WHERE person_key = 'i:079123456789'"));
    REQUIRE(stored.ok());
    QSqlQuery row = std::move(stored).value();
    REQUIRE(row.next());
    CHECK(row.value(0).toString() == QStringLiteral("Nguyễn Thị Hoa"));
    CHECK(row.value(1).toString() == QStringLiteral("079123456789"));
    CHECK(clock::vietnamDate(row.value(2).toLongLong()) == clock::today());
    CHECK(row.value(3).toString() == QStringLiteral("in"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM scans WHERE person_name LIKE '%Thôn%' "
                                   "OR person_name LIKE '%01011990%' OR id_number LIKE '%281234567%'")) == 0);

    // The 6-field variant, without the old ID.
    scan(page.input(), kCccdSixFields);
    CHECK(scansOf(db, QStringLiteral("i:079085001234")) == 1);
    CHECK(page.entries()->entry(0).record.name == QStringLiteral("Trần Văn Bình"));
    CHECK(inputHasFocus(page));

    // A phone typed by hand, spaces and all.
    scan(page.input(), QStringLiteral("0912 345 678"));
    CHECK(scansOf(db, QStringLiteral("p:0912345678")) == 1);
    CHECK(page.entries()->index(0, ui::DeskEntriesModel::ContactColumn).data().toString() ==
          page.entries()->entry(0).record.maskedPhone);
    CHECK_FALSE(page.entries()->entry(0).record.maskedPhone.isEmpty());
    CHECK(inputHasFocus(page));

    // A name: the desk asks for the phone, in its own field.
    scan(page.input(), QStringLiteral("Lê Văn Tám"));
    CHECK(page.isAskingPhone());
    CHECK(page.phoneInput()->isVisible());
    CHECK(QApplication::focusWidget() == page.phoneInput());
    CHECK(allScans(db) == before + 3);
    scan(page.phoneInput(), QStringLiteral("0987654321"));
    CHECK_FALSE(page.isAskingPhone());
    CHECK_FALSE(page.phoneInput()->isVisible());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM scans WHERE person_name = ?"),
                {QStringLiteral("Lê Văn Tám")}) == 1);
    CHECK(page.entries()->entry(0).record.name == QStringLiteral("Lê Văn Tám"));
    CHECK(inputHasFocus(page));
    CHECK(allScans(db) == before + 4);
    CHECK(page.entries()->rowCount() == 4);

    // Today's count, from the daily counts the records updated.
    const qint64 day = QDate(1970, 1, 1).daysTo(clock::today());
    const qint64 today =
        count(db, QStringLiteral("SELECT scans FROM daily_counts WHERE checkpoint_id = ? AND day = ?"),
              {desk.checkpointId(), day});
    CHECK(today >= 4);
    CHECK(page.countLabel()->text().contains(format::number(today)));
    CHECK(sounds.size() == 4);
}

TEST_CASE("the same CCCD again is a repeat, shown and not stored twice", "[ui][desk]") {
    OpenDesk desk;
    ui::DeskPage &page = desk.page;
    scan(page.input(), kCccd);
    REQUIRE(scansOf(*desk.db, QStringLiteral("i:079123456789")) == 1);
    const QString countBefore = page.countLabel()->text();

    scan(page.input(), kCccd);
    CHECK(scansOf(*desk.db, QStringLiteral("i:079123456789")) == 1);
    REQUIRE(page.entries()->rowCount() == 2);
    const checkin::DeskRecord repeat = page.entries()->entry(0).record;
    CHECK(repeat.repeat);
    CHECK(page.entries()
              ->index(0, ui::DeskEntriesModel::NoteColumn)
              .data()
              .toString()
              .contains(QStringLiteral("repeat")));
    CHECK(page.message()->text().contains(
        QStringLiteral("already recorded at %1").arg(repeat.at.toString(QStringLiteral("HH:mm")))));
    CHECK_FALSE(page.message()->isError());
    CHECK(page.countLabel()->text() == countBefore);
    CHECK(inputHasFocus(page));
}

TEST_CASE("a garbled scan is refused with the core's message and nothing is stored", "[ui][desk]") {
    OpenDesk desk;
    ui::DeskPage &page = desk.page;
    QSignalSpy sounds(&page, &ui::DeskPage::sounded);
    const qint64 before = allScans(*desk.db);

    scan(page.input(), kGarbled);
    CHECK(allScans(*desk.db) == before);
    CHECK(page.entries()->rowCount() == 0);
    CHECK(page.message()->isVisible());
    CHECK(page.message()->isError());
    const auto read = checkin::readDeskInput(kGarbled);
    REQUIRE_FALSE(read.ok());
    CHECK(page.message()->text().contains(read.error().message.mid(1)));
    CHECK(page.input()->text().isEmpty());
    CHECK(inputHasFocus(page));
    REQUIRE(sounds.size() == 1);
    CHECK_FALSE(sounds.at(0).at(0).toBool());

    // The next scan is read as usual, and the failure line gives way to it.
    scan(page.input(), kCccd);
    CHECK(allScans(*desk.db) == before + 1);
    CHECK_FALSE(page.message()->isError());
}

TEST_CASE("Esc on the phone question goes back to the main line, recording nothing", "[ui][desk]") {
    OpenDesk desk(true);
    ui::DeskPage &page = desk.page;
    const qint64 before = allScans(*desk.db);
    scan(page.input(), QStringLiteral("Phạm Thị Lan"));
    REQUIRE(page.isAskingPhone());
    type(page.phoneInput(), QStringLiteral("0912"));
    QTest::keyClick(page.phoneInput(), Qt::Key_Escape);
    CHECK_FALSE(page.isAskingPhone());
    CHECK_FALSE(page.phoneInput()->isVisible());
    CHECK(inputHasFocus(page));
    CHECK(allScans(*desk.db) == before);

    // Typed over, a phone is recorded at the direction chosen.
    type(page.input(), QStringLiteral("0869111222"));
    CHECK(page.input()->text() == QStringLiteral("0869111222"));
    QTest::keyClick(page.input(), Qt::Key_Return);
    CHECK(allScans(*desk.db) == before + 1);
    CHECK(count(*desk.db,
                QStringLiteral(
                    "SELECT count(*) FROM scans WHERE person_key = 'p:0869111222' AND direction = 'out' "
                    "AND checkpoint_id = ?"),
                {desk.checkpointId()}) == 1);
}

TEST_CASE("the desk lists active checkpoints with sub-checkpoints under their parent, and Stop closes it",
          "[ui][desk]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    const Checkpoints all = registry.list();
    REQUIRE(all.size() >= 3);
    Checkpoint child = all.at(1);
    child.id = 0;
    child.code.clear();
    child.name = QStringLiteral("Tầng 2 — khu khám bệnh");
    child.address = QStringLiteral("Tầng 2, ") + child.address;
    child.parentId = all.at(1).id;
    child.issuedQrPayload.clear();
    const auto added = registry.add(child);
    REQUIRE(added.ok());
    REQUIRE(registry.close(all.at(2).id, clock::today()).ok());

    ui::DeskPage page(*db);
    QComboBox *combo = page.checkpointCombo();
    CHECK(combo->count() == all.size()); // one added, one closed
    CHECK(combo->findData(all.at(2).code) < 0);
    const int parent = combo->findData(all.at(1).code);
    REQUIRE(parent >= 0);
    CHECK(combo->findData(added->code) == parent + 1);
    CHECK(combo->itemText(parent + 1).startsWith(QStringLiteral("    ")));
    CHECK(combo->itemText(parent + 1).contains(child.name));

    // A line before Start is refused, and kept to be recorded once the desk opens.
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.selectCheckpoint(added->code));
    page.input()->setFocus();
    scan(page.input(), QStringLiteral("0912345678"));
    CHECK(page.message()->isError());
    CHECK(page.input()->text() == QStringLiteral("0912345678"));
    const qint64 before = allScans(*db);
    REQUIRE(page.start());
    CHECK_FALSE(combo->isEnabled());
    CHECK(page.stopButton()->isEnabled());
    QTest::keyClick(page.input(), Qt::Key_Return);
    CHECK(allScans(*db) == before + 1);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM scans WHERE checkpoint_id = ?"), {added->id}) == 1);

    page.stopButton()->setFocus();
    QTest::keyClick(page.stopButton(), Qt::Key_Space);
    CHECK_FALSE(page.isOpen());
    CHECK(combo->isEnabled());
    CHECK(page.startButton()->isEnabled());
    scan(page.input(), QStringLiteral("0987654321"));
    CHECK(allScans(*db) == before + 1);
}

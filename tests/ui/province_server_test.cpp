// SPDX-License-Identifier: GPL-3.0-or-later
// The province server in the window: the province office sets up a district office, the district files a
// trace request from its tracing page, the province approves it (on a job) or refuses it, and the district
// opens the answer, which shows what the core answers. In an office's own file none of it is there.
#include "ProvinceFixture.h"
#include "TestSupport.h"
#include "registry_test_helpers.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoDatabase.h"
#include "jobs/Job.h"
#include "posters/InlineMessage.h"
#include "province/AddDistrictOfficeDialog.h"
#include "province/AskProvinceDialog.h"
#include "province/DistrictOffices.h"
#include "province/DistrictOfficesPanel.h"
#include "province/DistrictRequestsDialog.h"
#include "province/ProvincePage.h"
#include "province/ProvinceRequestBar.h"
#include "province/ProvinceRequestsPanel.h"
#include "province/RefuseRequestDialog.h"
#include "province/TraceAnswerDialog.h"
#include "province/TraceRequests.h"
#include "trace/SheetTableModel.h"
#include "trace/TracePage.h"

#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace cd;
using province::TraceRequests;
using test::CaseInTwoDistricts;

namespace {

// What a row of a table shows, by column key.
QString shown(const ui::SheetTableModel *model, int row, const QString &key) {
    const int column = model->columnOf(key);
    INFO("no column " << key);
    REQUIRE(column >= 0);
    return model->index(row, column).data().toString();
}

template <typename T>
T *child(QObject *parent, const char *name) {
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

// 24/08/2021 07:30 for an instant in Vietnam time, computed here rather than by the program's formatter.
QString vietnamTime(qint64 epochSeconds) {
    return QDateTime::fromSecsSinceEpoch(epochSeconds + 7 * 3600, Qt::UTC)
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// A session's window as the GUI opens it, the operator already named.
std::unique_ptr<ui::GuiSession> startSession(const QString &location) {
    auto session = std::make_unique<ui::GuiSession>();
    session->setOperatorKnown(true);
    REQUIRE(session->start(location));
    REQUIRE(session->window());
    return session;
}

// As the district, on its tracing page: "Ask the province…" over the trace on screen, a reason, Send.
// Returns what the dialog proposed; the request is the newest the district lists.
ui::RequestDraft askProvince(ui::TracePage *tracing, const QString &reason) {
    ui::ProvinceRequestBar *bar = tracing->provinceRequestBar();
    REQUIRE(bar);
    ui::RequestDraft proposed;
    bool sent = false;
    QString why;
    test::whenModal<ui::AskProvinceDialog>([&](ui::AskProvinceDialog *dialog) {
        proposed = dialog->draft();
        QPushButton *send = dialog->sendButton();
        CHECK_FALSE(send->isEnabled()); // a reason is required
        child<QPlainTextEdit>(dialog, "askReason")->setPlainText(reason);
        REQUIRE(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        sent = !dialog->isVisible() && dialog->requestId() > 0;
        why = dialog->findChild<ui::InlineMessage *>()->text();
    });
    QTest::mouseClick(bar->askButton(), Qt::LeftButton);
    INFO(why.toStdString());
    CHECK(sent);
    return proposed;
}

// As the district: "Requests to the province…", then what `act` does with the list (modal).
void withDistrictRequests(ui::TracePage *tracing,
                          const std::function<void(ui::DistrictRequestsDialog *)> &act) {
    bool opened = false;
    test::whenModal<ui::DistrictRequestsDialog>([&](ui::DistrictRequestsDialog *dialog) {
        opened = true;
        act(dialog);
    });
    QTest::mouseClick(tracing->provinceRequestBar()->requestsButton(), Qt::LeftButton);
    REQUIRE(opened);
}

} // namespace

TEST_CASE("an office's own file shows none of the province server's parts", "[ui][province]") {
    if (test::onServer())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    auto session = startSession(path);
    ui::MainWindow *window = session->window();
    CHECK_FALSE(window->sectionIds().contains(QStringLiteral("province")));
    CHECK_FALSE(window->findChild<QMenu *>(QStringLiteral("provinceMenu")));
    CHECK_FALSE(window->findChild<QLabel *>(QStringLiteral("serverOffice")));
    auto *tracing = window->findChild<ui::TracePage *>();
    REQUIRE(tracing);
    CHECK_FALSE(tracing->provinceRequestBar());
    CHECK_FALSE(window->findChild<ui::ProvinceRequestBar *>());
}

TEST_CASE("a district role is proposed from the district's name", "[ui][province]") {
    CHECK(ui::AddDistrictOfficeDialog::proposedRole(QStringLiteral("Bù Đăng")) == QStringLiteral("bu_dang"));
    CHECK(ui::AddDistrictOfficeDialog::proposedRole(QStringLiteral("Đồng Xoài")) ==
          QStringLiteral("dong_xoai"));
    CHECK(ui::AddDistrictOfficeDialog::proposedRole(QStringLiteral("1")) == QStringLiteral("huyen_1"));
    CHECK(province::DistrictOffices::isValidRoleName(
        ui::AddDistrictOfficeDialog::proposedRole(QStringLiteral("Thị xã Phước Long"))));
}

TEST_CASE("an answer shows its times as dd/MM/yyyy HH:mm and its counts with thousands separators",
          "[ui][province]") {
    province::TraceAnswer answer;
    answer.request.id = 7;
    answer.request.status = QStringLiteral("answered");
    answer.request.from = QDate(2021, 8, 10);
    answer.request.to = QDate(2021, 8, 24);
    answer.request.answeredAt = QStringLiteral("2021-08-25T09:05:00+07:00");
    answer.visits.append({CaseInTwoDistricts::visitB, CaseInTwoDistricts::visitB + 3600, 1234, 5678,
                          QStringLiteral("B-001"), QStringLiteral("Chợ B"), QStringLiteral("1 Đường B"),
                          QStringLiteral("Xã B"), QStringLiteral("Huyện B")});
    ui::TraceAnswerDialog dialog(answer);
    const ui::SheetTableModel *model = dialog.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(shown(model, 0, QStringLiteral("start")) == QStringLiteral("23/08/2021 13:26"));
    CHECK(shown(model, 0, QStringLiteral("end")) == QStringLiteral("23/08/2021 14:26"));
    CHECK(shown(model, 0, QStringLiteral("scans")) == QStringLiteral("1.234"));
    CHECK(shown(model, 0, QStringLiteral("contacts")) == QStringLiteral("5.678"));
    CHECK(dialog.summary()->text().contains(QStringLiteral("25/08/2021 09:05")));
    CHECK(dialog.summary()->text().contains(QStringLiteral("5.678")));
}

TEST_CASE("the province sets up a district office and answers its trace request through the window",
          "[ui][province][postgresql]") {
    if (!test::onServer())
        return;
    auto province = test::demoWorkspace();
    const QSqlDatabase p = province->connection();
    const CaseInTwoDistricts planted = test::plantCaseInTwoDistricts(p);
    test::ServerRoles roles(p);
    const QString role = roles.name(QStringLiteral("ui"));

    // The province office: its section, its menu, who it is.
    auto provinceSession = startSession(province->path());
    ui::MainWindow *provinceWindow = provinceSession->window();
    REQUIRE(provinceWindow->sectionIds().contains(QStringLiteral("province")));
    CHECK(provinceWindow->findChild<QMenu *>(QStringLiteral("provinceMenu")));
    CHECK(child<QLabel>(provinceWindow, "serverOffice")->text() == QStringLiteral("Province office"));
    auto *provincePage = provinceWindow->findChild<ui::ProvincePage *>();
    REQUIRE(provincePage);
    CHECK_FALSE(provinceWindow->findChild<ui::TracePage *>()->provinceRequestBar());

    // Adds the district office: Bù Đăng chosen among the province's districts, the role proposed then typed.
    REQUIRE(provinceWindow->showSection(QStringLiteral("province")));
    provincePage->showTab(ui::ProvincePage::OfficesTab);
    ui::DistrictOfficesPanel *offices = provincePage->offices();
    CHECK(offices->offices().isEmpty());
    bool added = false;
    test::whenModal<ui::AddDistrictOfficeDialog>([&](ui::AddDistrictOfficeDialog *dialog) {
        REQUIRE(dialog->selectDistrict(planted.districtA));
        CHECK(dialog->role() == QStringLiteral("bu_dang"));
        CHECK_FALSE(dialog->selectDistrict(QStringLiteral("25432"))); // a commune is no district
        // A role of the server's superuser would see every district: refused, and the dialog says why.
        dialog->setRole(QUrl(test::serverUri()).userName());
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        REQUIRE(dialog->isVisible());
        CHECK(dialog->findChild<ui::InlineMessage *>()->isError());
        dialog->setRole(role);
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        added = !dialog->isVisible();
    });
    QTest::mouseClick(offices->addButton(), Qt::LeftButton);
    REQUIRE(added);
    REQUIRE(offices->offices().size() == 1);
    CHECK(offices->offices().first().role == role);
    CHECK(offices->offices().first().districtCode == planted.districtA);
    CHECK(shown(offices->model(), 0, QStringLiteral("district")) == QStringLiteral("Huyện Bù Đăng"));
    CHECK(shown(offices->model(), 0, QStringLiteral("role")) == role);
    const auto stored = province::DistrictOffices(p).list();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().role == role);

    // The district office logs in with its role: no province section; its tracing page offers to ask.
    auto districtSession = startSession(test::asRole(province->path(), role));
    ui::MainWindow *districtWindow = districtSession->window();
    CHECK_FALSE(districtWindow->sectionIds().contains(QStringLiteral("province")));
    CHECK(child<QLabel>(districtWindow, "serverOffice")->text() ==
          QStringLiteral("District office: Huyện Bù Đăng"));
    REQUIRE(districtWindow->showSection(QStringLiteral("trace")));
    auto *tracing = districtWindow->findChild<ui::TracePage *>();
    REQUIRE(tracing);
    REQUIRE(tracing->provinceRequestBar());
    QSqlDatabase d = districtSession->database()->connection();

    // Its own trace sees the district's visit only.
    tracing->setPeriod(QDate(2021, 8, 10), QDate(2021, 8, 24));
    tracing->setWindowMinutes(30);
    QSignalSpy traced(tracing->job(), &ui::Job::finished);
    tracing->search(CaseInTwoDistricts::casePhone, trace::QueryKind::Phone);
    REQUIRE(traced.wait(30000));
    REQUIRE(tracing->result().has_value());
    REQUIRE(tracing->result()->visits.size() == 1);
    CHECK(tracing->result()->visits.first().start == CaseInTwoDistricts::visitA);

    const ui::RequestDraft proposed =
        askProvince(tracing, QStringLiteral("F0 ngày 24/08, làm việc ở huyện bên"));
    CHECK(proposed.kind == trace::QueryKind::Phone);
    CHECK(proposed.text == CaseInTwoDistricts::casePhone);
    CHECK(proposed.from == QDate(2021, 8, 10));
    CHECK(proposed.to == QDate(2021, 8, 24));
    CHECK(proposed.windowMinutes == 30);
    const auto filed = TraceRequests(d).list();
    REQUIRE(filed.ok());
    REQUIRE(filed->size() == 1);
    const qint64 id = filed->first().id;
    CHECK(filed->first().status == QStringLiteral("pending"));
    CHECK(filed->first().queryText == CaseInTwoDistricts::casePhone);
    CHECK(filed->first().reason == QStringLiteral("F0 ngày 24/08, làm việc ở huyện bên"));
    CHECK(filed->first().requestedBy == role);

    // Before the province answers, the district's list says it waits, and there is no answer to open.
    withDistrictRequests(tracing, [&](ui::DistrictRequestsDialog *dialog) {
        REQUIRE(dialog->model()->rowCount() == 1);
        CHECK(shown(dialog->model(), 0, QStringLiteral("status")) ==
              QStringLiteral("Waiting for the province"));
        REQUIRE(dialog->selectRequest(id));
        CHECK_FALSE(dialog->openButton()->isEnabled());
    });

    // The province approves it from its list, newest first; the trace runs on the panel's job.
    provincePage->showTab(ui::ProvincePage::RequestsTab);
    ui::ProvinceRequestsPanel *requests = provincePage->requests();
    requests->reload();
    REQUIRE(requests->requests().size() == 1);
    CHECK(requests->pendingCount() == 1);
    CHECK(provincePage->tabs()->tabText(ui::ProvincePage::RequestsTab).contains(QStringLiteral("1 waiting")));
    CHECK(shown(requests->model(), 0, QStringLiteral("case")) ==
          QStringLiteral("Phone ") + CaseInTwoDistricts::casePhone);
    CHECK(shown(requests->model(), 0, QStringLiteral("office")).contains(role));
    CHECK(shown(requests->model(), 0, QStringLiteral("period")) == QStringLiteral("10/08/2021 – 24/08/2021"));
    QStringList asked;
    requests->setConfirmer([&](const QString &, const QString &question) {
        asked << question;
        return true;
    });
    QPushButton *approve = requests->approveButton();
    CHECK_FALSE(approve->isEnabled()); // nothing selected
    REQUIRE(requests->selectRequest(id));
    REQUIRE(approve->isEnabled());
    QSignalSpy approved(requests->job(), &ui::Job::finished);
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(CaseInTwoDistricts::casePhone));
    // Off the UI thread: the page is still here to click while it runs, and approves nothing twice.
    CHECK(requests->job()->isRunning());
    CHECK_FALSE(approve->isEnabled());
    REQUIRE(approved.wait(60000));
    INFO(requests->message()->text().toStdString());
    CHECK_FALSE(requests->message()->isError());
    CHECK(requests->message()->text().contains(QStringLiteral("1 visit(s) in other districts")));
    REQUIRE(requests->requests().size() == 1);
    CHECK(requests->requests().first().status == QStringLiteral("answered"));
    CHECK(shown(requests->model(), 0, QStringLiteral("status")) == QStringLiteral("Answered"));
    CHECK(shown(requests->model(), 0, QStringLiteral("case")).contains(QStringLiteral("deleted")));
    CHECK(requests->pendingCount() == 0);
    CHECK_FALSE(approve->isEnabled()); // answered once

    // The district opens the answer: what it shows is what the core answers.
    const auto answer = TraceRequests(d).answer(id);
    REQUIRE(answer.ok());
    REQUIRE(answer->visits.size() == 1);
    const province::AnsweredVisit &visit = answer->visits.first();
    CHECK(visit.checkpointCode == QStringLiteral("B-001"));
    CHECK(visit.start == CaseInTwoDistricts::visitB);
    CHECK(visit.contacts == 1);
    QStringList summary;
    QVector<QStringList> rows;
    withDistrictRequests(tracing, [&](ui::DistrictRequestsDialog *dialog) {
        REQUIRE(dialog->selectRequest(id));
        CHECK(shown(dialog->model(), 0, QStringLiteral("status")) == QStringLiteral("Answered"));
        QPushButton *open = dialog->openButton();
        REQUIRE(open->isEnabled());
        test::whenModal<ui::TraceAnswerDialog>([&](ui::TraceAnswerDialog *answerDialog) {
            summary << answerDialog->summary()->text();
            const ui::SheetTableModel *model = answerDialog->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                QStringList cells;
                for (const char *key : {"start", "end", "district", "commune", "checkpoint_code",
                                        "checkpoint", "address", "scans", "contacts"})
                    cells << shown(model, row, QString::fromLatin1(key));
                rows << cells;
            }
        });
        QTest::mouseClick(open, Qt::LeftButton);
    });
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == QStringList{vietnamTime(visit.start), vietnamTime(visit.end), visit.district,
                                 visit.commune, visit.checkpointCode, visit.checkpointName, visit.address,
                                 QString::number(visit.scans), QString::number(visit.contacts)});
    CHECK(rows[0][0] == QStringLiteral("23/08/2021 13:26"));
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].contains(QStringLiteral("1 visit(s) in other districts, 1 people met")));

    // A second request, refused with a note the district reads.
    const ui::RequestDraft again = askProvince(tracing, QStringLiteral("Hỏi lại"));
    CHECK(again.text == CaseInTwoDistricts::casePhone);
    requests->reload();
    REQUIRE(requests->requests().size() == 2);
    const qint64 second = requests->requests().first().id; // newest first
    CHECK(second > id);
    REQUIRE(requests->selectRequest(second));
    bool refused = false;
    test::whenModal<ui::RefuseRequestDialog>([&](ui::RefuseRequestDialog *dialog) {
        QPushButton *refuse = dialog->refuseButton();
        CHECK_FALSE(refuse->isEnabled()); // a note is required
        dialog->setNote(QStringLiteral("Đã trả lời ở yêu cầu %1").arg(id));
        QTest::mouseClick(refuse, Qt::LeftButton);
        refused = !dialog->isVisible();
    });
    QTest::mouseClick(requests->refuseButton(), Qt::LeftButton);
    REQUIRE(refused);
    CHECK(requests->requests().first().status == QStringLiteral("refused"));
    withDistrictRequests(tracing, [&](ui::DistrictRequestsDialog *dialog) {
        REQUIRE(dialog->model()->rowCount() == 2);
        CHECK(shown(dialog->model(), 0, QStringLiteral("status")) == QStringLiteral("Refused"));
        CHECK(shown(dialog->model(), 0, QStringLiteral("note")) ==
              QStringLiteral("Đã trả lời ở yêu cầu %1").arg(id));
        CHECK(shown(dialog->model(), 1, QStringLiteral("status")) == QStringLiteral("Answered"));
    });

    // The province removes the office after asking; the role can no longer open the database.
    QStringList removing;
    offices->setConfirmer([&](const QString &, const QString &question) {
        removing << question;
        return true;
    });
    provincePage->showTab(ui::ProvincePage::OfficesTab);
    offices->table()->selectRow(0);
    QTest::mouseClick(offices->removeButton(), Qt::LeftButton);
    REQUIRE(removing.size() == 1);
    CHECK(removing.first().contains(role));
    CHECK(offices->offices().isEmpty());
    CHECK(province::DistrictOffices(p).list().value().isEmpty());
    d = QSqlDatabase(); // the session's connection closes with it
    districtSession.reset();
    CHECK_FALSE(Database::open(test::asRole(province->path(), role)).ok());
}

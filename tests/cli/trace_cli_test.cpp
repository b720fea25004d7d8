// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/trace_planted.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace cd;
using test::runCli;

TEST_CASE("trace from the command line finds exactly the planted contacts", "[cli][trace]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    test::PlantedTrace planted;
    {
        auto workspace = openWorkspace(test::databaseLocation(db));
        REQUIRE(workspace.ok());
        planted = test::plantTrace(*workspace.value(), dir.path());
    }
    const auto imported = run({QStringLiteral("scans"), QStringLiteral("import"), planted.csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString to = planted.day.toString(Qt::ISODate);
    for (const QString &written : {QStringLiteral("0912 345 678"), QStringLiteral("+84912345678"),
                                   QStringLiteral("84912345678"), QStringLiteral("912345678")}) {
        const auto traced =
            run({QStringLiteral("trace"), QStringLiteral("--phone"), written, QStringLiteral("--to"), to,
                 QStringLiteral("--format"), QStringLiteral("json")});
        INFO(traced.err.toStdString());
        REQUIRE(traced.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(traced.out.toUtf8()).object();
        CHECK(json[QStringLiteral("person")][QStringLiteral("phone")].toString() == planted.casePhone);
        CHECK(json[QStringLiteral("person")][QStringLiteral("name")].toString() ==
              QStringLiteral("Nguyễn Văn Ca"));
        CHECK(json[QStringLiteral("period")][QStringLiteral("from")].toString() ==
              planted.day.addDays(-14).toString(Qt::ISODate));
        QSet<QString> names;
        for (const QJsonValue &contact : json[QStringLiteral("contacts")].toArray()) {
            names.insert(contact[QStringLiteral("name")].toString());
            CHECK_FALSE(contact[QStringLiteral("phone")].toString().contains(u'*')); // the screen: in full
            CHECK(contact[QStringLiteral("phone")].toString() != planted.casePhone);
        }
        CHECK(names == QSet<QString>(planted.contacts.cbegin(), planted.contacts.cend()));
        CHECK(json[QStringLiteral("visits")].toArray().size() == 5);
        CHECK(json[QStringLiteral("sites")].toArray().size() == 5);
    }

    // The related wards, and a window set on the command line.
    const auto related =
        run({QStringLiteral("trace"), QStringLiteral("--id"), planted.caseId, QStringLiteral("--to"), to,
             QStringLiteral("--include-related"), QStringLiteral("--window-minutes"), QStringLiteral("30"),
             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(related.exitCode == 0);
    QSet<QString> relatedNames;
    for (const QJsonValue &contact :
         QJsonDocument::fromJson(related.out.toUtf8()).object()[QStringLiteral("contacts")].toArray())
        relatedNames.insert(contact[QStringLiteral("name")].toString());
    CHECK(relatedNames.contains(planted.relatedContact));
    CHECK(relatedNames.size() == planted.contacts.size() + 1);

    // A file leaves the screen: phones masked unless confirmed, and the user is told.
    const QString file = dir.filePath(QStringLiteral("trace.json"));
    const auto written =
        run({QStringLiteral("trace"), QStringLiteral("--phone"), planted.casePhone, QStringLiteral("--to"),
             to, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), file});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("masked")));
    const QJsonObject saved = QJsonDocument::fromJson(test::readFile(file)).object();
    CHECK(saved[QStringLiteral("person")][QStringLiteral("phone")].toString() ==
          QStringLiteral("0912***678"));
    for (const QJsonValue &contact : saved[QStringLiteral("contacts")].toArray())
        CHECK(contact[QStringLiteral("phone")].toString().contains(u'*'));
    const auto full = run({QStringLiteral("trace"), QStringLiteral("--phone"), planted.casePhone,
                           QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"), file, QStringLiteral("--full-phones")});
    REQUIRE(full.exitCode == 0);
    CHECK_FALSE(full.out.contains(QStringLiteral("masked")));
    const QString csv = QString::fromUtf8(test::readFile(file));
    CHECK(csv.contains(QStringLiteral("0987000")));
    CHECK(csv.count(QStringLiteral("\r\n")) == planted.contacts.size() + 2); // header + one row per overlap

    // Several people by name: the candidates, and an error asking for --phone or --id.
    const auto ambiguous = run({QStringLiteral("trace"), QStringLiteral("--name"), QStringLiteral("ly ca"),
                                QStringLiteral("--to"), to});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("Lý Ca Sáng")));
    CHECK(ambiguous.err.contains(QStringLiteral("Lý Ca Sớm")));
    CHECK(ambiguous.err.contains(QStringLiteral("--phone or --id")));
    const auto byName = run({QStringLiteral("trace"), QStringLiteral("--name"),
                             QStringLiteral("NGUYEN VAN CA"), QStringLiteral("--to"), to});
    INFO(byName.err.toStdString());
    CHECK(byName.exitCode == 0);
    CHECK(byName.out.contains(QStringLiteral("Nguyễn Văn Ca")));
    CHECK(byName.out.contains(QStringLiteral("Phạm Hai Lần")));

    CHECK(run({QStringLiteral("trace"), QStringLiteral("--phone"), QStringLiteral("0999999999")}).exitCode ==
          1);
    CHECK(run({QStringLiteral("trace")}).exitCode == 2);
    CHECK(run({QStringLiteral("trace"), QStringLiteral("--phone"), QStringLiteral("1"),
               QStringLiteral("--id"), QStringLiteral("2")})
              .exitCode == 2);

    // Every successful trace is in the audit log: 4 + 1 + 2 + 1 (the name that matched one person), oldest
    // first; "trace audit" is the log's traces.
    const auto audit = run({QStringLiteral("trace"), QStringLiteral("audit"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE(audit.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    REQUIRE(entries.size() == 8);
    const auto details = [&](int i) {
        return QJsonDocument::fromJson(entries[i][QStringLiteral("details")].toString().toUtf8()).object();
    };
    CHECK(entries[7][QStringLiteral("action")].toString() == QStringLiteral("trace"));
    CHECK(details(7)[QStringLiteral("query")].toString() == QStringLiteral("name"));
    CHECK(details(0)[QStringLiteral("query")].toString() == QStringLiteral("phone"));
    CHECK(details(0)[QStringLiteral("contacts")].toInt() == planted.contacts.size());
    CHECK(entries[0][QStringLiteral("person")].toString().startsWith(QStringLiteral("h:")));
    // The log never holds the phone in clear; asked about the phone, it finds the traces of it.
    CHECK_FALSE(audit.out.contains(QStringLiteral("912345678")));
    const auto aboutCase =
        run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--person"),
             QStringLiteral("0912 345 678"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(aboutCase.exitCode == 0);
    // Every entry naming the case's hash, whatever the action or the query it was found by: the four
    // traces by phone among them.
    const QString caseHash = entries[0][QStringLiteral("person")].toString().split(u' ').first();
    const auto everything = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    int naming = 0;
    for (const QJsonValue &entry : QJsonDocument::fromJson(everything.out.toUtf8()).array())
        naming += entry[QStringLiteral("person")].toString().split(u' ').contains(caseHash) ? 1 : 0;
    const QJsonArray found = QJsonDocument::fromJson(aboutCase.out.toUtf8()).array();
    CHECK(found.size() == naming);
    CHECK(found.size() >= 4);
    CHECK(found.size() < QJsonDocument::fromJson(everything.out.toUtf8()).array().size());
    // The two people listed for the ambiguous name are in it too, by hash.
    const auto listed =
        run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
             QStringLiteral("candidates"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray candidates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates[0][QStringLiteral("person")].toString().split(u' ').size() == 2);
}

TEST_CASE("a trace written to a file masks ID numbers as it masks phones, unless told",
          "[cli][trace][security]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    test::PlantedTrace planted;
    {
        auto workspace = openWorkspace(test::databaseLocation(db));
        REQUIRE(workspace.ok());
        planted = test::plantTrace(*workspace.value(), dir.path());
    }
    REQUIRE(run({QStringLiteral("scans"), QStringLiteral("import"), planted.csv}).exitCode == 0);
    REQUIRE_FALSE(planted.caseId.isEmpty());
    const QString to = planted.day.toString(Qt::ISODate);
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        const QString masked = dir.filePath(QStringLiteral("masked.") + format);
        const QString full = dir.filePath(QStringLiteral("full.") + format);
        REQUIRE(run({QStringLiteral("trace"), QStringLiteral("--id"), planted.caseId, QStringLiteral("--to"),
                     to, QStringLiteral("--format"), format, QStringLiteral("--out"), masked})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("trace"), QStringLiteral("--id"), planted.caseId, QStringLiteral("--to"),
                     to, QStringLiteral("--format"), format, QStringLiteral("--out"), full,
                     QStringLiteral("--full-phones")})
                    .exitCode == 0);
        const QString maskedText = QString::fromUtf8(test::readFile(masked));
        INFO(maskedText.left(600).toStdString());
        CHECK_FALSE(maskedText.contains(planted.caseId));
        CHECK_FALSE(maskedText.contains(planted.casePhone));
        if (format == QLatin1String("json"))
            CHECK(QString::fromUtf8(test::readFile(full)).contains(planted.caseId));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for intake: one folder per real-world shape under tests/data/intake/<case>/ (made by its
// generate.py from its own ground truth), run through the real executable as a user would, and what was
// stored compared with the folder's expected.json. See tests/data/intake/README.md.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace cd;
using test::runCli;

namespace {

QJsonObject readJson(const QString &path) {
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QString keyOf(const QJsonObject &object, const QStringList &keys) {
    QStringList parts;
    for (const QString &key : keys)
        parts << object.value(key).toVariant().toString();
    return parts.join(u'|');
}

// Every key the expected object gives must be in the actual one with the same value.
void compareObjects(const QJsonObject &expected, const QJsonObject &actual, const QString &where,
                    QStringList &diffs) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue got = actual.value(it.key());
        const bool same = it.value().isDouble() || got.isDouble() ? it.value().toDouble() == got.toDouble()
                                                                  : it.value() == got;
        if (!same)
            diffs << QStringLiteral("%1: %2 is %3, expected %4")
                         .arg(
                             where, it.key(),
                             QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
    }
}

void compareLists(const QJsonArray &expected, const QJsonArray &actual, const QStringList &sortKeys,
                  const QString &what, QStringList &diffs) {
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &value : actual)
        byKey.insert(keyOf(value.toObject(), sortKeys), value.toObject());
    if (expected.size() != actual.size())
        diffs
            << QStringLiteral("%1: %2 stored, expected %3").arg(what).arg(actual.size()).arg(expected.size());
    for (const QJsonValue &value : expected) {
        const QJsonObject wanted = value.toObject();
        const QString key = keyOf(wanted, sortKeys);
        if (!byKey.contains(key)) {
            diffs << QStringLiteral("%1: missing %2").arg(what, key);
            continue;
        }
        compareObjects(wanted, byKey.value(key), what + QStringLiteral(" ") + key, diffs);
    }
}

QStringList intakeCases() {
    const QDir root(QStringLiteral(CD_TEST_DATA_DIR "/intake"));
    QStringList cases;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(root.filePath(name + QStringLiteral("/case.json"))))
            cases << name;
    }
    return cases;
}

} // namespace

TEST_CASE("golden intake: every real-world shape stores what its folder expects", "[cli][intake][golden]") {
    const QStringList cases = intakeCases();
    REQUIRE(cases.size() >= 15);
    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString()) {
            const QDir folder(QStringLiteral(CD_TEST_DATA_DIR "/intake/") + name);
            const QJsonObject spec = readJson(folder.filePath(QStringLiteral("case.json")));
            const QJsonObject expected = readJson(folder.filePath(QStringLiteral("expected.json")));
            QTemporaryDir work;
            const QString db = work.filePath(QStringLiteral("office.sqlite"));
            const auto run = [&](const QStringList &args) {
                return runCli(QStringList{QStringLiteral("--db"), db} + args);
            };
            // The inputs are copied: rejected rows are written beside the file imported.
            const auto copied = [&](const QString &relative) {
                const QString target = work.filePath(QFileInfo(relative).fileName());
                QFile::remove(target);
                REQUIRE(QFile::copy(folder.filePath(relative), target));
                return target;
            };
            const QJsonObject area = spec.value(QStringLiteral("area")).toObject();
            QStringList init{QStringLiteral("init"), QStringLiteral("--province"),
                             area.value(QStringLiteral("province")).toString()};
            if (area.contains(QStringLiteral("district")))
                init << QStringLiteral("--district") << area.value(QStringLiteral("district")).toString();
            REQUIRE(run(init).exitCode == 0);
            if (spec.contains(QStringLiteral("register"))) {
                const auto registered = run({QStringLiteral("checkpoints"), QStringLiteral("import"),
                                             copied(spec.value(QStringLiteral("register")).toString())});
                INFO(registered.err.left(2000).toStdString());
                REQUIRE(registered.exitCode == 0);
            }
            QStringList options;
            for (const QJsonValue &option : spec.value(QStringLiteral("options")).toArray())
                options << option.toString();
            test::CliRun last;
            for (const QJsonValue &input : spec.value(QStringLiteral("inputs")).toArray())
                last = run(QStringList{spec.value(QStringLiteral("import")).toString(),
                                       QStringLiteral("import"), copied(input.toString())} +
                           options);
            INFO(QString(QStringLiteral("stdout: ") + last.out.left(2000) + QStringLiteral("\nstderr: ") +
                         last.err.left(2000))
                     .toStdString());
            CHECK(last.exitCode == expected.value(QStringLiteral("exit")).toInt());

            QStringList diffs;
            if (expected.contains(QStringLiteral("checkpoints"))) {
                const auto listed = run({QStringLiteral("checkpoints"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
                compareLists(expected.value(QStringLiteral("checkpoints")).toArray(),
                             QJsonDocument::fromJson(listed.out.toUtf8()).array(),
                             {QStringLiteral("commune_code"), QStringLiteral("name")},
                             QStringLiteral("checkpoint"), diffs);
            }
            if (expected.contains(QStringLiteral("scans"))) {
                const auto listed =
                    run({QStringLiteral("scans"), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--show-phones"), QStringLiteral("--limit"),
                         QStringLiteral("1000000")});
                compareLists(
                    expected.value(QStringLiteral("scans")).toArray(),
                    QJsonDocument::fromJson(listed.out.toUtf8()).array(),
                    {QStringLiteral("time"), QStringLiteral("checkpoint_code"), QStringLiteral("phone")},
                    QStringLiteral("scan"), diffs);
            }
            if (expected.contains(QStringLiteral("stats"))) {
                const auto stats =
                    run({QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--as-of"),
                         spec.value(QStringLiteral("stats_as_of")).toString(), QStringLiteral("--columns"),
                         QStringLiteral("with_scans,without_scans,scans_7d"), QStringLiteral("--format"),
                         QStringLiteral("json")});
                const QJsonObject table = QJsonDocument::fromJson(stats.out.toUtf8()).object();
                const QJsonObject wanted = expected.value(QStringLiteral("stats")).toObject();
                compareObjects(wanted.value(QStringLiteral("total")).toObject(),
                               table.value(QStringLiteral("total")).toObject(), QStringLiteral("total"),
                               diffs);
                QHash<QString, QJsonObject> rows;
                for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray())
                    rows.insert(row.toObject().value(QStringLiteral("code")).toString(), row.toObject());
                for (const QJsonValue &row : wanted.value(QStringLiteral("rows")).toArray()) {
                    const QString code = row.toObject().value(QStringLiteral("code")).toString();
                    compareObjects(row.toObject(), rows.value(code), QStringLiteral("unit ") + code, diffs);
                }
            }
            for (const QJsonValue &text : expected.value(QStringLiteral("stdout_contains")).toArray()) {
                if (!last.out.contains(text.toString()))
                    diffs << QStringLiteral("stdout lacks %1").arg(text.toString());
            }
            for (const QJsonValue &text : expected.value(QStringLiteral("stderr_contains")).toArray()) {
                if (!last.err.contains(text.toString()))
                    diffs << QStringLiteral("stderr lacks %1").arg(text.toString());
            }
            INFO(diffs.mid(0, 25).join(u'\n').toStdString());
            CHECK(diffs.isEmpty());
        }
    }
}

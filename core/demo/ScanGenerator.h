// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "registry/Checkpoint.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <functional>

namespace cd {

// One row of a scan export as the national systems wrote them.
struct GeneratedScan {
    qint64 when = 0;    // seconds since the epoch
    int checkpoint = 0; // index into the generator's checkpoints
    int person = 0;     // index into its people
};

// Writes realistic scan exports over a database's register: Vietnamese headers, times as dd/MM/yyyy HH:mm:ss,
// people with phones written the four ways exports write them, some with only an ID number or a name.
// Deterministic for a seed. Used by the demo, the benchmarks and `demo generate-scans`.
class ScanGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScanGenerator)

public:
    // A district's demo crowd: a few thousand people, each scanning often.
    static constexpr int kDemoPeople = 4000;

    // `people`: how many people scan. A province's export wants hundreds of thousands, or each of them
    // visits a dozen places a day.
    ScanGenerator(const QSqlDatabase &db, quint32 seed = 2021, int people = kDemoPeople);

    const Checkpoints &checkpoints() const { return m_checkpoints; }

    // Scans spread over [from, to] (Vietnam days), at checkpoints already registered on the day.
    GeneratedScan random(const QDate &from, const QDate &to);
    // A scan at one of the given checkpoints, on or after its registration and within [from, to].
    GeneratedScan randomAt(const QVector<int> &checkpointIndexes, const QDate &from, const QDate &to);

    // `rows` scans over [from, to] in time order, as the national systems exported them.
    QVector<GeneratedScan> chronological(qint64 rows, const QDate &from, const QDate &to);

    // Streams `rows` scans to a CSV (UTF-8 with BOM, comma) or XLSX file, the format chosen by extension.
    // `next` produces each scan.
    Status write(const QString &path, qint64 rows, const std::function<GeneratedScan()> &next) const;

    // The person's phone in its national form (0xxxxxxxxx), empty for someone known by ID or name only.
    QString phoneOf(int person) const { return m_people.value(person).phone; }
    int people() const { return int(m_people.size()); }

    static QStringList headers();
    QStringList cells(const GeneratedScan &scan, qint64 index) const;

private:
    struct Person {
        QString name;
        QString phone; // national form, empty for people known by ID or name only
        QString idNumber;
    };
    void makePeople(int count);

    QRandomGenerator m_random;
    Checkpoints m_checkpoints;
    QVector<Person> m_people;
};

} // namespace cd

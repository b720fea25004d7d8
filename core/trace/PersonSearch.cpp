// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonSearch.h"

#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "database/SqliteHandle.h"
#include "registry/PhoneNumber.h"
#include "scans/ScanTime.h"

#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace cd::trace {
namespace {

// While it lives, SQLite looks at `cancel` every few thousand steps of the connection's statements and
// interrupts the one running: the name search's GROUP BY reads the whole period before its first row.
class InterruptWhenCancelled {
public:
    InterruptWhenCancelled(const QSqlDatabase &db, const std::atomic_bool *cancel)
        : m_handle(cancel ? sql::sqliteHandleOf(db) : nullptr) {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 4096, &InterruptWhenCancelled::check,
                                     const_cast<std::atomic_bool *>(cancel));
    }
    ~InterruptWhenCancelled() {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    InterruptWhenCancelled(const InterruptWhenCancelled &) = delete;
    InterruptWhenCancelled &operator=(const InterruptWhenCancelled &) = delete;

private:
    static int check(void *cancel) { return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0; }

    sqlite3 *m_handle;
};

QString idDigits(const QString &text) {
    QString out;
    for (const QChar ch : text)
        if (ch.isLetterOrNumber())
            out += ch.toUpper();
    return out;
}

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

QStringList foldedWords(const QString &text) {
    return text::foldKey(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QueryKind PersonSearch::guessKind(const QString &text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 .()\\-]+$"));
    static const QRegularExpression idLike(QStringLiteral("^[A-Za-z]?[0-9]{7,12}$"));
    const QString compact = idDigits(trimmed);
    if (phoneLike.match(trimmed).hasMatch()) {
        // Vietnamese phones have 9 to 11 digits as written; citizen IDs 12, old ID cards 9 (which a
        // phone search would refuse: 9 digits not starting with a mobile prefix).
        if (compact.size() == 12 || !phone::normalize(trimmed))
            return QueryKind::IdNumber;
        return QueryKind::Phone;
    }
    if (idLike.match(compact).hasMatch() && compact.size() == trimmed.size())
        return QueryKind::IdNumber;
    return QueryKind::Name;
}

Result<QVector<Person>> PersonSearch::find(QueryKind kind, const QString &text, const QDate &from,
                                           const QDate &to, const std::atomic_bool *cancel) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("type a phone number, an ID number or a name"), {}, 0, queryKindKey(kind));
    switch (kind) {
    case QueryKind::Phone: {
        const auto national = phone::normalize(trimmed);
        if (!national)
            return Error{national.error().message, {}, 0, QStringLiteral("phone")};
        return byKeys(kind, {QStringLiteral("p:") + national.value()});
    }
    case QueryKind::IdNumber: {
        const QString id = idDigits(trimmed);
        if (id.isEmpty())
            return makeError(tr("“%1” is not an ID number").arg(trimmed), {}, 0, QStringLiteral("id"));
        QStringList keys{QStringLiteral("i:") + id};
        // Imports keep who gave which ID number in person_ids.
        auto others =
            sql::exec(m_db, QStringLiteral("SELECT person_key FROM person_ids WHERE id_number = ?"), {id});
        if (!others)
            return others.error();
        while (others.value().next()) {
            const QString key = others.value().value(0).toString();
            if (!keys.contains(key))
                keys << key;
        }
        return byKeys(kind, keys);
    }
    case QueryKind::Name:
        return byName(trimmed, from, to, cancel);
    }
    return QVector<Person>{};
}

Result<QVector<Person>> PersonSearch::byKeys(QueryKind kind, const QStringList &keys) const {
    // The latest scan names the person as they last wrote themselves.
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT person_key, COUNT(*), MAX(scanned_at) FROM scans "
                                          "WHERE person_key IN (%1) GROUP BY person_key")
                               .arg(placeholders(keys.size())),
                           QVariantList(keys.cbegin(), keys.cend()));
    if (!query)
        return query.error();
    Person person;
    person.kind = kind;
    QString latestKey;
    while (query.value().next()) {
        const QString key = query.value().value(0).toString();
        person.keys << key;
        person.scans += query.value().value(1).toLongLong();
        const qint64 last = query.value().value(2).toLongLong();
        if (last >= person.lastSeen) {
            person.lastSeen = last;
            latestKey = key;
        }
    }
    if (person.keys.isEmpty())
        return QVector<Person>{};
    // The key the user asked for first, so that keyKind() says what was searched.
    std::sort(person.keys.begin(), person.keys.end(), [&](const QString &a, const QString &b) {
        return std::make_pair(keys.indexOf(a), a) < std::make_pair(keys.indexOf(b), b);
    });
    auto latest = sql::exec(m_db,
                            QStringLiteral("SELECT person_name, phone, id_number FROM scans "
                                           "WHERE person_key = ? AND scanned_at = ?"),
                            {latestKey, person.lastSeen});
    if (!latest)
        return latest.error();
    if (latest.value().next()) {
        person.name = latest.value().value(0).toString();
        person.phone = latest.value().value(1).toString();
        person.idNumber = latest.value().value(2).toString();
    }
    // Fill what the latest scan left out from the others (a phone scan without the ID number).
    if (person.phone.isEmpty() || person.idNumber.isEmpty() || person.name.isEmpty()) {
        auto any = sql::exec(m_db,
                             QStringLiteral("SELECT MAX(person_name), MAX(phone), MAX(id_number) FROM scans "
                                            "WHERE person_key IN (%1)")
                                 .arg(placeholders(person.keys.size())),
                             QVariantList(person.keys.cbegin(), person.keys.cend()));
        if (any && any.value().next()) {
            if (person.name.isEmpty())
                person.name = any.value().value(0).toString();
            if (person.phone.isEmpty())
                person.phone = any.value().value(1).toString();
            if (person.idNumber.isEmpty())
                person.idNumber = any.value().value(2).toString();
        }
    }
    return QVector<Person>{person};
}

Result<QVector<Person>> PersonSearch::byName(const QString &text, const QDate &from, const QDate &to,
                                             const std::atomic_bool *cancel) const {
    const QStringList wanted = foldedWords(text);
    if (wanted.isEmpty())
        return makeError(tr("“%1” is not a name").arg(text), {}, 0, QStringLiteral("name"));
    // Diacritics cannot be folded portably in SQL, so every distinct (person, name) of the period is read
    // and matched here; names repeat, so each is folded once. "checkpoint_id IN (all checkpoints)" turns
    // the period into one range per checkpoint on the scans' primary key (checkpoint_id, scanned_at,
    // person_key): two weeks of scans are read, not the whole table.
    QString statement =
        QStringLiteral("SELECT person_key, person_name, MAX(phone), MAX(id_number), COUNT(*), "
                       "MAX(scanned_at) FROM scans WHERE person_name <> ''");
    QVariantList values;
    if (from.isValid() && to.isValid()) {
        statement += QStringLiteral(" AND checkpoint_id IN (SELECT id FROM checkpoints) AND scanned_at >= ? "
                                    "AND scanned_at < ?");
        values << scantime::dateToDay(from) * 86400 - scantime::kVietnamOffsetSeconds
               << (scantime::dateToDay(to) + 1) * 86400 - scantime::kVietnamOffsetSeconds;
    }
    statement += QStringLiteral(" GROUP BY person_key, person_name");
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };
    const InterruptWhenCancelled interrupt(m_db, cancel);
    auto query = sql::exec(m_db, statement, values);
    if (cancelled())
        return makeError(tr("the search was cancelled"));
    if (!query)
        return query.error();
    QHash<QString, bool> matches; // name -> matches
    QHash<QString, Person> byKey;
    while (query.value().next() && !cancelled()) {
        const QSqlQuery &q = query.value();
        const QString name = q.value(1).toString();
        auto known = matches.constFind(name);
        if (known == matches.constEnd()) {
            const QStringList words = foldedWords(name);
            const bool all = std::all_of(wanted.cbegin(), wanted.cend(),
                                         [&](const QString &w) { return words.contains(w); });
            known = matches.insert(name, all);
        }
        if (!known.value())
            continue;
        const QString key = q.value(0).toString();
        Person &person = byKey[key];
        person.kind = QueryKind::Name;
        person.keys = QStringList{key};
        const qint64 last = q.value(5).toLongLong();
        if (last >= person.lastSeen) {
            person.lastSeen = last;
            person.name = name;
        }
        person.scans += q.value(4).toLongLong();
        if (person.phone.isEmpty())
            person.phone = q.value(2).toString();
        if (person.idNumber.isEmpty())
            person.idNumber = q.value(3).toString();
    }
    // An interrupted statement ends its rows as if there were no more: not a shorter list.
    if (cancelled())
        return makeError(tr("the search was cancelled"));
    // Keys that share an ID number or a phone are one person (scanned once with a phone and the ID, once
    // with the ID alone): one candidate with every key, not two to choose between.
    QVector<Person> found(byKey.cbegin(), byKey.cend());
    std::sort(found.begin(), found.end(), [](const Person &a, const Person &b) {
        return a.scans != b.scans ? a.scans > b.scans : a.keys.first() < b.keys.first();
    });
    QVector<Person> people;
    QHash<QString, int> byIdentity; // "id:…" / "phone:…" -> index into people
    for (const Person &person : found) {
        const QStringList identities{
            person.idNumber.isEmpty() ? QString() : QStringLiteral("id:") + person.idNumber,
            person.phone.isEmpty() ? QString() : QStringLiteral("phone:") + person.phone};
        int into = -1;
        for (const QString &identity : identities)
            if (!identity.isEmpty() && byIdentity.contains(identity))
                into = byIdentity.value(identity);
        if (into < 0) {
            into = int(people.size());
            people.append(person);
        } else {
            Person &merged = people[into];
            merged.keys += person.keys;
            merged.scans += person.scans;
            if (person.lastSeen > merged.lastSeen)
                merged.lastSeen = person.lastSeen;
            if (merged.phone.isEmpty())
                merged.phone = person.phone;
            if (merged.idNumber.isEmpty())
                merged.idNumber = person.idNumber;
        }
        for (const QString &identity : identities)
            if (!identity.isEmpty())
                byIdentity.insert(identity, into);
    }
    const QString exact = text::foldKey(text);
    std::sort(people.begin(), people.end(), [&](const Person &a, const Person &b) {
        const bool aExact = text::foldKey(a.name) == exact, bExact = text::foldKey(b.name) == exact;
        if (aExact != bExact)
            return aExact;
        if (a.scans != b.scans)
            return a.scans > b.scans;
        return a.keys.first() < b.keys.first();
    });
    return people;
}

} // namespace cd::trace

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTypes.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

namespace cd::trace {

// Finds the person behind a phone, an ID number or a name in the stored scans.
// - A phone, written any way (0912 345 678, +84912345678, 84912345678, 912345678), is normalised and
//   matches the key "p:0912345678": the importer gave every spelling that key.
// - An ID number matches the key "i:ID" (scans with only an ID) and every key whose scans carry that ID
//   number in their id_number column (scans with a phone and an ID): one person, several keys.
// - A name matches accent-insensitively, word by word in any order ("nguyen an" finds "Nguyễn Văn An"),
//   over the names of the people who scanned between `from` and `to` (Vietnam days; all time when either is
//   invalid): the people a trace of that period can show. Several people can match: the caller lets the
//   user choose. Keys that share a phone or an ID number are one candidate.
// The result lists candidates, most scans first; a phone or ID search gives at most one.
class PersonSearch {
    Q_DECLARE_TR_FUNCTIONS(PersonSearch)

public:
    explicit PersonSearch(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // An error for a phone that is not one or empty text; an empty list when nobody matches. A name
    // search reads every name of the period, seconds on a large database: setting `cancel` stops it,
    // inside SQLite's statement too, and it returns an error.
    Result<QVector<Person>> find(QueryKind kind, const QString &text, const QDate &from = {},
                                 const QDate &to = {}, const std::atomic_bool *cancel = nullptr) const;

    // Which kind of query a text typed into one search box is: digits and phone punctuation are a phone
    // (or, with 12 digits or a letter followed by digits, an ID number); anything else is a name.
    static QueryKind guessKind(const QString &text);

private:
    Result<QVector<Person>> byKeys(QueryKind kind, const QStringList &keys) const;
    Result<QVector<Person>> byName(const QString &text, const QDate &from, const QDate &to,
                                   const std::atomic_bool *cancel) const;

    QSqlDatabase m_db;
};

} // namespace cd::trace

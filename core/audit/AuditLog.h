// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "export/SheetData.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cd::audit {

// What was done with personal data, or to the database that holds it.
enum class Action {
    Trace,      // a case was traced
    Candidates, // the people matching a name or ID number were listed, to choose the case
    Export,     // personal data written to a file: a trace, a rejects file
    Display,    // personal data shown in full: scans listed with their phones
    Purge,      // personal data past its retention deleted
    Backup,     // a copy of the database written
    Restore,    // the database replaced by a backup
    Settings,   // a setting about personal data changed (the retention period)
    Desk,       // a check-in desk session opened or closed at a checkpoint
    Copy,       // an office's data copied to or from a server (db copy)
};
inline constexpr Action kAllActions[] = {Action::Trace, Action::Candidates, Action::Export,  Action::Display,
                                         Action::Purge, Action::Backup,     Action::Restore, Action::Settings,
                                         Action::Desk,  Action::Copy};

QString actionKey(Action action); // as stored: "trace", "candidates"…
std::optional<Action> actionFromKey(const QString &key);
QString actionLabel(Action action); // translated

struct Entry {
    qint64 id = 0;
    QDateTime loggedAt; // Vietnam time
    QString osUser;
    QString operatorName;
    Action action = Action::Trace;
    QStringList subjects; // hashed person keys (PersonHash), none for database actions
    QJsonObject details;
};

struct Filter {
    QDate from; // Vietnam days, inclusive; invalid: open
    QDate to;
    std::optional<Action> action;
    // Entries about this person only: a phone, ID number or name as the office would type it.
    QString person;
    int limit = 100000;
};

// The process's operator: the name the GUI asks for once per session, or --operator in the CLI. When none
// was given, the operating-system user stands for it.
void setOperatorName(const QString &name);
QString operatorName();
// The login name of whoever runs the program ("unknown" when the environment does not say).
QString osUser();

// The append-only log of every access to personal data and of every purge, backup and restore. The
// database refuses UPDATE and DELETE on it (triggers of schema 7); this class only inserts. Each entry
// carries the Vietnam time, the operating-system user and the operator, and names a person only by a
// salted hash of their key, never by phone, ID number or name.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // `personKeys`: the keys of the person concerned (PersonKey: "p:…", "i:…", "n:…"), hashed here.
    Status record(Action action, const QJsonObject &details, const QStringList &personKeys = {}) const;
    // Oldest first within the filter, at most filter.limit entries (the newest ones when there are more).
    Result<QVector<Entry>> entries(const Filter &filter = {}) const;

    // One line for people: "Traced by phone, 10/08/2021 – 24/08/2021: 3 visits, 12 contacts, 5 sites".
    static QString describe(const Entry &entry);
    // The entries as a table (time, user, operator, action, what, person), for the view and exports.
    static SheetData sheet(const QVector<Entry> &entries);

private:
    QSqlDatabase m_db;
};

} // namespace cd::audit

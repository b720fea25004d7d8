// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// Which fields a checkpoint must have. A checkpoint registered by hand has the national form's required
// fields; one from an office's register needs only a name and a commune (offices' files lack phones,
// types and addresses, and the checkpoint is real all the same).
enum class Requirements { NationalForm, Register };

// What checking a checkpoint needs to know about the rest of the register. The database answers one
// question at a time for a single edit; an import answers from memory for thousands of rows.
class RegisterLookup {
public:
    struct Link {
        qint64 id = 0;
        QString code;
        std::optional<qint64> parentId;
    };
    virtual ~RegisterLookup() = default;
    virtual bool communeInScope(const QString &communeCode) const = 0;
    virtual std::optional<Link> byCode(const QString &code) const = 0;
    virtual std::optional<Link> byId(qint64 id) const = 0;
    // The code of another checkpoint than `exceptId` that has this issued QR payload, or empty.
    virtual QString codeWithPayload(const QString &payload, qint64 exceptId) const = 0;
    // The code of another checkpoint than `exceptId` with this duplicate key, or empty.
    virtual QString codeWithDuplicateKey(const QString &key, qint64 exceptId) const = 0;
};

// The lookup a single edit uses: one query per question.
class DatabaseLookup final : public RegisterLookup {
public:
    explicit DatabaseLookup(QSqlDatabase db);

    bool communeInScope(const QString &communeCode) const override;
    std::optional<Link> byCode(const QString &code) const override;
    std::optional<Link> byId(qint64 id) const override;
    QString codeWithPayload(const QString &payload, qint64 exceptId) const override;
    QString codeWithDuplicateKey(const QString &key, qint64 exceptId) const override;

private:
    std::optional<Link> link(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    QSet<QString> m_communes;
};

// The problems of a checkpoint as entered, one Error per field (field = "name", "phone"…), empty when it
// can be stored. Normalises in place: texts trimmed and NFC, the phone to 0XXXXXXXXX, the parent resolved
// from its code. The type must be resolved already (typeId set) where one is required. The QR payload's
// printability is checked by the caller that has the office's QR settings.
class CheckpointChecks {
    Q_DECLARE_TR_FUNCTIONS(CheckpointRegistry)

public:
    static QVector<Error> check(Checkpoint &checkpoint, const RegisterLookup &lookup,
                                Requirements requirements);
    static QString duplicateKey(const Checkpoint &checkpoint);
};

} // namespace cd

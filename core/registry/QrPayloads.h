// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"
#include "qr/QrCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// What a checkpoint's poster encodes: the payload the national system issued when there is one, else
// the office's template filled for the checkpoint. The source is shown in the GUI, never on paper.
struct PrintedPayload {
    enum class Source { Issued, Template };
    QString payload;
    Source source = Source::Template;
    QString sourceKey() const {
        return source == Source::Issued ? QStringLiteral("issued") : QStringLiteral("template");
    }
};

class QrPayloads {
    Q_DECLARE_TR_FUNCTIONS(QrPayloads)

public:
    static QString defaultTemplate();
    // Placeholders a template may use.
    static QStringList placeholders();

    explicit QrPayloads(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QString payloadTemplate() const;
    // Refuses unknown placeholders and templates whose payloads could not be encoded.
    Status setPayloadTemplate(const QString &text);
    QrCode::Ecc ecc() const;
    Status setEcc(QrCode::Ecc ecc);

    PrintedPayload printed(const Checkpoint &checkpoint) const;
    // Checks that a payload can be printed: valid text that fits a QR code at the office's level.
    Status check(const QString &payload) const;

private:
    QSqlDatabase m_db;
    // Read once per object: imports and exports print thousands of payloads with one of these.
    mutable std::optional<QString> m_template;
    mutable std::optional<QrCode::Ecc> m_ecc;
    mutable QHash<QString, std::pair<QString, QString>> m_parentsOf; // commune -> district, province
};

} // namespace cd

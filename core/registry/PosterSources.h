// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"
#include "poster/PosterTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cd {

// Where posters get their data: the office's poster texts (kept in the database's settings, defaulting
// to the wording of the dispatches for the database's district) and each checkpoint's printed payload.
class PosterSources {
    Q_DECLARE_TR_FUNCTIONS(PosterSources)

public:
    explicit PosterSources(QSqlDatabase db)
        : m_db(std::move(db)) {}

    PosterTexts texts() const;
    Status saveTexts(const PosterTexts &texts);
    PosterLayout defaultLayout() const; // A4, one per page, the office's error-correction level

    QList<PosterContent> contents(const Checkpoints &checkpoints) const;

    // The checkpoints of a batch: all active ones, those of a commune, or the codes given (in the order of
    // the register: commune order, then code). Unknown codes are an error naming them.
    Result<Checkpoints> batch(const QString &communeName, const QStringList &codes) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd

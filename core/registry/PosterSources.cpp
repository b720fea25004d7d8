// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSources.h"

#include "CheckpointRegistry.h"
#include "QrPayloads.h"
#include "database/Transaction.h"
#include "settings/SettingsStore.h"
#include "units/OfficeScope.h"

#include <QBuffer>
#include <QSqlError>

namespace cd {
namespace {
const QString kIssuer = QStringLiteral("poster.issuer");
const QString kTitle = QStringLiteral("poster.title");
const QString kInstructions = QStringLiteral("poster.instructions");
const QString kHotline = QStringLiteral("poster.hotline");
const QString kFiveK = QStringLiteral("poster.five_k");
const QString kLogo = QStringLiteral("poster.logo_png_base64");
} // namespace

PosterTexts PosterSources::texts() const {
    const auto scope = OfficeScope(m_db).current();
    PosterTexts texts =
        PosterTexts::defaults(scope && scope->district ? scope->district->nameWithType : QString(),
                              scope ? scope->province.nameWithType : QString());
    const SettingsStore settings(m_db);
    texts.issuer = settings.value(kIssuer, texts.issuer);
    texts.title = settings.value(kTitle, texts.title);
    texts.instructions = settings.value(kInstructions, texts.instructions);
    texts.hotline = settings.value(kHotline, texts.hotline);
    texts.fiveK = settings.value(kFiveK, texts.fiveK);
    if (const QString logo = settings.value(kLogo); !logo.isEmpty())
        texts.logo.loadFromData(QByteArray::fromBase64(logo.toLatin1()), "PNG");
    return texts;
}

Status PosterSources::saveTexts(const PosterTexts &texts) {
    // Six settings make one set of texts: a failure half-way keeps the texts as they were.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(
            tr("cannot start a transaction to save the poster texts: %1").arg(m_db.lastError().text()));
    SettingsStore settings(m_db);
    for (const auto &[key, value] : {std::pair{kIssuer, texts.issuer}, std::pair{kTitle, texts.title},
                                     std::pair{kInstructions, texts.instructions},
                                     std::pair{kHotline, texts.hotline}, std::pair{kFiveK, texts.fiveK}}) {
        if (auto saved = settings.setValue(key, value); !saved)
            return saved;
    }
    QString logo;
    if (!texts.logo.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        texts.logo.save(&buffer, "PNG");
        logo = QString::fromLatin1(png.toBase64());
    }
    if (auto saved = settings.setValue(kLogo, logo); !saved)
        return saved;
    if (!transaction.commit())
        return makeError(tr("the poster texts could not be saved: %1").arg(transaction.failure()));
    return success();
}

PosterLayout PosterSources::defaultLayout() const {
    PosterLayout layout;
    layout.ecc = QrPayloads(m_db).ecc();
    return layout;
}

QList<PosterContent> PosterSources::contents(const Checkpoints &checkpoints) const {
    const QrPayloads payloads(m_db);
    QList<PosterContent> result;
    result.reserve(checkpoints.size());
    for (const Checkpoint &c : checkpoints)
        result.append({c.code, c.name, c.address, c.communeName, payloads.printed(c).payload.toUtf8()});
    return result;
}

Result<Checkpoints> PosterSources::batch(const QString &communeName, const QStringList &codes) const {
    const CheckpointRegistry registry(m_db);
    CheckpointFilter filter;
    if (!communeName.isEmpty()) {
        const auto commune = OfficeScope(m_db).communeMatcher().match(communeName);
        if (!commune)
            return Error{commune.error().message, {}, 0, QStringLiteral("commune")};
        filter.communeCode = commune->code;
    }
    if (codes.isEmpty()) {
        filter.status = Checkpoint::Status::Active;
        return registry.list(filter);
    }
    Checkpoints chosen;
    QStringList unknown;
    const Checkpoints all = registry.list(filter);
    for (const QString &code : codes) {
        if (std::none_of(all.begin(), all.end(), [&](const Checkpoint &c) { return c.code == code; }))
            unknown << code;
    }
    if (!unknown.isEmpty())
        return makeError(tr("no checkpoint has the code(s) %1").arg(unknown.join(QStringLiteral(", "))), {},
                         0, QStringLiteral("codes"));
    for (const Checkpoint &c : all) {
        if (codes.contains(c.code))
            chosen.append(c);
    }
    return chosen;
}

} // namespace cd

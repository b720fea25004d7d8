// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrPayloads.h"

#include "settings/SettingsStore.h"
#include "units/AdminUnitRepository.h"

#include <QRegularExpression>

namespace cd {
namespace {
const QString kTemplateKey = QStringLiteral("qr.template");
const QString kEccKey = QStringLiteral("qr.ecc");
} // namespace

QString QrPayloads::defaultTemplate() {
    return QStringLiteral("CHECKPOINT-DESK:{district_code}:{code}");
}

QStringList QrPayloads::placeholders() {
    return {QStringLiteral("{code}"), QStringLiteral("{commune_code}"), QStringLiteral("{district_code}"),
            QStringLiteral("{province_code}")};
}

QString QrPayloads::payloadTemplate() const {
    return SettingsStore(m_db).value(kTemplateKey, defaultTemplate());
}

Status QrPayloads::setPayloadTemplate(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!placeholders().contains(found))
            return makeError(
                tr("unknown placeholder %1 (use %2)").arg(found, placeholders().join(QStringLiteral(", "))),
                {}, 0, QStringLiteral("qr.template"));
    }
    if (!text.contains(QStringLiteral("{code}")))
        return makeError(tr("the template must contain {code}, or every checkpoint would get the same code"),
                         {}, 0, QStringLiteral("qr.template"));
    return SettingsStore(m_db).setValue(kTemplateKey, text);
}

QrCode::Ecc QrPayloads::ecc() const {
    const QString letter = SettingsStore(m_db).value(kEccKey, QStringLiteral("Q"));
    for (QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::Q, QrCode::Ecc::H}) {
        if (QString(QrCode::eccLetter(ecc)) == letter)
            return ecc;
    }
    return QrCode::Ecc::Q;
}

Status QrPayloads::setEcc(QrCode::Ecc ecc) {
    return SettingsStore(m_db).setValue(kEccKey, QString(QrCode::eccLetter(ecc)));
}

PrintedPayload QrPayloads::printed(const Checkpoint &c) const {
    if (!c.issuedQrPayload.isEmpty())
        return {c.issuedQrPayload, PrintedPayload::Source::Issued};
    const AdminUnitRepository units(m_db);
    const auto commune = units.unit(c.communeCode);
    const QString districtCode = commune ? commune->parentCode : QString();
    const auto district = units.unit(districtCode);
    QString payload = payloadTemplate();
    payload.replace(QStringLiteral("{code}"), c.code);
    payload.replace(QStringLiteral("{commune_code}"), c.communeCode);
    payload.replace(QStringLiteral("{district_code}"), districtCode);
    payload.replace(QStringLiteral("{province_code}"), district ? district->parentCode : QString());
    return {payload, PrintedPayload::Source::Template};
}

Status QrPayloads::check(const QString &payload) const {
    const auto encoded = QrCode::encode(payload.toUtf8(), ecc());
    if (!encoded)
        return Error{encoded.error().message, {}, 0, QStringLiteral("qr_payload")};
    return success();
}

} // namespace cd

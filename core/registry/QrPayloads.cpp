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
    if (!m_template)
        m_template = SettingsStore(m_db).value(kTemplateKey, defaultTemplate());
    return *m_template;
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
    m_template.reset();
    return SettingsStore(m_db).setValue(kTemplateKey, text);
}

QrCode::Ecc QrPayloads::ecc() const {
    if (m_ecc)
        return *m_ecc;
    const QString letter = SettingsStore(m_db).value(kEccKey, QStringLiteral("Q"));
    m_ecc = QrCode::Ecc::Q;
    for (QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::Q, QrCode::Ecc::H}) {
        if (QString(QrCode::eccLetter(ecc)) == letter)
            m_ecc = ecc;
    }
    return *m_ecc;
}

Status QrPayloads::setEcc(QrCode::Ecc ecc) {
    m_ecc.reset();
    return SettingsStore(m_db).setValue(kEccKey, QString(QrCode::eccLetter(ecc)));
}

PrintedPayload QrPayloads::printed(const Checkpoint &c) const {
    if (!c.issuedQrPayload.isEmpty())
        return {c.issuedQrPayload, PrintedPayload::Source::Issued};
    auto parents = m_parentsOf.constFind(c.communeCode);
    if (parents == m_parentsOf.constEnd()) {
        const AdminUnitRepository units(m_db);
        const auto commune = units.unit(c.communeCode);
        const QString districtCode = commune ? commune->parentCode : QString();
        const auto district = units.unit(districtCode);
        parents =
            m_parentsOf.insert(c.communeCode, {districtCode, district ? district->parentCode : QString()});
    }
    QString payload = payloadTemplate();
    payload.replace(QStringLiteral("{code}"), c.code);
    payload.replace(QStringLiteral("{commune_code}"), c.communeCode);
    payload.replace(QStringLiteral("{district_code}"), parents->first);
    payload.replace(QStringLiteral("{province_code}"), parents->second);
    return {payload, PrintedPayload::Source::Template};
}

Status QrPayloads::check(const QString &payload) const {
    const auto encoded = QrCode::encode(payload.toUtf8(), ecc());
    if (!encoded)
        return Error{encoded.error().message, {}, 0, QStringLiteral("qr_payload")};
    return success();
}

} // namespace cd

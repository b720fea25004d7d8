// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace cd {

struct Scope;

// The texts of a report that change from office to office and from dispatch to dispatch, remembered in
// the database's settings (keys report/…) so the report dialog and `checkpoint-desk report` share them.
// Multi-line texts (the issuing body, the signer's title) separate their lines with \n.
struct ReportTexts {
    QString superiorBody; // report/superior_body: the body above the issuer, often empty
    QString issuingBody;  // report/issuing_body: "ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG"
    QString number;       // report/number: "Số: 1687/UBND-VX", often empty for an annex
    QString reference; // report/reference: "Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện"
    QString place;       // report/place: "Bù Đăng", before the date
    QString signerTitle; // report/signer_title: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    QString signerName;  // report/signer_name: "Nguyễn Văn Lưu"

    // What an office of this area writes when nothing is remembered: its People's Committee as issuer
    // and its own name as the place.
    static ReportTexts defaults(const Scope &scope);
    // The remembered texts over the defaults of the database's area.
    static ReportTexts load(const QSqlDatabase &db);
    // Remembers every text (an empty one too: the office cleared it), in one transaction.
    Status save(const QSqlDatabase &db) const;

    friend bool operator==(const ReportTexts &, const ReportTexts &) = default;
};

} // namespace cd

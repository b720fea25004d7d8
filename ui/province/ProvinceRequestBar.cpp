// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceRequestBar.h"

#include "DistrictRequestsDialog.h"
#include "database/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cd::ui {

ProvinceRequestBar::ProvinceRequestBar(Database &database, const QString &districtName, DraftSource draft,
                                       QWidget *parent)
    : QFrame(parent)
    , m_database(database)
    , m_draft(std::move(draft)) {
    setObjectName(QStringLiteral("provinceRequestBar"));
    setStyleSheet(QStringLiteral("#provinceRequestBar { background: #eef4f8; border: 1px solid #c5d6e3; "
                                 "border-radius: 4px; }"));
    auto *note =
        new QLabel(tr("Only scans in %1 are traced here. The case's visits in other districts of the "
                      "province only the province office can see: ask it, with a reason.")
                       .arg(districtName),
                   this);
    note->setWordWrap(true);
    m_askButton = new QPushButton(tr("Ask the province…"), this);
    m_askButton->setObjectName(QStringLiteral("askProvince"));
    m_askButton->setToolTip(
        tr("Send the province office a request to trace this case in the other districts."));
    m_requestsButton = new QPushButton(tr("Requests to the province…"), this);
    m_requestsButton->setObjectName(QStringLiteral("provinceRequests"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(note, 1);
    layout->addWidget(m_askButton);
    layout->addWidget(m_requestsButton);
    connect(m_askButton, &QPushButton::clicked, this, &ProvinceRequestBar::askProvince);
    connect(m_requestsButton, &QPushButton::clicked, this, &ProvinceRequestBar::openRequests);
}

qint64 ProvinceRequestBar::askProvince() {
    AskProvinceDialog dialog(m_database, m_draft(), window());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    emit statusMessage(tr("Trace request %1 sent to the province office. Its answer will be in “Requests to "
                          "the province…”.")
                           .arg(dialog.requestId()));
    return dialog.requestId();
}

void ProvinceRequestBar::openRequests() {
    DistrictRequestsDialog dialog(m_database, window());
    dialog.exec();
}

} // namespace cd::ui

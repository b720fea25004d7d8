// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvincePage.h"

#include "DistrictOfficesPanel.h"
#include "ProvinceRequestsPanel.h"
#include "common/VnFormat.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::ui {

ProvincePage::ProvincePage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this)) {
    auto *title = new QLabel(tr("Province office"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle =
        new QLabel(tr("This server serves the whole province: the districts' requests to trace a "
                      "case in other districts, and the district offices that log in to it."),
                   this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);
    // Built after the tabs exist: the requests panel reports its count as it first loads.
    m_requests = new ProvinceRequestsPanel(database);
    m_offices = new DistrictOfficesPanel(database);
    m_tabs->addTab(m_requests, tr("Trace requests"));
    m_tabs->addTab(m_offices, tr("District offices"));
    auto pending = [this](int count) {
        m_tabs->setTabText(RequestsTab, count > 0
                                            ? tr("Trace requests (%1 waiting)").arg(format::number(count))
                                            : tr("Trace requests"));
    };
    pending(m_requests->pendingCount());
    connect(m_requests, &ProvinceRequestsPanel::pendingCountChanged, this, pending);
    connect(m_requests, &ProvinceRequestsPanel::statusMessage, this, &ProvincePage::statusMessage);
    connect(m_offices, &DistrictOfficesPanel::statusMessage, this, &ProvincePage::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_tabs, 1);
}

void ProvincePage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

} // namespace cd::ui

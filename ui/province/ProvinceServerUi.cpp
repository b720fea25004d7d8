// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceServerUi.h"

#include "DistrictRequestsDialog.h"
#include "MainWindow.h"
#include "ProvincePage.h"
#include "ProvinceRequestBar.h"
#include "database/Database.h"
#include "trace/TracePage.h"

#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace cd::ui {
namespace {

void addProvinceOffice(MainWindow &window, Database &database) {
    auto *page = new ProvincePage(database, &window);
    window.addSection(QStringLiteral("province"), ProvincePage::tr("Province office"), page);
    QObject::connect(page, &ProvincePage::statusMessage, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message, 5000); });
    auto *menu = new QMenu(ProvincePage::tr("&Province"), &window);
    menu->setObjectName(QStringLiteral("provinceMenu"));
    auto open = [&window, page](ProvincePage::Tab tab) {
        window.showSection(QStringLiteral("province"));
        page->showTab(tab);
    };
    menu->addAction(ProvincePage::tr("&Trace requests from districts…"), &window,
                    [open] { open(ProvincePage::RequestsTab); });
    menu->addAction(ProvincePage::tr("&District offices…"), &window,
                    [open] { open(ProvincePage::OfficesTab); });
    window.addMenu(menu);
}

void addDistrictOffice(MainWindow &window, TracePage &tracing, const ServerOffice &office) {
    ProvinceRequestBar *bar = tracing.offerProvinceRequests(office.districtName);
    auto *menu = new QMenu(ProvincePage::tr("&Province"), &window);
    menu->setObjectName(QStringLiteral("provinceMenu"));
    menu->addAction(ProvincePage::tr("&Ask the province to trace…"), &window, [&window, bar] {
        window.showSection(QStringLiteral("trace"));
        bar->askProvince();
    });
    menu->addAction(ProvincePage::tr("&Requests to the province…"), &window, [bar] { bar->openRequests(); });
    window.addMenu(menu);
}

} // namespace

Result<ServerOffice> addProvinceServerUi(MainWindow &window, Database &database, TracePage &tracing) {
    const auto office = ServerOffice::of(database);
    if (!office)
        return office.error();
    if (office->isProvince())
        addProvinceOffice(window, database);
    else if (office->isDistrict())
        addDistrictOffice(window, tracing, office.value());
    if (!office->label().isEmpty()) {
        auto *who = new QLabel(office->label(), &window);
        who->setObjectName(QStringLiteral("serverOffice"));
        window.statusBar()->addPermanentWidget(who);
    }
    return office;
}

} // namespace cd::ui

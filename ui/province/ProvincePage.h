// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace cd {
class Database;
}

namespace cd::ui {

class DistrictOfficesPanel;
class ProvinceRequestsPanel;

// The province office's section on its server: the districts' trace requests to answer, and the district
// offices that work on the server. Only in the province office's window (GuiSession decides).
class ProvincePage : public QWidget {
    Q_OBJECT

public:
    explicit ProvincePage(Database &database, QWidget *parent = nullptr);

    enum Tab { RequestsTab, OfficesTab };
    void showTab(Tab tab);

    ProvinceRequestsPanel *requests() const { return m_requests; }
    DistrictOfficesPanel *offices() const { return m_offices; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void statusMessage(const QString &message);

private:
    QTabWidget *m_tabs;
    ProvinceRequestsPanel *m_requests;
    DistrictOfficesPanel *m_offices;
};

} // namespace cd::ui

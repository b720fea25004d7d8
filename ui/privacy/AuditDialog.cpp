// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditDialog.h"
#include "dialogs/StandardButtons.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "export/SheetWriters.h"
#include "trace/SheetTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QDateEdit *dateEdit(const QDate &date, QWidget *parent) {
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace

AuditDialog::AuditDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_from(dateEdit(clock::today().addDays(-30), this))
    , m_to(dateEdit(clock::today(), this))
    , m_action(new QComboBox(this))
    , m_person(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new SheetTableModel(this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(tr("Audit log of personal data"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const audit::Action action : audit::kAllActions)
        m_action->addItem(audit::actionLabel(action), audit::actionKey(action));
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setPlaceholderText(tr("Phone, ID number or name"));
    m_person->setClearButtonEnabled(true);
    m_person->setToolTip(tr("The log keeps no phone or name in clear: what you type is hashed the same way "
                            "and matched with the entries about that person."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_action);
    filters->addWidget(m_person, 1);
    auto *show = new QPushButton(tr("Show"), this);
    show->setDefault(true);
    filters->addWidget(show);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("auditSummary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    nameStandardButtons(buttons);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::chooseExport);
    connect(show, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(m_person, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(980, 560);
    reload();
}

void AuditDialog::setPeriod(const QDate &from, const QDate &to) {
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void AuditDialog::setAction(const QString &actionKey) {
    m_action->setCurrentIndex(std::max(0, m_action->findData(actionKey)));
    reload();
}

void AuditDialog::setPerson(const QString &person) {
    m_person->setText(person);
    reload();
}

int AuditDialog::shownEntries() const {
    return m_model->rowCount();
}

void AuditDialog::reload() {
    audit::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.action = audit::actionFromKey(m_action->currentData().toString());
    filter.person = m_person->text().trimmed();
    const auto entries = audit::AuditLog(m_database.connection()).entries(filter);
    if (!entries) {
        m_model->setSheet(audit::AuditLog::sheet({}));
        m_summary->setText(tr("The audit log cannot be read: %1").arg(entries.error().message));
        return;
    }
    m_model->setSheet(audit::AuditLog::sheet(entries.value()));
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n entry(s) from %1 to %2.", nullptr, int(entries->size()))
                           .arg(format::date(filter.from), format::date(filter.to)));
}

Status AuditDialog::exportTo(const QString &path) const {
    return sheets::writeSheet(path, m_model->sheet());
}

void AuditDialog::chooseExport() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("nhat-ky-du-lieu-ca-nhan-%1.xlsx")
                                  .arg(clock::today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export the audit log"), written.error().message);
    else
        m_summary->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cd::ui

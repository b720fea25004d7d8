// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypesDialog.h"
#include "dialogs/StandardButtons.h"

#include "UiText.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "registry/CheckpointTypes.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

TypesDialog::TypesDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_merge(new QPushButton(tr("Merge into…"), this)) {
    setWindowTitle(tr("Checkpoint types"));
    auto *intro = new QLabel(tr("The types of the national form, and those of this office that imports added "
                                "when a file named a type the form does not have. Rename a type, or merge "
                                "it into another: its checkpoints move there."),
                             this);
    intro->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Checkpoints"), tr("Origin")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    nameStandardButtons(buttons);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rename);
    actions->addWidget(m_merge);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(620, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &TypesDialog::renameCurrent);
    connect(m_merge, &QPushButton::clicked, this, &TypesDialog::mergeCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_rename->setEnabled(m_table->currentRow() >= 0);
        m_merge->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 1);
    });
    reload();
}

void TypesDialog::reload() {
    const CheckpointTypes types(m_db);
    const auto all = types.all();
    const auto usage = types.usage();
    if (!all || !usage) {
        showStatus(all ? usage.error() : all.error());
        return;
    }
    const QStringList national = CheckpointTypes::defaults();
    m_table->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const CheckpointType &type = all->at(row);
        auto *name = new QTableWidgetItem(type.name);
        name->setData(Qt::UserRole, type.id);
        m_table->setItem(row, 0, name);
        auto *count = new QTableWidgetItem(format::number(usage->value(type.id)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(national.contains(type.name) ? tr("National form") : tr("This office")));
    }
    m_rename->setEnabled(false);
    m_merge->setEnabled(false);
}

qint64 TypesDialog::typeIdAt(int row) const {
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TypesDialog::showStatus(const Status &status) {
    m_message->setVisible(!status);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    if (!status)
        m_message->setText(sentence(status.error().message));
}

Status TypesDialog::rename(qint64 typeId, const QString &name) {
    const Status renamed = CheckpointTypes(m_db).rename(typeId, name);
    showStatus(renamed);
    if (renamed) {
        reload();
        emit typesChanged();
    }
    return renamed;
}

Status TypesDialog::merge(qint64 fromId, qint64 intoId) {
    const Status merged = CheckpointTypes(m_db).merge(fromId, intoId);
    showStatus(merged);
    if (merged) {
        reload();
        emit typesChanged();
    }
    return merged;
}

void TypesDialog::renameCurrent() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename type"), tr("New name:"), QLineEdit::Normal,
                                               m_table->item(row, 0)->text(), &ok);
    if (ok)
        rename(typeIdAt(row), name);
}

void TypesDialog::mergeCurrent() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QStringList others;
    QList<qint64> ids;
    for (int other = 0; other < m_table->rowCount(); ++other) {
        if (other != row) {
            others.append(m_table->item(other, 0)->text());
            ids.append(typeIdAt(other));
        }
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge type"),
        tr("Move the checkpoints of %1 to:").arg(text::quoted(m_table->item(row, 0)->text())), others, 0,
        false, &ok);
    if (ok)
        merge(typeIdAt(row), ids.value(others.indexOf(into)));
}

} // namespace cd::ui

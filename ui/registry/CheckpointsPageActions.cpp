// SPDX-License-Identifier: GPL-3.0-or-later
// What the page's buttons and shortcuts do; the layout and filters are in CheckpointsPage.cpp.
#include "CheckpointsPage.h"

#include "CheckpointDialog.h"
#include "CheckpointEditor.h"
#include "CheckpointFilterProxy.h"
#include "CheckpointTableModel.h"
#include "ImportCheckpointsDialog.h"
#include "TypesDialog.h"
#include "UiText.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "registry/RegistryExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

namespace cd::ui {

void CheckpointsPage::createShortcuts() {
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcuts(QKeySequence::Undo);
    auto *redo = new QAction(tr("Redo"), this);
    // Ctrl+Shift+Z everywhere, and Ctrl+Y as Windows users type it.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    for (QAction *action : {undo, redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_table->addAction(remove);
    m_undoButton->setToolTip(tr("Undo (Ctrl+Z)"));
    m_redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));

    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(remove, &QAction::triggered, this, &CheckpointsPage::deleteCurrent);
    connect(m_undoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_addButton, &QPushButton::clicked, this, &CheckpointsPage::addCheckpoint);
    connect(m_editButton, &QPushButton::clicked, this, &CheckpointsPage::editCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &CheckpointsPage::toggleClosedCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &CheckpointsPage::deleteCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &CheckpointsPage::importFromFile);
    connect(m_exportButton, &QPushButton::clicked, this, &CheckpointsPage::exportToFile);
    connect(m_typesButton, &QPushButton::clicked, this, &CheckpointsPage::manageTypes);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CheckpointsPage::showTableMenu);
}

void CheckpointsPage::showTableMenu(const QPoint &at) {
    const auto current = currentCheckpoint();
    QMenu menu(this);
    if (current) {
        menu.addAction(tr("Edit…"), this, &CheckpointsPage::editCurrent);
        menu.addAction(current->isClosed() ? tr("Reopen") : tr("Mark closed"), this,
                       &CheckpointsPage::toggleClosedCurrent);
        menu.addAction(tr("Delete…"), this, &CheckpointsPage::deleteCurrent);
        menu.addSeparator();
    }
    // The floors, wards or stalls registered under a larger checkpoint.
    if (m_proxy->parentId()) {
        menu.addAction(tr("Show every checkpoint"), this, [this] { showSubCheckpoints(std::nullopt); });
    } else if (current) {
        menu.addAction(tr("Show the sub-checkpoints of %1").arg(current->code), this,
                       [this, id = current->id] { showSubCheckpoints(id); });
    }
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(at));
}

void CheckpointsPage::showSubCheckpoints(std::optional<qint64> parentId) {
    m_proxy->setParentId(parentId);
    updateSummary();
    updateActions();
}

void CheckpointsPage::updateActions() {
    const auto current = currentCheckpoint();
    m_editButton->setEnabled(current.has_value());
    m_closeButton->setEnabled(current.has_value());
    m_deleteButton->setEnabled(current.has_value());
    m_closeButton->setText(current && current->isClosed() ? tr("Re&open") : tr("Mark c&losed"));
    m_undoButton->setEnabled(m_undoStack->canUndo());
    m_redoButton->setEnabled(m_undoStack->canRedo());
    m_undoButton->setToolTip(m_undoStack->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(m_undoStack->undoText())
                                                    : tr("Nothing to undo"));
    m_redoButton->setToolTip(m_undoStack->canRedo()
                                 ? tr("Redo %1 (Ctrl+Shift+Z)").arg(m_undoStack->redoText())
                                 : tr("Nothing to redo"));
}

void CheckpointsPage::prepareDialog(CheckpointDialog &dialog) {
    dialog.setSaver([this](const Checkpoint &checkpoint) {
        return checkpoint.id == 0 ? m_editor->add(checkpoint) : m_editor->update(checkpoint);
    });
}

void CheckpointsPage::addCheckpoint() {
    CheckpointDialog dialog(m_database.connection(), this);
    prepareDialog(dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        emit statusMessage(
            tr("Checkpoint %1 “%2” registered.").arg(dialog.saved()->code, dialog.saved()->name));
}

void CheckpointsPage::editCurrent() {
    const auto current = currentCheckpoint();
    if (!current)
        return;
    CheckpointDialog dialog(m_database.connection(), this);
    dialog.setCheckpoint(*current);
    prepareDialog(dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        emit statusMessage(tr("Checkpoint %1 “%2” saved.").arg(dialog.saved()->code, dialog.saved()->name));
}

void CheckpointsPage::toggleClosedCurrent() {
    const auto current = currentCheckpoint();
    if (!current)
        return;
    const QDate today = clock::today();
    const Status changed =
        current->isClosed() ? m_editor->reopen(current->id) : m_editor->close(current->id, today);
    if (!changed) {
        emit statusMessage(sentence(changed.error().message));
        return;
    }
    emit statusMessage(current->isClosed()
                           ? tr("Checkpoint %1 reopened.").arg(current->code)
                           : tr("Checkpoint %1 closed on %2.").arg(current->code, format::date(today)));
}

void CheckpointsPage::deleteCurrent() {
    const auto current = currentCheckpoint();
    if (!current)
        return;
    if (!m_confirm(tr("Delete checkpoint"),
                   tr("Delete checkpoint %1 “%2” from the register?").arg(current->code, current->name)))
        return;
    if (const Status removed = m_editor->remove(current->id); !removed) {
        // Something refers to it (sub-checkpoints, scans): the register keeps it, but it can be closed.
        if (!current->isClosed() &&
            m_confirm(tr("Cannot delete"),
                      tr("%1.\n\nClose it now?").arg(sentence(removed.error().message)))) {
            toggleClosedCurrent();
        } else {
            emit statusMessage(sentence(removed.error().message));
        }
        return;
    }
    emit statusMessage(tr("Checkpoint %1 deleted. Undo (Ctrl+Z) brings it back.").arg(current->code));
}

Checkpoints CheckpointsPage::shownCheckpoints() const {
    Checkpoints shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->checkpointAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

Status CheckpointsPage::exportTo(const QString &path) {
    const Checkpoints shown = shownCheckpoints();
    const Status written = writeRegister(m_database.connection(), shown, path);
    if (written)
        emit statusMessage(tr("%1 checkpoints written to %2.")
                               .arg(format::number(shown.size()), QDir::toNativeSeparators(path)));
    return written;
}

void CheckpointsPage::exportToFile() {
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/registryFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the register"), QDir(folder).filePath(tr("dang-ky-diem-kiem-dich.xlsx")),
        tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/registryFolder"), QFileInfo(path).absolutePath());
    if (const Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export the register"), sentence(written.error().message));
}

void CheckpointsPage::manageTypes() {
    TypesDialog dialog(m_database.connection(), this);
    connect(&dialog, &TypesDialog::typesChanged, this, [this] {
        // Commands on the stack remember the old types.
        m_undoStack->clear();
        fillTypeFilter();
        reload();
    });
    dialog.exec();
}

void CheckpointsPage::importFromFile() {
    ImportCheckpointsDialog dialog(m_database, this);
    dialog.exec();
    if (!dialog.wroteAnything())
        return;
    // The import changed rows that commands on the stack remember; undoing them now would overwrite it.
    m_undoStack->clear();
    reload();
    emit statusMessage(dialog.summary());
}

} // namespace cd::ui

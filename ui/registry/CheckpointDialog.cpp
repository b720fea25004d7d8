// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointDialog.h"
#include "dialogs/StandardButtons.h"

#include "CheckpointForm.h"
#include "UiText.h"
#include "registry/CheckpointRegistry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

CheckpointDialog::CheckpointDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new CheckpointForm(db, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    nameStandardButtons(m_buttons);
    setWindowTitle(tr("Register a checkpoint"));
    m_saver = [db](const Checkpoint &checkpoint) {
        CheckpointRegistry registry(db);
        return checkpoint.id == 0 ? registry.add(checkpoint) : registry.update(checkpoint);
    };

    auto *required =
        new QLabel(tr("Fields marked <span style=\"color:#b71c1c\">*</span> are required."), this);
    required->setObjectName(QStringLiteral("hint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    makePrimary(m_buttons->button(QDialogButtonBox::Ok));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_form);
    layout->addWidget(required);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckpointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CheckpointDialog::reject);
}

void CheckpointDialog::setCheckpoint(const Checkpoint &checkpoint) {
    setWindowTitle(tr("Edit checkpoint %1").arg(checkpoint.code));
    m_form->setCheckpoint(checkpoint);
}

void CheckpointDialog::accept() {
    const Checkpoint entered = m_form->checkpoint();
    // Validate a copy: the register normalises what it checks, and the saver validates again anyway.
    Checkpoint copy = entered;
    QVector<Error> problems = m_form->inputProblems();
    // A new checkpoint has the national form's fields; an edit needs only what the register needs.
    problems += CheckpointRegistry(m_db).validate(copy, entered.id == 0 ? Requirements::NationalForm
                                                                        : Requirements::Register);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    // What only storing can tell: a duplicate, a code taken.
    auto stored = m_saver(entered);
    if (!stored) {
        showProblems({stored.error()});
        return;
    }
    m_form->clearProblems();
    m_saved = stored.value();
    QDialog::accept();
}

void CheckpointDialog::showProblems(const QVector<Error> &problems) {
    m_form->showProblems(problems);
    // The problem lines wrap: the layout's minimum size knows nothing of that, so grow to the height they
    // need at this width rather than squeeze the fields.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace cd::ui

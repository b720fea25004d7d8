// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoBackupDialog.h"
#include "dialogs/StandardButtons.h"

#include "common/VnFormat.h"
#include "database/Backup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

AutoBackupDialog::AutoBackupDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_enabled(new QCheckBox(tr("Back up the database every day"), this))
    , m_folder(new QLineEdit(this))
    , m_keep(new QSpinBox(this))
    , m_last(new QLabel(this)) {
    setWindowTitle(tr("Automatic backups"));
    const AutoBackupSettings settings = Backup(m_database).autoSettings();
    m_enabled->setObjectName(QStringLiteral("autoBackupEnabled"));
    m_folder->setObjectName(QStringLiteral("autoBackupFolder"));
    m_keep->setObjectName(QStringLiteral("autoBackupKeep"));
    m_enabled->setChecked(settings.enabled);
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_folder->setPlaceholderText(tr("A folder on another disk or a USB drive"));
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" backups"));
    m_keep->setValue(settings.keep);
    m_last->setText(settings.lastDay.isValid()
                        ? tr("Last automatic backup: %1.").arg(format::date(settings.lastDay))
                        : tr("No automatic backup has been made yet."));
    auto *note = new QLabel(tr("Backups hold personal data: keep the folder where only the office can read "
                               "it. They are purged with the database when personal data passes its time."),
                            this);
    note->setWordWrap(true);

    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for the backups"), QDir::fromNativeSeparators(m_folder->text()));
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Keep the newest"), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    nameStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto applied = apply(); !applied)
            QMessageBox::warning(this, windowTitle(), applied.error().message);
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto enable = [this, choose](bool on) {
        m_folder->setEnabled(on);
        choose->setEnabled(on);
        m_keep->setEnabled(on);
    };
    connect(m_enabled, &QCheckBox::toggled, this, enable);
    enable(settings.enabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_last);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void AutoBackupDialog::setChoice(bool enabled, const QString &folder, int keep) {
    m_enabled->setChecked(enabled);
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_keep->setValue(keep);
}

Status AutoBackupDialog::apply() {
    Backup backup(m_database);
    AutoBackupSettings settings = backup.autoSettings();
    settings.enabled = m_enabled->isChecked();
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.keep = m_keep->value();
    return backup.setAutoSettings(settings);
}

} // namespace cd::ui

# SPDX-License-Identifier: GPL-3.0-or-later
# Personal-data protection: who is at the keyboard, the audit log, retention and purge, backups.
target_sources(cd_ui PRIVATE
    privacy/AuditDialog.cpp privacy/AuditDialog.h
    privacy/AutoBackupDialog.cpp privacy/AutoBackupDialog.h
    privacy/OperatorDialog.cpp privacy/OperatorDialog.h
    privacy/PrivacyMenu.cpp privacy/PrivacyMenu.h
    privacy/NoticeBanner.cpp privacy/NoticeBanner.h
    privacy/RetentionDialog.cpp privacy/RetentionDialog.h
)

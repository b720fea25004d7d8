// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideWindow.h"

#include "help/UserGuide.h"

#include <QHBoxLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVector>

#include <algorithm>

namespace cd::ui {

GuideWindow::GuideWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(language)
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this)) {
    setWindowTitle(tr("Checkpoint Desk user guide"));
    setObjectName(QStringLiteral("userGuide"));
    resize(980, 760);

    m_back->setText(tr("Back"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setText(tr("Forward"));
    m_forward->setShortcut(QKeySequence::Forward);
    auto *contents = new QToolButton(this);
    contents->setText(tr("Contents"));
    for (QToolButton *button : {m_back, m_forward, contents})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(24);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(contents);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QToolButton::clicked, this, [this] { showPage(guide::contents(m_language)); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { fitImages(); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(m_browser->documentTitle().isEmpty() ? tr("Checkpoint Desk user guide")
                                                            : m_browser->documentTitle());
    });
}

void GuideWindow::showPage(const QUrl &page) {
    if (page.path() != m_browser->source().path())
        m_browser->setSource(page, QTextDocument::MarkdownResource);
    else if (page.hasFragment())
        m_browser->scrollToAnchor(page.fragment());
}

QUrl GuideWindow::currentPage() const {
    return m_browser->source();
}

void GuideWindow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitImages();
}

void GuideWindow::fitImages() {
    const qreal available = m_browser->viewport()->width() - 2 * m_browser->document()->documentMargin() - 8;
    if (available <= 0)
        return;
    QTextDocument *document = m_browser->document();
    // Collected first: changing a format while walking the fragments would invalidate the walk.
    struct Resize {
        int position;
        int length;
        QTextImageFormat format;
    };
    QVector<Resize> resizes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image =
                document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull())
                continue;
            const qreal width = std::min<qreal>(image.width(), available);
            if (qFuzzyCompare(format.width(), width))
                continue;
            format.setWidth(width);
            format.setHeight(image.height() * width / image.width());
            resizes.append({fragment.position(), fragment.length(), format});
        }
    }
    for (const Resize &resize : resizes) {
        QTextCursor cursor(document);
        cursor.setPosition(resize.position);
        cursor.setPosition(resize.position + resize.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(resize.format);
    }
}

} // namespace cd::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuide.h"

#include <QHash>

namespace cd::ui::guide {
namespace {

struct Chapter {
    const char *vietnamese;
    const char *english;
};

// One page per task; the sections of the window that a task is done in open its page.
const QHash<QString, Chapter> &chapters() {
    static const QHash<QString, Chapter> all{
        {QStringLiteral("area"), {"02-bat-dau.md", "02-first-start.md"}},
        {QStringLiteral("checkpoints"), {"03-diem-kiem-dich.md", "03-checkpoints.md"}},
        {QStringLiteral("posters"), {"04-ap-phich-qr.md", "04-posters.md"}},
        {QStringLiteral("imports"), {"05-nhap-luot-quet.md", "05-scan-imports.md"}},
        {QStringLiteral("statistics"), {"06-thong-ke-bao-cao.md", "06-statistics.md"}},
        {QStringLiteral("trace"), {"07-truy-vet.md", "07-tracing.md"}},
        {QStringLiteral("desk"), {"08-ban-khai-bao.md", "08-check-in-desk.md"}},
        {QStringLiteral("province"), {"10-may-chu-tinh.md", "10-province-server.md"}},
    };
    return all;
}

QUrl page(const QString &language, const char *vietnamese, const char *english) {
    return language == QLatin1String("vi")
               ? QUrl(QStringLiteral("qrc:/guide/huong-dan/") + QLatin1String(vietnamese))
               : QUrl(QStringLiteral("qrc:/guide/guide-en/") + QLatin1String(english));
}

} // namespace

QUrl contents(const QString &language) {
    return page(language, "README.md", "README.md");
}

QUrl chapterFor(const QString &sectionId, const QString &language) {
    const auto found = chapters().constFind(sectionId);
    if (found == chapters().constEnd())
        return contents(language);
    return page(language, found->vietnamese, found->english);
}

} // namespace cd::ui::guide

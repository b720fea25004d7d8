// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the text a scan export carries of the QR code that was scanned: the groupId of a
// tokhaiyte.vn check-in link (CheckpointResolver::groupIdOf), and the resolver that finds the checkpoint
// a scan row names by code, payload, name and commune, over a small register of Bù Đăng (three
// checkpoints, two with issued payloads) in an in-memory workspace made once.
//
// The first byte is the mode (see FuzzInput.h; only its UTF-16 bit counts); the rest is cut at line
// feeds into the payload, the code, the name and the commune.
//
// Invariants (a broken one traps):
//  - a group id is 24 lower-case hex digits that the payload holds after "groupId=" (in any case);
//  - the resolver answers 0 or one of the register's checkpoints, and the same on a second call (its
//    caches change nothing);
//  - a payload whose group id is a checkpoint's resolves to that checkpoint when no code is given.
#include "FuzzInput.h"

#include "Workspace.h"
#include "registry/CheckpointRegistry.h"
#include "scans/CheckpointResolver.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>

#include <algorithm>

using namespace cd;

namespace {

const QString kLink = QStringLiteral("https://tokhaiyte.vn/?page=Group.checkin&groupId=");

struct Register {
    Database *database = nullptr;
    const CheckpointResolver *resolver = nullptr;
    QHash<QString, qint64> byGroup; // group id -> checkpoint id
    QList<qint64> ids;
};
Register g_register;

qint64 add(CheckpointRegistry &registry, const QString &name, const QString &type, const QString &commune,
           const QString &groupId) {
    Checkpoint c;
    c.name = name;
    c.typeName = type;
    c.phone = QStringLiteral("0912345678");
    c.communeCode = commune;
    c.address = QStringLiteral("Thôn 1");
    if (!groupId.isEmpty())
        c.issuedQrPayload = kLink + groupId;
    const auto added = registry.add(c);
    if (!added)
        qFatal("could not add %s: %s", qPrintable(name), qPrintable(added.error().toString()));
    g_register.ids.append(added->id);
    if (!groupId.isEmpty())
        g_register.byGroup.insert(groupId, added->id);
    return added->id;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    auto database = openWorkspace(QStringLiteral(":memory:"));
    if (!database)
        qFatal("no workspace: %s", qPrintable(database.error().toString()));
    // Kept to the end of the process, like the resolver built over it.
    g_register.database = std::move(database).value().release();
    const QSqlDatabase db = g_register.database->connection();
    if (const auto scope = OfficeScope(db).configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"));
        !scope)
        qFatal("no scope: %s", qPrintable(scope.error().toString()));
    CheckpointRegistry registry(db);
    add(registry, QStringLiteral("Chợ Đức Phong"), QStringLiteral("Chợ"), QStringLiteral("25396"),
        QStringLiteral("61204c1a9b8f7e0012d3a4f5"));
    add(registry, QStringLiteral("UBND xã Đăng Hà"), QStringLiteral("Cơ quan, đơn vị"),
        QStringLiteral("25426"), {});
    add(registry, QStringLiteral("Trạm y tế xã Minh Hưng"), QStringLiteral("Cơ sở y tế"),
        QStringLiteral("25408"), QStringLiteral("6120a4c1e5b7d90012f3c8aa"));
    g_register.resolver = new CheckpointResolver(db);
    if (g_register.resolver->error())
        qFatal("no resolver: %s", qPrintable(g_register.resolver->error()->toString()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QStringList fields = fuzz::fieldsOf(fuzz::inputOf(data, size).text, 4);
    const QString &payload = fields[0];
    const QString &code = fields[1];
    const QString &name = fields[2];
    const QString &commune = fields[3];

    const QString group = CheckpointResolver::groupIdOf(payload);
    if (!group.isEmpty()) {
        CD_FUZZ_CHECK(group.size() == 24);
        CD_FUZZ_CHECK(std::all_of(group.begin(), group.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        }));
        CD_FUZZ_CHECK(payload.contains(QStringLiteral("groupId=") + group, Qt::CaseInsensitive));
    }

    // A copy of the resolver built once: its caches start empty for every input.
    const CheckpointResolver resolver = *g_register.resolver;
    const qint64 id = resolver.resolve(code, payload, name, commune);
    CD_FUZZ_CHECK(id == 0 || g_register.ids.contains(id));
    CD_FUZZ_CHECK(resolver.resolve(code, payload, name, commune) == id);
    if (const qint64 grouped = g_register.byGroup.value(group); grouped)
        CD_FUZZ_CHECK(resolver.resolve({}, payload, name, commune) == grouped);
    return 0;
}

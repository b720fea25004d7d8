// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {
namespace {

const QString kResourceFolder = QStringLiteral(":/checkpoint-desk/vocabulary");

// The strings of a JSON array; false when it holds something else.
bool readStrings(const QJsonValue &value, QStringList &out) {
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return false;
        out.append(item.toString().normalized(QString::NormalizationForm_C));
    }
    return true;
}

class Loader {
public:
    explicit Loader(QString folder)
        : m_folder(std::move(folder)) {}

    QJsonObject object(const QString &file) {
        QFile in(QDir(m_folder).filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            fail(file, in.errorString());
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (!json.isObject()) {
            fail(file, parseError.errorString());
            return {};
        }
        return json.object();
    }
    QStringList strings(const QString &file, const QJsonValue &value, const QString &what) {
        QStringList out;
        if (!readStrings(value, out))
            fail(file, QStringLiteral("“%1” must be a list of non-empty texts").arg(what));
        return out;
    }
    QString text(const QString &file, const QJsonValue &value, const QString &what) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(file, QStringLiteral("“%1” must be a non-empty text").arg(what));
        return value.toString().normalized(QString::NormalizationForm_C);
    }
    QJsonArray array(const QString &file, const QJsonValue &value, const QString &what) {
        if (!value.isArray())
            fail(file, QStringLiteral("“%1” must be a list").arg(what));
        return value.toArray();
    }
    void fail(const QString &file, const QString &message) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(QDir(m_folder).filePath(file), message);
    }
    const QString &error() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
};

} // namespace

const Vocabulary &Vocabulary::instance() {
    static const Vocabulary builtIn = [] {
        QString error;
        Vocabulary vocabulary = load(kResourceFolder, &error);
        // The files are compiled in and checked by the tests: a failure here is a broken build.
        if (!error.isEmpty())
            qFatal("The built-in vocabulary is broken: %s", qPrintable(error));
        return vocabulary;
    }();
    return builtIn;
}

Vocabulary Vocabulary::load(const QString &folder, QString *error) {
    Loader loader(folder);
    Vocabulary v;

    const QString headersFile = QStringLiteral("headers.json");
    const QJsonObject headers = loader.object(headersFile);
    for (const QString &importer : {QStringLiteral("registry"), QStringLiteral("scans")}) {
        const QJsonObject part = headers.value(importer).toObject();
        Headers h;
        for (const QJsonValue &item :
             loader.array(headersFile, part.value(QStringLiteral("fields")), importer)) {
            const QJsonObject field = item.toObject();
            Field f{loader.text(headersFile, field.value(QStringLiteral("field")),
                                importer + QStringLiteral(".field")),
                    loader.strings(headersFile, field.value(QStringLiteral("synonyms")),
                                   importer + QStringLiteral(".synonyms")),
                    field.value(QStringLiteral("contained")).toBool(true)};
            h.fields.append(std::move(f));
        }
        h.ignored = loader.strings(headersFile, part.value(QStringLiteral("ignore")),
                                   importer + QStringLiteral(".ignore"));
        v.m_headers.insert(importer, std::move(h));
    }

    const QString typesFile = QStringLiteral("checkpoint-types.json");
    const QJsonObject types = loader.object(typesFile);
    v.m_unclassified =
        loader.text(typesFile, types.value(QStringLiteral("unclassified")), QStringLiteral("unclassified"));
    for (const QJsonValue &item :
         loader.array(typesFile, types.value(QStringLiteral("types")), QStringLiteral("types"))) {
        const QJsonObject type = item.toObject();
        v.m_types.append(
            {loader.text(typesFile, type.value(QStringLiteral("type")), QStringLiteral("type")),
             loader.strings(typesFile, type.value(QStringLiteral("synonyms")), QStringLiteral("synonyms"))});
    }

    const QString unitsFile = QStringLiteral("unit-names.json");
    const QJsonObject units = loader.object(unitsFile);
    for (const QJsonValue &item :
         loader.array(unitsFile, units.value(QStringLiteral("types")), QStringLiteral("types"))) {
        const QJsonObject type = item.toObject();
        v.m_unitTypes.append(
            {loader.text(unitsFile, type.value(QStringLiteral("type")), QStringLiteral("type")),
             loader.strings(unitsFile, type.value(QStringLiteral("spellings")),
                            QStringLiteral("spellings"))});
    }
    v.m_hamlets =
        loader.strings(unitsFile, units.value(QStringLiteral("hamlets")), QStringLiteral("hamlets"));
    for (const QJsonValue &item :
         loader.array(unitsFile, units.value(QStringLiteral("aliases")), QStringLiteral("aliases"))) {
        const QJsonObject alias = item.toObject();
        v.m_unitAliases.append(
            {loader.text(unitsFile, alias.value(QStringLiteral("written")), QStringLiteral("written")),
             loader.text(unitsFile, alias.value(QStringLiteral("unit")), QStringLiteral("unit"))});
    }

    const QString rowsFile = QStringLiteral("table-rows.json");
    const QJsonObject rows = loader.object(rowsFile);
    v.m_totals = loader.strings(rowsFile, rows.value(QStringLiteral("totals")), QStringLiteral("totals"));
    v.m_signature =
        loader.strings(rowsFile, rows.value(QStringLiteral("signature")), QStringLiteral("signature"));
    v.m_nothing = loader.strings(rowsFile, rows.value(QStringLiteral("nothing")), QStringLiteral("nothing"));

    if (error)
        *error = loader.error();
    return v;
}

const Vocabulary::Headers &Vocabulary::headers(const QString &importer) const {
    static const Headers none;
    const auto it = m_headers.constFind(importer);
    return it == m_headers.constEnd() ? none : it.value();
}

QStringList Vocabulary::headerSynonyms(const QString &importer, const QString &field) const {
    for (const Field &f : headers(importer).fields) {
        if (f.key == field)
            return f.synonyms;
    }
    return {};
}

} // namespace cd

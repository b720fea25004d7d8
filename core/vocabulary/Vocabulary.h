// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// The words of the trade that files are written in: column headers, checkpoint types, unit types and
// abbreviations, and the rows of reports that are not data. They are data, not code: each lives in a JSON
// file of resources/vocabulary/ (compiled in), so that adding a synonym is an edit of that file alone.
// Loaded once, on first use, from any thread.
class Vocabulary {
public:
    struct Field {
        QString key;           // the importer's name for it, e.g. "phone"
        QStringList synonyms;  // the first one names the field in messages
        bool contained = true; // a header holding a synonym among other words is the field too
    };
    struct Headers {
        QList<Field> fields;
        QStringList ignored; // headers that are never a field although they contain a synonym
    };
    struct CheckpointType {
        QString name;
        QStringList synonyms;
    };
    struct UnitType {
        QString type;          // Xã, Phường, Thị trấn, Huyện…
        QStringList spellings; // "Xã", "X"; "Thị trấn", "TT"
    };

    static const Vocabulary &instance();

    // "registry" or "scans"; empty for an unknown importer.
    const Headers &headers(const QString &importer) const;
    QStringList headerSynonyms(const QString &importer, const QString &field) const;

    const QList<CheckpointType> &checkpointTypes() const { return m_types; }
    const QString &unclassifiedType() const { return m_unclassified; }

    const QList<UnitType> &unitTypes() const { return m_unitTypes; }
    const QStringList &hamletWords() const { return m_hamlets; }
    // Written short name -> official unit code.
    const QList<std::pair<QString, QString>> &unitAliases() const { return m_unitAliases; }

    const QStringList &totalsPhrases() const { return m_totals; }
    const QStringList &signaturePhrases() const { return m_signature; }
    const QStringList &nothingPhrases() const { return m_nothing; }

    // Reads the vocabulary from a folder holding the four files; the error names the file. The built-in
    // one is read from the program's resources.
    static Vocabulary load(const QString &folder, QString *error);

private:
    QHash<QString, Headers> m_headers;
    QList<CheckpointType> m_types;
    QString m_unclassified;
    QList<UnitType> m_unitTypes;
    QStringList m_hamlets;
    QList<std::pair<QString, QString>> m_unitAliases;
    QStringList m_totals;
    QStringList m_signature;
    QStringList m_nothing;
};

} // namespace cd

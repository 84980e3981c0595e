#pragma once

// Internal to core/io's register import: what its files share. registers_text.cpp holds the
// text helpers (column keys, dates, title case, addresses) and Sheet (one register file read
// by column name); registers_rne.cpp, registers_sirene.cpp and registers_rna.cpp the Reader's
// reading of each register; registers.cpp the Reader's shared steps and the public functions
// of registers.h.

#include "core/io/registers.h"

#include "core/io/import_model.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace maillage::io::registerparts {

using namespace maillage::io::detail;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Registers)
};

constexpr qint64 kProgressRows = 8192;

/// A column name reduced for matching across the RNE's variants: accents, case, parenthesised
/// notes, punctuation and the little words dropped. "Code du département (Maire)",
/// "code_departement" and "Code du departement" all give "code_departement"; "Nom de l’élu"
/// and "nom_elu" give "nom_elu".
QString compactKey(const QString &name);

/// A register's date: DD/MM/YYYY, YYYY-MM-DD, "1955-05-02 00:00:00+00"; "0001-01-01" and
/// an empty value mean none. False on anything else.
bool parseDate(const QString &value, QDate *date);

/// "SAINT-DIE-DES-VOSGES" → "Saint-Die-des-Vosges"; text already in mixed case is kept. Not
/// `leading` (a street name after its type): "DU COLLEGE" → "du College".
QString titleCase(const QString &s, bool leading = true);

QString joined(const QStringList &parts, const QString &separator = QStringLiteral(" "));

/// The street type codes of SIRENE and the RNA ("AV" → "Avenue").
QString streetType(const QString &code);

QString address(const QString &complement, const QString &number, const QString &repeat,
                const QString &type, const QString &street, const QString &distribution,
                const QString &postcode, const QString &commune);

/// A file of one register, read record by record with the columns found by name.
class Sheet
{
public:
    bool open(const QString &path, bool allowReportTitle, const RegisterOptions &options,
              QString *error);

    /// Index of the first of `names` present (matched by columnKey or compactKey), else -1.
    int column(std::initializer_list<const char *> names) const;

    /// An error naming the missing column as the register spells it.
    QString missing(const QString &column) const;

    QString headerSummary() const;

    /// The next data record; false at the end or on an error (then *error is set).
    bool next(QStringList &fields, QString *error);

    qint64 line() const { return m_reader->line(); }

    QString located(const QString &what) const
    {
        return CsvReader::located(m_path, m_reader->line(), what);
    }

    void report() const;

    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    bool reportTitle() const { return m_reportTitle; }
    char separator() const { return m_reader->separator(); }
    qint64 headerLine() const { return m_headerLine; }

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    QHash<QString, int> m_columns, m_compact;
    qint64 m_headerLine = 1, m_total = 0, m_rows = 0;
    bool m_reportTitle = false;
    std::function<void(qint64, qint64)> m_progress;
    std::function<bool()> m_cancelled;
};

QString value(const QStringList &fields, int column);

/// Hints for a file given under the wrong --format.
QString otherRegisterHint(const Sheet &s);

QString notRegister(const Sheet &s, const QString &expected);

/// Reads the files into one graph; the node's "__suffix" field says how to tell it from a
/// namesake of the same import.
class Reader
{
public:
    Reader(const RegisterOptions &options, SourceGraph &graph, RegisterStats &stats)
        : m_options(options), m_graph(graph), m_stats(stats)
    {
        for (const QString &c : options.communes)
            m_communes.insert(normalizedCommuneCode(c));
    }

    bool read(const QString &path, QString *variant, QString *error)
    {
        switch (m_options.format) {
        case RegisterFormat::Rne:
            return readRne(path, variant, error);
        case RegisterFormat::Sirene:
            return readSirene(path, variant, error);
        case RegisterFormat::Rna:
            return readRna(path, variant, error);
        }
        return false;
    }

    /// Namesakes of one import (two "Jean MARTIN" of different communes) get their commune,
    /// SIRET or RNA number after their name, so neither is merged into the other.
    void separateNamesakes();

private:
    QString m_lastCode;  ///< commune of the row being read

    bool wanted(const QString &code)
    {
        m_lastCode = code;
        if (m_communes.isEmpty() || m_communes.contains(code))
            return true;
        ++m_stats.otherCommunes;
        return false;
    }

    /// Keeps the row being read (of the commune wanted() last saw) as an actor.
    void keep(NodeRecord n)
    {
        m_graph.nodes << std::move(n);
        ++m_stats.kept;
        ++m_stats.perCommune[m_lastCode];
    }

    /// False, with the error naming the first column the register lacks, unless every
    /// column index given is found (>= 0).
    static bool require(const Sheet &s,
                        std::initializer_list<std::pair<int, const char *>> columns,
                        QString *error)
    {
        for (const auto &[index, name] : columns)
            if (index < 0)
                return (*error = s.missing(QString::fromLatin1(name))), false;
        return true;
    }

    void addOrganisation(const QString &key, const QString &name, const QString &commune,
                         const QString &category);

    void addLink(const QString &from, const QString &to);

    bool badDate(const Sheet &s, const QString &column, const QString &text, QString *error)
    {
        *error = s.located(
            Tr::tr("“%1” in the column “%2” is not a date (DD/MM/YYYY or YYYY-MM-DD expected)")
                .arg(text, column));
        return false;
    }

    bool readRne(const QString &path, QString *variant, QString *error);

    bool readSirene(const QString &path, QString *variant, QString *error);

    /// Places an establishment from the geocoded variant's columns or the Lambert ones; a
    /// value that is not a number, or a position that cannot be, fails the read.
    bool placeSirene(NodeRecord &n, const QString &commune, const QString &lon,
                     const QString &lat, const QString &type, const QString &x, const QString &y,
                     const Sheet &s, QString *error);

    bool readRna(const QString &path, QString *variant, QString *error);

    /// The RNE's commune code: full ("88304", "1001" → "01001") or, in some files, only the
    /// part after the département ("304" with département "88").
    static QString communeCode(const QString &departement, const QString &code);

    const RegisterOptions &m_options;
    SourceGraph &m_graph;
    RegisterStats &m_stats;
    QSet<QString> m_communes, m_organisations, m_links;
    QString m_file;
    qint64 m_line = 0;
};

} // namespace maillage::io::registerparts

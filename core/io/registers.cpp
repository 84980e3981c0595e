#include "registers.h"
#include "geo/geojson.h"
#include "geo/projection.h"

#include "document/document.h"
#include "import_model.h"
#include "util/text.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

// The French public registers, read by column name whatever the variant (the
// columns of each variant are listed below). Values that come from the registers (roles, the
// town hall's name, NAF sector labels) are French data, like the registers themselves, and
// are not translated; messages are.

namespace maillage::io {

using namespace detail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Registers)
};

#define K(s) QStringLiteral(s)

constexpr qint64 kProgressRows = 8192;

/// A column name reduced for matching across the RNE's variants: accents, case, parenthesised
/// notes, punctuation and the little words dropped. "Code du département (Maire)",
/// "code_departement" and "Code du departement" all give "code_departement"; "Nom de l’élu"
/// and "nom_elu" give "nom_elu".
QString compactKey(const QString &name)
{
    QString s = columnKey(name);
    for (qsizetype open = s.indexOf(QLatin1Char('(')); open >= 0;
         open = s.indexOf(QLatin1Char('('))) {
        const qsizetype close = s.indexOf(QLatin1Char(')'), open);
        s.remove(open, close < 0 ? s.size() - open : close - open + 1);
    }
    s = text::fold(s);
    QString cleaned;
    for (const QChar c : s)
        cleaned += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    static const QSet<QString> little{K("de"), K("du"), K("la"), K("le"), K("l"), K("des"),
                                      K("d")};
    QStringList words;
    for (const QString &w : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!little.contains(w))
            words << w;
    return words.join(QLatin1Char('_'));
}

/// A register's date: DD/MM/YYYY, YYYY-MM-DD, "1955-05-02 00:00:00+00"; "0001-01-01" and
/// an empty value mean none. False on anything else.
bool parseDate(const QString &value, QDate *date)
{
    const QString v = value.trimmed();
    *date = QDate();
    if (v.isEmpty() || v.startsWith(QLatin1String("0001-01-01")))
        return true;
    if (v.size() >= 8 && v.contains(QLatin1Char('/'))) {
        *date = QDate::fromString(v, K("d/M/yyyy"));
        return date->isValid();
    }
    if (v.size() >= 10 && v.at(4) == QLatin1Char('-')) {
        if (v.size() > 10 && v.at(10) != QLatin1Char(' ') && v.at(10) != QLatin1Char('T'))
            return false;
        *date = QDate::fromString(v.left(10), Qt::ISODate);
        return date->isValid();
    }
    return false;
}

/// "SAINT-DIE-DES-VOSGES" → "Saint-Die-des-Vosges"; text already in mixed case is kept. Not
/// `leading` (a street name after its type): "DU COLLEGE" → "du College".
QString titleCase(const QString &s, bool leading = true)
{
    const QString t = s.simplified();
    if (t == QLatin1String("[ND]"))  // SIRENE: not to be published
        return QString();
    bool lower = false;
    for (const QChar c : t)
        lower = lower || c.isLower();
    if (lower || t.isEmpty())
        return t;
    static const QSet<QString> little{K("de"), K("des"), K("du"), K("la"), K("le"), K("les"),
                                      K("sur"), K("sous"), K("en"), K("et"), K("aux"), K("au"),
                                      K("l"), K("d"), K("lès"), K("lez")};
    QString out;
    QString word;
    bool first = leading;
    auto flush = [&](QChar after) {
        if (!word.isEmpty()) {
            const QString w = word.toLower();
            const bool elided = after == QLatin1Char('\'') && (w == QLatin1String("l") ||
                                                               w == QLatin1String("d"));
            if (!first && little.contains(w))
                out += w;
            else
                out += w.at(0).toUpper() + w.mid(1);
            // "L'HAY-LES-ROSES" → "L'Hay-les-Roses": the word after a first "L'" is capitalised.
            first = first && elided;
            word.clear();
        }
        if (!after.isNull())
            out += after;
    };
    for (const QChar c : t) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\''))
            flush(c);
        else
            word += c;
    }
    flush(QChar());
    return out;
}

QString joined(const QStringList &parts, const QString &separator = K(" "))
{
    QStringList kept;
    for (const QString &p : parts) {
        const QString t = p.simplified();
        if (!t.isEmpty() && t != QLatin1String("[ND]"))
            kept << t;
    }
    return kept.join(separator);
}

/// The street type codes of SIRENE and the RNA ("AV" → "Avenue").
QString streetType(const QString &code)
{
    static const QHash<QString, QString> types{
        {K("ALL"), K("Allée")},       {K("AV"), K("Avenue")},      {K("BD"), K("Boulevard")},
        {K("CAR"), K("Carrefour")},   {K("CHE"), K("Chemin")},     {K("CHS"), K("Chaussée")},
        {K("CITE"), K("Cité")},       {K("COR"), K("Corniche")},   {K("CRS"), K("Cours")},
        {K("DOM"), K("Domaine")},     {K("DSC"), K("Descente")},   {K("ECA"), K("Écart")},
        {K("ESP"), K("Esplanade")},   {K("FG"), K("Faubourg")},    {K("GR"), K("Grande Rue")},
        {K("HAM"), K("Hameau")},      {K("HLE"), K("Halle")},      {K("IMP"), K("Impasse")},
        {K("LD"), K("Lieu-dit")},     {K("LOT"), K("Lotissement")}, {K("MAR"), K("Marché")},
        {K("MTE"), K("Montée")},      {K("PAS"), K("Passage")},    {K("PL"), K("Place")},
        {K("PLN"), K("Plaine")},      {K("PLT"), K("Plateau")},    {K("PRO"), K("Promenade")},
        {K("PRV"), K("Parvis")},      {K("QUA"), K("Quartier")},   {K("QUAI"), K("Quai")},
        {K("RES"), K("Résidence")},   {K("RLE"), K("Ruelle")},     {K("ROC"), K("Rocade")},
        {K("RPT"), K("Rond-point")},  {K("RTE"), K("Route")},      {K("RUE"), K("Rue")},
        {K("SQ"), K("Square")},       {K("TPL"), K("Terre-plein")}, {K("TRA"), K("Traverse")},
        {K("VLA"), K("Villa")},       {K("VLGE"), K("Village")},
    };
    const QString c = code.trimmed().toUpper();
    return types.value(c, code.trimmed());
}

QString address(const QString &complement, const QString &number, const QString &repeat,
                const QString &type, const QString &street, const QString &distribution,
                const QString &postcode, const QString &commune)
{
    const QString line = joined({number, repeat, streetType(type), titleCase(street, false)});
    return joined({titleCase(complement), line, titleCase(distribution),
                   joined({postcode, titleCase(commune)})},
                  K(", "));
}

/// A file of one register, read record by record with the columns found by name.
class Sheet
{
public:
    bool open(const QString &path, bool allowReportTitle, const RegisterOptions &options,
              QString *error)
    {
        m_path = path;
        m_progress = options.progress;
        m_cancelled = options.cancelled;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = CsvReader::located(path, 0,
                                        Tr::tr("cannot be read (%1)").arg(m_file.errorString()));
            return false;
        }
        m_total = m_file.size();
        CsvOptions csv;
        csv.requireHeaderWidth = false;  // checked here, against the real header
        // The RNE's 2018–2020 .txt reports open with a "Titre du rapport" line.
        QByteArray head = m_file.peek(1 << 16);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        if (allowReportTitle && head.startsWith("Titre du rapport")) {
            m_reportTitle = true;
            const qsizetype nl = head.indexOf('\n');
            const QByteArray second = nl < 0 ? QByteArray() : head.mid(nl + 1).split('\n').value(0);
            const auto tabs = second.count('\t'), semis = second.count(';'),
                       commas = second.count(',');
            csv.separator = tabs >= semis && tabs >= commas ? '\t' : semis >= commas ? ';' : ',';
        }
        m_reader = std::make_unique<CsvReader>(&m_file, path, csv);
        if (!m_reader->readHeader()) {
            *error = m_reader->error();
            return false;
        }
        m_header = m_reader->header();
        if (m_reportTitle) {
            QStringList fields;
            if (!m_reader->next(fields)) {
                *error = m_reader->hasError()
                             ? m_reader->error()
                             : CsvReader::located(path, 0,
                                                  Tr::tr("holds a report title but no header "
                                                         "line"));
                return false;
            }
            m_header.clear();
            for (const QString &f : fields)
                m_header << f.trimmed();
        }
        m_headerLine = m_reportTitle ? m_reader->line() : qMax<qint64>(1, m_reader->line());
        // A trailing separator on the header line makes an empty last column: ignore it.
        while (m_header.size() > 1 && m_header.last().isEmpty())
            m_header.removeLast();
        for (int i = 0; i < m_header.size(); ++i) {
            m_columns.insert(columnKey(m_header.at(i)), i);
            m_compact.insert(compactKey(m_header.at(i)), i);
        }
        return true;
    }

    /// Index of the first of `names` present (matched by columnKey or compactKey), else -1.
    int column(std::initializer_list<const char *> names) const
    {
        for (const char *n : names) {
            const QString key = QString::fromUtf8(n);
            if (const auto it = m_columns.constFind(key); it != m_columns.cend())
                return it.value();
            if (const auto it = m_compact.constFind(compactKey(key)); it != m_compact.cend())
                return it.value();
        }
        return -1;
    }

    /// An error naming the missing column as the register spells it.
    QString missing(const QString &column) const
    {
        return CsvReader::located(m_path, m_headerLine,
                                  Tr::tr("the required column “%1” is missing").arg(column));
    }

    QString headerSummary() const
    {
        QStringList shown = m_header.mid(0, 5);
        if (m_header.size() > 5)
            shown << QStringLiteral("…");
        return shown.join(QLatin1String(", "));
    }

    /// The next data record; false at the end or on an error (then *error is set).
    bool next(QStringList &fields, QString *error)
    {
        if (!m_reader->next(fields)) {
            if (m_reader->hasError())
                *error = m_reader->error();
            report();
            return false;
        }
        const auto width = m_header.size();
        if (fields.size() != width) {
            bool emptyTail = fields.size() > width;
            for (qsizetype i = width; emptyTail && i < fields.size(); ++i)
                emptyTail = fields.at(i).trimmed().isEmpty();
            if (!emptyTail) {
                *error = located(Tr::tr("this row has %1 values but the header has %2 columns (a "
                                        "missing or extra separator, or a line break outside "
                                        "quotes?)")
                                     .arg(fields.size())
                                     .arg(width));
                return false;
            }
            fields.resize(width);
        }
        if (++m_rows % kProgressRows == 0) {
            report();
            if (m_cancelled && m_cancelled()) {
                *error = Tr::tr("The import was cancelled; nothing was imported.");
                return false;
            }
        }
        return true;
    }

    qint64 line() const { return m_reader->line(); }

    QString located(const QString &what) const
    {
        return CsvReader::located(m_path, m_reader->line(), what);
    }

    void report() const
    {
        if (m_progress)
            m_progress(m_reader->bytesRead() > 0 ? m_reader->bytesRead() : m_file.pos(),
                       m_total);
    }

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

QString value(const QStringList &fields, int column)
{
    return column < 0 ? QString() : fields.at(column).trimmed();
}

/// Hints for a file given under the wrong --format.
QString otherRegisterHint(const Sheet &s)
{
    if (s.column({"siret"}) >= 0 && s.column({"codeCommuneEtablissement"}) >= 0)
        return Tr::tr("it looks like a SIRENE file: use the sirene format");
    if (s.column({"titre"}) >= 0 && s.column({"adrs_codeinsee"}) >= 0)
        return Tr::tr("it looks like an RNA file: use the rna format");
    if (s.column({"Nom de l'élu"}) >= 0)
        return Tr::tr("it looks like an RNE file: use the rne format");
    return QString();
}

QString notRegister(const Sheet &s, const QString &expected)
{
    const QString hint = otherRegisterHint(s);
    QString what = Tr::tr("the columns (%1) are not those of %2").arg(s.headerSummary(), expected);
    if (!hint.isEmpty())
        what += QLatin1String("; ") + hint;
    return CsvReader::located(s.path(), s.headerLine(), what);
}

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
    void separateNamesakes()
    {
        QHash<QString, QSet<QString>> keysByName;
        for (const NodeRecord &n : m_graph.nodes)
            keysByName[text::fold(n.fields.value(K("name")).toString())].insert(n.key);
        for (NodeRecord &n : m_graph.nodes) {
            const QString suffix = n.fields.take(K("__suffix")).toString();
            const QString name = n.fields.value(K("name")).toString();
            if (keysByName.value(text::fold(name)).size() > 1 && !suffix.isEmpty())
                n.fields.insert(K("name"), QStringLiteral("%1 (%2)").arg(name, suffix));
        }
        // Namesakes left (same name, same commune): number them in reading order.
        keysByName.clear();
        for (const NodeRecord &n : m_graph.nodes)
            keysByName[text::fold(n.fields.value(K("name")).toString())].insert(n.key);
        QHash<QString, int> seen;
        QHash<QString, QString> renamed;
        for (NodeRecord &n : m_graph.nodes) {
            const QString name = n.fields.value(K("name")).toString();
            const QString folded = text::fold(name);
            if (keysByName.value(folded).size() <= 1)
                continue;
            if (const auto it = renamed.constFind(n.key); it != renamed.cend()) {
                n.fields.insert(K("name"), it.value());
                continue;
            }
            const int number = ++seen[folded];
            const QString unique =
                number == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(number);
            renamed.insert(n.key, unique);
            n.fields.insert(K("name"), unique);
        }
    }

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
                         const QString &category)
    {
        if (m_organisations.contains(key))
            return;
        m_organisations.insert(key);
        NodeRecord n;
        n.file = m_file;
        n.line = m_line;
        n.key = key;
        n.category = category;
        n.fields.insert(K("name"), name);
        n.fields.insert(K("is_person"), 0);
        if (!commune.isEmpty())
            n.fields.insert(K("commune"), commune);
        m_graph.nodes << std::move(n);
    }

    void addLink(const QString &from, const QString &to)
    {
        // One person in two files of one import (councillors and mayors): one link.
        if (m_links.contains(from + QLatin1Char('>') + to))
            return;
        m_links.insert(from + QLatin1Char('>') + to);
        EdgeRecord e;
        e.file = m_file;
        e.line = m_line;
        e.source = from;
        e.target = to;
        e.type = K("membership");
        e.directed = true;
        m_graph.edges << std::move(e);
    }

    bool badDate(const Sheet &s, const QString &column, const QString &text, QString *error)
    {
        *error = s.located(
            Tr::tr("“%1” in the column “%2” is not a date (DD/MM/YYYY or YYYY-MM-DD expected)")
                .arg(text, column));
        return false;
    }

    bool readRne(const QString &path, QString *variant, QString *error)
    {
        Sheet s;
        if (!s.open(path, true, m_options, error))
            return false;
        m_file = path;
        const int nom = s.column({"Nom de l'élu", "nom_elu"});
        const int prenom = s.column({"Prénom de l'élu", "prenom_elu"});
        if (nom < 0 && prenom < 0)
            return (*error = notRegister(s, Tr::tr("the RNE (“Nom de l'élu”, “Prénom de "
                                                  "l'élu”…)"))),
                   false;
        if (nom < 0)
            return (*error = s.missing(K("Nom de l'élu"))), false;
        if (prenom < 0)
            return (*error = s.missing(K("Prénom de l'élu"))), false;
        const int epci = s.column({"Libellé de l'EPCI", "libelle_epci"});
        const int siren = s.column({"N° SIREN", "numero_siren", "siren", "siren_epci"});
        const int dep = s.column({"Code du département", "code_departement"});
        const int commune = epci >= 0 ? s.column({"Code de la commune de rattachement",
                                                  "code_commune_rattachement"})
                                      : s.column({"Code de la commune", "Code Insee de la commune",
                                                  "code_commune", "code_insee_commune"});
        const int communeName =
            epci >= 0 ? s.column({"Libellé de la commune de rattachement",
                                  "libelle_commune_rattachement"})
                      : s.column({"Libellé de la commune", "libelle_commune"});
        if (commune < 0)
            return (*error = s.missing(epci >= 0 ? K("Code de la commune de rattachement")
                                                 : K("Code de la commune"))),
                   false;
        if (communeName < 0)
            return (*error = s.missing(epci >= 0 ? K("Libellé de la commune de rattachement")
                                                 : K("Libellé de la commune"))),
                   false;
        const int sex = s.column({"Code sexe", "code_sexe", "sexe"});
        const int birth = s.column({"Date de naissance", "date_naissance_elu", "date_naissance"});
        const int mandate = s.column({"Date de début du mandat", "date_debut_mandat"});
        const int function = s.column({"Libellé de la fonction", "libelle_fonction"});
        const int functionStart = s.column({"Date de début de la fonction",
                                            "date_debut_fonction"});
        enum Kind { Councillors, Mayors, Community } kind =
            epci >= 0 ? Community : function >= 0 ? Councillors : Mayors;

        const bool snake = s.header().at(nom).contains(QLatin1Char('_'));
        QString period;
        if (s.reportTitle())
            period = Tr::tr("2018–2020 report");
        else if (snake)
            period = Tr::tr("June 2023, snake_case");
        else if (s.separator() == '\t')
            period = Tr::tr("until 2022, tab");
        else if (s.separator() == ',')
            period = Tr::tr("end 2023, comma");
        else
            period = Tr::tr("2024 on, semicolon");
        const QString what = kind == Community ? Tr::tr("RNE community (EPCI) councillors")
                             : kind == Mayors  ? Tr::tr("RNE mayors")
                                               : Tr::tr("RNE municipal councillors");
        *variant = Tr::tr("%1 (%2)").arg(what, period);

        QStringList f;
        while (s.next(f, error)) {
            ++m_stats.rows;
            m_line = s.line();
            const QString rawCode = value(f, commune);
            const QString code = communeCode(value(f, dep), rawCode);
            if (code.isEmpty()) {
                *error = s.located(Tr::tr("“%1” is not a commune code").arg(rawCode));
                return false;
            }
            if (!wanted(code))
                continue;
            const QString last = value(f, nom), first = value(f, prenom);
            if (last.isEmpty() && first.isEmpty()) {
                *error = s.located(Tr::tr("an elected official needs a name (“%1” and “%2” are "
                                          "empty)")
                                       .arg(s.header().at(nom), s.header().at(prenom)));
                return false;
            }
            const QString town = value(f, communeName).simplified();
            if (town.isEmpty()) {
                *error = s.located(
                    Tr::tr("the commune's name (“%1”) is empty").arg(s.header().at(communeName)));
                return false;
            }
            QDate born, since, start;
            if (!parseDate(value(f, birth), &born))
                return badDate(s, s.header().at(birth), value(f, birth), error);
            if (!parseDate(value(f, mandate), &since))
                return badDate(s, s.header().at(mandate), value(f, mandate), error);
            if (!parseDate(value(f, functionStart), &start))
                return badDate(s, s.header().at(functionStart), value(f, functionStart), error);
            if (start.isValid())
                since = start;
            const bool woman = value(f, sex).toUpper() == QLatin1String("F");
            QString role = value(f, function);
            if (role.isEmpty()) {
                switch (kind) {
                case Mayors:
                    role = K("Maire");
                    break;
                case Councillors:
                    role = woman ? K("Conseillère municipale") : K("Conseiller municipal");
                    break;
                case Community:
                    role = woman ? K("Conseillère communautaire") : K("Conseiller communautaire");
                    break;
                }
            }
            const QString townHall = townHallName(town);
            const QString townHallKey = K("mairie:") + code;
            addOrganisation(townHallKey, townHall, town, K("institution"));
            const QString name = joined({first, last});
            NodeRecord n;
            n.file = path;
            n.line = m_line;
            n.key = QStringLiteral("elu:%1|%2|%3")
                        .arg(code, text::fold(name), born.toString(Qt::ISODate));
            n.category = K("elected");
            n.fields.insert(K("name"), name);
            n.fields.insert(K("is_person"), 1);
            n.fields.insert(K("legal_basis"), K("public_role"));
            n.fields.insert(K("role"), role);
            n.fields.insert(K("commune"), town);
            n.fields.insert(K("__suffix"), town);
            if (since.isValid())
                n.fields.insert(K("since"), since.toString(Qt::ISODate));
            QString organisation = townHall;
            if (kind == Community) {
                const QString epciName = value(f, epci).simplified();
                if (!epciName.isEmpty()) {
                    const QString sirenValue = value(f, siren);
                    const QString epciKey =
                        K("epci:") + (sirenValue.isEmpty() ? text::fold(epciName) : sirenValue);
                    addOrganisation(epciKey, epciName, QString(), K("institution"));
                    addLink(n.key, epciKey);
                    organisation = epciName;
                }
            }
            n.fields.insert(K("organisation"), organisation);
            addLink(n.key, townHallKey);
            keep(std::move(n));
        }
        return error->isEmpty();
    }

    bool readSirene(const QString &path, QString *variant, QString *error)
    {
        Sheet s;
        if (!s.open(path, false, m_options, error))
            return false;
        m_file = path;
        const int siret = s.column({"siret"});
        const int commune = s.column({"codeCommuneEtablissement"});
        if (siret < 0 && commune < 0)
            return (*error = notRegister(s, Tr::tr("a SIRENE establishments file (siret, "
                                                  "codeCommuneEtablissement…)"))),
                   false;
        const int state = s.column({"etatAdministratifEtablissement"});
        if (!require(s,
                     {{siret, "siret"}, {commune, "codeCommuneEtablissement"},
                      {state, "etatAdministratifEtablissement"}},
                     error))
            return false;
        const int denomination = s.column({"denominationUsuelleEtablissement"});
        const int sign = s.column({"enseigne1Etablissement"});
        const int naf = s.column({"activitePrincipaleEtablissement"});
        const int nomenclature = s.column({"nomenclatureActivitePrincipaleEtablissement"});
        const int created = s.column({"dateCreationEtablissement"});
        const int head = s.column({"etablissementSiege"});
        const int complement = s.column({"complementAdresseEtablissement"});
        const int number = s.column({"numeroVoieEtablissement"});
        const int repeat = s.column({"indiceRepetitionEtablissement"});
        const int type = s.column({"typeVoieEtablissement"});
        const int street = s.column({"libelleVoieEtablissement"});
        const int distribution = s.column({"distributionSpecialeEtablissement"});
        const int postcode = s.column({"codePostalEtablissement"});
        const int town = s.column({"libelleCommuneEtablissement"});
        // Where: the geocoded variant's longitude/latitude (WGS 84), else the stock file's
        // Lambert coordinates (Lambert-93, the legal projection overseas), converted by PROJ.
        const int lambertX = s.column({"coordonneeLambertAbscisseEtablissement"});
        const int lambertY = s.column({"coordonneeLambertOrdonneeEtablissement"});
        const int longitude = s.column({"longitude"});
        const int latitude = s.column({"latitude"});
        const int geoType = s.column({"geo_type"});
        if (s.column({"geo_adresse", "longitude"}) >= 0)
            *variant = Tr::tr("SIRENE establishments (geocoded)");
        else if (s.column({"identifiantAdresseEtablissement"}) >= 0)
            *variant = Tr::tr("SIRENE establishments");
        else
            *variant = Tr::tr("SIRENE establishments (older header)");

        QStringList f;
        while (s.next(f, error)) {
            ++m_stats.rows;
            m_line = s.line();
            // The commune first: most rows of a national file stop here.
            const QString code = normalizedCommuneCode(f.at(commune));
            if (!wanted(code))
                continue;
            if (value(f, state) != QLatin1String("A")) {
                ++m_stats.inactive;
                continue;
            }
            const QString id = value(f, siret);
            if (id.isEmpty()) {
                *error = s.located(Tr::tr("the “siret” column is empty"));
                return false;
            }
            QString name = joined({value(f, denomination)});
            if (name.isEmpty())
                name = joined({value(f, sign)});
            if (name.isEmpty())
                name = QStringLiteral("Établissement SIRET %1").arg(id);
            NodeRecord n;
            n.file = path;
            n.line = m_line;
            n.key = K("siret:") + id;
            n.category = K("company");
            n.fields.insert(K("name"), name);
            n.fields.insert(K("is_person"), 0);
            n.fields.insert(K("__suffix"), K("SIRET ") + id);
            const QString activity = value(f, naf);
            const QString scheme = value(f, nomenclature);
            if (scheme.isEmpty() || scheme.startsWith(QLatin1String("NAFRev2"))) {
                const QString sector = nafSectionLabel(nafSection(activity));
                if (!sector.isEmpty())
                    n.fields.insert(K("sector"), sector);
            }
            const QString communeName = titleCase(value(f, town));
            if (!communeName.isEmpty() && communeName != QLatin1String("[ND]"))
                n.fields.insert(K("commune"), communeName);
            const QString where =
                address(value(f, complement), value(f, number), value(f, repeat), value(f, type),
                        value(f, street), value(f, distribution), value(f, postcode),
                        value(f, town));
            if (!where.isEmpty())
                n.fields.insert(K("address"), where);
            QDate since;
            if (!parseDate(value(f, created), &since))
                return badDate(s, s.header().at(created), value(f, created), error);
            if (since.isValid())
                n.fields.insert(K("since"), since.toString(Qt::ISODate));
            n.extras << Tr::tr("SIRET: %1").arg(id);
            if (!activity.isEmpty())
                n.extras << Tr::tr("NAF code: %1").arg(activity);
            if (value(f, head).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                n.extras << Tr::tr("Head office of the company");
            // The SIRET is the establishment's identity: `locate --sirene-geo` finds it again.
            n.importKey = id;
            if (!placeSirene(n, code, value(f, longitude), value(f, latitude), value(f, geoType),
                             value(f, lambertX), value(f, lambertY), s, error))
                return false;
            keep(std::move(n));
        }
        return error->isEmpty();
    }

    /// Places an establishment from the geocoded variant's columns or the Lambert ones; a
    /// value that is not a number, or a position that cannot be, fails the read.
    bool placeSirene(NodeRecord &n, const QString &commune, const QString &lon,
                     const QString &lat, const QString &type, const QString &x, const QString &y,
                     const Sheet &s, QString *error)
    {
        auto number = [](const QString &v, bool *ok) {
            return v.isEmpty() || v == QLatin1String("[ND]") ? (*ok = false, 0.0)
                                                               : v.toDouble(ok);
        };
        bool okLon = false, okLat = false;
        const double lo = number(lon, &okLon), la = number(lat, &okLat);
        if (okLon && okLat) {
            if (!geo::validLonLat(lo, la))
                return (*error = s.located(Tr::tr("longitude %1, latitude %2 is outside "
                                                  "−180…180 / −90…90")
                                               .arg(lon, lat))),
                       false;
            n.fields.insert(K("latitude"), la);
            n.fields.insert(K("longitude"), lo);
            // Etalab's geocoding says how it found the place.
            n.fields.insert(K("location_precision"),
                            type == QLatin1String("housenumber") ? K("exact")
                            : type == QLatin1String("municipality") ? K("commune")
                                                                    : K("street"));
            return true;
        }
        bool okX = false, okY = false;
        const double px = number(x, &okX), py = number(y, &okY);
        if (!okX || !okY)
            return true;  // not placed by INSEE
        const int epsg = geo::Projection::sireneEpsg(commune);
        if (epsg == 0)
            return true;  // overseas collectivities without a projection of SIRENE's
        QString problem;
        const auto p = geo::Projection::toWgs84(epsg, px, py, &problem);
        if (!p)
            return (*error = s.located(problem)), false;
        n.fields.insert(K("latitude"), p->y());
        n.fields.insert(K("longitude"), p->x());
        return true;
    }

    bool readRna(const QString &path, QString *variant, QString *error)
    {
        Sheet s;
        if (!s.open(path, false, m_options, error))
            return false;
        m_file = path;
        const int id = s.column({"id"});
        const int title = s.column({"titre"});
        const int commune = s.column({"adrs_codeinsee"});
        if (title < 0 && commune < 0)
            return (*error = notRegister(s, Tr::tr("an RNA associations file (id, titre, objet, "
                                                  "adrs_codeinsee, position…)"))),
                   false;
        const int position = s.column({"position"});
        if (!require(s,
                     {{id, "id"}, {title, "titre"}, {commune, "adrs_codeinsee"},
                      {position, "position"}},
                     error))
            return false;
        const int shortTitle = s.column({"titre_court"});
        const int purpose = s.column({"objet"});
        const int siret = s.column({"siret"});
        const int dissolved = s.column({"date_disso"});
        const int created = s.column({"date_creat"});
        const int website = s.column({"siteweb"});
        const int complement = s.column({"adrs_complement"});
        const int number = s.column({"adrs_numvoie"});
        const int repeat = s.column({"adrs_repetition"});
        const int type = s.column({"adrs_typevoie"});
        const int street = s.column({"adrs_libvoie"});
        const int distribution = s.column({"adrs_distrib"});
        const int postcode = s.column({"adrs_codepostal"});
        const int town = s.column({"adrs_libcommune"});
        *variant = Tr::tr("RNA associations");

        QStringList f;
        while (s.next(f, error)) {
            ++m_stats.rows;
            m_line = s.line();
            const QString code = normalizedCommuneCode(f.at(commune));
            if (!wanted(code))
                continue;
            QDate gone, since;
            if (!parseDate(value(f, dissolved), &gone))
                return badDate(s, s.header().at(dissolved), value(f, dissolved), error);
            if (value(f, position) != QLatin1String("A") || gone.isValid()) {
                ++m_stats.inactive;
                continue;
            }
            if (!parseDate(value(f, created), &since))
                return badDate(s, s.header().at(created), value(f, created), error);
            const QString rna = value(f, id);
            if (rna.isEmpty()) {
                *error = s.located(Tr::tr("the “id” column (RNA number) is empty"));
                return false;
            }
            QString name = value(f, title).simplified();
            if (name.isEmpty())
                name = value(f, shortTitle).simplified();
            if (name.isEmpty())
                name = QStringLiteral("Association %1").arg(rna);
            NodeRecord n;
            n.file = path;
            n.line = m_line;
            n.key = K("rna:") + rna;
            n.category = K("association");
            n.fields.insert(K("name"), name);
            n.fields.insert(K("is_person"), 0);
            n.fields.insert(K("__suffix"), rna);
            const QString objet = value(f, purpose);
            if (!objet.isEmpty())
                n.fields.insert(K("description"), objet);
            const QString communeName = titleCase(value(f, town));
            if (!communeName.isEmpty())
                n.fields.insert(K("commune"), communeName);
            const QString where =
                address(value(f, complement), value(f, number), value(f, repeat), value(f, type),
                        value(f, street), value(f, distribution), value(f, postcode),
                        value(f, town));
            if (!where.isEmpty())
                n.fields.insert(K("address"), where);
            const QString site = value(f, website);
            if (!site.isEmpty())
                n.fields.insert(K("website"), site);
            if (since.isValid())
                n.fields.insert(K("since"), since.toString(Qt::ISODate));
            n.extras << Tr::tr("RNA: %1").arg(rna);
            if (!value(f, siret).isEmpty())
                n.extras << Tr::tr("SIRET: %1").arg(value(f, siret));
            keep(std::move(n));
        }
        return error->isEmpty();
    }

    /// The RNE's commune code: full ("88304", "1001" → "01001") or, in some files, only the
    /// part after the département ("304" with département "88").
    static QString communeCode(const QString &departement, const QString &code)
    {
        const QString c = code.trimmed();
        if (c.size() <= 3 && !c.isEmpty()) {
            QString d = departement.trimmed();
            if (d.size() == 1)
                d.prepend(QLatin1Char('0'));
            if (d.isEmpty())
                return QString();
            return normalizedCommuneCode(d + c.rightJustified(5 - d.size(), QLatin1Char('0')));
        }
        return normalizedCommuneCode(c);
    }

    const RegisterOptions &m_options;
    SourceGraph &m_graph;
    RegisterStats &m_stats;
    QSet<QString> m_communes, m_organisations, m_links;
    QString m_file;
    qint64 m_line = 0;
};

} // namespace

QString normalizedCommuneCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c.size() > 5)
        return QString();
    for (const QChar ch : c)
        if (!ch.isDigit() && ch != QLatin1Char('A') && ch != QLatin1Char('B'))
            return QString();
    return c.rightJustified(5, QLatin1Char('0'));
}

QChar nafSection(const QString &nafCode)
{
    QString digits;
    for (const QChar c : nafCode) {
        if (c.isDigit())
            digits += c;
        if (digits.size() == 2)
            break;
    }
    if (digits.size() < 2)
        return QChar();
    const int d = digits.toInt();
    struct Range
    {
        int last;
        char section;
    };
    // NAF rev. 2: sections by their last division (gaps are unused divisions).
    static const Range ranges[] = {{3, 'A'},  {9, 'B'},  {33, 'C'}, {35, 'D'}, {39, 'E'},
                                   {43, 'F'}, {47, 'G'}, {53, 'H'}, {56, 'I'}, {63, 'J'},
                                   {66, 'K'}, {68, 'L'}, {75, 'M'}, {82, 'N'}, {84, 'O'},
                                   {85, 'P'}, {88, 'Q'}, {93, 'R'}, {96, 'S'}, {98, 'T'},
                                   {99, 'U'}};
    static const QSet<int> unused{4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89};
    if (d < 1 || unused.contains(d))
        return QChar();
    for (const Range &r : ranges)
        if (d <= r.last)
            return QLatin1Char(r.section);
    return QChar();
}

QString nafSectionLabel(QChar section)
{
    static const QHash<QChar, QString> labels{
        {QLatin1Char('A'), K("Agriculture, sylviculture et pêche")},
        {QLatin1Char('B'), K("Industries extractives")},
        {QLatin1Char('C'), K("Industrie manufacturière")},
        {QLatin1Char('D'),
         K("Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné")},
        {QLatin1Char('E'), K("Production et distribution d'eau ; assainissement, gestion des "
                             "déchets et dépollution")},
        {QLatin1Char('F'), K("Construction")},
        {QLatin1Char('G'), K("Commerce ; réparation d'automobiles et de motocycles")},
        {QLatin1Char('H'), K("Transports et entreposage")},
        {QLatin1Char('I'), K("Hébergement et restauration")},
        {QLatin1Char('J'), K("Information et communication")},
        {QLatin1Char('K'), K("Activités financières et d'assurance")},
        {QLatin1Char('L'), K("Activités immobilières")},
        {QLatin1Char('M'), K("Activités spécialisées, scientifiques et techniques")},
        {QLatin1Char('N'), K("Activités de services administratifs et de soutien")},
        {QLatin1Char('O'), K("Administration publique")},
        {QLatin1Char('P'), K("Enseignement")},
        {QLatin1Char('Q'), K("Santé humaine et action sociale")},
        {QLatin1Char('R'), K("Arts, spectacles et activités récréatives")},
        {QLatin1Char('S'), K("Autres activités de services")},
        {QLatin1Char('T'), K("Activités des ménages en tant qu'employeurs ; activités "
                             "indifférenciées des ménages en tant que producteurs de biens et "
                             "services pour usage propre")},
        {QLatin1Char('U'), K("Activités extra-territoriales")},
    };
    return labels.value(section);
}

QString townHallName(const QString &commune)
{
    const QString c = commune.simplified();
    const QString folded = text::fold(c);
    if (folded.startsWith(QLatin1String("les ")))
        return K("Mairie des ") + c.mid(4);
    if (folded.startsWith(QLatin1String("le ")))
        return K("Mairie du ") + c.mid(3);
    if (!folded.isEmpty() && QStringLiteral("aeiouy").contains(folded.at(0)))
        return K("Mairie d'") + c;
    return K("Mairie de ") + c;
}

QString registerFormatName(RegisterFormat format)
{
    switch (format) {
    case RegisterFormat::Rne:
        return K("rne");
    case RegisterFormat::Sirene:
        return K("sirene");
    case RegisterFormat::Rna:
        return K("rna");
    }
    return QString();
}

std::optional<RegisterFormat> registerFormatFromName(const QString &name)
{
    for (RegisterFormat f : {RegisterFormat::Rne, RegisterFormat::Sirene, RegisterFormat::Rna})
        if (registerFormatName(f) == name.trimmed().toLower())
            return f;
    return std::nullopt;
}

std::optional<RegisterFormat> detectRegisterFormat(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray head = f.read(1 << 16);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (head.startsWith("Titre du rapport"))  // the RNE's 2018–2020 reports
        head = head.mid(head.indexOf('\n') + 1);
    const qsizetype nl = head.indexOf('\n');
    QByteArray line = nl < 0 ? head : head.left(nl);
    if (!isValidUtf8(line.constData(), line.size()))
        line = fromWindows1252(line.constData(), line.size()).toUtf8();
    const QString header = columnKey(QString::fromUtf8(line));
    if (header.contains(QLatin1String("siret")) &&
        header.contains(QLatin1String("etatadministratifetablissement")))
        return RegisterFormat::Sirene;
    if (header.contains(QLatin1String("adrs_codeinsee")) ||
        (header.contains(QLatin1String("titre")) && header.contains(QLatin1String("objet"))))
        return RegisterFormat::Rna;
    for (const char *rne : {"nom de l'élu", "nom_elu", "code de la commune", "libellé de l'epci",
                            "nom de l'elu"})
        if (header.contains(QString::fromUtf8(rne)))
            return RegisterFormat::Rne;
    return std::nullopt;
}

bool readRegisterFiles(const QStringList &paths, const RegisterOptions &options,
                       ImportSources *sources, RegisterStats *stats, QString *error)
{
    RegisterStats localStats;
    RegisterStats &st = stats ? *stats : localStats;
    st = RegisterStats();
    *sources = ImportSources();
    sources->graph = std::make_shared<SourceGraph>();
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        *sources = ImportSources();
        return false;
    };
    if (paths.isEmpty())
        return failed(Tr::tr("No file to import."));
    if (options.format != RegisterFormat::Rne && options.communes.isEmpty())
        return failed(Tr::tr("SIRENE and RNA files are national: choose at least one commune."));
    for (const QString &c : options.communes)
        if (normalizedCommuneCode(c).isEmpty())
            return failed(Tr::tr("“%1” is not an INSEE commune code (5 characters, e.g. 88304)")
                              .arg(c));
    Reader reader(options, *sources->graph, st);
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return failed(CsvReader::located(path, 0, Tr::tr("does not exist")));
        QString variant, why;
        if (!reader.read(path, &variant, &why))
            return failed(why);
        sources->files << path;
        sources->formats << variant;
        st.variants << variant;
    }
    reader.separateNamesakes();
    return true;
}

bool applyRegisterImport(Document &doc, const ImportSources &sources,
                         const RegisterOptions &options, ImportReport *report, QString *error)
{
    if (!sources.graph) {
        if (error)
            *error = Tr::tr("No file to import.");
        return false;
    }
    auto graph = std::make_shared<SourceGraph>(*sources.graph);
    // The default categories and link type by code; a territory that renamed or deleted them
    // gets them back under their default (translated) name.
    QSet<QString> categoryCodes, typeCodes, names;
    for (const Category &c : doc.categories())
        categoryCodes.insert(c.code);
    for (const LinkType &t : doc.linkTypes())
        typeCodes.insert(t.code);
    for (const Actor &a : doc.actors())
        names.insert(text::fold(a.name));
    static const QHash<QString, const char *> defaultNames{
        {K("elected"), "Elected official"}, {K("institution"), "Institution"},
        {K("company"), "Company"},          {K("association"), "Association"},
        {K("membership"), "Membership"}};
    auto named = [&](const QString &code) {
        return QCoreApplication::translate("maillage::defaults", defaultNames.value(code));
    };
    for (NodeRecord &n : graph->nodes) {
        const bool organisation =
            n.key.startsWith(QLatin1String("mairie:")) || n.key.startsWith(QLatin1String("epci:"));
        // A town hall or EPCI already in the territory is linked to, never changed.
        if (organisation && names.contains(text::fold(n.fields.value(K("name")).toString()))) {
            n.fields = {{K("name"), n.fields.value(K("name"))}};
            n.category.clear();
            continue;
        }
        if (!n.category.isEmpty() && !categoryCodes.contains(n.category))
            n.category = named(n.category);
    }
    for (EdgeRecord &e : graph->edges)
        if (!typeCodes.contains(e.type))
            e.type = named(e.type);
    ImportSources adjusted = sources;
    adjusted.graph = graph;
    ImportOptions io;
    io.onDuplicate = options.onDuplicate;
    io.writing = options.writing;
    return applyImport(doc, adjusted, io, report, error);
}

bool importRegisterFiles(Document &doc, const QStringList &paths, const RegisterOptions &options,
                         ImportReport *report, RegisterStats *stats, QString *error)
{
    if (report)
        *report = ImportReport();
    ImportSources sources;
    return readRegisterFiles(paths, options, &sources, stats, error) &&
           applyRegisterImport(doc, sources, options, report, error);
}

} // namespace maillage::io

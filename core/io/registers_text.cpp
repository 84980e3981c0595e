// The register import's text helpers and Sheet: one register file read record by record with
// its columns found by name.

#include "core/io/registers_parts.h"

#include "core/document/document.h"
#include "core/geo/geojson.h"
#include "core/geo/projection.h"
#include "core/util/text.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace maillage::io::registerparts {

#define K(s) QStringLiteral(s)

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
QString titleCase(const QString &s, bool leading)
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

QString joined(const QStringList &parts, const QString &separator)
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

bool Sheet::open(const QString &path, bool allowReportTitle, const RegisterOptions &options,
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

int Sheet::column(std::initializer_list<const char *> names) const
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

QString Sheet::missing(const QString &column) const
{
    return CsvReader::located(m_path, m_headerLine,
                              Tr::tr("the required column “%1” is missing").arg(column));
}

QString Sheet::headerSummary() const
{
    QStringList shown = m_header.mid(0, 5);
    if (m_header.size() > 5)
        shown << QStringLiteral("…");
    return shown.join(QLatin1String(", "));
}

bool Sheet::next(QStringList &fields, QString *error)
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

void Sheet::report() const
{
    if (m_progress)
        m_progress(m_reader->bytesRead() > 0 ? m_reader->bytesRead() : m_file.pos(),
                   m_total);
}

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

} // namespace maillage::io::registerparts

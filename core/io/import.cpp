#include "import.h"
#include "spreadsheet.h"

#include "bulk.h"
#include "document/document.h"
#include "import_model.h"
#include "privacy/suppression.h"
#include "util/text.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <bit>
#include <cmath>
#include <deque>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace maillage::io {

using namespace detail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

/// How custom fields are matched by name: ignoring case and the spaces around.
QString importFieldTypeKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

/// The user's type for the field `name`, if they chose one.
std::optional<FieldType> userFieldType(const ImportOptions &options, const QString &name)
{
    const QString k = importFieldTypeKey(name);
    for (auto it = options.fieldTypes.cbegin(); it != options.fieldTypes.cend(); ++it)
        if (importFieldTypeKey(it.key()) == k)
            return it.value();
    return std::nullopt;
}

/// The type of a field made from `values`: as the file declares it (`declared`, may be null)
/// when every value fits, else as the values show.
FieldType newFieldType(const DeclaredField *declared, const QStringList &values)
{
    bool fits = declared && declared->type;
    for (qsizetype i = 0; fits && i < values.size(); ++i)
        fits = fields::canonical(*declared->type, values.at(i)).has_value();
    return fits ? *declared->type : fields::inferType(values);
}

/// text::fold() with a fast path for pure ASCII names (most of them), where it amounts to
/// lower case with runs of white space made one space and the ends trimmed.
QString foldKey(const QString &name)
{
    const auto *p = reinterpret_cast<const char16_t *>(name.utf16());
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i)
        if (p[i] >= 0x80)
            return text::fold(name);
    QString out(n, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype k = 0;
    bool lastSpace = true;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = p[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            if (!lastSpace)
                d[k++] = ' ';
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        d[k++] = c;
    }
    if (k > 0 && d[k - 1] == ' ')
        --k;
    out.truncate(k);
    return out;
}

enum class Role { Nodes, Edges };

struct CsvKind
{
    Dialect dialect;
    Role role;
};

std::optional<CsvKind> detectCsv(const QSet<QString> &h, ImportFormat forced)
{
    const bool nodes = h.contains(K("name")) || h.contains(K("label")) || h.contains(K("id"));
    const bool maillageEdges = h.contains(K("source")) && h.contains(K("target")) &&
                               h.contains(K("strength"));
    const bool gephiEdges = h.contains(K("source")) && h.contains(K("target"));
    const bool kumuEdges = h.contains(K("from")) && h.contains(K("to"));
    switch (forced) {
    case ImportFormat::Maillage:
        if (gephiEdges)
            return CsvKind{Dialect::Maillage, Role::Edges};
        if (h.contains(K("name")))
            return CsvKind{Dialect::Maillage, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Kumu:
        if (kumuEdges)
            return CsvKind{Dialect::Kumu, Role::Edges};
        if (h.contains(K("label")))
            return CsvKind{Dialect::Kumu, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Gephi:
        if (gephiEdges)
            return CsvKind{Dialect::Gephi, Role::Edges};
        if (h.contains(K("id")))
            return CsvKind{Dialect::Gephi, Role::Nodes};
        return std::nullopt;
    case ImportFormat::Auto:
        break;
    default:
        return std::nullopt;
    }
    if (maillageEdges)
        return CsvKind{Dialect::Maillage, Role::Edges};
    if (gephiEdges)
        return CsvKind{Dialect::Gephi, Role::Edges};
    if (kumuEdges)
        return CsvKind{Dialect::Kumu, Role::Edges};
    if (h.contains(K("name")) && (h.contains(K("category")) || h.contains(K("is_person"))))
        return CsvKind{Dialect::Maillage, Role::Nodes};
    if (h.contains(K("label")) && (!h.contains(K("id")) || h.contains(K("tags"))))
        return CsvKind{Dialect::Kumu, Role::Nodes};
    if (h.contains(K("id")))
        return CsvKind{Dialect::Gephi, Role::Nodes};
    if (nodes)
        return CsvKind{Dialect::Maillage, Role::Nodes};
    return std::nullopt;
}

QString dialectName(Dialect d, Role r)
{
    switch (d) {
    case Dialect::Maillage:
        return r == Role::Nodes ? Tr::tr("Maillage actors CSV") : Tr::tr("Maillage links CSV");
    case Dialect::Kumu:
        return r == Role::Nodes ? Tr::tr("Kumu elements") : Tr::tr("Kumu connections");
    case Dialect::Gephi:
        return r == Role::Nodes ? Tr::tr("Gephi nodes table") : Tr::tr("Gephi edges table");
    case Dialect::GraphML:
        return Tr::tr("GraphML");
    case Dialect::Gexf:
        return Tr::tr("GEXF");
    case Dialect::Cytoscape:
        return Tr::tr("Cytoscape JSON");
    }
    return QString();
}

/// Progress over all the files of one import.
struct ProgressContext
{
    const ImportProgress *callback = nullptr;
    qint64 before = 0;  ///< bytes of the files already read
    qint64 total = 0;
    bool report(qint64 done) const
    {
        return !callback || !*callback || (*callback)(before + done, total);
    }
};

QString cancelledMessage()
{
    return Tr::tr("The import was cancelled; nothing was imported.");
}

bool readCsvFile(const QString &path, const ImportOptions &options, SourceGraph &graph,
                 QString *format, const ProgressContext &progress, QString *error)
{
    CsvOptions csvOptions = options.csv;
    const auto f = openSpreadsheet(path, options.sheet, options.headerRow, &csvOptions.separator,
                                   error);  // a CSV file, or an .xlsx sheet as CSV
    if (!f)
        return false;
    if (csvOptions.separator)
        csvOptions.encoding = CsvEncoding::Utf8;
    CsvReader r(f.get(), path, csvOptions);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    const QStringList header = r.header();
    QSet<QString> keys;
    QStringList keyList;
    for (const QString &h : header) {
        keyList << columnKey(h);
        keys.insert(columnKey(h));
    }
    const auto mapping = options.mappings.constFind(path);
    const bool mapped = mapping != options.mappings.cend();
    auto kind = detectCsv(keys, mapped ? ImportFormat::Auto : options.format);
    if (mapped) {
        const Role role = mapping->links ? Role::Edges : Role::Nodes;
        if (!kind || kind->role != role)
            kind = CsvKind{Dialect::Maillage, role};
        if (mapping->columns.size() != header.size()) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("the column mapping has %1 columns but the file "
                                               "has %2")
                                            .arg(mapping->columns.size())
                                            .arg(header.size()));
            return false;
        }
    }
    if (!kind) {
        QStringList shown = header.mid(0, 6);
        if (header.size() > 6)
            shown << QStringLiteral("…");
        *error = CsvReader::located(
            path, 1,
            options.format == ImportFormat::Auto
                ? Tr::tr("unknown format: the columns (%1) match neither Maillage's CSV "
                         "(name, category…; source, target, strength…), Kumu's (Label…; From, "
                         "To…) nor Gephi's (Id, Label…; Source, Target…)")
                      .arg(shown.join(QLatin1String(", ")))
                : Tr::tr("the columns (%1) are not those of a %2 spreadsheet")
                      .arg(shown.join(QLatin1String(", ")), formatName(options.format)));
        return false;
    }
    *format = mapped ? (kind->role == Role::Nodes ? Tr::tr("actors spreadsheet (your mapping)")
                                                  : Tr::tr("links spreadsheet (your mapping)"))
                     : dialectName(kind->dialect, kind->role);
    // What each column is, decided once for the whole file.
    QList<ImportField> columns;
    for (int i = 0; i < header.size(); ++i)
        columns << (mapped ? mapping->columns.at(i)
                    : kind->role == Role::Nodes ? nodeFieldFor(kind->dialect, keyList.at(i))
                                                : edgeFieldFor(kind->dialect, keyList.at(i)));
    const int idCol = int(columns.indexOf(ImportField::Id));
    const int labelCol = int(columns.indexOf(ImportField::Name));
    QStringList fields;
    QString problem;
    qint64 records = 0;
    auto tick = [&] {
        if ((++records & 0x3FF) == 0 && !progress.report(r.bytesRead())) {
            *error = cancelledMessage();
            return false;
        }
        return true;
    };
    if (kind->role == Role::Nodes) {
        if (mapped && labelCol < 0 && idCol < 0) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("no column is mapped to the actor's name"));
            return false;
        }
        while (r.next(fields)) {
            if (!tick())
                return false;
            NodeRecord n;
            n.file = path;
            n.line = r.line();
            for (int i = 0; i < fields.size(); ++i) {
                if (fields.at(i).isEmpty())
                    continue;
                if (!setNodeField(columns.at(i), header.at(i), fields.at(i), n, &problem)) {
                    *error = CsvReader::located(path, r.line(), problem);
                    return false;
                }
            }
            if (!checkLocation(n, &problem)) {
                *error = CsvReader::located(path, r.line(), problem);
                return false;
            }
            if (kind->dialect == Dialect::Kumu && idCol >= 0 && n.key.isEmpty())
                n.key = fields.value(labelCol).trimmed();
            if (kind->dialect == Dialect::Kumu && idCol < 0)
                n.key = n.fields.value(K("name")).toString();
            if (!n.fields.contains(K("name"))) {
                if ((kind->dialect == Dialect::Gephi || mapped) && !n.key.isEmpty()) {
                    n.fields.insert(K("name"), n.key);
                } else {
                    *error = CsvReader::located(
                        path, r.line(),
                        Tr::tr("an actor needs a name (the “%1” column is empty)")
                            .arg(labelCol >= 0 ? header.at(labelCol)
                                 : kind->dialect == Dialect::Kumu ? K("Label")
                                                                  : K("name")));
                    return false;
                }
            }
            graph.nodes << std::move(n);
        }
    } else {
        const int fromCol = int(columns.lastIndexOf(ImportField::Source));
        const int toCol = int(columns.lastIndexOf(ImportField::Target));
        if (fromCol < 0 || toCol < 0) {
            *error = CsvReader::located(path, 1,
                                        Tr::tr("a links spreadsheet needs a column for each "
                                               "end of the link (from and to)"));
            return false;
        }
        while (r.next(fields)) {
            if (!tick())
                return false;
            EdgeRecord e;
            e.file = path;
            e.line = r.line();
            for (int i = 0; i < fields.size(); ++i) {
                if (i == fromCol || i == toCol || fields.at(i).isEmpty())
                    continue;
                if (!setEdgeField(kind->dialect, columns.at(i), header.at(i), fields.at(i), e,
                                  graph, &problem)) {
                    *error = CsvReader::located(path, r.line(), problem);
                    return false;
                }
            }
            e.source = fields.at(fromCol).trimmed();
            const QString targets = fields.at(toCol).trimmed();
            if (e.source.isEmpty() || targets.isEmpty()) {
                *error = CsvReader::located(path, r.line(),
                                            Tr::tr("a link needs both “%1” and “%2”")
                                                .arg(header.at(fromCol), header.at(toCol)));
                return false;
            }
            // Kumu writes several targets in one cell: "A | B".
            if (kind->dialect != Dialect::Kumu || !targets.contains(QLatin1Char('|'))) {
                e.target = targets;
                graph.edges << std::move(e);
                continue;
            }
            for (const QString &t : targets.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (t.trimmed().isEmpty())
                    continue;
                EdgeRecord one = e;
                one.target = t.trimmed();
                graph.edges << std::move(one);
            }
        }
    }
    if (r.hasError()) {
        *error = r.error();
        return false;
    }
    if (r.separatorOnlyRows() > 0)
        graph.warnings << Tr::tr("%1: %Ln row(s) holding nothing but separators were skipped.",
                                 nullptr, int(r.separatorOnlyRows()))
                              .arg(QFileInfo(path).fileName());
    return true;
}

QByteArray sniff(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(4096);
}

/// Which reader a file needs: by the --format option, then its first bytes, then its name.
ImportFormat fileFormat(const QString &path, ImportFormat forced)
{
    if (forced != ImportFormat::Auto)
        return forced;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray head = sniff(path);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray t = head.trimmed();
    if (t.startsWith('<')) {
        if (head.contains("<gexf") || suffix == QLatin1String("gexf"))
            return ImportFormat::Gexf;
        return ImportFormat::GraphML;
    }
    if (suffix == QLatin1String("cyjs"))
        return ImportFormat::Cytoscape;
    if (suffix == QLatin1String("geojson"))
        return ImportFormat::GeoJson;
    if (t.startsWith('{') || suffix == QLatin1String("json")) {
        static const QRegularExpression cytoscape(
            QStringLiteral(R"("generated_by"\s*:\s*"cytoscape)"));
        if (head.contains("\"maillage-territory\""))
            return ImportFormat::Json;
        if (cytoscape.match(QString::fromUtf8(head)).hasMatch())
            return ImportFormat::Cytoscape;
        static const QRegularExpression geojson(
            QStringLiteral(R"re(^\{\s*"type"\s*:\s*"(FeatureCollection|Feature)")re"));
        if (geojson.match(QString::fromUtf8(t)).hasMatch())
            return ImportFormat::GeoJson;
        // Otherwise the whole object tells: Cytoscape's elements, Kumu's blueprint or
        // Maillage's JSON (whose "format" comes after its lists).
        if (t.startsWith('{')) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
                if (doc.isObject() && isCytoscapeJson(doc.object()))
                    return ImportFormat::Cytoscape;
            }
        }
        return ImportFormat::Json;
    }
    if (suffix == QLatin1String("gexf"))
        return ImportFormat::Gexf;
    if (suffix == QLatin1String("graphml"))
        return ImportFormat::GraphML;
    return ImportFormat::Auto;  // a spreadsheet: its header decides
}

/// Matches the read records against the territory and turns them into row operations.
class Planner
{
public:
    /// `bulk`: plan for bulkApply() (ids chosen here, new actors and links as BulkInsert
    /// rows) instead of Document::apply() (placeholder ids, a map per row).
    Planner(Document &doc, const ImportOptions &options, ImportReport &report, bool bulk)
        : m_doc(doc), m_options(options), m_report(report), m_bulk(bulk)
    {
    }

    bool plan(const SourceGraph &graph, QString *error)
    {
        m_expectedRows = std::max(graph.nodes.size(), graph.edges.size());
        if (m_bulk)
            m_real.reserve(graph.nodes.size() + graph.edges.size());
        m_keys.reserve(graph.nodes.size());
        m_numericKeyLimit = std::max<qsizetype>(1 << 16, 4 * graph.nodes.size());
        m_byName.reserve(graph.nodes.size());
        for (const NodeRecord &n : graph.nodes)
            m_graphNodes = m_graphNodes || !n.importKey.isEmpty();
        for (const EdgeRecord &e : graph.edges)
            m_graphEdges = m_graphEdges || e.fromGraph;
        // Nodes with a colour of their own and no category: one category per colour, when
        // the colours are few enough to be groups (Gephi's modularity classes, say) rather
        // than a gradient (a ranking).
        QSet<QRgb> colours;
        for (const NodeRecord &n : graph.nodes)
            if (n.category.isEmpty() && n.color.isValid())
                colours.insert(n.color.rgb());
        m_report.distinctColours = int(colours.size());
        m_colourCategories =
            !colours.isEmpty() && colours.size() <= ImportReport::kMaxColourCategories;
        m_report.positionsKept = graph.positioned;
        m_report.positionScale = graph.positionScale;
        loadExisting();
        planFields(K("actor"), graph.nodeFields, graph.nodes);
        planFields(K("link"), graph.edgeFields, graph.edges);
        m_byName.reserve(m_byName.size() + graph.nodes.size());
        if (!planNodes(graph, error))
            return false;
        if (!planEdges(graph, error))
            return false;
        if (graph.clampedWeights > 0)
            m_report.warnings << Tr::tr("%Ln link strength(s) were rounded or brought into the "
                                        "range 1–5.",
                                        nullptr, graph.clampedWeights);
        if (m_report.valuesNotOfTheirType > 0)
            m_report.warnings << Tr::tr("%Ln value(s) are not of their field's type: they were "
                                        "kept in the description.",
                                        nullptr, m_report.valuesNotOfTheirType);
        m_report.warnings += graph.warnings;
        return true;
    }

    QList<RowOp> takeOps()
    {
        if (m_bulk)
            for (RowOp &op : m_ops) {
                resolveRow(op.before);
                resolveRow(op.after);
            }
        return std::move(m_ops);
    }
    QList<BulkInsert> takeInserts() { return std::move(m_inserts); }

private:
    static bool isIdColumn(const QString &c)
    {
        return c == QLatin1String("id") || c.endsWith(QLatin1String("_id"));
    }

    /// Bulk: the real id of placeholder `v` (ids that are not placeholders are returned as
    /// they are).
    qint64 real(qint64 v) const
    {
        return m_bulk && v < 0 && -v <= m_real.size() ? m_real.at(-v - 1) : v;
    }

    void resolveRow(Row &row) const
    {
        for (auto it = row.begin(); it != row.end(); ++it)
            if (isIdColumn(it.key()) && !it.value().isNull() && it.value().toLongLong() < 0)
                it.value() = real(it.value().toLongLong());
    }

    /// Bulk: the id the next new row of `table` gets (one more than the largest there, as
    /// SQLite would choose).
    qint64 nextId(const QString &table)
    {
        auto it = m_nextId.find(table);
        if (it == m_nextId.end()) {
            it = m_nextId.insert(table, m_doc.store().maxId(table).value_or(0) + 1);
        }
        return it.value()++;
    }

    /// Bulk: a table's columns, and where its typed rows go.
    struct Columns
    {
        QString table;
        const TableInfo *info = nullptr;
        QHash<QString, int> index;
        /// The same by the address of the text of importFieldKey()'s strings, which the
        /// readers use as field names: a lookup without hashing the text.
        /// String literals are remembered the same way (their text is static too).
        mutable QHash<const void *, int> byKeyText;
        int createdAt = -1, updatedAt = -1;
        int slot = -1;  ///< in m_inserts
        int column(const QString &name) const
        {
            if (const auto it = byKeyText.constFind(name.constData()); it != byKeyText.cend())
                return it.value();
            const int i = index.value(name, -1);
            if (!name.isNull() && !name.data_ptr().isMutable())  // static text
                byKeyText.insert(name.constData(), i);
            return i;
        }
    };
    Columns &columnsOf(const QString &table)
    {
        Columns &c = m_columns[table];
        if (!c.info) {
            c.table = table;
            c.info = schema::table(table);
            for (int i = 0; i < c.info->columns.size() && i < 63; ++i)
                c.index.insert(c.info->columns.at(i), i);
            for (ImportField f : importFields(false) + importFields(true)) {
                const QString key = importFieldKey(f);
                if (const int i = c.index.value(key, -1); i >= 0)
                    c.byKeyText.insert(key.constData(), i);
            }
            c.createdAt = c.index.value(K("created_at"), -1);
            c.updatedAt = c.index.value(K("updated_at"), -1);
        }
        return c;
    }

    /// Bulk: sets column `column` of the typed row being built (unknown columns are left out,
    /// as the generic path leaves them out).
    void cell(int column, const QVariant &value)
    {
        if (column < 0)
            return;
        m_cells[column] = value;
        m_mask |= quint64(1) << column;
    }
    void cell(const Columns &cols, const QString &column, const QVariant &value)
    {
        cell(cols.column(column), value);
    }
    bool hasCell(const Columns &cols, const QString &column) const
    {
        const int c = cols.column(column);
        return c >= 0 && (m_mask & (quint64(1) << c));
    }

    /// Bulk: ends the typed row being built as a new row of `table`; returns its placeholder.
    qint64 flushRow(const QString &table, Columns &cols)
    {
        Q_ASSERT(cols.table == table);
        cell(cols.createdAt, m_now);
        cell(cols.updatedAt, m_now);
        const qint64 id = nextId(table);
        m_real << id;
        if (cols.slot < 0) {
            cols.slot = int(m_inserts.size());
            m_inserts << BulkInsert{table, id, {}, {}};
            // Room for every record read, as wide as this first row (and a margin), so the
            // lists do not grow row by row.
            m_inserts.last().masks.reserve(m_expectedRows);
            m_inserts.last().values.reserve(m_expectedRows * (std::popcount(m_mask) + 1));
            m_inserts.last().text.reserve(m_expectedRows * 48);
        }
        BulkInsert &b = m_inserts[cols.slot];
        Q_ASSERT(b.firstId + b.size() == id);
        b.masks << m_mask;
        for (quint64 m = m_mask; m; m &= m - 1) {
            const int c = std::countr_zero(m);
            b.append(m_cells[c]);
            m_cells[c] = QVariant();
        }
        m_mask = 0;
        return -(++m_newRows);
    }

    qint64 insert(const QString &table, Row values)
    {
        // Document::insertOp() with one timestamp for the whole import (it reads the clock
        // and formats it for every row, a measurable cost at 100 000 rows).
        if (m_bulk && (table == QLatin1String("actor") || table == QLatin1String("link"))) {
            Columns &cols = columnsOf(table);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                cell(cols, it.key(),
                     isIdColumn(it.key()) ? QVariant(real(it.value().toLongLong()))
                                          : it.value());
            return flushRow(table, cols);
        }
        if (schema::table(table)->columns.contains(QLatin1String("created_at"))) {
            values.insert(K("created_at"), m_now);
            values.insert(K("updated_at"), m_now);
        }
        if (m_bulk) {
            resolveRow(values);
            const qint64 id = nextId(table);
            m_real << id;
            values.insert(K("id"), id);
        }
        m_ops << RowOp{RowOp::Insert, table, {}, std::move(values)};
        return -(++m_newRows);
    }

    void loadExisting()
    {
        for (const Category &c : m_doc.categories()) {
            m_categories.insert(foldKey(c.name), c.id);
            if (!c.code.isEmpty())
                m_categories.insert(foldKey(c.code), c.id);
            m_categoryPerson.insert(c.id, c.person);
            m_categoryColour.insert(c.id, QColor(c.color).rgb());
        }
        for (const LinkType &t : m_doc.linkTypes()) {
            m_types.insert(foldKey(t.name), t.id);
            if (!t.code.isEmpty())
                m_types.insert(foldKey(t.code), t.id);
            m_typeDirected.insert(t.id, t.directed);
        }
        for (const Tag &t : m_doc.tags())
            m_tags.insert(foldKey(t.name), t.id);
        for (const Actor &a : m_doc.actors()) {
            const QString k = foldKey(a.name);
            NameIds &slot = m_byName[k];
            if (!slot.existing)
                slot.existing = a.id;
        }
        for (const Link &l : Projections(m_doc.store()).timelineLinks().value_or(QList<Link>())) {
            const LinkKey k = linkKey(l.sourceId, l.targetId, l.typeId);
            m_links.emplace(k, l.id);
            if (m_graphEdges)
                m_graphLinks[k].push_back(l.id);
        }
        if (m_graphNodes || m_graphEdges) {
            for (const ImportIdentity &i : importIdentities(m_doc, K("actor"))) {
                m_actorKeys.insert(identity(i.source, i.key), i.id);
                m_keyedActors.insert(i.id, i.source);
            }
            for (const ImportIdentity &i : importIdentities(m_doc, K("link"))) {
                m_linkKeys.insert(identity(i.source, i.key), i.id);
                m_keyedLinks.insert(i.id, i.source);
            }
        }
        for (const auto &pair : m_doc.store()
                                    .pairs(K("actor_tag"), K("actor_id"), K("tag_id"))
                                    .value_or(QList<QPair<qint64, qint64>>()))
            m_actorTags.insert(pair);
    }

    using LinkKey = std::tuple<qint64, qint64, qint64>;
    static LinkKey linkKey(qint64 s, qint64 t, qint64 type) { return {s, t, type}; }
    struct LinkKeyHash
    {
        size_t operator()(const LinkKey &k) const noexcept
        {
            return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k));
        }
    };

    qint64 categoryFor(const NodeRecord &n)
    {
        const QString name = !n.category.isEmpty() || !m_colourCategories || !n.color.isValid()
                                 ? n.category
                                 : Tr::tr("Colour %1").arg(n.color.name());
        if (name.isEmpty())
            return 0;
        // A file names the same few categories again and again.
        if (const auto it = m_categoriesAsWritten.constFind(name);
            it != m_categoriesAsWritten.cend())
            return it.value();
        const qint64 id = categoryForSlow(name, n.color);
        m_categoriesAsWritten.insert(name, id);
        return id;
    }

    qint64 categoryForSlow(const QString &name, const QColor &color)
    {
        const QString k = foldKey(name);
        if (const auto it = m_categories.constFind(k); it != m_categories.cend())
            return it.value();
        Row c{{K("name"), name}, {K("position"), 100 + m_report.categoriesCreated}};
        // A colour of its own: the file's, else the next of a palette chosen to stand apart
        // from each other and from the default categories (they were all grey).
        static const char *const kPalette[] = {"#8e44ad", "#16a085", "#d35400", "#2c7fb8",
                                               "#c0392b", "#7f8c2a", "#e84393", "#00838f",
                                               "#a0522d", "#5d6dbe", "#b8860b", "#2e7d32"};
        constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));
        const QColor own = color.isValid()
                               ? color
                               : QColor(QString::fromLatin1(
                                     kPalette[m_report.categoriesCreated % kPaletteSize]));
        c.insert(K("color"), own.name());
        const qint64 id = insert(K("category"), c);
        m_categories.insert(k, id);
        m_categoryPerson.insert(id, false);
        m_categoryColour.insert(id, own.rgb());
        ++m_report.categoriesCreated;
        return id;
    }

    /// Counts a node's colour and size as kept or not (see ImportReport).
    void countDrawing(const NodeRecord &n, qint64 category)
    {
        if (n.sized)
            ++m_report.sizesNotKept;
        if (!n.color.isValid())
            return;
        if (category != 0 && m_categoryColour.value(category) == n.color.rgb())
            ++m_report.coloursKept;
        else
            ++m_report.coloursNotKept;
    }

    qint64 tagFor(const QString &name)
    {
        const QString k = foldKey(name);
        if (const auto it = m_tags.constFind(k); it != m_tags.cend())
            return it.value();
        const qint64 id = insert(K("tag"), {{K("name"), name}});
        m_tags.insert(k, id);
        ++m_report.tagsCreated;
        return id;
    }

    /// A custom field an import writes values of: its id (a placeholder when the import makes
    /// it) and type.
    struct FieldPlan
    {
        qint64 id = 0;
        FieldType type = FieldType::Text;
    };
    static QString fieldKey(const QString &name) { return importFieldTypeKey(name); }
    QHash<QString, FieldPlan> &fieldPlans(const QString &subject)
    {
        return subject == QLatin1String("link") ? m_linkFields : m_actorFields;
    }

    /// The custom fields of `subject` that the records' kept columns go to: the territory's
    /// field of the same name (ignoring case), else a new one, typed as the file declares it
    /// when every value fits, else as the values show (fields::inferType()).
    template <class Record>
    void planFields(const QString &subject, const QList<DeclaredField> &declared,
                    const QList<Record> &records)
    {
        QStringList order;                    // field keys in the file's order
        QHash<QString, QString> spelling;     // key → the name as first written
        QHash<QString, QStringList> values;   // key → every value read
        for (const DeclaredField &d : declared) {
            const QString k = fieldKey(d.name);
            if (!spelling.contains(k)) {
                order << k;
                spelling.insert(k, d.name.trimmed());
            }
        }
        for (const Record &r : records)
            for (const auto &[column, value] : r.custom) {
                const QString k = fieldKey(column);
                if (!spelling.contains(k)) {
                    order << k;
                    spelling.insert(k, column.trimmed());
                }
                values[k] << value;
            }
        if (order.isEmpty())
            return;
        QHash<QString, FieldPlan> &plans = fieldPlans(subject);
        int position = 0;
        for (const CustomField &f : m_doc.customFields(subject)) {
            plans.insert(fieldKey(f.name), FieldPlan{f.id, f.type});
            position = std::max(position, f.position + 1);
        }
        for (const QString &k : std::as_const(order)) {
            if (plans.contains(k)) {
                m_reusedFields = true;
                continue;
            }
            const QStringList &vals = values[k];
            const DeclaredField *d = nullptr;
            for (const DeclaredField &x : declared)
                if (fieldKey(x.name) == k)
                    d = &x;
            CustomField f;
            f.subject = subject;
            f.name = spelling.value(k);
            f.position = position++;
            f.type = userFieldType(m_options, k).value_or(newFieldType(d, vals));
            if (f.type == FieldType::Choice) {
                f.choices = d ? d->choices : QStringList();
                for (const QString &v : vals)
                    if (!v.trimmed().isEmpty() && !f.choices.contains(v.trimmed()))
                        f.choices << v.trimmed();
            }
            Row row = RowTraits<CustomField>::toRow(f);
            row.remove(K("id"));
            const qint64 id = insert(K("field"), row);
            plans.insert(k, FieldPlan{id, f.type});
            (subject == QLatin1String("link") ? m_report.linkFieldsCreated
                                              : m_report.actorFieldsCreated)
                << Tr::tr("%1 (%2)").arg(f.name, fields::typeLabel(f.type).toLower());
        }
    }

    /// "Column: value" lines of the kept values that are not of their (existing) field's type.
    QStringList unfitLines(const QString &subject,
                           const QList<std::pair<QString, QString>> &custom)
    {
        QStringList lines;
        const QHash<QString, FieldPlan> &plans = fieldPlans(subject);
        for (const auto &[column, value] : custom) {
            const auto p = plans.constFind(fieldKey(column));
            if (p != plans.cend() && !fields::canonical(p->type, value))
                lines << column.trimmed() + QLatin1String(": ") + value.trimmed();
        }
        return lines;
    }

    /// The row operations that set actor (link) `owner`'s kept values (the last value of a
    /// field wins); `owner` is a placeholder for a row this import makes.
    void planValues(const QString &subject, qint64 owner,
                    const QList<std::pair<QString, QString>> &custom)
    {
        if (custom.isEmpty())
            return;
        const QHash<QString, FieldPlan> &plans = fieldPlans(subject);
        const QString table = FieldRepository::valueTable(subject);
        const QString ownerColumn = FieldRepository::ownerColumn(subject);
        if (owner > 0 && m_reusedFields && !m_valuesLoaded.contains(subject)) {
            m_valuesLoaded.insert(subject);
            m_existingValues.insert(subject, FieldRepository(m_doc.store()).allValues(subject));
        }
        QSet<qint64> done;
        for (auto it = custom.crbegin(); it != custom.crend(); ++it) {
            const auto p = plans.constFind(fieldKey(it->first));
            if (p == plans.cend() || done.contains(p->id))
                continue;
            done.insert(p->id);
            const auto value = fields::canonical(p->type, it->second);
            if (!value) {
                ++m_report.valuesNotOfTheirType;
                continue;
            }
            if (value->isEmpty())
                continue;
            Row key{{ownerColumn, owner}, {K("field_id"), p->id}};
            if (owner > 0 && p->id > 0) {
                const auto &byOwner = m_existingValues.value(subject);
                const auto o = byOwner.constFind(owner);
                if (o != byOwner.cend() && o->contains(p->id)) {
                    const QString old = o->value(p->id);
                    if (old == *value)
                        continue;
                    Row before = key, after = key;
                    before.insert(K("value"), old);
                    after.insert(K("value"), *value);
                    m_ops << RowOp{RowOp::Update, table, before, after};
                    continue;
                }
            }
            key.insert(K("value"), *value);
            m_ops << m_doc.insertOp(table, key);
        }
    }

    static QString withExtras(const QString &description, const QStringList &extras)
    {
        QString d = description;
        for (const QString &line : extras) {
            if (d.split(QLatin1Char('\n')).contains(line))
                continue;
            if (!d.isEmpty())
                d += QLatin1Char('\n');
            d += line;
        }
        return d;
    }

    void addTags(qint64 actor, const QStringList &tags)
    {
        for (const QString &t : tags) {
            const qint64 tag = tagFor(t);
            if (m_actorTags.contains(qMakePair(actor, tag)))
                continue;
            m_actorTags.insert(qMakePair(actor, tag));
            m_ops << m_doc.insertOp(K("actor_tag"), {{K("actor_id"), actor}, {K("tag_id"), tag}});
        }
    }

    /// The file name (without its folder) of `path`: the import_source of what it holds.
    const QString &sourceName(const QString &path)
    {
        if (path != m_lastPath || m_lastSource.isNull()) {
            m_lastPath = path;
            m_lastSource = QFileInfo(path).fileName();
        }
        return m_lastSource;
    }

    static QString identity(const QString &source, const QString &key)
    {
        return source + QChar(0x1F) + key;
    }

    /// Updates actor `id` (in the territory before this import) with record `n`'s values;
    /// `extra` adds columns (its import identity).
    void mergeActor(qint64 id, const NodeRecord &n, qint64 category, const Row &extra)
    {
        Row changes = n.fields;
        changes.remove(K("name"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            changes.insert(it.key(), it.value());
        if (category != 0)
            changes.insert(K("category_id"), category);
        const QStringList extras = n.extras + unfitLines(K("actor"), n.custom);
        if (!extras.isEmpty() || changes.contains(K("description"))) {
            QString base = changes.value(K("description")).toString();
            if (!changes.contains(K("description")))
                if (const auto current = m_doc.actor(id))
                    base = current->description;
            changes.insert(K("description"), withExtras(base, extras));
        }
        if (category > 0 && !changes.contains(K("is_person")))
            changes.insert(K("is_person"), m_categoryPerson.value(category) ? 1 : 0);
        if (const auto op = m_doc.updateOp(K("actor"), id, changes))
            m_ops << *op;
        if (changes.contains(K("latitude")))
            ++m_report.actorsLocated;
        addTags(id, n.tags);
        planValues(K("actor"), id, n.custom);
    }

    /// A new actor for record `n` (named `name`), with its import identity when it has one.
    qint64 createActor(const NodeRecord &n, const QString &name, qint64 category)
    {
        const QString source = n.importKey.isEmpty() ? QString() : sourceName(n.file);
        const QStringList extras = n.extras + unfitLines(K("actor"), n.custom);
        qint64 id = 0;
        if (m_bulk) {
            // The same row as below, built without a map.
            Columns &cols = columnsOf(K("actor"));
            for (auto f = n.fields.cbegin(); f != n.fields.cend(); ++f)
                cell(cols, f.key(), f.value());
            cell(cols, K("name"), name);
            if (category != 0)
                cell(cols, K("category_id"), real(category));
            if (!hasCell(cols, K("is_person")))
                cell(cols, K("is_person"), m_categoryPerson.value(category) ? 1 : 0);
            if (!extras.isEmpty())
                cell(cols, K("description"),
                     withExtras(n.fields.value(K("description")).toString(), extras));
            if (!source.isEmpty()) {
                cell(cols, K("import_source"), source);
                cell(cols, K("import_key"), n.importKey);
            }
            id = flushRow(K("actor"), cols);
        } else {
            Row values = n.fields;
            values.insert(K("name"), name);
            if (category != 0)
                values.insert(K("category_id"), category);
            if (!values.contains(K("is_person")))
                values.insert(K("is_person"), m_categoryPerson.value(category) ? 1 : 0);
            if (!extras.isEmpty())
                values.insert(K("description"),
                              withExtras(values.value(K("description")).toString(), extras));
            if (!source.isEmpty()) {
                values.insert(K("import_source"), source);
                values.insert(K("import_key"), n.importKey);
            }
            id = insert(K("actor"), values);
        }
        ++m_report.actorsCreated;
        if (n.fields.contains(K("latitude")))
            ++m_report.actorsLocated;
        addTags(id, n.tags);
        planValues(K("actor"), id, n.custom);
        return id;
    }

    static void mergeRecord(NodeRecord &first, const NodeRecord &n)
    {
        for (auto f = n.fields.cbegin(); f != n.fields.cend(); ++f)
            first.fields.insert(f.key(), f.value());
        if (!n.category.isEmpty())
            first.category = n.category;
        for (const QString &t : n.tags)
            if (!first.tags.contains(t))
                first.tags << t;
        for (const QString &x : n.extras)
            if (!first.extras.contains(x))
                first.extras << x;
        first.custom += n.custom;
    }

    bool planNodes(const SourceGraph &graph, QString *error)
    {
        // Spreadsheet records with the same key (a second row for the same Kumu label, say),
        // or with the same name (unless same names are kept apart), add up: the first one is
        // copied (once) and the later ones merged into the copy. Records of GraphML and GEXF
        // files never add up: their node ids are their identity, one node is one actor.
        QList<const NodeRecord *> nodes;
        nodes.reserve(graph.nodes.size());
        QStringList folded;  // each record's name folded, by index in `nodes`
        folded.reserve(graph.nodes.size());
        std::deque<NodeRecord> mergedCopies;  // stable addresses
        QSet<int> copied;
        // Keys of records merged into an earlier one with another key: the earlier one's index.
        QList<std::pair<const QString *, int>> aliases;
        // The first record of each key: by the key's value when it is a plain number.
        QHash<QString, int> byKey;
        std::vector<int> byNumber;  // number → index + 1
        auto firstOf = [&](const QString &key) -> int {
            if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit)
                return qsizetype(*n) < qsizetype(byNumber.size()) ? byNumber[*n] - 1 : -1;
            return byKey.value(key, -1);
        };
        auto remember = [&](const QString &key, int index) {
            if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit) {
                if (qsizetype(*n) >= qsizetype(byNumber.size()))
                    byNumber.resize(std::max<size_t>(*n + 1, byNumber.size() * 2), 0);
                byNumber[*n] = index + 1;
            } else {
                byKey.insert(key, index);
            }
        };
        auto mergeInto = [&](int earlier, const NodeRecord &n) {
            const NodeRecord *&slot = nodes[earlier];
            if (!copied.contains(earlier)) {
                copied.insert(earlier);
                mergedCopies.push_back(*slot);
                slot = &mergedCopies.back();
            }
            mergeRecord(const_cast<NodeRecord &>(*slot), n);
        };
        const bool byNameInFile = m_options.onDuplicate != DuplicatePolicy::Keep;
        for (const NodeRecord &n : graph.nodes) {
            const QString name = n.fields.value(K("name")).toString().trimmed();
            if (name.isEmpty()) {
                *error = CsvReader::located(n.file, n.line, Tr::tr("an actor needs a name"));
                return false;
            }
            const bool spreadsheet = n.importKey.isEmpty();
            if (spreadsheet && !n.key.isEmpty()) {
                if (const int earlier = firstOf(n.key); earlier >= 0) {
                    mergeInto(earlier, n);
                    continue;
                }
            }
            QString f = foldKey(name);
            if (spreadsheet && byNameInFile) {
                NameIds &slot = m_byName[f];
                if (slot.record >= 0) {
                    mergeInto(slot.record, n);
                    if (!n.key.isEmpty()) {
                        aliases.emplaceBack(&n.key, slot.record);
                        remember(n.key, slot.record);
                    }
                    continue;
                }
                slot.record = int(nodes.size());
            }
            if (spreadsheet && !n.key.isEmpty())
                remember(n.key, int(nodes.size()));
            nodes << &n;
            folded << std::move(f);
        }
        std::vector<qint64> ids(nodes.size(), 0);
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const NodeRecord &n = *nodes.at(i);
            const QString name = n.fields.value(K("name")).toString().trimmed();
            const qint64 category = categoryFor(n);
            countDrawing(n, category);
            qint64 id = 0;
            // One lookup for the name (nothing else inserts into m_byName until the end of
            // this iteration, so the reference stays valid). A record merged with a later
            // one under the same key may have taken the later one's name.
            NameIds &byName = m_byName[copied.contains(int(i)) ? foldKey(name) : folded.at(i)];
            if (n.importKey.isEmpty()) {
                // A spreadsheet's actor: the same name in the territory is the same actor.
                const bool matched =
                    byName.existing > 0 && m_options.onDuplicate != DuplicatePolicy::Keep;
                if (matched && m_options.onDuplicate == DuplicatePolicy::Skip) {
                    id = byName.existing;
                    ++m_report.actorsSkipped;
                } else if (matched) {
                    id = byName.existing;
                    mergeActor(id, n, category, {});
                    ++m_report.actorsMerged;
                } else {
                    id = createActor(n, name, category);
                    if (!byName.existing)
                        byName.existing = id;
                }
            } else {
                // A GraphML or GEXF node: the actor imported before from the same node of the
                // same file, else an actor of the same name not yet matched (and not from
                // another node of this file), else a new actor.
                const QString &source = sourceName(n.file);
                const qint64 before = m_actorKeys.value(identity(source, n.importKey), 0);
                const qint64 named = byName.existing;
                const bool byNameOk = named > 0 && before == 0 &&
                                      m_options.onDuplicate != DuplicatePolicy::Keep &&
                                      !m_claimedActors.contains(named) &&
                                      m_keyedActors.value(named) != source;
                if (before > 0 && m_options.onDuplicate == DuplicatePolicy::Skip) {
                    id = before;
                    ++m_report.actorsSkipped;
                } else if (before > 0) {
                    id = before;
                    mergeActor(id, n, category, {});
                    ++m_report.actorsUpdated;
                } else if (byNameOk && m_options.onDuplicate == DuplicatePolicy::Skip) {
                    id = named;
                    ++m_report.actorsSkipped;
                } else if (byNameOk) {
                    id = named;
                    // Its identity in this file, unless it has one from another file.
                    Row identityColumns;
                    if (!m_keyedActors.contains(id))
                        identityColumns = {{K("import_source"), source},
                                           {K("import_key"), n.importKey}};
                    mergeActor(id, n, category, identityColumns);
                    ++m_report.actorsMerged;
                } else {
                    id = createActor(n, name, category);
                }
                m_claimedActors.insert(id);
            }
            ids[i] = id;
            if (!n.key.isEmpty())
                insertKey(n.key, id);
            byName.imported = id;
        }
        for (const auto &[key, index] : std::as_const(aliases))
            insertKey(*key, ids[index]);
        return true;
    }

    /// A key written as a plain number ("12", not "012" or "+12"), the usual identifier
    /// column, is kept by its value: a lookup without hashing text.
    static std::optional<quint32> canonicalNumber(const QString &key)
    {
        const qsizetype n = key.size();
        if (n == 0 || n > 9 || (n > 1 && key.at(0) == QLatin1Char('0')))
            return std::nullopt;
        quint32 v = 0;
        for (const QChar c : key) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            v = v * 10 + (c.unicode() - '0');
        }
        return v;
    }

    void insertKey(const QString &key, qint64 id)
    {
        if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit) {
            if (qsizetype(*n) >= qsizetype(m_numericKeys.size()))
                m_numericKeys.resize(std::max<size_t>(*n + 1, m_numericKeys.size() * 2), 0);
            m_numericKeys[*n] = id;
            return;
        }
        m_keys.insert(key, id);
    }

    /// The id of the actor with import key `key`; 0 when none.
    qint64 findKey(const QString &key) const
    {
        if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit)
            return qsizetype(*n) < qsizetype(m_numericKeys.size()) ? m_numericKeys[*n] : 0;
        return m_keys.value(key, 0);
    }

    qint64 endpoint(const QString &keyOrName, const QString &fallbackName)
    {
        if (const qint64 id = findKey(keyOrName))
            return id;
        for (const QString &n : {keyOrName, fallbackName}) {
            if (n.isEmpty())
                continue;
            const QString folded = foldKey(n);
            if (const auto it = m_byName.constFind(folded); it != m_byName.cend()) {
                if (it->imported)
                    return it->imported;
                if (it->existing)
                    return it->existing;
            }
        }
        // Kumu and Gephi create the elements that connections name: so do we.
        const QString name = fallbackName.isEmpty() ? keyOrName : fallbackName;
        const qint64 id = insert(K("actor"), {{K("name"), name}, {K("is_person"), 0}});
        ++m_report.actorsCreated;
        ++m_implicitActors;
        insertKey(keyOrName, id);
        m_byName[foldKey(name)].imported = id;
        return id;
    }

    qint64 typeFor(const EdgeRecord &e, QString *label)
    {
        // The common case, a type name and no label nor direction, is looked up by the name
        // as written before anything is folded: a file names the same few types again and
        // again.
        const bool plain = !e.directed && !e.type.isEmpty() && !e.fields.contains(K("__label"));
        if (plain) {
            if (const auto it = m_typesAsWritten.constFind(e.type); it != m_typesAsWritten.cend())
                return it.value();
        }
        const qint64 id = typeForSlow(e, label);
        if (plain)
            m_typesAsWritten.insert(e.type, id);
        return id;
    }

    qint64 typeForSlow(const EdgeRecord &e, QString *label)
    {
        QString name = e.type;
        *label = e.fields.value(K("__label")).toString();
        // A spreadsheet's label without a type names the type; a graph file's edge label is
        // the link's description (Gephi labels edges with free text, one per edge).
        if ((name.isEmpty() && !label->isEmpty() && !e.fromGraph) ||
            foldKey(name) == foldKey(*label)) {
            if (name.isEmpty())
                name = *label;
            label->clear();
        }
        if (name.isEmpty()) {
            if (!e.directed.value_or(false))
                return 0;
            name = Tr::tr("Directed link");
        }
        const QString k = foldKey(name);
        if (const auto it = m_types.constFind(k); it != m_types.cend()) {
            if (e.directed && it.value() > 0 && m_typeDirected.value(it.value()) != *e.directed)
                ++m_directionMismatch;
            return it.value();
        }
        Row t{{K("name"), name},
              {K("directed"), e.directed.value_or(false) ? 1 : 0},
              {K("position"), 100 + m_report.linkTypesCreated}};
        if (e.color.isValid())
            t.insert(K("color"), e.color.name());
        const qint64 id = insert(K("link_type"), t);
        m_types.insert(k, id);
        m_typeDirected.insert(id, e.directed.value_or(false));
        ++m_report.linkTypesCreated;
        return id;
    }

    /// A link's values besides its ends and type: the record's fields, its extras (and
    /// label) kept in the description, its strength.
    Row linkValues(const EdgeRecord &e, const QString &label)
    {
        QStringList extras = e.extras + unfitLines(K("link"), e.custom);
        Row values = e.fields;
        values.remove(K("__label"));
        if (e.fromGraph && !label.isEmpty() && !values.contains(K("description")))
            values.insert(K("description"), label);  // a graph file's edge label
        else if (!label.isEmpty())
            extras.prepend(Tr::tr("Label") + QLatin1String(": ") + label);
        if (!extras.isEmpty())
            values.insert(K("description"),
                          withExtras(values.value(K("description")).toString(), extras));
        if (const auto strength = strengthOf(e))
            values.insert(K("strength"), *strength);
        if (const auto weight = weightOf(e))
            values.insert(K("weight"), *weight);
        return values;
    }

    /// The weight kept for a link: the file's, unless the file also gives the same number as
    /// the strength (as Maillage's own exports do for links without a weight of their own).
    static std::optional<double> weightOf(const EdgeRecord &e)
    {
        if (!e.weight || (e.strength && double(*e.strength) == *e.weight))
            return std::nullopt;
        return e.weight;
    }

    /// The strength (1–5, for drawing) of a link: the file's strength, else its weight
    /// rounded and brought into 1–5 (the weight itself is kept beside it).
    static std::optional<int> strengthOf(const EdgeRecord &e)
    {
        if (e.strength)
            return e.strength;
        if (e.weight)
            return std::clamp(int(std::lround(std::clamp(*e.weight, -1e6, 1e6))), 1, 5);
        return std::nullopt;
    }

    /// A link for an edge of a GraphML or GEXF file: one edge is one link. The link imported
    /// before from the same edge of the same file is updated; else a link of the territory
    /// between the same actors with the same type (not yet matched, not from another edge of
    /// this file) is merged with it; else a new link is made.
    /// Returns the link's id (a placeholder for a new one), 0 when it is skipped.
    qint64 planGraphEdge(const EdgeRecord &e, qint64 s, qint64 t, qint64 type, bool undirected,
                         const QString &label)
    {
        const QString &source = sourceName(e.file);
        const qint64 before =
            e.importKey.isEmpty() ? 0 : m_linkKeys.value(identity(source, e.importKey), 0);
        if (before > 0) {
            if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                ++m_report.linksSkipped;
            } else {
                Row values = linkValues(e, label);
                if (s > 0 && t > 0) {
                    values.insert(K("source_id"), s);
                    values.insert(K("target_id"), t);
                }
                if (type > 0)
                    values.insert(K("type_id"), type);
                if (const auto op = m_doc.updateOp(K("link"), before, values))
                    m_ops << *op;
                ++m_report.linksUpdated;
                return before;
            }
            return 0;
        }
        qint64 existing = 0;
        if (m_options.onDuplicate != DuplicatePolicy::Keep && s > 0 && t > 0) {
            auto take = [&](const LinkKey &k) -> qint64 {
                const auto it = m_graphLinks.find(k);
                if (it == m_graphLinks.end())
                    return 0;
                for (auto id = it->second.begin(); id != it->second.end(); ++id) {
                    if (m_keyedLinks.value(*id) == source)
                        continue;
                    const qint64 found = *id;
                    it->second.erase(id);
                    return found;
                }
                return 0;
            };
            existing = take(linkKey(s, t, type));
            if (!existing && undirected)
                existing = take(linkKey(t, s, type));
        }
        if (existing) {
            if (m_options.onDuplicate == DuplicatePolicy::Merge) {
                Row values = linkValues(e, label);
                if (!e.importKey.isEmpty() && !m_keyedLinks.contains(existing)) {
                    values.insert(K("import_source"), source);
                    values.insert(K("import_key"), e.importKey);
                }
                if (const auto op = m_doc.updateOp(K("link"), existing, values))
                    m_ops << *op;
                ++m_report.linksMerged;
                return existing;
            }
            ++m_report.linksSkipped;
            return 0;
        }
        qint64 id = 0;
        if (m_bulk) {
            Columns &cols = columnsOf(K("link"));
            const Row values = linkValues(e, label);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                cell(cols, it.key(), it.value());
            cell(cols, K("source_id"), real(s));
            cell(cols, K("target_id"), real(t));
            if (type != 0)
                cell(cols, K("type_id"), real(type));
            if (!e.importKey.isEmpty()) {
                cell(cols, K("import_source"), source);
                cell(cols, K("import_key"), e.importKey);
            }
            id = flushRow(K("link"), cols);
        } else {
            Row values = linkValues(e, label);
            values.insert(K("source_id"), s);
            values.insert(K("target_id"), t);
            if (type != 0)
                values.insert(K("type_id"), type);
            if (!e.importKey.isEmpty()) {
                values.insert(K("import_source"), source);
                values.insert(K("import_key"), e.importKey);
            }
            id = insert(K("link"), values);
        }
        ++m_report.linksCreated;
        if (s > 0 && t > 0)
            m_links.emplace(linkKey(s, t, type), id);
        return id;
    }

    bool planEdges(const SourceGraph &graph, QString *error)
    {
        Q_UNUSED(error);
        for (const EdgeRecord &e : graph.edges) {
            const qint64 s = endpoint(e.source, e.sourceName);
            const qint64 t = endpoint(e.target, e.targetName);
            QString label;
            const qint64 type = typeFor(e, &label);
            const bool undirected = type <= 0 ? true : !m_typeDirected.value(type);
            if (e.weight && !e.strength && strengthOf(e) != *e.weight)
                ++m_roundedWeights;
            if (e.fromGraph) {
                if (!label.isEmpty())
                    ++m_report.edgeLabelsKept;
                if (const qint64 id = planGraphEdge(e, s, t, type, undirected, label))
                    planValues(K("link"), id, e.custom);
                continue;
            }
            qint64 existing = 0;
            if (m_options.onDuplicate != DuplicatePolicy::Keep && s > 0 && t > 0) {
                existing = linkAt(linkKey(s, t, type));
                if (!existing && undirected)
                    existing = linkAt(linkKey(t, s, type));
            }
            if (existing) {
                if (m_options.onDuplicate == DuplicatePolicy::Merge) {
                    if (const auto op = m_doc.updateOp(K("link"), existing, linkValues(e, label)))
                        m_ops << *op;
                    planValues(K("link"), existing, e.custom);
                    ++m_report.linksMerged;
                } else {
                    ++m_report.linksSkipped;
                }
                continue;
            }
            qint64 id = 0;
            if (m_bulk) {
                // The same row as below, built without a map.
                Columns &cols = columnsOf(K("link"));
                for (auto f = e.fields.cbegin(); f != e.fields.cend(); ++f)
                    if (f.key() != QLatin1String("__label"))
                        cell(cols, f.key(), f.value());
                if (const QStringList extras0 = e.extras + unfitLines(K("link"), e.custom);
                    !label.isEmpty() || !extras0.isEmpty()) {
                    QStringList extras = extras0;
                    if (!label.isEmpty())
                        extras.prepend(Tr::tr("Label") + QLatin1String(": ") + label);
                    cell(cols, K("description"),
                         withExtras(e.fields.value(K("description")).toString(), extras));
                }
                if (const auto strength = strengthOf(e))
                    cell(cols, K("strength"), *strength);
                if (const auto weight = weightOf(e))
                    cell(cols, K("weight"), *weight);
                cell(cols, K("source_id"), real(s));
                cell(cols, K("target_id"), real(t));
                if (type != 0)
                    cell(cols, K("type_id"), real(type));
                id = flushRow(K("link"), cols);
                ++m_report.linksCreated;
                if (s > 0 && t > 0)
                    m_links.emplace(linkKey(s, t, type), id);
                planValues(K("link"), id, e.custom);
                continue;
            }
            Row values = linkValues(e, label);
            values.insert(K("source_id"), s);
            values.insert(K("target_id"), t);
            if (type != 0)
                values.insert(K("type_id"), type);
            id = insert(K("link"), values);
            ++m_report.linksCreated;
            if (s > 0 && t > 0)
                m_links.emplace(linkKey(s, t, type), id);
            planValues(K("link"), id, e.custom);
        }
        if (m_implicitActors > 0)
            m_report.warnings << Tr::tr("%Ln actor(s) named only in links were created.",
                                        nullptr, m_implicitActors);
        if (m_directionMismatch > 0)
            m_report.warnings << Tr::tr("%Ln link(s) were given a direction different from "
                                        "their existing link type's; the type's was kept.",
                                        nullptr, m_directionMismatch);
        if (m_roundedWeights > 0)
            m_report.warnings << Tr::tr("%Ln link weight(s) are not whole numbers from 1 to 5: "
                                        "the strength drawn (1–5) was rounded or brought into "
                                        "that range, the weight itself is kept.",
                                        nullptr, m_roundedWeights);
        return true;
    }

    Document &m_doc;
    const ImportOptions &m_options;
    ImportReport &m_report;
    const bool m_bulk;
    QList<RowOp> m_ops;
    const QString m_now = nowTimestamp();
    qint64 m_newRows = 0;
    // Bulk planning only.
    QList<qint64> m_real;             ///< placeholder -k → the real id chosen, at k - 1
    QHash<QString, qint64> m_nextId;  ///< next id of each table
    QList<BulkInsert> m_inserts;
    QHash<QString, Columns> m_columns;
    qsizetype m_expectedRows = 0;
    QVariant m_cells[64];             ///< the typed row being built, by column
    quint64 m_mask = 0;
    qint64 linkAt(const LinkKey &k) const
    {
        const auto it = m_links.find(k);
        return it == m_links.end() ? 0 : it->second;
    }
    QHash<QString, qint64> m_categories, m_types, m_tags, m_keys;
    /// Actors by folded name: the first one in the territory (or created by this import, for
    /// matching), and the last one this import created (links name those first).
    struct NameIds
    {
        qint64 existing = 0;
        qint64 imported = 0;
        int record = -1;  ///< planNodes(): the spreadsheet record of that name
    };
    QHash<QString, NameIds> m_byName;
    QHash<QString, qint64> m_categoriesAsWritten;  ///< categoryFor() by the name as written
    std::vector<qint64> m_numericKeys;  ///< import key as a number → id (0: none)
    qsizetype m_numericKeyLimit = 1 << 16;
    QHash<QString, qint64> m_typesAsWritten;  ///< type name as written → id (typeFor())
    std::unordered_map<LinkKey, qint64, LinkKeyHash> m_links;
    QHash<qint64, bool> m_categoryPerson, m_typeDirected;
    QHash<qint64, QRgb> m_categoryColour;  ///< categories' colours, for countDrawing()
    bool m_colourCategories = false;       ///< nodes' own colours make categories (plan())
    QSet<QPair<qint64, qint64>> m_actorTags;
    int m_implicitActors = 0, m_directionMismatch = 0, m_roundedWeights = 0;
    // Import identities (GraphML and GEXF): "source\x1Fkey" → id of the actor (link) imported
    // before from that node (edge) of that file; the source of every actor (link) that has
    // one; the actors (links) this import already matched.
    QHash<QString, qint64> m_actorKeys, m_linkKeys;
    QHash<qint64, QString> m_keyedActors, m_keyedLinks;
    QSet<qint64> m_claimedActors;
    /// The links of the territory by ends and type (all of them, parallel ones included),
    /// for edges of GraphML and GEXF files.
    std::unordered_map<LinkKey, std::vector<qint64>, LinkKeyHash> m_graphLinks;
    QString m_lastPath, m_lastSource;  ///< sourceName()'s last answer
    bool m_graphNodes = false, m_graphEdges = false;  ///< records from GraphML or GEXF files
    /// Custom fields by fieldKey(): where kept columns go (planFields()).
    QHash<QString, FieldPlan> m_actorFields, m_linkFields;
    bool m_reusedFields = false;  ///< some kept column goes to a field of the territory
    /// Values of the territory's fields, read once when an existing actor (link) gets one.
    QHash<QString, QHash<qint64, QHash<qint64, QString>>> m_existingValues;
    QSet<QString> m_valuesLoaded;
};

} // namespace

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return K("auto");
    case ImportFormat::Maillage:
        return K("maillage");
    case ImportFormat::Kumu:
        return K("kumu");
    case ImportFormat::Gephi:
        return K("gephi");
    case ImportFormat::GraphML:
        return K("graphml");
    case ImportFormat::Gexf:
        return K("gexf");
    case ImportFormat::Json:
        return K("json");
    case ImportFormat::Cytoscape:
        return K("cytoscape");
    case ImportFormat::GeoJson:
        return K("geojson");
    }
    return QString();
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Maillage, ImportFormat::Kumu,
                           ImportFormat::Gephi, ImportFormat::GraphML, ImportFormat::Gexf,
                           ImportFormat::Json, ImportFormat::Cytoscape, ImportFormat::GeoJson})
        if (formatName(f) == name.toLower())
            return f;
    return std::nullopt;
}

ImportFormat detectImportFormat(const QString &path, ImportFormat forced)
{
    return fileFormat(path, forced);
}

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("merge"))
        return DuplicatePolicy::Merge;
    if (n == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (n == QLatin1String("keep"))
        return DuplicatePolicy::Keep;
    return std::nullopt;
}

QString ImportReport::summary() const
{
    QStringList lines;
    for (int i = 0; i < files.size(); ++i)
        lines << Tr::tr("%1: %2").arg(files.at(i), formats.value(i));
    lines << Tr::tr("Actors: %1 created, %2 merged, %3 skipped")
                 .arg(actorsCreated)
                 .arg(actorsMerged)
                 .arg(actorsSkipped);
    lines << Tr::tr("Links: %1 created, %2 merged, %3 skipped")
                 .arg(linksCreated)
                 .arg(linksMerged)
                 .arg(linksSkipped);
    if (actorsUpdated > 0)
        lines << Tr::tr("%Ln actor(s) updated (imported before from the same file)", nullptr,
                        actorsUpdated);
    if (linksUpdated > 0)
        lines << Tr::tr("%Ln link(s) updated (imported before from the same file)", nullptr,
                        linksUpdated);
    lines << Tr::tr("New categories: %1, new link types: %2, new tags: %3")
                 .arg(categoriesCreated)
                 .arg(linkTypesCreated)
                 .arg(tagsCreated);
    if (!actorFieldsCreated.isEmpty())
        lines << Tr::tr("New fields of actors: %1").arg(actorFieldsCreated.join(QLatin1String(", ")));
    if (!linkFieldsCreated.isEmpty())
        lines << Tr::tr("New fields of links: %1").arg(linkFieldsCreated.join(QLatin1String(", ")));
    if (const QString kept = keptLine(); !kept.isEmpty())
        lines << kept;
    if (actorsLocated > 0)
        lines << Tr::tr("Located: %Ln actor(s) placed on the ground from the files' latitude "
                        "and longitude",
                        nullptr, actorsLocated);
    if (const QString notKept = notKeptLine(); !notKept.isEmpty())
        lines << notKept;
    if (!erasedLeftOut.isEmpty())
        lines << Tr::tr("Left out: %Ln row(s) about persons erased from this territory (%1)",
                        nullptr, int(erasedLeftOut.size()))
                     .arg(erasedLeftOut.join(QLatin1String(", ")));
    for (const QString &w : warnings)
        lines << Tr::tr("Warning: %1").arg(w);
    return lines.join(QLatin1Char('\n'));
}

QString ImportReport::keptLine() const
{
    QStringList parts;
    if (positionsKept > 0)
        parts << (positionScale == 1
                      ? Tr::tr("positions of %Ln node(s)", nullptr, positionsKept)
                      : Tr::tr("positions of %Ln node(s) (the layout scaled ×%1 to "
                               "Maillage's map)",
                               nullptr, positionsKept)
                            .arg(QString::number(positionScale, 'g', 3)));
    if (coloursKept > 0)
        parts << Tr::tr("colours of %Ln node(s)", nullptr, coloursKept);
    if (edgeLabelsKept > 0)
        parts << Tr::tr("%Ln edge label(s) (as the links' descriptions)", nullptr,
                        edgeLabelsKept);
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Kept from the files: %1").arg(parts.join(QLatin1String(", ")));
}

QString ImportReport::notKeptLine() const
{
    QStringList parts;
    if (coloursNotKept > 0)
        parts << (distinctColours > kMaxColourCategories
                      ? Tr::tr("colours of %Ln node(s) (Maillage colours actors by category, "
                               "and the file uses %1 colours: too many to make categories "
                               "of)",
                               nullptr, coloursNotKept)
                            .arg(distinctColours)
                      : Tr::tr("colours of %Ln node(s) (Maillage colours actors by category, "
                               "and their category has another colour)",
                               nullptr, coloursNotKept));
    if (sizesNotKept > 0)
        parts << Tr::tr("sizes of %Ln node(s) (Maillage sizes actors by a measure)", nullptr,
                        sizesNotKept);
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Not kept: %1").arg(parts.join(QLatin1String(", ")));
}

QJsonObject ImportReport::toJson() const
{
    return {{K("files"), QJsonArray::fromStringList(files)},
            {K("formats"), QJsonArray::fromStringList(formats)},
            {K("actors_created"), actorsCreated},
            {K("actors_merged"), actorsMerged},
            {K("actors_skipped"), actorsSkipped},
            {K("links_created"), linksCreated},
            {K("links_merged"), linksMerged},
            {K("links_skipped"), linksSkipped},
            {K("actors_updated"), actorsUpdated},
            {K("links_updated"), linksUpdated},
            {K("categories_created"), categoriesCreated},
            {K("link_types_created"), linkTypesCreated},
            {K("tags_created"), tagsCreated},
            {K("actor_fields_created"), QJsonArray::fromStringList(actorFieldsCreated)},
            {K("link_fields_created"), QJsonArray::fromStringList(linkFieldsCreated)},
            {K("values_not_of_their_type"), valuesNotOfTheirType},
            {K("actors_located"), actorsLocated},
            {K("kept"), QJsonObject{{K("positions"), positionsKept},
                                    {K("position_scale"), positionScale},
                                    {K("colours"), coloursKept},
                                    {K("edge_labels"), edgeLabelsKept}}},
            {K("not_kept"), QJsonObject{{K("colours"), coloursNotKept},
                                        {K("distinct_colours"), distinctColours},
                                        {K("sizes"), sizesNotKept}}},
            {K("erased_left_out"), QJsonObject{{K("rows"), QJsonArray::fromStringList(erasedLeftOut)},
                                               {K("links"), erasedLinksLeftOut}}},
            {K("warnings"), QJsonArray::fromStringList(warnings)}};
}

namespace {

/// What reading one file gave.
struct FileRead
{
    SourceGraph graph;
    QString format;
    QString error;
    bool ok = false;
};

void readOneFile(const QString &path, const ImportOptions &options,
                 const ProgressContext &progress, FileRead &out)
{
    if (!progress.report(0)) {
        out.error = cancelledMessage();
        return;
    }
    if (!QFileInfo::exists(path)) {
        out.error = CsvReader::located(path, 0, Tr::tr("does not exist"));
        return;
    }
    switch (fileFormat(path, options.format)) {
    case ImportFormat::GraphML:
        out.format = dialectName(Dialect::GraphML, Role::Nodes);
        out.ok = readGraphml(path, out.graph, &out.error);
        break;
    case ImportFormat::Gexf:
        out.format = dialectName(Dialect::Gexf, Role::Nodes);
        out.ok = readGexf(path, out.graph, &out.error);
        break;
    case ImportFormat::Cytoscape:
        out.format = dialectName(Dialect::Cytoscape, Role::Nodes);
        out.ok = readCytoscapeJson(path, out.graph, &out.error);
        break;
    case ImportFormat::GeoJson:
        out.format = Tr::tr("GeoJSON");
        out.ok = readGeoJsonGraph(path, out.graph, &out.error);
        break;
    case ImportFormat::Json:
        out.error = CsvReader::located(
            path, 0,
            Tr::tr("a whole-territory JSON file is imported into a new territory file "
                   "(“maillage-cli import NEW.maillage FILE.json”)"));
        break;
    default:
        out.ok = readCsvFile(path, options, out.graph, &out.format, progress, &out.error);
        break;
    }
}

} // namespace

bool readImportFiles(const QStringList &givenPaths, const ImportOptions &givenOptions,
                     ImportSources *sources, QString *error)
{
    // What to read: each file, and both sheets of a Kumu workbook when no sheet is chosen
    // (its actors and its links in one import, as from Kumu's two spreadsheets).
    QStringList paths;
    std::vector<ImportOptions> perFile;
    for (const QString &path : givenPaths) {
        const QStringList kumu =
            givenOptions.sheet.isEmpty() ? kumuSheets(path) : QStringList();
        for (const QString &sheet : kumu.isEmpty() ? QStringList{givenOptions.sheet} : kumu) {
            paths << path;
            perFile.push_back(givenOptions);
            perFile.back().sheet = sheet;
        }
    }
    const ImportOptions &options = givenOptions;
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    *sources = ImportSources();
    sources->graph = std::make_shared<SourceGraph>();
    SourceGraph &graph = *sources->graph;
    if (paths.isEmpty())
        return failed(Tr::tr("No file to import."));
    const qsizetype n = paths.size();
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &path : paths) {
        sizes << QFileInfo(path).size();
        total += sizes.last();
    }
    std::vector<FileRead> reads(n);
    if (n == 1) {
        readOneFile(paths.first(), perFile[0], ProgressContext{&options.progress, 0, total},
                    reads[0]);
    } else {
        // Several files (actors and links, say) are read side by side: the largest on this
        // thread (its memory comes from the main heap, which grows more cheaply than a
        // thread's), each other one on a thread of its own. Only this thread calls the
        // progress callback, with the bytes of all the files, and passes a cancel on.
        std::vector<std::atomic<qint64>> done(n);
        std::atomic<bool> cancel = false;
        const qsizetype here = std::max_element(sizes.cbegin(), sizes.cend()) - sizes.cbegin();
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = -1000;
        auto reportAll = [&] {
            qint64 sum = 0;
            for (const auto &d : done)
                sum += d.load(std::memory_order_relaxed);
            if (options.progress && !cancel && !options.progress(sum, total))
                cancel = true;
        };
        std::vector<ImportProgress> callbacks;
        for (qsizetype i = 0; i < n; ++i)
            callbacks.push_back([&, i](qint64 bytes, qint64) {
                done[i].store(bytes, std::memory_order_relaxed);
                if (i == here && clock.elapsed() - lastReport >= 40) {
                    lastReport = clock.elapsed();
                    reportAll();
                }
                return !cancel.load(std::memory_order_relaxed);
            });
        std::vector<std::future<void>> running;
        for (qsizetype i = 0; i < n; ++i)
            if (i != here)
                running.push_back(std::async(std::launch::async, [&, i] {
                    readOneFile(paths.at(i), perFile[size_t(i)],
                                ProgressContext{&callbacks[i], 0, total}, reads[i]);
                }));
        readOneFile(paths.at(here), perFile[size_t(here)],
                    ProgressContext{&callbacks[here], 0, total}, reads[here]);
        for (std::future<void> &f : running) {
            while (f.wait_for(std::chrono::milliseconds(40)) != std::future_status::ready)
                reportAll();
        }
        if (cancel)
            return failed(cancelledMessage());
    }
    qint64 before = 0;
    QHash<QString, QString> graphFiles;  // file name → path, of the GraphML and GEXF files
    for (qsizetype i = 0; i < n; ++i) {
        FileRead &r = reads[i];
        if (!r.ok)
            return failed(r.error);
        const bool graphFile = !r.graph.nodes.isEmpty()
                                   ? !r.graph.nodes.first().importKey.isEmpty()
                                   : !r.graph.edges.isEmpty() && r.graph.edges.first().fromGraph;
        if (graphFile) {
            // The file's name is its actors' and links' import_source: two files of one import
            // with the same name would claim each other's ids.
            const QString name = QFileInfo(paths.at(i)).fileName();
            if (const auto other = graphFiles.constFind(name); other != graphFiles.cend())
                return failed(CsvReader::located(
                    paths.at(i), 0,
                    Tr::tr("has the same file name as %1, imported with it: import them one "
                           "at a time")
                        .arg(other.value())));
            graphFiles.insert(name, paths.at(i));
            if (n > 1) {
                // The ids of a GraphML or GEXF file name its own nodes only: made distinct
                // from the other files' (the id in the file stays the import key).
                const QString prefix =
                    QChar(0x1F) + QString::number(i) + QChar(0x1F);
                for (NodeRecord &node : r.graph.nodes)
                    node.key.prepend(prefix);
                for (EdgeRecord &edge : r.graph.edges) {
                    if (edge.sourceName.isEmpty())
                        edge.sourceName = edge.source;
                    if (edge.targetName.isEmpty())
                        edge.targetName = edge.target;
                    edge.source.prepend(prefix);
                    edge.target.prepend(prefix);
                }
            }
        }
        before += sizes.at(i);
        if (options.progress && !options.progress(before, total))
            return failed(cancelledMessage());
        if (i == 0) {
            graph = std::move(r.graph);
        } else {
            for (const DeclaredField &d : r.graph.nodeFields)
                graph.nodeFields << d;
            for (const DeclaredField &d : r.graph.edgeFields)
                graph.edgeFields << d;
            graph.nodes.append(std::move(r.graph.nodes));
            graph.edges.append(std::move(r.graph.edges));
            graph.warnings += r.graph.warnings;
            graph.clampedWeights += r.graph.clampedWeights;
            graph.positioned += r.graph.positioned;
            if (r.graph.positionScale != 1)
                graph.positionScale = r.graph.positionScale;
        }
        sources->files << paths.at(i);
        sources->formats << r.format;
    }
    return checkFieldTypes(*sources, options, error);
}

bool checkFieldTypes(const ImportSources &sources, const ImportOptions &options,
                     QString *error)
{
    if (options.fieldTypes.isEmpty() || !sources.graph)
        return true;
    auto check = [&](const auto &records) {
        for (const auto &r : records)
            for (const auto &[column, value] : r.custom) {
                const auto type = userFieldType(options, column);
                if (!type || fields::canonical(*type, value))
                    continue;
                if (error)
                    *error = CsvReader::located(
                        r.file, r.line,
                        Tr::tr("column “%1”: “%2” is not of the type chosen for it (%3)")
                            .arg(column, value.trimmed(), fields::typeLabel(*type).toLower()));
                return false;
            }
        return true;
    };
    return check(sources.graph->nodes) && check(sources.graph->edges);
}

QList<DetectedField> detectedFields(const ImportSources &sources)
{
    QList<DetectedField> out;
    if (!sources.graph)
        return out;
    auto detect = [&](const QString &subject, const QList<DeclaredField> &declared,
                      const auto &records) {
        QStringList order;
        QHash<QString, QString> spelling;
        QHash<QString, QStringList> values;
        for (const DeclaredField &d : declared)
            if (const QString k = importFieldTypeKey(d.name); !spelling.contains(k)) {
                order << k;
                spelling.insert(k, d.name.trimmed());
            }
        for (const auto &r : records)
            for (const auto &[column, value] : r.custom) {
                const QString k = importFieldTypeKey(column);
                if (!spelling.contains(k)) {
                    order << k;
                    spelling.insert(k, column.trimmed());
                }
                values[k] << value;
            }
        for (const QString &k : std::as_const(order)) {
            const DeclaredField *d = nullptr;
            for (const DeclaredField &x : declared)
                if (importFieldTypeKey(x.name) == k)
                    d = &x;
            out << DetectedField{subject, spelling.value(k), newFieldType(d, values.value(k))};
        }
    };
    detect(K("actor"), sources.graph->nodeFields, sources.graph->nodes);
    detect(K("link"), sources.graph->edgeFields, sources.graph->edges);
    return out;
}

namespace {

/// `graph` without the nodes that `suppression` blocks and without the edges naming them;
/// nullopt when nothing is blocked (the usual case: no copy).
std::optional<SourceGraph> withoutErasedPersons(const SourceGraph &graph,
                                                const privacy::Suppression &suppression,
                                                ImportReport &report)
{
    if (suppression.isEmpty())
        return std::nullopt;
    QSet<QString> removedKeys, removedNames;
    QList<qsizetype> removed;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const NodeRecord &n = graph.nodes.at(i);
        const QString name = n.fields.value(QStringLiteral("name")).toString();
        const QString source = n.importKey.isEmpty() ? QString() : QFileInfo(n.file).fileName();
        if (!suppression.blocks(name, n.fields.value(QStringLiteral("email")).toString(), source,
                                n.importKey))
            continue;
        removed << i;
        if (!n.key.isEmpty())
            removedKeys.insert(n.key);
        removedNames.insert(foldKey(name));
        report.erasedLeftOut << Tr::tr("%1 line %2").arg(QFileInfo(n.file).fileName()).arg(n.line);
    }
    if (removed.isEmpty())
        return std::nullopt;
    SourceGraph out = graph;
    for (auto it = removed.crbegin(); it != removed.crend(); ++it)
        out.nodes.removeAt(*it);
    auto names = [&](const QString &key, const QString &name) {
        return removedKeys.contains(key) || removedNames.contains(foldKey(key)) ||
               (!name.isEmpty() && removedNames.contains(foldKey(name)));
    };
    const qsizetype before = out.edges.size();
    out.edges.removeIf([&](const EdgeRecord &e) {
        return names(e.source, e.sourceName) || names(e.target, e.targetName);
    });
    report.erasedLinksLeftOut = int(before - out.edges.size());
    return out;
}

} // namespace

bool applyImport(Document &doc, const ImportSources &sources, const ImportOptions &options,
                 ImportReport *report, QString *error)
{
    ImportReport local;
    ImportReport &rep = report ? *report : local;
    rep = ImportReport();
    rep.files = sources.files;
    rep.formats = sources.formats;
    QString why;
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!doc.isOpen())
        return failed(Tr::tr("No territory is open."));
    if (doc.isReadOnly())
        return failed(Tr::tr("“%1” is read-only: nothing was imported.").arg(doc.path()));
    if (!sources.graph)
        return failed(Tr::tr("No file to import."));
    // Rows about persons erased from the territory stay out, with their links.
    std::optional<SourceGraph> withoutErased =
        withoutErasedPersons(*sources.graph, privacy::Suppression::load(doc.store()), rep);
    const SourceGraph &graph = withoutErased ? *withoutErased : *sources.graph;
    // Big imports take the bulk path: prepared statements, typed rows, ids chosen in advance.
    const bool bulk = graph.nodes.size() + graph.edges.size() >= options.bulkThreshold;
    // Nodes of every file first, so connections can name elements of another file.
    Planner planner(doc, options, rep, bulk);
    if (!planner.plan(graph, &why))
        return failed(why);
    QList<RowOp> ops = planner.takeOps();
    QList<BulkInsert> inserts = planner.takeInserts();
    qsizetype rows = ops.size();
    for (const BulkInsert &b : std::as_const(inserts))
        rows += b.size();
    if (rows == 0) {
        rep.warnings << Tr::tr("Nothing to import: the territory already holds all of it.");
        return true;
    }
    const QString text = Tr::tr("Import %1").arg(
        sources.files.size() == 1 ? QFileInfo(sources.files.first()).fileName()
                                  : Tr::tr("%Ln file(s)", nullptr, int(sources.files.size())));
    bool cancelled = false;
    bool ok = false;
    if (bulk) {
        ok = bulkApply(doc, text, std::move(ops), std::move(inserts), &why, options.writing,
                       &cancelled);
    } else {
        // Small imports: the generic edit path, which reports no progress of its own.
        if (options.writing && !options.writing(0, rows))
            cancelled = true;
        else
            ok = doc.apply(text, std::move(ops), Document::NoMerge, &why);
        if (ok && options.writing)
            options.writing(rows, rows);
    }
    if (cancelled) {
        rep = ImportReport();
        rep.files = sources.files;
        rep.formats = sources.formats;
        return failed(cancelledMessage());
    }
    if (!ok)
        return failed(Tr::tr("The import could not be written (%1); nothing was imported.")
                          .arg(why));
    return true;
}

bool importFiles(Document &doc, const QStringList &paths, const ImportOptions &options,
                 ImportReport *report, QString *error)
{
    if (report)
        *report = ImportReport();
    if (doc.isOpen() && doc.isReadOnly()) {
        if (error)
            *error = Tr::tr("“%1” is read-only: nothing was imported.").arg(doc.path());
        return false;
    }
    ImportSources sources;
    return readImportFiles(paths, options, &sources, error) &&
           applyImport(doc, sources, options, report, error);
}

bool previewImportFile(const QString &path, const ImportOptions &options, ImportPreview *preview,
                       QString *error, int maxRows)
{
    *preview = ImportPreview();
    preview->path = path;
    if (!QFileInfo::exists(path)) {
        *error = CsvReader::located(path, 0, Tr::tr("does not exist"));
        return false;
    }
    const ImportFormat f = fileFormat(path, options.format);
    if (f == ImportFormat::GeoJson) {
        preview->format = f;
        preview->formatLabel = Tr::tr("GeoJSON");
        return true;
    }
    if (f == ImportFormat::GraphML || f == ImportFormat::Gexf || f == ImportFormat::Cytoscape) {
        preview->format = f;
        preview->formatLabel = dialectName(f == ImportFormat::Gexf        ? Dialect::Gexf
                                           : f == ImportFormat::Cytoscape ? Dialect::Cytoscape
                                                                          : Dialect::GraphML,
                                           Role::Nodes);
        return true;
    }
    if (f == ImportFormat::Json) {
        preview->format = f;
        preview->problem = CsvReader::located(
            path, 0,
            Tr::tr("a whole-territory JSON file is imported into a new territory file "
                   "(“maillage-cli import NEW.maillage FILE.json”)"));
        return true;
    }
    CsvOptions csv = options.csv;
    const auto file = openSpreadsheet(path, options.sheet, options.headerRow, &csv.separator,
                                      error);  // a CSV file, or an .xlsx sheet as CSV
    if (!file)
        return false;
    if (csv.separator)
        csv.encoding = CsvEncoding::Utf8;
    preview->spreadsheet = true;
    csv.requireHeaderWidth = false;  // the preview shows ragged rows; the import refuses them
    CsvReader r(file.get(), path, csv);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    preview->header = r.header();
    QSet<QString> keys;
    QStringList keyList;
    for (const QString &h : preview->header) {
        keyList << columnKey(h);
        keys.insert(columnKey(h));
    }
    QStringList fields;
    while (preview->rows.size() < maxRows && r.next(fields))
        preview->rows << fields;
    if (r.hasError())
        preview->problem = r.error();
    preview->separator = r.separator();
    preview->encoding = r.encoding();
    preview->bom = r.hadBom();
    const auto kind = detectCsv(keys, options.format);
    const Dialect guess = kind ? kind->dialect : Dialect::Maillage;
    for (const QString &k : keyList) {
        preview->actorColumns << nodeFieldFor(guess, k);
        preview->linkColumns << edgeFieldFor(guess, k);
    }
    if (!kind) {
        preview->mapping.columns = preview->actorColumns;
        if (preview->problem.isEmpty())
            preview->problem = CsvReader::located(
                path, 1,
                Tr::tr("unknown format: say which column holds what below"));
        return true;
    }
    preview->format = kind->dialect == Dialect::Kumu    ? ImportFormat::Kumu
                      : kind->dialect == Dialect::Gephi ? ImportFormat::Gephi
                                                        : ImportFormat::Maillage;
    preview->formatLabel = dialectName(kind->dialect, kind->role);
    preview->mapping.links = kind->role == Role::Edges;
    preview->mapping.columns =
        kind->role == Role::Nodes ? preview->actorColumns : preview->linkColumns;
    return true;
}

ImportMatches countMatches(const Document &doc, const ImportSources &sources)
{
    ImportMatches m;
    if (!sources.graph)
        return m;
    QSet<QString> existing;
    for (const ActorName &a : Projections(doc.store()).names().value_or(QList<ActorName>()))
        existing.insert(foldKey(a.name));
    m.actorRows = int(sources.graph->nodes.size());
    m.linkRows = int(sources.graph->edges.size());
    QSet<QString> seen;
    for (const NodeRecord &n : sources.graph->nodes) {
        const QString folded = foldKey(n.fields.value(K("name")).toString().trimmed());
        if (folded.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        ++m.actors;
        if (existing.contains(folded))
            ++m.matched;
    }
    return m;
}

} // namespace maillage::io

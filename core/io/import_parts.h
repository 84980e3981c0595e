#pragma once

// Internal to core/io's import: what its files share. import_csv.cpp reads the spreadsheets
// (CSV and .xlsx sheets, every dialect); import_planner.cpp (and import_planner_links.cpp, its
// links) is the Planner, which matches the records read against the territory and plans the
// rows to write; import.cpp holds the public functions of import.h. Never include it from a public header.

#include "core/io/import.h"

#include "core/io/bulk.h"
#include "core/document/document.h"
#include "core/io/import_model.h"
#include "core/store/bulkwriter.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <vector>

namespace maillage {
class Document;
}

namespace maillage::io::importparts {

using namespace maillage::io::detail;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

/// How custom fields are matched by name: ignoring case and the spaces around.
QString importFieldTypeKey(const QString &name);

/// The user's type for the field `name`, if they chose one.
std::optional<FieldType> userFieldType(const ImportOptions &options, const QString &name);

/// The type of a field made from `values`: as the file declares it (`declared`, may be null)
/// when every value fits, else as the values show.
FieldType newFieldType(const DeclaredField *declared, const QStringList &values);

/// text::fold() with a fast path for pure ASCII names (most of them), where it amounts to
/// lower case with runs of white space made one space and the ends trimmed.
QString foldKey(const QString &name);

enum class Role { Nodes, Edges };

struct CsvKind
{
    Dialect dialect;
    Role role;
};

std::optional<CsvKind> detectCsv(const QSet<QString> &h, ImportFormat forced);

QString dialectName(Dialect d, Role r);

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

QString cancelledMessage();

bool readCsvFile(const QString &path, const ImportOptions &options, SourceGraph &graph,
                 QString *format, const ProgressContext &progress, QString *error);

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

    bool plan(const SourceGraph &graph, QString *error);

    QList<RowOp> takeOps();
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
    Columns &columnsOf(const QString &table);

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
    qint64 flushRow(const QString &table, Columns &cols);

    qint64 insert(const QString &table, Row values);

    void loadExisting();

    using LinkKey = std::tuple<qint64, qint64, qint64>;
    static LinkKey linkKey(qint64 s, qint64 t, qint64 type) { return {s, t, type}; }
    struct LinkKeyHash
    {
        size_t operator()(const LinkKey &k) const noexcept
        {
            return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k));
        }
    };

    qint64 categoryFor(const NodeRecord &n);

    qint64 categoryForSlow(const QString &name, const QColor &color);

    /// Counts a node's colour and size as kept or not (see ImportReport).
    void countDrawing(const NodeRecord &n, qint64 category);

    qint64 tagFor(const QString &name);

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
                    const QList<Record> &records);

    /// "Column: value" lines of the kept values that are not of their (existing) field's type.
    QStringList unfitLines(const QString &subject,
                           const QList<std::pair<QString, QString>> &custom);

    /// The row operations that set actor (link) `owner`'s kept values (the last value of a
    /// field wins); `owner` is a placeholder for a row this import makes.
    void planValues(const QString &subject, qint64 owner,
                    const QList<std::pair<QString, QString>> &custom);

    static QString withExtras(const QString &description, const QStringList &extras);

    void addTags(qint64 actor, const QStringList &tags);

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
    void mergeActor(qint64 id, const NodeRecord &n, qint64 category, const Row &extra);

    /// A new actor for record `n` (named `name`), with its import identity when it has one.
    qint64 createActor(const NodeRecord &n, const QString &name, qint64 category);

    static void mergeRecord(NodeRecord &first, const NodeRecord &n);

    bool planNodes(const SourceGraph &graph, QString *error);

    /// A key written as a plain number ("12", not "012" or "+12"), the usual identifier
    /// column, is kept by its value: a lookup without hashing text.
    static std::optional<quint32> canonicalNumber(const QString &key);

    void insertKey(const QString &key, qint64 id);

    /// The id of the actor with import key `key`; 0 when none.
    qint64 findKey(const QString &key) const
    {
        if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit)
            return qsizetype(*n) < qsizetype(m_numericKeys.size()) ? m_numericKeys[*n] : 0;
        return m_keys.value(key, 0);
    }

    qint64 endpoint(const QString &keyOrName, const QString &fallbackName);

    qint64 typeFor(const EdgeRecord &e, QString *label);

    qint64 typeForSlow(const EdgeRecord &e, QString *label);

    /// A link's values besides its ends and type: the record's fields, its extras (and
    /// label) kept in the description, its strength.
    Row linkValues(const EdgeRecord &e, const QString &label);

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
                         const QString &label);

    bool planEdges(const SourceGraph &graph, QString *error);

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

} // namespace maillage::io::importparts

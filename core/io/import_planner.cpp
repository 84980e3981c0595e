// The import's Planner: matches the records read against the territory (by import key, then
// by name), merges or creates actors, links, categories, tags and custom fields, and plans
// the rows to write, as row operations or as bulk inserts.

#include "core/io/import_parts.h"

#include "core/io/spreadsheet.h"
#include "core/io/bulk.h"
#include "core/document/document.h"
#include "core/io/import_model.h"
#include "core/privacy/suppression.h"
#include "core/util/text.h"
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

namespace maillage::io::importparts {

#define K(s) QStringLiteral(s)

bool Planner::plan(const SourceGraph &graph, QString *error)
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

QList<RowOp> Planner::takeOps()
{
    if (m_bulk)
        for (RowOp &op : m_ops) {
            resolveRow(op.before);
            resolveRow(op.after);
        }
    return std::move(m_ops);
}

Planner::Columns &Planner::columnsOf(const QString &table)
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

qint64 Planner::flushRow(const QString &table, Columns &cols)
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

qint64 Planner::insert(const QString &table, Row values)
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

void Planner::loadExisting()
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

qint64 Planner::categoryFor(const NodeRecord &n)
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

qint64 Planner::categoryForSlow(const QString &name, const QColor &color)
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

void Planner::countDrawing(const NodeRecord &n, qint64 category)
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

qint64 Planner::tagFor(const QString &name)
{
    const QString k = foldKey(name);
    if (const auto it = m_tags.constFind(k); it != m_tags.cend())
        return it.value();
    const qint64 id = insert(K("tag"), {{K("name"), name}});
    m_tags.insert(k, id);
    ++m_report.tagsCreated;
    return id;
}

template <class Record>
void Planner::planFields(const QString &subject, const QList<DeclaredField> &declared,
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

QStringList Planner::unfitLines(const QString &subject,
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

void Planner::planValues(const QString &subject, qint64 owner,
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

QString Planner::withExtras(const QString &description, const QStringList &extras)
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

void Planner::addTags(qint64 actor, const QStringList &tags)
{
    for (const QString &t : tags) {
        const qint64 tag = tagFor(t);
        if (m_actorTags.contains(qMakePair(actor, tag)))
            continue;
        m_actorTags.insert(qMakePair(actor, tag));
        m_ops << m_doc.insertOp(K("actor_tag"), {{K("actor_id"), actor}, {K("tag_id"), tag}});
    }
}

void Planner::mergeActor(qint64 id, const NodeRecord &n, qint64 category, const Row &extra)
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

qint64 Planner::createActor(const NodeRecord &n, const QString &name, qint64 category)
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

void Planner::mergeRecord(NodeRecord &first, const NodeRecord &n)
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

bool Planner::planNodes(const SourceGraph &graph, QString *error)
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

std::optional<quint32> Planner::canonicalNumber(const QString &key)
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

void Planner::insertKey(const QString &key, qint64 id)
{
    if (const auto n = canonicalNumber(key); n && *n < m_numericKeyLimit) {
        if (qsizetype(*n) >= qsizetype(m_numericKeys.size()))
            m_numericKeys.resize(std::max<size_t>(*n + 1, m_numericKeys.size() * 2), 0);
        m_numericKeys[*n] = id;
        return;
    }
    m_keys.insert(key, id);
}

qint64 Planner::endpoint(const QString &keyOrName, const QString &fallbackName)
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

} // namespace maillage::io::importparts

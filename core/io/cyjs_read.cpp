// Cytoscape JSON reader: the `.cyjs` files Cytoscape desktop exports ("generated_by":
// "cytoscape-3.x"), NetworkX's cytoscape_data() and Cytoscape.js's cy.json(). Elements are
// either {"nodes": [...], "edges": [...]} or one array of {"group": "nodes"|"edges", ...}.
#include "core/io/import_model.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace maillage::io::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

/// Cytoscape's own bookkeeping in an element's data: never a field of the territory.
bool bookkeeping(const QString &key)
{
    return key.startsWith(QLatin1String("__")) || key == QLatin1String("SUID") ||
           key == QLatin1String("shared_name") || key == QLatin1String("selected") ||
           key == QLatin1String("shared_interaction");
}

/// An id, source or target: a string, or a number NetworkX wrote as is (0, 1…).
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return QString();
}

/// The type a JSON value shows, to type the custom field of its key.
enum class Shape { None, Integer, Number, YesNo, Text };

Shape shapeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return Shape::YesNo;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::trunc(d) && std::abs(d) < 9007199254740992.0 ? Shape::Integer
                                                                      : Shape::Number;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Shape::None;
    case QJsonValue::String:
        return v.toString().trimmed().isEmpty() ? Shape::None : Shape::Text;
    default:
        return Shape::Text;
    }
}

Shape merge(Shape a, Shape b)
{
    if (a == Shape::None)
        return b;
    if (b == Shape::None || a == b)
        return a;
    if ((a == Shape::Integer && b == Shape::Number) || (a == Shape::Number && b == Shape::Integer))
        return Shape::Number;
    return Shape::Text;
}

/// A value as the text the import maps (yes/no as true/false); lists joined with ", ".
QString valueText(const QJsonValue &v, bool *list)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? K("true") : K("false");
    case QJsonValue::Double:
        return scalarText(v);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        *list = true;
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            bool inner = false;
            const QString t = valueText(item, &inner);
            if (!t.isEmpty())
                items << t;
        }
        return items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

struct Element
{
    QJsonObject data;
    QJsonValue position;
    int number = 0;    ///< 1-based, among the elements of its group
    qint64 line = 0;   ///< where its object starts in the file
};

/// The line where each element's object starts: QJsonDocument keeps no positions, so the
/// bytes (already parsed, so well formed) are walked once more, following strings, keys and
/// nesting. `nodes`, `edges`: of {"elements": {"nodes": [...], "edges": [...]}}; `flat`: of
/// {"elements": [...]}.
struct ElementLines
{
    QList<qint64> nodes, edges, flat;
};

ElementLines elementLines(const QByteArray &bytes)
{
    struct Frame
    {
        bool array = false;
        QByteArray name;  ///< the key it is the value of, in its parent object
        QByteArray key;   ///< (objects) the key whose value comes next
    };
    ElementLines out;
    QList<Frame> stack;
    qint64 line = 1;
    QByteArray lastString;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < n && bytes.at(i) != '"'; ++i)
                if (bytes.at(i) == '\\')
                    ++i;
                else if (bytes.at(i) == '\n')
                    ++line;
            lastString = bytes.mid(start, i - start);
        } else if (c == ':') {
            if (!stack.isEmpty())
                stack.last().key = lastString;
        } else if (c == '{' || c == '[') {
            const qsizetype depth = stack.size();
            if (c == '{' && depth == 3 && stack.at(1).name == "elements" && !stack.at(1).array &&
                stack.at(2).array) {
                if (stack.at(2).name == "nodes")
                    out.nodes << line;
                else if (stack.at(2).name == "edges")
                    out.edges << line;
            } else if (c == '{' && depth == 2 && stack.at(1).name == "elements" &&
                       stack.at(1).array) {
                out.flat << line;
            }
            Frame f;
            f.array = c == '[';
            if (!stack.isEmpty() && !stack.last().array)
                f.name = stack.last().key;
            stack << f;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        }
    }
    return out;
}

struct Fields
{
    QStringList order;
    QHash<QString, Shape> shapes;
    void see(const QString &key, const QJsonValue &v)
    {
        if (!shapes.contains(key))
            order << key;
        shapes[key] = merge(shapes.value(key, Shape::None), shapeOf(v));
    }
};

std::optional<FieldType> fieldType(Shape s)
{
    switch (s) {
    case Shape::Integer:
        return FieldType::Integer;
    case Shape::Number:
        return FieldType::Number;
    case Shape::YesNo:
        return FieldType::YesNo;
    case Shape::Text:
        return FieldType::Text;
    case Shape::None:
        break;
    }
    return std::nullopt;
}

void declareField(QList<DeclaredField> &list, DeclaredField field)
{
    for (const DeclaredField &d : list)
        if (d.name == field.name)
            return;
    list << std::move(field);
}

/// The elements of a parsed file, by group; false when it holds none the Cytoscape way.
bool splitElements(const QJsonObject &root, const ElementLines &lines, QList<Element> *nodes,
                   QList<Element> *edges, QString *problem, qint64 *problemLine)
{
    const QJsonValue elements = root.value(QLatin1String("elements"));
    qint64 line = 0;
    auto take = [&](const QJsonValue &v, bool edge, int number) {
        *problemLine = line;
        if (!v.isObject()) {
            *problem = (edge ? Tr::tr("edge %1: not a JSON object") : Tr::tr("node %1: not a JSON object"))
                           .arg(number);
            return false;
        }
        const QJsonObject o = v.toObject();
        const QJsonValue data = o.value(QLatin1String("data"));
        if (!data.isObject()) {
            *problem = (edge ? Tr::tr("edge %1: it has no “data” object")
                             : Tr::tr("node %1: it has no “data” object"))
                           .arg(number);
            return false;
        }
        (edge ? edges : nodes)->append(Element{data.toObject(), o.value(QLatin1String("position")),
                                               number, line});
        return true;
    };
    if (elements.isObject()) {
        const QJsonObject e = elements.toObject();
        for (const bool edge : {false, true}) {
            const QJsonValue list = e.value(edge ? QLatin1String("edges") : QLatin1String("nodes"));
            if (list.isUndefined() || list.isNull())
                continue;
            if (!list.isArray()) {
                *problemLine = 0;
                *problem = edge ? Tr::tr("“elements” → “edges” is not a list")
                                : Tr::tr("“elements” → “nodes” is not a list");
                return false;
            }
            const QList<qint64> &at = edge ? lines.edges : lines.nodes;
            int number = 0;
            for (const QJsonValue &v : list.toArray()) {
                line = number < at.size() ? at.at(number) : 0;
                if (!take(v, edge, ++number))
                    return false;
            }
        }
        return true;
    }
    if (elements.isArray()) {
        int nodeNumber = 0, edgeNumber = 0, number = 0;
        for (const QJsonValue &v : elements.toArray()) {
            line = number < lines.flat.size() ? lines.flat.at(number) : 0;
            *problemLine = line;
            ++number;
            const QJsonObject o = v.toObject();
            const QString group = o.value(QLatin1String("group")).toString();
            bool edge = false;
            if (group == QLatin1String("edges")) {
                edge = true;
            } else if (group.isEmpty()) {
                // Cytoscape.js: an element with a source and a target is an edge.
                const QJsonObject data = o.value(QLatin1String("data")).toObject();
                edge = data.contains(QLatin1String("source")) &&
                       data.contains(QLatin1String("target"));
            } else if (group != QLatin1String("nodes")) {
                *problem = Tr::tr("element %1: the group “%2” is neither “nodes” nor “edges”")
                               .arg(number)
                               .arg(group);
                return false;
            }
            if (!take(v, edge, edge ? ++edgeNumber : ++nodeNumber))
                return false;
        }
        return true;
    }
    *problem = Tr::tr("not Cytoscape JSON: it has no “elements” holding nodes and edges");
    return false;
}

/// Whether an edge's name is the one Cytoscape makes of its ends: "A (interaction) B".
bool generatedEdgeName(const QString &name, const QString &source, const QString &interaction,
                       const QString &target)
{
    return name == QStringLiteral("%1 (%2) %3").arg(source, interaction, target);
}

} // namespace

bool isCytoscapeJson(const QJsonObject &root)
{
    const QJsonValue elements = root.value(QLatin1String("elements"));
    if (elements.isObject()) {
        const QJsonObject e = elements.toObject();
        return e.value(QLatin1String("nodes")).isArray() ||
               e.value(QLatin1String("edges")).isArray();
    }
    if (!elements.isArray() || elements.toArray().isEmpty())
        return false;
    // Kumu's blueprint also has an "elements" list, of objects with a label and no data.
    const QJsonObject first = elements.toArray().first().toObject();
    const QString group = first.value(QLatin1String("group")).toString();
    return group == QLatin1String("nodes") || group == QLatin1String("edges") ||
           first.value(QLatin1String("data")).isObject();
}

bool readCytoscapeJson(const QString &path, SourceGraph &graph, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CsvReader::located(path, 0, Tr::tr("cannot be read (%1)").arg(file.errorString()));
        return false;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        *error = CsvReader::located(path, 0, Tr::tr("is empty"));
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(pe.offset).count('\n') + 1;
        *error = CsvReader::located(path, line, Tr::tr("malformed JSON: %1").arg(pe.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = CsvReader::located(
            path, 0, Tr::tr("not Cytoscape JSON: it has no “elements” holding nodes and edges"));
        return false;
    }
    const QJsonObject root = doc.object();
    QList<Element> nodes, edges;
    QString problem;
    qint64 problemLine = 0;
    if (!splitElements(root, elementLines(bytes), &nodes, &edges, &problem, &problemLine)) {
        *error = CsvReader::located(path, problemLine, problem);
        return false;
    }
    qint64 line = 0;  // of the element being read
    auto fail = [&](const QString &what) {
        *error = CsvReader::located(path, line, what);
        return false;
    };

    // Cytoscape's edges are directed; NetworkX says "directed": false for an undirected graph
    // (beside "elements", or in the graph's data).
    bool directed = true;
    if (const QJsonValue d = root.value(QLatin1String("directed")); d.isBool())
        directed = d.toBool();
    else if (const QJsonValue d2 = root.value(QLatin1String("data")).toObject().value(
                 QLatin1String("directed"));
             d2.isBool())
        directed = d2.toBool();

    // The type of each custom field, from all its values.
    Fields nodeFields, edgeFields;
    auto keepNodeKey = [](const QString &key) {
        return !bookkeeping(key) && key != QLatin1String("id") && key != QLatin1String("name");
    };
    auto keepEdgeKey = [](const QString &key) {
        return !bookkeeping(key) && key != QLatin1String("id") &&
               key != QLatin1String("source") && key != QLatin1String("target") &&
               key != QLatin1String("interaction") && key != QLatin1String("name");
    };
    // NetworkX's "value": the node itself, as its id says it.
    auto networkxValue = [](const Element &e, const QString &key, const QJsonValue &v) {
        return key == QLatin1String("value") &&
               scalarText(v) == scalarText(e.data.value(QLatin1String("id")));
    };
    for (const Element &e : std::as_const(nodes))
        for (auto it = e.data.begin(); it != e.data.end(); ++it)
            if (keepNodeKey(it.key()) && !networkxValue(e, it.key(), it.value()) &&
                nodeFieldFor(Dialect::Cytoscape, columnKey(it.key())) == ImportField::Keep)
                nodeFields.see(it.key(), it.value());
    for (const Element &e : std::as_const(edges))
        for (auto it = e.data.begin(); it != e.data.end(); ++it)
            if (keepEdgeKey(it.key()) &&
                edgeFieldFor(Dialect::Cytoscape, columnKey(it.key())) == ImportField::Keep)
                edgeFields.see(it.key(), it.value());

    QHash<QString, int> nodeNumbers;  // id → its node's number
    QHash<QString, QString> names;    // id → name, for Cytoscape's edge names
    QSet<QString> listKeys;
    int lists = 0;
    graph.nodes.reserve(graph.nodes.size() + nodes.size());
    for (const Element &e : std::as_const(nodes)) {
        NodeRecord n;
        n.file = path;
        n.line = line = e.line;
        n.key = scalarText(e.data.value(QLatin1String("id")));
        if (n.key.trimmed().isEmpty())
            return fail(Tr::tr("node %1: it has no id").arg(e.number));
        if (const int first = nodeNumbers.value(n.key); first > 0)
            return fail(Tr::tr("node %1: the id “%2” is already node %3's; nothing was imported")
                            .arg(e.number)
                            .arg(n.key)
                            .arg(first));
        nodeNumbers.insert(n.key, e.number);
        n.importKey = n.key;
        // The name; Cytoscape.js files often say "label" instead.
        QString name = e.data.value(QLatin1String("name")).toString().trimmed();
        const bool labelIsName =
            name.isEmpty() && !e.data.value(QLatin1String("label")).toString().trimmed().isEmpty();
        if (labelIsName)
            name = e.data.value(QLatin1String("label")).toString().trimmed();
        if (name.isEmpty())
            name = e.data.value(QLatin1String("shared_name")).toString().trimmed();
        if (name.isEmpty())
            name = n.key;
        n.fields.insert(K("name"), name);
        names.insert(n.key, name);
        for (auto it = e.data.begin(); it != e.data.end(); ++it) {
            const QString &key = it.key();
            if (!keepNodeKey(key))
                continue;
            if (networkxValue(e, key, it.value()))
                continue;
            bool list = false;
            const QString text = valueText(it.value(), &list);
            if (list && !text.isEmpty()) {
                ++lists;
                listKeys.insert(key);
            }
            if (nodeFieldFor(Dialect::Cytoscape, columnKey(key)) == ImportField::Name) {
                // A label beside the name is a value of its own.
                if (!labelIsName && !text.trimmed().isEmpty())
                    n.custom.emplaceBack(key.trimmed(), text.trimmed());
                continue;
            }
            if (!mapNodeValue(Dialect::Cytoscape, key, text, n, &problem))
                return fail(Tr::tr("node %1: %2").arg(e.number).arg(problem));
        }
        if (!e.position.isUndefined() && !e.position.isNull()) {
            const QJsonObject p = e.position.toObject();
            const QJsonValue x = p.value(QLatin1String("x")), y = p.value(QLatin1String("y"));
            if (!x.isDouble() || !y.isDouble())
                return fail(Tr::tr("node %1: its position is not two numbers x and y")
                                .arg(e.number));
            // Cytoscape's y axis points down, as Maillage's map's: kept as it is.
            n.fields.insert(importFieldKey(ImportField::X), x.toDouble());
            n.fields.insert(importFieldKey(ImportField::Y), y.toDouble());
        }
        graph.nodes << n;
    }

    QHash<QString, int> edgeNumbers;
    graph.edges.reserve(graph.edges.size() + edges.size());
    for (const Element &el : std::as_const(edges)) {
        EdgeRecord e;
        e.file = path;
        e.line = line = el.line;
        e.fromGraph = true;
        for (const bool source : {true, false}) {
            const QString end = scalarText(el.data.value(source ? QLatin1String("source")
                                                                : QLatin1String("target")));
            if (end.isEmpty())
                return fail((source ? Tr::tr("edge %1: it has no source")
                                    : Tr::tr("edge %1: it has no target"))
                                .arg(el.number));
            if (!nodeNumbers.contains(end))
                return fail((source ? Tr::tr("edge %1: unknown source “%2”")
                                    : Tr::tr("edge %1: unknown target “%2”"))
                                .arg(el.number)
                                .arg(end));
            (source ? e.source : e.target) = end;
        }
        e.importKey = scalarText(el.data.value(QLatin1String("id")));
        if (!e.importKey.isEmpty()) {
            if (const int first = edgeNumbers.value(e.importKey); first > 0)
                return fail(
                    Tr::tr("edge %1: the id “%2” is already edge %3's; nothing was imported")
                        .arg(el.number)
                        .arg(e.importKey)
                        .arg(first));
            edgeNumbers.insert(e.importKey, el.number);
        }
        e.directed = directed;
        const QString interaction =
            el.data.value(QLatin1String("interaction")).toString().trimmed();
        if (!interaction.isEmpty())
            e.type = interaction;
        // Cytoscape names an edge after its ends ("A (interacts with) B"): only another name
        // is the edge's own label.
        const QString name = el.data.value(QLatin1String("name")).toString().trimmed();
        if (!name.isEmpty() && !generatedEdgeName(name, names.value(e.source), interaction,
                                                  names.value(e.target)))
            e.fields.insert(K("__label"), name);
        for (auto it = el.data.begin(); it != el.data.end(); ++it) {
            const QString &key = it.key();
            if (!keepEdgeKey(key))
                continue;
            bool list = false;
            const QString text = valueText(it.value(), &list);
            if (list && !text.isEmpty()) {
                ++lists;
                listKeys.insert(key);
            }
            // A weight that is not a number is kept as a field of its own.
            if (columnKey(key) == QLatin1String("weight") && !it.value().isDouble()) {
                if (!text.trimmed().isEmpty())
                    e.custom.emplaceBack(key, text.trimmed());
                continue;
            }
            if (!mapEdgeValue(Dialect::Cytoscape, key, text, e, graph, &problem))
                return fail(Tr::tr("edge %1: %2").arg(el.number).arg(problem));
        }
        graph.edges << e;
    }

    for (const QString &key : std::as_const(nodeFields.order))
        if (const auto t = fieldType(nodeFields.shapes.value(key)))
            declareField(graph.nodeFields, DeclaredField{key.trimmed(), t, {}});
    for (const QString &key : std::as_const(edgeFields.order))
        if (const auto t = fieldType(edgeFields.shapes.value(key)))
            declareField(graph.edgeFields, DeclaredField{key.trimmed(), t, {}});
    if (lists > 0) {
        QStringList keys(listKeys.cbegin(), listKeys.cend());
        keys.sort(Qt::CaseInsensitive);
        graph.warnings << Tr::tr("%1: %Ln list value(s) (%2) kept as text, their items joined "
                                 "with “, ”.",
                                 nullptr, lists)
                              .arg(QFileInfo(path).fileName(), keys.join(QLatin1String(", ")));
    }
    placeGraphNodes(graph, true);
    return true;
}

} // namespace maillage::io::detail

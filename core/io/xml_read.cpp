// GraphML and GEXF readers. QXmlStreamReader never fetches anything; on top of that any
// DTD (and so any entity declaration) is refused, so "billion laughs" and external entity
// files cannot do harm.
#include "core/io/import_model.h"

#include "core/analysis/layout.h"

#include <QDir>
#include <QFile>
#include <QPointF>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace maillage::io::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Import)
};

#define K(s) QStringLiteral(s)

class SafeXml
{
public:
    SafeXml(const QString &path) : m_path(path) {}

    bool open(QString *error)
    {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = CsvReader::located(m_path, 0, Tr::tr("cannot be read (%1)")
                                                        .arg(m_file.errorString()));
            return false;
        }
        if (m_file.size() == 0) {
            *error = CsvReader::located(m_path, 0, Tr::tr("is empty"));
            return false;
        }
        m_xml.setDevice(&m_file);
        return true;
    }

    /// Next start or end element; false at the end or on an error (then `error` is set).
    bool next(QString *error)
    {
        while (!m_xml.atEnd()) {
            const auto t = m_xml.readNext();
            if (t == QXmlStreamReader::DTD) {
                *error = CsvReader::located(
                    m_path, m_xml.lineNumber(),
                    m_xml.entityDeclarations().isEmpty()
                        ? Tr::tr("a document type declaration (DOCTYPE) is not accepted")
                        : Tr::tr("entity declarations are not accepted (a DOCTYPE declaring "
                                 "%Ln entity(ies))",
                                 nullptr, int(m_xml.entityDeclarations().size())));
                return false;
            }
            if (t == QXmlStreamReader::EntityReference) {
                *error = CsvReader::located(m_path, m_xml.lineNumber(),
                                            Tr::tr("entity references are not accepted"));
                return false;
            }
            if (t == QXmlStreamReader::StartElement || t == QXmlStreamReader::EndElement)
                return true;
        }
        if (m_xml.hasError()) {
            *error = CsvReader::located(m_path, m_xml.lineNumber(),
                                        Tr::tr("malformed XML: %1").arg(m_xml.errorString()));
            return false;
        }
        return false;
    }

    bool fail(const QString &what, QString *error)
    {
        *error = CsvReader::located(m_path, m_xml.lineNumber(), what);
        return false;
    }

    /// The text of the current element (children's text included); false on error.
    bool text(QString *out, QString *error)
    {
        // readElementText() would resolve nothing dangerous (no DTD got through), but it
        // must still stop on malformed input with a line number.
        QString s;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto t = m_xml.readNext();
            if (t == QXmlStreamReader::StartElement)
                ++depth;
            else if (t == QXmlStreamReader::EndElement)
                --depth;
            else if (t == QXmlStreamReader::Characters)
                s += m_xml.text();
            else if (t == QXmlStreamReader::EntityReference || t == QXmlStreamReader::DTD)
                return fail(Tr::tr("entity references are not accepted"), error);
        }
        if (m_xml.hasError())
            return fail(Tr::tr("malformed XML: %1").arg(m_xml.errorString()), error);
        *out = s;
        return true;
    }

    QXmlStreamReader &xml() { return m_xml; }
    bool isStart(const char *name) const
    {
        return m_xml.isStartElement() && m_xml.name() == QLatin1String(name);
    }
    bool isEnd(const char *name) const
    {
        return m_xml.isEndElement() && m_xml.name() == QLatin1String(name);
    }
    QString attr(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    bool hasAttr(const char *name) const
    {
        return m_xml.attributes().hasAttribute(QLatin1String(name));
    }
    qint64 line() const { return m_xml.lineNumber(); }

private:
    QString m_path;
    QFile m_file;
    QXmlStreamReader m_xml;
};

/// Refuses a second node (or edge) with the same id: the file's ids are the actors' and
/// links' identity, and merging the two would silently lose the first one's values.
bool uniqueId(SafeXml &x, QHash<QString, qint64> &lines, const QString &id, bool edge,
              QString *error)
{
    const auto it = lines.constFind(id);
    if (it == lines.cend()) {
        lines.insert(id, x.line());
        return true;
    }
    return x.fail(edge ? Tr::tr("the edge id “%1” is used twice (first on line %2); nothing "
                                "was imported")
                             .arg(id)
                             .arg(it.value())
                       : Tr::tr("the node id “%1” is used twice (first on line %2); nothing "
                                "was imported")
                             .arg(id)
                             .arg(it.value()),
                  error);
}

/// The custom field type of a GraphML key's attr.type or a GEXF attribute's type;
/// `maillage` is the type Maillage wrote beside it (GraphML has no dates nor URLs).
std::optional<FieldType> declaredType(const QString &type, const QString &maillage = QString())
{
    if (const auto t = fields::typeFromCode(maillage))
        return t;
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("int") || t == QLatin1String("integer") || t == QLatin1String("long") ||
        t == QLatin1String("short") || t == QLatin1String("byte"))
        return FieldType::Integer;
    if (t == QLatin1String("float") || t == QLatin1String("double") ||
        t == QLatin1String("bigdecimal"))
        return FieldType::Number;
    if (t == QLatin1String("boolean"))
        return FieldType::YesNo;
    if (t == QLatin1String("date"))
        return FieldType::Date;
    if (t == QLatin1String("anyuri"))
        return FieldType::Url;
    if (t.isEmpty())
        return std::nullopt;
    return FieldType::Text;  // string, liststring, char…: text
}

/// Declares `field` once in `list` (a key for "all" is declared for nodes and for edges).
void declare(QList<DeclaredField> &list, DeclaredField field)
{
    for (const DeclaredField &d : list)
        if (d.name == field.name)
            return;
    list << std::move(field);
}

struct Key
{
    QString forWhat;
    QString name;
    QString defaultValue;
    QString type, maillageType;  ///< attr.type, and the type Maillage wrote (maillage.type)
    bool nodeGraphics = false;  ///< yEd's node drawing (yfiles.type="nodegraphics")
    bool edgeGraphics = false;  ///< yEd's edge drawing (yfiles.type="edgegraphics")
};

/// Gephi's y axis points up, Maillage's map's down: a y from Gephi (GEXF viz:position,
/// GraphML y key) is mirrored once read.
void mirrorY(NodeRecord &n)
{
    const QString y = importFieldKey(ImportField::Y);
    if (const QVariant v = n.fields.value(y); v.isValid()) {
        const double d = v.toDouble();
        n.fields.insert(y, d == 0 ? 0.0 : -d);
    }
}

/// One value of a node from a GraphML key or a GEXF attribute.
bool mapGraphNodeValue(Dialect dialect, const QString &name, const QString &value,
                       NodeRecord &n, QString *problem)
{
    const QString col = columnKey(name);
    if (col == QLatin1String("size")) {
        // Gephi's node size: Maillage sizes actors by a measure (said in the report).
        n.sized = n.sized || !value.trimmed().isEmpty();
        return true;
    }
    if (!mapNodeValue(dialect, name, value, n, problem))
        return false;
    if (col == QLatin1String("y"))
        mirrorY(n);
    return true;
}

/// yEd's drawing of a node (inside its nodegraphics <data>): the first shape's geometry (its
/// centre is the actor's position; yEd's y axis points down, as Maillage's), fill colour
/// and label.
bool readYedNode(SafeXml &x, NodeRecord &n, QString *label, QString *error)
{
    bool placed = false, filled = false;
    while (x.next(error) && !x.isEnd("data")) {
        if (!x.xml().isStartElement())
            continue;
        if (!placed && x.isStart("Geometry")) {
            bool okX = false, okY = false;
            const double gx = x.attr("x").toDouble(&okX), gy = x.attr("y").toDouble(&okY);
            const double w = x.attr("width").toDouble(), h = x.attr("height").toDouble();
            if (okX && okY && std::isfinite(gx) && std::isfinite(gy)) {
                n.fields.insert(importFieldKey(ImportField::X),
                                gx + (std::isfinite(w) ? w / 2 : 0.0));
                n.fields.insert(importFieldKey(ImportField::Y),
                                gy + (std::isfinite(h) ? h / 2 : 0.0));
                placed = true;
            }
        } else if (!filled && x.isStart("Fill")) {
            const QColor c(x.attr("color"));
            if (c.isValid() && x.attr("transparent") != QLatin1String("true")) {
                n.color = c;
                filled = true;
            }
        } else if (x.isStart("NodeLabel")) {
            QString text;
            if (!x.text(&text, error))
                return false;
            if (label->isEmpty())
                *label = text.simplified();
        }
    }
    return error->isEmpty();
}

/// yEd's drawing of an edge: its label (the link's description) and its arrows (none at
/// either end: an undirected link).
bool readYedEdge(SafeXml &x, EdgeRecord &e, QString *error)
{
    QString label;
    while (x.next(error) && !x.isEnd("data")) {
        if (!x.xml().isStartElement())
            continue;
        if (x.isStart("Arrows")) {
            const bool none = x.attr("source") == QLatin1String("none") &&
                              x.attr("target") == QLatin1String("none");
            if (none)
                e.directed = false;
        } else if (x.isStart("EdgeLabel")) {
            QString text;
            if (!x.text(&text, error))
                return false;
            if (label.isEmpty())
                label = text.simplified();
        }
    }
    if (!error->isEmpty())
        return false;
    if (!label.isEmpty() && !e.fields.contains(QStringLiteral("__label")))
        e.fields.insert(QStringLiteral("__label"), label);
    return true;
}

} // namespace

bool readGraphml(const QString &path, SourceGraph &graph, QString *error)
{
    SafeXml x(path);
    if (!x.open(error))
        return false;
    QHash<QString, Key> keys;
    QHash<QString, qint64> nodeLines, edgeLines;  // id → line of its first use
    bool directedDefault = false, sawRoot = false, byMaillage = false;
    while (x.next(error)) {
        if (!sawRoot && x.xml().isStartElement()) {
            if (x.xml().name() != QLatin1String("graphml"))
                return x.fail(Tr::tr("not a GraphML file (the root element is <%1>)")
                                  .arg(x.xml().name().toString()),
                              error);
            sawRoot = true;
            continue;
        }
        if (x.isStart("key")) {
            Key k;
            k.forWhat = x.attr("for");
            k.name = x.hasAttr("attr.name") ? x.attr("attr.name") : x.attr("id");
            k.nodeGraphics = x.attr("yfiles.type") == QLatin1String("nodegraphics");
            k.edgeGraphics = x.attr("yfiles.type") == QLatin1String("edgegraphics");
            k.type = x.attr("attr.type");
            k.maillageType = x.attr("maillage.type");
            const QStringList choices =
                x.attr("maillage.choices").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QString id = x.attr("id");
            while (x.next(error) && !x.isEnd("key")) {
                if (x.isStart("default") && !x.text(&k.defaultValue, error))
                    return false;
            }
            if (!error->isEmpty())
                return false;
            keys.insert(id, k);
            if (!k.nodeGraphics && !k.edgeGraphics && !k.name.trimmed().isEmpty()) {
                const QString col = columnKey(k.name);
                const DeclaredField field{k.name.trimmed(), declaredType(k.type, k.maillageType),
                                          choices};
                const bool all = k.forWhat == QLatin1String("all");
                if ((all || k.forWhat == QLatin1String("node")) &&
                    col != QLatin1String("size") &&
                    nodeFieldFor(Dialect::GraphML, col) == ImportField::Keep)
                    declare(graph.nodeFields, field);
                if ((all || k.forWhat == QLatin1String("edge")) &&
                    edgeFieldFor(Dialect::GraphML, col) == ImportField::Keep)
                    declare(graph.edgeFields, field);
            }
        } else if (x.isStart("graph")) {
            directedDefault = x.attr("edgedefault") == QLatin1String("directed");
        } else if (x.isStart("data")) {
            // The graph's own data: Maillage says it wrote the file.
            const auto k = keys.constFind(x.attr("key"));
            QString value;
            if (!x.text(&value, error))
                return false;
            if (k != keys.cend() && k->name == QLatin1String("creator") &&
                value.trimmed() == QLatin1String("Maillage"))
                byMaillage = true;
        } else if (x.isStart("node")) {
            NodeRecord n;
            n.file = path;
            n.line = x.line();
            n.key = x.attr("id");
            if (n.key.isEmpty())
                return x.fail(Tr::tr("a <node> has no id"), error);
            if (!uniqueId(x, nodeLines, n.key, false, error))
                return false;
            n.importKey = n.key;
            QSet<QString> given;
            QString graphicsLabel;
            while (x.next(error) && !x.isEnd("node")) {
                if (!x.isStart("data"))
                    continue;
                const QString keyId = x.attr("key");
                const qint64 line = x.line();
                const auto k = keys.find(keyId);
                if (k == keys.end())
                    return x.fail(Tr::tr("<data> refers to the undeclared key “%1”").arg(keyId),
                                  error);
                given.insert(keyId);
                if (k->nodeGraphics) {
                    if (!readYedNode(x, n, &graphicsLabel, error))
                        return false;
                    continue;
                }
                QString value;
                if (!x.text(&value, error))
                    return false;
                QString problem;
                if (!mapGraphNodeValue(Dialect::GraphML, k->name, value, n, &problem)) {
                    *error = CsvReader::located(path, line, problem);
                    return false;
                }
            }
            if (!error->isEmpty())
                return false;
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                if (given.contains(it.key()) || it->defaultValue.isEmpty() ||
                    (it->forWhat != QLatin1String("node") && it->forWhat != QLatin1String("all")))
                    continue;
                QString problem;
                if (!mapGraphNodeValue(Dialect::GraphML, it->name, it->defaultValue, n, &problem))
                    return x.fail(problem, error);
            }
            if (!n.fields.contains(K("name")))
                n.fields.insert(K("name"), graphicsLabel.isEmpty() ? n.key : graphicsLabel);
            graph.nodes << n;
        } else if (x.isStart("edge")) {
            EdgeRecord e;
            e.file = path;
            e.line = x.line();
            e.source = x.attr("source");
            e.target = x.attr("target");
            if (e.source.isEmpty() || e.target.isEmpty())
                return x.fail(Tr::tr("an <edge> needs a source and a target"), error);
            e.directed = x.hasAttr("directed") ? x.attr("directed") == QLatin1String("true")
                                               : directedDefault;
            e.fromGraph = true;
            e.importKey = x.attr("id");
            if (!e.importKey.isEmpty() && !uniqueId(x, edgeLines, e.importKey, true, error))
                return false;
            QSet<QString> given;
            while (x.next(error) && !x.isEnd("edge")) {
                if (!x.isStart("data"))
                    continue;
                const QString keyId = x.attr("key");
                const qint64 line = x.line();
                const auto k = keys.find(keyId);
                if (k == keys.end())
                    return x.fail(Tr::tr("<data> refers to the undeclared key “%1”").arg(keyId),
                                  error);
                given.insert(keyId);
                if (k->edgeGraphics || k->nodeGraphics) {
                    if (!readYedEdge(x, e, error))
                        return false;
                    continue;
                }
                QString value;
                if (!x.text(&value, error))
                    return false;
                QString problem;
                if (!mapEdgeValue(Dialect::GraphML, k->name, value, e, graph, &problem)) {
                    *error = CsvReader::located(path, line, problem);
                    return false;
                }
            }
            if (!error->isEmpty())
                return false;
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                if (given.contains(it.key()) || it->defaultValue.isEmpty() ||
                    (it->forWhat != QLatin1String("edge") && it->forWhat != QLatin1String("all")))
                    continue;
                QString problem;
                if (!mapEdgeValue(Dialect::GraphML, it->name, it->defaultValue, e, graph,
                                  &problem))
                    return x.fail(problem, error);
            }
            graph.edges << e;
        } else if (x.isStart("hyperedge")) {
            return x.fail(Tr::tr("hyperedges are not supported"), error);
        }
    }
    if (!error->isEmpty())
        return false;
    if (!sawRoot)
        return x.fail(Tr::tr("holds no XML element"), error);
    placeGraphNodes(graph, !byMaillage);
    return true;
}

bool readGexf(const QString &path, SourceGraph &graph, QString *error)
{
    SafeXml x(path);
    if (!x.open(error))
        return false;
    struct Attr
    {
        QString title;
        QString defaultValue;
        QString type;
        QString options;
    };
    QHash<QString, Attr> nodeAttrs, edgeAttrs;
    QHash<QString, qint64> nodeLines, edgeLines;  // id → line of its first use
    bool directedDefault = false, sawRoot = false, byMaillage = false;
    QString attrClass;
    while (x.next(error)) {
        if (!sawRoot && x.xml().isStartElement()) {
            if (x.xml().name() != QLatin1String("gexf"))
                return x.fail(Tr::tr("not a GEXF file (the root element is <%1>)")
                                  .arg(x.xml().name().toString()),
                              error);
            sawRoot = true;
            continue;
        }
        if (x.isStart("creator")) {
            QString creator;
            if (!x.text(&creator, error))
                return false;
            byMaillage = creator.trimmed() == QLatin1String("Maillage");
        } else if (x.isStart("graph")) {
            directedDefault = x.attr("defaultedgetype") != QLatin1String("undirected") &&
                              x.attr("defaultedgetype") != QLatin1String("mutual");
            if (!x.hasAttr("defaultedgetype"))
                directedDefault = false;  // GEXF's default is undirected
        } else if (x.isStart("attributes")) {
            attrClass = x.attr("class");
        } else if (x.isStart("attribute")) {
            Attr a;
            const QString id = x.attr("id");
            a.title = x.hasAttr("title") ? x.attr("title") : id;
            a.type = x.attr("type");
            while (x.next(error) && !x.isEnd("attribute")) {
                if (x.isStart("default") && !x.text(&a.defaultValue, error))
                    return false;
                if (x.isStart("options") && !x.text(&a.options, error))
                    return false;
            }
            if (!error->isEmpty())
                return false;
            const bool edges = attrClass == QLatin1String("edge");
            (edges ? edgeAttrs : nodeAttrs).insert(id, a);
            const QString col = columnKey(a.title);
            if (!a.title.trimmed().isEmpty() &&
                (edges ? edgeFieldFor(Dialect::Gexf, col)
                       : nodeFieldFor(Dialect::Gexf, col)) == ImportField::Keep) {
                DeclaredField field{a.title.trimmed(), declaredType(a.type), {}};
                // A string attribute with options is a choice list.
                const QString options = a.options.trimmed();
                if (field.type == FieldType::Text && !options.isEmpty() &&
                    a.type.trimmed().toLower() == QLatin1String("string")) {
                    field.type = FieldType::Choice;
                    QString list = options;
                    if (list.startsWith(QLatin1Char('[')) && list.endsWith(QLatin1Char(']')))
                        list = list.mid(1, list.size() - 2);
                    for (const QString &c : list.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                        if (!c.trimmed().isEmpty())
                            field.choices << c.trimmed();
                }
                declare(edges ? graph.edgeFields : graph.nodeFields, field);
            }
        } else if (x.isStart("node")) {
            NodeRecord n;
            n.file = path;
            n.line = x.line();
            n.key = x.attr("id");
            if (n.key.isEmpty())
                return x.fail(Tr::tr("a <node> has no id"), error);
            if (!uniqueId(x, nodeLines, n.key, false, error))
                return false;
            n.importKey = n.key;
            if (x.hasAttr("label"))
                n.fields.insert(K("name"), x.attr("label").trimmed());
            QSet<QString> given;
            QString problem;
            while (x.next(error) && !x.isEnd("node")) {
                if (x.isStart("attvalue")) {
                    const QString id = x.hasAttr("for") ? x.attr("for") : x.attr("id");
                    const auto a = nodeAttrs.constFind(id);
                    const QString title = a == nodeAttrs.cend() ? id : a->title;
                    given.insert(id);
                    if (!mapNodeValue(Dialect::Gexf, title, x.attr("value"), n, &problem))
                        return x.fail(problem, error);
                } else if (x.isStart("position")) {
                    for (const char *c : {"x", "y"}) {
                        if (x.hasAttr(c) &&
                            !mapNodeValue(Dialect::Gexf, QLatin1String(c), x.attr(c), n, &problem))
                            return x.fail(problem, error);
                    }
                    mirrorY(n);
                } else if (x.isStart("size")) {
                    n.sized = true;
                } else if (x.isStart("color")) {
                    if (x.hasAttr("hex"))
                        n.color = QColor(x.attr("hex"));
                    else
                        n.color = QColor(x.attr("r").toInt(), x.attr("g").toInt(),
                                         x.attr("b").toInt());
                } else if (x.isStart("node")) {
                    return x.fail(Tr::tr("nested nodes are not supported"), error);
                }
            }
            if (!error->isEmpty())
                return false;
            for (auto it = nodeAttrs.begin(); it != nodeAttrs.end(); ++it)
                if (!given.contains(it.key()) && !it->defaultValue.isEmpty() &&
                    !mapNodeValue(Dialect::Gexf, it->title, it->defaultValue, n, &problem))
                    return x.fail(problem, error);
            if (!n.fields.contains(K("name")))
                n.fields.insert(K("name"), n.key);
            graph.nodes << n;
        } else if (x.isStart("edge")) {
            EdgeRecord e;
            e.file = path;
            e.line = x.line();
            e.source = x.attr("source");
            e.target = x.attr("target");
            if (e.source.isEmpty() || e.target.isEmpty())
                return x.fail(Tr::tr("an <edge> needs a source and a target"), error);
            const QString type = x.attr("type");
            e.directed = type.isEmpty() ? directedDefault : type == QLatin1String("directed");
            e.fromGraph = true;
            e.importKey = x.attr("id");
            if (!e.importKey.isEmpty() && !uniqueId(x, edgeLines, e.importKey, true, error))
                return false;
            QString problem;
            if (x.hasAttr("weight") &&
                !mapEdgeValue(Dialect::Gexf, K("weight"), x.attr("weight"), e, graph, &problem))
                return x.fail(problem, error);
            if (x.hasAttr("label"))
                e.fields.insert(K("__label"), x.attr("label"));
            if (x.hasAttr("kind"))
                e.type = x.attr("kind");
            QSet<QString> given;
            while (x.next(error) && !x.isEnd("edge")) {
                if (x.isStart("attvalue")) {
                    const QString id = x.hasAttr("for") ? x.attr("for") : x.attr("id");
                    const auto a = edgeAttrs.constFind(id);
                    const QString title = a == edgeAttrs.cend() ? id : a->title;
                    given.insert(id);
                    if (!mapEdgeValue(Dialect::Gexf, title, x.attr("value"), e, graph, &problem))
                        return x.fail(problem, error);
                } else if (x.isStart("color")) {
                    e.color = x.hasAttr("hex") ? QColor(x.attr("hex"))
                                               : QColor(x.attr("r").toInt(), x.attr("g").toInt(),
                                                        x.attr("b").toInt());
                }
            }
            if (!error->isEmpty())
                return false;
            for (auto it = edgeAttrs.begin(); it != edgeAttrs.end(); ++it)
                if (!given.contains(it.key()) && !it->defaultValue.isEmpty() &&
                    !mapEdgeValue(Dialect::Gexf, it->title, it->defaultValue, e, graph, &problem))
                    return x.fail(problem, error);
            graph.edges << e;
        }
    }
    if (!error->isEmpty())
        return false;
    if (!sawRoot)
        return x.fail(Tr::tr("holds no XML element"), error);
    placeGraphNodes(graph, !byMaillage);
    return true;
}

void placeGraphNodes(SourceGraph &graph, bool scale)
{
    const QString xKey = importFieldKey(ImportField::X), yKey = importFieldKey(ImportField::Y);
    QHash<QString, QPointF> at;
    for (const NodeRecord &n : std::as_const(graph.nodes)) {
        const QVariant x = n.fields.value(xKey), y = n.fields.value(yKey);
        if (x.isValid() && y.isValid())
            at.insert(n.key, QPointF(x.toDouble(), y.toDouble()));
    }
    graph.positioned = int(at.size());
    graph.positionScale = 1;
    if (at.size() < 2 || !scale)
        return;
    // The layout's scale: the median length of its links, else the spacing its area gives
    // each node.
    std::vector<double> lengths;
    lengths.reserve(graph.edges.size());
    for (const EdgeRecord &e : std::as_const(graph.edges)) {
        const auto s = at.constFind(e.source), t = at.constFind(e.target);
        if (s == at.cend() || t == at.cend())
            continue;
        const double d = std::hypot(s->x() - t->x(), s->y() - t->y());
        if (d > 0)
            lengths.push_back(d);
    }
    double typical = 0;
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(), lengths.begin() + qsizetype(lengths.size() / 2),
                         lengths.end());
        typical = lengths[lengths.size() / 2];
    } else {
        double x0 = at.cbegin()->x(), x1 = x0, y0 = at.cbegin()->y(), y1 = y0;
        for (const QPointF &p : std::as_const(at)) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        typical = std::sqrt((x1 - x0) * (y1 - y0) / double(at.size()));
        if (typical <= 0)
            typical = std::max(x1 - x0, y1 - y0) / double(at.size());
    }
    if (!(typical > 0) || !std::isfinite(typical))
        return;
    const double factor = layout::kIdealDistance / typical;
    // Files drawn at about Maillage's scale are kept exactly as they are.
    if (factor < 3 && factor > 1.0 / 3)
        return;
    graph.positionScale = factor;
    for (NodeRecord &n : graph.nodes) {
        const QVariant x = n.fields.value(xKey), y = n.fields.value(yKey);
        if (!x.isValid() || !y.isValid())
            continue;
        n.fields.insert(xKey, x.toDouble() * factor);
        n.fields.insert(yKey, y.toDouble() * factor);
    }
}

} // namespace maillage::io::detail

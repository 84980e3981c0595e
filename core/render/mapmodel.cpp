#include "core/render/mapmodel.h"

#include "core/document/document.h"
#include "core/store/repositories.h"


#include <algorithm>

namespace maillage::render {

Shape shapeFromCode(const QString &code)
{
    if (code == QLatin1String("square"))
        return Shape::Square;
    if (code == QLatin1String("diamond"))
        return Shape::Diamond;
    if (code == QLatin1String("triangle"))
        return Shape::Triangle;
    if (code == QLatin1String("hexagon"))
        return Shape::Hexagon;
    if (code == QLatin1String("star"))
        return Shape::Star;
    return Shape::Circle;
}

namespace {

Qt::PenStyle penStyle(const QString &code)
{
    if (code == QLatin1String("dash"))
        return Qt::DashLine;
    if (code == QLatin1String("dot"))
        return Qt::DotLine;
    if (code == QLatin1String("dashdot"))
        return Qt::DashDotLine;
    return Qt::SolidLine;
}

QColor colour(const QString &name)
{
    const QColor c = QColor::fromString(name);
    return c.isValid() ? c : QColor(0x80, 0x80, 0x80);
}

template <class T> void byPosition(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
}

/// The categories and link types, in display order.
void readVocabulary(Store &store, MapModel &m)
{
    QList<Category> cats = CategoryRepository(store).list();
    byPosition(cats);
    for (const Category &c : cats)
        m.categories << MapCategory{c.id, c.name, colour(c.color), shapeFromCode(c.shape)};
    QList<LinkType> types = LinkTypeRepository(store).list();
    byPosition(types);
    for (const LinkType &t : types)
        m.linkTypes << MapLinkType{t.id, t.name, colour(t.color), penStyle(t.lineStyle),
                                   t.directed, t.sign};
}

} // namespace

MapModel MapModel::legendOf(Store &store)
{
    MapModel m;
    readVocabulary(store, m);
    // Sorted, so that the legend does not depend on a hash's order.
    QList<qint64> categories = store.distinctRefs(QStringLiteral("actor"), QStringLiteral("category_id"), nullptr, true)
                                   .value_or(QSet<qint64>())
                                   .values();
    std::sort(categories.begin(), categories.end());
    for (qint64 id : categories) {
        MapNode n;
        n.id = -(m.nodes.size() + 1);
        n.categoryId = id;
        m.nodes << n;
    }
    QList<qint64> types = store.distinctRefs(QStringLiteral("link"), QStringLiteral("type_id"), nullptr, true)
                              .value_or(QSet<qint64>())
                              .values();
    std::sort(types.begin(), types.end());
    for (qint64 id : types)
        m.links << MapLink{-(m.links.size() + 1), 0, 0, id, 3};
    m.reindex();
    return m;
}

bool MapModel::legendChangedBy(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        if (c.is(Table::Category) || c.is(Table::LinkType))
            return true;
        if (c.is(Table::Actor) && c.touches(Column::CategoryId))
            return true;
        if (c.is(Table::Link) && c.touches(Column::TypeId))
            return true;
    }
    return false;
}

MapModel MapModel::fromStore(Store &store)
{
    MapModel m;
    readVocabulary(store, m);
    const QList<Actor> actors = ActorRepository(store).list();
    m.nodes.reserve(actors.size());
    for (const Actor &a : actors) {
        MapNode n;
        n.id = a.id;
        n.name = a.name;
        n.categoryId = a.categoryId;
        n.isPerson = a.isPerson;
        n.influence = a.influence;
        n.interest = a.interest;
        n.attitude = a.attitude;
        n.pinned = a.pinned;
        n.hasPosition = a.hasPosition();
        if (n.hasPosition)
            n.pos = QPointF(a.x, a.y);
        n.latitude = a.latitude;
        n.longitude = a.longitude;
        n.locationPrecision = a.locationPrecision;
        m.nodes << n;
    }
    const QList<Link> links = LinkRepository(store).list();
    m.links.reserve(links.size());
    for (const Link &l : links)
        m.links << MapLink{l.id, l.sourceId, l.targetId, l.typeId, l.strength};
    m.reindex();
    return m;
}

MapModel MapModel::fromDocument(const Document &doc)
{
    return fromStore(const_cast<Store &>(doc.store()));
}

void MapModel::reindex()
{
    m_nodeIndex.clear();
    m_categoryIndex.clear();
    m_typeIndex.clear();
    m_nodeIndex.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_nodeIndex.insert(nodes[i].id, i);
    for (int i = 0; i < categories.size(); ++i)
        m_categoryIndex.insert(categories[i].id, i);
    for (int i = 0; i < linkTypes.size(); ++i)
        m_typeIndex.insert(linkTypes[i].id, i);
}

int MapModel::indexOf(qint64 actorId) const
{
    return m_nodeIndex.value(actorId, -1);
}

const MapCategory *MapModel::category(qint64 id) const
{
    const int i = m_categoryIndex.value(id, -1);
    return i >= 0 ? &categories[i] : nullptr;
}

const MapLinkType *MapModel::linkType(qint64 id) const
{
    const int i = m_typeIndex.value(id, -1);
    return i >= 0 ? &linkTypes[i] : nullptr;
}

bool MapModel::needsLayout() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const MapNode &n) { return !n.hasPosition; });
}

void MapModel::setPositions(const QHash<qint64, QPointF> &positions)
{
    for (MapNode &n : nodes) {
        const auto it = positions.constFind(n.id);
        if (it != positions.constEnd()) {
            n.pos = *it;
            n.hasPosition = true;
        }
    }
}

layout::Graph MapModel::layoutGraph() const
{
    layout::Graph g;
    g.nodes.reserve(nodes.size());
    for (const MapNode &n : nodes) {
        layout::Node ln;
        ln.id = n.id;
        if (n.hasPosition) {
            ln.x = n.pos.x();
            ln.y = n.pos.y();
        }
        ln.pinned = n.pinned;
        ln.categoryId = n.categoryId;
        ln.influence = n.influence;
        ln.interest = n.interest;
        g.nodes << ln;
    }
    g.edges.reserve(links.size());
    for (const MapLink &l : links)
        g.edges << layout::Edge{l.sourceId, l.targetId, std::clamp(l.strength, 1, 5) / 3.0};
    for (const MapCategory &c : categories)
        g.categoryOrder << c.id;
    return g;
}

bool MapModel::layoutMissing(quint64 seed)
{
    if (!needsLayout())
        return true;
    // Placed actors stay where they are: pin them for the run.
    layout::Graph g = layoutGraph();
    for (layout::Node &n : g.nodes)
        if (n.hasPosition())
            n.pinned = true;
    layout::Options options;
    options.seed = seed;
    const layout::Result r = layout::run(g, options);
    if (!r.ok())
        return false;
    setPositions(r.positions);
    return true;
}

QRectF MapModel::bounds() const
{
    QRectF r;
    bool first = true;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (const MapNode &n : nodes) {
        if (!n.hasPosition)
            continue;
        if (first) {
            x0 = x1 = n.pos.x();
            y0 = y1 = n.pos.y();
            first = false;
        }
        x0 = std::min(x0, n.pos.x());
        x1 = std::max(x1, n.pos.x());
        y0 = std::min(y0, n.pos.y());
        y1 = std::max(y1, n.pos.y());
    }
    if (first)
        return r;
    const double half = 20.0;  // MapStyle::kMaxDiameter / 2
    return QRectF(QPointF(x0 - half, y0 - half), QPointF(x1 + half, y1 + half));
}

} // namespace maillage::render

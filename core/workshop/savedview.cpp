#include "core/workshop/savedview.h"

#include "core/analysis/neighbourhood.h"
#include "core/document/document.h"
#include "core/report/pdfcanvas.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

namespace maillage::workshop {

namespace {

#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::workshop::SavedView)
};

const QString kTable = K("saved_view");

template <typename T> QJsonArray idArray(const QSet<T> &set)
{
    QList<T> sorted(set.begin(), set.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray a;
    for (T v : std::as_const(sorted))
        a << double(v);
    return a;
}

template <typename T> QSet<T> idSet(const QJsonValue &v)
{
    QSet<T> out;
    for (const QJsonValue &x : v.toArray())
        out.insert(T(x.toDouble()));
    return out;
}

/// Hash entries in id order, so equal views give equal JSON.
template <typename V> QList<qint64> sortedKeys(const QHash<qint64, V> &hash)
{
    QList<qint64> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QDateTime timestamp(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

SavedView fromRow(const Row &r)
{
    SavedView v;
    v.id = r.value(K("id")).toLongLong();
    v.name = r.value(K("name")).toString();
    v.position = r.value(K("position")).toInt();
    v.createdAt = timestamp(r.value(K("created_at")));
    v.updatedAt = timestamp(r.value(K("updated_at")));
    const QJsonDocument json = QJsonDocument::fromJson(r.value(K("settings")).toString().toUtf8());
    if (json.isObject())
        v.setSettings(json.object());
    return v;
}

QString settingsText(const SavedView &v)
{
    return QString::fromUtf8(QJsonDocument(v.settings()).toJson(QJsonDocument::Compact));
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------
// SavedView

namespace {

const char *const kOps[] = {"eq", "ne", "lt", "gt", "contains", "set", "empty"};

QJsonArray conditionsJson(const QList<fields::Condition> &conditions)
{
    QJsonArray out;
    for (const fields::Condition &c : conditions)
        out << QJsonObject{{K("field"), double(c.fieldId)},
                           {K("op"), QString::fromLatin1(kOps[int(c.op)])},
                           {K("value"), c.value}};
    return out;
}

QList<fields::Condition> conditionsFromJson(const QJsonArray &array)
{
    QList<fields::Condition> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        fields::Condition c;
        c.fieldId = qint64(o.value(K("field")).toDouble());
        const QString op = o.value(K("op")).toString();
        int i = 0;
        while (i < int(std::size(kOps)) && op != QLatin1String(kOps[i]))
            ++i;
        if (c.fieldId <= 0 || i == int(std::size(kOps)))
            continue;  // not a condition this version knows
        c.op = fields::Condition::Op(i);
        c.value = o.value(K("value")).toString();
        out << c;
    }
    return out;
}

QJsonArray legendJson(const QList<render::LegendScale> &scales)
{
    QJsonArray out;
    for (const render::LegendScale &s : scales) {
        QJsonArray items;
        for (const auto &[text, colour] : s.items)
            items << QJsonArray{text, colour.name(QColor::HexArgb)};
        out << QJsonObject{{K("kind"), int(s.kind)},
                           {K("title"), s.title},
                           {K("low"), s.low},
                           {K("high"), s.high},
                           {K("lowColour"), s.lowColour.isValid() ? s.lowColour.name(QColor::HexArgb) : QString()},
                           {K("highColour"), s.highColour.isValid() ? s.highColour.name(QColor::HexArgb) : QString()},
                           {K("items"), items},
                           {K("note"), s.note}};
    }
    return out;
}

QList<render::LegendScale> legendFromJson(const QJsonArray &array)
{
    QList<render::LegendScale> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        render::LegendScale s;
        s.kind = render::LegendScale::Kind(std::clamp(o.value(K("kind")).toInt(), 0, 2));
        s.title = o.value(K("title")).toString();
        s.low = o.value(K("low")).toString();
        s.high = o.value(K("high")).toString();
        const QString low = o.value(K("lowColour")).toString(), high = o.value(K("highColour")).toString();
        s.lowColour = low.isEmpty() ? QColor() : QColor(low);
        s.highColour = high.isEmpty() ? QColor() : QColor(high);
        for (const QJsonValue &item : o.value(K("items")).toArray())
            s.items.append({item.toArray().at(0).toString(), QColor(item.toArray().at(1).toString())});
        s.note = o.value(K("note")).toString();
        out << s;
    }
    return out;
}

} // namespace

QJsonObject SavedView::settings() const
{
    QJsonObject f{{K("categories"), idArray(filter.categories)},
                  {K("linkTypes"), idArray(filter.linkTypes)},
                  {K("tags"), idArray(filter.tags)},
                  {K("attitudes"), idArray(filter.attitudes)},
                  {K("minStrength"), filter.minStrength},
                  {K("hideIsolated"), filter.hideIsolated},
                  {K("search"), filter.search}};
    if (!filter.fields.isEmpty())
        f.insert(K("fields"), conditionsJson(filter.fields));
    QJsonArray focus;
    for (qint64 id : focusActors)
        focus << double(id);
    QJsonObject o{{K("version"), 1}, {K("caption"), caption}, {K("filter"), f},
                  {K("focus"), QJsonObject{{K("actors"), focus}, {K("depth"), focusDepth}}}};
    if (!visibleRect.isEmpty())
        o.insert(K("rect"), QJsonArray{visibleRect.x(), visibleRect.y(), visibleRect.width(),
                                       visibleRect.height()});
    // Compact: [id, x, y, id, x, y, …] (a view of a 10k-actor map stays small).
    QJsonArray pos;
    for (qint64 id : sortedKeys(positions)) {
        const QPointF p = positions.value(id);
        pos << double(id) << p.x() << p.y();
    }
    o.insert(K("positions"), pos);
    if (!sizeFactors.isEmpty()) {
        QJsonArray sizes;
        for (qint64 id : sortedKeys(sizeFactors))
            sizes << double(id) << sizeFactors.value(id);
        o.insert(K("sizes"), sizes);
    }
    if (!colours.isEmpty()) {
        QJsonArray c;
        for (qint64 id : sortedKeys(colours))
            c << double(id) << colours.value(id).name(QColor::HexArgb);
        o.insert(K("colours"), c);
    }
    if (!legend.isEmpty())
        o.insert(K("legend"), legendJson(legend));
    if (mode == ViewMode::Territory) {
        o.insert(K("mode"), K("territory"));
        if (territory.isValid())
            o.insert(K("territory"),
                     QJsonObject{{K("latitude"), territory.latitude},
                                 {K("longitude"), territory.longitude},
                                 {K("zoom"), territory.zoom},
                                 {K("size"), QJsonArray{territory.size.width(),
                                                        territory.size.height()}}});
    }
    return o;
}

QRectF TerritoryFrame::world() const
{
    if (!isValid())
        return {};
    render::GeoViewport view;
    view.centre = render::webmercator::fromLatLon(latitude, longitude);
    view.zoom = zoom;
    view.size = size;
    return view.visibleWorld();
}

bool SavedView::setSettings(const QJsonObject &o, QString *error)
{
    if (o.value(K("version")).toInt() != 1)
        return failWith(error, Tr::tr("This view was saved by another version of Maillage."));
    caption = o.value(K("caption")).toString();
    const QJsonObject f = o.value(K("filter")).toObject();
    filter.categories = idSet<qint64>(f.value(K("categories")));
    filter.linkTypes = idSet<qint64>(f.value(K("linkTypes")));
    filter.tags = idSet<qint64>(f.value(K("tags")));
    filter.attitudes = idSet<int>(f.value(K("attitudes")));
    filter.minStrength = std::clamp(f.value(K("minStrength")).toInt(1), 1, 5);
    filter.hideIsolated = f.value(K("hideIsolated")).toBool();
    filter.search = f.value(K("search")).toString();
    filter.fields = conditionsFromJson(f.value(K("fields")).toArray());
    const QJsonObject focus = o.value(K("focus")).toObject();
    focusActors.clear();
    for (const QJsonValue &v : focus.value(K("actors")).toArray())
        focusActors << qint64(v.toDouble());
    focusDepth = std::clamp(focus.value(K("depth")).toInt(), 0, 10);
    const QJsonArray r = o.value(K("rect")).toArray();
    visibleRect = r.size() == 4 ? QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(),
                                         r[3].toDouble())
                                : QRectF();
    positions.clear();
    const QJsonArray pos = o.value(K("positions")).toArray();
    for (qsizetype i = 0; i + 2 < pos.size(); i += 3)
        positions.insert(qint64(pos[i].toDouble()), QPointF(pos[i + 1].toDouble(),
                                                            pos[i + 2].toDouble()));
    sizeFactors.clear();
    const QJsonArray sizes = o.value(K("sizes")).toArray();
    for (qsizetype i = 0; i + 1 < sizes.size(); i += 2)
        sizeFactors.insert(qint64(sizes[i].toDouble()), sizes[i + 1].toDouble());
    colours.clear();
    const QJsonArray c = o.value(K("colours")).toArray();
    for (qsizetype i = 0; i + 1 < c.size(); i += 2)
        colours.insert(qint64(c[i].toDouble()), QColor(c[i + 1].toString()));
    legend = legendFromJson(o.value(K("legend")).toArray());
    // Views saved before the territory view have no mode: they are network views.
    mode = o.value(K("mode")).toString() == QLatin1String("territory") ? ViewMode::Territory
                                                                        : ViewMode::Network;
    territory = TerritoryFrame();
    const QJsonObject t = o.value(K("territory")).toObject();
    const QJsonArray size = t.value(K("size")).toArray();
    const double lat = t.value(K("latitude")).toDouble(), lon = t.value(K("longitude")).toDouble();
    const double zoom = t.value(K("zoom")).toDouble();
    if (mode == ViewMode::Territory && size.size() == 2 && std::isfinite(lat) &&
        std::abs(lat) <= 90 && std::isfinite(lon) && std::abs(lon) <= 180 &&
        zoom >= render::GeoViewport::kMinZoom && zoom <= render::GeoViewport::kMaxZoom) {
        territory.latitude = lat;
        territory.longitude = lon;
        territory.zoom = zoom;
        territory.size = QSizeF(size[0].toDouble(), size[1].toDouble());
        if (!territory.isValid())
            territory = TerritoryFrame();
    }
    return true;
}

bool SavedView::sameContent(const SavedView &o) const
{
    return name == o.name && settings() == o.settings();
}

QList<SavedView> loadViews(const Store &store)
{
    QList<SavedView> out;
    for (const Row &r : store.rows(kTable, QString(), QVariant(), K("position, id")))
        out << fromRow(r);
    return out;
}

std::optional<SavedView> loadView(const Store &store, qint64 id)
{
    const auto r = store.row(kTable, id);
    if (!r)
        return std::nullopt;
    return fromRow(*r);
}

// ---------------------------------------------------------------------------------------
// Edits

std::optional<qint64> addView(Document &doc, const SavedView &view, QString *error)
{
    const QString name = view.name.simplified();
    if (name.isEmpty()) {
        failWith(error, Tr::tr("A view needs a title."));
        return std::nullopt;
    }
    int position = 0;
    for (const SavedView &v : loadViews(doc.store()))
        position = std::max(position, v.position + 1);
    const RowOp op = doc.insertOp(kTable, {{K("name"), name},
                                           {K("position"), position},
                                           {K("settings"), settingsText(view)}});
    if (!doc.apply(Tr::tr("Save view “%1”").arg(name), {op}, Document::NoMerge, error))
        return std::nullopt;
    return doc.lastInsertedIds().value(0);
}

namespace {
bool updateColumns(Document &doc, qint64 id, const Row &changes, const QString &text,
                   QString *error)
{
    if (!doc.store().row(kTable, id))
        return failWith(error, Tr::tr("There is no such view (it may have been deleted)."));
    const auto op = doc.updateOp(kTable, id, changes);
    if (!op)
        return true;  // nothing to change
    return doc.apply(text, {*op}, Document::NoMerge, error);
}
} // namespace

bool updateView(Document &doc, const SavedView &view, QString *error)
{
    const QString name = view.name.simplified();
    if (name.isEmpty())
        return failWith(error, Tr::tr("A view needs a title."));
    return updateColumns(doc, view.id, {{K("name"), name}, {K("settings"), settingsText(view)}},
                         Tr::tr("Update view “%1”").arg(name), error);
}

bool renameView(Document &doc, qint64 id, const QString &name, QString *error)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return failWith(error, Tr::tr("A view needs a title."));
    return updateColumns(doc, id, {{K("name"), simplified}},
                         Tr::tr("Rename view to “%1”").arg(simplified), error);
}

bool setViewCaption(Document &doc, qint64 id, const QString &caption, QString *error)
{
    auto view = loadView(doc.store(), id);
    if (!view)
        return failWith(error, Tr::tr("There is no such view (it may have been deleted)."));
    view->caption = caption.trimmed();
    return updateColumns(doc, id, {{K("settings"), settingsText(*view)}},
                         Tr::tr("Edit the caption of view “%1”").arg(view->name), error);
}

bool removeView(Document &doc, qint64 id, QString *error)
{
    const auto view = loadView(doc.store(), id);
    if (!view)
        return failWith(error, Tr::tr("There is no such view (it may have been deleted)."));
    return doc.apply(Tr::tr("Delete view “%1”").arg(view->name), doc.deleteOps(kTable, QList<qint64>{id}),
                     Document::NoMerge, error);
}

bool moveView(Document &doc, qint64 id, int to, QString *error)
{
    QList<SavedView> views = loadViews(doc.store());
    const auto it = std::find_if(views.begin(), views.end(),
                                 [id](const SavedView &v) { return v.id == id; });
    if (it == views.end())
        return failWith(error, Tr::tr("There is no such view (it may have been deleted)."));
    const int from = int(it - views.begin());
    to = std::clamp(to, 0, int(views.size()) - 1);
    if (from == to)
        return true;
    const QString name = it->name;
    views.move(from, to);
    QList<RowOp> ops;
    for (int i = 0; i < views.size(); ++i)
        if (const auto op = doc.updateOp(kTable, views[i].id, {{K("position"), i}}))
            ops << *op;
    if (ops.isEmpty())
        return true;
    return doc.apply(Tr::tr("Move view “%1”").arg(name), ops, Document::NoMerge, error);
}

// ---------------------------------------------------------------------------------------
// Slides

QString focusText(const QString &who, int actorCount, int depth)
{
    const QString name = actorCount == 1 ? who : Tr::tr("%Ln actors", nullptr, actorCount);
    return depth == 1 ? Tr::tr("Focus: %1, 1 step").arg(name)
                      : Tr::tr("Focus: %1, %2 steps").arg(name).arg(depth);
}

SlideSource SlideSource::fromStore(Store &store)
{
    SlideSource s;
    s.m_model = render::MapModel::fromStore(store);
    s.m_pseudonymizer = Pseudonymizer::fromStore(store);
    s.m_territory = TerritoryRepository(store).get().name;
    QHash<qint64, QString> tagNames, categoryNames;
    for (const Row &r : store.rows(K("tag")))
        tagNames.insert(r.value(K("id")).toLongLong(), r.value(K("name")).toString());
    for (const render::MapCategory &c : std::as_const(s.m_model.categories))
        categoryNames.insert(c.id, c.name);
    QHash<qint64, QStringList> tagText;
    for (const Row &r : store.rows(K("actor_tag"))) {
        const qint64 actor = r.value(K("actor_id")).toLongLong();
        const qint64 tag = r.value(K("tag_id")).toLongLong();
        s.m_tags[actor].insert(tag);
        tagText[actor] << tagNames.value(tag);
    }
    // The actor list's search key (ActorTableModel): name, organisation, role, commune,
    // tags and category.
    for (const Actor &a : ActorRepository(store).list())
        s.m_searchKeys.insert(
            a.id, text::fold(a.name + QLatin1Char(' ') + a.organisation + QLatin1Char(' ') +
                             a.role + QLatin1Char(' ') + a.commune + QLatin1Char(' ') +
                             tagText.value(a.id).join(QLatin1Char(' ')) + QLatin1Char(' ') +
                             categoryNames.value(a.categoryId)));
    return s;
}

SlideSource SlideSource::fromDocument(const Document &doc)
{
    return fromStore(const_cast<Store &>(doc.store()));
}

QSet<qint64> SlideSource::shownActors(const ViewFilter &f) const
{
    // The network view's rules (NetworkScene::applyFilter): an actor shows when its category,
    // attitude and tags pass, and, when isolated actors are hidden, it has a link that passes
    // the link filters.
    auto linkShown = [&f](const render::MapLink &l) {
        return l.strength >= f.minStrength &&
               (f.linkTypes.isEmpty() || f.linkTypes.contains(l.typeId));
    };
    QSet<qint64> linked;
    if (f.hideIsolated)
        for (const render::MapLink &l : m_model.links)
            if (linkShown(l))
                linked << l.sourceId << l.targetId;
    QSet<qint64> out;
    for (const render::MapNode &n : m_model.nodes) {
        if (!f.categories.isEmpty() && !f.categories.contains(n.categoryId))
            continue;
        if (!f.attitudes.isEmpty() && !f.attitudes.contains(n.attitude))
            continue;
        if (!f.tags.isEmpty() && !m_tags.value(n.id).intersects(f.tags))
            continue;
        if (f.hideIsolated && !linked.contains(n.id))
            continue;
        out.insert(n.id);
    }
    return out;
}

QSet<qint64> SlideSource::searchMatches(const QString &search) const
{
    QSet<qint64> out;
    const QStringList words = text::fold(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return out;
    for (auto it = m_searchKeys.cbegin(); it != m_searchKeys.cend(); ++it)
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString &w) { return it.value().contains(w); }))
            out.insert(it.key());
    return out;
}

QSet<qint64> SlideSource::neighbourhood(const QList<qint64> &ids, int depth) const
{
    QList<std::pair<qint64, qint64>> links;
    links.reserve(m_model.links.size());
    for (const render::MapLink &l : m_model.links)
        links.append({l.sourceId, l.targetId});
    return analysis::neighbourhood(links, ids, depth);
}

Slide SlideSource::slide(const SavedView &view, bool hideNames) const
{
    Slide s;
    auto hide = [&](const QString &text) {
        return hideNames ? m_pseudonymizer.text(text) : text;
    };
    s.title = hide(view.name);
    s.caption = hide(view.caption);
    s.mode = view.mode;
    s.territoryWorld = view.mode == ViewMode::Territory ? view.territory.world() : QRectF();
    const QSet<qint64> shown = shownActors(view.filter);
    render::MapModel &m = s.model;
    m.categories = m_model.categories;
    m.linkTypes = m_model.linkTypes;
    for (render::MapNode n : m_model.nodes) {
        if (!shown.contains(n.id))
            continue;
        const auto p = view.positions.constFind(n.id);
        if (p != view.positions.cend()) {
            n.pos = *p;
            n.hasPosition = true;
        }
        m.nodes << n;
    }
    for (const render::MapLink &l : m_model.links)
        if (shown.contains(l.sourceId) && shown.contains(l.targetId) &&
            l.strength >= view.filter.minStrength &&
            (view.filter.linkTypes.isEmpty() || view.filter.linkTypes.contains(l.typeId)))
            m.links << l;
    m.reindex();
    if (m.needsLayout())
        m.layoutMissing(1);

    render::MapOptions &o = s.options;
    o.legend = true;
    // What was in view, without the empty margins a narrow window adds around the map: the
    // saved rectangle cropped to the actors it shows (with room for their labels).
    if (!view.visibleRect.isEmpty()) {
        QRectF content;
        for (const render::MapNode &n : std::as_const(m.nodes))
            if (view.visibleRect.contains(n.pos))
                content |= QRectF(n.pos - QPointF(90, 30), QSizeF(180, 80));
        const QRectF cropped = view.visibleRect.intersected(content);
        o.sceneRect = cropped.isEmpty() ? view.visibleRect : cropped;
    }
    // Every label while they can be read; on a crowded slide, those of the biggest actors
    // (and of the search's finds), and none on actors drawn a few pixels wide.
    int inView = 0;
    for (const render::MapNode &n : std::as_const(m.nodes))
        inView += o.sceneRect.isEmpty() || o.sceneRect.contains(n.pos);
    o.labels = inView <= 300 ? render::LabelDetail::All : render::LabelDetail::Important;
    o.hidePersonNames = hideNames;
    if (hideNames)
        for (const render::MapNode &n : std::as_const(m.nodes))
            if (n.isPerson)
                o.pseudonyms.insert(n.id, m_pseudonymizer.name(n.id, n.name));
    if (!view.sizeFactors.isEmpty()) {
        o.sizeValues = view.sizeFactors;
        o.sizeValuesNormalised = true;
    }
    o.colours = view.colours;
    o.scales = view.legend;
    if (!view.focusActors.isEmpty() && view.focusDepth > 0) {
        const QSet<qint64> focus = neighbourhood(view.focusActors, view.focusDepth);
        for (const render::MapNode &n : std::as_const(m.nodes))
            if (!focus.contains(n.id))
                o.dimmed.insert(n.id);
        const int i = m_model.indexOf(view.focusActors.first());
        QString who = i >= 0 ? m_model.nodes[i].name : QString();
        if (hideNames && i >= 0 && m_model.nodes[i].isPerson)
            who = m_pseudonymizer.name(m_model.nodes[i].id, who);
        s.focusText = focusText(who, int(view.focusActors.size()), view.focusDepth);
    }
    // The search's finds stand out: outlined and labelled, the others faded (on a projector
    // or on paper an outline alone is too discreet).
    if (!view.filter.search.trimmed().isEmpty()) {
        for (qint64 id : searchMatches(view.filter.search))
            if (shown.contains(id))
                o.highlighted.insert(id);
        for (const render::MapNode &n : std::as_const(m.nodes))
            if (!o.highlighted.contains(n.id))
                o.dimmed.insert(n.id);
    }
    return s;
}

namespace {

/// Tiles already at hand only: a slide never waits for the network.
class TilesAtHand : public render::TileSource
{
public:
    explicit TilesAtHand(render::TileSource *source) : m_source(source) {}
    QImage tile(int z, int x, int y) override { return m_source->cachedTile(z, x, y); }

private:
    render::TileSource *m_source;
};

} // namespace

void paintSlideMap(QPainter &painter, const Slide &slide, const QRectF &target,
                   const SlideMapOptions &options)
{
    if (slide.mode == ViewMode::Network) {
        render::MapOptions o = slide.options;
        o.fontScale *= options.fontScale;
        const render::MapPainter map(slide.model);
        map.paint(painter, target, o);
        return;
    }
    render::TerritoryModel model = render::TerritoryModel::fromMap(slide.model, slide.options);
    QRectF world = slide.territoryWorld;
    if (world.isEmpty())
        world = model.worldBounds();
    if (world.isEmpty()) {
        painter.save();
        painter.setPen(QColor(0x5f, 0x66, 0x6d));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                         Tr::tr("No actor shown by this view has a place on the map."));
        painter.restore();
        return;
    }
    model.fanOut();
    // The saved part of the world, whole, as large as the target allows.
    const bool whole = slide.territoryWorld.isEmpty();
    const render::GeoViewport view = render::GeoViewport::fit(
        world, target.size(), whole ? 48 : 0, whole ? 15 : render::GeoViewport::kMaxZoom);
    TilesAtHand tiles(options.tiles);
    render::TerritoryOptions o;
    o.tiles = options.tiles ? &tiles : nullptr;
    o.attribution = options.tiles ? render::TerritoryPainter::osmAttribution() : QString();
    o.legend = &slide.model;
    o.legendOptions = slide.options;
    o.legendOptions.fontScale *= options.fontScale;
    painter.save();
    painter.translate(target.topLeft());
    render::TerritoryPainter(model).paint(painter, view, o);
    painter.restore();
}

QList<SavedView> slidesOrCurrent(const Store &store, const SavedView &current)
{
    QList<SavedView> views = loadViews(store);
    if (views.isEmpty())
        views << current;
    return views;
}

// ---------------------------------------------------------------------------------------
// PDF

bool writeSlidesPdf(Store &store, const QString &path, const SlidesPdfOptions &options,
                    QString *error, const std::function<bool(int, int)> &progress)
{
    // The pseudonyms are made in the slides' language.
    QString message;
    if (!report::detail::LanguageScope::valid(options.language, &message))
        return failWith(error, message);
    const report::detail::LanguageScope language(options.language);
    const SlideSource source = SlideSource::fromStore(store);
    SavedView whole;
    whole.name = source.territoryName();
    return writeSlidesPdf(source, slidesOrCurrent(store, whole), path, options, error, progress);
}

bool writeSlidesPdf(const SlideSource &source, const QList<SavedView> &views,
                    const QString &path, const SlidesPdfOptions &options, QString *error,
                    const std::function<bool(int, int)> &progress)
{
    if (const QString gui = report::detail::needsGui(); !gui.isEmpty())
        return failWith(error, gui);
    QString message;
    if (!report::detail::LanguageScope::valid(options.language, &message))
        return failWith(error, message);
    const report::detail::LanguageScope language(options.language);
    if (views.isEmpty())
        return failWith(error, Tr::tr("There is no slide to export."));

    // Written beside the target, then renamed: a cancelled or failed export leaves nothing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(K("Maillage"));
        pdf.setTitle(source.territoryName());
        pdf.setResolution(600);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf))
            return failWith(error, Tr::tr("Cannot write “%1”.").arg(path));
        // Draw in CSS pixels (96 per inch): the map's fonts and pens are sized for screens.
        const double k = pdf.resolution() / 96.0;
        const QRectF page(0, 0, pdf.width() / k, pdf.height() / k);
        const int total = int(views.size());
        for (int i = 0; i < total; ++i) {
            if (progress && !progress(i, total)) {
                painter.end();
                file.cancelWriting();
                return failWith(error, Tr::tr("Export cancelled."));
            }
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.scale(k, k);
            Slide slide = source.slide(views[i], options.anonymize);
            slide.options.labelPixels = 9.5 * k;
            slide.options.labelMinPixels *= k;
            slide.options.opaqueDimming = true;
            const double margin = 34;
            QRectF body = page.adjusted(margin, margin - 6, -margin, -margin + 6);
            // Title and caption.
            QFont titleFont = painter.font();
            titleFont.setFamilies({K("DejaVu Sans"), K("Sans Serif")});
            titleFont.setPixelSize(24);
            titleFont.setBold(true);
            painter.setFont(titleFont);
            painter.setPen(QColor(0x1f, 0x4e, 0x79));
            QRectF used;
            painter.drawText(body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, slide.title,
                             &used);
            body.setTop(used.bottom() + 4);
            QFont captionFont = titleFont;
            captionFont.setBold(false);
            captionFont.setPixelSize(14);
            painter.setFont(captionFont);
            painter.setPen(QColor(0x22, 0x26, 0x2b));
            QString caption = slide.caption;
            if (!slide.focusText.isEmpty())
                caption = caption.isEmpty() ? slide.focusText
                                            : caption + QLatin1Char('\n') + slide.focusText;
            if (!caption.isEmpty()) {
                painter.drawText(body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption,
                                 &used);
                body.setTop(used.bottom() + 6);
            }
            // Footer.
            QFont footFont = captionFont;
            footFont.setPixelSize(10);
            const QFontMetricsF fm(footFont);
            const QRectF footer(body.left(), page.bottom() - margin + 8, body.width(),
                                fm.height());
            painter.setPen(QPen(QColor(0xb8, 0xbf, 0xc6), 0.6));
            painter.drawLine(QPointF(footer.left(), footer.top() - 4),
                             QPointF(footer.right(), footer.top() - 4));
            painter.setFont(footFont);
            painter.setPen(QColor(0x5f, 0x66, 0x6d));
            const QString territory =
                options.anonymize ? source.pseudonymizer().text(source.territoryName())
                                  : source.territoryName();
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, territory);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             K("%1 / %2").arg(i + 1).arg(total));
            body.setBottom(footer.top() - 10);
            // The map and its legend.
            painter.setPen(QPen(QColor(0xd8, 0xdc, 0xe0), 0.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(body);
            if (slide.model.nodes.isEmpty()) {
                painter.setFont(captionFont);
                painter.setPen(QColor(0x5f, 0x66, 0x6d));
                painter.drawText(body, Qt::AlignCenter,
                                 Tr::tr("No actor is shown with this view's filters."));
            } else {
                SlideMapOptions mapOptions;
                mapOptions.tiles = options.tiles;
                painter.setFont(captionFont);
                paintSlideMap(painter, slide, body.adjusted(1, 1, -1, -1), mapOptions);
            }
            painter.restore();
        }
        if (progress)
            progress(total, total);
        if (!painter.end())
            return failWith(error, Tr::tr("Cannot write “%1”.").arg(path));
    }
    if (!file.commit())
        return failWith(error, Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return true;
}

} // namespace maillage::workshop

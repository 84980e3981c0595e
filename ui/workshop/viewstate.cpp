#include "ui/workshop/viewstate.h"

#include "core/document/document.h"
#include "ui/mainwindow.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace maillage {

namespace {
#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::ViewState)
};

MapFilter toMapFilter(const workshop::ViewFilter &f)
{
    MapFilter m;
    m.categories = f.categories;
    m.linkTypes = f.linkTypes;
    m.tags = f.tags;
    m.attitudes = f.attitudes;
    m.minStrength = f.minStrength;
    m.hideIsolated = f.hideIsolated;
    m.fields = f.fields;
    return m;
}
} // namespace

QRectF visibleSceneRect(const QGraphicsView *view)
{
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

void showSceneRect(QGraphicsView *view, const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const QRectF port = view->viewport()->rect();
    const double scale = std::min(port.width() / rect.width(), port.height() / rect.height());
    view->setTransform(QTransform::fromScale(scale, scale));
    view->centerOn(rect.center());
}

workshop::SavedView captureView(const MainWindow &window)
{
    workshop::SavedView v;
    // What the user sees: with the filter bar's latest chips laid out.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const NetworkScene *scene = window.networkScene();
    const MapFilter &f = scene->filter();
    v.filter.categories = f.categories;
    v.filter.linkTypes = f.linkTypes;
    v.filter.tags = f.tags;
    v.filter.attitudes = f.attitudes;
    v.filter.minStrength = f.minStrength;
    v.filter.hideIsolated = f.hideIsolated;
    v.filter.fields = f.fields;
    v.filter.search = window.actorList()->searchField()->text();
    v.focusActors = window.focusActors();
    v.focusDepth = window.focusDepth();
    v.visibleRect = visibleSceneRect(window.networkView());
    const Document *doc = window.document();
    if (doc->isOpen())
        for (const Actor &a : doc->actors())
            if (const ActorItem *item = scene->item(a.id))
                v.positions.insert(a.id, item->pos());
    v.sizeFactors = scene->sizeFactors();
    v.colours = scene->colourOverrides();
    v.legend = window.networkView()->legendOptions().scales;
    // The map's mode, and what the territory view shows when it is the one on screen.
    const MapModes *modes = window.findChild<MapModes *>();
    if (modes && modes->territoryShown()) {
        v.mode = workshop::ViewMode::Territory;
        const TerritoryView *territory = modes->territoryView();
        render::GeoViewport port = territory->viewport();
        port.size = territory->size();
        render::webmercator::toLatLon(port.centre, &v.territory.latitude, &v.territory.longitude);
        v.territory.zoom = port.zoom;
        v.territory.size = port.size;
    }
    return v;
}

bool restoreView(MainWindow &window, const workshop::SavedView &view, QString *error)
{
    Document *doc = window.document();
    NetworkScene *scene = window.networkScene();
    bool ok = true;
    // Positions first: the focus and the visible rectangle are about where actors stand.
    QList<RowOp> ops;
    for (auto it = view.positions.cbegin(); it != view.positions.cend(); ++it) {
        const ActorItem *item = scene->item(it.key());
        if (!item || item->pos() == it.value())
            continue;
        if (auto op = doc->updateOp(K("actor"), it.key(),
                                    {{K("x"), it.value().x()}, {K("y"), it.value().y()}}))
            ops << *op;
    }
    if (!ops.isEmpty()) {
        if (doc->isReadOnly() ||
            !doc->apply(Tr::tr("Show view “%1”").arg(view.name), ops, Document::NoMerge, error)) {
            ok = doc->isReadOnly();
            // Not saved: show them there all the same.
            for (auto it = view.positions.cbegin(); it != view.positions.cend(); ++it)
                if (ActorItem *item = scene->item(it.key()))
                    item->setPos(it.value());
        }
    }
    window.filterBar()->setFilter(toMapFilter(view.filter));
    window.actorList()->searchField()->setText(view.filter.search);
    QList<qint64> focus;
    for (qint64 id : view.focusActors)
        if (scene->item(id))
            focus << id;
    window.focusOnActors(focus, view.focusDepth);
    scene->setSizeFactors(view.sizeFactors);
    scene->setColourOverrides(view.colours);
    window.networkView()->setLegendScales(view.legend);
    // The filter chips may have changed the map's height: lay out first, then zoom.
    // The chips wrap onto rows (their height follows the width): a few passes settle it.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!view.visibleRect.isEmpty()) {
        window.networkView()->cancelPendingFit();
        showSceneRect(window.networkView(), view.visibleRect);
    } else {
        window.networkView()->fitAll();
    }
    // The mode it was saved in (views from before the territory view: the network).
    if (MapModes *modes = window.findChild<MapModes *>()) {
        const bool territory = view.mode == workshop::ViewMode::Territory;
        modes->showTerritory(territory);
        if (territory) {
            if (view.territory.isValid())
                modes->territoryView()->showWorld(view.territory.world());
            else
                modes->territoryView()->fitAll();
        }
    }
    return ok;
}

} // namespace maillage

#include "ui/territory/territoryview.h"

#include "ui/network/networkview.h"
#include "ui/settings.h"

#include "core/document/document.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
/// Actors are drawn smaller than on the network map: places crowd more than layouts.
constexpr double kRadiusScale = 0.5;
} // namespace

TerritoryView::TerritoryView(Document *doc, NetworkScene *scene, NetworkView *network,
                             QWidget *parent)
    : QWidget(parent), m_doc(doc), m_scene(scene), m_network(network), m_tiles(this)
{
    setObjectName(K("territoryView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_tiles.setCacheDirectory(render::TileStore::defaultCacheDirectory());
    connect(&m_tiles, &render::TileStore::tileArrived, this, qOverload<>(&QWidget::update));
    m_unlocated = new QLabel(this);
    m_unlocated->setObjectName(K("unlocatedLine"));
    m_unlocated->setStyleSheet(K("background: rgba(255,255,255,225); color: #222; padding: 4px 8px;"
                                 " border: 1px solid #bbb; border-radius: 4px;"));
    m_unlocated->setTextFormat(Qt::RichText);
    m_unlocated->move(10, 10);
    m_unlocated->hide();
    connect(m_unlocated, &QLabel::linkActivated, this, [this] { emit locateRequested(m_unlocatedIds); });

    connect(doc, &Document::changed, this, &TerritoryView::onChanged);
    connect(doc, &Document::opened, this, [this] {
        m_dirty = true;
        m_fitPending = true;
        update();
    });
    connect(doc, &Document::closed, this, [this] {
        m_dirty = true;
        update();
    });
    // Selection, filters, focus, paths, colours: the scene's state, drawn at the next paint.
    connect(scene, &QGraphicsScene::selectionChanged, this, qOverload<>(&QWidget::update));
    // Not QGraphicsScene::changed: a receiver of that signal makes Qt repaint the whole
    // bounding rectangle of every item touched, in the network view too (every link and
    // actor at 10 000 actors when one of them moves).
    connect(scene, &NetworkScene::lookChanged, this, qOverload<>(&QWidget::update));
    // The legend, as the network view's, refreshed shortly after edits.
    m_legendTimer.setSingleShot(true);
    m_legendTimer.setInterval(250);
    connect(&m_legendTimer, &QTimer::timeout, this, [this] {
        m_legendModel = m_doc->isOpen() ? render::MapModel::legendOf(m_doc->store())
                                        : render::MapModel();
        update();
    });
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        if (render::MapModel::legendChangedBy(changes))
            m_legendTimer.start();
    });
    connect(doc, &Document::opened, &m_legendTimer, qOverload<>(&QTimer::start));
    m_legendTimer.start();
    setAccessibleName(tr("Territory map"));
}

void TerritoryView::setBackground(Background background)
{
    m_background = background;
    update();
}

void TerritoryView::setTileUrl(const QString &urlTemplate)
{
    m_tiles.setUrlTemplate(urlTemplate);
    update();
}

void TerritoryView::setAreas(const QList<render::TerritoryArea> &areas)
{
    m_areas = areas;
    m_model.areas = areas;
    update();
}

void TerritoryView::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        if (c.is(Table::Link) || c.is(Table::LinkType) || c.is(Table::Category))
            m_dirty = true;
        if (c.is(Table::Actor) && (c.touches(Column::Latitude) || c.touches(Column::Longitude)))
            m_dirty = true;
    }
    update();
}

void TerritoryView::rebuild()
{
    m_dirty = false;
    m_model = render::TerritoryModel();
    m_sceneEdges.clear();
    m_model.areas = m_areas;
    if (!m_doc->isOpen())
        return;
    QHash<qint64, int> index;
    const QList<Actor> actors = m_doc->actors();
    for (const Actor &a : actors) {
        if (!a.hasLocation())
            continue;
        render::TerritoryPoint p;
        p.id = a.id;
        p.world = render::webmercator::fromLatLon(a.latitude, a.longitude);
        index.insert(a.id, int(m_model.points.size()));
        m_model.points.push_back(p);
    }
    QHash<qint64, render::MapLinkType> types;
    for (const LinkType &t : m_doc->linkTypes()) {
        render::MapLinkType m;
        m.color = QColor::fromString(t.color);
        if (!m.color.isValid())
            m.color = QColor(0x80, 0x80, 0x80);
        m.style = t.lineStyle == QLatin1String("dash") ? Qt::DashLine
                  : t.lineStyle == QLatin1String("dot") ? Qt::DotLine
                  : t.lineStyle == QLatin1String("dashdot") ? Qt::DashDotLine
                                                             : Qt::SolidLine;
        types.insert(t.id, m);
    }
    for (const LinksItem::Edge &e : m_scene->links()->edges()) {
        const int a = index.value(e.source, -1), b = index.value(e.target, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        render::TerritoryEdge te;
        te.id = e.id;
        te.a = a;
        te.b = b;
        te.typeId = e.typeId;
        const render::MapLinkType type = types.value(e.typeId);
        te.color = type.color.isValid() ? type.color : QColor(0x80, 0x80, 0x80);
        te.style = type.style;
        te.width = 0.6 + 0.45 * std::clamp(e.strength, 1, 5);
        m_model.edges.push_back(te);
        m_sceneEdges.push_back(e);
    }
    syncStates();
    m_model.fanOut();
}

void TerritoryView::syncStates()
{
    const std::vector<ActorState> &states = m_scene->actorStates();
    bool radiusChanged = false;
    for (render::TerritoryPoint &p : m_model.points) {
        const ActorItem *item = m_scene->item(p.id);
        if (!item || item->slot() < 0 || item->slot() >= int(states.size())) {
            p.visible = false;
            continue;
        }
        const ActorState &s = states[item->slot()];
        p.visible = s.visible;
        p.dimmed = s.dimmed;
        p.highlighted = s.highlighted;
        p.selected = s.selected;
        p.fill = s.color;
        p.outline = s.outline ? s.outline : QColor::fromRgba(s.color).darker(150).rgba();
        p.shape = render::Shape(s.shape);
        const double r = std::clamp(s.radius * kRadiusScale, 4.0, 16.0);
        if (std::abs(r - p.radius) > 0.01) {
            p.radius = r;
            radiusChanged = true;
        }
        p.priority = s.radius;
        p.label = item->label();
    }
    for (size_t i = 0; i < m_model.edges.size(); ++i) {
        render::TerritoryEdge &e = m_model.edges[i];
        e.visible = m_model.points[e.a].visible && m_model.points[e.b].visible &&
                    m_scene->linkShown(m_sceneEdges[i]);
    }
    if (radiusChanged)
        m_model.fanOut();
    // Who has no place, among the actors the filters show.
    m_unlocatedIds.clear();
    QSet<qint64> located;
    for (const render::TerritoryPoint &p : m_model.points)
        located.insert(p.id);
    for (auto it = m_scene->actorItems().cbegin(); it != m_scene->actorItems().cend(); ++it) {
        const ActorItem *item = it.value();
        if (!located.contains(it.key()) && item->slot() >= 0 &&
            item->slot() < int(states.size()) && states[item->slot()].visible)
            m_unlocatedIds << it.key();
    }
    std::sort(m_unlocatedIds.begin(), m_unlocatedIds.end());
    m_model.unlocated = int(m_unlocatedIds.size());
    if (!m_model.areas.isEmpty())
        m_model.countByArea();
}

const render::TerritoryModel &TerritoryView::model()
{
    if (m_dirty)
        rebuild();
    else
        syncStates();
    return m_model;
}

void TerritoryView::updateUnlocatedLine()
{
    const QString text = unlocatedLine();
    if (text.isEmpty()) {
        m_unlocated->hide();
        return;
    }
    // A file opened read-only cannot be changed: no "Locate…" that would do nothing.
    m_unlocated->setText(m_doc->isReadOnly()
                             ? m_model.unlocatedText()
                             : tr("%Ln actor(s) have no place: <a href=\"locate\">Locate…</a>",
                                  nullptr, m_model.unlocated));
    m_unlocated->adjustSize();
    m_unlocated->show();
}

QString TerritoryView::unlocatedLine() const
{
    if (!m_doc->isOpen() || m_model.unlocated == 0)
        return {};
    if (m_doc->isReadOnly())
        return m_model.unlocatedText();
    return tr("%Ln actor(s) have no place: Locate…", nullptr, m_model.unlocated);
}

render::TerritoryOptions TerritoryView::drawOptions()
{
    render::TerritoryOptions o;
    o.tiles = m_background == Background::Tiles ? &m_tiles : nullptr;
    o.areas = m_background == Background::Areas;
    o.attribution = m_background == Background::Tiles ? render::TerritoryPainter::osmAttribution()
                                                      : QString();
    o.background = m_background == Background::Tiles ? QColor(0xf2, 0xef, 0xe9)
                                                     : QColor(0xfb, 0xfb, 0xf8);
    if (m_network->legendVisible() && !m_legendModel.nodes.isEmpty()) {
        o.legend = &m_legendModel;
        o.legendOptions = m_network->legendOptions();
    }
    o.hovered = m_hovered;
    return o;
}

void TerritoryView::paintEvent(QPaintEvent *)
{
    model();
    m_view.size = size();
    if (m_fitPending && isVisible() && !m_dirty)
        fitAll();
    // The actors being dragged, drawn where the mouse has them.
    for (int i : std::as_const(m_dragPoints))
        m_model.points[i].world += m_dragDelta;
    QPainter painter(this);
    if (!m_painter)
        m_painter = std::make_unique<render::TerritoryPainter>(m_model);
    m_painter->paint(painter, m_view, drawOptions());
    for (int i : std::as_const(m_dragPoints))
        m_model.points[i].world -= m_dragDelta;
    updateUnlocatedLine();
}

void TerritoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QPointF centre = m_view.centre;
    m_view.size = size();
    m_view.centre = centre;
    if (m_fitPending)
        fitAll();
}

void TerritoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitAll();
}

void TerritoryView::fitAll()
{
    if (!m_pendingWorld.isEmpty() && isVisible() && width() >= 50) {
        showWorld(m_pendingWorld);  // a saved view waiting for the view's size
        return;
    }
    m_pendingWorld = QRectF();
    if (m_dirty)
        rebuild();
    else
        syncStates();
    m_fitPending = !isVisible() || width() < 50;
    QRectF world = m_model.worldBounds();
    if (m_background == Background::Areas && !m_model.areas.isEmpty()) {
        // The communes are the subject: they fill the view (actors elsewhere are off it).
        world = QRectF();
        for (const render::TerritoryArea &a : std::as_const(m_model.areas))
            world = world.isNull() ? a.bounds : world.united(a.bounds);
    }
    if (world.isNull() && m_model.points.empty()) {
        // Nobody has a place yet: France.
        world = QRectF(render::webmercator::fromLatLon(51.1, -5.2),
                       render::webmercator::fromLatLon(42.3, 8.3));
    }
    m_view = render::GeoViewport::fit(world, size());
    update();
}

void TerritoryView::zoomBy(double factor)
{
    m_fitPending = false;
    m_view.size = size();
    m_view.zoomAt(factor, QPointF(width() / 2.0, height() / 2.0));
    update();
}

void TerritoryView::zoomToSelection()
{
    model();
    double x0 = 2, y0 = 2, x1 = -1, y1 = -1;
    for (const render::TerritoryPoint &p : m_model.points)
        if (p.selected && p.visible) {
            x0 = std::min(x0, p.world.x());
            y0 = std::min(y0, p.world.y());
            x1 = std::max(x1, p.world.x());
            y1 = std::max(y1, p.world.y());
        }
    if (x1 < x0)
        return;
    m_fitPending = false;
    m_view = render::GeoViewport::fit(QRectF(QPointF(x0, y0), QPointF(x1, y1)), size(), 80, 16);
    update();
}

void TerritoryView::showWorld(const QRectF &world)
{
    if (world.isEmpty())
        return;
    if (!isVisible() || width() < 50) {
        m_pendingWorld = world;
        m_fitPending = true;
        return;
    }
    m_pendingWorld = QRectF();
    m_fitPending = false;
    m_view = render::GeoViewport::fit(world, size(), 0, render::GeoViewport::kMaxZoom);
    update();
}

void TerritoryView::centreOn(const QPointF &world, double zoom)
{
    m_pendingWorld = QRectF();
    m_fitPending = false;
    m_view.size = size();
    m_view.centre = world;
    m_view.zoom = std::clamp(zoom, render::GeoViewport::kMinZoom, render::GeoViewport::kMaxZoom);
    update();
}

bool TerritoryView::exportTo(const QString &path, bool wholeTerritory, int width, QString *error)
{
    model();
    render::TerritoryOptions options = drawOptions();
    options.hovered = 0;
    render::GeoViewport view;
    if (wholeTerritory) {
        view = render::GeoViewport::fit(m_model.worldBounds(),
                                        QSizeF(width, std::max(16, int(width * 0.66))));
    } else {  // what the view shows, scaled to `width`
        const double k = double(width) / std::max(1, this->width());
        view = m_view;
        view.size = QSizeF(width, std::max(16.0, this->height() * k));
        view.zoom += std::log2(k);
    }
    if (options.tiles) {
        render::TerritoryPainter::requestTiles(view, options.tiles);
        m_tiles.waitForPending(5000);  // what has not come by then is left blank
    }
    return render::renderTerritoryToFile(m_model, path, view, options, error);
}

void TerritoryView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    m_fitPending = false;
    m_pressPos = m_lastPos = event->pos();
    m_moved = false;
    m_dragDelta = {};
    m_dragPoints.clear();
    if (event->button() == Qt::MiddleButton) {
        m_press = Press::Pan;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    model();
    const int hit = m_model.pointAt(m_view, event->position());
    if (hit < 0) {
        m_press = Press::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    const qint64 id = m_model.points[hit].id;
    QList<qint64> selected = m_scene->selectedActors();
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (selected.contains(id))
            selected.removeAll(id);
        else
            selected << id;
        m_scene->selectActors(selected);
        m_press = Press::None;
        return;
    }
    if (!selected.contains(id)) {
        selected = {id};
        m_scene->selectActors(selected);
    }
    m_press = m_doc->isReadOnly() ? Press::None : Press::Drag;
    for (int i = 0; i < int(m_model.points.size()); ++i)
        if (selected.contains(m_model.points[i].id) && m_model.points[i].visible)
            m_dragPoints << i;
}

void TerritoryView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_press == Press::None) {
        const int hit = m_model.pointAt(m_view, event->position());
        const qint64 id = hit >= 0 ? m_model.points[hit].id : 0;
        if (id != m_hovered) {
            m_hovered = id;
            setCursor(id ? Qt::PointingHandCursor : Qt::ArrowCursor);
            update();
        }
        return;
    }
    if ((event->pos() - m_pressPos).manhattanLength() >= 3)
        m_moved = true;
    const QPointF delta = event->pos() - m_lastPos;
    m_lastPos = event->pos();
    if (!m_moved)
        return;
    if (m_press == Press::Pan) {
        m_view.centre -= delta / m_view.worldPixels();
    } else {
        m_dragDelta = QPointF(event->pos() - m_pressPos) / m_view.worldPixels();
    }
    update();
}

void TerritoryView::mouseReleaseEvent(QMouseEvent *event)
{
    const Press press = m_press;
    m_press = Press::None;
    unsetCursor();
    if (press == Press::Pan && !m_moved && event->button() == Qt::LeftButton)
        m_scene->selectActors({});  // a click on the map: nothing selected
    if (press != Press::Drag || !m_moved || m_dragPoints.isEmpty()) {
        m_dragPoints.clear();
        update();
        return;
    }
    QList<Document::Place> places;
    for (int i : std::as_const(m_dragPoints)) {
        const render::TerritoryPoint &p = m_model.points[i];
        Document::Place place;
        place.id = p.id;
        render::webmercator::toLatLon(p.world + m_dragDelta, &place.latitude, &place.longitude);
        // About 10 cm: more digits than that say nothing about a place set by hand.
        place.latitude = std::round(place.latitude * 1e6) / 1e6;
        place.longitude = std::round(place.longitude * 1e6) / 1e6;
        place.precision = K("manual");
        places << place;
    }
    m_dragPoints.clear();
    m_dragDelta = {};
    QString error;
    if (!m_doc->placeActors(places, QString(), &error))
        QMessageBox::warning(this, tr("Territory"), error);
    update();
}

void TerritoryView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = m_model.pointAt(m_view, event->position());
    if (hit >= 0)
        emit actorActivated(m_model.points[hit].id);
    else
        zoomBy(2);
}

void TerritoryView::wheelEvent(QWheelEvent *event)
{
    m_fitPending = false;
    if (event->angleDelta().y() == 0)
        return;
    m_view.size = size();
    m_view.zoomAt(std::pow(1.0015, event->angleDelta().y()), event->position());
    update();
    event->accept();
}

void TerritoryView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomBy(1.5);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomBy(1 / 1.5);
        return;
    }
    const QHash<int, QPointF> arrows{{Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}},
                                     {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (arrows.contains(event->key())) {
        m_fitPending = false;
        m_view.centre += arrows.value(event->key()) * 60 / m_view.worldPixels();
        update();
        return;
    }
    const QList<qint64> selected = m_scene->selectedActors();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selected.size() == 1) {
        emit actorActivated(selected.first());
        return;
    }
    QWidget::keyPressEvent(event);
}

void TerritoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TerritoryView::retranslate()
{
    setAccessibleName(tr("Territory map"));
    update();
}

// ---- the panel ---------------------------------------------------------------------------

TerritoryPanel::TerritoryPanel(Document *doc, NetworkScene *scene, NetworkView *network,
                               QWidget *parent)
    : QWidget(parent)
{
    setObjectName(K("territoryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QWidget(this);
    bar->setObjectName(K("territoryBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 4, 8, 4);
    m_backgroundLabel = new QLabel(bar);
    m_background = new QComboBox(bar);
    m_background->setObjectName(K("territoryBackground"));
    m_backgroundLabel->setBuddy(m_background);
    m_outlines = new QPushButton(bar);
    m_outlines->setObjectName(K("territoryOutlines"));
    row->addWidget(m_backgroundLabel);
    row->addWidget(m_background);
    row->addWidget(m_outlines);
    row->addStretch();
    layout->addWidget(bar);
    m_view = new TerritoryView(doc, scene, network, this);
    layout->addWidget(m_view, 1);
    retranslate();

    const Settings settings;
    m_view->setTileUrl(settings.tileUrl());
    const int saved = settings.territoryBackground();
    m_background->setCurrentIndex(std::clamp(saved, 0, 2));
    m_view->setBackground(TerritoryView::Background(m_background->currentIndex()));
    connect(m_background, &QComboBox::activated, this, [this](int index) {
        if (index == int(TerritoryView::Background::Areas) && m_outlinesPath.isEmpty()) {
            m_outlines->click();
            if (m_outlinesPath.isEmpty()) {  // cancelled: back to what it was
                m_background->setCurrentIndex(int(m_view->background()));
                return;
            }
        }
        m_view->setBackground(TerritoryView::Background(index));
        Settings().setTerritoryBackground(index);
    });
    connect(m_outlines, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Commune outlines"), QString(), tr("GeoJSON (*.geojson *.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!loadOutlines(path, &error))
            QMessageBox::warning(this, tr("Commune outlines"), error);
    });
}

bool TerritoryPanel::loadOutlines(const QString &path, QString *error)
{
    QList<render::TerritoryArea> areas;
    if (!render::readAreas(path, &areas, error))
        return false;
    m_outlinesPath = path;
    m_view->setAreas(areas);
    m_background->setCurrentIndex(int(TerritoryView::Background::Areas));
    m_view->setBackground(TerritoryView::Background::Areas);
    m_view->fitAll();
    return true;
}

void TerritoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TerritoryPanel::retranslate()
{
    m_backgroundLabel->setText(tr("&Background:"));
    const int current = std::max(0, m_background->currentIndex());
    m_background->clear();
    m_background->addItem(tr("OpenStreetMap"));
    m_background->addItem(tr("Commune outlines"));
    m_background->addItem(tr("None"));
    m_background->setCurrentIndex(current);
    m_outlines->setText(tr("Outlines file…"));
    m_outlines->setToolTip(tr("A GeoJSON file of commune outlines (IGN ADMIN EXPRESS, the geo "
                              "API's contours): each commune coloured by its number of actors"));
}

} // namespace maillage

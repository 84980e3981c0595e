// The map view's drawing on the sample territory: labels placed without overlap (hovered and
// selected actors always labelled), a highlighted path (actors and the links between them,
// the rest dimmed, cleared with the network's changes) wired from the analysis panel, and
// the actor list's measure columns.
#include "ui/analysis/analysispanel.h"
#include "core/document/document.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/models/actortablemodel.h"
#include "ui/network/networkscene.h"
#include "ui/network/filterbar.h"
#include "core/render/fieldstyle.h"
#include "core/util/i18n.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace maillage;

namespace {

QString samplePath()
{
    return test::freshSample(QStringLiteral("view"));
}

Document *openSample(Document &doc)
{
    if (!doc.open(samplePath()))
        qFatal("cannot open the sample territory");
    return &doc;
}

/// The sample territory shown in a map view of `size`, fitted.
struct SampleMap
{
    Document doc;
    NetworkScene scene{openSample(doc)};
    NetworkView view{&scene};
    explicit SampleMap(QSize size)
    {
        view.resize(size);
        view.show();
        view.fitAll();
    }
};

/// Adds actor fields to the sample: Budget (number, €), Quartier (choice), Signé (yes/no),
/// with values for some actors: field name → id.
QHash<QString, qint64> addSampleFields(Document &doc)
{
    QHash<QString, qint64> ids;
    CustomField f;
    f.name = QStringLiteral("Budget");
    f.type = FieldType::Number;
    f.unit = QString::fromUtf8("€");
    ids.insert(f.name, doc.addCustomField(f).value_or(0));
    f = CustomField();
    f.name = QStringLiteral("Quartier");
    f.type = FieldType::Choice;
    f.choices = {QStringLiteral("Centre"), QStringLiteral("Gare"), QStringLiteral("Faubourg")};
    ids.insert(f.name, doc.addCustomField(f).value_or(0));
    f = CustomField();
    f.name = QString::fromUtf8("Signé");
    f.type = FieldType::YesNo;
    ids.insert(f.name, doc.addCustomField(f).value_or(0));
    const QList<Actor> actors = doc.actors();
    for (int i = 0; i < actors.size(); ++i) {
        if (i % 3 != 2)
            doc.setFieldValue(ids.value(QStringLiteral("Budget")), actors[i].id,
                              QString::number(1500 * (i + 1)));
        doc.setFieldValue(ids.value(QStringLiteral("Quartier")), actors[i].id,
                          QStringList{"Centre", "Gare", "Faubourg"}.at(i % 3));
        if (i % 2 == 0)
            doc.setFieldValue(ids.value(QString::fromUtf8("Signé")), actors[i].id,
                              i % 4 == 0 ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return ids;
}

qint64 actorId(const Document &doc, const QString &name)
{
    for (const Actor &a : doc.actors())
        if (a.name == name)
            return a.id;
    return 0;
}

void checkNoOverlap(const QList<NodesItem::ShownLabel> &labels)
{
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                     qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
}

QSet<qint64> labelled(const NetworkScene &scene)
{
    QSet<qint64> ids;
    for (const NodesItem::ShownLabel &l : scene.nodes()->shownLabels())
        ids.insert(l.actorId);
    return ids;
}

/// Pixels of a colour close to `c` in the image.
int pixelsNear(const QImage &image, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) +
                         std::abs(p.blue() - c.blue()) < 40
                     ? 1
                     : 0;
        }
    return n;
}

/// With MAILLAGE_TEST_SHOTS=DIR, saves a picture of the window to look at.
void saveShot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILLAGE_TEST_SHOTS");
    if (!dir.isEmpty()) {
        w.resize(1400, 860);
        QTest::qWait(50);
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

/// With MAILLAGE_TEST_SHOTS=DIR, saves the window at 1280×720 in English and French.
void saveShots1280(MainWindow &w, const QString &name, const std::function<void()> &prepare = {})
{
    const QString dir = qEnvironmentVariable("MAILLAGE_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    w.resize(1280, 720);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        w.setLanguage(language);
        if (prepare)
            prepare();  // the window rebuilt its lists in the new language
        QTest::qWait(400);  // the legend is refreshed shortly after
        w.grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + language + QStringLiteral(".png"));
    }
    w.setLanguage(QStringLiteral("en"));
}

} // namespace

class TestNetworkView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("legend");
        QTest::newRow("wide") << QSize(1400, 900) << true;
        QTest::newRow("tall") << QSize(800, 1000) << true;
        QTest::newRow("narrow") << QSize(500, 700) << true;
        // Too small for the legend: it would hide half the map and be cut off.
        QTest::newRow("small") << QSize(360, 300) << false;
    }
    void labelsDoNotOverlap()
    {
        QFETCH(QSize, size);
        QFETCH(bool, legend);
        Document doc;
        QVERIFY(doc.open(samplePath()));
        NetworkScene scene(&doc);
        NetworkView view(&scene);
        view.resize(size);
        view.show();
        view.requestFit();  // as on opening a file
        // The legend comes shortly after opening; the map is fitted to the whole view, with
        // no actor under the legend.
        if (legend) {
            QTRY_VERIFY(!view.legendRect().isEmpty());
            QTest::qWait(50);
            const QRectF fitted = view.mapFromScene(scene.itemsRect()).boundingRect();
            const QRectF port = view.viewport()->rect();
            QVERIFY2(fitted.width() >= 0.85 * port.width() || fitted.height() >= 0.85 * port.height(),
                     qPrintable(QStringLiteral("the map fills %1×%2 of %3×%4")
                                    .arg(fitted.width()).arg(fitted.height())
                                    .arg(port.width()).arg(port.height())));
            QVERIFY(!scene.anyActorIn(view.mapToScene(view.legendRect().toRect()).boundingRect()));
        } else {
            QTest::qWait(400);
            QVERIFY(view.legendRect().isEmpty());
        }
        view.viewport()->grab();
        const QList<NodesItem::ShownLabel> labels = scene.nodes()->shownLabels();
        QVERIFY(!labels.isEmpty());
        checkNoOverlap(labels);
        // None under the legend.
        for (const NodesItem::ShownLabel &l : labels)
            QVERIFY2(!l.rect.intersects(view.legendRect()), qPrintable(l.text));
        // Every label lies inside the view (none cut by its edge).
        for (const NodesItem::ShownLabel &l : labels)
            QVERIFY2(QRectF(view.viewport()->rect()).contains(l.rect), qPrintable(l.text));
        // The hub of the sample is labelled, whatever the size.
        QVERIFY(labelled(scene).contains(actorId(doc, QStringLiteral("Mairie de Mirecourt"))));
    }

    void hoveredAndSelectedActorsAreAlwaysLabelled()
    {
        SampleMap map(QSize(360, 300));  // cramped: many labels left out
        auto &[doc, scene, view] = map;
        view.viewport()->grab();
        QList<qint64> unlabelled;
        const QSet<qint64> shown = labelled(scene);
        for (const Actor &a : doc.actors())
            if (!shown.contains(a.id))
                unlabelled << a.id;
        QVERIFY2(unlabelled.size() >= 2, "the test needs actors without a label");
        scene.setHoveredActor(unlabelled[0]);
        view.viewport()->grab();
        QVERIFY(labelled(scene).contains(unlabelled[0]));
        scene.setHoveredActor(0);
        scene.selectActors({unlabelled[1]});
        view.viewport()->grab();
        QVERIFY(labelled(scene).contains(unlabelled[1]));
        QVERIFY(!labelled(scene).contains(unlabelled[0]));
        // A real hover: the mouse over the actor.
        scene.clearSelection();
        ActorItem *item = scene.item(unlabelled[0]);
        QTest::mouseMove(view.viewport(), view.mapFromScene(item->pos()));
        QTRY_COMPARE(scene.hoveredActor(), unlabelled[0]);
        view.viewport()->grab();
        QVERIFY(labelled(scene).contains(unlabelled[0]));
    }

    void selectionAndHitTestingStillWork()
    {
        SampleMap map(QSize(900, 700));
        auto &[doc, scene, view] = map;
        const qint64 id = actorId(doc, QStringLiteral("La Bouée"));
        ActorItem *item = scene.item(id);
        QVERIFY(item);
        // Items draw nothing themselves (NodesItem does) but are still hit and selected.
        QVERIFY(item->flags() & QGraphicsItem::ItemHasNoContents);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                          view.mapFromScene(item->pos()));
        QCOMPARE(scene.selectedActors(), QList<qint64>{id});
        // The label of a long name shortened where the whole does not fit is still a prefix.
        view.viewport()->grab();
        for (const NodesItem::ShownLabel &l : scene.nodes()->shownLabels()) {
            const QString name = scene.item(l.actorId)->label();
            if (l.text != name) {
                QVERIFY(l.text.endsWith(QStringLiteral("…")));
                QVERIFY(name.startsWith(l.text.chopped(1)));
            }
        }
    }

    void drawingStateFollowsTheItems()
    {
        // The actors' drawing state lives in one array beside the items (actorStates()): after
        // moves, deletions (the last state fills the hole), undo, filters, focus and selection,
        // each item's state is its own and up to date.
        SampleMap map(QSize(900, 700));
        auto &[doc, scene, view] = map;
        auto check = [&](const char *when) {
            const std::vector<ActorState> &states = scene.actorStates();
            QVERIFY2(states.size() == size_t(scene.actorItems().size()), when);
            for (const ActorItem *item : scene.actorItems()) {
                QVERIFY2(item->slot() >= 0 && size_t(item->slot()) < states.size(), when);
                const ActorState &s = states[size_t(item->slot())];
                QVERIFY2(s.item == item, when);
                QVERIFY2(s.pos == item->pos(), when);
                QVERIFY2(s.visible == item->isVisible(), when);
                QVERIFY2(s.dimmed == item->isDimmed(), when);
                QVERIFY2(s.selected == item->isSelected(), when);
                QVERIFY2(s.radius == item->radius(), when);
                QVERIFY2(s.color == item->color().rgba(), when);
            }
            view.viewport()->grab();
        };
        check("opened");
        const QList<Actor> actors = doc.actors();
        QVERIFY(actors.size() > 10);
        const quint64 generation = scene.itemsGeneration();
        QVERIFY(doc.updateActor(actors[3].id, {{QStringLiteral("x"), 12.5}, {QStringLiteral("y"), -40.0}}));
        QCOMPARE(scene.item(actors[3].id)->pos(), QPointF(12.5, -40));
        check("moved");
        // The first and a middle actor: the last states move into their places.
        QVERIFY(doc.removeActors({scene.actorStates().front().item->actorId(), actors[5].id}));
        QVERIFY(scene.itemsGeneration() != generation);
        check("deleted");
        doc.undoStack()->undo();
        check("deletion undone");
        doc.undoStack()->undo();
        check("move undone");
        MapFilter filter;
        filter.categories.insert(actors[0].categoryId);
        scene.setFilter(filter);
        check("filtered");
        scene.setFilter({});
        scene.setFocusSet({actors[0].id, actors[1].id});
        check("focused");
        scene.setFocusSet({});
        scene.selectActors({actors[2].id, actors[7].id});
        check("selected");
    }

    void keptLinksAreNeverStale()
    {
        // The links' layer is kept between frames while nothing they are drawn from changes.
        // After each change, the frame shown equals one with the links drawn afresh.
        SampleMap map(QSize(1000, 700));
        auto &[doc, scene, view] = map;
        view.viewport()->grab();
        const QList<Actor> actors = doc.actors();
        const QList<Link> links = doc.links();
        auto check = [&](const char *after) {
            const QImage shown = view.viewport()->grab().toImage();
            scene.links()->dropKeptFrame();
            const QImage fresh = view.viewport()->grab().toImage();
            QVERIFY2(shown == fresh, after);
        };
        // Must differ from the frame before, or the check above proves nothing.
        auto changed = [&](const char *what, const std::function<void()> &change) {
            const QImage before = view.viewport()->grab().toImage();
            change();
            check(what);
            QVERIFY2(view.viewport()->grab().toImage() != before, what);
        };
        changed("an actor moved", [&] {
            QVERIFY(doc.updateActor(actors[0].id, {{QStringLiteral("x"), actors[0].x + 80}}));
        });
        changed("undo", [&] { doc.undoStack()->undo(); });
        changed("a link's strength", [&] {
            QVERIFY(doc.updateRow(QStringLiteral("link"), links[0].id,
                                  {{QStringLiteral("strength"), links[0].strength == 5 ? 1 : 5}},
                                  QStringLiteral("strength")));
        });
        changed("a link type's colour", [&] {
            QVERIFY(doc.updateRow(QStringLiteral("link_type"), links[0].typeId,
                                  {{QStringLiteral("color"), QStringLiteral("#ff0000")}},
                                  QStringLiteral("colour")));
        });
        changed("an actor deleted", [&] { QVERIFY(doc.removeActors({actors[2].id})); });
        changed("its deletion undone", [&] { doc.undoStack()->undo(); });
        changed("a category filtered out", [&] {
            MapFilter filter;
            filter.categories.insert(actors[0].categoryId);
            scene.setFilter(filter);
        });
        changed("strong links only", [&] {
            MapFilter filter;
            filter.minStrength = 4;
            scene.setFilter(filter);
        });
        changed("no filter", [&] { scene.setFilter({}); });
        changed("a focus", [&] { scene.setFocusSet({actors[0].id}); });
        changed("no focus", [&] { scene.setFocusSet({}); });
        changed("a path", [&] { scene.setPath({links[0].sourceId, links[0].targetId}); });
        changed("no path", [&] { scene.setPath({}); });
        changed("sizes by a measure", [&] {
            QHash<qint64, double> sizes;
            for (const Actor &a : actors)
                sizes.insert(a.id, 0.2);
            scene.setSizeFactors(sizes);
        });
        changed("links hidden by the timeline", [&] {
            QSet<qint64> hidden;
            for (int i = 0; i < links.size(); i += 2)
                hidden.insert(links[i].id);
            scene.setTimeHidden({}, hidden);
        });
        changed("zoomed", [&] { view.scale(1.3, 1.3); });
        changed("scrolled", [&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 37);
        });
        // A selection and a hover change actors and labels only: the links are kept.
        changed("a selection", [&] { scene.selectActors({actors[4].id}); });
        changed("a hover", [&] { scene.setHoveredActor(actors[5].id); });
    }

    void screenShowsWhatGrabDraws()
    {
        // The links are written into an image and blitted: on the window's own backing store
        // (a real paint event, not QWidget::grab()) they land on the same pixels.
        SampleMap map(QSize(900, 650));
        auto &[doc, scene, view] = map;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.legendRect().isEmpty());
        view.viewport()->repaint();
        QScreen *screen = view.screen();
        QVERIFY(screen);
        const QRect area(view.viewport()->mapToGlobal(QPoint(0, 0)), view.viewport()->size());
        QImage onScreen;
        QTRY_VERIFY((onScreen = screen->grabWindow(0, area.x(), area.y(), area.width(),
                                                   area.height()).toImage()
                                    .convertToFormat(QImage::Format_RGB32)) ==
                    view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32));
    }

    void mendedFramesMatchFreshOnes_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("moved by the document") << "move";
        QTest::newRow("dragged in steps") << "drag";
        QTest::newRow("moved twice, far") << "twice";
        QTest::newRow("renamed") << "rename";
        QTest::newRow("selected") << "select";
        QTest::newRow("moved, then undone") << "undo";
    }

    void mendedFramesMatchFreshOnes()
    {
        // After a move, a rename or a selection only the parts that changed are repainted on
        // the window (the links' kept frame mended there, the labels that moved): what the
        // window shows then equals a frame drawn whole.
        QFETCH(QString, change);
        SampleMap map(QSize(900, 650));
        auto &[doc, scene, view] = map;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.legendRect().isEmpty());
        view.viewport()->repaint();
        QScreen *screen = view.screen();
        QVERIFY(screen);
        const QRect area(view.viewport()->mapToGlobal(QPoint(0, 0)), view.viewport()->size());
        auto onScreen = [&] {
            return screen->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                .toImage()
                .convertToFormat(QImage::Format_RGB32);
        };
        auto fresh = [&] {
            scene.links()->dropKeptFrame();
            scene.nodes()->invalidate();
            return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        const QImage before = onScreen();
        QCOMPARE(before, fresh());
        // The most linked actor, so that many links move with it.
        const QList<Actor> actors = doc.actors();
        Actor moved = actors.first();
        for (const Actor &a : actors)
            if (scene.degree(a.id) > scene.degree(moved.id))
                moved = a;
        QVERIFY(scene.degree(moved.id) >= 3);
        if (change == QLatin1String("move") || change == QLatin1String("undo")) {
            QVERIFY(doc.updateActor(moved.id, {{QStringLiteral("x"), moved.x + 90},
                                               {QStringLiteral("y"), moved.y - 40}}));
            if (change == QLatin1String("undo")) {
                QTest::qWait(60);
                doc.undoStack()->undo();
            }
        } else if (change == QLatin1String("drag")) {
            ActorItem *item = scene.item(moved.id);
            for (int step = 1; step <= 5; ++step) {
                item->setPos(moved.x + 25 * step, moved.y + 10 * step);
                QTest::qWait(20);
            }
        } else if (change == QLatin1String("twice")) {
            QVERIFY(doc.updateActor(moved.id, {{QStringLiteral("x"), moved.x + 300}}));
            QTest::qWait(30);
            QVERIFY(doc.updateActor(moved.id, {{QStringLiteral("y"), moved.y + 250}}));
        } else if (change == QLatin1String("rename")) {
            QVERIFY(doc.renameActor(moved.id, QStringLiteral("Un nom nettement plus long qu'avant")));
        } else if (change == QLatin1String("select")) {
            scene.selectActors({moved.id});
        }
        QTest::qWait(80);
        const QImage shown = onScreen();
        QImage expected = fresh();
        if (change == QLatin1String("undo"))
            QCOMPARE(shown, before);
        else
            QVERIFY2(shown != before, "the change must show, or the comparison proves nothing");
        // Antialiased links drawn clipped to a repainted part may round differently by a few
        // units of 255 at its edge (tst_hairlines::repairRedrawsOnlyItsPart).
        int worst = 0;
        QPoint where;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb a = shown.pixel(x, y), b = expected.pixel(x, y);
                const int off = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                          std::abs(qBlue(a) - qBlue(b))});
                if (off > worst) {
                    worst = off;
                    where = QPoint(x, y);
                }
            }
        if (worst > 8) {
            shown.save(QDir::temp().filePath(QStringLiteral("mended-shown.png")));
            expected.save(QDir::temp().filePath(QStringLiteral("mended-fresh.png")));
        }
        QVERIFY2(worst <= 8, qPrintable(QStringLiteral("%1 off by %2 at %3, %4 (images in %5)")
                                            .arg(change)
                                            .arg(worst)
                                            .arg(where.x())
                                            .arg(where.y())
                                            .arg(QDir::tempPath())));
    }

    void dragIsOneTypedUndoStep_data()
    {
        QTest::addColumn<int>("dragged");  // actors selected and dragged
        QTest::addColumn<QString>("text");  // the undo step's text
        QTest::newRow("one actor") << 1 << "Move “%1”";
        QTest::newRow("three actors") << 3 << "Move 3 actors";
    }

    void dragIsOneTypedUndoStep()
    {
        // A drag ends in the typed positions command: one undo step with every actor dragged,
        // the file at the new places; undo puts them back, a second drag is a step of its own.
        QFETCH(int, dragged);
        QFETCH(QString, text);
        SampleMap map(QSize(800, 600));
        auto &[doc, scene, view] = map;
        const QList<Actor> actors = doc.actors().mid(0, dragged);
        QList<qint64> ids;
        for (const Actor &a : actors)
            ids << a.id;
        scene.selectActors(ids);
        const int steps = doc.undoStack()->count();
        auto drag = [&](QPointF by) {
            scene.beginDrag();
            for (qint64 id : ids)
                scene.item(id)->moveBy(by.x(), by.y());
            scene.endDrag();
        };
        drag(QPointF(40, -25));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), text.arg(actors.first().name));
        for (const Actor &a : actors) {
            QCOMPARE(doc.actor(a.id)->x, a.x + 40);
            QCOMPARE(doc.actor(a.id)->y, a.y - 25);
        }
        drag(QPointF(10, 10));
        QCOMPARE(doc.undoStack()->count(), steps + 2);  // not merged with the first
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        for (const Actor &a : actors) {
            QCOMPARE(doc.actor(a.id)->x, a.x);
            QCOMPARE(doc.actor(a.id)->y, a.y);
            QCOMPARE(scene.item(a.id)->pos(), QPointF(a.x, a.y));
        }
        doc.undoStack()->redo();
        QCOMPARE(doc.actor(actors.first().id)->x, actors.first().x + 40);
        // A drag back to where it started is no step at all.
        drag(QPointF(5, 0));
        const int now = doc.undoStack()->count();
        scene.beginDrag();
        for (qint64 id : ids)
            scene.item(id)->moveBy(3, 3), scene.item(id)->moveBy(-3, -3);
        scene.endDrag();
        QCOMPARE(doc.undoStack()->count(), now);
    }

    void hoveringAnActorNamesIt()
    {
        // The actor's name comes as a tooltip, made when asked (not set on 10 000 items).
        SampleMap map(QSize(900, 650));
        auto &[doc, scene, view] = map;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Actor a = doc.actors().first();
        const QPoint at = view.mapFromScene(QPointF(a.x, a.y));
        QHelpEvent over(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view.viewport(), &over);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(a.name), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        // Far from every actor: nothing.
        const QPoint empty = view.mapFromScene(scene.itemsRect().topLeft() - QPointF(400, 400));
        QHelpEvent nowhere(QEvent::ToolTip, empty, view.viewport()->mapToGlobal(empty));
        QCoreApplication::sendEvent(view.viewport(), &nowhere);
        QTest::qWait(50);
        QVERIFY(!QToolTip::isVisible());
    }

    void refusedDragPutsTheActorsBack()
    {
        // The file cannot be written: nothing is pushed and the map shows the file's places.
        const QString path = test::freshSample(QStringLiteral("dragrefused"));
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        NetworkScene scene(&doc);
        const Actor a = doc.actors().first();
        scene.selectActors({a.id});
        scene.beginDrag();
        scene.item(a.id)->moveBy(70, 30);
        QCOMPARE(scene.item(a.id)->pos(), QPointF(a.x + 70, a.y + 30));
        scene.endDrag();
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.actor(a.id)->x, a.x);
        QCOMPARE(scene.item(a.id)->pos(), QPointF(a.x, a.y));
    }

    void pathIsHighlightedAndClearedByChanges()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        NetworkScene scene(&doc);
        NetworkView view(&scene);
        view.setLegendVisible(false);
        view.resize(900, 700);
        view.show();
        view.fitAll();
        const QColor highlight(0xff, 0x8c, 0x00);
        const int before = pixelsNear(view.viewport()->grab().toImage(), highlight);
        // Two linked actors and a third linked to the second.
        const QList<Link> links = doc.links();
        const Link first = links.first();
        qint64 third = 0;
        for (const Link &l : links)
            if (l.sourceId == first.targetId && l.targetId != first.sourceId)
                third = l.targetId;
            else if (!third && l.targetId == first.targetId && l.sourceId != first.sourceId)
                third = l.sourceId;
        QVERIFY(third);
        const QList<qint64> path{first.sourceId, first.targetId, third};
        scene.setPath(path);
        QCOMPARE(scene.path(), path);
        for (const Actor &a : doc.actors()) {
            const bool on = path.contains(a.id);
            QCOMPARE(scene.item(a.id)->isHighlighted(), on);
            QCOMPARE(scene.item(a.id)->isDimmed(), !on);
        }
        const QImage image = view.viewport()->grab().toImage();
        const int after = pixelsNear(image, highlight);
        QVERIFY2(after > before + 100, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        // The middle of each step is drawn in the highlight colour.
        for (int i = 0; i + 1 < path.size(); ++i) {
            const QPointF mid = (scene.item(path[i])->pos() + scene.item(path[i + 1])->pos()) / 2;
            const QPoint p = view.mapFromScene(mid);
            QVERIFY(pixelsNear(image.copy(p.x() - 2, p.y() - 2, 5, 5), highlight) > 0);
        }
        // The path's actors are labelled.
        view.viewport()->grab();
        for (qint64 id : path)
            QVERIFY(labelled(scene).contains(id));

        // Moving an actor keeps the path; deleting a link clears it.
        QSignalSpy cleared(&scene, &NetworkScene::pathCleared);
        QVERIFY(doc.updateActor(third, {{QStringLiteral("x"), 10.0}}));
        QCOMPARE(scene.path(), path);
        QVERIFY(doc.removeLinks({links.last().id}));
        QVERIFY(scene.path().isEmpty());
        QCOMPARE(cleared.count(), 1);
        for (const Actor &a : doc.actors())
            QVERIFY(!scene.item(a.id)->isDimmed() && !scene.item(a.id)->isHighlighted());
    }

    void analysisPathShowsOnTheMap()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        const qint64 from = actorId(*doc, QStringLiteral("Lucas Didier"));
        const qint64 to = actorId(*doc, QStringLiteral("Sylvie Grandemange"));
        QVERIFY(from && to);
        QVERIFY(w.analysisPanel()->findPath(from, to));
        const QList<qint64> path = w.analysisPanel()->currentPath();
        QVERIFY(path.size() >= 3);
        QCOMPARE(w.networkScene()->path(), path);
        saveShot(w, QStringLiteral("path"));
        w.analysisPanel()->clearPath();
        QVERIFY(w.networkScene()->path().isEmpty());
        // A change of the network clears it in the panel and on the map.
        QVERIFY(w.analysisPanel()->findPath(from, to));
        QCOMPARE(w.networkScene()->path(), path);
        QVERIFY(doc->removeLinks({doc->links().first().id}));
        QVERIFY(w.networkScene()->path().isEmpty());
        QVERIFY(w.analysisPanel()->currentPath().isEmpty());
    }

    void measureColumnsInTheActorList()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        ActorListPanel *list = w.actorList();
        QTableView *table = list->table();
        // Hidden until asked for.
        for (int c = ActorTableModel::FirstMeasure; c < ActorTableModel::ColumnCount; ++c)
            QVERIFY(table->isColumnHidden(c));
        // The header's menu shows one: the analysis runs, the column fills.
        QMenu *menu = list->columnMenu();
        QAction *betweenness =
            menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(ActorTableModel::Betweenness));
        QVERIFY(betweenness);
        QVERIFY(!betweenness->isChecked());
        QCOMPARE(betweenness->text(), QStringLiteral("Betweenness"));
        betweenness->trigger();
        QVERIFY(!table->isColumnHidden(ActorTableModel::Betweenness));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->hasMeasures(), 20000);
        QVERIFY(w.analysisPanel()->keepsUpToDate());
        // Numerically sorted, largest first: the panel's biggest broker on top.
        table->sortByColumn(ActorTableModel::Betweenness, Qt::DescendingOrder);
        const QHash<qint64, double> values = w.analysisPanel()->values(QStringLiteral("betweenness"));
        double top = 0;
        qint64 topId = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (it.value() > top) {
                top = it.value();
                topId = it.key();
            }
        QAbstractItemModel *m = table->model();
        QCOMPARE(m->index(0, 0).data(ActorTableModel::IdRole).toLongLong(), topId);
        double previous = 1e300;
        for (int r = 0; r < m->rowCount(); ++r) {
            const double v = m->index(r, ActorTableModel::Betweenness)
                                 .data(ActorTableModel::SortRole)
                                 .toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        // Shown as the panel shows it; degree and community filled too.
        const int row = list->model()->rowOf(topId);
        QCOMPARE(list->model()->index(row, ActorTableModel::Betweenness).data().toString(),
                 QLocale().toString(top, 'f', 1));
        QCOMPARE(list->model()->index(row, ActorTableModel::Degree).data().toString(),
                 QLocale().toString(qint64(w.analysisPanel()->values(QStringLiteral("degree")).value(topId))));
        QVERIFY(!list->model()->index(row, ActorTableModel::Community).data().toString().isEmpty());
        list->setColumnShown(ActorTableModel::Community, true);
        saveShot(w, QStringLiteral("measures"));
        list->setColumnShown(ActorTableModel::Community, false);
        // A change of the network recomputes them, though the panel is hidden.
        QSignalSpy computed(w.analysisPanel(), &AnalysisPanel::computed);
        QVERIFY(w.document()->removeLinks({w.document()->links().first().id}));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() >= 1, 20000);
        // Hidden again from the menu; the choice is remembered by the next list.
        list->columnMenu()
            ->findChild<QAction *>(QStringLiteral("showColumn%1").arg(ActorTableModel::Betweenness))
            ->trigger();
        QVERIFY(table->isColumnHidden(ActorTableModel::Betweenness));
        QVERIFY(!w.analysisPanel()->keepsUpToDate());
        list->setColumnShown(ActorTableModel::Degree, true);
        ActorListPanel other(w.document());
        QVERIFY(other.isColumnShown(ActorTableModel::Degree));
        QVERIFY(!other.isColumnShown(ActorTableModel::Betweenness));
    }

    // The actors' fields as columns of the list: hidden until shown from the header's menu,
    // remembered by name, still shown when renamed, gone when the field is deleted.
    void fieldColumnsInTheActorList()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        const QHash<QString, qint64> ids = addSampleFields(*w.document());
        ActorListPanel *list = w.actorList();
        QTableView *table = list->table();
        const qint64 budget = ids.value(QStringLiteral("Budget"));
        const int column = list->model()->columnOfField(budget);
        QVERIFY(column >= ActorTableModel::FirstField);
        QVERIFY(table->isColumnHidden(column));
        QAction *show = list->columnMenu()->findChild<QAction *>(QStringLiteral("showField%1").arg(budget));
        QVERIFY(show);
        QCOMPARE(show->text(), QString::fromUtf8("Budget (€)"));
        show->trigger();
        QVERIFY(!table->isColumnHidden(column));
        list->setFieldShown(ids.value(QStringLiteral("Quartier")), true);
        list->setFieldShown(ids.value(QString::fromUtf8("Signé")), true);
        // Sorted by value, largest first.
        table->sortByColumn(column, Qt::DescendingOrder);
        QAbstractItemModel *m = table->model();
        double previous = 1e300;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QVariant v = m->index(r, column).data(ActorTableModel::SortRole);
            if (m->index(r, column).data().toString().isEmpty())
                continue;
            QVERIFY(v.toDouble() <= previous);
            previous = v.toDouble();
        }
        saveShot(w, QStringLiteral("fields"));
        {
            ActorListPanel other(w.document());
            QVERIFY(!other.table()->isColumnHidden(column));
        }
        // Renamed: the same column, still shown, under its new name.
        CustomField f = *w.document()->customField(budget);
        f.name = QStringLiteral("Subvention");
        QVERIFY(w.document()->updateCustomField(f));
        QCOMPARE(list->model()->columnOfField(budget), column);
        QVERIFY(!table->isColumnHidden(column));
        QCOMPARE(list->model()->headerData(column, Qt::Horizontal).toString(), QString::fromUtf8("Subvention (€)"));
        {
            ActorListPanel other(w.document());
            QVERIFY(!other.table()->isColumnHidden(other.model()->columnOfField(budget)));
        }
        // A field added before it: the columns move, each keeps its shown state.
        QVERIFY(w.document()->moveCustomField(ids.value(QStringLiteral("Quartier")), -1));
        QVERIFY(!table->isColumnHidden(list->model()->columnOfField(budget)));
        CustomField added;
        added.name = QStringLiteral("Notes");
        const auto notes = w.document()->addCustomField(added);
        QVERIFY(notes);
        QVERIFY(table->isColumnHidden(list->model()->columnOfField(*notes)));
        QVERIFY(!table->isColumnHidden(list->model()->columnOfField(budget)));
        QVERIFY(w.document()->removeCustomField(budget));
        QCOMPARE(list->model()->columnOfField(budget), -1);
        QVERIFY(!table->isColumnHidden(list->model()->columnOfField(ids.value(QStringLiteral("Quartier")))));
    }

    // "Size the map by" a number field and "Colour by" a choice or number field: straight
    // from the values, no analysis; the legend says the field and its range; the map
    // follows value changes and the field's deletion.
    void mapSizedAndColouredByField()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        const QHash<QString, qint64> ids = addSampleFields(*doc);
        const qint64 budget = ids.value(QStringLiteral("Budget")), quartier = ids.value(QStringLiteral("Quartier"));
        QComboBox *size = w.analysisPanel()->sizeByCombo();
        QComboBox *colour = w.analysisPanel()->colourByCombo();
        const int sizeIndex = size->findData(QStringLiteral("field:%1").arg(budget));
        QVERIFY(sizeIndex > 0);
        QCOMPARE(size->itemText(sizeIndex), QString::fromUtf8("Budget (€)"));
        QCOMPARE(size->findData(QStringLiteral("field:%1").arg(quartier)), -1);  // not a number
        size->setCurrentIndex(sizeIndex);
        // Larger budgets drawn larger; no budget: the smallest size.
        QList<std::pair<double, double>> byBudget;  // budget, radius
        for (const Actor &a : doc->actors()) {
            const QString v = doc->fieldValues(QStringLiteral("actor"), a.id).value(budget);
            const double r = w.networkScene()->item(a.id)->radius();
            if (v.isEmpty())
                QCOMPARE(r, render::MapStyle::diameter(0) / 2);
            else
                byBudget.append({v.toDouble(), r});
        }
        QVERIFY(byBudget.size() > 5);
        std::sort(byBudget.begin(), byBudget.end());
        for (int i = 1; i < byBudget.size(); ++i)
            QVERIFY(byBudget[i].second > byBudget[i - 1].second);
        QVERIFY(byBudget.first().second > render::MapStyle::diameter(0) / 2);

        const int colourIndex = colour->findData(QStringLiteral("field:%1").arg(quartier));
        QVERIFY(colourIndex > 0);
        colour->setCurrentIndex(colourIndex);
        const QStringList quarters{"Centre", "Gare", "Faubourg"};
        for (const Actor &a : doc->actors()) {
            const QString v = doc->fieldValues(QStringLiteral("actor"), a.id).value(quartier);
            QCOMPARE(w.networkScene()->item(a.id)->color(), render::choiceColour(int(quarters.indexOf(v))));
        }
        const QList<render::LegendScale> scales = w.networkView()->legendOptions().scales;
        QCOMPARE(scales.size(), 2);
        QCOMPARE(scales.at(0).title, QString::fromUtf8("Size: Budget (€)"));
        QCOMPARE(scales.at(0).high, QLocale().toString(1500.0 * doc->actors().size() - (doc->actors().size() % 3 == 0 ? 1500.0 : 0), 'f', QLocale::FloatingPointShortest) + QChar(0x00A0) + QString::fromUtf8("€"));
        QVERIFY(!scales.at(0).note.isEmpty());  // some have no budget
        QCOMPARE(scales.at(1).title, QStringLiteral("Colour: Quartier"));
        QCOMPARE(scales.at(1).items.size(), 3);
        w.resize(1280, 720);
        QTRY_VERIFY(w.networkView()->legendRect().height() > 0);
        const double withScales = w.networkView()->legendRect().height();
        saveShots1280(w, QStringLiteral("map-by-field"));

        // A value changed: its actor recoloured at once.
        const qint64 first = doc->actors().first().id;
        QVERIFY(doc->setFieldValue(quartier, first, QStringLiteral("Faubourg")));
        QCOMPARE(w.networkScene()->item(first)->color(), render::choiceColour(2));
        // The field deleted: back to the categories' colours, its scale gone.
        QVERIFY(doc->removeCustomField(quartier));
        QCOMPARE(colour->currentData().toString(), QString());
        QCOMPARE(w.networkView()->legendOptions().scales.size(), 1);
        doc->undoStack()->undo();
        QVERIFY(colour->findData(QStringLiteral("field:%1").arg(quartier)) > 0);
        size->setCurrentIndex(0);
        colour->setCurrentIndex(0);
        QVERIFY(w.networkView()->legendOptions().scales.isEmpty());
        // The legend shrinks back to the categories and link types.
        QVERIFY(w.networkView()->legendRect().height() < withScales - 4 * 16);
    }

    void fieldColumnsShots()
    {
        if (qEnvironmentVariableIsEmpty("MAILLAGE_TEST_SHOTS"))
            QSKIP("pictures only (MAILLAGE_TEST_SHOTS)");
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        const QHash<QString, qint64> ids = addSampleFields(*w.document());
        auto prepare = [&w, ids] {
            ActorListPanel *list = w.actorList();
            for (qint64 id : ids)
                list->setFieldShown(id, true);
            // Room for the fields beside the name in the narrow list.
            for (int c = ActorTableModel::Category; c < ActorTableModel::ColumnCount; ++c)
                list->setColumnShown(c, false);
            list->table()->setColumnWidth(ActorTableModel::Name, 150);
            list->table()->sortByColumn(list->model()->columnOfField(ids.value(QStringLiteral("Budget"))),
                                        Qt::DescendingOrder);
        };
        fields::Condition c;
        c.fieldId = ids.value(QStringLiteral("Budget"));
        c.op = fields::Condition::Greater;
        c.value = QStringLiteral("10000");
        MapFilter f;
        f.fields << c;
        w.filterBar()->setFilter(f);
        saveShots1280(w, QStringLiteral("field-columns"), prepare);
    }

    // A chip on a field filters the map and the actor list alike, reads as people write the
    // condition, and goes away with its ✕.
    void fieldFilterChips()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        const QHash<QString, qint64> ids = addSampleFields(*doc);
        const CustomField budget = *doc->customField(ids.value(QStringLiteral("Budget")));
        fields::Condition c;
        c.fieldId = budget.id;
        c.op = fields::Condition::Greater;
        c.value = QStringLiteral("10000");
        MapFilter filter;
        filter.fields << c;
        w.filterBar()->setFilter(filter);
        // Who should stay: exactly the actors with a budget above 10 000.
        QSet<qint64> expected;
        for (const Actor &a : doc->actors()) {
            const QString v = doc->fieldValues(QStringLiteral("actor"), a.id).value(budget.id);
            if (!v.isEmpty() && v.toDouble() > 10000)
                expected.insert(a.id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < doc->actors().size());
        for (ActorItem *item : w.networkScene()->actorItems())
            QCOMPARE(item->isVisible(), expected.contains(item->actorId()));
        QSet<qint64> listed;
        QAbstractItemModel *m = w.actorList()->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            listed.insert(m->index(r, 0).data(ActorTableModel::IdRole).toLongLong());
        QCOMPARE(listed, expected);
        // The chip's text, numbers in the locale's way with the unit.
        QToolButton *chip = nullptr;
        for (QToolButton *b : w.filterBar()->findChildren<QToolButton *>())
            if (b->text().startsWith(QStringLiteral("Budget")))
                chip = b;
        QVERIFY(chip);
        QCOMPARE(chip->text(), QStringLiteral("Budget > ") + QLocale().toString(10000.0, 'f', QLocale::FloatingPointShortest) +
                                   QChar(0x00A0) + QString::fromUtf8("€  ✕"));
        // A value change moves an actor in or out at once.
        const qint64 out = *std::find_if(expected.cbegin(), expected.cend(), [](qint64) { return true; });
        QVERIFY(doc->setFieldValue(budget.id, out, QStringLiteral("5")));
        QVERIFY(!w.networkScene()->item(out)->isVisible());
        saveShot(w, QStringLiteral("field-filter"));
        chip->click();
        QTRY_VERIFY(w.networkScene()->filter().fields.isEmpty());
        QCOMPARE(m->rowCount(), int(doc->actors().size()));
        for (ActorItem *item : w.networkScene()->actorItems())
            QVERIFY(item->isVisible());
    }

    // The condition dialog offers the operators of the field's type and reads numbers the
    // locale's way; a value that does not read keeps it open with one line saying why.
    void fieldConditionDialog_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");  // empty: refused
        QTest::newRow("French thousands and comma") << "fr_FR" << QString::fromUtf8("10 000,5") << "10000.5";
        QTest::newRow("French narrow space") << "fr_FR" << QString(QStringLiteral("10") + QChar(0x202F) + QStringLiteral("000")) << "10000";
        QTest::newRow("English thousands") << "en_GB" << "10,000.5" << "10000.5";
        QTest::newRow("English plain") << "en_GB" << "2500" << "2500";
        QTest::newRow("not a number") << "en_GB" << "beaucoup" << "";
        QTest::newRow("nothing typed") << "fr_FR" << "" << "";
    }
    void fieldConditionDialog()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        CustomField f;
        f.id = 7;
        f.name = QStringLiteral("Budget");
        f.type = FieldType::Number;
        FieldConditionDialog dialog(f);
        QCOMPARE(dialog.operatorBox()->count(), int(fields::operatorsFor(FieldType::Number).size()));
        dialog.operatorBox()->setCurrentIndex(dialog.operatorBox()->findData(int(fields::Condition::Greater)));
        dialog.textEdit()->setText(typed);
        if (const QString dir = qEnvironmentVariable("MAILLAGE_TEST_SHOTS"); !dir.isEmpty()) {
            dialog.show();
            dialog.grab().save(dir + QStringLiteral("/condition-dialog-%1.png").arg(locale));
        }
        QString error;
        const auto c = dialog.condition(&error);
        QLocale::setDefault(before);
        if (stored.isEmpty()) {
            QVERIFY(!c);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->fieldId, qint64(7));
        QCOMPARE(c->op, fields::Condition::Greater);
        QCOMPARE(c->value, stored);
    }

    void conditionTexts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        using C = fields::Condition;
        QTest::newRow("choice") << int(FieldType::Choice) << int(C::Equals) << "Centre" << "F = Centre";
        QTest::newRow("yes") << int(FieldType::YesNo) << int(C::Equals) << "1" << "F = Yes";
        QTest::newRow("date before") << int(FieldType::Date) << int(C::Less) << "2025-01-01" << "F before 1 Jan 2025";
        QTest::newRow("number not") << int(FieldType::Number) << int(C::NotEquals) << "3" << QString::fromUtf8("F ≠ 3");
        QTest::newRow("filled") << int(FieldType::Text) << int(C::IsSet) << "" << "F filled in";
    }
    void conditionTexts()
    {
        QFETCH(int, type);
        QFETCH(int, op);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        CustomField f;
        f.name = QStringLiteral("F");
        f.type = FieldType(type);
        fields::Condition c;
        c.op = fields::Condition::Op(op);
        c.value = value;
        const QString text = FilterBar::conditionText(f, c);
        QLocale::setDefault(before);
        QCOMPARE(text, expected);
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"

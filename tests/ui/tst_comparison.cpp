// Workshop › Compare with Maps / Reference and exercise files, driven through the main window:
// the table's figures against the core's, ghosts and marks on the map and their removal, the
// brief dock, editors restricted to the exercise's vocabulary, the Create Exercise dialog.
#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"
#include "ui/workshop/comparisonoverlay.h"
#include "ui/workshop/comparisonpanel.h"
#include "ui/workshop/exercisedialog.h"
#include "ui/workshop/exerciseworkshop.h"
#include "core/workshop/compare.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace maillage;

namespace {
#define K(s) QStringLiteral(s)

qint64 actorId(Store &store, const QString &name)
{
    for (const Actor &a : ActorRepository(store).list())
        if (a.name == name)
            return a.id;
    return 0;
}

qint64 codeId(Store &store, const QString &table, const QString &code)
{
    for (const Row &r : store.rows(table))
        if (r.value(K("code")).toString() == code)
            return r.value(K("id")).toLongLong();
    return 0;
}

QList<ComparisonMarkItem *> marksIn(NetworkScene *scene)
{
    QList<ComparisonMarkItem *> marks;
    for (QGraphicsItem *i : scene->items())
        if (i->type() == ComparisonMarkItem::Type)
            marks << static_cast<ComparisonMarkItem *>(i);
    return marks;
}

int linksItemsIn(NetworkScene *scene)
{
    int n = 0;
    for (QGraphicsItem *i : scene->items())
        n += i->type() == ComparisonLinksItem::Type;
    return n;
}
} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString reference, groupA, groupB;

    QString freshPath(const QString &stem)
    {
        const QString p = test::tempPath(K("%1-%2.maillage").arg(stem).arg(++counter));
        QFile::remove(p);
        return p;
    }

    /// A group's map: the sample without some actors and links, with actors of its own and
    /// one name misspelt.
    QString group(const QString &name, const QStringList &drop, const QStringList &add,
                  int dropLinks)
    {
        const QString path = test::tempPath(name + K(".maillage"));
        QString error;
        if (!writeSample(path, &error))
            qFatal("%s", qPrintable(error));
        Store s;
        if (!s.open(path, Store::Access::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        for (const QString &n : drop)
            s.deleteRow(K("actor"), {{K("id"), actorId(s, n)}});
        QList<Link> links = LinkRepository(s).list();
        for (int i = 0; i < dropLinks && i < links.size(); ++i)
            LinkRepository(s).remove(links.at(i * 3 % links.size()).id);
        const qint64 association = codeId(s, K("category"), K("association"));
        for (const QString &n : add) {
            Actor a;
            a.name = n;
            a.categoryId = association;
            a.influence = 2;
            const qint64 id = *ActorRepository(s).create(a);
            Link l;
            l.sourceId = id;
            l.targetId = actorId(s, K("Mairie de Mirecourt"));
            l.typeId = codeId(s, K("link_type"), K("partnership"));
            LinkRepository(s).create(l);
        }
        s.updateRow(K("actor"), {{K("id"), actorId(s, K("La vie ensemble"))}},
                    {{K("name"), K("La vie ensembe")}});
        s.close();
        return path;
    }

    void shoot(MainWindow &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w.resize(1400, 860);
        QApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + K(".png")));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        reference = test::tempPath(K("reference.maillage"));
        QString error;
        QVERIFY2(writeSample(reference, &error), qPrintable(error));
        groupA = group(K("group-a"), {K("CAF des Vosges"), K("Odile Ferry"), K("Vosges Matin")},
                       {K("Amicale des pêcheurs")}, 6);
        groupB = group(K("group-b"), {K("CAF des Vosges"), K("Lucas Didier")},
                       {K("Club de foot"), K("Secours populaire")}, 2);
    }
    void cleanup() { i18n::install(K("en")); }

    void tableFiguresEqualTheCore()
    {
        MainWindow w;
        QVERIFY(w.openFile(reference));
        ExerciseWorkshop *ws = w.exerciseWorkshop();
        QVERIFY(ws->compareWithMaps({groupA, groupB}));
        QVERIFY(ws->comparisonDock()->isVisibleTo(&w));

        workshop::MapData ref, a, b;
        QString error;
        QVERIFY(workshop::loadMap(groupA, &a, &error));
        QVERIFY(workshop::loadMap(groupB, &b, &error));
        {
            // The reference is open in the window (locked): read it through its document.
            ref = workshop::readMap(w.document()->store());
        }
        const workshop::Comparison core = workshop::compare(ref, {a, b});
        QTableWidget *table = ws->comparisonPanel()->table();
        QCOMPARE(table->rowCount(), 2);
        const QLocale locale;
        for (int r = 0; r < 2; ++r) {
            const workshop::MapComparison &m = core.maps.at(r);
            auto text = [&](int c) { return table->item(r, c)->text(); };
            QCOMPARE(text(ComparisonPanel::File), QFileInfo(m.file).fileName());
            QCOMPARE(text(ComparisonPanel::ActorsFound),
                     K("%1 / %2").arg(locale.toString(m.actors.matched),
                                      locale.toString(m.actors.reference)));
            QCOMPARE(text(ComparisonPanel::ActorPrecision), locale.toString(m.actors.precision, 'f', 2));
            QCOMPARE(text(ComparisonPanel::ActorRecall), locale.toString(m.actors.recall, 'f', 2));
            QCOMPARE(text(ComparisonPanel::ActorF1), locale.toString(m.actors.f1, 'f', 2));
            QCOMPARE(text(ComparisonPanel::LinksFound),
                     K("%1 / %2").arg(locale.toString(m.links.matched),
                                      locale.toString(m.links.reference)));
            QCOMPARE(text(ComparisonPanel::LinkRecall), locale.toString(m.links.recall, 'f', 2));
            QCOMPARE(text(ComparisonPanel::LinkF1), locale.toString(m.links.f1, 'f', 2));
            QCOMPARE(text(ComparisonPanel::CategoryAgreement),
                     K("%1%").arg(locale.toString(100 * m.categoryAgreement, 'f', 0)));
        }
        // Known answers: group A lacks 3 actors of 34, adds 1 and misspells one (still matched).
        QCOMPARE(core.maps.at(0).actors.matched, 31);
        QCOMPARE(core.maps.at(0).actors.candidate, 32);
        QCOMPARE(core.maps.at(1).actors.matched, 32);
        // Several maps: what most missed (CAF des Vosges: both).
        QVERIFY(!core.summary.mostMissedActors.isEmpty());
        const QTreeWidget *details = ws->comparisonPanel()->details();
        QStringList groups;
        for (int i = 0; i < details->topLevelItemCount(); ++i)
            groups << details->topLevelItem(i)->text(0);
        QVERIFY2(groups.join(QLatin1Char('|')).contains(K("Missed by most maps")),
                 qPrintable(groups.join(QLatin1Char('|'))));
        QVERIFY(groups.join(QLatin1Char('|')).contains(K("Where the maps disagree")));
    }

    void ghostsShownAndRemovedOnClose()
    {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(reference));
        ExerciseWorkshop *ws = w.exerciseWorkshop();
        NetworkScene *scene = w.networkScene();
        const int sceneItemsBefore = int(scene->items().size());
        QVERIFY(ws->compareWithMaps({groupA, groupB}));
        const ComparisonSession &session = ws->comparisonPanel()->session();
        const workshop::ComparisonItems &items = session.items.at(0);
        QCOMPARE(items.missingActors.size(), 3);
        QCOMPARE(items.extraActors.size(), 1);

        // Missing actors: ghosts over the reference's own actors; extras: placed marks.
        QList<ComparisonMarkItem *> marks = marksIn(scene);
        int ghosts = 0, extras = 0;
        for (ComparisonMarkItem *m : marks) {
            if (m->kind() == ComparisonMarkItem::Missing) {
                ++ghosts;
                QVERIFY(!m->standalone());
                auto *actor = qgraphicsitem_cast<ActorItem *>(m->parentItem());
                QVERIFY(actor);
                QVERIFY(items.missingActors.contains(actor->actorId()));
            } else {
                ++extras;
                QVERIFY(m->standalone());
                QCOMPARE(m->name(), K("Amicale des pêcheurs"));
                // Beside the Mairie, its only (matched) neighbour.
                const QPointF mairie = scene->item(actorId(w.document()->store(),
                                                           K("Mairie de Mirecourt")))->pos();
                QVERIFY(QLineF(m->pos(), mairie).length() < 120);
            }
        }
        QCOMPARE(ghosts, 3);
        QCOMPARE(extras, 1);
        ComparisonLinksItem *links = ws->comparisonPanel()->overlay()->linksItem();
        QVERIFY(links);
        int missingLines = 0, extraLines = 0;
        for (const auto &l : links->lines())
            (l.missing ? missingLines : extraLines)++;
        QCOMPARE(missingLines, int(items.missingLinks.size()));
        QCOMPARE(extraLines, int(items.extraLinks.size()));
        QVERIFY(missingLines >= 6);  // 6 dropped, plus those of the dropped actors
        QCOMPARE(extraLines, 1);

        // The chip says which map is shown.
        QFrame *chip = ws->chip();
        QVERIFY(chip->isVisible());
        QVERIFY(chip->findChild<QLabel *>()->text().contains(K("group-a.maillage")));

        // Another row shows the other map.
        ws->comparisonPanel()->table()->selectRow(1);
        QTRY_VERIFY(chip->findChild<QLabel *>()->text().contains(K("group-b.maillage")));
        QCOMPARE(int(marksIn(scene).size()), 2 + 2);  // 2 missing, 2 extra

        // Clicking a missing actor centres the map on it.
        QTreeWidget *details = ws->comparisonPanel()->details();
        QTreeWidgetItem *missingGroup = details->topLevelItem(0);
        QVERIFY(missingGroup->childCount() > 0);
        QTreeWidgetItem *entry = missingGroup->child(0);
        const qint64 id = entry->data(0, ComparisonPanel::IdRole).toLongLong();
        w.networkView()->centerOn(scene->itemsRect().topLeft() - QPointF(500, 500));
        details->scrollToItem(entry);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {},
                          details->visualItemRect(entry).center());
        const QPointF centre = w.networkView()->mapToScene(
            w.networkView()->viewport()->rect().center());
        QVERIFY2(QLineF(centre, scene->item(id)->pos()).length() < 30,
                 qPrintable(K("%1,%2").arg(centre.x()).arg(centre.y())));
        QCOMPARE(scene->selectedActors(), QList<qint64>{id});

        ws->comparisonPanel()->table()->selectRow(0);
        w.networkView()->fitAll();
        shoot(w, K("comparison-en"));
        if (!qEnvironmentVariableIsEmpty("MAILLAGE_SCREENSHOT_DIR")) {
            // A close look at the ghosts and the extra around the Mairie.
            w.networkView()->resetTransform();
            w.networkView()->zoomBy(1.6);
            w.networkView()->centerOn(scene->item(actorId(w.document()->store(),
                                                          K("Mairie de Mirecourt")))->pos());
            QApplication::processEvents();
            QVERIFY(w.networkView()->grab().save(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") +
                                                 K("/comparison-map.png")));
        }

        // Closing with the chip's × removes every overlay item.
        QTest::mouseClick(chip->findChild<QToolButton *>(K("comparisonChipClose")), Qt::LeftButton);
        QVERIFY(marksIn(scene).isEmpty());
        QCOMPARE(linksItemsIn(scene), 0);
        QCOMPARE(int(scene->items().size()), sceneItemsBefore);
        QVERIFY(!chip->isVisible());
        QVERIFY(!ws->comparisonDock()->isVisible());
        QVERIFY(!ws->comparisonPanel()->hasSession());
    }

    void traineeComparesWithReference()
    {
        MainWindow w;
        QVERIFY(w.openFile(groupA));
        ExerciseWorkshop *ws = w.exerciseWorkshop();
        QVERIFY(ws->compareWithReference(reference));
        QTableWidget *table = ws->comparisonPanel()->table();
        QCOMPARE(table->rowCount(), 1);
        workshop::MapData ref, a;
        QString error;
        QVERIFY(workshop::loadMap(reference, &ref, &error));
        a = workshop::readMap(w.document()->store());
        const workshop::MapComparison m = workshop::compareMap(ref, a);
        QCOMPARE(table->item(0, ComparisonPanel::ActorRecall)->text(),
                 QLocale().toString(m.actors.recall, 'f', 2));
        QCOMPARE(table->item(0, ComparisonPanel::LinkPrecision)->text(),
                 QLocale().toString(m.links.precision, 'f', 2));
        // Missing reference actors stand alone on the trainee's map; the extra is marked on it.
        int standaloneGhosts = 0, badges = 0;
        for (ComparisonMarkItem *mark : marksIn(w.networkScene())) {
            if (mark->kind() == ComparisonMarkItem::Missing && mark->standalone())
                ++standaloneGhosts;
            if (mark->kind() == ComparisonMarkItem::Extra && !mark->standalone()) {
                ++badges;
                QCOMPARE(qgraphicsitem_cast<ActorItem *>(mark->parentItem())->label(),
                         K("Amicale des pêcheurs"));
            }
        }
        QCOMPARE(standaloneGhosts, 3);
        QCOMPARE(badges, 1);
        QVERIFY(ws->chip()->findChild<QLabel *>()->text().contains(K("reference.maillage")));
        // Closing the file removes the comparison.
        w.document()->close();
        QVERIFY(marksIn(w.networkScene()).isEmpty());
        QVERIFY(!ws->comparisonPanel()->hasSession());
    }

    void unreadableMapRefused()
    {
        MainWindow w;
        QVERIFY(w.openFile(reference));
        const QString bad = test::tempPath(K("notes.maillage"));
        test::writeBytes(bad, QByteArrayLiteral("not a territory"));
        QString message;
        test::whenModal([&](QWidget *dialog) {
            message = dialog->findChild<QLabel *>(K("qt_msgbox_label"))->text();
            static_cast<QDialog *>(dialog)->reject();
        });
        QVERIFY(!w.exerciseWorkshop()->compareWithMaps({groupA, bad}));
        QVERIFY2(message.contains(K("notes.maillage")), qPrintable(message));
        QVERIFY(marksIn(w.networkScene()).isEmpty());
    }

    void briefDockAndRestrictedEditors()
    {
        // An exercise allowing institutions and associations, partnerships and funding.
        const QString exercise = freshPath(K("exercise"));
        workshop::ExerciseSpec spec;
        spec.brief = K("Map who acts on food and health in Mirecourt.\nAdd the links you know.");
        spec.start = workshop::StartMap::Actors;
        {
            Store ref;
            QVERIFY(ref.open(reference, Store::Access::ReadOnly));
            spec.categories = {codeId(ref, K("category"), K("institution")),
                               codeId(ref, K("category"), K("association"))};
            spec.linkTypes = {codeId(ref, K("link_type"), K("partnership")),
                              codeId(ref, K("link_type"), K("funding"))};
            QString error;
            QVERIFY2(workshop::createExercise(ref, exercise, spec, &error), qPrintable(error));
        }
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(exercise));
        ExerciseWorkshop *ws = w.exerciseWorkshop();
        QTRY_VERIFY(ws->briefDock()->isVisible());
        QCOMPARE(ws->briefPanel()->briefText()->toPlainText(), spec.brief);
        const QString vocabulary = ws->briefPanel()->vocabularyLabel()->text();
        Document *doc = w.document();
        for (const Category &c : doc->categories())
            QCOMPARE(vocabulary.contains(c.name), spec.categories.contains(c.id));

        // The actor editor offers only the allowed categories.
        const qint64 mairie = actorId(doc->store(), K("Mairie de Mirecourt"));
        w.actorList()->selectActors({mairie});
        QTRY_COMPARE(w.actorEditor()->actorId(), mairie);
        auto *combo = w.actorEditor()->findChild<QComboBox *>(K("actorCategory"));
        QSet<qint64> offered;
        for (int i = 1; i < combo->count(); ++i)
            offered << combo->itemData(i).toLongLong();
        QCOMPARE(offered, QSet<qint64>(spec.categories.cbegin(), spec.categories.cend()));
        // A person of a category not allowed keeps showing it (and only it besides).
        const qint64 odile = actorId(doc->store(), K("Odile Ferry"));
        w.actorList()->selectActors({odile});
        QTRY_COMPARE(w.actorEditor()->actorId(), odile);
        QCOMPARE(combo->count(), 1 + 2 + 1);
        QCOMPARE(combo->currentData().toLongLong(), doc->actor(odile)->categoryId);

        // The new-link dialog offers only the allowed link types.
        QSet<qint64> types;
        test::whenModal([&](QWidget *dialog) {
            auto *t = dialog->findChild<QComboBox *>(K("newLinkType"));
            for (int i = 0; i < t->count(); ++i)
                types << t->itemData(i).toLongLong();
            static_cast<QDialog *>(dialog)->reject();
        });
        w.findChild<QAction *>(K("addLinkAction"))->trigger();
        QCOMPARE(types, QSet<qint64>(spec.linkTypes.cbegin(), spec.linkTypes.cend()));

        shoot(w, K("brief-en"));
        w.setLanguage(K("fr"));
        QVERIFY(ws->briefDock()->isVisible());
        QCOMPARE(ws->briefPanel()->briefText()->toPlainText(), spec.brief);
        shoot(w, K("brief-fr"));
        w.setLanguage(K("en"));

        // Compare with Reference from the brief: the trainee's (empty-linked) map against it.
        QVERIFY(ws->compareWithReference(reference));
        QCOMPARE(ws->comparisonPanel()->session().comparison.maps.at(0).links.matched, 0);
        QCOMPARE(ws->comparisonPanel()->session().comparison.maps.at(0).actors.recall, 1.0);

        // An ordinary file: no brief, every category offered again.
        QVERIFY(w.openFile(reference));
        QVERIFY(!ws->briefDock()->isVisible());
        w.actorList()->selectActors({mairie});
        QTRY_COMPARE(w.actorEditor()->actorId(), mairie);
        combo = w.actorEditor()->findChild<QComboBox *>(K("actorCategory"));
        QCOMPARE(combo->count(), 1 + int(w.document()->categories().size()));
    }

    void createExerciseDialog()
    {
        MainWindow w;
        QVERIFY(w.openFile(reference));
        const QString out = freshPath(K("from-dialog"));
        bool filled = false;
        test::whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExerciseDialog *>(modal);
            QVERIFY(dialog);
            // Without a selection, "selected actors" cannot be chosen.
            auto *start = dialog->startCombo();
            auto *model = qobject_cast<QStandardItemModel *>(start->model());
            QVERIFY(!model->item(2)->isEnabled());
            QTest::keyClicks(dialog->briefEdit(), K("Find who funds the festival."));
            for (int i = 0; i < dialog->categoryList()->count(); ++i)
                if (i > 1)
                    dialog->categoryList()->item(i)->setCheckState(Qt::Unchecked);
            start->setCurrentIndex(1);  // only the actors
            dialog->fileEdit()->setText(out);
            filled = true;
            dialog->accept();
        });
        w.findChild<QAction *>(K("createExerciseAction"))->trigger();
        QVERIFY(filled);
        Store made;
        QVERIFY(made.open(out, Store::Access::ReadOnly));
        const auto e = workshop::readExercise(made);
        QVERIFY(e.has_value());
        QCOMPARE(e->brief, K("Find who funds the festival."));
        QCOMPARE(e->categories.size(), 2);
        QCOMPARE(made.count(K("link")), qint64(0));
        QCOMPARE(made.count(K("actor")), qint64(34));
        // The open reference is untouched.
        QVERIFY(!workshop::readExercise(w.document()->store()).has_value());
    }

    void frenchScreenshot()
    {
        if (qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR").isEmpty())
            QSKIP("screenshots only with MAILLAGE_SCREENSHOT_DIR");
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setLanguage(K("fr"));
        QVERIFY(w.openFile(reference));
        QVERIFY(w.exerciseWorkshop()->compareWithMaps({groupA, groupB}));
        shoot(w, K("comparison-fr"));
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"

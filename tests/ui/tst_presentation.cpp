// Saved views and presentation mode, driven through the real main window: a view restores
// the filters, search, focus, zoom and layout exactly; the Views dock reorders, edits and
// deletes with undo; the presentation steps through the slides by keys and clicks and hides
// persons' names from everything on screen.
#include "core/document/document.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"
#include "ui/settings.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"
#include "ui/workshop/presentationwindow.h"
#include "ui/workshop/viewspanel.h"
#include "ui/workshop/viewstate.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace maillage;
using workshop::SavedView;

namespace {
QString K(const char *s)
{
    return QString::fromUtf8(s);
}

/// The text a widget shows, read back from a PDF it is rendered into (pdftotext).
QString screenText(QWidget *widget)
{
    const QString pdf = test::tempPath(K("screen.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(widget->size(), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        widget->render(&painter);
    }
    return test::pdfText(pdf);
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

    int m_counter = 0;

    QString samplePath()
    {
        const QString p = test::tempPath(K("sample-%1.maillage").arg(++m_counter));
        QString error;
        if (!writeSample(p, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }

    static PresentationFeature *feature(MainWindow &w)
    {
        auto *panel = w.findChild<ViewsPanel *>(K("viewsPanel"));
        return panel ? w.findChild<PresentationFeature *>() : nullptr;
    }

    static qint64 actorId(const Document &doc, const QString &name)
    {
        for (const Actor &a : doc.actors())
            if (a.name == name)
                return a.id;
        return 0;
    }

    static qint64 categoryId(const Document &doc, const char *code)
    {
        for (const Category &c : doc.categories())
            if (c.code == QLatin1String(code))
                return c.id;
        return 0;
    }

    static void open(MainWindow &w, const QString &path)
    {
        w.resize(1300, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        QCoreApplication::processEvents();
    }

    /// Everything a restore must give back.
    struct State
    {
        QRectF visible;
        MapFilter filter;
        QString search;
        QList<qint64> focus;
        int depth = 0;
        QHash<qint64, QPointF> positions;
        QSet<qint64> dimmed, hidden;
    };
    static State state(MainWindow &w)
    {
        State s;
        s.visible = visibleSceneRect(w.networkView());
        s.filter = w.networkScene()->filter();
        s.search = w.actorList()->searchField()->text();
        s.focus = w.focusActors();
        s.depth = w.focusDepth();
        for (const Actor &a : w.document()->actors()) {
            const ActorItem *item = w.networkScene()->item(a.id);
            s.positions.insert(a.id, item->pos());
            if (item->isDimmed())
                s.dimmed.insert(a.id);
            if (!item->isVisible())
                s.hidden.insert(a.id);
        }
        return s;
    }
    static void compareStates(const State &a, const State &b)
    {
        // Scrolling works in whole device pixels: the rectangle comes back to well under one.
        const double pixel = 1.0 / 4;
        QVERIFY2(std::abs(a.visible.left() - b.visible.left()) < a.visible.width() / 1300 * pixel &&
                     std::abs(a.visible.top() - b.visible.top()) < a.visible.width() / 1300 * pixel &&
                     std::abs(a.visible.width() - b.visible.width()) < 1e-6 * a.visible.width() &&
                     std::abs(a.visible.height() - b.visible.height()) < 1e-6 * a.visible.height(),
                 qPrintable(K("%1,%2 %3×%4 vs %5,%6 %7×%8")
                                .arg(a.visible.x()).arg(a.visible.y()).arg(a.visible.width())
                                .arg(a.visible.height()).arg(b.visible.x()).arg(b.visible.y())
                                .arg(b.visible.width()).arg(b.visible.height())));
        QCOMPARE(a.filter.categories, b.filter.categories);
        QCOMPARE(a.filter.linkTypes, b.filter.linkTypes);
        QCOMPARE(a.filter.tags, b.filter.tags);
        QCOMPARE(a.filter.attitudes, b.filter.attitudes);
        QCOMPARE(a.filter.minStrength, b.filter.minStrength);
        QCOMPARE(a.filter.hideIsolated, b.filter.hideIsolated);
        QCOMPARE(a.search, b.search);
        QCOMPARE(a.focus, b.focus);
        QCOMPARE(a.depth, b.depth);
        QCOMPARE(a.positions, b.positions);
        QCOMPARE(a.dimmed, b.dimmed);
        QCOMPARE(a.hidden, b.hidden);
    }

    /// Three views: all, elected officials only, focus on the town hall.
    static QList<qint64> threeViews(MainWindow &w)
    {
        PresentationFeature *f = feature(w);
        QList<qint64> ids;
        ids << *f->saveCurrentView(K("Tout le territoire"), K("Les 34 acteurs"));
        MapFilter elected;
        elected.categories = {categoryId(*w.document(), "elected"),
                              categoryId(*w.document(), "citizen")};
        w.filterBar()->setFilter(elected);
        ids << *f->saveCurrentView(K("Élus et habitants"), QString());
        w.filterBar()->setFilter({});
        w.focusOnActors({actorId(*w.document(), K("Mairie de Mirecourt"))}, 1);
        ids << *f->saveCurrentView(K("Autour de la mairie"), K("Un pas"));
        w.focusOnActors({}, 0);
        return ids;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }
    void cleanup() { i18n::install(K("en")); }

    void saveAndRestoreExactly()
    {
        MainWindow w;
        open(w, samplePath());
        Document &doc = *w.document();
        PresentationFeature *f = feature(w);
        QVERIFY(f);
        // A map set up with every kind of setting.
        MapFilter filter;
        filter.categories = {categoryId(doc, "elected"), categoryId(doc, "institution"),
                             categoryId(doc, "citizen"), categoryId(doc, "association")};
        filter.minStrength = 2;
        filter.hideIsolated = true;
        w.filterBar()->setFilter(filter);
        w.actorList()->searchField()->setText(K("mairie"));
        w.focusOnActors({actorId(doc, K("Mairie de Mirecourt"))}, 2);
        // As a wheel zoom does: the fit requested when the file opened no longer applies.
        w.networkView()->cancelPendingFit();
        w.networkView()->zoomBy(1.7);
        w.networkView()->centerOn(QPointF(137.25, -61.5));
        QCoreApplication::processEvents();
        const State before = state(w);
        QVERIFY(!before.dimmed.isEmpty());
        QVERIFY(!before.hidden.isEmpty());
        const auto id = f->saveCurrentView(K("Vue de la mairie"), K("Élus et institutions"));
        QVERIFY(id);
        QCOMPARE(doc.undoStack()->undoText(), K("Save view “Vue de la mairie”"));

        // The user changes everything: filters, search, focus, zoom, and the layout.
        w.filterBar()->setFilter({});
        w.actorList()->searchField()->clear();
        w.focusOnActors({actorId(doc, K("Café L'UtopiC"))}, 1);
        w.networkView()->fitAll();
        QList<RowOp> moves;
        for (const Actor &a : doc.actors())
            moves << *doc.updateOp(K("actor"), a.id, {{K("x"), a.x * 0.5 + 40}, {K("y"), -a.y}});
        QVERIFY(doc.apply(K("Re-layout"), moves));
        QCoreApplication::processEvents();
        const State changed = state(w);
        QVERIFY(changed.visible != before.visible);
        QVERIFY(changed.positions != before.positions);

        // Shown again from the Views dock (Enter on the item).
        ViewsPanel *panel = f->panel();
        panel->selectView(*id);
        QVERIFY(panel->list()->currentItem());
        emit panel->list()->itemActivated(panel->list()->currentItem());
        QCoreApplication::processEvents();
        compareStates(before, state(w));
        // Moving the actors back is one undo step; undoing it gives the re-layout back.
        QCOMPARE(doc.undoStack()->undoText(), K("Show view “Vue de la mairie”"));
        doc.undoStack()->undo();
        QCOMPARE(state(w).positions, changed.positions);
        // Restoring twice changes nothing more.
        QVERIFY(f->showView(*id));
        const int steps = doc.undoStack()->count();
        QVERIFY(f->showView(*id));
        QCOMPARE(doc.undoStack()->count(), steps);
        compareStates(before, state(w));

        // The saved settings survive closing and reopening the file.
        const QString path = doc.path();
        w.networkView()->fitAll();
        w.filterBar()->setFilter({});
        doc.close();
        QVERIFY(w.openFile(path));
        QCoreApplication::processEvents();
        QCOMPARE(f->panel()->list()->count(), 1);
        QVERIFY(f->showView(*id));
        compareStates(before, state(w));
    }

    void updateFromCurrentAndAnalysisColours()
    {
        MainWindow w;
        open(w, samplePath());
        PresentationFeature *f = feature(w);
        const auto id = f->saveCurrentView(K("A"), QString());
        QHash<qint64, QColor> colours;
        QHash<qint64, double> sizes;
        for (const Actor &a : w.document()->actors()) {
            colours.insert(a.id, a.id % 2 ? QColor(Qt::red) : QColor(Qt::blue));
            sizes.insert(a.id, (a.id % 5) / 4.0);
        }
        w.networkScene()->setColourOverrides(colours);
        w.networkScene()->setSizeFactors(sizes);
        QVERIFY(f->updateFromCurrent(*id));
        w.networkScene()->setColourOverrides({});
        w.networkScene()->setSizeFactors({});
        QVERIFY(f->showView(*id));
        QCOMPARE(w.networkScene()->colourOverrides(), colours);
        QCOMPARE(w.networkScene()->sizeFactors(), sizes);
        w.document()->undoStack()->undo();  // the update
        QVERIFY(f->showView(*id));
        QVERIFY(w.networkScene()->colourOverrides().isEmpty());
    }

    void reorderEditDeleteWithUndo()
    {
        MainWindow w;
        open(w, samplePath());
        PresentationFeature *f = feature(w);
        const QList<qint64> ids = threeViews(w);
        f->action(K("viewsDock"))->trigger();
        QVERIFY(f->dock()->isVisible());
        ViewsPanel *panel = f->panel();
        auto titles = [&] {
            QStringList out;
            for (int i = 0; i < panel->list()->count(); ++i)
                out << panel->list()->item(i)->text();
            return out;
        };
        QCOMPARE(titles(), (QStringList{K("1. Tout le territoire"), K("2. Élus et habitants"),
                                        K("3. Autour de la mairie")}));
        auto button = [&](const char *name) {
            return panel->findChild<QToolButton *>(QString::fromLatin1(name));
        };
        panel->selectView(ids[2]);
        QTest::mouseClick(button("upViewButton"), Qt::LeftButton);
        QCOMPARE(titles(), (QStringList{K("1. Tout le territoire"), K("2. Autour de la mairie"),
                                        K("3. Élus et habitants")}));
        QCOMPARE(panel->currentViewId(), ids[2]);
        QVERIFY(!button("downViewButton")->isEnabled() == false);
        // Keyboard: Ctrl+Up on the list.
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(titles(), (QStringList{K("1. Autour de la mairie"), K("2. Tout le territoire"),
                                        K("3. Élus et habitants")}));
        QVERIFY(!button("upViewButton")->isEnabled());
        // A drag in the list (the model's move) becomes the document's order too.
        QVERIFY(panel->list()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
        QCoreApplication::processEvents();
        QCOMPARE(titles(), (QStringList{K("1. Tout le territoire"), K("2. Élus et habitants"),
                                        K("3. Autour de la mairie")}));
        QCOMPARE(workshop::loadViews(w.document()->store()).last().id, ids[2]);
        // Undo goes back step by step.
        w.document()->undoStack()->undo();
        QCOMPARE(titles(), (QStringList{K("1. Autour de la mairie"), K("2. Tout le territoire"),
                                        K("3. Élus et habitants")}));
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QCOMPARE(titles(), (QStringList{K("1. Tout le territoire"), K("2. Élus et habitants"),
                                        K("3. Autour de la mairie")}));

        // Edit (F2): title and caption in a dialog.
        panel->selectView(ids[1]);
        test::whenModal([](QWidget *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(K("viewTitleEdit"));
            title->setText(K("Les élus"));
            dialog->findChild<QPlainTextEdit *>(K("viewCaptionEdit"))->setPlainText(K("Et eux"));
            static_cast<QDialog *>(dialog)->accept();
        });
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_F2);
        QCOMPARE(titles().at(1), K("2. Les élus"));
        QCOMPARE(workshop::loadView(w.document()->store(), ids[1])->caption, K("Et eux"));
        w.document()->undoStack()->undo();
        QCOMPARE(titles().at(1), K("2. Élus et habitants"));
        QCOMPARE(workshop::loadView(w.document()->store(), ids[1])->caption, QString());

        // Delete, and undo.
        panel->selectView(ids[0]);
        QTest::mouseClick(button("deleteViewButton"), Qt::LeftButton);
        QCOMPARE(titles(), (QStringList{K("1. Élus et habitants"), K("2. Autour de la mairie")}));
        w.document()->undoStack()->undo();
        QCOMPARE(titles().size(), 3);
        QCOMPARE(titles().first(), K("1. Tout le territoire"));

        // Save Current View… through the menu action and its dialog.
        test::whenModal([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(K("viewTitleEdit"))->setText(K("Quatrième"));
            static_cast<QDialog *>(dialog)->accept();
        });
        f->action(K("saveView"))->trigger();
        QCOMPARE(titles().last(), K("4. Quatrième"));
        QVERIFY(f->dock()->isVisible());
    }

    void presentationSteps()
    {
        MainWindow w;
        open(w, samplePath());
        PresentationFeature *f = feature(w);
        const QList<qint64> ids = threeViews(w);
        const QList<SavedView> views = workshop::loadViews(w.document()->store());
        QPointer<PresentationWindow> p = f->present(false);
        QVERIFY(p);
        QVERIFY(QTest::qWaitForWindowExposed(p));
        QVERIFY(p->isFullScreen());
        auto *counter = p->findChild<QLabel *>(K("slideCounter"));
        QCOMPARE(p->current(), 0);
        QCOMPARE(counter->text(), K("1 / 3"));
        // Each slide is its view, exactly.
        const workshop::SlideSource source = workshop::SlideSource::fromDocument(*w.document());
        auto checkSlide = [&](int i) {
            const workshop::Slide &s = p->slide();
            QCOMPARE(s.title, views[i].name);
            // The part of the map in view: the saved rectangle without its empty margins.
            QVERIFY(views[i].visibleRect.contains(s.options.sceneRect));
            QVERIFY(!s.options.sceneRect.isEmpty());
            QSet<qint64> shown;
            for (const render::MapNode &n : s.model.nodes) {
                shown.insert(n.id);
                QCOMPARE(n.pos, views[i].positions.value(n.id));
                QCOMPARE(s.options.sceneRect.contains(n.pos),
                         views[i].visibleRect.contains(n.pos));
            }
            QCOMPARE(shown, source.shownActors(views[i].filter));
            const QSet<qint64> focus =
                views[i].focusActors.isEmpty()
                    ? shown
                    : source.neighbourhood(views[i].focusActors, views[i].focusDepth);
            for (qint64 id : shown)
                QCOMPARE(s.options.dimmed.contains(id), !focus.contains(id));
        };
        checkSlide(0);
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->current(), 1);
        checkSlide(1);
        QTest::keyClick(p, Qt::Key_Space);
        QCOMPARE(p->current(), 2);
        QCOMPARE(counter->text(), K("3 / 3"));
        checkSlide(2);
        QVERIFY(p->slide().focusText.contains(K("Mairie de Mirecourt")));
        QTest::keyClick(p, Qt::Key_PageDown);  // past the end: stays
        QCOMPARE(p->current(), 2);
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->current(), 1);
        QTest::keyClick(p, Qt::Key_PageUp);
        QCOMPARE(p->current(), 0);
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->current(), 2);
        QTest::keyClick(p, Qt::Key_Home);
        QCOMPARE(p->current(), 0);
        QTest::mouseClick(p, Qt::LeftButton, {}, QPoint(p->width() / 2, p->height() / 2));
        QCOMPARE(p->current(), 1);
        QTest::mouseClick(p, Qt::RightButton, {}, QPoint(p->width() / 2, p->height() / 2));
        QCOMPARE(p->current(), 0);
        QTest::mouseClick(p->findChild<QToolButton *>(K("nextSlideButton")), Qt::LeftButton);
        QCOMPARE(p->current(), 1);
        // The slide shown does not move when the map in the main window is re-arranged.
        QList<RowOp> moves;
        for (const Actor &a : w.document()->actors())
            moves << *w.document()->updateOp(K("actor"), a.id, {{K("x"), a.x + 500}});
        QVERIFY(w.document()->apply(K("Move"), moves));
        checkSlide(1);
        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!p);

        // Shift+F5 (from the selected view) starts at that view.
        f->panel()->selectView(ids[2]);
        test::whenModal([](QWidget *dialog) { static_cast<QDialog *>(dialog)->accept(); });
        f->action(K("presentFromView"))->trigger();
        p = f->presentation();
        QVERIFY(p);
        QCOMPARE(p->current(), 2);
        p->close();
        QTRY_VERIFY(!p);
    }

    void namesHidden()
    {
        MainWindow w;
        open(w, samplePath());
        Document &doc = *w.document();
        PresentationFeature *f = feature(w);
        QStringList persons;
        qint64 person = 0;
        for (const Actor &a : doc.actors())
            if (a.isPerson) {
                persons << a.name;
                person = person ? person : a.id;
            }
        QVERIFY(persons.size() > 3);
        // A view focused on a person, named after them, with their name in the caption.
        const QString name = doc.actor(person)->name;
        w.focusOnActors({person}, 1);
        QVERIFY(f->saveCurrentView(K("Autour de %1").arg(name), K("Ce que %1 a dit").arg(name)));
        w.focusOnActors({}, 0);
        QVERIFY(f->saveCurrentView(K("Tout le monde"), QString()));

        // Started from F5 with the checkbox ticked.
        test::whenModal([](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(K("presentHideNames"))->setChecked(true);
            static_cast<QDialog *>(dialog)->accept();
        });
        f->action(K("present"))->trigger();
        QPointer<PresentationWindow> p = f->presentation();
        QVERIFY(p);
        QVERIFY(p->namesHidden());
        QVERIFY(p->findChild<QCheckBox *>(K("hideNamesCheck"))->isChecked());
        for (int slide = 0; slide < 2; ++slide) {
            p->goTo(slide);
            const QString text = screenText(p);
            QVERIFY2(!text.isEmpty(), "nothing read from the screen");
            for (const QString &n : std::as_const(persons)) {
                QVERIFY2(!text.contains(n), qPrintable(n + K(" on slide ") + text));
                for (const QString &part : n.split(QLatin1Char(' ')))
                    if (part.size() >= 4)
                        QVERIFY2(!text.contains(part), qPrintable(part));
            }
            QVERIFY(text.contains(K("Resident")) || text.contains(K("Elected official")));
        }
        // H shows them again (so the check above can fail), H hides them again.
        QTest::keyClick(p, Qt::Key_H);
        QVERIFY(!p->namesHidden());
        QVERIFY(!p->findChild<QCheckBox *>(K("hideNamesCheck"))->isChecked());
        QString text = screenText(p);
        int named = 0;
        for (const QString &n : std::as_const(persons))
            named += text.contains(n);
        QVERIFY(named > 0);
        p->goTo(0);
        QVERIFY(screenText(p).contains(name));
        QTest::keyClick(p, Qt::Key_H);
        QVERIFY(!screenText(p).contains(name));
        p->close();
        QTRY_VERIFY(!p);
        // The choice is remembered for the next time.
        test::whenModal([](QWidget *dialog) {
            QVERIFY(dialog->findChild<QCheckBox *>(K("presentHideNames"))->isChecked());
            static_cast<QDialog *>(dialog)->reject();
        });
        f->action(K("present"))->trigger();
        QVERIFY(!f->presentation());
    }

    void noSavedViewPresentsTheCurrentMap()
    {
        MainWindow w;
        open(w, samplePath());
        MapFilter filter;
        filter.categories = {categoryId(*w.document(), "association")};
        w.filterBar()->setFilter(filter);
        QPointer<PresentationWindow> p = feature(w)->present(false);
        QVERIFY(p);
        QCOMPARE(p->count(), 1);
        QCOMPARE(p->slide().title, w.document()->territory().name);
        for (const render::MapNode &n : p->slide().model.nodes)
            QCOMPARE(n.categoryId, categoryId(*w.document(), "association"));
        QVERIFY(!p->slide().model.nodes.isEmpty());
        // Closing the territory ends the presentation.
        w.document()->close();
        QTRY_VERIFY(!p);
    }

    void exportSlidesFromTheMenu()
    {
        MainWindow w;
        open(w, samplePath());
        PresentationFeature *f = feature(w);
        threeViews(w);
        const QString pdf = test::tempPath(K("menu-slides.pdf"));
        QFile::remove(pdf);
        // The file dialog, then "pseudonymise?" answered Yes.
        test::whenModal([pdf](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            files->selectFile(pdf);
            // selectFile() leaves the name field alone while it has the focus: type it there.
            if (auto *name = files->findChild<QLineEdit *>(K("fileNameEdit")))
                name->setText(pdf);
            static_cast<QDialog *>(files)->accept();
            test::whenModal([](QWidget *box) {
                auto *question = qobject_cast<QMessageBox *>(box);
                QVERIFY(question);
                question->button(QMessageBox::Yes)->click();
            });
        });
        f->action(K("exportSlides"))->trigger();
        QTRY_VERIFY(QFileInfo(pdf).size() > 0);
        QCOMPARE(test::pdfPages(pdf), 3);
        const QString content = test::pdfText(pdf);
        QVERIFY(content.contains(K("Autour de la mairie")));
        for (const Actor &a : w.document()->actors())
            if (a.isPerson)
                QVERIFY2(!content.contains(a.name), qPrintable(a.name));
    }

    /// Pixels of `image` that have `colour` (within 2 per channel).
    static int pixelsOf(const QImage &image, const QColor &colour)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c(image.pixel(x, y));
                n += std::abs(c.red() - colour.red()) <= 2 && std::abs(c.green() - colour.green()) <= 2 &&
                     std::abs(c.blue() - colour.blue()) <= 2;
            }
        return n;
    }

    /// Page `page` (1-based) of a PDF as an image (pdftoppm, 40 dpi); null when it fails.
    static QImage pdfPage(const QString &pdf, int page)
    {
        const QString stem = test::tempPath(K("page-%1").arg(page));
        QProcess p;
        p.start(K("pdftoppm"), {K("-png"), K("-r"), K("40"), K("-f"), QString::number(page), K("-l"),
                                QString::number(page), K("-singlefile"), pdf, stem});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QImage(stem + K(".png"));
    }

    void territoryViewSavedShownAndPresented()
    {
        // No tile is asked for: the territory view draws its plain background.
        Settings().setTerritoryBackground(int(TerritoryView::Background::None));
        Settings().setTileUrl(K("http://127.0.0.1:9/{z}/{x}/{y}.png"));
        MainWindow w;
        open(w, samplePath());
        Document &doc = *w.document();
        PresentationFeature *f = feature(w);
        auto *modes = w.findChild<MapModes *>();
        QVERIFY(modes);
        const auto network = f->saveCurrentView(K("Le réseau"), QString());
        QVERIFY(network);
        // The territory view, zoomed on the town hall.
        modes->showTerritory(true);
        QCoreApplication::processEvents();
        TerritoryView *territory = modes->territoryView();
        const Actor hall = *doc.actor(actorId(doc, K("Mairie de Mirecourt")));
        territory->centreOn(render::webmercator::fromLatLon(hall.latitude, hall.longitude), 14.5);
        const render::GeoViewport before = territory->viewport();
        const auto onMap = f->saveCurrentView(K("Sur la carte"), K("Les lieux"));
        QVERIFY(onMap);
        const auto saved = workshop::loadView(doc.store(), *onMap);
        QCOMPARE(saved->mode, workshop::ViewMode::Territory);
        QCOMPARE(saved->territory.zoom, 14.5);
        QCOMPARE(workshop::loadView(doc.store(), *network)->mode, workshop::ViewMode::Network);

        // Elsewhere, then restored: the territory view, the same place and zoom.
        territory->fitAll();
        modes->showTerritory(false);
        QVERIFY(f->showView(*onMap));
        QCoreApplication::processEvents();
        QVERIFY(modes->territoryShown());
        const render::GeoViewport after = territory->viewport();
        QVERIFY2(std::abs(after.zoom - before.zoom) < 1e-9 &&
                     QLineF(after.centre, before.centre).length() * after.worldPixels() < 0.5,
                 qPrintable(K("%1 vs %2").arg(after.zoom).arg(before.zoom)));
        // A network view brings the network back.
        QVERIFY(f->showView(*network));
        QVERIFY(!modes->territoryShown());

        // Presented: the slide is the territory's (its plain background fills the map).
        const QColor plain = render::TerritoryOptions().background;
        QPointer<PresentationWindow> p = f->present(false);
        p->showNormal();
        p->resize(1280, 720);
        p->goTo(1);
        QCoreApplication::processEvents();
        QCOMPARE(p->slide().mode, workshop::ViewMode::Territory);
        const QImage shown = p->grab().toImage();
        if (qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR"))
            shown.save(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") + K("/presentation-territory.png"));
        QVERIFY2(pixelsOf(shown, plain) > shown.width() * shown.height() / 4,
                 qPrintable(QString::number(pixelsOf(shown, plain))));
        p->goTo(0);
        QCoreApplication::processEvents();
        const QImage networkShown = p->grab().toImage();
        QVERIFY(pixelsOf(networkShown, plain) < networkShown.width() * networkShown.height() / 100);
        p->close();
        QTRY_VERIFY(!p);

        // The slides PDF: page 2 is the territory picture, page 1 the network.
        const QString pdf = test::tempPath(K("territory-slides.pdf"));
        QString error;
        QVERIFY2(workshop::writeSlidesPdf(doc.store(), pdf, {}, &error), qPrintable(error));
        QCOMPARE(test::pdfPages(pdf), 2);
        const QImage page1 = pdfPage(pdf, 1), page2 = pdfPage(pdf, 2);
        QVERIFY(!page1.isNull() && !page2.isNull());
        if (qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR"))
            QFile::copy(pdf, qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") + K("/territory-slides.pdf"));
        QVERIFY2(pixelsOf(page2, plain) > page2.width() * page2.height() / 4,
                 qPrintable(QString::number(pixelsOf(page2, plain))));
        QVERIFY(pixelsOf(page1, plain) < page1.width() * page1.height() / 100);
        QVERIFY(test::pdfText(pdf).contains(K("Sur la carte")));
    }

    // Pictures for looking at the layout, in English and French: written to
    // $MAILLAGE_SCREENSHOT_DIR when set (otherwise to the temporary folder).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << K("en");
        QTest::newRow("fr") << K("fr");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        i18n::install(language);
        const QString dir = qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR")
                                : QFileInfo(test::tempPath(K("x"))).absolutePath();
        MainWindow w;
        open(w, samplePath());
        PresentationFeature *f = feature(w);
        threeViews(w);
        f->dock()->show();
        f->dock()->raise();
        QCoreApplication::processEvents();
        QVERIFY(w.grab().toImage().save(K("%1/views-%2.png").arg(dir, language)));
        for (bool hide : {false, true}) {
            QPointer<PresentationWindow> p = f->present(hide);
            p->showNormal();
            p->resize(1280, 720);
            p->goTo(2);
            QCoreApplication::processEvents();
            QVERIFY(p->grab().toImage().save(
                K("%1/presentation-%2%3.png").arg(dir, language, hide ? K("-hidden") : QString())));
            p->close();
            QTRY_VERIFY(!p);
        }
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"

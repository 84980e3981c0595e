// Drives the real main window as a user would: menus' actions, the editor's fields, the list,
// the map, dialogs answered when they open.
#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "ui/editors/linkeditor.h"
#include "ui/editors/vocabularydialog.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/models/actortablemodel.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/tracking/trackingdocks.h"
#include "ui/widgets/welcomepage.h"
#include "testsupport.h"
#include "core/util/i18n.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace maillage;

class TestMainWindow : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString freshPath(const QString &stem)
    {
        const QString p = test::tempPath(QStringLiteral("%1-%2.maillage").arg(stem).arg(++counter));
        QFile::remove(p);
        return p;
    }
    QString samplePath()
    {
        const QString p = freshPath(QStringLiteral("sample"));
        QString error;
        if (!writeSample(p, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }
    static QAction *action(MainWindow &w, const char *name)
    {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }

    // Nothing the user reads is cut: every tab shows its whole label and an icon, every
    // dock its whole title, every toolbar all its buttons (none pushed into the overflow).
    static void checkNothingElided(MainWindow &w)
    {
        for (QTabBar *bar : w.findChildren<QTabBar *>()) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i) {
                const QString text = bar->tabText(i);
                const QRect r = bar->tabRect(i);
                const int needed = bar->fontMetrics().horizontalAdvance(text) +
                                   (bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width());
                QVERIFY2(r.width() >= needed && bar->rect().contains(r),
                         qPrintable(QStringLiteral("tab “%1” is cut (%2 px for %3)")
                                        .arg(text).arg(r.width()).arg(needed)));
                // The window's own tabs (docks tabbed together) say what they are with an icon.
                if (bar->parentWidget() == &w)
                    QVERIFY2(!bar->tabIcon(i).isNull(), qPrintable(QStringLiteral("tab “%1” has no icon").arg(text)));
            }
        }
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            if (!dock->isVisible())
                continue;
            const int needed = dock->fontMetrics().horizontalAdvance(dock->windowTitle()) + 8;
            QVERIFY2(dock->width() >= needed,
                     qPrintable(QStringLiteral("dock “%1” is %2 px wide").arg(dock->windowTitle()).arg(dock->width())));
        }
        for (QToolBar *bar : w.findChildren<QToolBar *>()) {
            if (!bar->isVisible())
                continue;
            if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
                QVERIFY2(!more->isVisible(), qPrintable(bar->objectName() + QStringLiteral(" overflows")));
            for (QAction *a : bar->actions()) {
                auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
                if (!button || !a->isVisible())
                    continue;
                QVERIFY2(button->isVisible(), qPrintable(a->text()));
                QVERIFY2(!a->icon().isNull(), qPrintable(QStringLiteral("“%1” has no icon").arg(a->text())));
                QVERIFY2(button->width() >= button->sizeHint().width() &&
                             button->height() >= button->sizeHint().height(),
                         qPrintable(QStringLiteral("“%1” is cut").arg(a->iconText())));
            }
        }
    }

private slots:
    void initTestCase() { test::isolateSettings(); }
    // A failed language test must not leave the next ones in French.
    void cleanup() { i18n::install(QStringLiteral("en")); }

    void emptyTerritoryShowsHint()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("empty")), QStringLiteral("Vide")));
        auto *hint = w.findChild<QLabel *>(QStringLiteral("emptyHintText"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("No actors yet")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Vide")));
        w.addActor(QStringLiteral("Premier"));
        QTRY_VERIFY(!hint->isVisible());
    }

    // Every command in the menus has its own shortcut: two features claiming the same keys
    // would make one of them unreachable from the keyboard.
    void menuShortcutsAreUnique()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("keys")), QStringLiteral("Clavier")));
        QHash<QString, QString> owner;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->menu()) {
                    walk(a->menu());
                    continue;
                }
                for (const QKeySequence &k : a->shortcuts()) {
                    const QString key = k.toString(QKeySequence::PortableText);
                    const QString name = a->text().remove(QLatin1Char('&'));
                    QVERIFY2(!owner.contains(key) || owner.value(key) == name,
                             qPrintable(QStringLiteral("%1 is both “%2” and “%3”")
                                            .arg(key, owner.value(key), name)));
                    owner.insert(key, name);
                }
            }
        };
        for (QAction *a : w.menuBar()->actions())
            if (a->menu())
                walk(a->menu());
        QVERIFY(owner.size() > 20);
    }

    // Closing the window (and its territory) leaves no panel querying a closed file.
    void closingQueriesNothing()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("database not open")));
        const QString path = freshPath(QStringLiteral("closing"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(path));
            QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
    }

    void createEditUndoRedoThroughTheEditor()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("edit")), QStringLiteral("Edit")));
        action(w, "addActorAction")->trigger();
        QLineEdit *name = w.actorEditor()->nameEdit();
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mairie de Mirecourt"));
        QTest::keyClick(name, Qt::Key_Return);
        Document *doc = w.document();
        QCOMPARE(doc->actors().size(), 1);
        QCOMPARE(doc->actors().first().name, QStringLiteral("Mairie de Mirecourt"));

        auto *influence = w.actorEditor()->findChild<QSpinBox *>(QStringLiteral("actorInfluence"));
        influence->setFocus();
        QTest::keyClick(influence, Qt::Key_Up);
        QTest::keyClick(influence, Qt::Key_Up);
        QCOMPARE(doc->actors().first().influence, 2);
        auto *role = w.actorEditor()->findChild<QLineEdit *>(QStringLiteral("actor_role"));
        role->setFocus();
        QTest::keyClicks(role, QStringLiteral("Town hall"));
        QTest::keyClick(role, Qt::Key_Tab);  // leaving the field commits it
        QCOMPARE(doc->actors().first().role, QStringLiteral("Town hall"));
        // add, rename, influence (two key presses, one step), role
        QCOMPARE(doc->undoStack()->count(), 4);

        action(w, "undoAction")->trigger();
        QCOMPARE(doc->actors().first().role, QString());
        QCOMPARE(role->text(), QString());
        action(w, "undoAction")->trigger();
        QCOMPARE(doc->actors().first().influence, 0);
        QCOMPARE(influence->value(), 0);
        action(w, "redoAction")->trigger();
        QCOMPARE(doc->actors().first().influence, 2);
        QCOMPARE(influence->value(), 2);
        // The list shows the current name.
        auto *table = w.actorList()->table();
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Mairie de Mirecourt"));
    }

    void emptyNameIsRefusedAndNearDuplicateFlagged()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("dup")), QStringLiteral("Dup")));
        w.addActor(QStringLiteral("Mairie de Mirecourt"));
        const qint64 second = w.addActor(QStringLiteral("Autre"));
        QLineEdit *name = w.actorEditor()->nameEdit();
        name->setText(QString());
        emit name->editingFinished();
        QCOMPARE(w.document()->actor(second)->name, QStringLiteral("Autre"));
        auto *warning = w.actorEditor()->findChild<QLabel *>(QStringLiteral("nameWarning"));
        QVERIFY(warning->isVisible());
        name->setText(QStringLiteral("mairie de mirecourt"));
        emit name->editingFinished();
        QVERIFY(warning->text().contains(QStringLiteral("Mairie de Mirecourt")));
    }

    // While a name is typed, a discreet line says another actor has it (case and accents
    // aside, as the checklist's possible duplicates), with a button to that actor.
    void sameNameWarnedWhileTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("warned");
        QTest::newRow("same letters, other case and accents") << "ECOLE JULES-FERRY" << true;
        QTest::newRow("lower case") << QString::fromUtf8("école jules-ferry") << true;
        QTest::newRow("spaces around") << QString::fromUtf8("  École Jules-Ferry ") << true;
        QTest::newRow("another name") << QString::fromUtf8("École Jules-Ferry 2") << false;
        QTest::newRow("its own name") << "Autre" << false;
        QTest::newRow("nothing") << "" << false;
    }
    void sameNameWarnedWhileTyping()
    {
        QFETCH(QString, typed);
        QFETCH(bool, warned);
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("same")), QStringLiteral("Same")));
        Document *doc = w.document();
        const Category school = doc->categories().at(3);
        Actor a;
        a.name = QString::fromUtf8("École Jules-Ferry");
        a.categoryId = school.id;
        const qint64 first = doc->addActor(a).value_or(0);
        const qint64 second = w.addActor(QStringLiteral("Autre"));
        ActorEditor *editor = w.actorEditor();
        QCOMPARE(editor->actorId(), second);
        QVERIFY(editor->sameNameLabel()->parentWidget()->isHidden());
        // Typed (textEdited, textChanged), not committed.
        editor->nameEdit()->selectAll();
        editor->nameEdit()->insert(typed);
        QCOMPARE(!editor->sameNameLabel()->parentWidget()->isHidden(), warned);
        // Nothing written while typing: not blocking, no edit.
        QCOMPARE(doc->actor(second)->name, QStringLiteral("Autre"));
        if (!warned)
            return;
        QCOMPARE(editor->sameNameLabel()->text(),
                 QString::fromUtf8("Another actor is named “École Jules-Ferry” (%1).").arg(school.name));
        if (const QString dir = qEnvironmentVariable("MAILLAGE_TEST_SHOTS"); !dir.isEmpty()) {
            w.resize(1280, 720);
            QTest::qWait(50);
            w.grab().save(dir + QStringLiteral("/same-name.png"));
        }
        // Leaving the field commits the name, as ever; the button opens the other actor,
        // whose editor then says the renamed one shares its name.
        emit editor->nameEdit()->editingFinished();
        QCOMPARE(doc->actor(second)->name, typed.trimmed());
        QTest::mouseClick(editor->sameNameButton(), Qt::LeftButton);
        QCOMPARE(editor->actorId(), first);
        QCOMPARE(w.actorList()->selectedActors(), QList<qint64>{first});
        QVERIFY(!editor->sameNameLabel()->parentWidget()->isHidden());
        QVERIFY(editor->sameNameLabel()->text().contains(QStringLiteral("“%1”").arg(typed.trimmed())));
        // Renamed away: the line goes at once.
        QVERIFY(doc->updateActor(second, {{QStringLiteral("name"), QStringLiteral("Autre")}}));
        QVERIFY(editor->sameNameLabel()->parentWidget()->isHidden());
    }

    void personCategoryMakesAPersonWithDefaultRetention()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("person")), QStringLiteral("P")));
        const qint64 id = w.addActor(QStringLiteral("Jeanne Martin"));
        auto *category = w.actorEditor()->findChild<QComboBox *>(QStringLiteral("actorCategory"));
        int citizen = -1;
        for (const Category &c : w.document()->categories())
            if (c.code == QLatin1String("citizen"))
                citizen = category->findData(c.id);
        QVERIFY(citizen > 0);
        category->setCurrentIndex(citizen);
        emit category->activated(citizen);
        const Actor a = *w.document()->actor(id);
        QVERIFY(a.isPerson);
        QCOMPARE(a.retentionDate, QDate::currentDate().addMonths(36));
        QTRY_VERIFY(w.actorEditor()->findChild<QWidget *>(QStringLiteral("personBox"))->isVisible());
        w.document()->undoStack()->undo();  // one step
        QVERIFY(!w.document()->actor(id)->isPerson);
        QVERIFY(!w.document()->actor(id)->retentionDate.isValid());
    }

    void searchWithAndWithoutAccents()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        w.addActor(QStringLiteral("École Jules-Ferry"));
        QLineEdit *search = w.actorList()->searchField();
        auto *table = w.actorList()->table();
        action(w, "findAction")->trigger();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("ecole"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("École Jules-Ferry"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("École"));
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("utopic"));
        QStringList found;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            found << table->model()->index(r, 0).data().toString();
        QVERIFY2(found.contains(QStringLiteral("Café L'UtopiC")), qPrintable(found.join(QLatin1Char(','))));
        search->clear();
        QCOMPARE(table->model()->rowCount(), w.document()->actors().size());
    }

    void deleteSeveralWithConfirmationAndUndo()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        const int actors = int(doc->actors().size()), links = int(doc->links().size());
        QList<qint64> ids{doc->actors().at(0).id, doc->actors().at(1).id, doc->actors().at(2).id};
        w.actorList()->selectActors(ids);
        QCOMPARE(w.networkScene()->selectedActors().size(), 3);  // synced to the map
        // Cancel first: nothing happens.
        test::whenModal([](QWidget *box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmDelete"));
            static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        w.actorList()->table()->setFocus();
        action(w, "deleteAction")->trigger();
        QCOMPARE(doc->actors().size(), actors);
        test::whenModal([](QWidget *box) {
            QVERIFY(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("3 actors")));
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        action(w, "deleteAction")->trigger();
        QCOMPARE(doc->actors().size(), actors - 3);
        QVERIFY(doc->links().size() < links);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Delete 3 actors"));
        action(w, "undoAction")->trigger();
        QCOMPARE(doc->actors().size(), actors);
        QCOMPARE(doc->links().size(), links);
        QCOMPARE(w.actorList()->table()->model()->rowCount(), actors);
    }

    void deletingAnActorWhoAttendedMeetingsSaysSoAndUndoRestoresIt()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        // The town hall attends meetings and leads or partners actions in the sample.
        qint64 mairie = 0;
        for (const Actor &a : doc->actors())
            if (a.name == QLatin1String("Mairie de Mirecourt"))
                mairie = a.id;
        QVERIFY(mairie);
        const qint64 attendances = doc->store().count(QStringLiteral("meeting_attendee"));
        w.actorList()->selectActors({mairie});
        QString text;
        test::whenModal([&text](QWidget *box) {
            text = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        action(w, "deleteAction")->trigger();
        QVERIFY2(text.contains(QStringLiteral("meeting")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("links are deleted")), qPrintable(text));
        QVERIFY(!doc->actor(mairie));
        QVERIFY(doc->store().count(QStringLiteral("meeting_attendee")) < attendances);
        doc->undoStack()->undo();
        QVERIFY(doc->actor(mairie));
        QCOMPARE(doc->store().count(QStringLiteral("meeting_attendee")), attendances);
        QCOMPARE(doc->store().integrityCheck(), QStringLiteral("ok"));
    }

    void createLinkFromTheListAndByDragging()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("link")), QStringLiteral("Link")));
        const qint64 a = w.addActor(QStringLiteral("La Bouée"));
        const qint64 b = w.addActor(QStringLiteral("Café L'UtopiC"));
        Document *doc = w.document();
        QVERIFY(doc->updateActor(a, {{QStringLiteral("x"), -150.0}, {QStringLiteral("y"), 0.0}}));
        QVERIFY(doc->updateActor(b, {{QStringLiteral("x"), 150.0}, {QStringLiteral("y"), 0.0}}));
        w.actorList()->selectActors({a, b});
        test::whenModal([](QWidget *dialog) {
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("newLinkType"));
            type->setCurrentIndex(1);  // funding
            static_cast<QDialog *>(dialog)->accept();
        });
        action(w, "addLinkAction")->trigger();
        QCOMPARE(doc->links().size(), 1);
        QCOMPARE(doc->links().first().sourceId, a);
        QCOMPARE(doc->links().first().targetId, b);
        QCOMPARE(doc->links().first().typeId, doc->linkTypes().at(1).id);
        // The link editor now shows it; change its strength.
        auto *strength = w.linkEditor()->findChild<QSpinBox *>(QStringLiteral("linkStrength"));
        QVERIFY(strength->isVisible());
        strength->setValue(5);
        QCOMPARE(doc->links().first().strength, 5);

        // Shift-drag on the map from b to a draws a second link, of another type.
        NetworkView *view = w.networkView();
        view->fitAll();
        const QPoint pa = view->mapFromScene(QPointF(-150, 0));
        const QPoint pb = view->mapFromScene(QPointF(150, 0));
        test::whenModal([](QWidget *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("newLinkType"))->setCurrentIndex(0);
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, pb);
        QTest::mouseMove(view->viewport(), (pa + pb) / 2);
        QTest::mouseMove(view->viewport(), pa);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, pa);
        QTRY_COMPARE(doc->links().size(), 2);
        QCOMPARE(doc->links().at(1).sourceId, b);
    }

    void dragIsOneUndoStep()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("drag")), QStringLiteral("Drag")));
        const qint64 a = w.addActor(QStringLiteral("A"));
        Document *doc = w.document();
        QVERIFY(doc->updateActor(a, {{QStringLiteral("x"), 0.0}, {QStringLiteral("y"), 0.0}}));
        NetworkView *view = w.networkView();
        view->resetTransform();
        view->centerOn(0, 0);
        const int before = doc->undoStack()->count();
        const QPoint start = view->mapFromScene(QPointF(0, 0));
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view->viewport(), start + QPoint(12 * i, 6 * i));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 30));
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QVERIFY(doc->actor(a)->x > 30);
        doc->undoStack()->undo();
        QCOMPARE(doc->actor(a)->x, 0.0);
        QTRY_COMPARE(w.networkScene()->item(a)->pos(), QPointF(0, 0));
    }

    /// Interface language for the next window built.
    static void useLanguage(const QString &language)
    {
        i18n::install(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    /// The window shown at `size` on the sample territory.
    void showSampleAt(MainWindow &w, const QSize &size)
    {
        w.show();
        w.resize(size);
        QVERIFY(w.openFile(samplePath()));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.size(), size);
    }

    // The persons' table in the side panel: name and legal basis in view, whole.
    static void checkPersonsTableShowsTheLegalBasis(MainWindow &w)
    {
        auto *table = w.findChild<QTableView *>(QStringLiteral("personalDataTable"));
        QVERIFY(table && table->isVisible());
        QHeaderView *header = table->horizontalHeader();
        const int name = 0, basis = 1;
        QVERIFY2(header->sectionViewportPosition(basis) + header->sectionSize(basis) <=
                     table->viewport()->width(),
                 qPrintable(QStringLiteral("the legal basis ends at %1 of %2 px")
                                .arg(header->sectionViewportPosition(basis) + header->sectionSize(basis))
                                .arg(table->viewport()->width())));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            for (int column : {name, basis}) {
                const QModelIndex index = table->model()->index(row, column);
                const int needed = table->fontMetrics().horizontalAdvance(index.data().toString()) +
                                   (index.data(Qt::DecorationRole).isNull() ? 0 : 16);
                QVERIFY2(needed <= header->sectionSize(column), qPrintable(index.data().toString()));
            }
    }

    // The map is the window: in the default layout it takes at least 60 % of the width, at
    // a laptop's 1280×720 as on a 1600×1000 screen, in English and in French, and nothing
    // around it is cut.
    void mapTakesMostOfTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "fr"})
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)})
                QTest::addRow("%s %dx%d", lang, size.width(), size.height())
                    << QString::fromLatin1(lang) << size;
    }
    void mapTakesMostOfTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        useLanguage(language);
        MainWindow w;
        showSampleAt(w, size);
        if (QTest::currentTestFailed())
            return;
        QCoreApplication::processEvents();
        const double share = double(w.networkView()->width()) / w.width();
        QVERIFY2(share >= 0.6, qPrintable(QStringLiteral("the map has %1 px of %2").arg(w.networkView()->width()).arg(w.width())));
        checkNothingElided(w);
        // Every section of the side panel too: selecting one shows its panels, whole.
        for (const QString &key : w.sections()) {
            w.showSection(key);
            QCoreApplication::processEvents();
            QCOMPARE(w.currentSection(), key);
            if (double(w.networkView()->width()) / w.width() < 0.6) {
                // Say which widget asks for the room.
                QStringList wide;
                for (QDockWidget *dock : w.findChildren<QDockWidget *>())
                    if (dock->isVisible())
                        for (QWidget *child : dock->findChildren<QWidget *>())
                            if (child->isVisible() && child->minimumSizeHint().width() > w.width() * 0.3)
                                wide << QStringLiteral("%1/%2 %3").arg(QString::fromLatin1(child->metaObject()->className()), child->objectName()).arg(child->minimumSizeHint().width());
                QFAIL(qPrintable(key + QStringLiteral(": the map is too narrow; wide: ") + wide.join(QStringLiteral(", "))));
            }
            checkNothingElided(w);
            if (key == QLatin1String("personalData"))
                checkPersonsTableShowsTheLegalBasis(w);
            int shown = 0;
            for (QDockWidget *dock : w.findChildren<QDockWidget *>())
                shown += dock->isVisible() ? 1 : 0;
            QCOMPARE(shown, key == QLatin1String("actors") ? 2 : 1);
        }
    }

    // While nothing is selected, the details show one hint: the actor list above keeps most of
    // the column. Selecting an actor gives its editor the height it needs, and its activity.
    void actorListKeepsTheColumnUntilAnActorIsSelected_data() { mapTakesMostOfTheWindow_data(); }
    void actorListKeepsTheColumnUntilAnActorIsSelected()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        useLanguage(language);
        MainWindow w;
        showSampleAt(w, size);
        if (QTest::currentTestFailed())
            return;
        auto *list = w.findChild<QDockWidget *>(QStringLiteral("actorDock"));
        auto *details = w.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        QVERIFY(list && details);
        QTRY_VERIFY(list->isVisible() && details->isVisible());
        QVERIFY(!w.actorEditor()->isVisible());
        const int column = list->height() + details->height();
        QVERIFY2(list->height() >= column * 0.55,
                 qPrintable(QStringLiteral("the list has %1 px of %2").arg(list->height()).arg(column)));
        emit w.tracking()->showActor(w.document()->actors().first().id);
        QTRY_VERIFY(w.actorEditor()->isVisible());
        QTRY_VERIFY2(w.actorEditor()->height() >= w.actorEditor()->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("the editor has %1 px, needs %2").arg(w.actorEditor()->height()).arg(w.actorEditor()->minimumSizeHint().height())));
        QVERIFY(list->height() > 0);
    }

    // A panel brought forward from elsewhere (an actor named in a problem) brings its section.
    void showingAPanelSelectsItsSection()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        w.showSection(QStringLiteral("problems"));
        QVERIFY(!w.actorEditor()->isVisible());
        const qint64 id = w.document()->actors().first().id;
        emit w.tracking()->showActor(id);
        QTRY_COMPARE(w.currentSection(), QStringLiteral("actors"));
        QVERIFY(w.actorEditor()->isVisible());
        QCOMPARE(w.actorEditor()->actorId(), id);
        action(w, "meetingsSectionAction")->trigger();
        QCOMPARE(w.currentSection(), QStringLiteral("meetings"));
        QVERIFY(!w.actorEditor()->isVisible());
    }

    // Opening the timeline never widens the window (it did, past the screen, in French), and
    // closing it gives the same window back.
    void timelineKeepsTheWindowSize_data() { mapTakesMostOfTheWindow_data(); }
    void timelineKeepsTheWindowSize()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        useLanguage(language);
        MainWindow w;
        showSampleAt(w, size);
        if (QTest::currentTestFailed())
            return;
        const int mapWidth = w.networkView()->width();
        QAction *timeline = action(w, "timelineAction");
        QVERIFY(timeline);
        timeline->trigger();
        auto *bar = w.findChild<QWidget *>(QStringLiteral("timelineBar"));
        QTRY_VERIFY(bar->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), size);
        QVERIFY(w.minimumSizeHint().width() <= size.width());
        QCOMPARE(w.networkView()->width(), mapWidth);
        // Its controls are all inside the bar, none cut at the edge.
        for (QWidget *child : bar->findChildren<QWidget *>())
            if (child->isVisible())
                QVERIFY2(bar->rect().contains(child->geometry()), qPrintable(child->objectName()));
        timeline->trigger();
        QTRY_VERIFY(!bar->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), size);
        QCOMPARE(w.networkView()->width(), mapWidth);
    }

    // Escape and Ctrl+W close the power/interest grid and the interview window, and the main
    // window's shortcuts work while they are in front.
    void secondaryWindowsCloseWithEscapeAndCtrlW_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("windowName");
        QTest::addColumn<bool>("escape");
        QTest::newRow("grid, Esc") << QStringLiteral("powerGridAction") << QStringLiteral("powerGridWindow") << true;
        QTest::newRow("grid, Ctrl+W") << QStringLiteral("powerGridAction") << QStringLiteral("powerGridWindow") << false;
        QTest::newRow("interview, Esc") << QStringLiteral("netmapInterviewAction") << QStringLiteral("interviewWindow") << true;
        QTest::newRow("interview, Ctrl+W") << QStringLiteral("netmapInterviewAction") << QStringLiteral("interviewWindow") << false;
    }
    void secondaryWindowsCloseWithEscapeAndCtrlW()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, windowName);
        QFETCH(bool, escape);
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(QStringLiteral("secondary")), QStringLiteral("Fenêtres")));
        w.addActor(QStringLiteral("Mairie"));
        w.findChild<QAction *>(actionName)->trigger();
        QWidget *window = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->objectName() == windowName && top->isVisible())
                window = top;
        QVERIFY2(window, qPrintable(windowName));
        QPointer<QWidget> guard(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // A main-window shortcut: Alt+3 shows the Actions section.
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(w.currentSection(), QStringLiteral("actions"));
        QVERIFY(window->isVisible());
        QWidget *target = window->focusWidget() ? window->focusWidget() : window;
        if (escape)
            QTest::keyClick(target, Qt::Key_Escape);
        else
            QTest::keySequence(target, QKeySequence::Close);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QVERIFY(w.document()->isOpen());  // Ctrl+W closed the window, not the territory
    }

    // F2 renames: the selected actor's name, selected in its editor.
    void f2RenamesTheSelectedActor()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const Actor first = w.document()->actors().first();
        w.showSection(QStringLiteral("analysis"));
        w.actorList()->selectActors({first.id});
        w.networkView()->setFocus();
        QTest::keyClick(w.networkView(), Qt::Key_F2);
        QCOMPARE(w.currentSection(), QStringLiteral("actors"));
        QTRY_VERIFY(w.actorEditor()->nameEdit()->hasFocus());
        QCOMPARE(w.actorEditor()->nameEdit()->selectedText(), first.name);
    }

    // The welcome page lists shared territories as the Recent menu does (by name and server),
    // files only while they exist, and opens what is clicked.
    void welcomePageListsSharedTerritories()
    {
        const QString sample = samplePath();  // before the page: writing it retranslates widgets
        WelcomePage page;
        const QString address = QStringLiteral("postgresql://anne@server.example/maillage?territory=mirecourt");
        page.setRecentFiles({address, QStringLiteral("/nowhere/gone.maillage"), sample});
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>(QStringLiteral("recentWelcomeButton"));
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0)->text(), QStringLiteral("mirecourt (shared, server.example)"));
        QCOMPARE(buttons.at(0)->toolTip(), address);
        QVERIFY(!buttons.at(0)->icon().isNull());
        QCOMPARE(buttons.at(1)->text(), QFileInfo(sample).completeBaseName());
        QSignalSpy requested(&page, &WelcomePage::recentRequested);
        buttons.at(0)->click();
        QCOMPARE(requested.value(0).value(0).toString(), address);
        QCOMPARE(WelcomePage::recentName(address), buttons.at(0)->text());
    }

    // First launch: a welcome page that opens the sample, starts a territory by its name,
    // opens a file, lists the recent ones and says how Maillage works.
    void welcomePageOpensTheSample()
    {
        MainWindow w;
        w.show();
        auto *welcome = w.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome && welcome->isVisible());
        for (const char *key : {"sample", "new", "open", "import"}) {
            auto *b = welcome->findChild<QPushButton *>(QString::fromLatin1(key) + QStringLiteral("WelcomeButton"));
            QVERIFY(b && b->isVisible() && !b->icon().isNull());
            QVERIFY(b->width() >= b->sizeHint().width());
        }
        for (int i = 1; i <= 3; ++i)
            QVERIFY(!welcome->findChild<QLabel *>(QStringLiteral("welcomeStep%1").arg(i))->text().isEmpty());
        // The welcome page has the whole window: no side panel beside it.
        const auto visibleDocks = [&w] {
            QStringList shown;
            for (QDockWidget *dock : w.findChildren<QDockWidget *>())
                if (dock->isVisible())
                    shown << dock->objectName();
            return shown;
        };
        QCOMPARE(visibleDocks(), QStringList());
        QVERIFY(!action(w, "territoryViewAction")->isEnabled());
        QFile::remove(w.samplePath());
        welcome->findChild<QPushButton *>(QStringLiteral("sampleWelcomeButton"))->click();
        QVERIFY(w.document()->isOpen());
        QVERIFY(w.document()->actors().size() > 10);
        QVERIFY(!welcome->isVisible());
        QVERIFY(w.networkView()->isVisible());
        // Closed, the sample is among the recent territories.
        QVERIFY(!visibleDocks().isEmpty());
        QVERIFY(action(w, "territoryViewAction")->isEnabled());
        action(w, "closeAction")->trigger();
        QTRY_VERIFY(welcome->isVisible());
        QCOMPARE(visibleDocks(), QStringList());
        bool listed = false;
        for (auto *b : welcome->findChildren<QPushButton *>(QStringLiteral("recentWelcomeButton")))
            listed = listed || b->toolTip() == QFileInfo(w.samplePath()).absoluteFilePath();
        QVERIFY(listed);
    }

    void newTerritoryAsksTheNameFirst()
    {
        MainWindow w;
        w.show();
        QString suggested;
        bool nameFirst = false;
        test::whenModal([&](QWidget *first) {
            auto *input = qobject_cast<QInputDialog *>(first);
            nameFirst = input != nullptr;
            if (!input) {
                first->close();
                return;
            }
            input->setTextValue(QStringLiteral("Épinal"));
            test::whenModal([&](QWidget *second) {
                auto *files = qobject_cast<QFileDialog *>(second);
                QVERIFY(files);
                suggested = files->selectedFiles().value(0);
                QFile::remove(suggested);
                QMetaObject::invokeMethod(files, "accept");
            });
            input->accept();
        });
        action(w, "newAction")->trigger();
        QVERIFY(nameFirst);
        QVERIFY2(suggested.endsWith(QStringLiteral("/Épinal.maillage")), qPrintable(suggested));
        QVERIFY2(QFileInfo(QFileInfo(suggested).absolutePath()).isDir(), qPrintable(suggested));
        QTRY_VERIFY(w.document()->isOpen());
        QCOMPARE(w.document()->territory().name, QStringLiteral("Épinal"));
        QCOMPARE(QFileInfo(w.document()->path()).absoluteFilePath(), QFileInfo(suggested).absoluteFilePath());
    }

    // Four actors added one after the other to a new territory each get room of their own
    // (they sat within 100 px, one hidden under another), near the middle of the view.
    void newActorsDoNotOverlap()
    {
        MainWindow w;
        w.show();
        w.resize(1280, 720);
        QVERIFY(w.newFile(freshPath(QStringLiteral("room")), QStringLiteral("Place")));
        QList<qint64> ids;
        for (const char *name : {"Mairie", "Conseil départemental", "La Bouée", "Collège"})
            ids << w.addActor(QString::fromUtf8(name));
        QCoreApplication::processEvents();
        QList<QRectF> boxes;
        for (qint64 id : ids) {
            const auto a = w.document()->actor(id);
            QVERIFY(a);
            const QPointF p(a->x, a->y);
            QCOMPARE(w.networkScene()->item(id)->pos(), p);
            boxes << QRectF(p - QPointF(80, 40), QSizeF(160, 80));
        }
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
        // All four on screen after a fit, none outside the view.
        w.networkView()->fitAll();
        const QRect viewport = w.networkView()->viewport()->rect();
        for (qint64 id : ids)
            QVERIFY(viewport.contains(w.networkView()->mapFromScene(w.networkScene()->item(id)->pos())));
    }

    // Filters make chips above the map; many of them wrap onto more rows instead of widening
    // the window past the screen.
    void filterChipsKeepTheWindowSize()
    {
        MainWindow w;
        w.show();
        w.resize(1280, 720);
        QVERIFY(w.openFile(samplePath()));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.size(), QSize(1280, 720));
        MapFilter filter;
        for (const Category &c : w.document()->categories())
            filter.categories.insert(c.id);
        for (const LinkType &t : w.document()->linkTypes())
            filter.linkTypes.insert(t.id);
        filter.minStrength = 2;
        filter.hideIsolated = true;
        w.filterBar()->setFilter(filter);
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), QSize(1280, 720));
        QVERIFY(w.minimumSizeHint().width() <= 1280);
        for (QWidget *chip : w.filterBar()->findChildren<QWidget *>())
            if (chip->isVisible())
                QVERIFY2(w.filterBar()->rect().contains(chip->geometry()), qPrintable(chip->objectName()));
    }

    // Help: the user guide in the interface's language, pictures included, closed with
    // Escape; the list of shortcuts read from the actions.
    void helpShowsTheGuideAndTheShortcuts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Inform'action debates");
        QTest::newRow("fr") << QStringLiteral("fr") << QString::fromUtf8("Les débats Inform’action");
    }
    void helpShowsTheGuideAndTheShortcuts()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        useLanguage(language);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        action(w, "guideAction")->trigger();
        auto *guide = w.findChild<QWidget *>(QStringLiteral("helpWindow"));
        QVERIFY(guide && guide->isVisible());
        QPointer<QWidget> guard(guide);
        auto *browser = guide->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(heading), qPrintable(text.left(200)));
        // Every picture it names is there.
        int images = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat()) {
                    const QString name = it.fragment().charFormat().toImageFormat().name();
                    const QVariant image = browser->loadResource(
                        QTextDocument::ImageResource, browser->source().resolved(QUrl(name)));
                    QVERIFY2(!image.toByteArray().isEmpty(), qPrintable(name));
                    ++images;
                }
        QCOMPARE(images, 3);
        guide->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(guide));
        QTest::keyClick(browser, Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());

        bool listed = false;
        test::whenModal([&listed](QWidget *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
            for (int r = 0; table && r < table->rowCount(); ++r)
                listed = listed || table->item(r, 2)->text() == QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText);
            static_cast<QDialog *>(dialog)->reject();
        });
        action(w, "shortcutsAction")->trigger();
        QVERIFY(listed);
    }

    void switchToFrenchAndBack()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(samplePath()));
        // An edit before the switch stays undoable after it, with no complaint from the
        // undo stack (the switch used to set its limit again).
        const qint64 first = w.document()->actors().first().id;
        QVERIFY(w.document()->updateActor(first, {{QStringLiteral("role"), QStringLiteral("Test")}}));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("undo limit")));
        w.setLanguage(QStringLiteral("fr"));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QVERIFY(w.document()->undoStack()->canUndo());
        QStringList menus;
        for (QAction *m : w.menuBar()->actions())
            menus << m->text();
        QVERIFY2(menus.contains(QStringLiteral("&Fichier")), qPrintable(menus.join(QLatin1Char(','))));
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("actorDock"))->windowTitle(), QStringLiteral("Acteurs"));
        QCOMPARE(w.actorList()->table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nom"));
        QVERIFY(action(w, "addActorAction")->text().contains(QStringLiteral("acteur")));
        // The list still works after the switch.
        QTest::keyClicks(w.actorList()->searchField(), QStringLiteral("bouee"));
        QVERIFY(w.actorList()->table()->model()->rowCount() >= 1);
        QVERIFY(w.actorList()->table()->model()->rowCount() < int(w.document()->actors().size()));
        w.setLanguage(QStringLiteral("en"));
        menus.clear();
        for (QAction *m : w.menuBar()->actions())
            menus << m->text();
        QVERIFY(menus.contains(QStringLiteral("&File")));
    }

    void deletingACategoryInUseAsksWhereItsActorsGo()
    {
        MainWindow w;
        QVERIFY(w.openFile(samplePath()));
        Document *doc = w.document();
        qint64 association = 0, other = 0;
        for (const Category &c : doc->categories()) {
            if (c.code == QLatin1String("association"))
                association = c.id;
            if (c.code == QLatin1String("other"))
                other = c.id;
        }
        int members = 0;
        for (const Actor &a : doc->actors())
            members += a.categoryId == association ? 1 : 0;
        QVERIFY(members > 0);
        VocabularyDialog dialog(doc, &w);
        QString question;
        test::whenModal([&question, &w](QWidget *box) {
            auto *input = qobject_cast<QInputDialog *>(box);
            QVERIFY(input);
            question = input->labelText();
            // Move them to "Other".
            for (const QString &item : input->comboBoxItems())
                if (item.contains(w.document()->categories().last().name))
                    input->setTextValue(item);
            input->accept();
        });
        dialog.deleteCategory(association);
        QVERIFY2(question.contains(QString::number(members)), qPrintable(question));
        int moved = 0;
        for (const Actor &a : doc->actors()) {
            QVERIFY(a.categoryId != association);
            moved += a.categoryId == other ? 1 : 0;
        }
        QVERIFY(moved >= members);
        QCOMPARE(dialog.categoryTable()->rowCount(), int(doc->categories().size()));
        doc->undoStack()->undo();  // the category and its actors come back in one step
        int back = 0;
        for (const Actor &a : doc->actors())
            back += a.categoryId == association ? 1 : 0;
        QCOMPARE(back, members);
    }

    void openThroughRecentFiles()
    {
        const QString first = samplePath(), second = freshPath(QStringLiteral("second"));
        {
            MainWindow w;
            QVERIFY(w.openFile(first));
            QVERIFY(w.newFile(second, QStringLiteral("Second")));
        }
        MainWindow w;
        w.show();
        QStringList entries;
        QAction *target = nullptr;
        for (QAction *a : w.recentMenu()->actions()) {
            entries << a->data().toString();
            if (a->data().toString() == QFileInfo(first).absoluteFilePath())
                target = a;
        }
        QCOMPARE(entries.value(0), QFileInfo(second).absoluteFilePath());
        QVERIFY(target);
        target->trigger();
        QCOMPARE(w.document()->path(), QFileInfo(first).absoluteFilePath());
        QVERIFY(w.windowTitle().contains(QStringLiteral("Mirecourt")));
    }

    void readOnlyFileOpensWithNotice()
    {
        const QString path = samplePath();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(w.document()->isReadOnly());
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(!action(w, "addActorAction")->isEnabled());
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void badFileGivesAClearMessage()
    {
        const QString path = freshPath(QStringLiteral("bad"));
        test::writeBytes(path, "not a territory");
        MainWindow w;
        w.show();
        QString message;
        test::whenModal([&message](QWidget *box) {
            message = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        QVERIFY(!w.openFile(path));
        QVERIFY2(message.contains(QStringLiteral("not a SQLite database")), qPrintable(message));
        QCOMPARE(test::readBytes(path), QByteArray("not a territory"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The Net-Map interview driven through its window (question, actors, links of two types,
// towers by keyboard, goals, back and forth, undo, resume) and the power/interest grid
// (dragging an actor = one undo step setting influence and interest).
//
// With MAILLAGE_SCREENSHOTS=DIR set, every step and the grid are also saved as PNG files in
// DIR (in the language of MAILLAGE_SCREENSHOT_LANGUAGE, with the extra translations of
// MAILLAGE_EXTRA_QM when given), to look at them.
#include "core/document/document.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"
#include "core/workshop/interview.h"
#include "ui/workshop/interviewboards.h"
#include "ui/workshop/interviewwindow.h"
#include "ui/workshop/powergrid.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)

qint64 actorNamed(const Document &doc, const QString &name)
{
    for (const Actor &a : doc.actors())
        if (a.name == name)
            return a.id;
    return 0;
}

QList<Link> linksOfType(const Document &doc, qint64 type)
{
    QList<Link> out;
    for (const Link &l : doc.links())
        if (l.typeId == type)
            out << l;
    return out;
}

/// Types `text` into `w` key by key, accented letters included (keyClicks is ASCII only).
void type(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Where a key typed now would go: the focused widget, as for a real key press.
QWidget *focused(QWidget *fallback)
{
    QWidget *f = QApplication::focusWidget();
    return f ? f : fallback;
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILLAGE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestInterviewUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        const QString language = qEnvironmentVariable("MAILLAGE_SCREENSHOT_LANGUAGE");
        if (!language.isEmpty())
            i18n::install(language);
        if (!qEnvironmentVariableIsEmpty("MAILLAGE_EXTRA_QM")) {
            auto *extra = new QTranslator(qApp);
            if (extra->load(qEnvironmentVariable("MAILLAGE_EXTRA_QM")))
                QCoreApplication::installTranslator(extra);
        }
    }

    void interviewFlow()
    {
        Document doc;
        const QString path = test::tempPath(K("interview.maillage"));
        QVERIFY(doc.create(path, K("Mirecourt")));
        const QList<LinkType> types = doc.linkTypes();
        const QList<Category> categories = doc.categories();
        QVERIFY(types.size() >= 3);
        QVERIFY(categories.size() >= 5);

        QPointer<InterviewWindow> w = openInterviewInteractively(&doc, nullptr);
        QVERIFY(w);
        w->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->step(), InterviewStep::Question);
        const qint64 id = w->interviewId();
        QVERIFY(id);

        // (a) Question, goal, tower maximum, link types.
        auto *question = w->findChild<QLineEdit *>(K("interviewQuestion"));
        auto *goal = w->findChild<QLineEdit *>(K("interviewGoal"));
        auto *towerMax = w->findChild<QSpinBox *>(K("interviewTowerMax"));
        QVERIFY(question && goal && towerMax);
        question->setFocus();
        QTest::keyClicks(question, K("Who can open a solidarity grocery?"));
        QTest::keyClick(question, Qt::Key_Tab);
        QTest::keyClicks(goal, K("A grocery open by winter"));
        towerMax->setFocus();
        QTest::keyClick(towerMax, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(towerMax, K("10"));
        // The first three types are proposed; keep only the first two.
        auto *third = w->findChild<QPushButton *>(K("interviewLinkType_%1").arg(types.at(2).id));
        QVERIFY(third && third->isChecked());
        QTest::mouseClick(third, Qt::LeftButton);
        QVERIFY(!third->isChecked());
        shot(w, K("interview-1-question"));
        QTest::mouseClick(w->findChild<QPushButton *>(K("interviewNext")), Qt::LeftButton);
        QCOMPARE(w->step(), InterviewStep::Actors);
        auto stored = loadInterview(doc.store(), id);
        QCOMPARE(stored->question, K("Who can open a solidarity grocery?"));
        QCOMPARE(stored->goal, K("A grocery open by winter"));
        QCOMPARE(stored->towerMax, 10);
        QCOMPARE(stored->linkTypeIds, (QList<qint64>{types.at(0).id, types.at(1).id}));
        QCOMPARE(stored->step, InterviewStep::Actors);

        // (b) Actors: name, Enter, then a number key or a big button for the category.
        auto *name = w->findChild<QLineEdit *>(K("interviewActorName"));
        QVERIFY(name->hasFocus());
        QTest::keyClicks(name, K("Mairie"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QVERIFY(actorNamed(doc, K("Mairie")));
        QCOMPARE(doc.actor(actorNamed(doc, K("Mairie")))->categoryId, categories.at(0).id);
        QVERIFY(name->text().isEmpty());
        type(name, K("Café L'UtopiC"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::mouseClick(w->findChild<QPushButton *>(K("interviewCategory_4")), Qt::LeftButton);
        QCOMPARE(doc.actor(actorNamed(doc, K("Café L'UtopiC")))->categoryId, categories.at(3).id);
        type(name, K("La Bouée"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        // Escape gives up a name waiting for its category.
        QTest::keyClicks(name, K("Nobody"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!actorNamed(doc, K("Nobody")));
        name->clear();
        // A near-duplicate is flagged while typing.
        QTest::keyClicks(name, K("MAIRIE"));
        auto *warning = w->findChild<QLabel *>(K("duplicateWarning"));
        QVERIFY(warning->text().contains(K("Mairie")));
        name->clear();
        QTest::keyClicks(name, K("x"));
        QVERIFY(warning->text().isEmpty());
        name->clear();
        QCOMPARE(doc.actors().size(), 3);
        shot(w, K("interview-2-actors"));
        const qint64 mairie = actorNamed(doc, K("Mairie"));
        const qint64 cafe = actorNamed(doc, K("Café L'UtopiC"));
        const qint64 bouee = actorNamed(doc, K("La Bouée"));

        // (c) Links of the first type: click, click; keyboard lists; click a link to remove.
        QTest::keyClick(focused(w), Qt::Key_PageDown);
        QCOMPARE(w->step(), InterviewStep::Links);
        QCOMPARE(w->currentLinkType(), types.at(0).id);
        QVERIFY(w->progressText().contains(types.at(0).name));
        QVERIFY(w->progressText().contains(K("3")));
        auto *canvas = w->findChild<LinkCanvas *>(K("interviewLinkCanvas"));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->nodeCentre(mairie).toPoint());
        QCOMPARE(canvas->pendingActor(), mairie);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->nodeCentre(cafe).toPoint());
        QCOMPARE(linksOfType(doc, types.at(0).id).size(), 1);
        auto *from = w->findChild<QComboBox *>(K("interviewLinkFrom"));
        auto *to = w->findChild<QComboBox *>(K("interviewLinkTo"));
        from->setCurrentIndex(from->findData(cafe));
        to->setCurrentIndex(to->findData(bouee));
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(linksOfType(doc, types.at(0).id).size(), 2);
        // The same pair again is refused with a message, nothing added.
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(linksOfType(doc, types.at(0).id).size(), 2);
        QVERIFY(!w->findChild<QLabel *>(K("interviewError"))->text().isEmpty());
        shot(w, K("interview-3-links-1"));
        qint64 cafeBouee = 0;
        for (const Link &l : linksOfType(doc, types.at(0).id))
            if (l.sourceId == cafe)
                cafeBouee = l.id;
        QVERIFY(cafeBouee);
        QTRY_VERIFY(!canvas->edgeMiddle(cafeBouee).isNull());
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->edgeMiddle(cafeBouee).toPoint());
        QCOMPARE(linksOfType(doc, types.at(0).id).size(), 1);
        QTest::keyClick(focused(w), Qt::Key_Z, Qt::ControlModifier);  // undo brings it back
        QTRY_COMPARE(linksOfType(doc, types.at(0).id).size(), 2);

        // Links of the second type: drag from one actor to another.
        QTest::keyClick(focused(w), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w->step(), InterviewStep::Links);
        QCOMPARE(w->currentLinkType(), types.at(1).id);
        QVERIFY(w->progressText().contains(types.at(1).name));
        QCOMPARE(loadInterview(doc.store(), id)->currentLinkTypeId, types.at(1).id);
        QTest::mousePress(canvas, Qt::LeftButton, {}, canvas->nodeCentre(mairie).toPoint());
        QMouseEvent move(QEvent::MouseMove, canvas->nodeCentre(bouee), canvas->mapToGlobal(canvas->nodeCentre(bouee)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, canvas->nodeCentre(bouee).toPoint());
        const QList<Link> second = linksOfType(doc, types.at(1).id);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().sourceId, mairie);
        QCOMPARE(second.first().targetId, bouee);
        shot(w, K("interview-3-links-2"));

        // (d) Towers by keyboard: Right to the second actor, a number key, Up.
        from->setFocus();  // Page Down means "next step" even in a combo box
        QTest::keyClick(focused(w), Qt::Key_PageDown);
        QCOMPARE(w->step(), InterviewStep::Towers);
        auto *towers = w->findChild<TowerBoard *>(K("interviewTowers"));
        QVERIFY(towers->hasFocus());
        const qint64 first = towers->focusedActor();
        QTest::keyClick(towers, Qt::Key_Right);
        const qint64 secondActor = towers->focusedActor();
        QVERIFY(secondActor && secondActor != first);
        QTest::keyClick(towers, Qt::Key_7);
        QCOMPARE(interviewTowers(doc.store(), id).value(secondActor), 7);
        QCOMPARE(doc.actor(secondActor)->influence, 4);
        QTRY_COMPARE(towers->focusedActor(), secondActor);
        QTest::keyClick(towers, Qt::Key_Up);
        QCOMPARE(interviewTowers(doc.store(), id).value(secondActor), 8);
        QTest::keyClick(towers, Qt::Key_Up);
        QTest::keyClick(towers, Qt::Key_Up);
        QTest::keyClick(towers, Qt::Key_Up);  // stops at the maximum
        QCOMPARE(interviewTowers(doc.store(), id).value(secondActor), 10);
        QCOMPARE(doc.actor(secondActor)->influence, 5);
        QTest::keyClick(towers, Qt::Key_Left);
        QTest::keyClick(towers, Qt::Key_3);
        QCOMPARE(interviewTowers(doc.store(), id).value(first), 3);
        QCOMPARE(doc.actor(first)->influence, 2);
        // Clicking a level of a tower sets it too.
        QTest::mouseClick(towers, Qt::LeftButton, {}, towers->levelRect(secondActor, 5).center());
        QCOMPARE(interviewTowers(doc.store(), id).value(secondActor), 5);
        QCOMPARE(doc.actor(secondActor)->influence, 3);
        shot(w, K("interview-4-towers"));

        // (e) Positions on the goal.
        QTest::keyClick(focused(w), Qt::Key_PageDown);
        QCOMPARE(w->step(), InterviewStep::Goals);
        QTest::mouseClick(w->findChild<QPushButton *>(K("goal_%1_for").arg(mairie)), Qt::LeftButton);
        QCOMPARE(doc.actor(mairie)->attitude, 1);
        QVERIFY(doc.updateActor(cafe, {{K("attitude"), -2}}));  // edited elsewhere
        QTRY_VERIFY(w->findChild<QPushButton *>(K("goal_%1_against").arg(cafe))->isChecked());
        QTest::mouseClick(w->findChild<QPushButton *>(K("goal_%1_against").arg(cafe)), Qt::LeftButton);
        QCOMPARE(doc.actor(cafe)->attitude, -2);  // an opponent stays a strong opponent
        // Keyboard: from "for" of the café, Right moves to "neutral", Space chooses it.
        auto *cafeFor = w->findChild<QPushButton *>(K("goal_%1_for").arg(cafe));
        cafeFor->setFocus();
        QTest::keyClick(cafeFor, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), w->findChild<QPushButton *>(K("goal_%1_neutral").arg(cafe)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(doc.actor(cafe)->attitude, 0);
        QTest::keyClick(focused(w), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc.actor(cafe)->attitude, -2);
        QTRY_VERIFY(w->findChild<QPushButton *>(K("goal_%1_against").arg(cafe))->isChecked());
        shot(w, K("interview-5-goals"));

        // Back and forward; the step is remembered.
        QTest::keyClick(focused(w), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w->step(), InterviewStep::Towers);
        QTest::keyClick(focused(w), Qt::Key_PageUp);
        QCOMPARE(w->step(), InterviewStep::Links);
        QCOMPARE(w->currentLinkType(), types.at(1).id);
        QTest::keyClick(focused(w), Qt::Key_PageUp);
        QCOMPARE(w->currentLinkType(), types.at(0).id);
        QTest::keyClick(focused(w), Qt::Key_PageUp);
        QCOMPARE(w->step(), InterviewStep::Actors);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(focused(w), Qt::Key_PageDown);
        QCOMPARE(w->step(), InterviewStep::Goals);
        QCOMPARE(loadInterview(doc.store(), id)->step, InterviewStep::Goals);

        // Leave and continue where the group stopped.
        w->close();
        QTRY_VERIFY(!w);
        test::whenModal([](QWidget *box) {
            for (QPushButton *b : box->findChildren<QPushButton *>())
                if (b->text().remove(QLatin1Char('&')) == InterviewWindow::tr("&Continue").remove(QLatin1Char('&')))
                    b->click();
        });
        w = openInterviewInteractively(&doc, nullptr);
        QVERIFY(w);
        QCOMPARE(w->interviewId(), id);
        QCOMPARE(w->step(), InterviewStep::Goals);
        QCOMPARE(w->findChild<QLineEdit *>(K("interviewQuestion"))->text(),
                 K("Who can open a solidarity grocery?"));

        // Finish: an ordinary map, laid out.
        QSignalSpy finished(w.data(), &InterviewWindow::finished);
        QTest::mouseClick(w->findChild<QPushButton *>(K("interviewNext")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(!w);
        for (const Actor &a : doc.actors())
            QVERIFY2(a.hasPosition(), qPrintable(a.name));
    }

    void undoingTheStartClosesTheWindow()
    {
        Document doc;
        QVERIFY(doc.create(test::tempPath(K("undo-start.maillage")), K("Undo")));
        QPointer<InterviewWindow> w = openInterviewInteractively(&doc, nullptr);
        QVERIFY(w);
        doc.undoStack()->undo();
        QTRY_VERIFY(!w);
        QVERIFY(!latestInterview(doc.store()));
    }

    void gridDragIsOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.create(test::tempPath(K("grid.maillage")), K("Grid")));
        QList<qint64> ids;
        for (const char *n : {"Mairie", "Café", "La Bouée", "SCIC", "Institut", "Écoles"}) {
            Actor a;
            a.name = QString::fromUtf8(n);
            a.influence = 1;
            a.interest = 1;
            ids << *doc.addActor(a);
        }
        PowerGridView grid(&doc);
        grid.resize(1000, 700);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        // Six actors in one cell: six distinct spots inside the cell.
        QSet<QPair<int, int>> spots;
        for (qint64 id : ids) {
            const QPointF c = grid.actorCentre(id);
            QVERIFY(!c.isNull());
            spots.insert({int(c.x()), int(c.y())});
            QVERIFY(QLineF(c, grid.cellCentre(1, 1)).length() < 120);
        }
        QCOMPARE(spots.size(), ids.size());

        const qint64 mairie = ids.first();
        const int before = doc.undoStack()->count();
        const QPoint start = grid.actorCentre(mairie).toPoint();
        const QPoint target = grid.cellCentre(4, 2).toPoint() + QPoint(7, -5);  // snaps
        QTest::mousePress(&grid, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step) {
            const QPointF p = start + (target - start) * step / 5.0;
            QMouseEvent move(QEvent::MouseMove, p, grid.mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&grid, &move);
        }
        QTest::mouseRelease(&grid, Qt::LeftButton, {}, target);
        QCOMPARE(doc.actor(mairie)->interest, 4);
        QCOMPARE(doc.actor(mairie)->influence, 2);
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QTRY_VERIFY(QLineF(grid.actorCentre(mairie), grid.cellCentre(4, 2)).length() < 5);
        shot(&grid, K("power-grid"));
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(mairie)->interest, 1);
        QCOMPARE(doc.actor(mairie)->influence, 1);
        QTRY_VERIFY(QLineF(grid.actorCentre(mairie), grid.cellCentre(1, 1)).length() < 120);
        doc.undoStack()->redo();

        // Keyboard: the selected actor moves one cell per arrow, at the edges it stays.
        QCOMPARE(grid.selectedActor(), mairie);
        grid.setFocus();
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(doc.actor(mairie)->interest, 5);
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(doc.actor(mairie)->interest, 5);
        QTest::keyClick(&grid, Qt::Key_Up);
        QCOMPARE(doc.actor(mairie)->influence, 3);
        // Edits made elsewhere show at once.
        QVERIFY(doc.updateActor(ids.at(1), {{K("influence"), 5}, {K("interest"), 0}}));
        QTRY_VERIFY(QLineF(grid.actorCentre(ids.at(1)), grid.cellCentre(0, 5)).length() < 5);
    }
};

QTEST_MAIN(TestInterviewUi)
#include "tst_interview.moc"

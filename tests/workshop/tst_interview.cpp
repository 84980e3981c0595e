// Net-Map interview logic: tower → influence scaling, positions on the goal, persistence,
// resuming and undo of every interview edit.
#include "core/document/document.h"
#include "testsupport.h"
#include "core/workshop/interview.h"

#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)
} // namespace

class TestInterview : public QObject
{
    Q_OBJECT

private slots:
    void towerScaling_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("influence");
        QTest::newRow("0 of 5") << 0 << 5 << 0;
        QTest::newRow("3 of 5") << 3 << 5 << 3;
        QTest::newRow("5 of 5") << 5 << 5 << 5;
        QTest::newRow("7 of 10") << 7 << 10 << 4;   // 3.5 rounds up
        QTest::newRow("3 of 10") << 3 << 10 << 2;   // 1.5 rounds up
        QTest::newRow("2 of 10") << 2 << 10 << 1;
        QTest::newRow("1 of 20") << 1 << 20 << 0;   // 0.25
        QTest::newRow("2 of 20") << 2 << 20 << 1;   // 0.5
        QTest::newRow("20 of 20") << 20 << 20 << 5;
        QTest::newRow("1 of 1") << 1 << 1 << 5;
        QTest::newRow("2 of 3") << 2 << 3 << 3;     // 3.33
        QTest::newRow("too tall") << 9 << 5 << 5;
        QTest::newRow("negative") << -2 << 5 << 0;
    }
    void towerScaling()
    {
        QFETCH(int, height);
        QFETCH(int, max);
        QFETCH(int, influence);
        QCOMPARE(influenceForTower(height, max), influence);
    }

    void attitudeMapping_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("attitude");
        QTest::newRow("for, was neutral") << 1 << 0 << 1;
        QTest::newRow("for, was champion") << 1 << 2 << 2;
        QTest::newRow("for, was opposed") << 1 << -2 << 1;
        QTest::newRow("against, was neutral") << -1 << 0 << -1;
        QTest::newRow("against, was opposed") << -1 << -2 << -2;
        QTest::newRow("against, was champion") << -1 << 2 << -1;
        QTest::newRow("neutral, was champion") << 0 << 2 << 0;
        QTest::newRow("neutral, was reluctant") << 0 << -1 << 0;
    }
    void attitudeMapping()
    {
        QFETCH(int, position);
        QFETCH(int, current);
        QFETCH(int, attitude);
        QCOMPARE(attitudeForPosition(position, current), attitude);
        QCOMPARE(positionOfAttitude(attitude), position);
    }

    void persistenceAndResume()
    {
        const QString path = test::tempPath(K("resume.maillage"));
        QList<qint64> types;
        qint64 interviewId = 0;
        {
            Document doc;
            QVERIFY(doc.create(path, K("Resume")));
            QVERIFY(!latestInterview(doc.store()));
            for (const LinkType &t : doc.linkTypes())
                types << t.id;
            Interview iv;
            iv.question = K("Who can open a food bank?");
            iv.goal = K("A food bank by winter");
            iv.towerMax = 8;
            iv.linkTypeIds = {types.at(1), types.at(0)};
            InterviewEdits edits(doc);
            const auto id = edits.create(iv);
            QVERIFY(id);
            interviewId = *id;
            iv.id = *id;
            iv.step = InterviewStep::Links;
            iv.currentLinkTypeId = types.at(0);
            const int undoSteps = doc.undoStack()->count();
            QVERIFY(edits.saveProgress(iv));
            QCOMPARE(doc.undoStack()->count(), undoSteps);  // navigation is not an edit
            // A second, older-looking interview does not hide the latest one.
        }
        Document doc;
        QVERIFY(doc.open(path));
        const auto iv = latestInterview(doc.store());
        QVERIFY(iv);
        QCOMPARE(iv->id, interviewId);
        QCOMPARE(iv->question, K("Who can open a food bank?"));
        QCOMPARE(iv->goal, K("A food bank by winter"));
        QCOMPARE(iv->towerMax, 8);
        QCOMPARE(iv->step, InterviewStep::Links);
        QCOMPARE(iv->linkTypeIds, (QList<qint64>{types.at(1), types.at(0)}));
        QCOMPARE(iv->currentLinkTypeId, types.at(0));

        // A newer interview is the one resumed.
        Interview second;
        second.question = K("Second");
        const auto secondId = InterviewEdits(doc).create(second);
        QVERIFY(secondId);
        QCOMPARE(latestInterview(doc.store())->id, *secondId);
    }

    void towersAndUndo()
    {
        Document doc;
        QVERIFY(doc.create(test::tempPath(K("towers.maillage")), K("Towers")));
        InterviewEdits edits(doc);
        Interview iv;
        iv.towerMax = 10;
        iv.id = *edits.create(iv);
        qint64 citizens = 0;
        for (const Category &c : doc.categories())
            if (c.person)
                citizens = c.id;
        QVERIFY(citizens);
        const auto a = edits.addActor(K("  Jeanne Martin "), citizens);
        QVERIFY(a);
        QCOMPARE(doc.actor(*a)->name, K("Jeanne Martin"));
        QVERIFY(doc.actor(*a)->isPerson);  // a citizen is a person, with a retention date
        QVERIFY(doc.actor(*a)->retentionDate.isValid());
        QString error;
        QVERIFY(!edits.addActor(K("   "), citizens, &error));
        QVERIFY(!error.isEmpty());

        const int before = doc.undoStack()->count();
        QVERIFY(edits.setTower(iv, *a, 7));
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 7);
        QCOMPARE(doc.actor(*a)->influence, 4);
        QVERIFY(edits.setTower(iv, *a, 15));  // clamped to the maximum
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 10);
        QCOMPARE(doc.actor(*a)->influence, 5);
        doc.undoStack()->undo();
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 7);
        QCOMPARE(doc.actor(*a)->influence, 4);
        doc.undoStack()->undo();  // one step took both the tower and the influence away
        QVERIFY(!interviewTowers(doc.store(), iv.id).contains(*a));
        QCOMPARE(doc.actor(*a)->influence, 0);
        doc.undoStack()->redo();
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 7);

        // A smaller scale lowers towers above it and rescales influence, in one step.
        Interview smaller = *loadInterview(doc.store(), iv.id);
        smaller.towerMax = 5;
        QVERIFY(edits.update(smaller));
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 5);
        QCOMPARE(doc.actor(*a)->influence, 5);
        doc.undoStack()->undo();
        QCOMPARE(loadInterview(doc.store(), iv.id)->towerMax, 10);
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 7);
        QCOMPARE(doc.actor(*a)->influence, 4);

        // Positions on the goal keep a strong attitude of the same sign.
        QVERIFY(doc.updateActor(*a, {{K("attitude"), 2}}));
        QVERIFY(edits.setPosition(*a, 1));
        QCOMPARE(doc.actor(*a)->attitude, 2);
        QVERIFY(edits.setPosition(*a, -1));
        QCOMPARE(doc.actor(*a)->attitude, -1);
        QVERIFY(edits.setPosition(*a, 0));
        QCOMPARE(doc.actor(*a)->attitude, 0);
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(*a)->attitude, -1);

        // Deleting the actor takes its tower with it, and undo brings both back.
        QVERIFY(doc.removeActors({*a}));
        QVERIFY(interviewTowers(doc.store(), iv.id).isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(interviewTowers(doc.store(), iv.id).value(*a), 7);
        QVERIFY(!edits.setTower(iv, 999999, 1, &error));
    }
};

QTEST_GUILESS_MAIN(TestInterview)
#include "tst_interview.moc"

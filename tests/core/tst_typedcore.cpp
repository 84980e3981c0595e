// The typed persistence core: the store's cache of prepared statements, the typed projections
// (read by column index, errors surfaced), and the typed commands (move, rename, applied
// positions) with their undo, merge and failure.
#include "core/document/document.h"
#include "core/store/repositories.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <cmath>

using namespace maillage;

class TestTypedCore : public QObject
{
    Q_OBJECT

    Document doc;
    int fileCounter = 0;

    qint64 add(const QString &name, double x = kNoPosition, double y = kNoPosition,
               bool pinned = false)
    {
        Actor a;
        a.name = name;
        a.x = x;
        a.y = y;
        a.pinned = pinned;
        return doc.addActor(a).value_or(0);
    }

private slots:
    void init()
    {
        const QString path = test::tempPath(QStringLiteral("typed%1.maillage").arg(++fileCounter));
        QString error;
        QVERIFY2(doc.create(path, QStringLiteral("Typed"), &error), qPrintable(error));
    }
    void cleanup() { doc.close(); }

    // ---- statement cache

    void statementsArePreparedOnce()
    {
        const qint64 id = add(QStringLiteral("Mairie"));
        const Store &store = doc.store();
        // Warm every statement the loop below uses, then count preparations.
        QVERIFY(doc.renameActor(id, QStringLiteral("Mairie 0")));
        QVERIFY(doc.actor(id));
        const qint64 prepared = store.preparedCount();
        const int cached = store.cachedStatementCount();
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(doc.renameActor(id, QStringLiteral("Mairie %1").arg(i)));
            QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie %1").arg(i));
        }
        QCOMPARE(store.preparedCount(), prepared);
        QCOMPARE(store.cachedStatementCount(), cached);
        // Generic writes share the cache too: the same update twice is prepared once.
        QVERIFY(doc.updateActor(id, {{QStringLiteral("influence"), 1}}));
        const qint64 afterFirst = store.preparedCount();
        QVERIFY(doc.updateActor(id, {{QStringLiteral("influence"), 2}}));
        QCOMPARE(store.preparedCount(), afterFirst);
    }

    void nestedUseOfOneStatement()
    {
        add(QStringLiteral("A"));
        add(QStringLiteral("B"));
        const Store &store = doc.store();
        const QString sql = QStringLiteral("SELECT id, name FROM actor ORDER BY id");
        Statement outer = store.statement(sql);
        QVERIFY(outer.exec());
        QStringList pairs;
        while (outer.next()) {
            // The same SQL while the cached statement is lent out: a statement of its own.
            Statement inner = store.statement(sql);
            QVERIFY(inner.exec());
            int rows = 0;
            while (inner.next())
                ++rows;
            QCOMPARE(rows, 2);
            pairs << outer.value(1).toString();
        }
        QCOMPARE(pairs, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }

    void statementErrorsAreSurfaced()
    {
        Statement bad = doc.store().statement(QStringLiteral("SELECT nowhere FROM nothing"));
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.error().isEmpty());
        QVERIFY(!bad.exec());
        // A projection on a broken table says why instead of returning an empty list.
        QSqlQuery q(doc.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE actor RENAME TO actor_gone")));
        q.finish();
        QString error;
        QVERIFY(!Projections(doc.store()).actors(&error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!Projections(doc.store()).graphNodes(&error));
        QVERIFY(!error.isEmpty());
    }

    void cacheIsDroppedOnClose()
    {
        add(QStringLiteral("A"));
        QVERIFY(doc.store().cachedStatementCount() > 0);
        const QString path = doc.path();
        doc.close();
        QCOMPARE(doc.store().cachedStatementCount(), 0);
        QVERIFY(doc.open(path));
        QCOMPARE(doc.actors().size(), 1);
    }

    // ---- typed projections

    void projectionsMatchTheRows()
    {
        const qint64 a = add(QStringLiteral("Mairie"), 10.5, -3);
        const qint64 b = add(QStringLiteral("École"));
        QVERIFY(doc.updateActor(b, {{QStringLiteral("email"), QStringLiteral("e@x.fr")},
                                    {QStringLiteral("consent_date"), QStringLiteral("2024-03-01")},
                                    {QStringLiteral("influence"), 4}}));
        Link l;
        l.sourceId = a;
        l.targetId = b;
        l.strength = 5;
        QVERIFY(doc.addLink(l));
        const QList<Actor> typed = Projections(doc.store()).actors().value();
        QCOMPARE(typed.size(), 2);
        for (const Actor &t : typed) {
            const Actor r = RowTraits<Actor>::fromRow(*doc.store().row(QStringLiteral("actor"), t.id));
            QCOMPARE(t.name, r.name);
            QCOMPARE(t.email, r.email);
            QCOMPARE(t.consentDate, r.consentDate);
            QCOMPARE(t.influence, r.influence);
            QCOMPARE(t.hasPosition(), r.hasPosition());
            if (t.hasPosition()) {
                QCOMPARE(t.x, r.x);
                QCOMPARE(t.y, r.y);
            }
        }
        QCOMPARE(typed.first().consentDate, QDate());
        QCOMPARE(typed.last().consentDate, QDate(2024, 3, 1));
        const QList<GraphEdge> edges = Projections(doc.store()).graphEdges().value();
        QCOMPARE(edges.size(), 1);
        QCOMPARE(edges.first().sourceId, a);
        QCOMPARE(edges.first().strength, 5);
        QVERIFY(std::isnan(edges.first().weight));
        const QList<MapEdge> drawn = Projections(doc.store()).mapEdges().value();
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(drawn.first().id, edges.first().id);
        QCOMPARE(drawn.first().sourceId, a);
        QCOMPARE(drawn.first().targetId, b);
        QCOMPARE(drawn.first().typeId, edges.first().typeId);
        QCOMPARE(drawn.first().strength, 5);
        const QList<ActorName> names = Projections(doc.store()).names().value();
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.last().name, QStringLiteral("École"));
    }

    // ---- typed commands

    void moveIsOneStepAndUndoes()
    {
        const qint64 id = add(QStringLiteral("Mairie"), 1, 2);
        const QString stamp = Projections(doc.store()).actorUpdatedAt(id).value();
        QSignalSpy changed(&doc, &Document::changed);
        const int steps = doc.undoStack()->count();
        QVERIFY(doc.moveActors({ActorPosition{id, 30, 40}}));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move “Mairie”"));
        QCOMPARE(doc.actor(id)->x, 30.0);
        QCOMPARE(changed.size(), 1);
        const ChangeSet c = changed.first().first().value<ChangeSet>();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().table, Table::Actor);
        QCOMPARE(c.first().kind, Change::Updated);
        QCOMPARE(c.first().ids, QList<qint64>{id});
        QVERIFY(c.first().columns.contains(Column::X));
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(id)->x, 1.0);
        QCOMPARE(doc.actor(id)->y, 2.0);
        QCOMPARE(Projections(doc.store()).actorUpdatedAt(id).value(), stamp);
        doc.undoStack()->redo();
        QCOMPARE(doc.actor(id)->y, 40.0);
        // Moving where it already is: no step.
        QVERIFY(doc.moveActors({ActorPosition{id, 30, 40}}));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void successiveMovesMerge_data()
    {
        QTest::addColumn<int>("mergeId");
        QTest::addColumn<int>("steps");
        QTest::newRow("a drag merges") << int(Document::MergeMove) << 1;
        QTest::newRow("no merge asked") << int(Document::NoMerge) << 3;
    }
    void successiveMovesMerge()
    {
        QFETCH(int, mergeId);
        QFETCH(int, steps);
        const qint64 a = add(QStringLiteral("A"), 0, 0);
        const qint64 b = add(QStringLiteral("B"), 0, 0);
        const int before = doc.undoStack()->count();
        for (int i = 1; i <= 3; ++i)
            QVERIFY(doc.moveActors({ActorPosition{a, 10.0 * i, 0}, ActorPosition{b, 0, 5.0 * i}},
                                   QString(), mergeId));
        QCOMPARE(doc.undoStack()->count(), before + steps);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move 2 actors"));
        for (int i = 0; i < steps; ++i)
            doc.undoStack()->undo();
        QCOMPARE(doc.actor(a)->x, 0.0);
        QCOMPARE(doc.actor(b)->y, 0.0);
        // Moves of other actors never merge with these.
        QVERIFY(doc.moveActors({ActorPosition{a, 1, 1}}, QString(), mergeId));
        QVERIFY(doc.moveActors({ActorPosition{b, 1, 1}}, QString(), mergeId));
        QCOMPARE(doc.undoStack()->index(), before + 2);
    }

    void failedMoveLeavesNothing()
    {
        const qint64 a = add(QStringLiteral("A"), 1, 1);
        const int steps = doc.undoStack()->count();
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        // One unknown actor among the moves: nothing moves, nothing is pushed.
        QVERIFY(!doc.moveActors({ActorPosition{a, 50, 50}, ActorPosition{a + 999, 2, 2}},
                                QString(), Document::MergeMove, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.actor(a)->x, 1.0);
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(changed.size(), 0);
        // A write refused by the database (a trigger here) is rolled back whole.
        QSqlQuery q(doc.store().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_far BEFORE UPDATE OF x ON actor "
                                      "WHEN NEW.x > 1000 BEGIN SELECT RAISE(ABORT, 'too far'); END")));
        const qint64 b = add(QStringLiteral("B"), 3, 3);
        const int now = doc.undoStack()->count();
        error.clear();
        QVERIFY(!doc.moveActors({ActorPosition{b, 7, 7}, ActorPosition{a, 5000, 0}}, QString(),
                                Document::MergeMove, &error));
        QVERIFY2(error.contains(QStringLiteral("too far")), qPrintable(error));
        QCOMPARE(doc.actor(b)->x, 3.0);  // the first write of the step was undone too
        QCOMPARE(doc.undoStack()->count(), now);
    }

    void renameUndoesAndMerges()
    {
        const qint64 id = add(QStringLiteral("Mairie"));
        const int steps = doc.undoStack()->count();
        QSignalSpy updated(&doc, &Document::actorsUpdated);
        QVERIFY(doc.renameActor(id, QStringLiteral("Mairie de")));
        QVERIFY(doc.updateActor(id, {{QStringLiteral("name"), QStringLiteral("Mairie de Poussay")}}));
        QCOMPARE(doc.undoStack()->count(), steps + 1);  // typing: one step
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit “Mairie”"));
        QCOMPARE(updated.size(), 2);
        QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie de Poussay"));
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie"));
        doc.undoStack()->redo();
        QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie de Poussay"));
        // Same name: nothing to do. Unknown actor: refused, nothing pushed.
        QVERIFY(doc.renameActor(id, QStringLiteral("Mairie de Poussay")));
        QString error;
        QVERIFY(!doc.renameActor(id + 999, QStringLiteral("X"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void renameFailureLeavesNothing()
    {
        const qint64 id = add(QStringLiteral("Mairie"));
        QSqlQuery q(doc.store().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_rename BEFORE UPDATE OF name ON "
                                      "actor BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        const int steps = doc.undoStack()->count();
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        QVERIFY(!doc.renameActor(id, QStringLiteral("Autre"), &error));
        QVERIFY(error.contains(QStringLiteral("refused")));
        QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie"));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(changed.size(), 0);
    }

    void appliedPositionsAreOneStep()
    {
        const qint64 a = add(QStringLiteral("A"), 1, 1);
        const qint64 pinned = add(QStringLiteral("P"), 2, 2, true);
        const qint64 loose = add(QStringLiteral("L"));
        const int steps = doc.undoStack()->count();
        QHash<qint64, QPointF> to{{a, QPointF(10.123, 20.456)},
                                  {pinned, QPointF(99, 99)},
                                  {loose, QPointF(-5, 5)},
                                  {a + 999, QPointF(0, 0)}};
        QVERIFY(doc.applyPositions(to, QStringLiteral("Apply layout “Circle”")));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.actor(a)->x, 10.12);  // rounded to 0.01
        QCOMPARE(doc.actor(a)->y, 20.46);
        QCOMPARE(doc.actor(pinned)->x, 2.0);  // a pinned actor keeps its place
        QCOMPARE(doc.actor(loose)->x, -5.0);
        doc.undoStack()->undo();
        QVERIFY(!doc.actor(loose)->hasPosition());
        QCOMPARE(doc.actor(a)->x, 1.0);
    }

    void readOnlyRefusesTypedEdits()
    {
        const qint64 id = add(QStringLiteral("A"), 1, 1);
        const QString path = doc.path();
        doc.close();
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QString error;
        QVERIFY(!doc.moveActors({ActorPosition{id, 5, 5}}, QString(), Document::MergeMove, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc.renameActor(id, QStringLiteral("B")));
        QCOMPARE(doc.actor(id)->x, 1.0);
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTypedCore)
#include "tst_typedcore.moc"

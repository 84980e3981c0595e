#include "document/document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace maillage;

class TestDocument : public QObject
{
    Q_OBJECT

    Document doc;
    int fileCounter = 0;

    qint64 add(const QString &name)
    {
        Actor a;
        a.name = name;
        const auto id = doc.addActor(a);
        return id.value_or(0);
    }

private slots:
    void init()
    {
        const QString path = test::tempPath(QStringLiteral("doc%1.maillage").arg(++fileCounter));
        QString error;
        QVERIFY2(doc.create(path, QStringLiteral("Doc"), &error), qPrintable(error));
    }
    void cleanup() { doc.close(); }

    void addUndoRedoKeepsId()
    {
        QSignalSpy inserted(&doc, &Document::actorsInserted);
        QSignalSpy removed(&doc, &Document::actorsRemoved);
        const qint64 id = add(QStringLiteral("Mairie"));
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add actor “Mairie”"));
        doc.undoStack()->undo();
        QVERIFY(!doc.actor(id));
        QCOMPARE(removed.count(), 1);
        doc.undoStack()->redo();
        QCOMPARE(doc.actor(id)->name, QStringLiteral("Mairie"));
        QCOMPARE(inserted.count(), 2);
    }

    void editIsOneStepAndMerges()
    {
        const qint64 id = add(QStringLiteral("Café"));
        QVERIFY(doc.updateActor(id, {{QStringLiteral("influence"), 1}}));
        QVERIFY(doc.updateActor(id, {{QStringLiteral("influence"), 2}}));
        QVERIFY(doc.updateActor(id, {{QStringLiteral("influence"), 3}}));
        QCOMPARE(doc.undoStack()->count(), 2);  // add + one merged edit
        QCOMPARE(doc.actor(id)->influence, 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(id)->influence, 0);
        // A different field does not merge.
        QVERIFY(doc.updateActor(id, {{QStringLiteral("interest"), 4}}));
        QVERIFY(doc.updateActor(id, {{QStringLiteral("role"), QStringLiteral("Gérant")}}));
        QCOMPARE(doc.undoStack()->count(), 3);
        // Nothing changes: nothing is pushed.
        QVERIFY(doc.updateActor(id, {{QStringLiteral("role"), QStringLiteral("Gérant")}}));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void deleteRestoresEverythingOnUndo()
    {
        const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B")),
                     c = add(QStringLiteral("C"));
        Link l;
        l.sourceId = a;
        l.targetId = b;
        l.typeId = doc.linkTypes().first().id;
        const auto ab = doc.addLink(l);
        l.targetId = c;
        const auto ac = doc.addLink(l);
        QVERIFY(ab && ac);
        const auto tag = doc.addRow(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("culture")}},
                                    QStringLiteral("add tag"));
        QVERIFY(tag);
        QVERIFY(doc.setActorTags(a, {*tag}));
        const auto meeting = doc.addRow(QStringLiteral("meeting"), {{QStringLiteral("title"), QStringLiteral("Débat")}},
                                        QStringLiteral("add meeting"));
        QVERIFY(meeting);
        QVERIFY(doc.apply(QStringLiteral("attend"),
                          {doc.insertOp(QStringLiteral("meeting_attendee"),
                                        {{QStringLiteral("meeting_id"), *meeting},
                                         {QStringLiteral("actor_id"), a}})}));
        const auto action = doc.addRow(QStringLiteral("action_item"),
                                       {{QStringLiteral("title"), QStringLiteral("Festival")},
                                        {QStringLiteral("lead_actor_id"), a}},
                                       QStringLiteral("add action"));
        QVERIFY(action);

        QSignalSpy linksRemoved(&doc, &Document::linksRemoved);
        QVERIFY(doc.removeActors({a, b}));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete 2 actors"));
        QCOMPARE(doc.actors().size(), 1);
        QCOMPARE(doc.links().size(), 0);
        QCOMPARE(linksRemoved.count(), 1);
        QVERIFY(doc.store().row(QStringLiteral("action_item"), *action)->value(QStringLiteral("lead_actor_id")).isNull());
        QCOMPARE(doc.store().count(QStringLiteral("meeting_attendee")), 0);

        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 3);
        QCOMPARE(doc.links().size(), 2);
        QCOMPARE(doc.tagsOfActor(a), QList<qint64>{*tag});
        QCOMPARE(doc.store().count(QStringLiteral("meeting_attendee")), 1);
        QCOMPARE(doc.store().row(QStringLiteral("action_item"), *action)->value(QStringLiteral("lead_actor_id")).toLongLong(), a);
        QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));

        doc.undoStack()->redo();
        QCOMPARE(doc.actors().size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.links().size(), 2);
    }

    void parallelLinksOfDifferentTypes()
    {
        const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
        for (const LinkType &t : doc.linkTypes()) {
            Link l;
            l.sourceId = a;
            l.targetId = b;
            l.typeId = t.id;
            QVERIFY(doc.addLink(l));
        }
        QCOMPARE(doc.links().size(), doc.linkTypes().size());
    }

    void failedEditPushesNothing()
    {
        const qint64 a = add(QStringLiteral("A"));
        const int before = doc.undoStack()->count();
        QString error;
        // influence must be 0…5: the database refuses, nothing is half-written or pushed.
        QVERIFY(!doc.updateActor(a, {{QStringLiteral("influence"), 9},
                                     {QStringLiteral("name"), QStringLiteral("Changed")}},
                                 &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.undoStack()->count(), before);
        QCOMPARE(doc.actor(a)->name, QStringLiteral("A"));
    }

    void placeholdersLinkNewRows()
    {
        const qint64 a = add(QStringLiteral("A"));
        // A new tag and its assignment in one step: -1 stands for the tag's future id.
        QList<RowOp> ops{doc.insertOp(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("santé")}}),
                         doc.insertOp(QStringLiteral("actor_tag"),
                                      {{QStringLiteral("actor_id"), a}, {QStringLiteral("tag_id"), -1}})};
        QVERIFY(doc.apply(QStringLiteral("tag"), ops));
        QCOMPARE(doc.tagsOfActor(a).size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.tagsOfActor(a).size(), 0);
        QCOMPARE(doc.tags().size(), 0);
        doc.undoStack()->redo();
        QCOMPARE(doc.tagsOfActor(a).size(), 1);
    }

    void changeSignalsNameColumns()
    {
        const qint64 a = add(QStringLiteral("A"));
        QSignalSpy spy(&doc, &Document::changed);
        QVERIFY(doc.updateActor(a, {{QStringLiteral("commune"), QStringLiteral("Mirecourt")}}));
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.first().first().value<ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().table, QStringLiteral("actor"));
        QCOMPARE(changes.first().kind, Change::Updated);
        QVERIFY(changes.first().columns.contains(QStringLiteral("commune")));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

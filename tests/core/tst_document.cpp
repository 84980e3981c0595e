#include "core/document/document.h"
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

    void customFieldLifecycle()
    {
        const qint64 a = add(QStringLiteral("Odile")), b = add(QStringLiteral("Bar"));
        Link l;
        l.sourceId = a;
        l.targetId = b;
        const auto link = doc.addLink(l);
        QVERIFY(link);
        CustomField budget;
        budget.name = QStringLiteral("Budget");
        budget.type = FieldType::Number;
        budget.unit = QStringLiteral("€");
        QString error;
        const auto fid = doc.addCustomField(budget, &error);
        QVERIFY2(fid, qPrintable(error));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add field “Budget”"));
        CustomField since;
        since.subject = QStringLiteral("link");
        since.name = QStringLiteral("budget");  // same name, other subject: allowed
        since.type = FieldType::Date;
        const auto lid = doc.addCustomField(since, &error);
        QVERIFY2(lid, qPrintable(error));

        // Values are stored as canonical text, each change one undo step.
        const int steps = doc.undoStack()->count();
        QVERIFY2(doc.setFieldValue(*fid, a, QStringLiteral("1 234,5"), &error), qPrintable(error));
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("1234.5"));
        QVERIFY(doc.setFieldValue(*fid, a, QStringLiteral("12")));
        QVERIFY(doc.setFieldValue(*lid, *link, QStringLiteral("05/12/2026")));
        QCOMPARE(doc.fieldValues(QStringLiteral("link"), *link).value(*lid), QStringLiteral("2026-12-05"));
        QCOMPARE(doc.undoStack()->count(), steps + 3);
        doc.undoStack()->undo();
        QVERIFY(doc.fieldValues(QStringLiteral("link"), *link).isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("1234.5"));
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("12"));
        QVERIFY(doc.clearFieldValue(*fid, a));
        QVERIFY(!doc.fieldValues(QStringLiteral("actor"), a).contains(*fid));
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("12"));

        // Rename and retype in one step: number → integer converts "12"; back is undone whole.
        CustomField changed = *doc.customField(*fid);
        changed.name = QStringLiteral("Budget annuel");
        changed.type = FieldType::Integer;
        QVERIFY2(doc.updateCustomField(changed, &error), qPrintable(error));
        QCOMPARE(doc.customField(*fid)->name, QStringLiteral("Budget annuel"));
        QCOMPARE(doc.customField(*fid)->type, FieldType::Integer);
        doc.undoStack()->undo();
        QCOMPARE(doc.customField(*fid)->name, QStringLiteral("Budget"));
        QCOMPARE(doc.customField(*fid)->type, FieldType::Number);
        doc.undoStack()->redo();
        // Retyping to a choice list adds the values in use to its choices.
        changed = *doc.customField(*fid);
        changed.type = FieldType::Choice;
        changed.choices = {QStringLiteral("100")};
        QVERIFY(doc.updateCustomField(changed));
        QCOMPARE(doc.customField(*fid)->choices, (QStringList{"100", "12"}));

        // Deleting an actor, then the field, removes the values; undo restores them.
        QVERIFY(doc.removeActors({a}));
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), 0);
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("12"));
        QVERIFY(doc.removeCustomField(*fid));
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), 0);
        QCOMPARE(doc.customFields(QStringLiteral("actor")).size(), 0);
        doc.undoStack()->undo();
        QCOMPARE(doc.customFields(QStringLiteral("actor")).size(), 1);
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*fid), QStringLiteral("12"));
        QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));
    }

    void customFieldRefusals_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addRow("number") << int(FieldType::Number) << QStringLiteral("beaucoup");
        QTest::addRow("integer") << int(FieldType::Integer) << QStringLiteral("1,5");
        QTest::addRow("date") << int(FieldType::Date) << QStringLiteral("31/02/2026");
        QTest::addRow("yes/no") << int(FieldType::YesNo) << QStringLiteral("peut-être");
        QTest::addRow("url") << int(FieldType::Url) << QStringLiteral("not a url");
    }
    void customFieldRefusals()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        const qint64 a = add(QStringLiteral("A"));
        CustomField f;
        f.name = QStringLiteral("F");
        f.type = FieldType(type);
        const auto fid = doc.addCustomField(f);
        QVERIFY(fid);
        const int steps = doc.undoStack()->count();
        QString error;
        // A value that is not of the field's type: refused, nothing written or pushed.
        QVERIFY(!doc.setFieldValue(*fid, a, value, &error));
        QVERIFY(error.contains(QStringLiteral("“F”")));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), 0);
        // A second field of the same name (ignoring case), an empty name: refused.
        f.name = QStringLiteral("f");
        QVERIFY(!doc.addCustomField(f, &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        f.name = QStringLiteral("  ");
        QVERIFY(!doc.addCustomField(f, &error));
        QCOMPARE(doc.undoStack()->count(), steps);
        // Retyping a text field whose values do not fit: refused, nothing changed.
        CustomField t;
        t.name = QStringLiteral("T");
        const auto tid = doc.addCustomField(t);
        QVERIFY(doc.setFieldValue(*tid, a, value));
        const int before = doc.undoStack()->count();
        t = *doc.customField(*tid);
        t.type = FieldType(type);
        t.name = QStringLiteral("Renamed");
        QVERIFY(!doc.updateCustomField(t, &error));
        QCOMPARE(doc.customField(*tid)->name, QStringLiteral("T"));
        QCOMPARE(doc.customField(*tid)->type, FieldType::Text);
        QCOMPARE(doc.fieldValues(QStringLiteral("actor"), a).value(*tid), value);
        QCOMPARE(doc.undoStack()->count(), before);
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
        QCOMPARE(changes.first().table, Table::Actor);
        QCOMPARE(changes.first().kind, Change::Updated);
        QVERIFY(changes.first().columns.contains(Column::Commune));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

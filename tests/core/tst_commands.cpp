// The typed commands for the frequent edits beyond moves and renames: setting one or several
// fields of a row (Document::setFields, which updateRow() uses), creating an actor (with its
// tags) or a link, and deleting actors or links with every row that goes with them; each one
// undo step, merged where it fits, leaving nothing on failure.
#include "core/document/document.h"
#include "core/store/repositories.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace maillage;

namespace {
const QString K(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    Document doc;
    int fileCounter = 0;
    qint64 a = 0, b = 0, link = 0;

    /// A column of a row as stored (NULL included).
    QVariant stored(const QString &table, qint64 id, const QString &column)
    {
        QSqlQuery q(doc.store().database());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QVariant(QStringLiteral("<no row>"));
        return q.value(0);
    }
    qint64 count(const QString &table)
    {
        QSqlQuery q(doc.store().database());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        q.next();
        return q.value(0).toLongLong();
    }
    qint64 idOf(const QString &table) const
    {
        return table == QLatin1String("link") ? link : a;
    }

    qint64 secondLink = 0, action = 0;

    /// Gives actor a a row in every table that references actors, and its link a field
    /// value; adds a third actor c linked to b (the second link). Returns c.
    qint64 addDependents()
    {
        QSqlQuery q(doc.store().database());
        const QString now = K("2024-01-02T03:04:05");
        Actor x;
        x.name = K("Club");
        const qint64 c = doc.addActor(x).value_or(0);
        Link l;
        l.sourceId = b;
        l.targetId = c;
        secondLink = doc.addLink(l).value_or(0);
        const QStringList statements{
            K("UPDATE actor SET import_source = 'kumu', import_key = 'k1', created_at = "
              "'2020-01-01T00:00:00' WHERE id = %1").arg(a),
            K("UPDATE link SET import_source = 'kumu', import_key = 'l1' WHERE id = %1").arg(link),
            K("INSERT INTO tag (id, name) VALUES (70, 'Santé')"),
            K("INSERT INTO actor_tag VALUES (%1, 70)").arg(a),
            K("INSERT INTO field (id, subject, name) VALUES (71, 'actor', 'Budget'), "
              "(72, 'link', 'Depuis')"),
            K("INSERT INTO actor_field_value VALUES (%1, 71, '1200')").arg(a),
            K("INSERT INTO link_field_value VALUES (%1, 72, '2019')").arg(link),
            K("INSERT INTO meeting (id, title, created_at, updated_at) VALUES (73, 'Forum', '%1', '%1')").arg(now),
            K("INSERT INTO meeting_attendee VALUES (73, %1)").arg(a),
            K("INSERT INTO problem (id, title, created_at, updated_at) VALUES (74, 'Bruit', '%1', '%1')").arg(now),
            K("INSERT INTO problem_actor VALUES (74, %1, 'raised'), (74, %1, 'can_act')").arg(a),
            K("INSERT INTO action_item (id, title, lead_actor_id, created_at, updated_at) "
              "VALUES (75, 'Médiation', %1, '%2', '%2')").arg(a).arg(now),
            K("INSERT INTO action_partner VALUES (75, %1)").arg(a),
            K("INSERT INTO interview (id, created_at, updated_at) VALUES (76, '%1', '%1')").arg(now),
            K("INSERT INTO interview_tower VALUES (76, %1, 3)").arg(a),
        };
        for (const QString &s : statements)
            if (!q.exec(s))
                qWarning() << s << q.lastError().text();
        action = 75;
        doc.undoStack()->clear();
        return c;
    }
    /// Every row of every table, as text: what undo must bring back exactly.
    QString dump()
    {
        QSqlQuery tables(doc.store().database());
        tables.exec(K("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList out;
        while (tables.next()) {
            const QString t = tables.value(0).toString();
            QSqlQuery q(doc.store().database());
            q.exec(K("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(t));
            while (q.next()) {
                QStringList row{t};
                for (int i = 0; i < q.record().count(); ++i)
                    row << (q.isNull(i) ? K("NULL") : q.value(i).toString());
                out << row.join(QLatin1Char('|'));
            }
        }
        return out.join(QLatin1Char('\n'));
    }
    /// Rows whose reference to an actor or a link points at nothing.
    qint64 orphans()
    {
        QSqlQuery q(doc.store().database());
        q.exec(K("PRAGMA foreign_key_check"));
        qint64 n = 0;
        while (q.next())
            ++n;
        return n;
    }

private slots:
    void init()
    {
        const QString path = test::tempPath(QStringLiteral("commands%1.maillage").arg(++fileCounter));
        QString error;
        QVERIFY2(doc.create(path, QStringLiteral("Commands"), &error), qPrintable(error));
        Actor x;
        x.name = K("Mairie");
        a = doc.addActor(x).value_or(0);
        x.name = K("École");
        b = doc.addActor(x).value_or(0);
        Link l;
        l.sourceId = a;
        l.targetId = b;
        l.typeId = doc.linkTypes().first().id;
        link = doc.addLink(l).value_or(0);
        QVERIFY(a && b && link);
        QVERIFY(stored(K("actor"), a, K("consent_date")).isNull());
        doc.undoStack()->clear();
    }
    void cleanup() { doc.close(); }

    void setFieldsUndoRedo_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QVariantList>("values");
        // consent_date starts NULL: undo must bring NULL back, not an empty text.
        QTest::newRow("one field over NULL") << K("actor") << QStringList{K("consent_date")}
                                             << QVariantList{K("2024-05-02")};
        QTest::newRow("a text") << K("actor") << QStringList{K("organisation")}
                                << QVariantList{K("Commune")};
        QTest::newRow("a number") << K("actor") << QStringList{K("influence")} << QVariantList{4};
        QTest::newRow("several fields") << K("actor") << QStringList{K("role"), K("commune"), K("attitude")}
                                        << QVariantList{K("Maire"), K("Mirecourt"), -2};
        QTest::newRow("a field cleared") << K("link") << QStringList{K("type_id")}
                                         << QVariantList{QVariant(QMetaType(QMetaType::LongLong))};
        QTest::newRow("a link's strength") << K("link") << QStringList{K("strength")} << QVariantList{5};
        QTest::newRow("a link's text and date")
            << K("link") << QStringList{K("description"), K("since")}
            << QVariantList{K("Convention"), K("2024-03-01")};
    }
    void setFieldsUndoRedo()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        QFETCH(QVariantList, values);
        const qint64 id = idOf(table);
        QVariantList before;
        for (const QString &c : columns)
            before << stored(table, id, c);
        const QVariant stampBefore = stored(table, id, K("updated_at"));
        Row changes;
        for (int i = 0; i < columns.size(); ++i)
            changes.insert(columns[i], values[i]);
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        QVERIFY2(doc.updateRow(table, id, changes, K("Edit"), Document::MergeFieldEdit, &error),
                 qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), 1);
        for (int i = 0; i < columns.size(); ++i) {
            QCOMPARE(stored(table, id, columns[i]).isNull(), values[i].isNull());
            if (!values[i].isNull())
                QCOMPARE(stored(table, id, columns[i]).toString(), values[i].toString());
        }
        // Views are told which row and which columns.
        QCOMPARE(changed.size(), 1);
        const ChangeSet set = changed.first().first().value<ChangeSet>();
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().table, tableOf(table));
        QCOMPARE(set.first().kind, Change::Updated);
        QCOMPARE(set.first().ids, QList<qint64>{id});
        for (const QString &c : columns)
            QVERIFY(set.first().updates(columnOf(c)));
        QVERIFY(set.first().updates(Column::UpdatedAt));
        QVERIFY(!set.first().updates(Column::Name));

        doc.undoStack()->undo();
        for (int i = 0; i < columns.size(); ++i) {
            QCOMPARE(stored(table, id, columns[i]).isNull(), before[i].isNull());
            QCOMPARE(stored(table, id, columns[i]).toString(), before[i].toString());
        }
        QCOMPARE(stored(table, id, K("updated_at")), stampBefore);
        doc.undoStack()->redo();
        for (int i = 0; i < columns.size(); ++i)
            QCOMPARE(stored(table, id, columns[i]).isNull(), values[i].isNull());
        // The same values again: no step.
        QVERIFY(doc.updateRow(table, id, changes, K("Edit"), Document::MergeFieldEdit));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void setFieldsMerge_data()
    {
        QTest::addColumn<QString>("secondColumn");
        QTest::addColumn<bool>("otherRow");
        QTest::addColumn<int>("mergeId");
        QTest::addColumn<int>("steps");
        QTest::newRow("same field, same row: one step") << K("influence") << false << int(Document::MergeFieldEdit) << 1;
        QTest::newRow("another field: two steps") << K("interest") << false << int(Document::MergeFieldEdit) << 2;
        QTest::newRow("another row: two steps") << K("influence") << true << int(Document::MergeFieldEdit) << 2;
        QTest::newRow("no merge asked: two steps") << K("influence") << false << int(Document::NoMerge) << 2;
    }
    void setFieldsMerge()
    {
        QFETCH(QString, secondColumn);
        QFETCH(bool, otherRow);
        QFETCH(int, mergeId);
        QFETCH(int, steps);
        const QVariant first = stored(K("actor"), a, K("influence"));
        QVERIFY(doc.updateRow(K("actor"), a, {{K("influence"), 2}}, K("Edit"), mergeId));
        QVERIFY(doc.updateRow(K("actor"), otherRow ? b : a, {{secondColumn, 3}}, K("Edit"), mergeId));
        QCOMPARE(doc.undoStack()->count(), steps);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(stored(K("actor"), a, K("influence")), first);
        QCOMPARE(stored(K("actor"), a, secondColumn).toInt(), 0);
        QCOMPARE(stored(K("actor"), b, secondColumn).toInt(), 0);
    }

    void setFieldsFailureLeavesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("gone");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("out of range") << K("actor") << false << K("influence") << QVariant(9);
        QTest::newRow("empty name") << K("actor") << false << K("name") << QVariant(QString());
        QTest::newRow("unknown category") << K("actor") << false << K("category_id") << QVariant(987654);
        QTest::newRow("actor gone") << K("actor") << true << K("role") << QVariant(K("Maire"));
        QTest::newRow("link strength out of range") << K("link") << false << K("strength") << QVariant(0);
        QTest::newRow("link gone") << K("link") << true << K("strength") << QVariant(2);
    }
    void setFieldsFailureLeavesNothing()
    {
        QFETCH(QString, table);
        QFETCH(bool, gone);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        const qint64 id = gone ? idOf(table) + 1000 : idOf(table);
        const QVariant was = stored(table, id, column);
        const QVariant stamp = stored(table, id, K("updated_at"));
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        QVERIFY(!doc.setFields(tableOf(table), id, {qMakePair(columnOf(column), value)}, K("Edit"),
                               Document::MergeFieldEdit, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stored(table, id, column), was);
        QCOMPARE(stored(table, id, K("updated_at")), stamp);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void createUndoRedo_data()
    {
        QTest::addColumn<bool>("isLink");
        QTest::addColumn<int>("tags");
        QTest::newRow("actor") << false << 0;
        QTest::newRow("actor with two tags") << false << 2;
        QTest::newRow("link") << true << 0;
    }
    void createUndoRedo()
    {
        QFETCH(bool, isLink);
        QFETCH(int, tags);
        QList<qint64> tagIds;
        for (int i = 0; i < tags; ++i)
            tagIds << *doc.addRow(K("tag"), {{K("name"), K("tag %1").arg(i)}}, K("Tag"));
        doc.undoStack()->clear();
        const QString table = isLink ? K("link") : K("actor");
        const qint64 rows = count(table);
        QSignalSpy changed(&doc, &Document::changed);
        std::optional<qint64> id;
        if (isLink) {
            Link l;
            l.sourceId = b;
            l.targetId = a;
            l.typeId = doc.linkTypes().last().id;
            l.strength = 4;
            l.description = K("Réunions");
            id = doc.addLink(l);
        } else {
            Actor x;
            x.name = K("Association");
            x.influence = 3;
            x.x = 12.5;
            id = doc.addActor(x, tagIds);
        }
        QVERIFY(id && *id > 0);
        QCOMPARE(doc.lastInsertedIds(), QList<qint64>{*id});
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(count(table), rows + 1);
        QVERIFY(!stored(table, *id, K("created_at")).toString().isEmpty());
        if (!isLink) {
            QCOMPARE(doc.actor(*id)->name, K("Association"));
            QCOMPARE(doc.actor(*id)->x, 12.5);
            QCOMPARE(doc.tagsOfActor(*id).size(), tags);
        } else {
            QCOMPARE(doc.link(*id)->description, K("Réunions"));
            QCOMPARE(doc.link(*id)->strength, 4);
        }
        QCOMPARE(changed.size(), 1);
        const ChangeSet set = changed.first().first().value<ChangeSet>();
        QCOMPARE(set.first().table, tableOf(table));
        QCOMPARE(set.first().kind, Change::Inserted);
        QCOMPARE(set.first().ids, QList<qint64>{*id});
        QCOMPARE(touches(set, Table::ActorTag), tags > 0);

        doc.undoStack()->undo();
        QCOMPARE(count(table), rows);
        QCOMPARE(count(K("actor_tag")), 0);
        const ChangeSet undone = changed.last().first().value<ChangeSet>();
        QCOMPARE(undone.last().kind, Change::Removed);
        QCOMPARE(undone.last().ids, QList<qint64>{*id});
        doc.undoStack()->redo();
        QCOMPARE(count(table), rows + 1);
        QCOMPARE(stored(table, *id, K("id")).toLongLong(), *id);  // under the same id
        if (!isLink)
            QCOMPARE(doc.tagsOfActor(*id).size(), tags);
    }

    void createFailureLeavesNothing_data()
    {
        QTest::addColumn<bool>("isLink");
        QTest::addColumn<QString>("what");
        QTest::newRow("actor without a name") << false << K("name");
        QTest::newRow("actor of an unknown category") << false << K("category");
        QTest::newRow("actor with an unknown tag") << false << K("tag");
        QTest::newRow("link of an unknown type") << true << K("type");
        QTest::newRow("link out of range") << true << K("strength");
        QTest::newRow("link to no actor") << true << K("end");
    }
    void createFailureLeavesNothing()
    {
        QFETCH(bool, isLink);
        QFETCH(QString, what);
        const qint64 actors = count(K("actor")), links = count(K("link"));
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        std::optional<qint64> id;
        if (isLink) {
            Link l;
            l.sourceId = a;
            l.targetId = what == QLatin1String("end") ? b + 1000 : b;
            l.typeId = what == QLatin1String("type") ? 987654 : doc.linkTypes().first().id;
            l.strength = what == QLatin1String("strength") ? 9 : 3;
            id = doc.addLink(l, &error);
        } else {
            Actor x;
            x.name = what == QLatin1String("name") ? QString() : K("Club");
            x.categoryId = what == QLatin1String("category") ? 987654 : 0;
            id = doc.addActor(x, what == QLatin1String("tag") ? QList<qint64>{987654} : QList<qint64>{},
                              &error);
        }
        QVERIFY(!id);
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(K("actor")), actors);
        QCOMPARE(count(K("link")), links);
        QCOMPARE(count(K("actor_tag")), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void deleteUndoRedo_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("steps");
        QTest::newRow("an actor and its one link") << K("actor c") << 1;
        QTest::newRow("an actor with its links and every dependent row") << K("actor a") << 1;
        QTest::newRow("two linked actors: their link deleted once") << K("actors a b") << 1;
        QTest::newRow("the same actor twice") << K("actor a twice") << 1;
        QTest::newRow("a link with its field value") << K("link") << 1;
        QTest::newRow("two links") << K("links") << 1;
    }
    void deleteUndoRedo()
    {
        QFETCH(QString, what);
        QFETCH(int, steps);
        const qint64 c = addDependents();
        const QString before = dump();
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        bool ok = false;
        qint64 actorsGone = 0, linksGone = 0;
        if (what == QLatin1String("actor c")) {
            ok = doc.removeActors({c}, &error);
            actorsGone = 1;
            linksGone = 1;
        } else if (what == QLatin1String("actor a")) {
            ok = doc.removeActors({a}, &error);
            actorsGone = 1;
            linksGone = 1;
        } else if (what == QLatin1String("actors a b")) {
            ok = doc.removeActors({a, b}, &error);
            actorsGone = 2;
            linksGone = 2;
        } else if (what == QLatin1String("actor a twice")) {
            ok = doc.removeActors({a, a}, &error);
            actorsGone = 1;
            linksGone = 1;
        } else if (what == QLatin1String("link")) {
            ok = doc.removeLinks({link}, &error);
            linksGone = 1;
        } else {
            ok = doc.removeLinks({link, secondLink}, &error);
            linksGone = 2;
        }
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(count(K("actor")), 3 - actorsGone);
        QCOMPARE(count(K("link")), 2 - linksGone);
        // Nothing is left pointing at what went.
        QCOMPARE(orphans(), 0);
        if (what.startsWith(QLatin1String("actor a"))) {
            QCOMPARE(count(K("actor_tag")), 0);
            QCOMPARE(count(K("actor_field_value")), 0);
            QCOMPARE(count(K("link_field_value")), 0);
            QCOMPARE(count(K("meeting_attendee")), 0);
            QCOMPARE(count(K("problem_actor")), 0);
            QCOMPARE(count(K("action_partner")), 0);
            QCOMPARE(count(K("interview_tower")), 0);
            QVERIFY(stored(K("action_item"), action, K("lead_actor_id")).isNull());
        }
        // Views are told of every table touched, in one signal.
        QCOMPARE(changed.size(), 1);
        const ChangeSet set = changed.first().first().value<ChangeSet>();
        QCOMPARE(touches(set, Table::Actor), actorsGone > 0);
        QCOMPARE(touches(set, Table::Link), linksGone > 0);
        for (const Change &ch : set)
            if (ch.table == Table::Actor || ch.table == Table::Link)
                QCOMPARE(ch.kind, Change::Removed);
        const QString after = dump();

        doc.undoStack()->undo();
        QCOMPARE(dump(), before);  // every row back as it was: ids, times, import keys
        const ChangeSet undone = changed.last().first().value<ChangeSet>();
        QCOMPARE(touches(undone, Table::Actor), actorsGone > 0);
        QCOMPARE(touches(undone, Table::Link), linksGone > 0);
        doc.undoStack()->redo();
        QCOMPARE(dump(), after);
        doc.undoStack()->undo();
        QCOMPARE(dump(), before);
    }

    void deleteFailureLeavesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("an actor that does not exist, with one that does") << K("actor gone");
        QTest::newRow("a link that does not exist, with one that does") << K("link gone");
        QTest::newRow("the file refuses the actor's deletion") << K("actor refused");
        QTest::newRow("the file refuses the link's deletion") << K("link refused");
    }
    void deleteFailureLeavesNothing()
    {
        QFETCH(QString, what);
        addDependents();
        if (what.endsWith(QLatin1String("refused"))) {
            // The last write of the deletion fails, after the dependent rows went.
            QSqlQuery q(doc.store().database());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON %1 "
                                          "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                               .arg(what.startsWith(QLatin1String("actor")) ? K("actor") : K("link"))));
        }
        const QString before = dump();
        QSignalSpy changed(&doc, &Document::changed);
        QString error;
        if (what == QLatin1String("actor gone"))
            QVERIFY(!doc.removeActors({a, a + 1000}, &error));
        else if (what == QLatin1String("link gone"))
            QVERIFY(!doc.removeLinks({link, link + 1000}, &error));
        else if (what == QLatin1String("actor refused"))
            QVERIFY(!doc.removeActors({a}, &error));
        else
            QVERIFY(!doc.removeLinks({link}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(dump(), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"

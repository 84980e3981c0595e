// The typed change set (tables and columns by identifier), the store's whole-table queries
// that replaced SQL written outside core/store, and the bulk writer as part of the one edit
// engine (Document::applyBulk: one undo step, only Document emits, a failure leaves nothing).
#include "core/document/document.h"
#include "core/store/bulkwriter.h"
#include "core/store/repositories.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace maillage;

class TestChangeSet : public QObject
{
    Q_OBJECT

    Document doc;
    int fileCounter = 0;

    qint64 add(const QString &name, qint64 category = 0)
    {
        Actor a;
        a.name = name;
        a.categoryId = category;
        return doc.addActor(a).value_or(0);
    }

    /// `n` new actors named "Bulk i", ids from `first`.
    static BulkInsert actors(qint64 first, int n) { return test::bulkActors(first, n); }

private slots:
    void init()
    {
        const QString path = test::tempPath(QStringLiteral("changeset%1.maillage").arg(++fileCounter));
        QString error;
        QVERIFY2(doc.create(path, QStringLiteral("Changes"), &error), qPrintable(error));
    }
    void cleanup() { doc.close(); }

    // ---- identifiers

    void everyTableAndColumnHasAnIdentifier()
    {
        // A table or column added to the schema without its identifier would reach views as
        // Other: this fails first.
        for (const TableInfo &t : schema::tables()) {
            const Table table = tableOf(t.name);
            QVERIFY2(table != Table::Other, qPrintable(t.name));
            QCOMPARE(tableName(table), t.name);
            for (const QString &c : t.columns) {
                const Column column = columnOf(c);
                QVERIFY2(column != Column::Other, qPrintable(t.name + QLatin1Char('.') + c));
                QCOMPARE(columnName(column), c);
            }
        }
        QCOMPARE(tableOf(u"no_such_table"), Table::Other);
        QCOMPARE(columnOf(u"no_such_column"), Column::Other);
        QCOMPARE(tableName(Table::Other), QString());
    }

    void helpers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<bool>("names");
        QTest::newRow("inserted") << int(Change::Inserted) << QStringList() << true;
        QTest::newRow("removed") << int(Change::Removed) << QStringList() << true;
        QTest::newRow("renamed") << int(Change::Updated) << QStringList{"id", "name", "updated_at"}
                                 << true;
        QTest::newRow("moved") << int(Change::Updated) << QStringList{"id", "x", "y"} << false;
    }
    void helpers()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, columns);
        QFETCH(bool, names);
        Change c{Table::Actor, Change::Kind(kind), {3, 1, 3}, {}};
        for (const QString &name : columns)
            c.columns.insert(columnOf(name));
        QCOMPARE(c.columns.names(), columns);
        const ChangeSet set{c, Change{Table::Link, Change::Removed, {7}, {}}};
        QCOMPARE(touchesActorNames(set), names);
        QCOMPARE(c.touches(Column::Name), names);
        QCOMPARE(c.updates(Column::Name), names && kind == Change::Updated);
        QVERIFY(touches(set, Table::Link));
        QVERIFY(!touches(set, Table::Tag));
        QCOMPARE(changedIds(set, Table::Actor), (QList<qint64>{3, 1}));
        // An empty set is within any.
        QCOMPARE(c.columns.within({Column::Id, Column::X, Column::Y}),
                 !columns.contains(QStringLiteral("name")));
    }

    void editsReportTypedChanges()
    {
        const qint64 id = add(QStringLiteral("Mairie"));
        QSignalSpy spy(&doc, &Document::changed);
        QVERIFY(doc.updateActor(id, {{QStringLiteral("commune"), QStringLiteral("Mirecourt")},
                                     {QStringLiteral("influence"), 4}}));
        QCOMPARE(spy.size(), 1);
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().table, Table::Actor);
        QVERIFY(changes.first().updates(Column::Commune));
        QVERIFY(changes.first().updates(Column::Influence));
        QVERIFY(!changes.first().updates(Column::Name));
        QVERIFY(!touchesActorNames(changes));
    }

    // ---- whole-table queries of the store

    void storeQueries()
    {
        Store &store = doc.store();
        const qint64 category = store.ids(QStringLiteral("category")).value().first();
        const qint64 a = add(QStringLiteral("A"), category);
        const qint64 b = add(QStringLiteral("B"), category);
        const qint64 c = add(QStringLiteral("C"));
        QCOMPARE(store.ids(QStringLiteral("actor")).value(), (QList<qint64>{a, b, c}));
        QCOMPARE(store.ids(QStringLiteral("actor"), QStringLiteral("category_id"), category).value(),
                 (QList<qint64>{a, b}));
        QCOMPARE(store.countWhere(QStringLiteral("actor"), QStringLiteral("category_id"), category)
                     .value(),
                 2);
        QCOMPARE(store.distinctRefs(QStringLiteral("actor"), QStringLiteral("category_id")).value(),
                 (QSet<qint64>{category}));
        QCOMPARE(store.distinctRefs(QStringLiteral("actor"), QStringLiteral("category_id"), nullptr,
                                    true)
                     .value(),
                 (QSet<qint64>{category, 0}));
        QCOMPARE(store.maxId(QStringLiteral("actor")).value(), c);
        const qint64 tag = store.ids(QStringLiteral("tag")).value_or(QList<qint64>()).value(0);
        if (tag) {
            QVERIFY(doc.setActorTags(b, {tag}));
            QCOMPARE(store.pairs(QStringLiteral("actor_tag"), QStringLiteral("actor_id"),
                                 QStringLiteral("tag_id"))
                         .value(),
                     (QList<QPair<qint64, qint64>>{{b, tag}}));
        }
        QVERIFY(store.begin());
        QVERIFY(store.deleteAllBut(QStringLiteral("actor"), {b}));
        QCOMPARE(store.ids(QStringLiteral("actor")).value(), (QList<qint64>{b}));
        QVERIFY(store.clearTable(QStringLiteral("actor")));
        QCOMPARE(store.count(QStringLiteral("actor")), 0);
        store.rollback();
        QCOMPARE(store.count(QStringLiteral("actor")), 3);
    }

    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::newRow("table") << QStringLiteral("actor; DROP TABLE link") << QStringLiteral("id");
        QTest::newRow("column") << QStringLiteral("actor") << QStringLiteral("nowhere");
    }
    void unknownNamesAreRefused()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        add(QStringLiteral("A"));
        Store &store = doc.store();
        QString error;
        QVERIFY(!store.ids(table, column, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("no such table or column")), qPrintable(error));
        error.clear();
        QVERIFY(!store.countWhere(table, column, 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.clearTable(table + QStringLiteral("x"), &error));
        QCOMPARE(store.count(QStringLiteral("actor")), 1);
        QCOMPARE(store.count(QStringLiteral("link")), 0);
    }

    void projectionsForViews()
    {
        const qint64 a = add(QStringLiteral("Alpha"));
        const qint64 b = add(QStringLiteral("Beta"));
        const auto rows = Projections(doc.store()).listRows(b, b);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().name, QStringLiteral("Beta"));
        const auto all = Projections(doc.store()).listRows();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().id, a);
        const auto names = Projections(doc.store()).names();
        QCOMPARE(names->size(), 2);
        QVERIFY(!names->first().isPerson);
    }

    // ---- the bulk writer, inside the document

    void bulkIsOneStepAndOnlyDocumentEmits()
    {
        add(QStringLiteral("Existing"));
        const qint64 first = doc.store().maxId(QStringLiteral("actor")).value() + 1;
        QSignalSpy changed(&doc, &Document::changed);
        QSignalSpy inserted(&doc, &Document::actorsInserted);
        const int steps = doc.undoStack()->count();
        QString error;
        QVERIFY2(doc.applyBulk(QStringLiteral("Import"), {}, {actors(first, 50)}, &error),
                 qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.store().count(QStringLiteral("actor")), 51);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        const ChangeSet changes = changed.first().first().value<ChangeSet>();
        QCOMPARE(changes.first().table, Table::Actor);
        QCOMPARE(changes.first().ids.size(), 50);
        QCOMPARE(doc.actor(first + 49)->name, QStringLiteral("Bulk 49"));

        doc.undoStack()->undo();
        QCOMPARE(doc.store().count(QStringLiteral("actor")), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<ChangeSet>().first().kind, Change::Removed);
        doc.undoStack()->redo();
        QCOMPARE(doc.store().count(QStringLiteral("actor")), 51);

        // The writer's statements come from the store's cache: a second run of the same
        // shape prepares nothing.
        const qint64 prepared = doc.store().preparedCount();
        QVERIFY(doc.applyBulk(QStringLiteral("Import"), {}, {actors(first + 50, 10)}, &error));
        QCOMPARE(doc.store().preparedCount(), prepared);
    }

    void bulkFailureLeavesNothing()
    {
        add(QStringLiteral("Existing"));
        const qint64 first = doc.store().maxId(QStringLiteral("actor")).value() + 1;
        BulkInsert links;
        links.table = QStringLiteral("link");
        links.firstId = 1;
        const QStringList columns = schema::table(links.table)->columns;
        quint64 mask = 0;
        for (const char *c : {"source_id", "target_id", "created_at", "updated_at"})
            mask |= quint64(1) << columns.indexOf(QLatin1String(c));
        links.masks << mask;
        links.append(first);
        links.append(first + 999);  // no such actor: the foreign key check fails
        links.append(nowTimestamp());
        links.append(nowTimestamp());
        QSignalSpy changed(&doc, &Document::changed);
        const int steps = doc.undoStack()->count();
        QString error;
        QVERIFY(!doc.applyBulk(QStringLiteral("Import"), {}, {actors(first, 5), links}, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(doc.store().count(QStringLiteral("actor")), 1);
        QCOMPARE(doc.store().count(QStringLiteral("link")), 0);

        // Cancelled: the same, and said so.
        bool cancelled = false;
        QVERIFY(!doc.applyBulk(QStringLiteral("Import"), {}, {actors(first, 5)}, &error,
                               [](qint64, qint64) { return false; }, &cancelled));
        QVERIFY(cancelled);
        QCOMPARE(doc.store().count(QStringLiteral("actor")), 1);
        QCOMPARE(doc.undoStack()->count(), steps);
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"

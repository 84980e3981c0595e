#include "core/store/repositories.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace maillage;

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    // The column lists the generic row layer relies on must match the SQL exactly.
    void metadataMatchesDatabase()
    {
        Store store;
        QString error;
        QVERIFY2(store.create(test::tempPath(QStringLiteral("schema.maillage")),
                              QStringLiteral("S"), &error),
                 qPrintable(error));
        QSqlQuery q(store.database());
        QStringList tablesInDb;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "ORDER BY name")));
        while (q.next())
            tablesInDb << q.value(0).toString();
        QStringList tablesInMeta;
        for (const TableInfo &t : schema::tables())
            tablesInMeta << t.name;
        tablesInMeta.sort();
        QCOMPARE(tablesInMeta, tablesInDb);

        for (const TableInfo &t : schema::tables()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)));
            QStringList cols, key;
            QMap<int, QString> pk;
            while (q.next()) {
                cols << q.value(1).toString();
                if (q.value(5).toInt() > 0)
                    pk.insert(q.value(5).toInt(), q.value(1).toString());
            }
            QCOMPARE(cols, t.columns);
            QCOMPARE(pk.values(), t.key);

            // And the foreign keys, with their ON DELETE actions.
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t.name)));
            while (q.next()) {
                const QString parent = q.value(2).toString();
                const QString from = q.value(3).toString();
                const QString onDelete = q.value(6).toString();
                bool found = false;
                for (const ForeignKey &fk : schema::referencing(parent))
                    if (fk.table == t.name && fk.column == from) {
                        found = true;
                        QCOMPARE(onDelete, fk.onDelete == OnDelete::Cascade
                                               ? QStringLiteral("CASCADE")
                                               : QStringLiteral("SET NULL"));
                    }
                QVERIFY2(found, qPrintable(t.name + QLatin1Char('.') + from));
            }
        }
    }

    void defaultsHaveCodes()
    {
        Store store;
        QVERIFY(store.create(test::tempPath(QStringLiteral("codes.maillage")), QStringLiteral("S")));
        QStringList codes;
        for (const Category &c : CategoryRepository(store).list())
            codes << c.code;
        QCOMPARE(codes, (QStringList{"institution", "company", "elected", "association", "citizen",
                                     "public_service", "media", "other"}));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM link_type WHERE directed = 0 ORDER BY id")));
        QStringList undirected;
        while (q.next())
            undirected << q.value(0).toString();
        QCOMPARE(undirected, (QStringList{"partnership", "conflict"}));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"

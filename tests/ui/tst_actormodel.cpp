#include "document/document.h"
#include "models/actortablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace maillage;

class TestActorModel : public QObject
{
    Q_OBJECT
    Document doc;

    qint64 add(const QString &name)
    {
        Actor a;
        a.name = name;
        return doc.addActor(a).value_or(0);
    }

private slots:
    void init()
    {
        static int n = 0;
        QVERIFY(doc.create(test::tempPath(QStringLiteral("model%1.maillage").arg(++n)), QStringLiteral("M")));
    }
    void cleanup() { doc.close(); }

    void followsEditsWithoutReset()
    {
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const qint64 a = add(QStringLiteral("École Jules-Ferry"));
        const qint64 b = add(QStringLiteral("Mercœur"));
        add(QStringLiteral("Mairie"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(doc.updateActor(a, {{QStringLiteral("commune"), QStringLiteral("Mirecourt")}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(a), ActorTableModel::Commune).data().toString(), QStringLiteral("Mirecourt"));
        QVERIFY(doc.removeActors({b}));
        QCOMPARE(model.rowCount(), 2);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.count(), 0);
    }

    // Names sort as people read them: numbers as numbers, accents and case by the language's
    // rules ("Acteur 2" before "Acteur 10", "école" among the e's).
    void naturalSort()
    {
        for (const char *name : {"Acteur 10", "acteur 1", "Acteur 2", "Élus", "Ecole", "Zèbre", "Acteur 21"})
            add(QString::fromUtf8(name));
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ActorTableModel::Name, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < filter.rowCount(); ++r)
            names << filter.index(r, ActorTableModel::Name).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("acteur 1"), QStringLiteral("Acteur 2"),
                                     QStringLiteral("Acteur 10"), QStringLiteral("Acteur 21"),
                                     QStringLiteral("Ecole"), QString::fromUtf8("Élus"),
                                     QString::fromUtf8("Zèbre")}));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accent-less") << "ecole" << QStringList{"École Jules-Ferry"};
        QTest::newRow("ligature") << "mercoeur" << QStringList{"Mercœur"};
        QTest::newRow("upper case") << "MAIRIE" << QStringList{"Mairie de Mirecourt"};
        QTest::newRow("two words anywhere") << "mirecourt mairie" << QStringList{"Mairie de Mirecourt"};
        QTest::newRow("by commune") << "poussay" << QStringList{"Mercœur"};
        QTest::newRow("by tag") << "jeunesse" << QStringList{"École Jules-Ferry"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const qint64 a = add(QStringLiteral("École Jules-Ferry"));
        const qint64 b = add(QStringLiteral("Mercœur"));
        add(QStringLiteral("Mairie de Mirecourt"));
        QVERIFY(doc.updateActor(b, {{QStringLiteral("commune"), QStringLiteral("Poussay")}}));
        const auto tag = doc.addRow(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("Jeunesse")}}, QStringLiteral("t"));
        QVERIFY(tag && doc.setActorTags(a, {*tag}));
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearch(query);
        QStringList found;
        for (int r = 0; r < filter.rowCount(); ++r)
            found << filter.index(r, 0).data().toString();
        QCOMPARE(found, expected);
    }

    void categoryAndTagFilters()
    {
        const QList<Category> categories = doc.categories();
        Actor x;
        x.name = QStringLiteral("Asso");
        x.categoryId = categories.at(3).id;
        doc.addActor(x);
        x.name = QStringLiteral("Mairie");
        x.categoryId = categories.at(0).id;
        doc.addActor(x);
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        filter.setCategory(categories.at(3).id);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Asso"));
        filter.setCategory(0);
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_MAIN(TestActorModel)
#include "tst_actormodel.moc"

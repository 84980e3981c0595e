#include "core/document/document.h"
#include "ui/models/actortablemodel.h"
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
    qint64 field(const QString &name, FieldType type, const QString &unit = {},
                 const QStringList &choices = {})
    {
        CustomField f;
        f.name = name;
        f.type = type;
        f.unit = unit;
        f.choices = choices;
        return doc.addCustomField(f).value_or(0);
    }
    static QStringList column(const QAbstractItemModel &m, int c)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, c).data().toString();
        return out;
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

    // One column per actor field, after the fixed ones, following the definitions live:
    // added, renamed, retyped, deleted (and undone), values shown the user's way.
    void fieldColumns()
    {
        const qint64 a = add(QStringLiteral("Asso"));
        const qint64 budget = field(QStringLiteral("Budget"), FieldType::Number, QString::fromUtf8("€"));
        ActorTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.columnCount(), ActorTableModel::FirstField + 1);
        const int c = model.columnOfField(budget);
        QCOMPARE(c, int(ActorTableModel::FirstField));
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), QString::fromUtf8("Budget (€)"));
        QVERIFY(doc.setFieldValue(budget, a, QStringLiteral("12500.5")));
        QCOMPARE(model.index(0, c).data().toString(),
                 QLocale().toString(12500.5, 'f', QLocale::FloatingPointShortest) +
                     QChar(0x00A0) + QString::fromUtf8("€"));
        doc.undoStack()->undo();
        QCOMPARE(model.index(0, c).data().toString(), QString());
        doc.undoStack()->redo();

        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        const qint64 signedField = field(QStringLiteral("Signed"), FieldType::YesNo);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(model.columnCount(), ActorTableModel::FirstField + 2);
        QVERIFY(doc.setFieldValue(signedField, a, QStringLiteral("oui")));
        QCOMPARE(model.index(0, model.columnOfField(signedField)).data().toString(),
                 fields::display(FieldType::YesNo, QStringLiteral("1")));

        CustomField renamed = *doc.customField(budget);
        renamed.name = QStringLiteral("Subvention");
        renamed.type = FieldType::Integer;
        renamed.unit.clear();
        QVERIFY(!doc.updateCustomField(renamed));  // 12500.5 is no integer: refused
        QVERIFY(doc.setFieldValue(budget, a, QStringLiteral("12000")));
        QVERIFY(doc.updateCustomField(renamed));
        QCOMPARE(model.headerData(model.columnOfField(budget), Qt::Horizontal).toString(),
                 QStringLiteral("Subvention"));
        QCOMPARE(model.index(0, model.columnOfField(budget)).data().toString(),
                 QLocale().toString(12000));

        QVERIFY(doc.removeCustomField(budget));
        QCOMPARE(model.columnCount(), ActorTableModel::FirstField + 1);
        QCOMPARE(model.columnOfField(budget), -1);
        QCOMPARE(model.fieldAt(ActorTableModel::FirstField)->id, signedField);
        doc.undoStack()->undo();
        QCOMPARE(model.columnCount(), ActorTableModel::FirstField + 2);
        QCOMPARE(model.index(0, model.columnOfField(budget)).data().toString(),
                 QLocale().toString(12000));
        QCOMPARE(resets.count(), 0);
    }

    // Each type sorts its own way; actors without a value come first going up.
    void sortByFieldType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QStringList>("values");    // of actors A0, A1, … in order
        QTest::addColumn<QStringList>("expected");  // actor names, ascending
        QTest::newRow("number") << int(FieldType::Number) << QStringList()
                                << QStringList{"10", "9.5", "", "-2", "100"}
                                << QStringList{"A2", "A3", "A1", "A0", "A4"};
        QTest::newRow("integer") << int(FieldType::Integer) << QStringList()
                                 << QStringList{"2", "10", "1"}
                                 << QStringList{"A2", "A0", "A1"};
        QTest::newRow("date") << int(FieldType::Date) << QStringList()
                              << QStringList{"2025-01-10", "2024-12-31", "2025-01-09"}
                              << QStringList{"A1", "A2", "A0"};
        QTest::newRow("yes/no") << int(FieldType::YesNo) << QStringList()
                                << QStringList{"yes", "no", ""}
                                << QStringList{"A2", "A1", "A0"};
        QTest::newRow("choice in the list's order")
            << int(FieldType::Choice) << QStringList{"Nord", "Centre", "Sud"}
            << QStringList{"Sud", "Nord", "Centre"} << QStringList{"A1", "A2", "A0"};
        QTest::newRow("text, natural and accent-aware")
            << int(FieldType::Text) << QStringList()
            << QStringList{"lot 10", "Lot 2", QString::fromUtf8("étang"), "Zone", "eau"}
            << QStringList{"A4", "A2", "A1", "A0", "A3"};
    }
    void sortByFieldType()
    {
        QFETCH(int, type);
        QFETCH(QStringList, choices);
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        const qint64 f = field(QStringLiteral("F"), FieldType(type), {}, choices);
        for (int i = 0; i < values.size(); ++i) {
            const qint64 id = add(QStringLiteral("A%1").arg(i));
            if (!values.at(i).isEmpty())
                QVERIFY(doc.setFieldValue(f, id, values.at(i)));
        }
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(model.columnOfField(f), Qt::AscendingOrder);
        QCOMPARE(column(filter, ActorTableModel::Name), expected);
        filter.sort(model.columnOfField(f), Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(column(filter, ActorTableModel::Name), expected);
    }

    // The field conditions of the map's filter keep the right actors in the list.
    void fieldConditions_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        using C = fields::Condition;
        QTest::newRow("budget > 10000") << "budget" << int(C::Greater) << "10000"
                                        << QStringList{"Mairie"};
        QTest::newRow("budget < 10000") << "budget" << int(C::Less) << "10000"
                                        << QStringList{"Asso"};
        QTest::newRow("budget = 500") << "budget" << int(C::Equals) << "500.0"
                                      << QStringList{"Asso"};
        QTest::newRow("budget set") << "budget" << int(C::IsSet) << ""
                                    << QStringList{"Asso", "Mairie"};
        QTest::newRow("budget empty") << "budget" << int(C::IsEmpty) << ""
                                      << QStringList{"Club"};
        QTest::newRow("quartier = centre, any case") << "quartier" << int(C::Equals) << "centre"
                                                     << QStringList{"Asso", "Club"};
        QTest::newRow("quartier != Centre") << "quartier" << int(C::NotEquals) << "Centre"
                                            << QStringList{"Mairie"};
        QTest::newRow("signed = yes") << "signed" << int(C::Equals) << "1"
                                      << QStringList{"Mairie"};
        QTest::newRow("date before 2025-01-01") << "date" << int(C::Less) << "2025-01-01"
                                                << QStringList{"Club"};
        QTest::newRow("date after 2025-01-01") << "date" << int(C::Greater) << "2025-01-01"
                                               << QStringList{"Asso"};
        QTest::newRow("note contains") << "note" << int(C::Contains) << "JARDIN"
                                       << QStringList{"Asso"};
    }
    void fieldConditions()
    {
        QFETCH(QString, fieldName);
        QFETCH(int, op);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QHash<QString, qint64> ids{
            {"budget", field(QStringLiteral("Budget"), FieldType::Number)},
            {"quartier", field(QStringLiteral("Quartier"), FieldType::Choice, {},
                               {QStringLiteral("Centre"), QStringLiteral("Gare")})},
            {"signed", field(QStringLiteral("Signed"), FieldType::YesNo)},
            {"date", field(QStringLiteral("Date"), FieldType::Date)},
            {"note", field(QStringLiteral("Note"), FieldType::Text)}};
        const qint64 asso = add(QStringLiteral("Asso")), mairie = add(QStringLiteral("Mairie")),
                     club = add(QStringLiteral("Club"));
        QVERIFY(doc.setFieldValue(ids["budget"], asso, QStringLiteral("500")));
        QVERIFY(doc.setFieldValue(ids["budget"], mairie, QStringLiteral("25 000")));
        QVERIFY(doc.setFieldValue(ids["quartier"], asso, QStringLiteral("Centre")));
        QVERIFY(doc.setFieldValue(ids["quartier"], club, QStringLiteral("Centre")));
        QVERIFY(doc.setFieldValue(ids["quartier"], mairie, QStringLiteral("Gare")));
        QVERIFY(doc.setFieldValue(ids["signed"], mairie, QStringLiteral("yes")));
        QVERIFY(doc.setFieldValue(ids["signed"], asso, QStringLiteral("no")));
        QVERIFY(doc.setFieldValue(ids["date"], club, QStringLiteral("2024-06-30")));
        QVERIFY(doc.setFieldValue(ids["date"], asso, QStringLiteral("2025-03-01")));
        QVERIFY(doc.setFieldValue(ids["note"], asso, QStringLiteral("Un jardin partagé")));
        ActorTableModel model(&doc);
        ActorFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ActorTableModel::Name, Qt::AscendingOrder);
        fields::Condition c;
        c.fieldId = ids.value(fieldName);
        c.op = fields::Condition::Op(op);
        c.value = value;
        filter.setFieldConditions({c});
        QCOMPARE(column(filter, ActorTableModel::Name), expected);
        filter.setFieldConditions({});
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_MAIN(TestActorModel)
#include "tst_actormodel.moc"

// The panels' typed projections (core/store/panelqueries.h): each gives what the generic
// rows gave, on an empty territory and on several rows, and a read that fails (a closed
// store, a table gone) says why instead of answering an empty list.
#include "core/document/document.h"
#include "core/store/panelqueries.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace maillage;

namespace {
#define K(x) QStringLiteral(x)
}

class TestQueries : public QObject
{
    Q_OBJECT

    Document doc;
    int fileCounter = 0;
    // What fill() made.
    qint64 actorA = 0, actorB = 0, theme = 0, problemP = 0, problemQ = 0, meetingM = 0,
           meetingN = 0, actionX = 0, actionY = 0, indicatorOfAction = 0,
           indicatorOfProblem = 0, reading = 0;

    qint64 add(const QString &table, const Row &values)
    {
        QString error;
        const auto id = doc.addRow(table, values, K("add"), &error);
        if (!id)
            qWarning() << table << error;
        return id.value_or(0);
    }

    /// Two actors, two problems (one themed), two meetings, two actions and their joins,
    /// two indicators and a measured value.
    void fill()
    {
        Actor a;
        a.name = K("Mairie");
        actorA = doc.addActor(a).value_or(0);
        a.name = K("École");
        actorB = doc.addActor(a).value_or(0);
        theme = doc.themes().value(1).id;
        problemP = add(K("problem"), {{K("title"), K("Bruit")}, {K("theme_id"), theme},
                                      {K("scale"), K("territory")}, {K("severity"), 5},
                                      {K("status"), K("addressed")}});
        problemQ = add(K("problem"), {{K("title"), K("Parking")}, {K("severity"), 2}});
        meetingM = add(K("meeting"), {{K("title"), K("Débat")}, {K("held_on"), K("2026-03-01")}});
        meetingN = add(K("meeting"), {{K("title"), K("Réunion")}});
        for (const auto &[m, actor] : {qMakePair(meetingM, actorA), qMakePair(meetingM, actorB),
                                       qMakePair(meetingN, actorB)})
            doc.addRow(K("meeting_attendee"), {{K("meeting_id"), m}, {K("actor_id"), actor}}, K("add"));
        for (const auto &[p, role] : {qMakePair(problemQ, K("raised")), qMakePair(problemP, K("can_act")),
                                      qMakePair(problemP, K("affected"))})
            doc.addRow(K("problem_actor"),
                       {{K("problem_id"), p}, {K("actor_id"), actorA}, {K("role"), role}}, K("add"));
        actionX = add(K("action_item"), {{K("title"), K("Médiation")}});
        actionY = add(K("action_item"), {{K("title"), K("Plan")}});
        doc.addRow(K("action_partner"), {{K("action_id"), actionY}, {K("actor_id"), actorA}}, K("add"));
        doc.addRow(K("action_partner"), {{K("action_id"), actionX}, {K("actor_id"), actorA}}, K("add"));
        doc.addRow(K("action_partner"), {{K("action_id"), actionX}, {K("actor_id"), actorB}}, K("add"));
        doc.addRow(K("action_problem"), {{K("action_id"), actionX}, {K("problem_id"), problemP}}, K("add"));
        indicatorOfAction = add(K("indicator"), {{K("name"), K("Plaintes")}, {K("action_id"), actionX}});
        indicatorOfProblem = add(K("indicator"), {{K("name"), K("Places")}, {K("problem_id"), problemQ}});
        reading = add(K("indicator_value"), {{K("indicator_id"), indicatorOfAction},
                                             {K("measured_on"), K("2026-04-02")},
                                             {K("value"), 12.5},
                                             {K("note"), K("relevé de mars")}});
    }

private slots:
    void init()
    {
        const QString path = test::tempPath(K("queries%1.maillage").arg(++fileCounter));
        QString error;
        QVERIFY2(doc.create(path, K("Requêtes"), &error), qPrintable(error));
        actorA = actorB = theme = problemP = problemQ = meetingM = meetingN = 0;
        actionX = actionY = indicatorOfAction = indicatorOfProblem = reading = 0;
    }
    void cleanup() { doc.close(); }

    void themesInTheirOrder()
    {
        // Moved to the front: the order is position, then id.
        const QList<Theme> before = doc.themes();
        QVERIFY(before.size() >= 2);
        QVERIFY(doc.updateRow(K("theme"), before.last().id, {{K("position"), -1}}, K("move")));
        QList<qint64> expected{before.last().id};
        for (int i = 0; i + 1 < before.size(); ++i)
            expected << before[i].id;
        QString error;
        const auto themes = PanelQueries(doc.store()).themes(&error);
        QVERIFY2(themes, qPrintable(error));
        QList<qint64> ids;
        for (const ThemeName &t : *themes) {
            ids << t.id;
            QCOMPARE(t.name, doc.store().row(K("theme"), t.id)->value(K("name")).toString());
        }
        QCOMPARE(ids, expected);
    }

    void wholeRecords_data()
    {
        QTest::addColumn<bool>("filled");
        QTest::newRow("empty territory") << false;
        QTest::newRow("records") << true;
    }
    void wholeRecords()
    {
        // The records the tracking panels list, read by column index: every field as the
        // generic rows (Store::rows through RowTraits) read it, in the same order.
        QFETCH(bool, filled);
        if (filled) {
            fill();
            // Every column set, dates and reals included.
            QVERIFY(doc.updateRow(K("problem"), problemQ,
                                  {{K("description"), K("Rue haute")}, {K("raised_on"), K("2026-01-05")},
                                   {K("meeting_id"), meetingM}}, K("set")));
            QVERIFY(doc.updateRow(K("action_item"), actionY,
                                  {{K("lead_actor_id"), actorB}, {K("start_date"), K("2026-02-01")},
                                   {K("end_date"), K("2026-06-30")}, {K("status"), K("running")}},
                                  K("set")));
            QVERIFY(doc.updateRow(K("meeting"), meetingN,
                                  {{K("place"), K("Salle")}, {K("notes"), K("n")}, {K("decisions"), K("d")},
                                   {K("kind"), K("public")}}, K("set")));
            QVERIFY(doc.updateRow(K("indicator"), indicatorOfAction,
                                  {{K("unit"), K("%")}, {K("baseline"), 3.5}, {K("target"), 1.25},
                                   {K("description"), K("moins")}, {K("baseline_source"), K("INSEE")}},
                                  K("set")));
            add(K("indicator"), {{K("name"), K("Visites")}, {K("action_id"), actionX}});
            add(K("indicator_value"), {{K("indicator_id"), indicatorOfAction}, {K("value"), -2}});
        }
        const PanelQueries queries(doc.store());
        QString error;
        auto same = [&](const auto &typed, const auto &generic, const char *what) {
            QVERIFY2(typed, qPrintable(error));
            QCOMPARE(typed->size(), generic.size());
            if (filled)
                QVERIFY2(!generic.isEmpty(), what);
            for (int i = 0; i < generic.size(); ++i) {
                const Row a = RowTraits<std::decay_t<decltype(generic.at(i))>>::toRow(typed->at(i));
                const Row b = RowTraits<std::decay_t<decltype(generic.at(i))>>::toRow(generic.at(i));
                QCOMPARE(a, b);
            }
        };
        same(queries.problems(&error), Repository<Problem>(doc.store()).list(), "problems");
        same(queries.actions(&error), Repository<ActionItem>(doc.store()).list(), "actions");
        same(queries.meetings(&error), Repository<Meeting>(doc.store()).list(), "meetings");
        same(queries.actionsLedBy(actorB, &error),
             Repository<ActionItem>(doc.store()).list(K("lead_actor_id"), actorB), "led");
        same(queries.indicatorsOfAction(actionX, &error),
             Repository<Indicator>(doc.store()).list(K("action_id"), actionX), "indicators");
        same(queries.indicatorValues(indicatorOfAction, &error),
             Repository<IndicatorValue>(doc.store()).list(K("indicator_id"), indicatorOfAction),
             "values");
        if (filled) {
            // NULL reals stay NaN, a NULL value 0, as the generic rows have them.
            const auto indicators = queries.indicatorsOfAction(actionX);
            QVERIFY(indicators && indicators->size() == 2);
            QCOMPARE(indicators->at(0).baseline, 3.5);
            QVERIFY(std::isnan(indicators->at(1).target));
            QCOMPARE(queries.actionsLedBy(actorB)->size(), 1);
        }
    }

    void problemTallies_data()
    {
        QTest::addColumn<bool>("filled");
        QTest::newRow("empty territory") << false;
        QTest::newRow("several problems") << true;
    }
    void problemTallies()
    {
        QFETCH(bool, filled);
        if (filled)
            fill();
        QString error;
        const auto tallies = PanelQueries(doc.store()).problemTallies(&error);
        QVERIFY2(tallies, qPrintable(error));
        // As the generic rows have them, by id.
        const QList<Row> rows = doc.store().rows(K("problem"));
        QCOMPARE(tallies->size(), rows.size());
        QCOMPARE(tallies->size(), filled ? 2 : 0);
        for (int i = 0; i < rows.size(); ++i) {
            const ProblemTally &t = tallies->at(i);
            QCOMPARE(t.id, rows[i].value(K("id")).toLongLong());
            QCOMPARE(t.themeId, rows[i].value(K("theme_id")).toLongLong());
            QCOMPARE(t.scale, rows[i].value(K("scale")).toString());
            QCOMPARE(t.status, rows[i].value(K("status")).toString());
            QCOMPARE(t.severity, rows[i].value(K("severity")).toInt());
        }
        if (filled) {
            QCOMPARE(tallies->at(0).themeId, theme);
            QCOMPARE(tallies->at(1).themeId, 0);  // no theme reads 0
            QCOMPARE(tallies->at(1).status, K("identified"));
        }
    }

    void attendeeCounts_data()
    {
        QTest::addColumn<bool>("filled");
        QTest::newRow("empty territory") << false;
        QTest::newRow("several meetings") << true;
    }
    void attendeeCounts()
    {
        QFETCH(bool, filled);
        if (filled)
            fill();
        QString error;
        const auto counts = PanelQueries(doc.store()).attendeeCounts(&error);
        QVERIFY2(counts, qPrintable(error));
        QHash<qint64, int> expected;
        if (filled)
            expected = {{meetingM, 2}, {meetingN, 1}};
        QCOMPARE(*counts, expected);
    }

    void actorsInvolvement_data()
    {
        QTest::addColumn<bool>("filled");
        QTest::addColumn<bool>("second");  // actor B rather than A
        QTest::newRow("empty territory") << false << false;
        QTest::newRow("roles and partnerships") << true << false;
        QTest::newRow("partner only") << true << true;
    }
    void actorsInvolvement()
    {
        QFETCH(bool, filled);
        QFETCH(bool, second);
        if (filled)
            fill();
        const qint64 actor = second ? actorB : actorA;
        QString error;
        const PanelQueries queries(doc.store());
        const auto roles = queries.problemRolesOf(actor, &error);
        QVERIFY2(roles, qPrintable(error));
        QList<QPair<qint64, QString>> got;
        for (const ProblemRole &r : *roles)
            got << qMakePair(r.problemId, r.role);
        QList<QPair<qint64, QString>> expected;
        if (filled && !second)  // by problem, then role
            expected = {{problemP, K("affected")}, {problemP, K("can_act")}, {problemQ, K("raised")}};
        QCOMPARE(got, expected);
        const auto actions = queries.actionsPartneredBy(actor, &error);
        QVERIFY2(actions, qPrintable(error));
        const QList<qint64> partnered = !filled ? QList<qint64>()
                                        : second ? QList<qint64>({actionX})
                                                 : QList<qint64>({actionX, actionY});
        QCOMPARE(*actions, partnered);
    }

    void indicatorOwnerAndReading()
    {
        fill();
        const PanelQueries queries(doc.store());
        QString error;
        const auto ofAction = queries.indicatorOwner(indicatorOfAction, &error);
        QVERIFY2(ofAction, qPrintable(error));
        QCOMPARE(ofAction->actionId, actionX);
        QCOMPARE(ofAction->problemId, 0);
        const auto ofProblem = queries.indicatorOwner(indicatorOfProblem, &error);
        QVERIFY2(ofProblem, qPrintable(error));
        QCOMPARE(ofProblem->actionId, 0);
        QCOMPARE(ofProblem->problemId, problemQ);
        const auto r = queries.indicatorReading(reading, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->measuredOn, QDate(2026, 4, 2));
        QCOMPARE(r->value, 12.5);
        QCOMPARE(r->note, K("relevé de mars"));
        // One that does not exist says so.
        error.clear();
        QVERIFY(!queries.indicatorOwner(indicatorOfProblem + 100, &error));
        QVERIFY(error.contains(QString::number(indicatorOfProblem + 100)));
        error.clear();
        QVERIFY(!queries.indicatorReading(reading + 100, &error));
        QVERIFY(!error.isEmpty());
    }

    void recordCopy_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("which");  // 0: the first record fill() made, 1: the second
        QTest::addColumn<QList<int>>("joins");  // pairs of (Table, Column)
        const auto j = [](Table t, Column c) { return QList<int>{int(t), int(c)}; };
        QTest::newRow("problem with its actors")
            << int(Table::Problem) << 0 << j(Table::ProblemActor, Column::ProblemId);
        QTest::newRow("problem without any") << int(Table::Problem) << 1
                                             << j(Table::ProblemActor, Column::ProblemId);
        QTest::newRow("action with partners and problems")
            << int(Table::ActionItem) << 0
            << j(Table::ActionPartner, Column::ActionId) + j(Table::ActionProblem, Column::ActionId);
        QTest::newRow("meeting with attendees and problems")
            << int(Table::Meeting) << 0
            << j(Table::MeetingAttendee, Column::MeetingId) + j(Table::MeetingProblem, Column::MeetingId);
        QTest::newRow("meeting, no joins") << int(Table::Meeting) << 1 << QList<int>();
    }
    void recordCopy()
    {
        QFETCH(int, table);
        QFETCH(int, which);
        QFETCH(QList<int>, joins);
        fill();
        const Table t = Table(table);
        const qint64 id = t == Table::Problem      ? (which ? problemQ : problemP)
                          : t == Table::ActionItem ? (which ? actionY : actionX)
                                                   : (which ? meetingN : meetingM);
        QList<QPair<Table, Column>> joined;
        for (int i = 0; i + 1 < joins.size(); i += 2)
            joined << qMakePair(Table(joins[i]), Column(joins[i + 1]));
        QString error;
        const auto copy = PanelQueries(doc.store()).recordCopy(t, id, joined, &error);
        QVERIFY2(copy, qPrintable(error));
        // Every column, as the generic row has it.
        QCOMPARE(copy->record, *doc.store().row(tableName(t), id));
        QCOMPARE(copy->joined.size(), joined.size());
        for (int i = 0; i < joined.size(); ++i) {
            QCOMPARE(copy->joined[i].table, joined[i].first);
            QCOMPARE(copy->joined[i].key, joined[i].second);
            QCOMPARE(copy->joined[i].rows,
                     doc.store().rows(tableName(joined[i].first), columnName(joined[i].second), id));
        }
        if (t == Table::Problem && which == 0)
            QCOMPARE(copy->joined[0].rows.size(), 2);
    }

    void recordCopyRefusesWhatIsNotThere()
    {
        fill();
        const PanelQueries queries(doc.store());
        QString error;
        QVERIFY(!queries.recordCopy(Table::Problem, problemQ + 100, {}, &error));
        QVERIFY(error.contains(QString::number(problemQ + 100)));
        error.clear();
        // A join table without the column naming the record.
        QVERIFY(!queries.recordCopy(Table::Problem, problemP,
                                    {{Table::ProblemActor, Column::MeetingId}}, &error));
        QVERIFY(error.contains(K("meeting_id")));
        error.clear();
        // A table without ids.
        QVERIFY(!queries.recordCopy(Table::MeetingAttendee, 1, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    // Every projection, on a store that cannot answer, says why.
    void errorsAreSaid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("how");  // "closed" or the table renamed away
        const QStringList queries{K("themes"), K("problemTallies"), K("attendeeCounts"),
                                  K("problemRolesOf"), K("actionsPartneredBy"), K("indicatorOwner"),
                                  K("indicatorReading"), K("recordCopy"), K("problems"),
                                  K("actions"), K("actionsLedBy"), K("meetings"),
                                  K("indicatorsOfAction"), K("indicatorValues")};
        const QHash<QString, QString> tableOf{
            {K("themes"), K("theme")},          {K("problemTallies"), K("problem")},
            {K("attendeeCounts"), K("meeting_attendee")}, {K("problemRolesOf"), K("problem_actor")},
            {K("actionsPartneredBy"), K("action_partner")}, {K("indicatorOwner"), K("indicator")},
            {K("indicatorReading"), K("indicator_value")}, {K("recordCopy"), K("problem_actor")},
            {K("problems"), K("problem")}, {K("actions"), K("action_item")},
            {K("actionsLedBy"), K("action_item")}, {K("meetings"), K("meeting")},
            {K("indicatorsOfAction"), K("indicator")}, {K("indicatorValues"), K("indicator_value")}};
        for (const QString &q : queries) {
            QTest::addRow("%s, closed store", qPrintable(q)) << q << K("closed");
            QTest::addRow("%s, %s gone", qPrintable(q), qPrintable(tableOf.value(q)))
                << q << tableOf.value(q);
        }
    }
    void errorsAreSaid()
    {
        QFETCH(QString, query);
        QFETCH(QString, how);
        fill();
        if (how == K("closed")) {
            doc.close();
        } else {
            QSqlQuery q(doc.store().database());
            QVERIFY(q.exec(K("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(K("ALTER TABLE %1 RENAME TO gone").arg(how)), qPrintable(how));
        }
        const PanelQueries queries(doc.store());
        QString error;
        const QHash<QString, std::function<bool()>> run{
            {K("themes"), [&] { return bool(queries.themes(&error)); }},
            {K("problemTallies"), [&] { return bool(queries.problemTallies(&error)); }},
            {K("attendeeCounts"), [&] { return bool(queries.attendeeCounts(&error)); }},
            {K("problemRolesOf"), [&] { return bool(queries.problemRolesOf(actorA, &error)); }},
            {K("actionsPartneredBy"), [&] { return bool(queries.actionsPartneredBy(actorA, &error)); }},
            {K("indicatorOwner"), [&] { return bool(queries.indicatorOwner(indicatorOfAction, &error)); }},
            {K("indicatorReading"), [&] { return bool(queries.indicatorReading(reading, &error)); }},
            {K("problems"), [&] { return bool(queries.problems(&error)); }},
            {K("actions"), [&] { return bool(queries.actions(&error)); }},
            {K("actionsLedBy"), [&] { return bool(queries.actionsLedBy(actorA, &error)); }},
            {K("meetings"), [&] { return bool(queries.meetings(&error)); }},
            {K("indicatorsOfAction"), [&] { return bool(queries.indicatorsOfAction(actionX, &error)); }},
            {K("indicatorValues"), [&] { return bool(queries.indicatorValues(indicatorOfAction, &error)); }},
            {K("recordCopy"), [&] {
                 return bool(queries.recordCopy(Table::Problem, problemP,
                                                {{Table::ProblemActor, Column::ProblemId}}, &error));
             }}};
        QVERIFY(run.contains(query));
        QVERIFY2(!run.value(query)(), qPrintable(query));
        QVERIFY2(!error.isEmpty(), qPrintable(query));
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"

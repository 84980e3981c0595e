#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/io/sample.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace maillage;

namespace {
#define K(s) QStringLiteral(s)

const QDate kAsOf(2026, 6, 1);

/// A territory where nothing needs attention: one theme, an association and a citizen who
/// both attended a meeting, a problem the association can act on, addressed by a running
/// action with a partner and an indicator measured last month.
struct Healthy
{
    qint64 theme = 0, org = 0, person = 0, meeting = 0, problem = 0, action = 0, indicator = 0,
           value = 0;

    void build(Document &doc)
    {
        QList<qint64> themes;
        for (const Theme &t : doc.themes())
            themes << t.id;
        theme = themes.takeFirst();
        QVERIFY(doc.removeRows(K("theme"), themes, K("drop themes")));
        Actor a;
        a.name = K("La Bouée");
        org = doc.addActor(a).value_or(0);
        Actor p;
        p.name = K("Claire Mougenot");
        p.isPerson = true;
        p.legalBasis = K("consent");
        p.retentionDate = QDate(2030, 1, 1);
        person = doc.addActor(p).value_or(0);
        meeting = doc.addRow(K("meeting"), {{K("title"), K("Débat")}, {K("held_on"), K("2026-03-01")}},
                             K("m")).value_or(0);
        problem = doc.addRow(K("problem"), {{K("title"), K("Isolement")}, {K("theme_id"), theme}},
                             K("p")).value_or(0);
        action = doc.addRow(K("action_item"), {{K("title"), K("Visites")}, {K("status"), K("running")},
                                               {K("lead_actor_id"), person}},
                            K("a")).value_or(0);
        indicator = doc.addRow(K("indicator"), {{K("name"), K("Visites faites")}, {K("action_id"), action}},
                               K("i")).value_or(0);
        value = doc.addRow(K("indicator_value"), {{K("indicator_id"), indicator},
                                                  {K("measured_on"), kAsOf.addMonths(-1).toString(Qt::ISODate)},
                                                  {K("value"), 12}},
                           K("v")).value_or(0);
        QVERIFY(org && person && meeting && problem && action && indicator && value);
        QVERIFY(doc.apply(K("relations"), {
            doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), meeting}, {K("actor_id"), org}}),
            doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), meeting}, {K("actor_id"), person}}),
            doc.insertOp(K("problem_actor"), {{K("problem_id"), problem}, {K("actor_id"), org}, {K("role"), K("can_act")}}),
            doc.insertOp(K("problem_actor"), {{K("problem_id"), problem}, {K("actor_id"), person}, {K("role"), K("raised")}}),
            doc.insertOp(K("action_problem"), {{K("action_id"), action}, {K("problem_id"), problem}}),
            doc.insertOp(K("action_partner"), {{K("action_id"), action}, {K("actor_id"), org}}),
        }));
    }
};

bool set(Document &doc, const QString &table, qint64 id, const Row &changes)
{
    return doc.updateRow(table, id, changes, K("edit"));
}

bool removeJoin(Document &doc, const QString &table, const Row &key)
{
    return doc.apply(K("remove"), doc.deleteOps(table, QList<Row>{key}));
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

    int counter = 0;

private slots:
    void checks_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("staleMonths");
        QTest::addColumn<QString>("expected");  // kind code, or empty: nothing fires

        QTest::newRow("healthy") << K("") << 6 << K("");
        QTest::newRow("nobody can act") << K("drop can_act") << 6 << K("problem_nobody_can_act");
        QTest::newRow("nobody can act, resolved") << K("drop can_act; resolve") << 6 << K("");
        QTest::newRow("not addressed") << K("drop action_problem") << 6 << K("problem_not_addressed");
        QTest::newRow("only a cancelled action") << K("cancel action") << 6
                                                 << K("problem_not_addressed");
        QTest::newRow("not addressed, dropped") << K("drop action_problem; drop problem") << 6
                                                << K("");
        QTest::newRow("no partners") << K("drop partner") << 6 << K("action_without_partners");
        QTest::newRow("no partners, idea") << K("drop partner; idea") << 6 << K("");
        QTest::newRow("no indicators") << K("drop indicator") << 6 << K("action_without_indicators");
        QTest::newRow("no indicators, idea") << K("drop indicator; idea") << 6 << K("");
        QTest::newRow("theme without problem") << K("add theme") << 6 << K("theme_without_problem");
        QTest::newRow("theme with a resolved problem") << K("add theme; add resolved problem") << 6
                                                       << K("");
        QTest::newRow("actor never met") << K("add actor") << 6 << K("actor_never_met");
        QTest::newRow("actor met") << K("add actor; attend") << 6 << K("");
        QTest::newRow("indicator never measured") << K("add indicator") << 6
                                                  << K("indicator_never_measured");
        QTest::newRow("indicator measured") << K("add indicator; measure") << 6 << K("");
        QTest::newRow("stale indicator") << K("age value") << 6 << K("indicator_stale");
        QTest::newRow("stale indicator, longer period") << K("age value") << 12 << K("");
        QTest::newRow("stale indicator, action done") << K("age value; done") << 6 << K("");
        QTest::newRow("past retention") << K("expire") << 6 << K("person_past_retention");
        QTest::newRow("retention ends today") << K("expire today") << 6 << K("");
        QTest::newRow("no legal basis") << K("no basis") << 6 << K("person_without_basis");
        QTest::newRow("no legal basis, not a person") << K("no basis; not a person") << 6 << K("");
    }

    void checks()
    {
        QFETCH(QString, change);
        QFETCH(int, staleMonths);
        QFETCH(QString, expected);
        Document doc;
        QVERIFY(doc.create(test::tempPath(K("d%1.maillage").arg(++counter)), K("T")));
        Healthy h;
        h.build(doc);
        qint64 extraTheme = 0, extraActor = 0, extraIndicator = 0;
        for (const QString &step : change.split(K("; "), Qt::SkipEmptyParts)) {
            bool ok = false;
            if (step == QLatin1String("drop can_act"))
                ok = removeJoin(doc, K("problem_actor"), {{K("problem_id"), h.problem}, {K("actor_id"), h.org}, {K("role"), K("can_act")}});
            else if (step == QLatin1String("resolve"))
                ok = set(doc, K("problem"), h.problem, {{K("status"), K("resolved")}});
            else if (step == QLatin1String("drop action_problem"))
                ok = removeJoin(doc, K("action_problem"), {{K("action_id"), h.action}, {K("problem_id"), h.problem}});
            else if (step == QLatin1String("cancel action"))
                ok = set(doc, K("action_item"), h.action, {{K("status"), K("cancelled")}});
            else if (step == QLatin1String("drop problem"))
                ok = set(doc, K("problem"), h.problem, {{K("status"), K("dropped")}});
            else if (step == QLatin1String("drop partner"))
                ok = removeJoin(doc, K("action_partner"), {{K("action_id"), h.action}, {K("actor_id"), h.org}});
            else if (step == QLatin1String("idea"))
                ok = set(doc, K("action_item"), h.action, {{K("status"), K("idea")}});
            else if (step == QLatin1String("done"))
                ok = set(doc, K("action_item"), h.action, {{K("status"), K("done")}});
            else if (step == QLatin1String("drop indicator"))
                ok = doc.removeRows(K("indicator"), {h.indicator}, K("rm"));
            else if (step == QLatin1String("add theme"))
                ok = (extraTheme = doc.addRow(K("theme"), {{K("name"), K("Culture")}}, K("t")).value_or(0)) > 0;
            else if (step == QLatin1String("add resolved problem"))
                ok = doc.addRow(K("problem"), {{K("title"), K("Fermeture du cinéma")}, {K("theme_id"), extraTheme},
                                               {K("status"), K("resolved")}}, K("p")).has_value();
            else if (step == QLatin1String("add actor"))
                ok = (extraActor = doc.addActor(Actor{.name = K("Mairie")}).value_or(0)) > 0;
            else if (step == QLatin1String("attend"))
                ok = doc.apply(K("attend"), {doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), h.meeting}, {K("actor_id"), extraActor}})});
            else if (step == QLatin1String("add indicator"))
                ok = (extraIndicator = doc.addRow(K("indicator"), {{K("name"), K("Bénévoles")}, {K("problem_id"), h.problem}}, K("i")).value_or(0)) > 0;
            else if (step == QLatin1String("measure"))
                ok = doc.addRow(K("indicator_value"), {{K("indicator_id"), extraIndicator}, {K("measured_on"), K("2026-05-20")}, {K("value"), 3}}, K("v")).has_value();
            else if (step == QLatin1String("age value"))
                ok = set(doc, K("indicator_value"), h.value, {{K("measured_on"), kAsOf.addMonths(-7).toString(Qt::ISODate)}});
            else if (step == QLatin1String("expire"))
                ok = set(doc, K("actor"), h.person, {{K("retention_date"), K("2026-05-31")}});
            else if (step == QLatin1String("expire today"))
                ok = set(doc, K("actor"), h.person, {{K("retention_date"), kAsOf.toString(Qt::ISODate)}});
            else if (step == QLatin1String("no basis"))
                ok = set(doc, K("actor"), h.person, {{K("legal_basis"), QString()}});
            else if (step == QLatin1String("not a person"))
                ok = set(doc, K("actor"), h.person, {{K("is_person"), 0}});
            QVERIFY2(ok, qPrintable(step + K(": ") + doc.lastError()));
        }

        diagnostics::Options options;
        options.asOf = kAsOf;
        options.staleMonths = staleMonths;
        const QList<diagnostics::Item> items = diagnostics::diagnose(doc.store(), options);
        QStringList kinds;
        for (const auto &i : items)
            kinds << diagnostics::kindCode(i.kind);
        QCOMPARE(kinds, expected.isEmpty() ? QStringList() : QStringList{expected});
        for (const auto &i : items) {
            // Each item names an existing row, so a view can jump to it.
            const auto row = doc.store().row(i.table, i.id);
            QVERIFY2(row, qPrintable(i.table));
            QVERIFY(row->value(K("title")).toString() == i.name ||
                    row->value(K("name")).toString() == i.name);
            QVERIFY(i.message.contains(i.name));
            QVERIFY(!diagnostics::kindTitle(i.kind).isEmpty());
        }
    }

    void sampleTerritory()
    {
        const QString path = test::tempPath(K("sample.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        diagnostics::Options options;
        options.asOf = QDate(2026, 11, 29);
        const QList<diagnostics::Item> items = diagnostics::diagnose(doc.store(), options);
        QHash<QString, QSet<QString>> got;
        for (const auto &i : items)
            got[diagnostics::kindCode(i.kind)].insert(i.name);

        // The expected answers, worked out from the sample's own description.
        QFile f(K(":/maillage/sample/mirecourt.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        QHash<QString, QString> actorName;
        QSet<QString> met;
        for (const QJsonValue &a : s.value(K("actors")).toArray())
            actorName.insert(a[K("key")].toString(), a[K("name")].toString());
        for (const QJsonValue &m : s.value(K("meetings")).toArray())
            for (const QJsonValue &k : m[K("attendees")].toArray())
                met.insert(actorName.value(k.toString()));
        QSet<QString> neverMet;
        for (const QString &n : actorName)
            if (!met.contains(n))
                neverMet.insert(n);
        QCOMPARE(got.value(K("actor_never_met")), neverMet);

        QHash<QString, QString> problemTitle, problemStatus;
        QSet<QString> usedThemes, noCanAct;
        for (const QJsonValue &p : s.value(K("problems")).toArray()) {
            problemTitle.insert(p[K("key")].toString(), p[K("title")].toString());
            problemStatus.insert(p[K("key")].toString(), p[K("status")].toString());
            usedThemes.insert(p[K("theme")].toString());
            bool canAct = false;
            for (const QJsonValue &r : p[K("actors")].toArray())
                canAct = canAct || r[1].toString() == QLatin1String("can_act");
            const QString st = p[K("status")].toString();
            if (!canAct && st != QLatin1String("resolved") && st != QLatin1String("dropped"))
                noCanAct.insert(p[K("title")].toString());
        }
        QCOMPARE(got.value(K("problem_nobody_can_act")), noCanAct);
        QCOMPARE(got.value(K("theme_without_problem")).size(), doc.themes().size() - usedThemes.size());

        QSet<QString> addressed, noPartners, noIndicators, neverMeasured;
        for (const QJsonValue &a : s.value(K("actions")).toArray()) {
            const QString st = a[K("status")].toString();
            if (st != QLatin1String("cancelled"))
                for (const QJsonValue &k : a[K("problems")].toArray())
                    addressed.insert(k.toString());
            const bool underWay = st != QLatin1String("idea") && st != QLatin1String("cancelled");
            if (underWay && a[K("partners")].toArray().isEmpty())
                noPartners.insert(a[K("title")].toString());
            if (underWay && a[K("indicators")].toArray().isEmpty())
                noIndicators.insert(a[K("title")].toString());
            if (st != QLatin1String("cancelled"))
                for (const QJsonValue &i : a[K("indicators")].toArray())
                    if (i[K("values")].toArray().isEmpty())
                        neverMeasured.insert(i[K("name")].toString());
        }
        QSet<QString> notAddressed;
        for (auto it = problemTitle.cbegin(); it != problemTitle.cend(); ++it) {
            const QString st = problemStatus.value(it.key());
            if (!addressed.contains(it.key()) && st != QLatin1String("resolved") &&
                st != QLatin1String("dropped"))
                notAddressed.insert(it.value());
        }
        QCOMPARE(got.value(K("problem_not_addressed")), notAddressed);
        QCOMPARE(got.value(K("action_without_partners")), noPartners);
        QCOMPARE(got.value(K("action_without_indicators")), noIndicators);
        QCOMPARE(got.value(K("indicator_never_measured")), neverMeasured);
        QCOMPARE(got.value(K("person_past_retention")),
                 (QSet<QString>{K("Odile Ferry"), K("Martine Jacquot")}));
        QCOMPARE(got.value(K("person_without_basis")), QSet<QString>{K("Martine Jacquot")});
        // The sample has something in most checks, so this test exercises them.
        QVERIFY(got.size() >= 6);
    }

    void cli()
    {
        const QString path = test::tempPath(K("cli.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        const auto r = test::runCli({K("diagnose"), path, K("--json"), K("--as-of"), K("2026-11-29")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(K("as_of")).toString(), K("2026-11-29"));
        QCOMPARE(o.value(K("counts")).toObject().value(K("person_past_retention")).toInt(), 2);
        const QJsonArray items = o.value(K("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &i : items) {
            QVERIFY(!i[K("table")].toString().isEmpty());
            QVERIFY(i[K("id")].toInteger() > 0);
        }
        const auto text = test::runCli({K("diagnose"), path, K("--as-of"), K("2026-11-29")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(K("Persons kept past their retention date (2)")));
        QVERIFY(text.out.contains(K("Odile Ferry")));
        const auto bad = test::runCli({K("diagnose"), path, K("--as-of"), K("2026-13-01")});
        QCOMPARE(bad.exitCode, 2);
        const auto missing = test::runCli({K("diagnose"), test::tempPath(K("nope.maillage"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(K("nope.maillage")));

        // A healthy territory: nothing to report.
        const QString healthy = test::tempPath(K("healthy.maillage"));
        {
            Document doc;
            QVERIFY(doc.create(healthy, K("T")));
            Healthy h;
            h.build(doc);
        }
        const auto ok = test::runCli({K("diagnose"), healthy, K("--as-of"), kAsOf.toString(Qt::ISODate)});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(K("Nothing needs attention.")), qPrintable(ok.out));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"

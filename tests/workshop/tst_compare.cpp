// Comparing maps: name matching, scores on crafted maps with known answers, summaries.
#include "core/io/sample.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "testsupport.h"
#include "core/util/text.h"
#include "core/workshop/compare.h"
#include "core/workshop/compare_p.h"

#include <QtTest>

#include <tuple>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)

const QStringList kCategoryCodes{K("institution"), K("company"),   K("elected"),
                                 K("association"), K("citizen"),   K("public_service"),
                                 K("media"),       K("other")};

/// A map held in memory only: actors (name, category code), default categories.
MapData memoryMap(const QList<std::pair<QString, QString>> &actors, qint64 firstId = 1)
{
    MapData m;
    for (int i = 0; i < kCategoryCodes.size(); ++i) {
        Category c;
        c.id = i + 1;
        c.code = kCategoryCodes[i];
        c.name = kCategoryCodes[i];
        m.categories << c;
    }
    qint64 id = firstId;
    for (const auto &[name, code] : actors) {
        Actor a;
        a.id = id++;
        a.name = name;
        a.categoryId = kCategoryCodes.indexOf(code) + 1;
        m.actors << a;
    }
    return m;
}

/// Names of the matched pairs, "reference=candidate", in reference order.
QStringList pairNames(const MapData &r, const MapData &c)
{
    QStringList out;
    for (const ActorPair &p : matchActors(r, c))
        out << r.actor(p.referenceId)->name + QLatin1Char('=') + c.actor(p.candidateId)->name;
    return out;
}

QString linkText(const LinkRef &l)
{
    return l.source + (l.directed ? K(" -> ") : K(" -- ")) + l.target + K(" (") + l.type + K(")");
}

QStringList linkTexts(const QList<LinkRef> &links)
{
    QStringList out;
    for (const LinkRef &l : links)
        out << linkText(l);
    return out;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

    int counter = 0;

    /// Builds a .maillage file from tests/data/workshop/NAME.json and reads it back.
    MapData crafted(const QString &name)
    {
        const QString path = test::tempPath(K("%1-%2.maillage").arg(name).arg(++counter));
        QString error;
        {
            Store store;
            if (!store.create(path, name, &error) ||
                !loadKeyedJson(store, test::readBytes(test::dataPath(K("workshop/%1.json").arg(name))),
                               name + K(".json"), &error))
                qFatal("%s", qPrintable(error));
            store.close();
        }
        MapData m;
        if (!loadMap(path, &m, &error))
            qFatal("%s", qPrintable(error));
        m.file = name;
        return m;
    }

private slots:
    void tolerance_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("4") << 4 << 0;
        QTest::newRow("5") << 5 << 1;
        QTest::newRow("9") << 9 << 1;
        QTest::newRow("10") << 10 << 2;
        QTest::newRow("40") << 40 << 2;
    }
    void tolerance()
    {
        QFETCH(int, length);
        QFETCH(int, tolerance);
        QCOMPARE(spellingTolerance(length), tolerance);
    }

    void boundedDistanceAgreesWithEditDistance()
    {
        // Random short words over a small alphabet, so that many pairs are close.
        QRandomGenerator random(2018);
        auto word = [&] {
            QString w;
            const int length = int(random.bounded(0, 12));
            for (int i = 0; i < length; ++i)
                w += QChar(u"abcé"[random.bounded(0, 4)]);
            return w;
        };
        for (int trial = 0; trial < 20000; ++trial) {
            const QString a = word(), b = word();
            const int k = int(random.bounded(0, 4));
            const int expected = std::min(text::editDistance(a, b), k + 1);
            if (detail::boundedEditDistance(a, b, k) != expected)
                QFAIL(qPrintable(K("%1 / %2, k = %3: %4 instead of %5")
                                     .arg(a, b)
                                     .arg(k)
                                     .arg(detail::boundedEditDistance(a, b, k))
                                     .arg(expected)));
        }
    }

    void matchNames_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << K("Mairie") << K("Mairie") << true;
        QTest::newRow("case") << K("Mairie de Mirecourt") << K("MAIRIE DE MIRECOURT") << true;
        QTest::newRow("accents") << K("École Jules-Ferry") << K("ecole jules-ferry") << true;
        QTest::newRow("ligature") << K("Mercœur") << K("MERCOEUR") << true;
        QTest::newRow("apostrophe") << K("Café L’UtopiC") << K("cafe l'utopic") << true;
        QTest::newRow("spaces") << K("La  Bouée ") << K("la bouée") << true;
        QTest::newRow("short exact") << K("Poste") << K("poste") << true;
        QTest::newRow("4 letters, 1 typo") << K("Café") << K("Cave") << false;
        QTest::newRow("5 letters, 1 typo") << K("Abcde") << K("Abcdf") << true;
        QTest::newRow("6 letters, 1 missing") << K("Mairie") << K("Mairi") << true;
        QTest::newRow("6 letters, swap") << K("Mairie") << K("Mairei") << false;
        QTest::newRow("8 letters, 1 typo") << K("La Bouée") << K("Le Bouee") << true;
        QTest::newRow("9 letters, 2 typos") << K("Mirecourt") << K("Mirecuort") << false;
        QTest::newRow("9 vs 10 letters") << K("Beau Joly") << K("Beau Jolly") << true;
        QTest::newRow("13 letters, swap") << K("Conservatoire") << K("Conservatiore") << true;
        QTest::newRow("long, 2 typos") << K("Institut de Beau Joly") << K("Institut de Beau Jolie")
                                       << true;
        QTest::newRow("long, 3 edits") << K("Institut de Beau Joly") << K("Institut Beau Joly")
                                       << false;
        QTest::newRow("other actor") << K("Odile Ferry") << K("Odile Perrin") << false;
    }
    void matchNames()
    {
        QFETCH(QString, reference);
        QFETCH(QString, candidate);
        QFETCH(bool, matches);
        const MapData r = memoryMap({{reference, K("institution")}});
        const MapData c = memoryMap({{candidate, K("association")}}, 100);
        const QList<ActorPair> pairs = matchActors(r, c);
        QCOMPARE(pairs.size(), matches ? 1 : 0);
        if (matches) {
            QCOMPARE(pairs.first().referenceId, 1);
            QCOMPARE(pairs.first().candidateId, 100);
            QVERIFY(!pairs.first().sameCategory);
        }
    }

    void categoryBreaksTies()
    {
        // Two reference actors of the same name: each candidate goes to its own category.
        const MapData r = memoryMap({{K("Martin"), K("citizen")}, {K("Martin"), K("elected")}});
        const MapData c = memoryMap({{K("martin"), K("elected")}, {K("MARTIN"), K("citizen")}}, 10);
        const QList<ActorPair> pairs = matchActors(r, c);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs[0].referenceId, 1);
        QCOMPARE(pairs[0].candidateId, 11);
        QCOMPARE(pairs[1].referenceId, 2);
        QCOMPARE(pairs[1].candidateId, 10);
        QVERIFY(pairs[0].sameCategory && pairs[1].sameCategory);

        // Among spellings at the same distance, the same category wins.
        const MapData r2 = memoryMap({{K("Durand"), K("citizen")}});
        const MapData c2 = memoryMap({{K("Durant"), K("elected")}, {K("Durans"), K("citizen")}}, 10);
        QCOMPARE(pairNames(r2, c2), QStringList{K("Durand=Durans")});
    }

    void spellingBeatsCategory()
    {
        // The exact name wins even if its category differs; the near one is left over.
        const MapData r = memoryMap({{K("Durand"), K("citizen")}});
        const MapData c = memoryMap({{K("Durant"), K("citizen")}, {K("durand"), K("elected")}}, 10);
        QCOMPARE(pairNames(r, c), QStringList{K("Durand=durand")});
    }

    void oneToOneAndDeterministic()
    {
        const MapData r = memoryMap({{K("Mairie"), K("institution")}, {K("Mairies"), K("institution")}});
        const MapData c = memoryMap({{K("mairie"), K("institution")},
                                     {K("MAIRIE"), K("institution")},
                                     {K("Mairie"), K("institution")}},
                                    10);
        // "Mairies" is one letter from every "Mairie", but each candidate serves once: the
        // exact pair is taken first, then the closest of the rest by folded name then id.
        const QStringList expected{K("Mairie=mairie"), K("Mairies=MAIRIE")};
        QCOMPARE(pairNames(r, c), expected);
        MapData reversed = c;
        std::reverse(reversed.actors.begin(), reversed.actors.end());
        QCOMPARE(pairNames(r, reversed), expected);
    }

    void categoryByNameWithoutCode()
    {
        MapData r = memoryMap({{K("Mairie"), K("institution")}});
        MapData c = memoryMap({{K("Mairie"), K("other")}}, 10);
        Category mine;
        mine.id = 50;
        mine.name = K("INSTITUTION");  // a user's own category, no code: compared by name
        c.categories << mine;
        c.actors[0].categoryId = 50;
        const MapComparison m = compareMap(r, c);
        QCOMPARE(m.pairs.size(), 1);
        QVERIFY(m.pairs.first().sameCategory);
        QCOMPARE(m.categoryAgreement, 1.0);
    }

    void scoreConventions_data()
    {
        QTest::addColumn<int>("reference");
        QTest::addColumn<int>("candidate");
        QTest::addColumn<int>("matched");
        QTest::addColumn<double>("precision");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("f1");
        QTest::newRow("both empty") << 0 << 0 << 0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("empty map") << 4 << 0 << 0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("empty reference") << 0 << 3 << 0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("nothing right") << 4 << 3 << 0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("half") << 4 << 2 << 2 << 1.0 << 0.5 << 2.0 / 3;
    }
    void scoreConventions()
    {
        QFETCH(int, reference);
        QFETCH(int, candidate);
        QFETCH(int, matched);
        const SetScore s = score(reference, candidate, matched);
        QFETCH(double, precision);
        QFETCH(double, recall);
        QFETCH(double, f1);
        QCOMPARE(s.precision, precision);
        QCOMPARE(s.recall, recall);
        QCOMPARE(s.f1, f1);
    }

    void craftedScores_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QList<int>>("actors");  // reference, candidate, matched
        QTest::addColumn<QList<double>>("actorScores");  // precision, recall, f1
        QTest::addColumn<QList<int>>("links");
        QTest::addColumn<QList<double>>("linkScores");
        QTest::addColumn<double>("categoryAgreement");
        QTest::addColumn<double>("influence");
        // Group A: case, accents and one typo matched; SCIC and Odile missing, Pôle emploi
        // extra; the funding link drawn the wrong way round is not the reference's.
        QTest::newRow("group-a") << K("group-a") << QList<int>{6, 5, 4}
                                 << QList<double>{4.0 / 5, 4.0 / 6, 8.0 / 11}
                                 << QList<int>{6, 5, 3}
                                 << QList<double>{3.0 / 5, 3.0 / 6, 6.0 / 11} << 0.75 << 0.5;
        // Group B: "Institut Beau Joly" is three edits away, so not matched.
        QTest::newRow("group-b") << K("group-b") << QList<int>{6, 6, 5}
                                 << QList<double>{5.0 / 6, 5.0 / 6, 5.0 / 6}
                                 << QList<int>{6, 5, 4}
                                 << QList<double>{4.0 / 5, 4.0 / 6, 8.0 / 11} << 1.0 << 0.2;
        QTest::newRow("group-c") << K("group-c") << QList<int>{6, 3, 3}
                                 << QList<double>{1.0, 0.5, 2.0 / 3}
                                 << QList<int>{6, 2, 2}
                                 << QList<double>{1.0, 2.0 / 6, 0.5} << 2.0 / 3 << 1.0;
    }
    void craftedScores()
    {
        QFETCH(QString, map);
        QFETCH(QList<int>, actors);
        QFETCH(QList<double>, actorScores);
        QFETCH(QList<int>, links);
        QFETCH(QList<double>, linkScores);
        QFETCH(double, categoryAgreement);
        QFETCH(double, influence);
        const MapComparison m = compareMap(crafted(K("reference")), crafted(map));
        QCOMPARE((QList<int>{m.actors.reference, m.actors.candidate, m.actors.matched}), actors);
        QCOMPARE(m.actors.precision, actorScores[0]);
        QCOMPARE(m.actors.recall, actorScores[1]);
        QCOMPARE(m.actors.f1, actorScores[2]);
        QCOMPARE((QList<int>{m.links.reference, m.links.candidate, m.links.matched}), links);
        QCOMPARE(m.links.precision, linkScores[0]);
        QCOMPARE(m.links.recall, linkScores[1]);
        QCOMPARE(m.links.f1, linkScores[2]);
        QCOMPARE(m.categoryAgreement, categoryAgreement);
        QCOMPARE(m.influenceMeanAbsDifference, influence);
        QCOMPARE(m.missingActors.size(), m.actors.reference - m.actors.matched);
        QCOMPARE(m.extraActors.size(), m.actors.candidate - m.actors.matched);
        QCOMPARE(m.missingLinks.size(), m.links.reference - m.links.matched);
        QCOMPARE(m.extraLinks.size(), m.links.candidate - m.links.matched);
    }

    void craftedDetails()
    {
        const MapComparison m = compareMap(crafted(K("reference")), crafted(K("group-a")));
        QCOMPARE(m.missingActors, (QStringList{K("Odile Ferry"), K("SCIC Utopic & Co")}));
        QCOMPARE(m.extraActors, QStringList{K("Pôle emploi")});
        QCOMPARE(m.renamedActors.size(), 4);
        QVERIFY(m.renamedActors.contains(
            qMakePair(K("Institut de Beau Joly"), K("Institut de Beau Jolly"))));
        QCOMPARE(linkTexts(m.missingLinks),
                 (QStringList{K("Café L'UtopiC -- SCIC Utopic & Co (Partnership)"),
                              K("Mairie de Mirecourt -> Institut de Beau Joly (Funding)"),
                              K("Odile Ferry -> La Bouée (Membership)")}));
        QCOMPARE(linkTexts(m.extraLinks),
                 (QStringList{K("Institut de Beau Jolly -> MAIRIE DE MIRECOURT (Funding)"),
                              K("Pôle emploi -> MAIRIE DE MIRECOURT (Information)")}));
        QCOMPARE(m.largestInfluenceDifferences.size(), 1);
        const InfluenceDifference d = m.largestInfluenceDifferences.first();
        QCOMPARE(d.reference, K("Café L'UtopiC"));
        QCOMPARE(d.candidate, K("Cafe l'Utopic"));
        QCOMPARE(d.referenceInfluence, 3);
        QCOMPARE(d.candidateInfluence, 5);
    }

    void severalMaps()
    {
        const Comparison c = compare(crafted(K("reference")),
                                     {crafted(K("group-a")), crafted(K("group-b")),
                                      crafted(K("group-c"))});
        QCOMPARE(c.maps.size(), 3);
        const Summary &s = c.summary;
        QCOMPARE(s.maps, 3);
        // Missed by at least two of the three maps.
        QCOMPARE(s.mostMissedActors.size(), 2);
        QCOMPARE(s.mostMissedActors[0].name, K("Institut de Beau Joly"));
        QCOMPARE(s.mostMissedActors[0].missedBy, 2);
        QCOMPARE(s.mostMissedActors[1].name, K("SCIC Utopic & Co"));
        QCOMPARE(s.mostMissedActors[1].category, K("Company"));
        QStringList missedLinks;
        for (const MissedLink &l : s.mostMissedLinks)
            missedLinks << linkText(l.link) + K(" x%1").arg(l.missedBy);
        QCOMPARE(missedLinks,
                 (QStringList{K("Mairie de Mirecourt -> Institut de Beau Joly (Funding) x3"),
                              K("Café L'UtopiC -- SCIC Utopic & Co (Partnership) x2"),
                              K("Institut de Beau Joly -- La Bouée (Partnership) x2")}));

        // Disagreements: Mairie's influence (5, 4, 2), the café's (5, 3), Odile's category.
        QCOMPARE(s.actorDisagreements.size(), 3);
        const ActorDisagreement &cafe = s.actorDisagreements[0];
        QCOMPARE(cafe.name, K("Café L'UtopiC"));
        QCOMPARE(cafe.files, (QStringList{K("group-a"), K("group-b")}));
        QCOMPARE(cafe.influences, (QList<int>{5, 3}));
        QVERIFY(cafe.influenceVaries && !cafe.categoryVaries);
        QCOMPARE(s.actorDisagreements[1].name, K("Mairie de Mirecourt"));
        QCOMPARE(s.actorDisagreements[1].influences, (QList<int>{5, 4, 2}));
        const ActorDisagreement &odile = s.actorDisagreements[2];
        QCOMPARE(odile.name, K("Odile Ferry"));
        QVERIFY(odile.categoryVaries && !odile.influenceVaries);
        QCOMPARE(odile.categories, (QStringList{K("Citizen"), K("Elected official")}));

        // Links drawn by some maps only: four of the reference's, and group A's reversed
        // funding link between two reference actors.
        QCOMPARE(s.linkDisagreements.size(), 5);
        int extras = 0;
        for (const LinkDisagreement &d : s.linkDisagreements) {
            QVERIFY(!d.presentIn.isEmpty() && !d.absentFrom.isEmpty());
            QCOMPARE(d.presentIn.size() + d.absentFrom.size(), 3);
            if (!d.inReference) {
                ++extras;
                QCOMPARE(linkText(d.link),
                         K("Institut de Beau Joly -> Mairie de Mirecourt (Funding)"));
                QCOMPARE(d.presentIn, QStringList{K("group-a")});
            }
        }
        QCOMPARE(extras, 1);
    }

    void oneMapHasNoDisagreements()
    {
        const Comparison c = compare(crafted(K("reference")), {crafted(K("group-a"))});
        // With a single map, "most" is that map: everything it missed.
        QCOMPARE(c.summary.mostMissedActors.size(), 2);
        QCOMPARE(c.summary.mostMissedLinks.size(), 3);
        QVERIFY(c.summary.actorDisagreements.isEmpty());
        QVERIFY(c.summary.linkDisagreements.isEmpty());
    }

    void sampleWithItself()
    {
        const QString path = test::tempPath(K("sample-self.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        MapData a, b;
        QVERIFY2(loadMap(path, &a, &error), qPrintable(error));
        QVERIFY2(loadMap(path, &b, &error), qPrintable(error));
        QVERIFY(a.actors.size() > 30);
        const Comparison c = compare(a, {b, b});
        for (const MapComparison &m : c.maps) {
            for (const SetScore &s : {m.actors, m.links}) {
                QCOMPARE(s.matched, s.reference);
                QCOMPARE(s.precision, 1.0);
                QCOMPARE(s.recall, 1.0);
                QCOMPARE(s.f1, 1.0);
            }
            QCOMPARE(m.categoryAgreement, 1.0);
            QCOMPARE(m.influenceMeanAbsDifference, 0.0);
            QVERIFY(m.missingActors.isEmpty() && m.extraActors.isEmpty());
            QVERIFY(m.missingLinks.isEmpty() && m.extraLinks.isEmpty());
            QVERIFY(m.renamedActors.isEmpty());
            for (const ActorPair &p : m.pairs)
                QCOMPARE(p.referenceId, p.candidateId);
        }
        QVERIFY(c.summary.mostMissedActors.isEmpty());
        QVERIFY(c.summary.actorDisagreements.isEmpty());
        QVERIFY(c.summary.linkDisagreements.isEmpty());
    }

    void loadFailureNamesFile()
    {
        const QString path = test::tempPath(K("no-such-map.maillage"));
        MapData m;
        QString error;
        QVERIFY(!loadMap(path, &m, &error));
        QVERIFY2(error.contains(K("no-such-map.maillage")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"

#include "core/document/document.h"
#include "core/statistics/cog.h"
#include "core/statistics/equipment.h"
#include "core/statistics/import.h"
#include "core/statistics/portrait.h"
#include "core/statistics/statistics.h"
#include "core/util/xlsx.h"
#include "core/store/repositories.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace maillage;
using namespace maillage::statistics;
using test::dataPath;
using test::tempPath;

namespace {

QString golden(const char *name)
{
    return dataPath(QStringLiteral("statistics/") + QString::fromLatin1(name));
}

QStringList allGolden()
{
    return {golden("dossier_complet.csv"),        golden("cc_filosofi_2021_EPCI.csv"),
            golden("DS_FILOSOFI_CC_data.csv"),    golden("BASE_TD_FILO_IRIS_2021_DISP.csv"),
            golden("base-ic-evol-struct-pop-2021.csv"), golden("bpe24.csv"),
            golden("RPLS_01-01-2024_Com.csv"),    golden("apl-medecins-generalistes.xlsx")};
}

// A territory of the communes `codes` (and `kind`), in a fresh file.
bool makeTerritory(Document &doc, const QString &name, const QString &codes)
{
    const QString path = tempPath(name + QStringLiteral(".maillage"));
    QFile::remove(path);
    return doc.create(path, name) &&
           doc.updateTerritory({{QStringLiteral("insee_codes"), codes}});
}

const PortraitIndicator *indicator(const Portrait &p, const char *code)
{
    for (const PortraitIndicator &i : p.indicators)
        if (i.code == QLatin1String(code))
            return &i;
    return nullptr;
}

bool near(const std::optional<double> &v, double expected)
{
    return v && std::abs(*v - expected) < 1e-6 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void parseCell_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("cell");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("marker");
        QTest::newRow("integer") << QByteArray("1234") << int(Cell::Number) << 1234.0 << "";
        QTest::newRow("decimal comma") << QByteArray("22,5") << int(Cell::Number) << 22.5 << "";
        QTest::newRow("decimal point") << QByteArray("12.25") << int(Cell::Number) << 12.25 << "";
        QTest::newRow("negative") << QByteArray("-3,2") << int(Cell::Number) << -3.2 << "";
        QTest::newRow("U+202F thousands") << QByteArray("5\xE2\x80\xAF" "012,4") << int(Cell::Number)
                                          << 5012.4 << "";
        QTest::newRow("U+00A0 thousands") << QByteArray("2\xC2\xA0" "000") << int(Cell::Number)
                                          << 2000.0 << "";
        QTest::newRow("space thousands") << QByteArray("1 000 000") << int(Cell::Number)
                                         << 1000000.0 << "";
        QTest::newRow("quoted, trailing space") << QByteArray("\"3.1 \"") << int(Cell::Number)
                                                << 3.1 << "";
        QTest::newRow("zero stays zero") << QByteArray("0") << int(Cell::Number) << 0.0 << "";
        for (const char *m : {"s", "nd", "ns", "so", "C", "ND"})
            QTest::addRow("secret %s", m) << QByteArray(m) << int(Cell::Secret) << 0.0
                                          << QString::fromLatin1(m);
        QTest::newRow("empty") << QByteArray("") << int(Cell::Empty) << 0.0 << "";
        QTest::newRow("blank") << QByteArray("  ") << int(Cell::Empty) << 0.0 << "";
        QTest::newRow("text") << QByteArray("Mirecourt") << int(Cell::Invalid) << 0.0 << "";
        QTest::newRow("two commas") << QByteArray("1,2,3") << int(Cell::Invalid) << 0.0 << "";
    }
    void parseCell()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, cell);
        QFETCH(double, value);
        QFETCH(QString, marker);
        double v = -1;
        QString m;
        QCOMPARE(int(statistics::parseCell(std::string_view(text.constData(), size_t(text.size())),
                                           &v, &m)),
                 cell);
        if (cell == int(Cell::Number))
            QCOMPARE(v, value);
        QCOMPARE(m, marker);
    }

    void splitColumnCode_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::newRow("census") << "P21_POP" << "P_POP" << 2021;
        QTest::newRow("older census") << "P15_POP" << "P_POP" << 2015;
        QTest::newRow("households") << "C21_MENPSEUL" << "C_MENPSEUL" << 2021;
        QTest::newRow("2022 census") << "P22_CHOM1564" << "P_CHOM1564" << 2022;
        QTest::newRow("median") << "MED21" << "MED" << 2021;
        QTest::newRow("poverty rate") << "TP6021" << "TP60" << 2021;
        QTest::newRow("decile") << "D121" << "D1" << 2021;
        QTest::newRow("by age") << "TP60AGE121" << "TP60AGE1" << 2021;
        QTest::newRow("IRIS") << "DISP_TP6021" << "DISP_TP60" << 2021;
        QTest::newRow("period") << "NAIS1521" << "NAIS" << 2021;
        QTest::newRow("period 2025") << "DECE1621" << "DECE" << 2021;
        QTest::newRow("establishments") << "ETTEF123" << "ETTEF1" << 2023;
        QTest::newRow("no year") << "SUPERF" << "SUPERF" << 0;
    }
    void splitColumnCode()
    {
        QFETCH(QString, column);
        QFETCH(QString, indicator);
        QFETCH(int, year);
        const ColumnCode c = statistics::splitColumnCode(column);
        QCOMPARE(c.indicator, indicator);
        QCOMPARE(c.year, year);
    }

    void geography()
    {
        QCOMPARE(departementOf(QStringLiteral("88304")), QStringLiteral("88"));
        QCOMPARE(departementOf(QStringLiteral("2A004")), QStringLiteral("2A"));
        QCOMPARE(departementOf(QStringLiteral("97411")), QStringLiteral("974"));
        QCOMPARE(regionOf(QStringLiteral("88")), QStringLiteral("44"));
        QCOMPARE(regionOf(QStringLiteral("2B")), QStringLiteral("94"));
        QCOMPARE(regionOf(QStringLiteral("974")), QStringLiteral("04"));
        QVERIFY(isArrondissement(QStringLiteral("75101")));
        QVERIFY(isArrondissement(QStringLiteral("69389")));
        QVERIFY(!isArrondissement(QStringLiteral("75056")));
        Territory t;
        t.inseeCodes = QStringLiteral("88304, 883210101;QN088001");
        const Scope s = Scope::of(t);
        QCOMPARE(s.communes, (QSet<QString>{"88304", "88321"}));
        QCOMPARE(s.iris, (QSet<QString>{"883210101"}));
        QCOMPARE(s.qpv, (QSet<QString>{"QN088001"}));
        QVERIFY(s.keeps(QStringLiteral("iris"), QStringLiteral("883040102")));
        QVERIFY(!s.keeps(QStringLiteral("iris"), QStringLiteral("881600101")));
        QVERIFY(s.keeps(QStringLiteral("france"), QStringLiteral("FR")));
    }

    void detectFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("dossier complet") << "dossier_complet.csv" << "dossier-complet";
        QTest::newRow("comparateur") << "base_cc_comparateur.csv" << "comparateur";
        QTest::newRow("filosofi") << "cc_filosofi_2021_EPCI.csv" << "filosofi";
        QTest::newRow("filosofi long") << "DS_FILOSOFI_CC_data.csv" << "filosofi-long";
        QTest::newRow("filosofi iris") << "BASE_TD_FILO_IRIS_2021_DISP.csv" << "filosofi-iris";
        QTest::newRow("rp iris") << "base-ic-evol-struct-pop-2021.csv" << "rp-iris";
        QTest::newRow("bpe") << "bpe24.csv" << "bpe";
        QTest::newRow("rpls") << "RPLS_01-01-2024_Com.csv" << "rpls";
        QTest::newRow("apl") << "apl-medecins-generalistes.xlsx" << "apl";
        QTest::newRow("epci composition") << "Intercommunalite_Metropole_au_01-01-2024.xlsx"
                                          << "epci-composition";
    }
    void detectFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QString error;
        const auto f = detectFormat(dataPath(QStringLiteral("statistics/") + file), &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(formatCode(*f), format);
    }

    void xlsxWorkbook()
    {
        xlsx::Workbook book;
        QString error;
        QVERIFY2(book.open(golden("apl-medecins-generalistes.xlsx"), &error), qPrintable(error));
        QCOMPARE(book.sheets(), (QStringList{"Définitions", "APL 2022", "APL 2023"}));
        QList<QPair<int, QStringList>> rows;
        QVERIFY2(book.readSheet(QStringLiteral("APL 2023"), &rows, &error), qPrintable(error));
        const int header = xlsx::Workbook::findHeaderRow(rows);
        QVERIFY(header >= 0);
        QCOMPARE(rows.at(header).first, 9);
        QCOMPARE(rows.at(header).second.first(), QStringLiteral("Code commune INSEE"));
        // Row 11: a shared string with its trailing space, an inline string, numbers.
        const QStringList first = rows.at(header + 2).second;
        QCOMPARE(rows.at(header + 2).first, 11);
        QCOMPARE(first.at(0), QStringLiteral("88304 "));
        QCOMPARE(first.at(1), QStringLiteral("Mirecourt"));
        QCOMPARE(first.at(3), QStringLiteral("3.1"));
        QCOMPARE(xlsx::Workbook::columnIndex(QStringLiteral("AB12")), 27);
    }

    // Every golden file imported into a territory of two communes: the values kept, and the
    // portrait's figures against the ones computed by hand.
    void goldenPortrait()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("golden"), QStringLiteral("88304, 88321")));
        const int undoBefore = doc.undoStack()->count();
        ImportReport report;
        QString error;
        QVERIFY2(importFiles(doc, allGolden(), {}, QString(), &report, &error), qPrintable(error));
        QCOMPARE(report.files, 8);
        QCOMPARE(report.epci, QStringLiteral("200068120"));  // learned from the BPE
        QCOMPARE(doc.territory().epci, QStringLiteral("200068120"));
        QCOMPARE(doc.undoStack()->count(), undoBefore + 1);
        QVERIFY(report.perLevel.value(QStringLiteral("iris")) > 0);
        QVERIFY(report.perLevel.value(QStringLiteral("qpv")) > 0);

        // Secret values stay secret, never 0; codes stay text.
        const StatisticRepository repo(doc.store());
        QList<Statistic> communes = repo.list(QStringLiteral("commune"), {"88321"});
        bool sawSecret = false;
        for (const Statistic &s : communes)
            if (s.indicator == QLatin1String("TP60") && s.vintage == 2021) {
                QVERIFY(s.secret());
                QVERIFY(std::isnan(s.value));
                sawSecret = true;
            }
        QVERIFY(sawSecret);
        // Communes of other EPCIs, and other départements' communes, are not kept.
        QVERIFY(repo.list(QStringLiteral("commune"), {"88160"}).isEmpty());
        QVERIFY(repo.list(QStringLiteral("commune"), {"2A004"}).isEmpty());
        QVERIFY(repo.list(QStringLiteral("epci"), {"248800000"}).isEmpty());
        // The U+202F number, read whole.
        bool sawPop = false;
        for (const Statistic &s : repo.list(QStringLiteral("commune"), {"88304"}))
            if (s.indicator == QLatin1String("P_POP") && s.vintage == 2021) {
                QCOMPARE(s.value, 5012.4);
                QCOMPARE(s.source, QStringLiteral("INSEE, dossier complet"));
                QCOMPARE(s.geographyYear, 2024);  // census 2021: geography of 2024
                sawPop = true;
            }
        QVERIFY(sawPop);
        // The long format pivoted: two vintages of the median, the confidential one secret.
        int medians = 0;
        for (const Statistic &s : repo.list(QStringLiteral("departement"), {"88"}))
            if (s.indicator == QLatin1String("MED"))
                ++medians;
        QCOMPARE(medians, 2);

        const auto p = makePortrait(doc.store(), doc.territory(), QStringLiteral("commune"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->indicators.size(), portraitCodes().size());
        auto check = [&](const char *code, double own, double epci, double dep) {
            const PortraitIndicator *i = indicator(*p, code);
            QVERIFY2(i, code);
            QVERIFY2(near(i->own.value, own), qPrintable(QStringLiteral("%1 own %2").arg(
                                                  QLatin1String(code)).arg(i->own.value.value_or(-1))));
            QVERIFY2(near(i->epci.value, epci), qPrintable(QStringLiteral("%1 epci %2").arg(
                                                    QLatin1String(code)).arg(i->epci.value.value_or(-1))));
            QVERIFY2(near(i->departement.value, dep),
                     qPrintable(QStringLiteral("%1 dep %2").arg(QLatin1String(code)).arg(
                         i->departement.value.value_or(-1))));
        };
        // Population: 5 012.4 + 987.6; the EPCI adds 88100 (2 000); the département 88160.
        check("population", 6000, 8000, 38000);
        // (6 000 / 6 400)^(1/6) − 1, from 2015 to 2021.
        check("population_change", -1.069877676603681, -1.005322867373859, -1.0563116666278405);
        // (650 + 50 + 100 + 10) / 6 000.
        check("share_75_plus", 13.5, 12.875, 10.605263157894736);
        // (1 000 + 120) / (2 500 + 400).
        check("living_alone", 38.62068965517241, 37.368421052631575, 8420.0 / 18800 * 100);
        // (400 + 50) / (2 000 + 450).
        check("unemployment_rate", 18.367346938775512, 550.0 / 3350 * 100, 16.819571865443425);
        // RPLS (600 + 20) over main residences (2 500 + 400).
        check("social_housing", 21.379310344827587, 17.63157894736842, 5670.0 / 18800 * 100);
        // BPE A+B+C+D: 5 in 88304 (the library, F, is not an everyday service), 1 in 88321.
        check("services_per_1000", 1.0, 0.875, 0.23684210526315788);
        // APL ≤ 65 weighted by the standardised population: (3.1 × 5 200 + 1.8 × 900) / 6 100.
        check("gp_access", 2.908196721311475, 2.726829268292683, 3.4075268817204303);
        const PortraitIndicator *france = indicator(*p, "population");
        QVERIFY(near(france->france.value, 2308000));  // the arrondissement counted once
        QVERIFY(near(indicator(*p, "social_housing")->france.value, 22.354641559299637));
        // Medians and rates of two communes are not summed: no value, a reason.
        for (const char *code : {"median_income", "poverty_rate", "social_benefits"}) {
            const PortraitIndicator *i = indicator(*p, code);
            QVERIFY(!i->own.value);
            QVERIFY(!i->own.reason.isEmpty());
        }
        QVERIFY(near(indicator(*p, "median_income")->epci.value, 20150));
        QVERIFY(near(indicator(*p, "median_income")->departement.value, 20700));
        QVERIFY(near(indicator(*p, "poverty_rate")->france.value, 14.9));
        QCOMPARE(indicator(*p, "population")->own.vintage, 2021);
        // Where the territory differs most from its département: services (1.0 against
        // 0.237), social housing (21.4 % against 30.2 %), the 75 or over (13.5 % against
        // 10.6 %); not the population, not a gap under 20 %.
        QStringList flagged;
        for (const PortraitIndicator &i : p->indicators)
            if (i.standsOut)
                flagged << i.code;
        QCOMPARE(flagged, (QStringList{"share_75_plus", "social_housing", "services_per_1000"}));
        QVERIFY(near(indicator(*p, "share_75_plus")->departementGap, 13.5 / 10.605263157894736 - 1));
        const QJsonArray flaggedJson = portraitJson(*p).value(QStringLiteral("indicators")).toArray();
        QCOMPARE(flaggedJson.at(2).toObject().value(QStringLiteral("differs_from_departement"))
                     .toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("above"));
        QVERIFY(!flaggedJson.at(0).toObject().contains(QStringLiteral("differs_from_departement")));
        // The dossier complet's 2015 and 2021 censuses: a trend where both give a value.
        QCOMPARE(indicator(*p, "population")->previous->vintage, 2015);
        QVERIFY(near(indicator(*p, "population")->previous->value, 6400));

        // At the EPCI level, the EPCI's own median.
        const auto e = makePortrait(doc.store(), doc.territory(), QStringLiteral("epci"), &error);
        QVERIFY2(e, qPrintable(error));
        QVERIFY(near(indicator(*e, "median_income")->own.value, 20150));
        QVERIFY(near(indicator(*e, "population")->own.value, 8000));
        // By IRIS: Mirecourt's two IRIS and Poussay's one (a commune not divided, 883210000)
        // summed; their medians not.
        const auto iris = makePortrait(doc.store(), doc.territory(), QStringLiteral("iris"), &error);
        QVERIFY2(iris, qPrintable(error));
        QCOMPARE(iris->codes, (QStringList{"883040101", "883040102", "883210000"}));
        QVERIFY(near(indicator(*iris, "population")->own.value, 6000));
        // P21_POP75P: (450 + 250 + 110) / 6 000.
        QVERIFY(near(indicator(*iris, "share_75_plus")->own.value, 13.5));
        QVERIFY(!indicator(*iris, "median_income")->own.value);

        // The import is one undo step.
        doc.undoStack()->undo();
        QCOMPARE(repo.count(), 0);
        QCOMPARE(doc.territory().epci, QString());
        doc.undoStack()->redo();
        QVERIFY(repo.count() > 0);
        // Importing again replaces rather than duplicates.
        const qint64 count = repo.count();
        QVERIFY2(importFiles(doc, allGolden(), {}, QString(), &report, &error), qPrintable(error));
        QCOMPARE(repo.count(), count);
        QCOMPARE(report.inserted, 0);
    }

    // Storing replaces values of the same key in one undo step; undo restores the values
    // replaced and removes those added, redo writes them again with the same ids.
    void replaceUndoRedo()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("replace"), QStringLiteral("88304")));
        ImportReport report;
        QString error;
        QVERIFY2(importFiles(doc, {golden("dossier_complet.csv")}, {}, QStringLiteral("200068120"),
                             &report, &error),
                 qPrintable(error));
        const StatisticRepository repo(doc.store());
        const qint64 first = repo.count();
        auto population = [&] {
            for (const Statistic &s : repo.list(QStringLiteral("commune"), {"88304"}))
                if (s.indicator == QLatin1String("P_POP") && s.vintage == 2021)
                    return s;
            return Statistic();
        };
        const Statistic was = population();
        QCOMPARE(was.value, 5012.4);
        const QString newer = tempPath(QStringLiteral("dossier_complet_newer.csv"));
        test::writeBytes(newer, "CODGEO;P21_POP;P21_NEW\n88304;5100;s\n");
        QVERIFY2(importFiles(doc, {newer}, {}, QString(), &report, &error), qPrintable(error));
        // The commune's population and the sums of its département, region and France.
        QCOMPARE(report.updated, 4);
        QCOMPARE(report.inserted, 1);  // P21_NEW was not there: secret
        QCOMPARE(population().value, 5100.0);
        QCOMPARE(population().id, was.id);
        QCOMPARE(repo.count(), first + 1);
        doc.undoStack()->undo();
        QCOMPARE(population().value, 5012.4);
        QCOMPARE(population().source, was.source);
        QCOMPARE(repo.count(), first);
        QCOMPARE(doc.territory().epci, QStringLiteral("200068120"));
        doc.undoStack()->redo();
        QCOMPARE(population().value, 5100.0);
        QCOMPARE(repo.count(), first + 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(repo.count(), 0);
        QCOMPARE(doc.territory().epci, QString());
    }

    // A territory of one commune: its median and its secret rate are shown as they are.
    void singleCommune()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("single"), QStringLiteral("88321")));
        ImportReport report;
        QString error;
        QVERIFY2(importFiles(doc, {golden("dossier_complet.csv"), golden("DS_FILOSOFI_CC_data.csv")},
                             {}, QStringLiteral("200068120"), &report, &error),
                 qPrintable(error));
        const auto p = makePortrait(doc.store(), doc.territory(), QStringLiteral("commune"), &error);
        QVERIFY2(p, qPrintable(error));
        const PortraitIndicator *poverty = indicator(*p, "poverty_rate");
        QVERIFY(poverty->own.secret);
        QVERIFY(!poverty->own.value);
        const PortraitIndicator *median = indicator(*p, "median_income");
        QVERIFY(median->own.secret);  // the long format's CONF_STATUS C replaced 21 000
        QVERIFY(near(indicator(*p, "population")->own.value, 987.6));
        // No BPE: the EPCI's communes are not known, the EPCI's sums are missing, not 0.
        QVERIFY(!indicator(*p, "population")->epci.value);
        const QJsonObject json = portraitJson(*p);
        QCOMPARE(json.keys(), (QStringList{"indicators", "territory"}));
        const QJsonObject first = json.value(QStringLiteral("indicators")).toArray().first().toObject();
        for (const char *k : {"code", "label", "value", "unit", "secret", "source", "vintage",
                              "comparisons"})
            QVERIFY2(first.contains(QLatin1String(k)), k);
        QCOMPARE(first.value(QStringLiteral("comparisons")).toObject().keys(),
                 (QStringList{"departement", "epci", "france"}));
        const QJsonObject poor = json.value(QStringLiteral("indicators")).toArray().at(7).toObject();
        QCOMPARE(poor.value(QStringLiteral("code")).toString(), QStringLiteral("poverty_rate"));
        QVERIFY(poor.value(QStringLiteral("value")).isNull());
        QCOMPARE(poor.value(QStringLiteral("secret")).toBool(), true);
    }

    // The comparateur's 2025 edition: census 2022 and 2016 in the column names.
    void comparateur()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("comparateur"), QStringLiteral("88304 88321")));
        ImportReport report;
        QString error;
        QVERIFY2(importFiles(doc, {golden("base_cc_comparateur.csv")}, {}, QString(), &report,
                             &error),
                 qPrintable(error));
        const auto p = makePortrait(doc.store(), doc.territory(), QStringLiteral("commune"), &error);
        QVERIFY2(p, qPrintable(error));
        // 4 950 (written with U+202F) + 1 000, census 2022.
        QVERIFY(near(indicator(*p, "population")->own.value, 5950));
        QCOMPARE(indicator(*p, "population")->own.vintage, 2022);
        QCOMPARE(indicator(*p, "population")->own.sources,
                 QStringList{QStringLiteral("INSEE, comparateur de territoires")});
        // (5 950 / 6 310)^(1/6) − 1 from 2016 to 2022.
        QVERIFY(near(indicator(*p, "population_change")->own.value,
                     (std::pow(5950.0 / 6310, 1.0 / 6) - 1) * 100));
        // (380 + 40) / (1 990 + 460); (460 + 45) / (3 010 + 505).
        QVERIFY(near(indicator(*p, "unemployment_rate")->own.value, 420.0 / 2450 * 100));
        QVERIFY(near(indicator(*p, "vacant_housing")->own.value, 505.0 / 3515 * 100));
        // The département summed from the file's three communes.
        QVERIFY(near(indicator(*p, "population")->departement.value, 35750));
        QVERIFY(!indicator(*p, "median_income")->own.value);
        // Births registered in 2024 (NAISD24) keep their own year.
        bool births = false;
        for (const Statistic &s : StatisticRepository(doc.store()).list(QStringLiteral("commune"), {"88304"}))
            births = births || (s.indicator == QLatin1String("NAISD") && s.vintage == 2024 &&
                                s.value == 45);
        QVERIFY(births);
    }

    // Bad input: one line naming the file (and the line), nothing imported.
    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "CODGEO;P21_POP;C21_MEN;MED21\n";
        QTest::newRow("not a number") << "dc-bad.csv" << header + "88304;12a;5;3\n"
                                      << "dc-bad.csv, line 2: “12a” in column P21_POP is not a number";
        QTest::newRow("too few fields") << "dc-short.csv" << header + "88304;12;5\n"
                                        << "dc-short.csv, line 2: 3 fields where the header has 4";
        QTest::newRow("bad row of another commune")
            << "dc-other.csv" << header + "88304;1;1;1\n88160;x;1;1\n"
            << "dc-other.csv, line 3: “x” in column P21_POP is not a number";
        QTest::newRow("row of another commune cut short")
            << "dc-cut.csv" << header + "88304;1;1;1\n88160;5\n"
            << "dc-cut.csv, line 3: 2 fields where the header has 4";
        QTest::newRow("unknown layout") << "other.csv" << QByteArray("a;b;c\n1;2;3\n")
                                        << "other.csv, line 1: unknown layout";
        QTest::newRow("empty") << "empty.csv" << QByteArray() << "empty.csv: the file is empty";
        QTest::newRow("wrong geography")
            << "dc-elsewhere.csv" << header + "54395;100;50;20000\n"
            << "dc-elsewhere.csv: none of its 1 rows is about the territory";
        QTest::newRow("long format, bad year")
            << "long-bad.csv"
            << QByteArray("GEO;GEO_OBJECT;FILOSOFI_MEASURE;UNIT_MEASURE;UNIT_MULT;CONF_STATUS;"
                          "OBS_STATUS;TIME_PERIOD;OBS_VALUE\n88304;COM;MED_SL;EUR_YR;0;F;A;vingt;1\n")
            << "long-bad.csv, line 2: “vingt” in TIME_PERIOD is not a year";
        QTest::newRow("bpe, bad commune")
            << "bpe-bad.csv" << QByteArray("AN;DEPCOM;TYPEQU\n2024;88304;D201\n2024;;D201\n")
            << "bpe-bad.csv, line 3: “” is not a commune code with an equipment type";
        const QByteArray xlsx = test::readBytes(golden("apl-medecins-generalistes.xlsx"));
        QTest::newRow("truncated xlsx") << "cut.xlsx" << xlsx.left(xlsx.size() / 2)
                                        << "cut.xlsx: not a complete .xlsx workbook";
        QTest::newRow("not a zip") << "text.xlsx" << QByteArray("CODGEO;P21_POP\n")
                                   << "text.xlsx: not a complete .xlsx workbook";
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("bad"), QStringLiteral("88304")));
        const QString path = tempPath(name);
        test::writeBytes(path, content);
        ImportReport report;
        QString error;
        const int undo = doc.undoStack()->count();
        // A good file before the bad one: all or nothing.
        QVERIFY(!importFiles(doc, {golden("dossier_complet.csv"), path}, {}, QString(), &report,
                             &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(StatisticRepository(doc.store()).count(), 0);
        QCOMPARE(doc.undoStack()->count(), undo);
    }

    // The COG's movements: codes of merged communes lead to their successor, from the
    // geography of the file's year only; a restored commune is itself again.
    void communeHistory_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("geography");
        QTest::addColumn<QString>("current");
        QTest::newRow("merged in 2019, geography 2018") << "01091" << 2018 << "01033";
        QTest::newRow("the new commune keeps its code") << "01033" << 2018 << "01033";
        QTest::newRow("Étrez into Bresse Vallons") << "01154" << 2017 << "01130";
        QTest::newRow("geography 2019 holds the merger") << "01091" << 2019 << "01091";
        QTest::newRow("year unknown: every movement") << "01205" << 0 << "01033";
        QTest::newRow("never moved") << "01004" << 2018 << "01004";
    }
    void communeHistory()
    {
        QFETCH(QString, code);
        QFETCH(int, geography);
        QFETCH(QString, current);
        CommuneHistory h;
        QString error;
        QVERIFY2(h.load(golden("cog/v_mvt_commune_2024.csv"), &error), qPrintable(error));
        QCOMPARE(h.latestYear(), 2019);
        QCOMPARE(h.current(code, geography), current);
    }
    void communeHistoryChains()
    {
        const QString path = tempPath(QStringLiteral("v_mvt_commune_chain.csv"));
        test::writeBytes(
            path,
            "MOD,DATE_EFF,TYPECOM_AV,COM_AV,TNCC_AV,NCC_AV,NCCENR_AV,LIBELLE_AV,TYPECOM_AP,"
            "COM_AP,TNCC_AP,NCC_AP,NCCENR_AP,LIBELLE_AP\n"
            "31,2016-01-01,COM,88001,0,A,A,A,COM,88002,0,B,B,B\n"
            "32,2020-01-01,COM,88002,0,B,B,B,COM,88003,0,C,C,C\n"
            "21,2022-01-01,COM,88003,0,C,C,C,COM,88002,0,B,B,B\n"
            "31,2021-01-01,COM,88005,0,E,E,E,COM,88003,0,C,C,C\n"
            "32,2023-01-01,COM,88003,0,C,C,C,COM,88006,0,F,F,F\n"
            "10,2023-01-01,COM,88004,0,D,D,D,COM,88004,0,DD,DD,DD\n");
        CommuneHistory h;
        QString error;
        QVERIFY2(h.load(path, &error), qPrintable(error));
        QCOMPARE(h.current(QStringLiteral("88001"), 2015), QStringLiteral("88002"));  // B restored
        QCOMPARE(h.current(QStringLiteral("88001"), 2021), QStringLiteral("88001"));
        QCOMPARE(h.current(QStringLiteral("88002"), 2019), QStringLiteral("88002"));
        // E into C in 2021, C into F in 2023 (the rows need not be in order).
        QCOMPARE(h.current(QStringLiteral("88005"), 2020), QStringLiteral("88006"));
        QCOMPARE(h.current(QStringLiteral("88005"), 0), QStringLiteral("88006"));
        QCOMPARE(h.current(QStringLiteral("88003"), 2023), QStringLiteral("88003"));
        // A file of movements cut in the middle of a row: one line.
        test::writeBytes(path, "MOD,DATE_EFF,TYPECOM_AV,COM_AV,TYPECOM_AP,COM_AP\n31,2016-01");
        QVERIFY(!h.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("v_mvt_commune_chain.csv, line 2")), qPrintable(error));
    }

    // A dossier complet of census 2015 (geography 2018) for Valserhône, a commune made in 2019
    // of three: with the COG its counts are the three communes' sums, its median and poverty
    // rate not aggregable; the census 2021 file (geography 2024) is left as it is.
    void mergedCommunes()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("valserhone"), QStringLiteral("01033")));
        ImportReport report;
        QString error;
        // The movements file among the inputs, as the panel's file dialog gives it.
        QVERIFY2(importFiles(doc,
                             {golden("cog/v_mvt_commune_2024.csv"),
                              golden("cog/dossier_complet_rp2015.csv"),
                              golden("cog/dossier_complet_rp2021.csv")},
                             {}, QString(), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.files, 2);
        QVERIFY(report.cog.endsWith(QStringLiteral("v_mvt_commune_2024.csv")));
        QHash<QString, Statistic> byKey;
        for (const Statistic &s : StatisticRepository(doc.store()).list(QStringLiteral("commune")))
            byKey.insert(s.indicator + QString::number(s.vintage), s);
        // 12 000 + 3 300 + 1 150 in 2015 (the 2021 file's own P15_POP, 16 450, agrees).
        QCOMPARE(byKey.value(QStringLiteral("P_POP2010")).value, 11800.0 + 3250 + 1100);
        QCOMPARE(byKey.value(QStringLiteral("P_POP2015")).value, 16450.0);
        QCOMPARE(byKey.value(QStringLiteral("C_MENPSEUL2015")).value, 2100.0 + 350 + 110);
        QCOMPARE(byKey.value(QStringLiteral("SUPERF2015")).value, 15.9 + 14.1 + 6.3);
        QVERIFY(isNotAggregable(byKey.value(QStringLiteral("MED2015"))));
        QVERIFY(!isSecret(byKey.value(QStringLiteral("MED2015"))));
        QVERIFY(isNotAggregable(byKey.value(QStringLiteral("TP602015"))));
        QCOMPARE(byKey.value(QStringLiteral("P_POP2021")).value, 16900.0);
        QCOMPARE(byKey.value(QStringLiteral("MED2021")).value, 21000.0);
        QCOMPARE(report.notAggregable, 2);
        QVERIFY(!byKey.contains(QStringLiteral("P_POP2015")) ||
                byKey.value(QStringLiteral("P_POP2015")).code == QLatin1String("01033"));
        // The département's sums are of every row, merged or not.
        const auto p = makePortrait(doc.store(), doc.territory(), QStringLiteral("commune"), &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(near(indicator(*p, "population")->departement.value, 14600 + 16900 + 2520));

        // Trends: the population of 2015 (the three communes) then of 2021; households of one
        // person (2 100 + 350 + 110) / (5 400 + 1 300 + 470) then 2 700 / 7 500; the median
        // of 2015 cannot be combined, so it has no trend.
        const PortraitIndicator *pop = indicator(*p, "population");
        QVERIFY(pop->previous);
        QCOMPARE(pop->previous->vintage, 2015);
        QVERIFY(near(pop->previous->value, 16450));
        QVERIFY(near(pop->own.value, 16900));
        const PortraitIndicator *alone = indicator(*p, "living_alone");
        QVERIFY(near(alone->previous->value, 2560.0 / 7170 * 100));
        QVERIFY(near(alone->own.value, 36));
        QVERIFY(near(indicator(*p, "median_income")->own.value, 21000));
        QVERIFY(!indicator(*p, "median_income")->previous);
        // (16 900 / 16 450)^(1/6) − 1 now; (16 450 / 16 150)^(1/5) − 1 from 2010 to 2015.
        const PortraitIndicator *change = indicator(*p, "population_change");
        QVERIFY(near(change->own.value, (std::pow(16900.0 / 16450, 1.0 / 6) - 1) * 100));
        QVERIFY(near(change->previous->value, (std::pow(16450.0 / 16150, 1.0 / 5) - 1) * 100));
        const QJsonObject trend = portraitJson(*p)
                                      .value(QStringLiteral("indicators"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("trend"))
                                      .toObject();
        QCOMPARE(trend.value(QStringLiteral("from")).toObject().value(QStringLiteral("vintage")).toInt(), 2015);
        QCOMPARE(trend.value(QStringLiteral("to")).toObject().value(QStringLiteral("value")).toDouble(), 16900.0);
        QCOMPARE(trend.value(QStringLiteral("change")).toDouble(), 450.0);

        // Without the COG, 01091 and 01205 of 2015 are other communes: Bellegarde alone.
        Document plain;
        QVERIFY(makeTerritory(plain, QStringLiteral("valserhone-plain"), QStringLiteral("01033")));
        QVERIFY2(importFiles(plain, {golden("cog/dossier_complet_rp2015.csv")}, {}, QString(),
                             &report, &error),
                 qPrintable(error));
        for (const Statistic &s : StatisticRepository(plain.store()).list(QStringLiteral("commune")))
            if (s.indicator == QLatin1String("P_POP") && s.vintage == 2015)
                QCOMPARE(s.value, 12000.0);

        // The same through the command line's --cog.
        Document bresse;
        QVERIFY(makeTerritory(bresse, QStringLiteral("bresse-cli"), QStringLiteral("01130")));
        const QString path = bresse.path();
        bresse.close();
        const auto r = test::runCli({QStringLiteral("statistics"), path,
                                     golden("cog/dossier_complet_rp2015.csv"),
                                     QStringLiteral("--cog"), golden("cog/v_mvt_commune_2024.csv"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(
                     QStringLiteral("not_aggregable")).toInt(), 2);
        const auto j = test::runCli({QStringLiteral("portrait"), path, QStringLiteral("--json")});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        const QJsonArray indicators =
            QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray();
        QCOMPARE(indicators.at(0).toObject().value(QStringLiteral("value")).toDouble(), 2450.0);
        const QJsonObject median = indicators.at(6).toObject();
        QCOMPARE(median.value(QStringLiteral("code")).toString(), QStringLiteral("median_income"));
        QVERIFY(median.value(QStringLiteral("value")).isNull());
        QCOMPARE(median.value(QStringLiteral("secret")).toBool(), false);
        QVERIFY2(median.value(QStringLiteral("reason")).toString().contains(QStringLiteral("merged")),
                 qPrintable(median.value(QStringLiteral("reason")).toString()));
        // A movements file that is not one: one line.
        const auto bad = test::runCli({QStringLiteral("statistics"), path,
                                       golden("cog/dossier_complet_rp2015.csv"),
                                       QStringLiteral("--cog"), golden("cog/dossier_complet_rp2021.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("mouvements des communes")), qPrintable(bad.err));
    }

    // INSEE's EPCI composition workbook (title rows, header on row 6): the territory's EPCI
    // and the EPCI's sums from its communes' rows, without a BPE.
    void epciComposition()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("composition"), QStringLiteral("88304 88321")));
        ImportReport report;
        QString error;
        QVERIFY2(importFiles(doc, {golden("dossier_complet.csv"),
                                   golden("Intercommunalite_Metropole_au_01-01-2024.xlsx")},
                             {}, QString(), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.files, 2);
        QCOMPARE(report.epci, QStringLiteral("200068120"));
        QCOMPARE(doc.territory().epci, QStringLiteral("200068120"));
        const auto p = makePortrait(doc.store(), doc.territory(), QStringLiteral("commune"), &error);
        QVERIFY2(p, qPrintable(error));
        // 5 012.4 + 987.6 + Dompaire's 2 000, as with the BPE.
        QVERIFY(near(indicator(*p, "population")->epci.value, 8000));
        QVERIFY(near(indicator(*p, "living_alone")->epci.value, 37.368421052631575));
        // A territory none of whose communes is in the composition: one line, nothing.
        Document other;
        QVERIFY(makeTerritory(other, QStringLiteral("composition-other"), QStringLiteral("2A004")));
        QVERIFY(!importFiles(other, {golden("Intercommunalite_Metropole_au_01-01-2024.xlsx")}, {},
                             QString(), &report, &error));
        QVERIFY2(error.contains(QStringLiteral("none of the territory's communes")), qPrintable(error));
        QCOMPARE(StatisticRepository(other.store()).count(), 0);
    }

    // BPE equipment as actors: the chosen types in the territory's communes, with their
    // category, commune, address and place; one undo step; no duplicate on a second run.
    void equipmentActors()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("equipment"), QStringLiteral("88304, 88321")));
        const int undo = doc.undoStack()->count();
        EquipmentReport report;
        QString error;
        QVERIFY2(addEquipment(doc, golden("bpe24-equipements.csv"),
                              {"C104", "d201", "A206", "D307"}, &report, &error),
                 qPrintable(error));
        QCOMPARE(report.rows, 7);
        QCOMPARE(report.added, 6);  // not Épinal's school: another commune
        QCOMPARE(doc.undoStack()->count(), undo + 1);
        QHash<QString, Actor> byName;
        int gps = 0;
        for (const Actor &a : doc.actors()) {
            byName.insert(a.name, a);
            gps += a.name == QLatin1String("General practitioner (Mirecourt)") ? 1 : 0;
        }
        QCOMPARE(gps, 2);  // two GPs without a name, told apart by their place
        const Actor school = byName.value(QStringLiteral("ECOLE ELEMENTAIRE JULES FERRY"));
        QCOMPARE(school.address, QStringLiteral("12 RUE DU GENERAL LECLERC, 88500 Mirecourt"));
        QCOMPARE(school.commune, QStringLiteral("Mirecourt"));
        QCOMPARE(school.organisation, QStringLiteral("Primary school"));
        QCOMPARE(school.latitude, 48.2985);
        QCOMPARE(school.longitude, 6.1342);
        QCOMPARE(school.locationPrecision, QStringLiteral("exact"));
        QString category;
        for (const Category &c : doc.categories())
            if (c.id == school.categoryId)
                category = c.code;
        QCOMPARE(category, QStringLiteral("public_service"));
        const Actor post = byName.value(QStringLiteral("LA POSTE MIRECOURT"));
        QCOMPARE(post.longitude, 6.1348);  // a decimal comma
        QCOMPARE(byName.value(QStringLiteral("ECOLE PRIMAIRE")).locationPrecision,
                 QStringLiteral("commune"));  // QUALITE_XY Mauvaise
        const Actor pharmacy = byName.value(QStringLiteral("PHARMACIE DU CENTRE"));
        QVERIFY(!pharmacy.hasLocation());
        QCOMPARE(pharmacy.address, QStringLiteral("5 B RUE CHANZY, 88500 Mirecourt"));
        for (const Category &c : doc.categories())
            if (c.id == pharmacy.categoryId)
                QCOMPARE(c.code, QStringLiteral("company"));
        // Again: nothing added, nothing changed, no undo step.
        QVERIFY2(addEquipment(doc, golden("bpe24-equipements.csv"), {"C104", "D201", "A206", "D307"},
                              &report, &error),
                 qPrintable(error));
        QCOMPARE(report.added, 0);
        QCOMPARE(report.unchanged, 6);
        QCOMPARE(doc.actors().size(), 6);
        QCOMPARE(doc.undoStack()->count(), undo + 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 0);
        // The aggregated BPE of 2021 and before names no equipment: one line, nothing added.
        const QString counts = tempPath(QStringLiteral("bpe21.csv"));
        test::writeBytes(counts, "REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP\n44;88;88304;883040101;2021;D201;3\n");
        QVERIFY(!addEquipment(doc, counts, {"D201"}, &report, &error));
        QVERIFY2(error.startsWith(counts + QStringLiteral(", line 1: not a BPE file of one row")),
                 qPrintable(error));
        QVERIFY(!addEquipment(doc, golden("bpe24-equipements.csv"), {}, &report, &error));
        // Through the command line.
        const QString path = doc.path();
        doc.close();
        const auto r = test::runCli({QStringLiteral("statistics"), path,
                                     golden("bpe24-equipements.csv"),
                                     QStringLiteral("--add-equipment"), QStringLiteral("C104,D201"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt(), 4);
        QCOMPARE(equipmentName(QStringLiteral("A206")), QStringLiteral("Post office"));
    }

    void cli()
    {
        Document doc;
        QVERIFY(makeTerritory(doc, QStringLiteral("cli"), QStringLiteral("88304,88321")));
        const QString path = doc.path();
        doc.close();
        QStringList args{QStringLiteral("statistics"), path};
        args << allGolden();
        const auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("8 files")), qPrintable(r.out));
        const auto p = test::runCli({QStringLiteral("portrait"), path, QStringLiteral("--json")});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const QJsonObject json = QJsonDocument::fromJson(p.out.toUtf8()).object();
        const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
        QStringList codes;
        for (const QJsonValue &v : indicators)
            codes << v.toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(codes, portraitCodes());
        QCOMPARE(indicators.first().toObject().value(QStringLiteral("value")).toDouble(), 6000.0);
        QCOMPARE(indicators.first()
                     .toObject()
                     .value(QStringLiteral("comparisons"))
                     .toObject()
                     .value(QStringLiteral("departement"))
                     .toDouble(),
                 38000.0);
        // A format that does not match the header: one line, nothing imported.
        const auto bad = test::runCli({QStringLiteral("statistics"), path,
                                       golden("bpe24.csv"), QStringLiteral("--format"),
                                       QStringLiteral("rpls")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("not of rpls")), qPrintable(bad.err));
        QCOMPARE(bad.err.trimmed().count(QLatin1Char('\n')), 0);
        const auto text = test::runCli({QStringLiteral("portrait"), path});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("Source: INSEE, dossier complet, 2021")));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"

#include "core/document/document.h"
#include "core/io/cog.h"
#include "core/io/registers.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace maillage;
using namespace maillage::io;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(MAILLAGE_IO_DATA "/registers/") + name;
}

QString categoryCode(Document &doc, qint64 id)
{
    for (const Category &c : doc.categories())
        if (c.id == id)
            return c.code;
    return QString();
}

QString typeCode(Document &doc, qint64 id)
{
    for (const LinkType &t : doc.linkTypes())
        if (t.id == id)
            return t.code;
    return QString();
}

std::optional<Actor> byName(Document &doc, const QString &name)
{
    for (const Actor &a : doc.actors())
        if (a.name == name)
            return a;
    return std::nullopt;
}

/// "name|role|organisation|commune|since" of every actor of a category, sorted.
QStringList people(Document &doc, const QString &code)
{
    QStringList out;
    for (const Actor &a : doc.actors())
        if (categoryCode(doc, a.categoryId) == code)
            out << QStringList{a.name, a.role, a.organisation, a.commune,
                               a.since.toString(Qt::ISODate)}
                       .join(QLatin1Char('|'));
    out.sort();
    return out;
}

/// "source>target:type" for every link, sorted.
QStringList links(Document &doc)
{
    QHash<qint64, QString> names;
    for (const Actor &a : doc.actors())
        names.insert(a.id, a.name);
    QStringList out;
    for (const Link &l : doc.links())
        out << QStringLiteral("%1>%2:%3")
                   .arg(names.value(l.sourceId), names.value(l.targetId), typeCode(doc, l.typeId));
    out.sort();
    return out;
}

QStringList list(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestRegisters : public QObject
{
    Q_OBJECT

    int m_files = 0;

    Document *fresh()
    {
        auto *doc = new Document(this);
        const QString path = test::tempPath(QStringLiteral("registers%1.maillage").arg(++m_files));
        QFile::remove(path);
        QString error;
        if (!doc->create(path, QStringLiteral("Test"), &error))
            qFatal("%s", qPrintable(error));
        return doc;
    }

    static bool run(Document &doc, RegisterFormat format, const QStringList &files,
                    const QStringList &communes, ImportReport *report = nullptr,
                    RegisterStats *stats = nullptr, QString *error = nullptr)
    {
        RegisterOptions o;
        o.format = format;
        o.communes = communes;
        QStringList paths;
        for (const QString &f : files)
            paths << data(f);
        QString why;
        const bool ok = importRegisterFiles(doc, paths, o, report, stats, &why);
        if (error)
            *error = why;
        else if (!ok)
            qWarning("%s", qPrintable(why));
        return ok;
    }

private slots:
    void cogCommunes()
    {
        QList<io::CogCommune> communes;
        QString error;
        QVERIFY2(io::readCogCommunes(data(QStringLiteral("v_commune_2024.csv")), &communes, &error),
                 qPrintable(error));
        // COM and ARM rows; the delegated communes (COMD) share their parent's code.
        QCOMPARE(communes.size(), 10);
        const auto epinal = io::findCommunes(communes, QStringLiteral("epinal"));
        QCOMPARE(epinal.size(), 1);
        QCOMPARE(epinal.first().code, QStringLiteral("88160"));
        QCOMPARE(epinal.first().label(), QStringLiteral("Épinal (88)"));
        QCOMPARE(io::findCommunes(communes, QStringLiteral("ÉPINAL")).value(0).code,
                 QStringLiteral("88160"));
        QCOMPARE(io::findCommunes(communes, QStringLiteral("saint-die")).value(0).name,
                 QStringLiteral("Saint-Dié-des-Vosges"));
        // Names starting with the text come first, then names holding it.
        const auto lyon = io::findCommunes(communes, QStringLiteral("lyon"));
        QCOMPARE(lyon.size(), 2);
        QCOMPARE(lyon.first().code, QStringLiteral("69123"));
        QVERIFY(lyon.last().arrondissement);
        QCOMPARE(io::findCommunes(communes, QStringLiteral("abergement")).value(0).code,
                 QStringLiteral("01001"));  // "L'Abergement-Clémenciat"
        QCOMPARE(io::findCommunes(communes, QStringLiteral("8830")).value(0).name,
                 QStringLiteral("Mirecourt"));
        QVERIFY(io::findCommunes(communes, QStringLiteral("zzz")).isEmpty());
        // Not a COG file: the file and the line are named, nothing is kept.
        QVERIFY(!io::readCogCommunes(data(QStringLiteral("rna-waldec-88.csv")), &communes, &error));
        QVERIFY2(error.contains(QStringLiteral("rna-waldec-88.csv, line 1")), qPrintable(error));
        QVERIFY(communes.isEmpty());
    }

    void detectRegister_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        const int none = -1;
        QTest::newRow("rne-cm-2019") << "rne-cm-2019.txt" << int(io::RegisterFormat::Rne);
        QTest::newRow("rne-cm-2023-06") << "rne-cm-2023-06.tsv" << int(io::RegisterFormat::Rne);
        QTest::newRow("rne-cm-2024") << "rne-cm-2024.csv" << int(io::RegisterFormat::Rne);
        QTest::newRow("rne-epci-2024") << "rne-epci-2024.csv" << int(io::RegisterFormat::Rne);
        QTest::newRow("rne-maires-2021") << "rne-maires-2021.txt" << int(io::RegisterFormat::Rne);
        QTest::newRow("rne-maires-2023-12") << "rne-maires-2023-12.csv" << int(io::RegisterFormat::Rne);
        QTest::newRow("sirene") << "sirene-etablissements.csv" << int(io::RegisterFormat::Sirene);
        QTest::newRow("sirene-geo") << "sirene-etablissements-geo.csv" << int(io::RegisterFormat::Sirene);
        QTest::newRow("sirene-older") << "sirene-etablissements-older.csv" << int(io::RegisterFormat::Sirene);
        QTest::newRow("rna") << "rna-waldec-88.csv" << int(io::RegisterFormat::Rna);
        QTest::newRow("cog") << "v_commune_2024.csv" << none;
    }

    void detectRegister()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const auto f = io::detectRegisterFormat(data(file));
        QCOMPARE(f ? int(*f) : -1, format);
    }

    void countsPerCommune()
    {
        io::RegisterOptions options;
        options.format = io::RegisterFormat::Sirene;
        options.communes = {QStringLiteral("88304"), QStringLiteral("88160")};
        io::ImportSources sources;
        io::RegisterStats stats;
        QString error;
        QVERIFY2(io::readRegisterFiles({data(QStringLiteral("sirene-etablissements.csv"))}, options,
                                       &sources, &stats, &error),
                 qPrintable(error));
        qint64 sum = 0;
        for (auto it = stats.perCommune.cbegin(); it != stats.perCommune.cend(); ++it) {
            QVERIFY(options.communes.contains(it.key()));
            sum += it.value();
        }
        QCOMPARE(sum, stats.kept);
        QVERIFY(stats.perCommune.value(QStringLiteral("88304")) > 0);
        // Cancelled: fails, says so, keeps nothing.
        options.cancelled = [] { return true; };
        QByteArray big = test::readBytes(data(QStringLiteral("sirene-etablissements.csv")));
        const qsizetype nl = big.indexOf('\n');
        const QByteArray header = big.left(nl + 1), rows = big.mid(nl + 1);
        QByteArray many = header;
        while (many.size() < 4 << 20)
            many += rows;
        const QString path = test::tempPath(QStringLiteral("many-sirene.csv"));
        test::writeBytes(path, many);
        QVERIFY(!io::readRegisterFiles({path}, options, &sources, &stats, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(!sources.graph);
    }

    void helpers()
    {
        QCOMPARE(nafSection(QStringLiteral("47.11F")), QLatin1Char('G'));
        QCOMPARE(nafSection(QStringLiteral("4711F")), QLatin1Char('G'));
        QCOMPARE(nafSection(QStringLiteral("01.11Z")), QLatin1Char('A'));
        QCOMPARE(nafSection(QStringLiteral("35.11Z")), QLatin1Char('D'));
        QCOMPARE(nafSection(QStringLiteral("84.11Z")), QLatin1Char('O'));
        QCOMPARE(nafSection(QStringLiteral("99.00Z")), QLatin1Char('U'));
        QVERIFY(nafSection(QStringLiteral("00.00Z")).isNull());
        QVERIFY(nafSection(QStringLiteral("04.00Z")).isNull());
        QVERIFY(nafSection(QString()).isNull());
        for (char s = 'A'; s <= 'U'; ++s)
            QVERIFY2(!nafSectionLabel(QLatin1Char(s)).isEmpty(), &s);
        QVERIFY(nafSectionLabel(QLatin1Char('V')).isEmpty());
        QCOMPARE(nafSectionLabel(QLatin1Char('G')),
                 QStringLiteral("Commerce ; réparation d'automobiles et de motocycles"));

        QCOMPARE(normalizedCommuneCode(QStringLiteral(" 1001 ")), QStringLiteral("01001"));
        QCOMPARE(normalizedCommuneCode(QStringLiteral("88304")), QStringLiteral("88304"));
        QCOMPARE(normalizedCommuneCode(QStringLiteral("2a004")), QStringLiteral("2A004"));
        QVERIFY(normalizedCommuneCode(QStringLiteral("Mirecourt")).isEmpty());
        QVERIFY(normalizedCommuneCode(QStringLiteral("883041")).isEmpty());

        QCOMPARE(townHallName(QStringLiteral("Mirecourt")), QStringLiteral("Mairie de Mirecourt"));
        QCOMPARE(townHallName(QStringLiteral("Épinal")), QStringLiteral("Mairie d'Épinal"));
        QCOMPARE(townHallName(QStringLiteral("Le Val-d'Ajol")),
                 QStringLiteral("Mairie du Val-d'Ajol"));
        QCOMPARE(townHallName(QStringLiteral("Les Forges")), QStringLiteral("Mairie des Forges"));
        QCOMPARE(townHallName(QStringLiteral("La Bresse")), QStringLiteral("Mairie de La Bresse"));

        QCOMPARE(registerFormatFromName(QStringLiteral("SIRENE")), RegisterFormat::Sirene);
        QVERIFY(!registerFormatFromName(QStringLiteral("kumu")));
    }

    void rneVariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("communes");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("elected");
        QTest::addColumn<QStringList>("townHalls");
        QTest::addColumn<int>("otherCommunes");

        QTest::newRow("2024 semicolon CRLF, ’, département without 0")
            << QStringLiteral("rne-cm-2024.csv") << QStringList{QStringLiteral("88304")}
            << QStringLiteral("RNE municipal councillors (2024 on, semicolon)")
            << list("Anne-Marie L’HUILLIER|Conseillère municipale|Mairie de Mirecourt|Mirecourt|"
                    "2020-06-28\n"
                    "Claire HUMBERT|1er adjoint au maire|Mairie de Mirecourt|Mirecourt|2020-07-04\n"
                    "Paul GÉRARD|Conseiller municipal|Mairie de Mirecourt|Mirecourt|2020-06-28\n"
                    "Yves VALENTIN|Maire|Mairie de Mirecourt|Mirecourt|2020-07-04")
            << QStringList{QStringLiteral("Mairie de Mirecourt")} << 4;
        QTest::newRow("2024, Ain commune given without its 0")
            << QStringLiteral("rne-cm-2024.csv") << QStringList{QStringLiteral("1001")}
            << QStringLiteral("RNE municipal councillors (2024 on, semicolon)")
            << list("Daniel BERTHET|Maire|Mairie de L'Abergement-Clémenciat|"
                    "L'Abergement-Clémenciat|2020-07-03\n"
                    "Jean MARTIN|Conseiller municipal|Mairie de L'Abergement-Clémenciat|"
                    "L'Abergement-Clémenciat|2020-06-28")
            << QStringList{QStringLiteral("Mairie de L'Abergement-Clémenciat")} << 6;
        QTest::newRow("2024, every commune: namesakes told apart")
            << QStringLiteral("rne-cm-2024.csv") << QStringList()
            << QStringLiteral("RNE municipal councillors (2024 on, semicolon)")
            << list("Anne-Marie L’HUILLIER|Conseillère municipale|Mairie de Mirecourt|Mirecourt|"
                    "2020-06-28\n"
                    "Claire HUMBERT|1er adjoint au maire|Mairie de Mirecourt|Mirecourt|2020-07-04\n"
                    "Daniel BERTHET|Maire|Mairie de L'Abergement-Clémenciat|"
                    "L'Abergement-Clémenciat|2020-07-03\n"
                    "Jean MARTIN (L'Abergement-Clémenciat)|Conseiller municipal|"
                    "Mairie de L'Abergement-Clémenciat|L'Abergement-Clémenciat|2020-06-28\n"
                    "Jean MARTIN (Épinal)|Maire|Mairie d'Épinal|Épinal|2020-07-03\n"
                    "Paul GÉRARD|Conseiller municipal|Mairie de Mirecourt|Mirecourt|2020-06-28\n"
                    "Sophie ROBERT|Conseillère municipale|Mairie d'Épinal|Épinal|2020-06-28\n"
                    "Yves VALENTIN|Maire|Mairie de Mirecourt|Mirecourt|2020-07-04")
            << QStringList{QStringLiteral("Mairie d'Épinal"),
                           QStringLiteral("Mairie de L'Abergement-Clémenciat"),
                           QStringLiteral("Mairie de Mirecourt")}
            << 0;
        QTest::newRow("end 2023 comma mayors")
            << QStringLiteral("rne-maires-2023-12.csv")
            << QStringList{QStringLiteral("88304"), QStringLiteral("88270")}
            << QStringLiteral("RNE mayors (end 2023, comma)")
            << list("Martine COLIN|Maire|Mairie des Forges|Les Forges|2020-07-05\n"
                    "Yves VALENTIN|Maire|Mairie de Mirecourt|Mirecourt|2020-07-04")
            << QStringList{QStringLiteral("Mairie de Mirecourt"),
                           QStringLiteral("Mairie des Forges")}
            << 2;
        QTest::newRow("until 2022 tab, older mayors header, 3-digit commune codes")
            << QStringLiteral("rne-maires-2021.txt")
            << QStringList{QStringLiteral("88487"), QStringLiteral("88160")}
            << QStringLiteral("RNE mayors (until 2022, tab)")
            << list("Jean MARTIN|Maire|Mairie d'Épinal|Épinal|2020-07-03\n"
                    "Nathalie PERRIN|Maire|Mairie du Val-d'Ajol|Le Val-d'Ajol|2020-07-04")
            << QStringList{QStringLiteral("Mairie d'Épinal"),
                           QStringLiteral("Mairie du Val-d'Ajol")}
            << 1;
        QTest::newRow("2018-2020 Latin-1 report with a title line")
            << QStringLiteral("rne-cm-2019.txt") << QStringList{QStringLiteral("88304")}
            << QStringLiteral("RNE municipal councillors (2018–2020 report)")
            << list("Hélène MÉNÉTRIER|Maire|Mairie de Mirecourt|Mirecourt|2014-03-28\n"
                    "Yves VALENTIN|Conseiller municipal|Mairie de Mirecourt|Mirecourt|"
                    "2014-03-23\n"
                    "Étienne FRANÇOIS|2e adjoint au maire|Mairie de Mirecourt|Mirecourt|"
                    "2014-03-28")
            << QStringList{QStringLiteral("Mairie de Mirecourt")} << 1;
        QTest::newRow("June 2023 snake_case, timestamps")
            << QStringLiteral("rne-cm-2023-06.tsv") << QStringList{QStringLiteral("88304")}
            << QStringLiteral("RNE municipal councillors (June 2023, snake_case)")
            << list("Claire HUMBERT|1er adjoint au maire|Mairie de Mirecourt|Mirecourt|"
                    "2020-07-04\n"
                    "Julien PIERRAT|Conseiller municipal|Mairie de Mirecourt|Mirecourt|"
                    "2020-06-28\n"
                    "Yves VALENTIN|Maire|Mairie de Mirecourt|Mirecourt|2020-07-04")
            << QStringList{QStringLiteral("Mairie de Mirecourt")} << 1;
        QTest::newRow("EPCI community councillors")
            << QStringLiteral("rne-epci-2024.csv") << QStringList{QStringLiteral("88304")}
            << QStringLiteral("RNE community (EPCI) councillors (2024 on, semicolon)")
            << list("Claire HUMBERT|Conseillère communautaire|CC de Mirecourt Dompaire|Mirecourt|"
                    "2020-06-28\n"
                    "Yves VALENTIN|Vice-président|CC de Mirecourt Dompaire|Mirecourt|2020-07-15")
            << QStringList{QStringLiteral("CC de Mirecourt Dompaire"),
                           QStringLiteral("Mairie de Mirecourt")}
            << 1;
    }

    void rneVariants()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, communes);
        QFETCH(QString, variant);
        QFETCH(QStringList, elected);
        QFETCH(QStringList, townHalls);
        QFETCH(int, otherCommunes);
        Document &doc = *fresh();
        ImportReport report;
        RegisterStats stats;
        QVERIFY(run(doc, RegisterFormat::Rne, {file}, communes, &report, &stats));
        QCOMPARE(report.formats, QStringList{variant});
        QCOMPARE(stats.otherCommunes, otherCommunes);
        QCOMPARE(people(doc, QStringLiteral("elected")), elected);
        QStringList institutions;
        for (const Actor &a : doc.actors())
            if (categoryCode(doc, a.categoryId) == QLatin1String("institution"))
                institutions << a.name;
        institutions.sort();
        QCOMPARE(institutions, townHalls);
        // Every official: a person with a public role, a member of their town hall.
        const QStringList all = links(doc);
        for (const Actor &a : doc.actors()) {
            if (categoryCode(doc, a.categoryId) != QLatin1String("elected"))
                continue;
            QVERIFY(a.isPerson);
            QCOMPARE(a.legalBasis, QStringLiteral("public_role"));
            QVERIFY2(all.contains(QStringLiteral("%1>%2:membership")
                                      .arg(a.name, townHallName(a.commune))),
                     qPrintable(a.name));
        }
        QCOMPARE(report.actorsCreated, elected.size() + townHalls.size());
    }

    void epciLinks()
    {
        Document &doc = *fresh();
        QVERIFY(run(doc, RegisterFormat::Rne, {QStringLiteral("rne-epci-2024.csv")},
                    {QStringLiteral("88304")}));
        QCOMPARE(links(doc),
                 list("Claire HUMBERT>CC de Mirecourt Dompaire:membership\n"
                      "Claire HUMBERT>Mairie de Mirecourt:membership\n"
                      "Yves VALENTIN>CC de Mirecourt Dompaire:membership\n"
                      "Yves VALENTIN>Mairie de Mirecourt:membership"));
    }

    void secondImportDuplicatesNothing()
    {
        Document &doc = *fresh();
        const QStringList files{QStringLiteral("rne-cm-2024.csv"),
                                QStringLiteral("rne-maires-2023-12.csv")};
        const QStringList communes{QStringLiteral("88304")};
        ImportReport first;
        QVERIFY(run(doc, RegisterFormat::Rne, files, communes, &first));
        // The mayor is in both files: one person.
        QCOMPARE(first.actorsCreated, 5);
        QCOMPARE(first.linksCreated, 4);
        const int actors = int(doc.actors().size()), linkCount = int(doc.links().size());
        const int steps = doc.undoStack()->count();
        ImportReport second;
        QVERIFY(run(doc, RegisterFormat::Rne, files, communes, &second));
        QCOMPARE(second.actorsCreated, 0);
        QCOMPARE(second.linksCreated, 0);
        QCOMPARE(int(doc.actors().size()), actors);
        QCOMPARE(int(doc.links().size()), linkCount);
        QCOMPARE(doc.undoStack()->count(), steps);  // nothing changed: no undo step

        // The same for SIRENE and RNA.
        QVERIFY(run(doc, RegisterFormat::Sirene, {QStringLiteral("sirene-etablissements.csv")},
                    communes));
        QVERIFY(run(doc, RegisterFormat::Rna, {QStringLiteral("rna-waldec-88.csv")}, communes));
        const int after = int(doc.actors().size());
        QCOMPARE(after, actors + 5 + 3);
        ImportReport again;
        QVERIFY(run(doc, RegisterFormat::Sirene, {QStringLiteral("sirene-etablissements.csv")},
                    communes, &again));
        QCOMPARE(again.actorsCreated, 0);
        QVERIFY(run(doc, RegisterFormat::Rna, {QStringLiteral("rna-waldec-88.csv")}, communes,
                    &again));
        QCOMPARE(again.actorsCreated, 0);
        QCOMPARE(int(doc.actors().size()), after);
    }

    void existingTownHallIsLinkedNotChanged()
    {
        Document &doc = *fresh();
        qint64 service = 0;
        for (const Category &c : doc.categories())
            if (c.code == QLatin1String("public_service"))
                service = c.id;
        QVERIFY(service > 0);
        QVERIFY(doc.apply(QStringLiteral("add"),
                          {doc.insertOp(QStringLiteral("actor"),
                                        {{QStringLiteral("name"), QStringLiteral("MAIRIE DE MIRECOURT")},
                                         {QStringLiteral("category_id"), service},
                                         {QStringLiteral("address"), QStringLiteral("Place")}})}));
        QVERIFY(run(doc, RegisterFormat::Rne, {QStringLiteral("rne-cm-2024.csv")},
                    {QStringLiteral("88304")}));
        const auto hall = byName(doc, QStringLiteral("MAIRIE DE MIRECOURT"));
        QVERIFY(hall);
        QCOMPARE(hall->categoryId, service);
        QCOMPARE(hall->address, QStringLiteral("Place"));
        QVERIFY(!byName(doc, QStringLiteral("Mairie de Mirecourt")));
        QCOMPARE(doc.actors().size(), 5);
        QVERIFY(links(doc).contains(QStringLiteral("Yves VALENTIN>MAIRIE DE MIRECOURT:membership")));
    }

    void oneUndoStep()
    {
        Document &doc = *fresh();
        const int steps = doc.undoStack()->count();
        QVERIFY(run(doc, RegisterFormat::Rne, {QStringLiteral("rne-cm-2024.csv")}, {}));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.actors().size(), 11);
        QCOMPARE(doc.links().size(), 8);
        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 0);
        QCOMPARE(doc.links().size(), 0);
        doc.undoStack()->redo();
        QCOMPARE(doc.actors().size(), 11);
        QCOMPARE(doc.links().size(), 8);
    }

    void sirene_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("variant");
        QTest::newRow("current") << QStringLiteral("sirene-etablissements.csv")
                                 << QStringLiteral("SIRENE establishments");
        QTest::newRow("older") << QStringLiteral("sirene-etablissements-older.csv")
                               << QStringLiteral("SIRENE establishments (older header)");
        QTest::newRow("geocoded") << QStringLiteral("sirene-etablissements-geo.csv")
                                  << QStringLiteral("SIRENE establishments (geocoded)");
    }

    void sirene()
    {
        QFETCH(QString, file);
        QFETCH(QString, variant);
        Document &doc = *fresh();
        ImportReport report;
        RegisterStats stats;
        QList<qint64> progress;
        RegisterOptions o;
        o.format = RegisterFormat::Sirene;
        o.communes = {QStringLiteral("88304")};
        o.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, QFileInfo(data(file)).size());
            progress << done;
        };
        QString error;
        QVERIFY2(importRegisterFiles(doc, {data(file)}, o, &report, &stats, &error),
                 qPrintable(error));
        QCOMPARE(report.formats, QStringList{variant});
        QCOMPARE(stats.rows, 7);
        QCOMPARE(stats.kept, 5);
        QCOMPARE(stats.otherCommunes, 1);
        QCOMPARE(stats.inactive, 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), QFileInfo(data(file)).size());
        QStringList got;
        for (const Actor &a : doc.actors()) {
            QCOMPARE(categoryCode(doc, a.categoryId), QStringLiteral("company"));
            QVERIFY(!a.isPerson);
            got << QStringList{a.name, a.sector, a.address, a.commune,
                               a.since.toString(Qt::ISODate)}
                       .join(QLatin1Char('|'));
        }
        got.sort();
        QCOMPARE(got,
                 list("CAFE, BAR ET TABAC \"LE CENTRAL\"|Hébergement et restauration|3 B Place du "
                      "Cheval de Bronze, 88500 Mirecourt|Mirecourt|2015-09-14\n"
                      "LUTHERIE DU VIEUX MIRECOURT|Industrie manufacturière|12 Rue du Docteur "
                      "Balthazar, 88500 Mirecourt|Mirecourt|1998-04-01\n"
                      "SUPERETTE DE LA GARE|Commerce ; réparation d'automobiles et de "
                      "motocycles|45 Avenue de la Gare, 88500 Mirecourt|Mirecourt|2019-01-07\n"
                      "Établissement SIRET 54567890100012|Activités spécialisées, scientifiques "
                      "et techniques|Batiment B, 7 Impasse des Luthiers, 88500 "
                      "Mirecourt|Mirecourt|2021-06-30\n"
                      "Établissement SIRET 57890123400011|Enseignement|88500 "
                      "Mirecourt|Mirecourt|2022-03-15"));
        const auto lutherie = byName(doc, QStringLiteral("LUTHERIE DU VIEUX MIRECOURT"));
        QVERIFY(lutherie);
        QVERIFY(lutherie->description.contains(QStringLiteral("SIRET: 51234567800015")));
        QVERIFY(lutherie->description.contains(QStringLiteral("NAF code: 32.20Z")));
        QVERIFY(!byName(doc, QStringLiteral("QUINCAILLERIE FERMEE")));  // closed
        QVERIFY(!byName(doc, QStringLiteral("IMPRIMERIE D'EPINAL")));   // other commune
    }

    void rna()
    {
        Document &doc = *fresh();
        RegisterStats stats;
        ImportReport report;
        QVERIFY(run(doc, RegisterFormat::Rna, {QStringLiteral("rna-waldec-88.csv")},
                    {QStringLiteral("88304")}, &report, &stats));
        QCOMPARE(report.formats, QStringList{QStringLiteral("RNA associations")});
        QCOMPARE(stats.kept, 3);
        QCOMPARE(stats.inactive, 1);
        QCOMPARE(stats.otherCommunes, 1);
        QCOMPARE(doc.actors().size(), 3);
        const auto comite = byName(doc, QStringLiteral("COMITÉ DES FÊTES DE MIRECOURT"));
        QVERIFY(comite);  // Latin-1 decoded
        QCOMPARE(categoryCode(doc, comite->categoryId), QStringLiteral("association"));
        QCOMPARE(comite->description,
                 QStringLiteral("animer la ville : fête patronale, marché de Noël, \"Utopic & "
                                "Co\"\nRNA: W881000102\nSIRET: 81234567800019"));
        QCOMPARE(comite->address, QStringLiteral("14 Rue Général Leclerc, 88500 Mirecourt"));
        QCOMPARE(comite->since, QDate(1978, 1, 20));
        const auto jardins = byName(doc, QStringLiteral("JARDINS PARTAGÉS DU MADON"));
        QVERIFY(jardins);
        QVERIFY(jardins->description.startsWith(
            QStringLiteral("créer et animer des jardins partagés ; sensibiliser")));
        QCOMPARE(jardins->address,
                 QStringLiteral("Maison des Associations, 2 B Rue du Collège, 88500 Mirecourt"));
        const auto amis = byName(doc, QStringLiteral("LES AMIS DE LA LUTHERIE"));
        QVERIFY(amis);
        QCOMPARE(amis->website, QStringLiteral("https://amis-lutherie.example.org"));
        QVERIFY(!byName(doc, QStringLiteral("CLUB DE SCRABBLE DISSOUS")));
        QVERIFY(!byName(doc, QStringLiteral("ÉPINAL SOLIDAIRE")));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("communes");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QStringList mirecourt{QStringLiteral("88304")};
        QTest::newRow("unknown columns") << int(RegisterFormat::Rne)
                                         << QStringLiteral("bad/unknown-columns.csv") << mirecourt
                                         << QStringLiteral("unknown-columns.csv, line 1:")
                                         << QStringLiteral("are not those of the RNE");
        QTest::newRow("RNE file given as SIRENE")
            << int(RegisterFormat::Sirene) << QStringLiteral("rne-cm-2024.csv") << mirecourt
            << QStringLiteral("rne-cm-2024.csv, line 1:")
            << QStringLiteral("it looks like an RNE file: use the rne format");
        QTest::newRow("SIRENE file given as RNA")
            << int(RegisterFormat::Rna) << QStringLiteral("sirene-etablissements.csv")
            << mirecourt << QStringLiteral("sirene-etablissements.csv, line 1:")
            << QStringLiteral("it looks like a SIRENE file");
        QTest::newRow("missing column") << int(RegisterFormat::Rne)
                                        << QStringLiteral("bad/rne-missing-commune-name.csv")
                                        << mirecourt
                                        << QStringLiteral("rne-missing-commune-name.csv, line 1:")
                                        << QStringLiteral("the required column “Libellé de la "
                                                          "commune” is missing");
        QTest::newRow("missing SIRENE state") << int(RegisterFormat::Sirene)
                                              << QStringLiteral("bad/sirene-no-state.csv")
                                              << mirecourt
                                              << QStringLiteral("sirene-no-state.csv, line 1:")
                                              << QStringLiteral("“etatAdministratifEtablissement”");
        QTest::newRow("bad date (in the wanted commune)")
            << int(RegisterFormat::Rne) << QStringLiteral("bad/rne-bad-date.csv") << mirecourt
            << QStringLiteral("rne-bad-date.csv, line 3:")
            << QStringLiteral("“31/02/1975” in the column “Date de naissance” is not a date");
        QTest::newRow("ragged row") << int(RegisterFormat::Sirene)
                                    << QStringLiteral("bad/sirene-ragged.csv") << mirecourt
                                    << QStringLiteral("sirene-ragged.csv, line 4:")
                                    << QStringLiteral("this row has 20 values but the header has "
                                                      "54 columns");
        QTest::newRow("no commune for SIRENE")
            << int(RegisterFormat::Sirene) << QStringLiteral("sirene-etablissements.csv")
            << QStringList() << QString() << QStringLiteral("choose at least one commune");
        QTest::newRow("bad commune code")
            << int(RegisterFormat::Rna) << QStringLiteral("rna-waldec-88.csv")
            << QStringList{QStringLiteral("Mirecourt")} << QString()
            << QStringLiteral("“Mirecourt” is not an INSEE commune code");
        QTest::newRow("missing file") << int(RegisterFormat::Rne) << QStringLiteral("nope.csv")
                                      << mirecourt << QStringLiteral("nope.csv:")
                                      << QStringLiteral("does not exist");
    }

    void badInput()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QFETCH(QStringList, communes);
        QFETCH(QString, where);
        QFETCH(QString, what);
        Document &doc = *fresh();
        // A good file first, so "all or nothing" covers both files of one import.
        QString error;
        ImportReport report;
        QVERIFY(!run(doc, RegisterFormat(format), {QStringLiteral("rne-cm-2024.csv"), file},
                     communes, &report, nullptr, &error) ||
                format != int(RegisterFormat::Rne));
        if (format != int(RegisterFormat::Rne))
            QVERIFY(!run(doc, RegisterFormat(format), {file}, communes, &report, nullptr, &error));
        QVERIFY2(error.contains(where), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
        QCOMPARE(doc.actors().size(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void cliCommuneName()
    {
        const QString file = test::tempPath(QStringLiteral("cli-names.maillage"));
        QFile::remove(file);
        auto r = test::runCli({QStringLiteral("sample"), file});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = test::readBytes(file);
        const QString cog = data(QStringLiteral("v_commune_2024.csv"));
        // An unknown name: exit 1, nothing written.
        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("sirene-etablissements.csv")),
                          QStringLiteral("--format"), QStringLiteral("sirene"),
                          QStringLiteral("--commune-name"), QStringLiteral("Nulle-Part"),
                          QStringLiteral("--cog"), cog});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nulle-Part")), qPrintable(r.err));
        QCOMPARE(test::readBytes(file), before);
        // Without --cog: a usage error.
        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("sirene-etablissements.csv")),
                          QStringLiteral("--format"), QStringLiteral("sirene"),
                          QStringLiteral("--commune-name"), QStringLiteral("mirecourt")});
        QCOMPARE(r.exitCode, 2);
        // By name, accents and case ignored: the same as by code.
        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("sirene-etablissements.csv")),
                          QStringLiteral("--format"), QStringLiteral("sirene"),
                          QStringLiteral("--commune-name"), QStringLiteral("MIRECOURT"),
                          QStringLiteral("--commune-name"), QStringLiteral("epinal"),
                          QStringLiteral("--cog"), cog, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"rows_other_communes\"")), qPrintable(r.out));
        io::RegisterOptions options;
        options.format = io::RegisterFormat::Sirene;
        options.communes = {QStringLiteral("88304"), QStringLiteral("88160")};
        io::ImportSources sources;
        io::RegisterStats stats;
        QString error;
        QVERIFY(io::readRegisterFiles({data(QStringLiteral("sirene-etablissements.csv"))}, options,
                                      &sources, &stats, &error));
        QVERIFY2(r.out.contains(QStringLiteral("\"rows_kept\": %1").arg(stats.kept)),
                 qPrintable(r.out));
    }

    void cli()
    {
        const QString file = test::tempPath(QStringLiteral("cli-registers.maillage"));
        QFile::remove(file);
        auto r = test::runCli({QStringLiteral("sample"), file});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = test::readBytes(file);

        // SIRENE and RNA need a commune: a usage error, the file untouched.
        r = test::runCli({QStringLiteral("import"), file, data(QStringLiteral("rna-waldec-88.csv")),
                          QStringLiteral("--format"), QStringLiteral("rna")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--commune")), qPrintable(r.err));
        // --commune with a spreadsheet format is a usage error too.
        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("rna-waldec-88.csv")), QStringLiteral("--commune"),
                          QStringLiteral("88304")});
        QCOMPARE(r.exitCode, 2);
        // A bad file: exit 1, the message names the file and line, nothing written.
        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("bad/rne-bad-date.csv")), QStringLiteral("--format"),
                          QStringLiteral("rne")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rne-bad-date.csv, line 3")), qPrintable(r.err));
        QCOMPARE(test::readBytes(file), before);

        r = test::runCli({QStringLiteral("import"), file, data(QStringLiteral("rne-cm-2024.csv")),
                          data(QStringLiteral("rne-maires-2023-12.csv")),
                          QStringLiteral("--format"), QStringLiteral("rne"),
                          QStringLiteral("--commune"), QStringLiteral("88304"),
                          QStringLiteral("--commune"), QStringLiteral("88361"),
                          QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"rows_kept\": 6")), qPrintable(r.out));
        Document doc;
        QString error;
        QVERIFY2(doc.open(file, Store::Access::ReadWrite, &error), qPrintable(error));
        const auto marc = byName(doc, QStringLiteral("Marc THIÉBAUT"));
        QVERIFY(marc);
        QCOMPARE(marc->role, QStringLiteral("Maire"));
        QVERIFY(byName(doc, QStringLiteral("Mairie de Poussay")));
        // The sample's town hall was reused, not duplicated.
        int halls = 0;
        for (const Actor &a : doc.actors())
            halls += a.name.contains(QStringLiteral("Mairie de Mirecourt"), Qt::CaseInsensitive);
        QCOMPARE(halls, 1);
        doc.close();

        r = test::runCli({QStringLiteral("import"), file,
                          data(QStringLiteral("sirene-etablissements.csv")),
                          QStringLiteral("--format"), QStringLiteral("sirene"),
                          QStringLiteral("--commune"), QStringLiteral("88304")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("5 kept")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"

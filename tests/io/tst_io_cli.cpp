#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace maillage::test;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(MAILLAGE_IO_DATA "/") + name;
}
} // namespace

class TestIoCli : public QObject
{
    Q_OBJECT

    QString fresh(const QString &name)
    {
        const QString path = tempPath(name);
        QFile::remove(path);
        const CliResult r = runCli({QStringLiteral("new"), path});
        if (r.exitCode != 0)
            qFatal("new failed: %s", qPrintable(r.err));
        return path;
    }

private slots:
    void importReport()
    {
        const QString file = fresh(QStringLiteral("cli.maillage"));
        CliResult r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                              data(QStringLiteral("kumu-connections.csv")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("actors_created")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("links_created")).toInt(), 4);
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Actors: 0 created, 0 merged, 4 skipped")),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--on-duplicate"), QStringLiteral("twice")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--format"), QStringLiteral("xls")});
        QCOMPARE(r.exitCode, 2);
    }

    /// .xlsx workbooks: the first sheet by default, another by --sheet, its header found
    /// under title rows or given by --header-row; messages name the sheet's rows.
    void importWorkbook()
    {
        const QString file = fresh(QStringLiteral("xlsx.maillage"));
        CliResult r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu.xlsx")),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Kumu's workbook: its sheets "Elements" and "Connections", both in one import.
        const QJsonObject kumu = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // The same as Kumu's two spreadsheets of the same content.
        const CliResult csv = runCli({QStringLiteral("import"), fresh(QStringLiteral("csv.maillage")),
                                      data(QStringLiteral("kumu-elements.csv")),
                                      data(QStringLiteral("kumu-connections.csv")),
                                      QStringLiteral("--json")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QJsonObject fromCsv = QJsonDocument::fromJson(csv.out.toUtf8()).object();
        QVERIFY(fromCsv.value(QStringLiteral("links_created")).toInt() > 0);
        for (const char *count : {"actors_created", "links_created", "tags_created"})
            QCOMPARE(kumu.value(QLatin1String(count)).toInt(),
                     fromCsv.value(QLatin1String(count)).toInt());
        QCOMPARE(kumu.value(QStringLiteral("files")).toArray().size(), 2);
        // One sheet when it is chosen.
        const QString one = fresh(QStringLiteral("xlsx-one.maillage"));
        r = runCli({QStringLiteral("import"), one, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Elements"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(
                     QStringLiteral("actors_created")).toInt(), 4);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(
                     QStringLiteral("links_created")).toInt(), 0);
        // Title rows, the header on row 5, a blank row inside the table.
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Annuaire"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(
                     QStringLiteral("actors_created")).toInt(), 2);
        const QString given = fresh(QStringLiteral("xlsx-row.maillage"));
        r = runCli({QStringLiteral("import"), given, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Annuaire"),
                    QStringLiteral("--header-row"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("info"), given, QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QStringLiteral("\"actors\": 2")), qPrintable(r.out));
        // Bad choices: one line, nothing imported.
        r = runCli({QStringLiteral("import"), given, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("kumu.xlsx: has no sheet “Nope” (its sheets: "
                                               "Elements, Connections, Annuaire)")),
                 qPrintable(r.err));
        r = runCli({QStringLiteral("import"), given, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Annuaire"),
                    QStringLiteral("--header-row"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sheet “Annuaire” has no row 3")), qPrintable(r.err));
        // A title row taken as the header: its one "column" is no known layout.
        r = runCli({QStringLiteral("import"), given, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--sheet"), QStringLiteral("Annuaire"),
                    QStringLiteral("--header-row"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(Mis à jour en mars 2024)")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        r = runCli({QStringLiteral("import"), given, data(QStringLiteral("kumu.xlsx")),
                    QStringLiteral("--header-row"), QStringLiteral("zero")});
        QCOMPARE(r.exitCode, 2);
    }

    /// The summary line says what a graph file's drawing kept and what it could not.
    void importSaysWhatWasKept()
    {
        const QString file = fresh(QStringLiteral("kept.maillage"));
        CliResult r = runCli({QStringLiteral("import"), file,
                              data(QStringLiteral("real/gephi-les-miserables.gexf"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Kept from the files: positions of 77 nodes")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Not kept: colours of 77 nodes (Maillage colours actors by category, and "
                     "the file uses 18 colours: too many to make categories of), sizes of 77 "
                     "nodes (Maillage sizes actors by a measure)")),
                 qPrintable(r.out));
        const QString other = fresh(QStringLiteral("kept2.maillage"));
        r = runCli({QStringLiteral("import"), other,
                    data(QStringLiteral("real/gephi-miserables.graphml")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kept")).toObject().value(QStringLiteral("positions")).toInt(), 77);
        QCOMPARE(o.value(QStringLiteral("kept")).toObject().value(QStringLiteral("colours")).toInt(), 77);
        QCOMPARE(o.value(QStringLiteral("not_kept")).toObject().value(QStringLiteral("sizes")).toInt(), 77);
    }

    /// Cytoscape JSON into an existing territory: a .json holding Cytoscape's elements is not
    /// taken for Maillage's whole-territory JSON; --format cytoscape names the reader.
    void importCytoscape()
    {
        const QString file = fresh(QStringLiteral("cyjs.maillage"));
        CliResult r = runCli({QStringLiteral("import"), file,
                              data(QStringLiteral("cytoscapejs-elements.json")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("formats")).toArray().first().toString(),
                 QStringLiteral("Cytoscape JSON"));
        QCOMPARE(o.value(QStringLiteral("actors_created")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("links_created")).toInt(), 2);
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("real/cytoscape-cyjshiny.cyjs")),
                    QStringLiteral("--format"), QStringLiteral("cytoscape"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("actors_created")).toInt(), 14);
        QCOMPARE(o.value(QStringLiteral("kept")).toObject().value(QStringLiteral("positions")).toInt(), 14);
    }

    /// A map with directed and undirected links: the export warns that some tools cannot read
    /// it and offers --all-directed, which declares the graph directed.
    void exportMixedDirections()
    {
        const QString file = fresh(QStringLiteral("mixed.maillage"));
        // A directed Funding link and an untyped (undirected) one.
        QCOMPARE(runCli({QStringLiteral("import"), file, data(QStringLiteral("graph-gexf13.gexf"))}).exitCode, 0);
        const QString out = tempPath(QStringLiteral("mixed-out.graphml"));
        CliResult r = runCli({QStringLiteral("export"), file, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Warning: 1 link is directed and 1 are not")) &&
                     r.err.contains(QStringLiteral("--all-directed")),
                 qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("edgedefault=\"undirected\""));
        QVERIFY(bytes.contains("directed=\"true\""));
        f.close();
        r = runCli({QStringLiteral("export"), file, out, QStringLiteral("--all-directed")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("Warning")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
        QVERIFY(bytes.contains("edgedefault=\"directed\""));
        QVERIFY(!bytes.contains("directed=\"false\""));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged") << QStringLiteral("bad/ragged.csv") << QStringLiteral("line 3");
        QTest::newRow("unterminated") << QStringLiteral("bad/unterminated.csv") << QStringLiteral("line 3");
        QTest::newRow("empty") << QStringLiteral("bad/empty.csv") << QStringLiteral("is empty");
        QTest::newRow("encoding") << QStringLiteral("bad/wrong-encoding.csv") << QStringLiteral("line 3");
        QTest::newRow("unknown") << QStringLiteral("bad/unknown-format.csv") << QStringLiteral("unknown format");
        QTest::newRow("malformed") << QStringLiteral("bad/malformed.graphml") << QStringLiteral("line 6");
        QTest::newRow("entities") << QStringLiteral("bad/dtd.gexf") << QStringLiteral("entity");
        QTest::newRow("doctype") << QStringLiteral("bad/doctype.graphml") << QStringLiteral("DOCTYPE");
        QTest::newRow("cyjs malformed") << QStringLiteral("bad/malformed.cyjs")
                                        << QStringLiteral("line 4: malformed JSON");
        QTest::newRow("cyjs unknown source") << QStringLiteral("bad/unknown-source.cyjs")
                                             << QStringLiteral("edge 2: unknown source “x”");
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString file = fresh(QStringLiteral("bad.maillage"));
        const QByteArray before = readBytes(file);
        const CliResult r = runCli({QStringLiteral("import"), file,
                                    data(QStringLiteral("gephi-nodes.csv")), data(input)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QFileInfo(input).fileName()) && r.err.contains(message),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(readBytes(file), before);
    }

    /// --field-type NAME=TYPE gives the field the import makes its type; a type the values
    /// do not fit is one line naming file, line, column and value, and the file is unchanged.
    void importFieldType()
    {
        const QString file = fresh(QStringLiteral("types.maillage"));
        const QByteArray before = readBytes(file);
        CliResult r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                              QStringLiteral("--field-type"), QStringLiteral("Budget=date")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("kumu-elements.csv, line 3: column “Budget”: “12000”")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(readBytes(file), before);
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--field-type"), QStringLiteral("Budget")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--field-type"), QStringLiteral("Budget=money")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Budget=money")), qPrintable(r.err));
        r = runCli({QStringLiteral("import"), file, data(QStringLiteral("kumu-elements.csv")),
                    QStringLiteral("--field-type"), QStringLiteral("budget=number"),
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(QJsonDocument(o).toJson().contains("Budget (number)"), qPrintable(r.out));
    }

    void readOnlyRefused()
    {
        const QString file = fresh(QStringLiteral("ro.maillage"));
        QFile::setPermissions(file, QFile::ReadOwner);
        const QByteArray before = readBytes(file);
        const CliResult r = runCli({QStringLiteral("import"), file,
                                    data(QStringLiteral("kumu-elements.csv"))});
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(readBytes(file), before);
    }

    void exports()
    {
        const QString sample = tempPath(QStringLiteral("s.maillage"));
        QFile::remove(sample);
        QCOMPARE(runCli({QStringLiteral("sample"), sample}).exitCode, 0);
        for (const QString &name : {QStringLiteral("o.gexf"), QStringLiteral("o.graphml"),
                                    QStringLiteral("o.json"), QStringLiteral("o.csv")}) {
            const QString out = tempPath(name);
            const CliResult r = runCli({QStringLiteral("export"), sample, out,
                                        QStringLiteral("--anonymize")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QByteArray bytes = readBytes(out);
            QVERIFY(bytes.size() > 1000);
            QVERIFY2(!bytes.contains("Collignon"), qPrintable(name));
            QVERIFY(bytes.contains("Mairie de Mirecourt"));
        }
        QVERIFY(QFile::exists(tempPath(QStringLiteral("o-links.csv"))));
        const QString gexf12 = tempPath(QStringLiteral("o12.xml"));
        QCOMPARE(runCli({QStringLiteral("export"), sample, gexf12, QStringLiteral("--format"),
                         QStringLiteral("gexf12")}).exitCode, 0);
        QVERIFY(readBytes(gexf12).contains("1.2draft"));
        QCOMPARE(runCli({QStringLiteral("export"), sample, tempPath(QStringLiteral("o.xyz"))}).exitCode, 2);
        // JSON back into a new file.
        const QString copy = tempPath(QStringLiteral("copy.maillage"));
        QFile::remove(copy);
        const QString json = tempPath(QStringLiteral("full.json"));
        QCOMPARE(runCli({QStringLiteral("export"), sample, json}).exitCode, 0);
        CliResult r = runCli({QStringLiteral("import"), copy, json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("info"), copy, QStringLiteral("--json")});
        const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object()
                                       .value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("actors")).toInt(), 34);
        QCOMPARE(counts.value(QStringLiteral("meetings")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestIoCli)
#include "tst_io_cli.moc"

#include "core/document/document.h"
#include "core/io/export.h"
#include "core/io/import.h"
#include "core/io/pseudonymize.h"
#include "core/io/sample.h"
#include "testsupport.h"
#include "core/util/i18n.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace maillage;
using namespace maillage::io;

namespace {

/// Everything GraphML/GEXF/CSV can hold about the actors and links, keyed by names.
/// "name=value" of every custom value of actor (link) `owner`, sorted (values only: a CSV
/// file carries no types).
QString fieldValuesOf(Document &doc, const QString &subject, qint64 owner)
{
    const QHash<qint64, QString> values = doc.fieldValues(subject, owner);
    QStringList out;
    for (const CustomField &f : doc.customFields(subject))
        if (values.contains(f.id))
            out << f.name + QLatin1Char('=') + values.value(f.id);
    out.sort();
    return out.join(QLatin1Char(';'));
}

/// "name:type[choices]" of every custom field of `subject`, sorted.
QStringList fieldDefinitions(Document &doc, const QString &subject)
{
    QStringList out;
    for (const CustomField &f : doc.customFields(subject))
        out << QStringLiteral("%1:%2[%3]").arg(f.name, fields::typeCode(f.type),
                                               f.choices.join(QLatin1Char('|')));
    out.sort();
    return out;
}

/// With `kumu`, only what Kumu's sheets carry (no positions, pins, nor the personal-data
/// bookkeeping: legal basis, consent, retention, last contact).
QStringList portable(Document &doc, bool kumu = false)
{
    QHash<qint64, QString> cat, type, names;
    QHash<qint64, bool> directed;
    for (const Category &c : doc.categories())
        cat.insert(c.id, c.name);
    for (const LinkType &t : doc.linkTypes()) {
        type.insert(t.id, t.name);
        directed.insert(t.id, t.directed);
    }
    QHash<qint64, QString> tagName;
    for (const Tag &t : doc.tags())
        tagName.insert(t.id, t.name);
    QStringList out;
    for (const Actor &a : doc.actors()) {
        names.insert(a.id, a.name);
        QStringList tags;
        for (qint64 t : doc.tagsOfActor(a.id))
            tags << tagName.value(t);
        tags.sort();
        if (kumu) {
            out << QStringList{a.name, cat.value(a.categoryId), a.organisation, a.role, a.sector,
                               a.commune, a.email, a.phone, a.address, a.website, a.description,
                               QString::number(a.influence), QString::number(a.interest),
                               QString::number(a.attitude), QString::number(a.engagement),
                               QString::number(a.isPerson), a.since.toString(Qt::ISODate),
                               a.until.toString(Qt::ISODate), tags.join(QLatin1Char('|')),
                               fieldValuesOf(doc, QStringLiteral("actor"), a.id)}
                       .join(QLatin1String(" ¦ "));
            continue;
        }
        out << QStringList{a.name, cat.value(a.categoryId), a.organisation, a.role, a.sector,
                           a.commune, a.email, a.phone, a.address, a.website, a.description,
                           QString::number(a.influence), QString::number(a.interest),
                           QString::number(a.attitude), QString::number(a.engagement),
                           QString::number(a.isPerson), a.legalBasis,
                           a.consentDate.toString(Qt::ISODate), a.consentMethod,
                           a.retentionDate.toString(Qt::ISODate),
                           a.lastContact.toString(Qt::ISODate), QString::number(a.x),
                           QString::number(a.y), QString::number(a.pinned),
                           a.since.toString(Qt::ISODate), a.until.toString(Qt::ISODate),
                           tags.join(QLatin1Char('|')),
                           fieldValuesOf(doc, QStringLiteral("actor"), a.id)}
                   .join(QLatin1String(" ¦ "));
    }
    for (const Link &l : doc.links())
        out << QStringList{QStringLiteral("LINK"), names.value(l.sourceId), names.value(l.targetId),
                           type.value(l.typeId), QString::number(directed.value(l.typeId)),
                           QString::number(l.strength), l.description,
                           l.since.toString(Qt::ISODate), l.until.toString(Qt::ISODate),
                           fieldValuesOf(doc, QStringLiteral("link"), l.id)}
                   .join(QLatin1String(" ¦ "));
    out.sort();
    return out;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    QString m_sample;

    Document *open(const QString &path)
    {
        auto *doc = new Document(this);
        QString error;
        if (!doc->open(path, Store::Access::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
        return doc;
    }
    Document *fresh(const QString &name)
    {
        auto *doc = new Document(this);
        static int files = 0;
        const QString path =
            test::tempPath(name + QString::number(++files) + QStringLiteral(".maillage"));
        QFile::remove(path);
        // In the sample's language, as a user round-tripping the sample would: its categories
        // and link types then match the new territory's by name.
        const i18n::LanguageScope french(QStringLiteral("fr"));
        if (!doc->create(path, name))
            qFatal("cannot create");
        return doc;
    }

private slots:
    void initTestCase()
    {
        m_sample = test::tempPath(QStringLiteral("sample.maillage"));
        QString error;
        QVERIFY2(writeSample(m_sample, &error), qPrintable(error));
        // Give the sample positions, pins and link dates so the round trips carry them.
        Document *doc = open(m_sample);
        for (const Actor &a : doc->actors())
            QVERIFY(doc->updateActor(a.id, {{QStringLiteral("x"), a.id * 12.25},
                                            {QStringLiteral("y"), -a.id / 3.0},
                                            {QStringLiteral("pinned"), a.id % 2}}));
        const Link l = doc->links().first();
        QVERIFY(doc->updateRow(QStringLiteral("link"), l.id,
                               {{QStringLiteral("since"), QStringLiteral("2017-03-01")},
                                {QStringLiteral("description"), QStringLiteral("a, \"b\"\nc")}},
                               QStringLiteral("edit")));
        // Custom fields of every type, with values, so the round trips carry them.
        auto field = [&](const QString &subject, const QString &name, FieldType type,
                         bool personal = false, const QStringList &choices = {}) {
            CustomField f;
            f.subject = subject;
            f.name = name;
            f.type = type;
            f.personal = personal;
            f.choices = choices;
            return doc->addCustomField(f).value_or(0);
        };
        const qint64 budget = field(QStringLiteral("actor"), QStringLiteral("Budget"), FieldType::Number);
        const qint64 members = field(QStringLiteral("actor"), QStringLiteral("Adhérents"), FieldType::Integer);
        const qint64 founded = field(QStringLiteral("actor"), QStringLiteral("Créé le"), FieldType::Date);
        const qint64 label = field(QStringLiteral("actor"), QStringLiteral("Labellisé"), FieldType::YesNo);
        const qint64 site = field(QStringLiteral("actor"), QStringLiteral("Page"), FieldType::Url);
        const qint64 status = field(QStringLiteral("actor"), QStringLiteral("Statut"), FieldType::Choice,
                                    false, {QStringLiteral("Actif"), QStringLiteral("En sommeil")});
        const qint64 amount = field(QStringLiteral("link"), QStringLiteral("Montant"), FieldType::Number);
        const qint64 signedOn = field(QStringLiteral("link"), QStringLiteral("Signé le"), FieldType::Date);
        QVERIFY(budget && members && founded && label && site && status && amount && signedOn);
        const QList<Actor> actors = doc->actors();
        for (int i = 0; i < actors.size(); i += 3) {
            const qint64 a = actors.at(i).id;
            QVERIFY(doc->setFieldValue(budget, a, QString::number(1000.5 * i)));
            QVERIFY(doc->setFieldValue(members, a, QString::number(i * 7)));
            QVERIFY(doc->setFieldValue(founded, a, QDate(1970 + i, 3, 1 + i % 9).toString(Qt::ISODate)));
            QVERIFY(doc->setFieldValue(label, a, i % 2 ? QStringLiteral("oui") : QStringLiteral("non")));
            QVERIFY(doc->setFieldValue(site, a, QStringLiteral("https://example.org/%1").arg(i)));
            QVERIFY(doc->setFieldValue(status, a, i % 2 ? QStringLiteral("Actif") : QStringLiteral("En sommeil")));
        }
        const QList<Link> links = doc->links();
        for (int i = 0; i < links.size(); i += 4) {
            QVERIFY(doc->setFieldValue(amount, links.at(i).id, QStringLiteral("%1,25").arg(i)));
            QVERIFY(doc->setFieldValue(signedOn, links.at(i).id, QStringLiteral("2020-01-%1").arg(10 + i % 18)));
        }
        doc->close();
    }

    /// Exported and imported again into a new territory, the custom fields keep their types
    /// (GEXF 1.2 has no dates: they come back as text) and their values.
    void fieldTypesRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("gexf 1.3") << int(ExportFormat::Gexf13) << QStringLiteral("ft.gexf");
        QTest::newRow("gexf 1.2") << int(ExportFormat::Gexf12) << QStringLiteral("ft12.gexf");
        QTest::newRow("graphml") << int(ExportFormat::GraphML) << QStringLiteral("ft.graphml");
        QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("ft.json");
    }
    void fieldTypesRoundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        Document *source = open(m_sample);
        QStringList actorFields = fieldDefinitions(*source, QStringLiteral("actor"));
        QStringList linkFields = fieldDefinitions(*source, QStringLiteral("link"));
        QCOMPARE(actorFields.size(), 6);
        QCOMPARE(linkFields.size(), 2);
        const QStringList before = portable(*source);
        const QString out = test::tempPath(file);
        QFile::remove(out);
        QString error;
        QVERIFY2(exportTerritory(source->store(), out, ExportFormat(format), {}, &error),
                 qPrintable(error));
        source->close();
        Document *target = nullptr;
        if (ExportFormat(format) == ExportFormat::Json) {
            const QString copy = test::tempPath(QStringLiteral("ft-json.maillage"));
            QFile::remove(copy);
            QVERIFY2(createFromJson(copy, out, &error), qPrintable(error));
            target = open(copy);
        } else {
            target = fresh(QStringLiteral("ft"));
            ImportReport r;
            QVERIFY2(importFiles(*target, {out}, ImportOptions(), &r, &error), qPrintable(error));
            QCOMPARE(r.actorFieldsCreated.size(), 6);
            QCOMPARE(r.linkFieldsCreated.size(), 2);
        }
        if (ExportFormat(format) == ExportFormat::Gexf12) {
            actorFields.replaceInStrings(QStringLiteral("Créé le:date"), QStringLiteral("Créé le:text"));
            linkFields.replaceInStrings(QStringLiteral("Signé le:date"), QStringLiteral("Signé le:text"));
        }
        QCOMPARE(fieldDefinitions(*target, QStringLiteral("actor")), actorFields);
        QCOMPARE(fieldDefinitions(*target, QStringLiteral("link")), linkFields);
        QCOMPARE(portable(*target), before);
        target->close();
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("gexf 1.3") << int(ExportFormat::Gexf13) << QStringLiteral("rt.gexf");
        QTest::newRow("gexf 1.2") << int(ExportFormat::Gexf12) << QStringLiteral("rt12.gexf");
        QTest::newRow("graphml") << int(ExportFormat::GraphML) << QStringLiteral("rt.graphml");
        QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("rt.csv");
    }
    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        Document *source = open(m_sample);
        const QStringList before = portable(*source);
        const QString out = test::tempPath(file);
        QString error;
        QVERIFY2(exportTerritory(source->store(), out, ExportFormat(format), {}, &error),
                 qPrintable(error));
        source->close();
        Document *target = fresh(QStringLiteral("rt"));
        QStringList inputs{out};
        if (ExportFormat(format) == ExportFormat::Csv)
            inputs << csvLinksPath(out);
        ImportReport r;
        QVERIFY2(importFiles(*target, inputs, ImportOptions(), &r, &error), qPrintable(error));
        QCOMPARE(r.categoriesCreated, 0);
        QCOMPARE(r.linkTypesCreated, 0);
        const QStringList after = portable(*target);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        // Importing the same file again duplicates nothing.
        QVERIFY(importFiles(*target, inputs, ImportOptions(), &r, &error));
        QCOMPARE(r.actorsCreated, 0);
        QCOMPARE(r.linksCreated, 0);
        QCOMPARE(portable(*target), before);
    }

    /// NetworkX reads the GraphML and GEXF exports of directed, undirected and mixed maps
    /// (a mixed map once every link is treated as directed): node and edge counts and
    /// directedness; it refuses the mixed graph as written, which the export says.
    void networkxReads_data()
    {
        QTest::addColumn<QString>("map");  // which links are directed
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("allDirected");
        QTest::addColumn<QString>("expected");  // "nodes edges directed", or "refused"
        for (const int f : {int(ExportFormat::GraphML), int(ExportFormat::Gexf12),
                            int(ExportFormat::Gexf13)}) {
            const QString name = f == int(ExportFormat::GraphML) ? QStringLiteral("graphml")
                                 : f == int(ExportFormat::Gexf12) ? QStringLiteral("gexf 1.2")
                                                                   : QStringLiteral("gexf 1.3");
            QTest::newRow(qPrintable(name + QStringLiteral(", directed")))
                << QStringLiteral("directed") << f << false << QStringLiteral("4 5 True");
            QTest::newRow(qPrintable(name + QStringLiteral(", undirected")))
                << QStringLiteral("undirected") << f << false << QStringLiteral("4 5 False");
            QTest::newRow(qPrintable(name + QStringLiteral(", mixed")))
                << QStringLiteral("mixed") << f << false << QStringLiteral("refused");
            QTest::newRow(qPrintable(name + QStringLiteral(", mixed, all directed")))
                << QStringLiteral("mixed") << f << true << QStringLiteral("4 5 True");
        }
    }
    void networkxReads()
    {
        QFETCH(QString, map);
        QFETCH(int, format);
        QFETCH(bool, allDirected);
        QFETCH(QString, expected);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty() ||
            QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import networkx")}) != 0)
            QSKIP("python3-networkx is not installed");
        Document &doc = *fresh(QStringLiteral("nx"));
        QList<qint64> actors;
        for (int i = 0; i < 4; ++i)
            actors << *doc.addActor(Actor{.name = QStringLiteral("Acteur %1").arg(i),
                                          .x = i * 100.0, .y = i * 50.0});
        const auto directedType = doc.addRow(
            QStringLiteral("link_type"),
            {{QStringLiteral("name"), QStringLiteral("Finance")}, {QStringLiteral("directed"), 1}},
            QStringLiteral("type"));
        const auto undirectedType = doc.addRow(
            QStringLiteral("link_type"),
            {{QStringLiteral("name"), QStringLiteral("Partenariat")},
             {QStringLiteral("directed"), 0}},
            QStringLiteral("type"));
        QVERIFY(directedType && undirectedType);
        const QList<std::pair<int, int>> ends{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}};
        for (int i = 0; i < ends.size(); ++i) {
            const bool directed = map == QLatin1String("directed") ||
                                  (map == QLatin1String("mixed") && i % 2 == 0);
            QVERIFY(doc.addLink(Link{.sourceId = actors[ends[i].first],
                                     .targetId = actors[ends[i].second],
                                     .typeId = directed ? *directedType : *undirectedType}));
        }
        QCOMPARE(linkDirections(doc.store()).mixed(), map == QLatin1String("mixed"));
        const bool graphml = ExportFormat(format) == ExportFormat::GraphML;
        const QString out = test::tempPath(graphml ? QStringLiteral("nx.graphml")
                                                   : QStringLiteral("nx.gexf"));
        ExportOptions options;
        options.allDirected = allDirected;
        QString error;
        QVERIFY2(exportTerritory(doc.store(), out, ExportFormat(format), options, &error),
                 qPrintable(error));
        QProcess p;
        p.start(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, networkx as nx\n"
                                "try:\n"
                                "    g = nx.%1(sys.argv[1])\n"
                                "except Exception as e:\n"
                                "    print('refused', e)\n"
                                "    sys.exit(0)\n"
                                "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n")
                     .arg(graphml ? QStringLiteral("read_graphml") : QStringLiteral("read_gexf")),
                 out});
        QVERIFY(p.waitForFinished(60000));
        const QString said = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        if (expected == QLatin1String("refused"))
            QVERIFY2(said.startsWith(QLatin1String("refused")), qPrintable(said));
        else
            QCOMPARE(said, expected);
    }

    /// Kumu's spreadsheets, read back by Maillage's own Kumu import: actors (by their ID, so
    /// same-named ones stay apart), categories, tags, links, link types and direction,
    /// strengths and every field value; the field types are inferred again from the values
    /// (a choice list comes back as text: a spreadsheet does not say its options).
    void kumuRoundTrip()
    {
        Document *source = open(m_sample);
        const QStringList before = portable(*source, true);
        QStringList actorFields = fieldDefinitions(*source, QStringLiteral("actor"));
        const QStringList linkFields = fieldDefinitions(*source, QStringLiteral("link"));
        const QString out = test::tempPath(QStringLiteral("kumu-rt.csv"));
        const KumuCsvPaths paths = kumuCsvPaths(out);
        QCOMPARE(QFileInfo(paths.elements).fileName(), QStringLiteral("kumu-rt-elements.csv"));
        QCOMPARE(QFileInfo(paths.connections).fileName(), QStringLiteral("kumu-rt-connections.csv"));
        QFile::remove(paths.elements);
        QFile::remove(paths.connections);
        QString error;
        QVERIFY2(exportTerritory(source->store(), out, ExportFormat::KumuCsv, {}, &error),
                 qPrintable(error));
        const int categories = int(source->categories().size());
        source->close();
        QVERIFY(!QFile::exists(out));
        const QByteArray elements = test::readBytes(paths.elements);
        QVERIFY(elements.startsWith("ID,Label,Type,Description,Tags,"));
        QVERIFY(test::readBytes(paths.connections).startsWith("ID,From,To,Type,Direction,Strength,"));
        Document *target = fresh(QStringLiteral("kumu-rt"));
        ImportReport r;
        QVERIFY2(importFiles(*target, {paths.elements, paths.connections}, ImportOptions(), &r,
                             &error),
                 qPrintable(error));
        QCOMPARE(r.formats, (QStringList{QStringLiteral("Kumu elements"),
                                         QStringLiteral("Kumu connections")}));
        QVERIFY(r.categoriesCreated <= categories);
        const QStringList after = portable(*target, true);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        actorFields.replaceInStrings(QStringLiteral("Statut:choice[Actif|En sommeil]"),
                                     QStringLiteral("Statut:text[]"));
        QCOMPARE(fieldDefinitions(*target, QStringLiteral("actor")), actorFields);
        QCOMPARE(fieldDefinitions(*target, QStringLiteral("link")), linkFields);
        target->close();
    }

    /// The JSON blueprint: elements with ids, labels, types, tags and typed values;
    /// connections naming their ends by id, so that two actors of the same name stay two.
    void kumuJsonStructure()
    {
        Document *doc = open(m_sample);
        const QList<Actor> actors = doc->actors();
        const int links = int(doc->links().size());
        const QByteArray bytes = kumuJson(doc->store(), {});
        doc->close();
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("connections"), QStringLiteral("elements")}));
        const QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
        const QJsonArray connections = root.value(QStringLiteral("connections")).toArray();
        QCOMPARE(elements.size(), actors.size());
        QCOMPARE(connections.size(), links);
        QSet<QString> ids;
        bool typed = false, tagged = false;
        for (const QJsonValue &v : elements) {
            const QJsonObject e = v.toObject();
            QVERIFY(!e.value(QStringLiteral("label")).toString().isEmpty());
            ids.insert(e.value(QStringLiteral("id")).toString());
            QVERIFY(e.value(QStringLiteral("Person")).isBool());
            QVERIFY(e.value(QStringLiteral("Influence")).isDouble());
            if (e.contains(QStringLiteral("tags")))
                tagged = e.value(QStringLiteral("tags")).isArray();
            if (e.contains(QStringLiteral("Budget"))) {
                QVERIFY(e.value(QStringLiteral("Budget")).isDouble());
                QVERIFY(e.value(QStringLiteral("Adhérents")).isDouble());
                QVERIFY(e.value(QStringLiteral("Labellisé")).isBool());
                QVERIFY(QDate::fromString(e.value(QStringLiteral("Créé le")).toString(),
                                          Qt::ISODate).isValid());
                QVERIFY(e.value(QStringLiteral("Page")).toString().startsWith(QStringLiteral("https://")));
                typed = true;
            }
        }
        QVERIFY(typed);
        QVERIFY(tagged);
        QCOMPARE(ids.size(), actors.size());
        const QJsonObject first = elements.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("a%1").arg(actors.first().id));
        QCOMPARE(first.value(QStringLiteral("label")).toString(), actors.first().name);
        QSet<QString> directions;
        for (const QJsonValue &v : connections) {
            const QJsonObject c = v.toObject();
            QVERIFY(ids.contains(c.value(QStringLiteral("from")).toString()));
            QVERIFY(ids.contains(c.value(QStringLiteral("to")).toString()));
            directions.insert(c.value(QStringLiteral("direction")).toString());
            const int strength = c.value(QStringLiteral("strength")).toInt();
            QVERIFY(strength >= 1 && strength <= 5);
        }
        QCOMPARE(directions, (QSet<QString>{QStringLiteral("directed"), QStringLiteral("undirected")}));

        // Two actors of the same name linked together: the connection names two ids.
        Document *same = fresh(QStringLiteral("kumu-same"));
        Actor a;
        a.name = QStringLiteral("Martin");
        const auto one = same->addActor(a);
        const auto two = same->addActor(a);
        QVERIFY(one && two);
        Link l;
        l.sourceId = *one;
        l.targetId = *two;
        l.weight = 2.5;
        QVERIFY(same->addLink(l));
        const QJsonObject o = QJsonDocument::fromJson(kumuJson(same->store(), {})).object();
        same->close();
        const QJsonObject c = o.value(QStringLiteral("connections")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("from")).toString(), QStringLiteral("a%1").arg(*one));
        QCOMPARE(c.value(QStringLiteral("to")).toString(), QStringLiteral("a%1").arg(*two));
        QCOMPARE(c.value(QStringLiteral("weight")).toDouble(), 2.5);
        QCOMPARE(c.value(QStringLiteral("direction")).toString(), QStringLiteral("undirected"));
        QVERIFY(!c.contains(QStringLiteral("type")));
        QCOMPARE(o.value(QStringLiteral("elements")).toArray().size(), 2);
    }

    void kumuFormatNames()
    {
        QCOMPARE(exportFormatFromName(QStringLiteral("kumu")), ExportFormat::Kumu);
        QCOMPARE(exportFormatFromName(QStringLiteral("Kumu-CSV")), ExportFormat::KumuCsv);
        QCOMPARE(exportFormatFromPath(QStringLiteral("/tmp/x.json")), ExportFormat::Json);
        QVERIFY(!exportFormatFromPath(QStringLiteral("/tmp/x.kumu")));
        QCOMPARE(kumuCsvPaths(QStringLiteral("/tmp/net")).connections,
                 QStringLiteral("/tmp/net-connections.csv"));
    }

    void gexfShape()
    {
        Document *doc = open(m_sample);
        const QByteArray g13 = gexf(doc->store(), ExportFormat::Gexf13, {});
        const QByteArray g12 = gexf(doc->store(), ExportFormat::Gexf12, {});
        doc->close();
        QVERIFY(g13.contains("xmlns=\"http://gexf.net/1.3\""));
        QVERIFY(g13.contains("version=\"1.3\""));
        QVERIFY(g13.contains("<viz:position"));
        QVERIFY(g13.contains("<viz:color"));
        QVERIFY(g13.contains("type=\"directed\""));
        QVERIFY(g13.contains("type=\"undirected\""));
        QVERIFY(g12.contains("xmlns=\"http://www.gexf.net/1.2draft\""));
        QVERIFY(g12.contains("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""));
    }

    void jsonRoundTrip()
    {
        Document *doc = open(m_sample);
        const QByteArray json = territoryJson(doc->store(), {});
        doc->close();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("actors")).toArray().size(), 34);
        QCOMPARE(root.value(QStringLiteral("links")).toArray().size(), 57);
        QCOMPARE(root.value(QStringLiteral("problems")).toArray().size(), 9);
        QCOMPARE(root.value(QStringLiteral("actions")).toArray().size(), 6);
        QCOMPARE(root.value(QStringLiteral("meetings")).toArray().size(), 5);
        const QString jsonPath = test::tempPath(QStringLiteral("t.json"));
        test::writeBytes(jsonPath, json);
        const QString copy = test::tempPath(QStringLiteral("from-json.maillage"));
        QFile::remove(copy);
        QString error;
        QVERIFY2(createFromJson(copy, jsonPath, &error), qPrintable(error));
        Document *back = open(copy);
        // Every table, every relation, every id: the second export is the same text.
        QCOMPARE(QString::fromUtf8(territoryJson(back->store(), {})), QString::fromUtf8(json));
        for (const TableInfo &t : schema::tables())
            QVERIFY(back->store().count(t.name) >= 0);
        QCOMPARE(back->store().count(QStringLiteral("meeting_attendee")),
                 qint64(0) + [&] {
                     qint64 n = 0;
                     for (const QJsonValue &m : root.value(QStringLiteral("meetings")).toArray())
                         n += m.toObject().value(QStringLiteral("attendees")).toArray().size();
                     return n;
                 }());
        QVERIFY(back->store().count(QStringLiteral("meeting_attendee")) > 0);
        QVERIFY(back->store().count(QStringLiteral("problem_actor")) > 0);
        QVERIFY(back->store().count(QStringLiteral("indicator_value")) > 0);
        back->close();
        // An existing target or a broken file leaves nothing behind.
        QVERIFY(!createFromJson(copy, jsonPath, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        const QString broken = test::tempPath(QStringLiteral("broken.json"));
        test::writeBytes(broken, "{\n \"format\": \"maillage-territory\",\n \"actors\": [\n");
        const QString none = test::tempPath(QStringLiteral("none.maillage"));
        QVERIFY(!createFromJson(none, broken, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json, line 4: malformed JSON")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(none));
        QJsonObject bad = root;
        QJsonArray links = bad.value(QStringLiteral("links")).toArray();
        QJsonObject l = links.first().toObject();
        l.insert(QStringLiteral("source_id"), 99999);
        links.replace(0, l);
        bad.insert(QStringLiteral("links"), links);
        test::writeBytes(broken, QJsonDocument(bad).toJson());
        QVERIFY(!createFromJson(none, broken, &error));
        QVERIFY2(error.contains(QStringLiteral("links[0]")), qPrintable(error));
        QVERIFY(!QFile::exists(none));
        QVERIFY(!QFile::exists(none + QStringLiteral(".importing")));
    }

    void pseudonyms()
    {
        Document *doc = open(m_sample);
        QStringList persons;
        for (const Actor &a : doc->actors())
            if (a.isPerson)
                persons << a.name;
        QCOMPARE(persons.size(), 12);
        // Put a person's name in free text of several tables.
        const QString who = persons.first();
        const Link l = doc->links().first();
        QVERIFY(doc->updateRow(QStringLiteral("link"), l.id,
                               {{QStringLiteral("description"), QStringLiteral("Vu avec ") + who}},
                               QStringLiteral("edit")));
        // And in custom values: a field marked personal (a person's value is blanked, an
        // organisation's kept) and an ordinary one (the name inside is replaced).
        CustomField note;
        note.name = QStringLiteral("Situation");
        note.personal = true;
        const auto personal = doc->addCustomField(note);
        note.name = QStringLiteral("Contact");
        note.personal = false;
        const auto contact = doc->addCustomField(note);
        QVERIFY(personal && contact);
        qint64 person = 0;
        for (const Actor &a : doc->actors())
            if (a.name == who)
                person = a.id;
        const qint64 mairie = [&] {
            for (const Actor &a : doc->actors())
                if (a.name == QLatin1String("Mairie de Mirecourt"))
                    return a.id;
            return qint64(0);
        }();
        QVERIFY(person && mairie);
        QVERIFY(doc->setFieldValue(*personal, person, QStringLiteral("Bénéficiaire RSA")));
        QVERIFY(doc->setFieldValue(*personal, mairie, QStringLiteral("Collectivité")));
        QVERIFY(doc->setFieldValue(*contact, mairie, QStringLiteral("Voir ") + who));
        const Pseudonymizer p = Pseudonymizer::fromStore(doc->store());
        QCOMPARE(p.size(), 12);
        QVERIFY(p.text(QStringLiteral("Vu avec ") + who.toUpper()).startsWith(QStringLiteral("Vu avec Elected official ")));
        QCOMPARE(p.text(QStringLiteral("Mairie de Mirecourt")), QStringLiteral("Mairie de Mirecourt"));
        QHash<QString, QByteArray> outputs;
        outputs.insert(QStringLiteral("csv"), actorsCsv(doc->store(), {true}) +
                                                  linksCsv(doc->store(), {true}));
        outputs.insert(QStringLiteral("graphml"), graphml(doc->store(), {true}));
        outputs.insert(QStringLiteral("gexf"), gexf(doc->store(), ExportFormat::Gexf13, {true}));
        outputs.insert(QStringLiteral("json"), territoryJson(doc->store(), {true}));
        outputs.insert(QStringLiteral("kumu"), kumuJson(doc->store(), {true}));
        outputs.insert(QStringLiteral("kumu-csv"), kumuElementsCsv(doc->store(), {true}) +
                                                       kumuConnectionsCsv(doc->store(), {true}));
        const QByteArray plain = territoryJson(doc->store(), {});
        doc->close();
        for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
            const QString text = QString::fromUtf8(it.value());
            for (const QString &name : persons) {
                QVERIFY2(!text.contains(name, Qt::CaseInsensitive),
                         qPrintable(it.key() + QLatin1String(": ") + name));
                // Not even the family name alone.
                const QString family = name.section(QLatin1Char(' '), -1);
                QVERIFY2(!text.contains(family, Qt::CaseInsensitive),
                         qPrintable(it.key() + QLatin1String(": ") + family));
            }
            QVERIFY2(text.contains(QStringLiteral("Resident 1")), qPrintable(it.key()));
            QVERIFY2(text.contains(QStringLiteral("Elected official 4")), qPrintable(it.key()));
            QVERIFY(text.contains(QStringLiteral("Mairie de Mirecourt")));
            QVERIFY2(!text.contains(QStringLiteral("Bénéficiaire RSA")), qPrintable(it.key()));
            QVERIFY2(text.contains(QStringLiteral("Collectivité")), qPrintable(it.key()));
            QVERIFY2(text.contains(QStringLiteral("Voir Elected official ")), qPrintable(it.key()));
        }
        QVERIFY(QString::fromUtf8(plain).contains(QStringLiteral("Bénéficiaire RSA")));
        QVERIFY(QString::fromUtf8(plain).contains(persons.first()));
        // Stable: the same file gives the same pseudonyms.
        Document *again = open(m_sample);
        QCOMPARE(territoryJson(again->store(), {true}), outputs.value(QStringLiteral("json")));
        again->close();
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"

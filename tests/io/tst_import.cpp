#include "core/diagnostics/diagnostics.h"
#include "core/document/document.h"
#include "core/io/export.h"
#include "core/io/import.h"
#include "testsupport.h"

#include <QPointF>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QColor>
#include <QRandomGenerator>
#include <QThread>

#include <cmath>

using namespace maillage;
using namespace maillage::io;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(MAILLAGE_IO_DATA "/") + name;
}

std::optional<Actor> byName(Document &doc, const QString &name)
{
    for (const Actor &a : doc.actors())
        if (a.name == name)
            return a;
    return std::nullopt;
}

QString categoryName(Document &doc, qint64 id)
{
    for (const Category &c : doc.categories())
        if (c.id == id)
            return c.name;
    return QString();
}

QString typeName(Document &doc, qint64 id)
{
    for (const LinkType &t : doc.linkTypes())
        if (t.id == id)
            return t.name;
    return QString();
}

QStringList tagNames(Document &doc, qint64 actor)
{
    QStringList out;
    const QList<Tag> tags = doc.tags();
    for (qint64 id : doc.tagsOfActor(actor))
        for (const Tag &t : tags)
            if (t.id == id)
                out << t.name;
    out.sort();
    return out;
}

/// The stored value of the custom field `name` of actor (link) `owner`; "<no field>" when the
/// territory has no such field.
QString fieldValue(Document &doc, const QString &subject, qint64 owner, const QString &name)
{
    for (const CustomField &f : doc.customFields(subject))
        if (f.name == name)
            return doc.fieldValues(subject, owner).value(f.id);
    return QStringLiteral("<no field>");
}

std::optional<FieldType> fieldType(Document &doc, const QString &subject, const QString &name)
{
    for (const CustomField &f : doc.customFields(subject))
        if (f.name == name)
            return f.type;
    return std::nullopt;
}

/// "name:type=value" of every custom value of actor (link) `owner`, sorted.
QString fieldsOf(Document &doc, const QString &subject, qint64 owner)
{
    const QHash<qint64, QString> values = doc.fieldValues(subject, owner);
    QStringList out;
    for (const CustomField &f : doc.customFields(subject))
        if (values.contains(f.id))
            out << QStringLiteral("%1:%2=%3").arg(f.name, fields::typeCode(f.type), values.value(f.id));
    out.sort();
    return out.join(QLatin1Char(';'));
}

/// "Source>Target:Type:strength" for every link, sorted.
QStringList linkList(Document &doc)
{
    QHash<qint64, QString> names;
    for (const Actor &a : doc.actors())
        names.insert(a.id, a.name);
    QStringList out;
    for (const Link &l : doc.links())
        out << QStringLiteral("%1>%2:%3:%4")
                   .arg(names.value(l.sourceId), names.value(l.targetId),
                        typeName(doc, l.typeId))
                   .arg(l.strength);
    out.sort();
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    int m_files = 0;

    Document *fresh(const QString &name)
    {
        auto *doc = new Document(this);
        // A new name each time: the documents of earlier rows stay open until the end.
        const QString path =
            test::tempPath(name + QString::number(++m_files) + QStringLiteral(".maillage"));
        QFile::remove(path);
        QString error;
        if (!doc->create(path, name, &error))
            qFatal("%s", qPrintable(error));
        return doc;
    }

    bool run(Document &doc, const QStringList &files, ImportReport *report = nullptr,
             DuplicatePolicy policy = DuplicatePolicy::Merge, int bulk = 20000,
             ImportFormat format = ImportFormat::Auto)
    {
        ImportOptions o;
        o.onDuplicate = policy;
        o.bulkThreshold = bulk;
        o.format = format;
        QStringList paths;
        for (const QString &f : files)
            paths << data(f);
        QString error;
        const bool ok = importFiles(doc, paths, o, report, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void kumu()
    {
        Document &doc = *fresh(QStringLiteral("kumu"));
        ImportReport r;
        QVERIFY(run(doc, {QStringLiteral("kumu-elements.csv"),
                          QStringLiteral("kumu-connections.csv")}, &r));
        QCOMPARE(r.formats, (QStringList{QStringLiteral("Kumu elements"),
                                         QStringLiteral("Kumu connections")}));
        QCOMPARE(r.actorsCreated, 5);  // 4 elements + one named only in a connection
        QCOMPARE(r.linksCreated, 4);   // "Café | Bouée" is two connections
        QCOMPARE(r.tagsCreated, 4);
        QCOMPARE(r.categoriesCreated, 0);
        QCOMPARE(doc.actors().size(), 5);
        const auto mairie = byName(doc, QStringLiteral("Mairie de Mirecourt"));
        QVERIFY(mairie);
        QCOMPARE(categoryName(doc, mairie->categoryId), QStringLiteral("Institution"));
        QCOMPARE(mairie->description, QStringLiteral("Hôtel de ville, place Thierry"));
        QCOMPARE(mairie->website, QStringLiteral("https://mirecourt.fr"));
        QCOMPARE(tagNames(doc, mairie->id),
                 (QStringList{QStringLiteral("culture"), QStringLiteral("santé")}));
        const auto cafe = byName(doc, QStringLiteral("Café L'UtopiC"));
        QVERIFY(cafe);
        // An unknown column is a custom field, typed from its values.
        QCOMPARE(cafe->description, QStringLiteral("Café associatif"));
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), cafe->id, QStringLiteral("Budget")),
                 QStringLiteral("12000"));
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), mairie->id, QStringLiteral("Budget")),
                 QString());
        QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("Budget")),
                 FieldType::Integer);
        QCOMPARE(r.actorFieldsCreated, QStringList{QStringLiteral("Budget (whole number)")});
        QVERIFY(r.summary().contains(QStringLiteral("New fields of actors: Budget (whole number)")));
        const auto marie = byName(doc, QStringLiteral("Marie Dupont"));
        QVERIFY(marie && marie->isPerson);  // the citizen category holds persons
        QVERIFY(byName(doc, QStringLiteral("Institut de Beau Joly")));
        QCOMPARE(linkList(doc),
                 (QStringList{QStringLiteral("La Bouée>Institut de Beau Joly:Partnership:2"),
                              QStringLiteral("Mairie de Mirecourt>Café L'UtopiC:Funding:4"),
                              QStringLiteral("Mairie de Mirecourt>La Bouée:Funding:4"),
                              QStringLiteral("Marie Dupont>La Bouée:Membership:3")}));
        QVERIFY(!r.warnings.isEmpty());  // one actor came from a connection only
    }

    void secondImport_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("actors");
        QTest::addColumn<int>("links");
        QTest::newRow("merge") << int(DuplicatePolicy::Merge) << 5 << 4;
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 5 << 4;
        // Keep makes new elements; names only in connections still refer to existing actors.
        QTest::newRow("keep") << int(DuplicatePolicy::Keep) << 9 << 8;
    }
    void secondImport()
    {
        QFETCH(int, policy);
        QFETCH(int, actors);
        QFETCH(int, links);
        Document &doc = *fresh(QStringLiteral("twice"));
        const QStringList files{QStringLiteral("kumu-elements.csv"),
                                QStringLiteral("kumu-connections.csv")};
        QVERIFY(run(doc, files));
        // Someone edits an actor in between; merge brings the file's value back, skip keeps it.
        const auto mairie = byName(doc, QStringLiteral("Mairie de Mirecourt"));
        QVERIFY(doc.updateActor(mairie->id, {{QStringLiteral("description"),
                                              QStringLiteral("edited")}}));
        ImportReport r;
        QVERIFY(run(doc, files, &r, DuplicatePolicy(policy)));
        QCOMPARE(doc.actors().size(), actors);
        QCOMPARE(doc.links().size(), links);
        QCOMPARE(doc.tags().size(), 4);
        const QString description = doc.actor(mairie->id)->description;
        if (DuplicatePolicy(policy) == DuplicatePolicy::Merge) {
            QCOMPARE(r.actorsMerged, 4);  // the 5th is only named by a connection
            QCOMPARE(description, QStringLiteral("Hôtel de ville, place Thierry"));
        } else if (DuplicatePolicy(policy) == DuplicatePolicy::Skip) {
            QCOMPARE(r.actorsSkipped, 4);
            QCOMPARE(description, QStringLiteral("edited"));
        }
        // Accents and case do not make a new actor.
        Document &other = *fresh(QStringLiteral("accents"));
        QVERIFY(other.addActor(Actor{.name = QStringLiteral("MAIRIE DE MIRECOURT")}));
        QVERIFY(run(other, {QStringLiteral("kumu-elements.csv")}, &r, DuplicatePolicy::Skip));
        QCOMPARE(other.actors().size(), 4);
    }

    void oneUndoStep_data()
    {
        QTest::addColumn<int>("bulk");
        QTest::newRow("generic path") << 20000;
        QTest::newRow("bulk path") << 1;
    }
    void oneUndoStep()
    {
        QFETCH(int, bulk);
        Document &doc = *fresh(QStringLiteral("undo"));
        const int steps = doc.undoStack()->count();
        QVERIFY(run(doc, {QStringLiteral("kumu-elements.csv"),
                          QStringLiteral("kumu-connections.csv")}, nullptr,
                    DuplicatePolicy::Merge, bulk));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        const QStringList links = linkList(doc);
        QCOMPARE(doc.store().count(QStringLiteral("actor_tag")), 5);
        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 0);
        QCOMPARE(doc.links().size(), 0);
        QCOMPARE(doc.tags().size(), 0);
        QCOMPARE(doc.store().count(QStringLiteral("actor_tag")), 0);
        doc.undoStack()->redo();
        QCOMPARE(doc.actors().size(), 5);
        QCOMPARE(linkList(doc), links);
        QCOMPARE(doc.store().count(QStringLiteral("actor_tag")), 5);
        // A merge into existing actors is undone too.
        QVERIFY(run(doc, {QStringLiteral("excel-fr-cp1252.csv")}, nullptr,
                    DuplicatePolicy::Merge, bulk));
        const qint64 mairie = byName(doc, QStringLiteral("Mairie de Mirecourt"))->id;
        QCOMPARE(byName(doc, QStringLiteral("Mairie de Mirecourt"))->description,
                 QStringLiteral("Hôtel de ville — accueil"));
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), mairie, QStringLiteral("Commune d’origine")),
                 QStringLiteral("Mirecourt"));
        QCOMPARE(doc.customFields(QStringLiteral("actor")).size(), 2);  // Budget, Commune d’origine
        doc.undoStack()->undo();
        QCOMPARE(byName(doc, QStringLiteral("Mairie de Mirecourt"))->description,
                 QStringLiteral("Hôtel de ville, place Thierry"));
        // The field the import made and its values are undone with it.
        QCOMPARE(doc.customFields(QStringLiteral("actor")).size(), 1);
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), 1);  // the café's budget
        QCOMPARE(doc.actors().size(), 5);
    }

    /// Every row of the tables an import writes, timestamps left out, as text.
    static QStringList dump(Document &doc)
    {
        QStringList out;
        for (const QString &table : {QStringLiteral("actor"), QStringLiteral("link"),
                                     QStringLiteral("category"), QStringLiteral("link_type"),
                                     QStringLiteral("tag"), QStringLiteral("actor_tag"),
                                     QStringLiteral("field"), QStringLiteral("actor_field_value"),
                                     QStringLiteral("link_field_value")}) {
            for (Row row : doc.store().rows(table)) {
                row.remove(QStringLiteral("created_at"));
                row.remove(QStringLiteral("updated_at"));
                QStringList cells;
                for (auto it = row.cbegin(); it != row.cend(); ++it)
                    cells << it.key() + QLatin1Char('=') +
                                 (it.value().isNull() ? QStringLiteral("NULL")
                                                      : it.value().toString());
                out << table + QLatin1Char(' ') + cells.join(QLatin1Char('|'));
            }
        }
        return out;
    }

    /// The bulk path (typed rows, ids chosen in advance, keys checked row by row) writes
    /// exactly what the generic path writes, for every format, into an empty territory and
    /// then merged into the filled one; and undo restores it exactly.
    void bulkWritesWhatGenericWrites_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<int>("policy");
        const QStringList kumu{QStringLiteral("kumu-elements.csv"),
                               QStringLiteral("kumu-connections.csv")};
        const QStringList gephi{QStringLiteral("gephi-nodes.csv"),
                                QStringLiteral("gephi-edges.csv")};
        QTest::newRow("kumu then excel, merge")
            << kumu << QStringList{QStringLiteral("excel-fr-cp1252.csv")}
            << int(DuplicatePolicy::Merge);
        QTest::newRow("gephi then kumu, skip") << gephi << kumu << int(DuplicatePolicy::Skip);
        QTest::newRow("graphml then gexf, keep")
            << QStringList{QStringLiteral("graph.graphml")}
            << QStringList{QStringLiteral("graph-gexf13.gexf")} << int(DuplicatePolicy::Keep);
        QTest::newRow("kumu twice, merge") << kumu << kumu << int(DuplicatePolicy::Merge);
        QTest::newRow("multiline and bom")
            << QStringList{QStringLiteral("multiline.csv")}
            << QStringList{QStringLiteral("utf8-bom.csv")} << int(DuplicatePolicy::Merge);
    }
    void bulkWritesWhatGenericWrites()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(int, policy);
        Document &generic = *fresh(QStringLiteral("generic"));
        Document &bulk = *fresh(QStringLiteral("bulk"));
        connect(&bulk, &Document::failed, this,
                [](const QString &why) { QFAIL(qPrintable(why)); });
        const QStringList empty = dump(bulk);
        QVERIFY(run(generic, first, nullptr, DuplicatePolicy(policy), 1 << 30));
        QVERIFY(run(bulk, first, nullptr, DuplicatePolicy(policy), 1));
        QCOMPARE(dump(bulk), dump(generic));
        const QStringList afterFirst = dump(bulk);
        ImportReport g, b;
        const int steps = bulk.undoStack()->count();
        QVERIFY(run(generic, second, &g, DuplicatePolicy(policy), 1 << 30));
        QVERIFY(run(bulk, second, &b, DuplicatePolicy(policy), 1));
        QCOMPARE(dump(bulk), dump(generic));
        QCOMPARE(b.toJson(), g.toJson());
        QCOMPARE(bulk.store().integrityCheck(), QStringLiteral("ok"));
        const bool secondWrote = bulk.undoStack()->count() > steps;  // not when all was there
        QCOMPARE(secondWrote, generic.undoStack()->count() > steps);
        if (secondWrote) {
            bulk.undoStack()->undo();
            QCOMPARE(dump(bulk), afterFirst);
        }
        bulk.undoStack()->undo();
        QCOMPARE(dump(bulk), empty);
        bulk.undoStack()->redo();
        if (secondWrote)
            bulk.undoStack()->redo();
        QCOMPARE(dump(bulk), dump(generic));
    }


    /// The write reports its progress (rows done of the total, never backwards, ending at the
    /// total), and a cancel in the middle of it writes nothing and pushes no undo step.
    void writingProgressAndCancel_data()
    {
        QTest::addColumn<int>("bulk");
        QTest::newRow("generic path") << (1 << 30);
        QTest::newRow("bulk path") << 1;
    }
    void writingProgressAndCancel()
    {
        QFETCH(int, bulk);
        const QStringList files = test::writeImportFiles(QStringLiteral("progress"), 3000);
        Document &doc = *fresh(QStringLiteral("progress"));
        connect(&doc, &Document::failed, this, [](const QString &why) { QFAIL(qPrintable(why)); });
        QVERIFY(doc.addActor(Actor{.name = QStringLiteral("Acteur 7")}));
        const QStringList before = dump(doc);
        const int steps = doc.undoStack()->count();

        ImportOptions o;
        o.bulkThreshold = bulk;
        QList<QPair<qint64, qint64>> calls;
        // The generic path reports before and after its one transaction: only the first
        // report can cancel it. The bulk path reports while it writes rows.
        const int cancelAt = bulk == 1 ? 2 : 1;
        o.writing = [&](qint64 done, qint64 total) {
            calls << qMakePair(done, total);
            if (calls.size() == 1)
                QThread::msleep(60);  // so the next report comes while rows are written
            return calls.size() < cancelAt;
        };
        QString error;
        ImportReport report;
        QVERIFY(!importFiles(doc, files, o, &report, &error));
        QCOMPARE(error, QStringLiteral("The import was cancelled; nothing was imported."));
        QCOMPARE(calls.size(), cancelAt);
        if (bulk == 1)
            QVERIFY2(calls.at(1).first > 0 && calls.at(1).first < calls.at(1).second,
                     "cancelled in the middle of the rows");
        QCOMPARE(dump(doc), before);
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(report.actorsCreated, 0);
        QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));

        // The same import, not cancelled.
        calls.clear();
        o.writing = [&](qint64 done, qint64 total) {
            if (!calls.isEmpty() && done < calls.last().first)
                qWarning("progress went backwards");
            calls << qMakePair(done, total);
            return true;
        };
        QVERIFY2(importFiles(doc, files, o, &report, &error), qPrintable(error));
        QVERIFY(!calls.isEmpty());
        for (int i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.last().first, calls.last().second);
        QVERIFY(calls.last().second >= 3000 + 6000 - 1);
        QCOMPARE(doc.actors().size(), 3001 - 1);  // "Acteur 7" was merged
        QCOMPARE(doc.links().size(), 6000);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        doc.undoStack()->undo();
        QCOMPARE(dump(doc), before);
    }

    void gephi()
    {
        Document &doc = *fresh(QStringLiteral("gephi"));
        ImportReport r;
        QVERIFY(run(doc, {QStringLiteral("gephi-nodes.csv"), QStringLiteral("gephi-edges.csv")},
                    &r));
        QCOMPARE(r.formats, (QStringList{QStringLiteral("Gephi nodes table"),
                                         QStringLiteral("Gephi edges table")}));
        QCOMPARE(doc.actors().size(), 3);
        const auto scic = byName(doc, QStringLiteral("SCIC Utopic & Co"));
        QVERIFY(scic);
        QCOMPARE(categoryName(doc, scic->categoryId), QStringLiteral("Company"));
        QCOMPARE(scic->commune, QStringLiteral("Mirecourt"));
        QCOMPARE(scic->description, QString());
        // A French decimal comma: a number, stored in the C locale.
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), scic->id, QStringLiteral("Score")),
                 QStringLiteral("0.75"));
        QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("Score")),
                 FieldType::Number);
        const auto jean = byName(doc, QStringLiteral("Jean Martin"));
        QVERIFY(jean && jean->isPerson);
        QCOMPARE(linkList(doc),
                 (QStringList{QStringLiteral("Jean Martin>SCIC Utopic & Co:Authority:5"),
                              QStringLiteral("La vie ensemble>Jean Martin:Directed link:1"),
                              QStringLiteral("SCIC Utopic & Co>La vie ensemble:Partnership:3")}));
        QCOMPARE(r.linkTypesCreated, 1);
        bool directed = false;
        for (const LinkType &t : doc.linkTypes())
            if (t.name == QLatin1String("Directed link"))
                directed = t.directed;
        QVERIFY(directed);
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("1–5")));
    }

    void spreadsheets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("field");  ///< "name=value" of a custom field, or empty
        QTest::newRow("french excel cp1252")
            << QStringLiteral("excel-fr-cp1252.csv") << QStringLiteral("Café L’UtopiC")
            << QStringLiteral("Café « associatif » à 5 €")
            << QStringLiteral("Association") << QStringLiteral("Commune d’origine=Mirecourt");
        QTest::newRow("ligatures cp1252")
            << QStringLiteral("excel-fr-cp1252.csv") << QStringLiteral("Œuvre des Pêcheurs")
            << QString() << QStringLiteral("Association")
            << QStringLiteral("Commune d’origine=Épinal");
        QTest::newRow("utf-8 bom") << QStringLiteral("utf8-bom.csv")
                                   << QStringLiteral("Crèche Les Petits Pas") << QString()
                                   << QStringLiteral("Public service") << QString();
        QTest::newRow("multi-line quoted")
            << QStringLiteral("multiline.csv") << QStringLiteral("Institut de Beau Joly")
            << QStringLiteral("Lycée agricole\r\nFormations \"bien-vivre\"\r\net restauration")
            << QStringLiteral("Institution") << QString();
    }
    void spreadsheets()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, category);
        QFETCH(QString, field);
        Document &doc = *fresh(QStringLiteral("sheet"));
        QVERIFY(run(doc, {file}));
        const auto a = byName(doc, name);
        QVERIFY2(a, qPrintable(name));
        QCOMPARE(a->description, description);
        QCOMPARE(categoryName(doc, a->categoryId), category);
        if (!field.isEmpty())
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), a->id, field.section(QLatin1Char('='), 0, 0)),
                     field.section(QLatin1Char('='), 1));
        else
            QCOMPARE(doc.customFields().size(), 0);
    }

    void graphml()
    {
        Document &doc = *fresh(QStringLiteral("graphml"));
        ImportReport r;
        QVERIFY(run(doc, {QStringLiteral("graph.graphml")}, &r));
        QCOMPARE(doc.actors().size(), 3);
        const auto mairie = byName(doc, QStringLiteral("Mairie de Mirecourt"));
        QCOMPARE(mairie->x, 10.5);
        QCOMPARE(mairie->y, 20.0);  // the file's y axis points up, the map's down
        QCOMPARE(mairie->commune, QStringLiteral("Mirecourt"));  // <default>
        QCOMPARE(byName(doc, QStringLiteral("Radio Déodatie"))->commune,
                 QStringLiteral("Saint-Dié"));
        QCOMPARE(byName(doc, QStringLiteral("La Bouée"))->description, QString());
        // A key of no Maillage column: a field of the key's type.
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), byName(doc, QStringLiteral("La Bouée"))->id,
                            QStringLiteral("founded")),
                 QStringLiteral("1995"));
        QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("founded")),
                 FieldType::Integer);
        QCOMPARE(linkList(doc),
                 (QStringList{QStringLiteral("Mairie de Mirecourt>La Bouée:Funding:4"),
                              QStringLiteral("Radio Déodatie>La Bouée:Information:3")}));
    }

    void gexf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("1.2") << QStringLiteral("graph-gexf12.gexf");
        QTest::newRow("1.3") << QStringLiteral("graph-gexf13.gexf");
    }
    void gexf()
    {
        QFETCH(QString, file);
        Document &doc = *fresh(QStringLiteral("gexf"));
        ImportReport r;
        QVERIFY(run(doc, {file}, &r));
        QCOMPARE(r.formats, QStringList{QStringLiteral("GEXF")});
        QCOMPARE(doc.actors().size(), 2);
        const auto m = byName(doc, QStringLiteral("Mairie de Mirecourt"));
        // Gephi's y axis points up, the map's down; two linked nodes 25 apart are brought
        // to Maillage's scale.
        QVERIFY(r.positionScale > 3);
        QCOMPARE(m->x, 15.5 * r.positionScale);
        QCOMPARE(m->y, 3.25 * r.positionScale);
        const auto jp = byName(doc, QStringLiteral("Les Jardins partagés"));
        QCOMPARE(std::hypot(m->x - jp->x, m->y - jp->y), 100.0);
        QCOMPARE(m->sector, QStringLiteral("Administration"));
        const auto j = byName(doc, QStringLiteral("Les Jardins partagés"));
        QCOMPARE(j->description, QString());
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), j->id, QStringLiteral("members")),
                 QStringLiteral("40"));
        QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("members")),
                 FieldType::Integer);
        QCOMPARE(categoryName(doc, j->categoryId), QStringLiteral("Jardins"));
        QCOMPARE(r.categoriesCreated, 1);
        bool colour = false;
        for (const Category &c : doc.categories())
            colour = colour || (c.name == QLatin1String("Jardins") && c.color == QLatin1String("#0ac81e"));
        QVERIFY(colour);
        // An edge's label is its description, not a link type (Gephi labels edges one by one).
        QCOMPARE(linkList(doc),
                 (QStringList{QStringLiteral("Les Jardins partagés>Mairie de Mirecourt::3"),
                              QStringLiteral("Mairie de Mirecourt>Les Jardins partagés:Funding:2")}));
        QStringList descriptions;
        for (const Link &l : doc.links())
            descriptions << l.description;
        descriptions.sort();
        QCOMPARE(descriptions, (QStringList{QString(), QStringLiteral("Partnership")}));
        QCOMPARE(r.edgeLabelsKept, 1);
        QCOMPARE(r.positionsKept, 2);
        QCOMPARE(r.coloursKept, 2);
        QVERIFY2(r.summary().contains(QStringLiteral(
                     "Kept from the files: positions of 2 node(s) (the layout scaled ×3.98 to "
                     "Maillage's map), colours of 2 node(s), 1 edge label(s) (as the links' "
                     "descriptions)")),
                 qPrintable(r.summary()));
    }

    /// GraphML and GEXF: one node is one actor, whatever its label (two airports both named
    /// "International" with attributes used to crash the planner, then to collapse into one
    /// actor with a self-loop); each actor and link keeps its id in the file, and importing
    /// the same file again updates them instead of making them again.
    void graphIdentity_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bulk");
        QTest::addColumn<QStringList>("keys");
        for (const QString &f : {QStringLiteral("same-labels.graphml"),
                                QStringLiteral("same-labels.gexf")}) {
            const QStringList keys = f.endsWith(QLatin1String("graphml"))
                                         ? QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                                       QStringLiteral("a3")}
                                         : QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                                       QStringLiteral("3")};
            QTest::newRow(qPrintable(f + QStringLiteral(", generic"))) << f << (1 << 30) << keys;
            QTest::newRow(qPrintable(f + QStringLiteral(", bulk"))) << f << 1 << keys;
        }
    }
    void graphIdentity()
    {
        QFETCH(QString, file);
        QFETCH(int, bulk);
        QFETCH(QStringList, keys);
        Document &doc = *fresh(QStringLiteral("identity"));
        ImportReport r;
        QVERIFY(run(doc, {file}, &r, DuplicatePolicy::Merge, bulk));
        QCOMPARE(r.actorsCreated, 3);
        QCOMPARE(r.linksCreated, 3);  // the two parallel edges stay two links
        QStringList descriptions;
        QHash<qint64, QString> keyOf;
        for (const Row &a : doc.store().rows(QStringLiteral("actor"))) {
            QCOMPARE(a.value(QStringLiteral("import_source")).toString(), file);
            keyOf.insert(a.value(QStringLiteral("id")).toLongLong(),
                         a.value(QStringLiteral("import_key")).toString());
            const qint64 id = a.value(QStringLiteral("id")).toLongLong();
            QString values;
            for (const char *f : {"City", "passengers"})
                values += QLatin1Char('|') +
                          fieldValue(doc, QStringLiteral("actor"), id, QLatin1String(f));
            descriptions << a.value(QStringLiteral("name")).toString() + QLatin1Char('|') +
                                a.value(QStringLiteral("description")).toString() + values;
        }
        descriptions.sort();
        QCOMPARE(descriptions,
                 (QStringList{QStringLiteral("International||Lyon|120"),
                              QStringLiteral("International||Nice|80"),
                              QStringLiteral("Regional||Metz|")}));
        QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("passengers")),
                 FieldType::Integer);
        QStringList actorKeys = keyOf.values();
        actorKeys.sort();
        QCOMPARE(actorKeys, keys);
        QStringList links;
        for (const Link &l : doc.links()) {
            QVERIFY2(l.sourceId != l.targetId, "no self-loop between two same-named nodes");
            links << QStringLiteral("%1-%2 %3 %4")
                         .arg(keyOf.value(l.sourceId), keyOf.value(l.targetId))
                         .arg(l.strength)
                         .arg(l.weight);
        }
        links.sort();
        QCOMPARE(links, (QStringList{keys[0] + QLatin1Char('-') + keys[1] + QStringLiteral(" 5 12.5"),
                                     keys[1] + QLatin1Char('-') + keys[2] + QStringLiteral(" 1 0.25"),
                                     keys[1] + QLatin1Char('-') + keys[2] + QStringLiteral(" 3 3")}));
        // Same-named actors are allowed, and the diagnostics point them out.
        int flagged = 0;
        for (const diagnostics::Item &i : diagnostics::diagnose(doc.store()))
            flagged += i.kind == diagnostics::Kind::PossibleDuplicate ? 1 : 0;
        QCOMPARE(flagged, 2);

        // Someone edits an actor and one of its values; the same file again updates it (the
        // value the file gives is set again, the description left as edited), makes nothing
        // new.
        const qint64 nice = keyOf.key(keys[1]);
        QVERIFY(doc.updateActor(nice, {{QStringLiteral("description"), QStringLiteral("edited")}}));
        const qint64 passengers = doc.customFields(QStringLiteral("actor")).at(1).id;
        QCOMPARE(doc.customField(passengers)->name, QStringLiteral("passengers"));
        QVERIFY(doc.setFieldValue(passengers, nice, QStringLiteral("81")));
        const qint64 values = doc.store().count(QStringLiteral("actor_field_value"));
        const QStringList before = linkList(doc);
        QVERIFY(run(doc, {file}, &r, DuplicatePolicy::Merge, bulk));
        QCOMPARE(r.actorsCreated, 0);
        QCOMPARE(r.linksCreated, 0);
        QCOMPARE(r.actorsUpdated, 3);
        QCOMPARE(r.linksUpdated, 3);
        QVERIFY2(r.summary().contains(QStringLiteral("3 actor(s) updated")), qPrintable(r.summary()));
        QCOMPARE(doc.actors().size(), 3);
        QCOMPARE(doc.links().size(), 3);
        QCOMPARE(linkList(doc), before);
        QCOMPARE(doc.actor(nice)->description, QStringLiteral("edited"));
        QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), nice),
                 QStringLiteral("City:text=Nice;passengers:integer=80"));
        QCOMPARE(doc.customFields().size(), 2);  // the fields of the first import, reused
        QCOMPARE(doc.store().count(QStringLiteral("actor_field_value")), values);
        QVERIFY(r.actorFieldsCreated.isEmpty());
        QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));
    }

    /// A graph file's node matches an actor of the territory with its name (once: a second
    /// node of the same name is a second actor), which then takes the node's id.
    void graphMatchesByNameOnce()
    {
        Document &doc = *fresh(QStringLiteral("byname"));
        QVERIFY(doc.addActor(Actor{.name = QStringLiteral("INTERNATIONAL")}));
        QVERIFY(doc.addActor(Actor{.name = QStringLiteral("Regional")}));
        ImportReport r;
        QVERIFY(run(doc, {QStringLiteral("same-labels.graphml")}, &r));
        QCOMPARE(r.actorsMerged, 2);
        QCOMPARE(r.actorsCreated, 1);
        QCOMPARE(doc.actors().size(), 3);
        QVERIFY(run(doc, {QStringLiteral("same-labels.graphml")}, &r));
        QCOMPARE(r.actorsUpdated, 3);
        QCOMPARE(r.actorsCreated, 0);
        QCOMPARE(doc.actors().size(), 3);
    }

    /// Categories an import creates each get a colour of their own (they were all grey).
    void createdCategoriesGetDistinctColours()
    {
        const QString nodes = test::tempPath(QStringLiteral("colours.csv"));
        test::writeBytes(nodes, "Name,Category\nA,Jardins\nB,Écoles\nC,Clubs\nD,Jardins\n");
        for (const int bulk : {1 << 30, 1}) {
            Document &doc = *fresh(QStringLiteral("colours"));
            QStringList before;
            for (const Category &c : doc.categories())
                before << c.color.toLower();
            ImportOptions o;
            o.bulkThreshold = bulk;
            QString error;
            ImportReport r;
            QVERIFY2(importFiles(doc, {nodes}, o, &r, &error), qPrintable(error));
            QCOMPARE(r.categoriesCreated, 3);
            QSet<QString> colours;
            for (const Category &c : doc.categories()) {
                if (c.name != QLatin1String("Jardins") && c.name != QString::fromUtf8("Écoles") &&
                    c.name != QLatin1String("Clubs"))
                    continue;
                QVERIFY2(QColor(c.color).isValid(), qPrintable(c.name));
                QVERIFY2(QColor(c.color).hsvSaturation() > 60, qPrintable(c.name + QLatin1Char(' ') + c.color));
                QVERIFY2(!before.contains(c.color.toLower()), qPrintable(c.color));
                colours.insert(c.color.toLower());
            }
            QCOMPARE(colours.size(), 3);
        }
    }

    /// In a spreadsheet the name is the actor: rows of the same name (with different ids
    /// and values, which used to crash the planner) make one actor that links reach by
    /// either id.
    void spreadsheetSameNames()
    {
        const QString nodes = test::tempPath(QStringLiteral("same-names-nodes.csv"));
        const QString edges = test::tempPath(QStringLiteral("same-names-edges.csv"));
        test::writeBytes(nodes, "Id,Label,Score,City\n1,International,5,Lyon\n2,International,7,"
                                "Nice\n3,Regional,1,Metz\n");
        test::writeBytes(edges, "Source,Target,Weight\n2,3,2.5\n1,3,4\n");
        for (const int bulk : {1 << 30, 1}) {
            Document &doc = *fresh(QStringLiteral("samenames"));
            ImportOptions o;
            o.bulkThreshold = bulk;
            QString error;
            ImportReport r;
            QVERIFY2(importFiles(doc, {nodes, edges}, o, &r, &error), qPrintable(error));
            QCOMPARE(doc.actors().size(), 2);
            // Their values add up as the actor's columns do: the later row's win.
            const qint64 international = byName(doc, QStringLiteral("International"))->id;
            QCOMPARE(byName(doc, QStringLiteral("International"))->description, QString());
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), international, QStringLiteral("Score")),
                     QStringLiteral("7"));
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), international, QStringLiteral("City")),
                     QStringLiteral("Nice"));
            // Both rows link the same two actors (new ones: links between actors made by the
            // import are not merged).
            QCOMPARE(doc.links().size(), 2);
        }
    }

    /// Rows holding nothing but separators (Gephi's test_utf8_chars_with_bom.csv ends with
    /// ",,") are skipped with a note; a short row with content is still refused.
    void separatorOnlyRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bulk");
        QTest::addColumn<int>("policy");
        for (const char *f : {"trailing-separators.csv",
                              // found by fuzz_import: a space before the byte-order mark
                              "separator-rows-after-bom.csv"})
            for (int policy : {int(DuplicatePolicy::Merge), int(DuplicatePolicy::Keep)}) {
                QTest::addRow("%s generic %d", f, policy) << QString::fromLatin1(f) << (1 << 30) << policy;
                QTest::addRow("%s bulk %d", f, policy) << QString::fromLatin1(f) << 1 << policy;
            }
    }
    void separatorOnlyRows()
    {
        QFETCH(QString, file);
        QFETCH(int, bulk);
        QFETCH(int, policy);
        Document &doc = *fresh(QStringLiteral("separators"));
        ImportReport r;
        QVERIFY(run(doc, {file}, &r, DuplicatePolicy(policy), bulk));
        QCOMPARE(doc.actors().size(), 2);
        QVERIFY2(r.summary().contains(QStringLiteral(
                     ": 2 row(s) holding nothing but separators were skipped.")),
                 qPrintable(r.summary()));
        // Undone whole, whichever path wrote it.
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();
        QCOMPARE(doc.actors().size(), 0);
        QCOMPARE(doc.links().size(), 0);
    }

    /// Random GraphML and GEXF files (seeded: same labels, attributes of every type,
    /// parallel edges, self-loops) imported: one actor per node, one link per edge, with
    /// their values; then exported and imported again into a new territory, the same.
    void generatedGraphs_data()
    {
        QTest::addColumn<bool>("gexf");
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 8; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("graphml %1").arg(seed))) << false << seed;
            QTest::newRow(qPrintable(QStringLiteral("gexf %1").arg(seed))) << true << seed;
        }
    }
    void generatedGraphs()
    {
        QFETCH(bool, gexf);
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        static const char *const labels[] = {"International", "Regional", "Mairie", "École",
                                             "Crèche « Les Pas »", "A & B <co>"};
        struct Node
        {
            QString id, label, city;
            int influence;
            bool person;
            double score;
            qint64 big;
        };
        struct Edge
        {
            QString id, source, target;
            double weight;
        };
        QList<Node> nodes;
        const int n = 3 + int(rng.bounded(25));
        for (int i = 0; i < n; ++i)
            nodes << Node{QStringLiteral("n%1").arg(i * 7 + seed),
                          QString::fromUtf8(labels[rng.bounded(int(std::size(labels)))]),
                          QStringLiteral("Ville %1").arg(rng.bounded(4)), int(rng.bounded(6)),
                          rng.bounded(2) == 1, int(rng.bounded(10000)) / 100.0 + 0.01,
                          qint64(rng.bounded(1000000)) * 100003};
        QList<Edge> edges;
        const int m = int(rng.bounded(3 * n));
        for (int i = 0; i < m; ++i) {
            const int a = int(rng.bounded(n));
            // A self-loop now and then; parallel edges come by chance and on purpose.
            const int b = rng.bounded(8) == 0 ? a : int(rng.bounded(n));
            edges << Edge{QStringLiteral("e%1").arg(i), nodes[a].id, nodes[b].id,
                          int(rng.bounded(100000)) / 1000.0 + 0.0005};
            if (rng.bounded(6) == 0)
                edges << Edge{QStringLiteral("p%1").arg(i), nodes[a].id, nodes[b].id, 2.5};
        }
        auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (gexf) {
            xml += QStringLiteral(
                "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph "
                "defaultedgetype=\"undirected\"><attributes class=\"node\">"
                "<attribute id=\"0\" title=\"City\" type=\"string\"/>"
                "<attribute id=\"1\" title=\"influence\" type=\"integer\"/>"
                "<attribute id=\"2\" title=\"is_person\" type=\"boolean\"/>"
                "<attribute id=\"3\" title=\"score\" type=\"double\"/>"
                "<attribute id=\"4\" title=\"big\" type=\"long\"/></attributes><nodes>\n");
            for (const Node &v : nodes)
                xml += QStringLiteral("<node id=\"%1\" label=\"%2\"><attvalues>"
                                      "<attvalue for=\"0\" value=\"%3\"/><attvalue for=\"1\" "
                                      "value=\"%4\"/><attvalue for=\"2\" value=\"%5\"/>"
                                      "<attvalue for=\"3\" value=\"%6\"/><attvalue for=\"4\" "
                                      "value=\"%7\"/></attvalues></node>\n")
                           .arg(esc(v.id), esc(v.label), v.city)
                           .arg(v.influence)
                           .arg(v.person ? QStringLiteral("true") : QStringLiteral("false"))
                           .arg(v.score)
                           .arg(v.big);
            xml += QStringLiteral("</nodes><edges>\n");
            for (const Edge &e : edges)
                xml += QStringLiteral("<edge id=\"%1\" source=\"%2\" target=\"%3\" "
                                      "weight=\"%4\"/>\n")
                           .arg(e.id, e.source, e.target)
                           .arg(e.weight, 0, 'g', 17);
            xml += QStringLiteral("</edges></graph></gexf>\n");
        } else {
            xml += QStringLiteral(
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
                "<key id=\"c\" for=\"node\" attr.name=\"City\" attr.type=\"string\"/>"
                "<key id=\"i\" for=\"node\" attr.name=\"influence\" attr.type=\"int\"/>"
                "<key id=\"p\" for=\"node\" attr.name=\"is_person\" attr.type=\"boolean\"/>"
                "<key id=\"s\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>"
                "<key id=\"b\" for=\"node\" attr.name=\"big\" attr.type=\"long\"/>"
                "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
                "<graph edgedefault=\"undirected\">\n");
            for (const Node &v : nodes)
                xml += QStringLiteral("<node id=\"%1\"><data key=\"l\">%2</data><data "
                                      "key=\"c\">%3</data><data key=\"i\">%4</data><data "
                                      "key=\"p\">%5</data><data key=\"s\">%6</data><data "
                                      "key=\"b\">%7</data></node>\n")
                           .arg(esc(v.id), esc(v.label), v.city)
                           .arg(v.influence)
                           .arg(v.person ? QStringLiteral("true") : QStringLiteral("false"))
                           .arg(v.score)
                           .arg(v.big);
            for (const Edge &e : edges)
                xml += QStringLiteral("<edge id=\"%1\" source=\"%2\" target=\"%3\"><data "
                                      "key=\"w\">%4</data></edge>\n")
                           .arg(e.id, e.source, e.target)
                           .arg(e.weight, 0, 'g', 17);
            xml += QStringLiteral("</graph></graphml>\n");
        }
        const QString file = test::tempPath(QStringLiteral("generated-%1.%2")
                                                .arg(seed)
                                                .arg(gexf ? QStringLiteral("gexf")
                                                          : QStringLiteral("graphml")));
        test::writeBytes(file, xml.toUtf8());
        Document &doc = *fresh(QStringLiteral("generated"));
        ImportOptions o;
        o.bulkThreshold = seed % 2 ? 1 : (1 << 30);
        QString error;
        ImportReport r;
        QVERIFY2(importFiles(doc, {file}, o, &r, &error), qPrintable(error));
        QCOMPARE(doc.actors().size(), nodes.size());
        QCOMPARE(doc.links().size(), edges.size());
        // Every node and edge by its id in the file.
        QHash<QString, Row> actorByKey, linkByKey;
        QHash<qint64, QString> keyOf;
        for (const Row &a : doc.store().rows(QStringLiteral("actor"))) {
            actorByKey.insert(a.value(QStringLiteral("import_key")).toString(), a);
            keyOf.insert(a.value(QStringLiteral("id")).toLongLong(),
                         a.value(QStringLiteral("import_key")).toString());
        }
        for (const Row &l : doc.store().rows(QStringLiteral("link")))
            linkByKey.insert(l.value(QStringLiteral("import_key")).toString(), l);
        for (const Node &v : nodes) {
            const Row a = actorByKey.value(v.id);
            QCOMPARE(a.value(QStringLiteral("name")).toString(), v.label);
            QCOMPARE(a.value(QStringLiteral("influence")).toInt(), v.influence);
            QCOMPARE(a.value(QStringLiteral("is_person")).toInt(), v.person ? 1 : 0);
            // Attributes of no Maillage column: fields of their declared types.
            QCOMPARE(a.value(QStringLiteral("description")).toString(), QString());
            const qint64 id = a.value(QStringLiteral("id")).toLongLong();
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), id, QStringLiteral("City")), v.city);
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), id, QStringLiteral("score")).toDouble(),
                     QString::number(v.score).toDouble());
            QCOMPARE(fieldValue(doc, QStringLiteral("actor"), id, QStringLiteral("big")),
                     QString::number(v.big));
        }
        for (const Edge &e : edges) {
            const Row l = linkByKey.value(e.id);
            QCOMPARE(keyOf.value(l.value(QStringLiteral("source_id")).toLongLong()), e.source);
            QCOMPARE(keyOf.value(l.value(QStringLiteral("target_id")).toLongLong()), e.target);
            QCOMPARE(l.value(QStringLiteral("weight")).toDouble(), e.weight);
            QCOMPARE(l.value(QStringLiteral("strength")).toInt(),
                     std::clamp(int(std::lround(e.weight)), 1, 5));
        }
        // Exported and imported again into a new territory: the same actors and links.
        auto signature = [](Document &d) {
            QHash<qint64, QString> names;
            QStringList out;
            for (const Actor &a : d.actors()) {
                names.insert(a.id, a.name);
                out << QStringLiteral("actor %1|%2|%3|%4|%5")
                           .arg(a.name)
                           .arg(a.influence)
                           .arg(a.isPerson)
                           .arg(a.description, fieldsOf(d, QStringLiteral("actor"), a.id));
            }
            for (const Link &l : d.links())
                out << QStringLiteral("link %1|%2|%3|%4")
                           .arg(names.value(l.sourceId), names.value(l.targetId))
                           .arg(l.strength)
                           .arg(l.hasWeight() ? l.weight : double(l.strength), 0, 'g', 17);
            out.sort();
            return out;
        };
        const QString exported = test::tempPath(QStringLiteral("generated-out-%1.%2")
                                                    .arg(seed)
                                                    .arg(gexf ? QStringLiteral("gexf")
                                                              : QStringLiteral("graphml")));
        QVERIFY2(exportTerritory(doc.store(), exported,
                                 gexf ? ExportFormat::Gexf13 : ExportFormat::GraphML, {}, &error),
                 qPrintable(error));
        Document &again = *fresh(QStringLiteral("generated-again"));
        QVERIFY2(importFiles(again, {exported}, o, &r, &error), qPrintable(error));
        QCOMPARE(again.actors().size(), nodes.size());
        QCOMPARE(again.links().size(), edges.size());
        QCOMPARE(signature(again), signature(doc));
    }

    /// The type of a spreadsheet column kept as a custom field is inferred from its values.
    void typeInference_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("stored");
        using L = QStringList;
        QTest::addRow("integers") << L{"12", "-3", "", "1 200"} << int(FieldType::Integer)
                                  << L{"12", "-3", "", "1200"};
        QTest::addRow("zeros and ones are numbers")
            << L{"0", "1", "1"} << int(FieldType::Integer) << L{"0", "1", "1"};
        QTest::addRow("codes with leading zeros are text")
            << L{"01100", "88500"} << int(FieldType::Text) << L{"01100", "88500"};
        QTest::addRow("french decimals") << L{"0,75", "12", "1 234,5"} << int(FieldType::Number)
                                         << L{"0.75", "12", "1234.5"};
        QTest::addRow("english decimals") << L{"0.75", "1e3"} << int(FieldType::Number)
                                          << L{"0.75", "1000"};
        QTest::addRow("dates") << L{"2026-12-05", "05/12/2026", "2024-02-29T10:00:00Z"}
                               << int(FieldType::Date)
                               << L{"2026-12-05", "2026-12-05", "2024-02-29"};
        QTest::addRow("not a date") << L{"2026-12-05", "31/02/2026"} << int(FieldType::Text)
                                    << L{"2026-12-05", "31/02/2026"};
        QTest::addRow("yes/no") << L{"oui", "Non", "true", "FALSE"} << int(FieldType::YesNo)
                                << L{"1", "0", "1", "0"};
        QTest::addRow("urls") << L{"https://mirecourt.fr", "www.vosges.fr"} << int(FieldType::Url)
                              << L{"https://mirecourt.fr", "www.vosges.fr"};
        QTest::addRow("text") << L{"12", "douze"} << int(FieldType::Text) << L{"12", "douze"};
    }
    void typeInference()
    {
        QFETCH(QStringList, values);
        QFETCH(int, type);
        QFETCH(QStringList, stored);
        QCOMPARE(int(fields::inferType(values)), type);
        // Imported from a spreadsheet (both write paths): the field has that type, the values
        // are stored canonical.
        QByteArray csv = "Label;Valeur\n";
        for (int i = 0; i < values.size(); ++i)
            csv += QStringLiteral("A%1;%2\n").arg(i).arg(values.at(i)).toUtf8();
        const QString file = test::tempPath(QStringLiteral("inference.csv"));
        test::writeBytes(file, csv);
        for (const int bulk : {1 << 30, 1}) {
            Document &doc = *fresh(QStringLiteral("inference"));
            ImportOptions o;
            o.bulkThreshold = bulk;
            o.format = ImportFormat::Kumu;
            QString error;
            ImportReport r;
            QVERIFY2(importFiles(doc, {file}, o, &r, &error), qPrintable(error));
            QCOMPARE(fieldType(doc, QStringLiteral("actor"), QStringLiteral("Valeur")),
                     FieldType(type));
            for (int i = 0; i < values.size(); ++i)
                QCOMPARE(fieldValue(doc, QStringLiteral("actor"),
                                    byName(doc, QStringLiteral("A%1").arg(i))->id,
                                    QStringLiteral("Valeur")),
                         stored.at(i));
            QCOMPARE(r.actorFieldsCreated.size(), 1);
        }
    }

    /// GEXF attribute types and GraphML key types become the fields' types; a value that is
    /// not of its existing field's type is kept in the description, said in the report.
    void declaredTypes_data()
    {
        QTest::addColumn<QString>("declared");  // a GEXF type
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");  // "type=stored value"
        QTest::addRow("integer") << "integer" << "42" << "integer=42";
        QTest::addRow("long") << "long" << "83067091938" << "integer=83067091938";
        QTest::addRow("double") << "double" << "0.5" << "number=0.5";
        QTest::addRow("float") << "float" << "1.25" << "number=1.25";
        QTest::addRow("boolean") << "boolean" << "true" << "yesno=1";
        QTest::addRow("string") << "string" << "12" << "text=12";
        QTest::addRow("date") << "date" << "2026-12-05" << "date=2026-12-05";
        QTest::addRow("anyURI") << "anyURI" << "https://gephi.org" << "url=https://gephi.org";
        QTest::addRow("liststring") << "liststring" << "a|b" << "text=a|b";
        QTest::addRow("integer declared, text given") << "integer" << "n/a" << "text=n/a";
    }
    void declaredTypes()
    {
        QFETCH(QString, declared);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString gexf = test::tempPath(QStringLiteral("declared.gexf"));
        test::writeBytes(gexf, QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gexf version=\"1.3\"><graph>"
            "<attributes class=\"node\"><attribute id=\"0\" title=\"Attr\" type=\"%1\"/>"
            "</attributes><attributes class=\"edge\"><attribute id=\"0\" title=\"Attr\" "
            "type=\"%1\"/></attributes><nodes><node id=\"a\" label=\"A\"><attvalues><attvalue "
            "for=\"0\" value=\"%2\"/></attvalues></node><node id=\"b\" label=\"B\"/></nodes>"
            "<edges><edge id=\"e\" source=\"a\" target=\"b\"><attvalues><attvalue for=\"0\" "
            "value=\"%2\"/></attvalues></edge></edges></graph></gexf>")
            .arg(declared, value).toUtf8());
        static const QHash<QString, QString> graphmlTypes{
            {"integer", "int"}, {"long", "long"}, {"double", "double"}, {"float", "float"},
            {"boolean", "boolean"}, {"string", "string"}};
        QStringList files{gexf};
        if (graphmlTypes.contains(declared) && !expected.startsWith(QLatin1String("text=n/a"))) {
            const QString graphml = test::tempPath(QStringLiteral("declared.graphml"));
            test::writeBytes(graphml, QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml><key id=\"k\" for=\"all\" "
                "attr.name=\"Attr\" attr.type=\"%1\"/><graph edgedefault=\"directed\"><node "
                "id=\"a\"><data key=\"k\">%2</data></node><node id=\"b\"/><edge id=\"e\" "
                "source=\"a\" target=\"b\"><data key=\"k\">%2</data></edge></graph></graphml>")
                .arg(graphmlTypes.value(declared), value).toUtf8());
            files << graphml;
        }
        for (const QString &file : files) {
            Document &doc = *fresh(QStringLiteral("declared"));
            ImportReport r;
            QString error;
            QVERIFY2(importFiles(doc, {file}, ImportOptions(), &r, &error), qPrintable(error));
            const qint64 a = doc.actors().first().id;
            QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), a), QStringLiteral("Attr:") + expected);
            QCOMPARE(fieldsOf(doc, QStringLiteral("link"), doc.links().first().id),
                     QStringLiteral("Attr:") + expected);
            QCOMPARE(r.actorFieldsCreated.size(), 1);
            QCOMPARE(r.linkFieldsCreated.size(), 1);
            QVERIFY(r.summary().contains(QStringLiteral("New fields of links: Attr (")));
        }
        // Into a territory whose field "attr" is a date: a value of another type is kept in
        // the description and counted; the field is reused, not made again.
        Document &doc = *fresh(QStringLiteral("declared-existing"));
        CustomField f;
        f.name = QStringLiteral("attr");
        f.type = FieldType::Date;
        QVERIFY(doc.addCustomField(f));
        ImportReport r;
        QString error;
        for (const int bulk : {1 << 30, 1}) {
            ImportOptions o;
            o.bulkThreshold = bulk;
            o.onDuplicate = DuplicatePolicy::Keep;
            QVERIFY2(importFiles(doc, {gexf}, o, &r, &error), qPrintable(error));
            QVERIFY(r.actorFieldsCreated.isEmpty());
            const Actor a = doc.actors().last().name == QLatin1String("A") ? doc.actors().last()
                                                                           : doc.actors().at(doc.actors().size() - 2);
            if (declared == QLatin1String("date")) {
                QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), a.id), QStringLiteral("attr:date=2026-12-05"));
                QCOMPARE(r.valuesNotOfTheirType, 0);
            } else {
                QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), a.id), QString());
                QCOMPARE(a.description, QStringLiteral("Attr: ") + value);
                QCOMPARE(r.valuesNotOfTheirType, 1);
                QVERIFY(r.summary().contains(QStringLiteral("1 value(s) are not of their field's type")));
            }
        }
    }

    /// Files written by other tools (tests/data/io/real, see its README): every node and
    /// edge, attribute values, positions (mirrored and scaled as said), colours where a
    /// category can carry them, edge labels; then exported to GraphML and GEXF and imported
    /// again, the same.
    /// The user's type for a field the import makes overrides the inferred one; a type the
    /// values do not fit refuses the files, naming file, line, column and value, and nothing
    /// is written (like retyping a field whose values do not fit).
    void userFieldTypes_data()
    {
        QTest::addColumn<QString>("name");   // the field given a type ("" none)
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("result"); // "type[choices]" of Budget, or the error
        QTest::newRow("inferred") << QString() << QString() << QStringLiteral("integer[]");
        QTest::newRow("number") << QStringLiteral("Budget") << QStringLiteral("number")
                                << QStringLiteral("number[]");
        QTest::newRow("text, name in another case")
            << QStringLiteral(" budget ") << QStringLiteral("text") << QStringLiteral("text[]");
        QTest::newRow("choice") << QStringLiteral("Budget") << QStringLiteral("choice")
                                << QStringLiteral("choice[12000]");
        QTest::newRow("date: misfit")
            << QStringLiteral("Budget") << QStringLiteral("date")
            << QStringLiteral("kumu-elements.csv, line 3: column “Budget”: “12000” is not of "
                              "the type chosen for it (date)");
        QTest::newRow("yes/no: misfit")
            << QStringLiteral("Budget") << QStringLiteral("yesno")
            << QStringLiteral("kumu-elements.csv, line 3: column “Budget”: “12000” is not of "
                              "the type chosen for it (yes/no)");
    }
    void userFieldTypes()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, result);
        Document &doc = *fresh(QStringLiteral("user-types"));
        ImportOptions o;
        if (!name.isEmpty())
            o.fieldTypes.insert(name, *fields::typeFromCode(type));
        ImportReport r;
        QString error;
        const bool ok = importFiles(doc, {data(QStringLiteral("kumu-elements.csv"))}, o, &r, &error);
        if (result.contains(QLatin1String(", line "))) {
            QVERIFY(!ok);
            QVERIFY2(error.endsWith(result), qPrintable(error));
            QCOMPARE(doc.actors().size(), 0);
            QCOMPARE(doc.customFields(QStringLiteral("actor")).size(), 0);
            QVERIFY(!doc.undoStack()->canUndo());
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        const CustomField budget = [&] {
            for (const CustomField &f : doc.customFields(QStringLiteral("actor")))
                if (f.name == QLatin1String("Budget"))
                    return f;
            return CustomField();
        }();
        QCOMPARE(QStringLiteral("%1[%2]").arg(fields::typeCode(budget.type),
                                              budget.choices.join(QLatin1Char('|'))),
                 result);
        QCOMPARE(fieldValue(doc, QStringLiteral("actor"), byName(doc, QStringLiteral("Café L'UtopiC"))->id,
                            QStringLiteral("Budget")),
                 QStringLiteral("12000"));
    }

    /// detectedFields(): the type each new field would get, declared or inferred.
    void detectedFieldTypes()
    {
        ImportSources sources;
        QString error;
        QVERIFY2(readImportFiles({data(QStringLiteral("gephi-nodes.csv")),
                                  data(QStringLiteral("kumu-elements.csv")),
                                  data(QStringLiteral("graph.graphml"))},
                                 {}, &sources, &error),
                 qPrintable(error));
        QStringList got;
        for (const DetectedField &f : detectedFields(sources))
            got << QStringLiteral("%1 %2:%3").arg(f.subject, f.name, fields::typeCode(f.type));
        QVERIFY2(got.contains(QStringLiteral("actor Score:number")), qPrintable(got.join(QLatin1Char(','))));
        QVERIFY2(got.contains(QStringLiteral("actor Budget:integer")), qPrintable(got.join(QLatin1Char(','))));
        QVERIFY2(got.contains(QStringLiteral("actor founded:integer")), qPrintable(got.join(QLatin1Char(','))));
        // A user's type is checked against every value.
        ImportOptions o;
        o.fieldTypes.insert(QStringLiteral("score"), FieldType::Integer);
        QVERIFY(!checkFieldTypes(sources, o, &error));
        QVERIFY2(error.contains(QStringLiteral("gephi-nodes.csv, line 2: column “Score”: “0,75”")),
                 qPrintable(error));
        o.fieldTypes.insert(QStringLiteral("score"), FieldType::Number);
        QVERIFY(checkFieldTypes(sources, o, &error));
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("directed");     // links whose type is directed
        QTest::addColumn<int>("colours");      // nodes whose colour was kept
        QTest::addColumn<int>("sizes");        // sizes not kept
        QTest::addColumn<int>("edgeLabels");
        QTest::addColumn<QString>("actor");    // an actor to look at…
        QTest::addColumn<QString>("fields");  // …its custom values ("name:type=value;…")
        QTest::addColumn<QPointF>("position");     // …its position on the map (y down, so
                                                   // Gephi's y mirrored), before scaling
        QTest::addColumn<QString>("colour");       // …its category's colour, if kept
        QTest::addColumn<double>("maxWeight");     // …the largest weight of its links (-1: not checked)
        QTest::newRow("Gephi GEXF 1.1 (Les Misérables)")
            << QStringLiteral("real/gephi-les-miserables.gexf") << 77 << 254 << 254 << 0 << 77
            << 0 << QStringLiteral("Valjean")
            << QStringLiteral("Authority:number=0.06324787;Hub:number=0.06324787")
            << QPointF(-8.81755, 60.480377) << QString() << -1.0;
        QTest::newRow("Gephi GraphML (Les Misérables)")
            << QStringLiteral("real/gephi-miserables.graphml") << 77 << 254 << 0 << 77 << 77
            << 0 << QStringLiteral("Valjean") << QStringLiteral("Modularity Class:integer=1")
            << QPointF(-87.93029, -6.8120565) << QStringLiteral("#f55b5b") << -1.0;
        QTest::newRow("yEd 3.17 (cities)")
            << QStringLiteral("real/yed-cities.graphml") << 10 << 11 << 0 << 10 << 0 << 1
            << QStringLiteral("Karlsruhe") << QStringLiteral("node_value:text=Karlsruhe")
            << QPointF(114.80078125 + 15, 147.953125 + 15) << QStringLiteral("#ffffff") << -1.0;
        QTest::newRow("GEXF 1.3 hex colours (graphology)")
            << QStringLiteral("real/gexf13-hex-colours.gexf") << 2 << 1 << 0 << 2 << 0 << 0
            << QStringLiteral("Suzy")
            << QStringLiteral("booleans:text=[true, false, false];comma:text=a ,b , c;"
                              "double:text=[\"a\", \"b\", \"c\"];mixed:text=['a', \"b\", 'c'];"
                              "numbers:text=[1, 1.5, 2];pipe:text=a |b | c;raw:text=[a, b, c];"
                              "single:text=['a', '\\'b\\'', 'c']")
            << QPointF(qQNaN(), qQNaN()) << QStringLiteral("#ff00ff") << -1.0;
        // igraph's GraphML: keys "v_name" (the node's name), "v_group", "e_weight", a graph
        // attribute; no positions nor colours.
        QTest::newRow("igraph GraphML (star)")
            << QStringLiteral("real/igraph-star.graphml") << 9 << 8 << 0 << 0 << 0 << 0
            << QStringLiteral("5") << QStringLiteral("group:text=B") << QPointF(qQNaN(), qQNaN())
            << QString() << 2.0;
        // NetworkX's GraphML (lxml writer): keys d0…d2 declared edge first, a graph
        // attribute, nodes named by their ids only, whole-number weights up to 7.
        QTest::newRow("NetworkX GraphML (karate club)")
            << QStringLiteral("real/networkx-karate.graphml") << 34 << 78 << 0 << 0 << 0 << 0
            << QStringLiteral("33") << QStringLiteral("club:text=Officer")
            << QPointF(qQNaN(), qQNaN()) << QString() << 5.0;
        // Cytoscape 3.8.2's .cyjs: "interacts with" edges (directed), positions with y down as
        // Maillage's, a "color" column of colour names; SUID, shared_name, selected and
        // shared_interaction are Cytoscape's bookkeeping, made into no field.
        QTest::newRow("Cytoscape 3.8.2 .cyjs (cyjShiny)")
            << QStringLiteral("real/cytoscape-cyjshiny.cyjs") << 14 << 16 << 16 << 14 << 0 << 0
            << QStringLiteral("7") << QString() << QPointF(-50.468917203454026, -62.58039665690825)
            << QStringLiteral("#ff0000") << -1.0;
    }
    void realFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(int, directed);
        QFETCH(int, colours);
        QFETCH(int, sizes);
        QFETCH(int, edgeLabels);
        QFETCH(QString, actor);
        QFETCH(QString, fields);
        QFETCH(QPointF, position);
        QFETCH(QString, colour);
        QFETCH(double, maxWeight);
        Document &doc = *fresh(QStringLiteral("real"));
        ImportReport r;
        QVERIFY(run(doc, {file}, &r));
        QCOMPARE(doc.actors().size(), nodes);
        QCOMPARE(doc.links().size(), edges);
        QCOMPARE(r.actorsCreated, nodes);
        QCOMPARE(r.linksCreated, edges);
        QCOMPARE(r.coloursKept, colours);
        QCOMPARE(r.sizesNotKept, sizes);
        QCOMPARE(r.edgeLabelsKept, edgeLabels);
        QHash<qint64, bool> typeDirected;
        QHash<qint64, QString> categoryColour;
        for (const LinkType &t : doc.linkTypes())
            typeDirected.insert(t.id, t.directed);
        for (const Category &c : doc.categories())
            categoryColour.insert(c.id, c.color);
        int directedLinks = 0;
        for (const Link &l : doc.links())
            directedLinks += typeDirected.value(l.typeId) ? 1 : 0;
        QCOMPARE(directedLinks, directed);
        const auto a = byName(doc, actor);
        QVERIFY2(a, qPrintable(actor));
        // Attributes of no Maillage column: custom fields of their declared types (lists as
        // text), no longer lines of the description.
        QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), a->id), fields);
        QVERIFY(!a->description.contains(fields.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':')));
        if (std::isnan(position.x())) {
            QVERIFY(!a->hasPosition());
            QCOMPARE(r.positionsKept, 0);
        } else {
            QCOMPARE(r.positionsKept, nodes);
            QCOMPARE(a->x, position.x() * r.positionScale);
            QCOMPARE(a->y, position.y() * r.positionScale);
        }
        QCOMPARE(categoryColour.value(a->categoryId, QString()),
                 colour.isEmpty() ? categoryColour.value(a->categoryId) : colour);
        if (maxWeight >= 0) {
            double largest = -1;
            for (const Link &l : doc.links())
                if (l.sourceId == a->id || l.targetId == a->id)
                    largest = std::max(largest, l.hasWeight() ? l.weight : double(l.strength));
            QCOMPARE(largest, maxWeight);
        }
        if (colour.isEmpty() && colours == 0 && r.coloursNotKept > 0)
            QVERIFY2(r.summary().contains(QStringLiteral("Not kept: colours of ")),
                     qPrintable(r.summary()));
        if (sizes > 0)
            QVERIFY2(r.summary().contains(QStringLiteral("sizes of %1 node(s) (Maillage sizes "
                                                         "actors by a measure)")
                                              .arg(sizes)),
                     qPrintable(r.summary()));

        // Exported to GraphML and GEXF and imported again: the same actors (values, position,
        // category and its colour) and links (ends, direction, weight, description).
        auto signature = [](Document &d) {
            QHash<qint64, QString> names, categories, types;
            QHash<qint64, bool> directedType;
            for (const Category &c : d.categories())
                categories.insert(c.id, c.name + QLatin1Char(' ') + c.color);
            for (const LinkType &t : d.linkTypes()) {
                types.insert(t.id, t.name);
                directedType.insert(t.id, t.directed);
            }
            QStringList out;
            for (const Actor &x : d.actors()) {
                names.insert(x.id, x.name);
                out << QStringLiteral("actor %1|%2|%3|%4|%5|%6")
                           .arg(x.name, x.description, categories.value(x.categoryId))
                           .arg(x.x, 0, 'g', 17)
                           .arg(x.y, 0, 'g', 17)
                           .arg(fieldsOf(d, QStringLiteral("actor"), x.id));
            }
            for (const Link &l : d.links())
                out << QStringLiteral("link %1|%2|%3|%4|%5|%6|%7|%8")
                           .arg(names.value(l.sourceId), names.value(l.targetId),
                                types.value(l.typeId))
                           .arg(directedType.value(l.typeId))
                           .arg(l.strength)
                           .arg(l.hasWeight() ? l.weight : double(l.strength), 0, 'g', 17)
                           .arg(l.description, fieldsOf(d, QStringLiteral("link"), l.id));
            out.sort();
            return out;
        };
        const QStringList before = signature(doc);
        for (const ExportFormat f : {ExportFormat::GraphML, ExportFormat::Gexf12,
                                     ExportFormat::Gexf13}) {
            const QString out = test::tempPath(
                QStringLiteral("real-out.%1")
                    .arg(f == ExportFormat::GraphML ? QStringLiteral("graphml")
                                                    : QStringLiteral("gexf")));
            QString error;
            QVERIFY2(exportTerritory(doc.store(), out, f, {}, &error), qPrintable(error));
            Document &again = *fresh(QStringLiteral("real-again"));
            ImportReport r2;
            ImportOptions o;
            QVERIFY2(importFiles(again, {out}, o, &r2, &error), qPrintable(error));
            QCOMPARE(again.actors().size(), nodes);
            QCOMPARE(again.links().size(), edges);
            QCOMPARE(r2.positionScale, 1.0);
            QCOMPARE(signature(again), before);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged") << QStringLiteral("bad/ragged.csv")
                                << QStringLiteral("ragged.csv, line 3: this row has 2 values but the header has 3 columns");
        QTest::newRow("unterminated") << QStringLiteral("bad/unterminated.csv")
                                      << QStringLiteral("unterminated.csv, line 3: unterminated");
        QTest::newRow("empty") << QStringLiteral("bad/empty.csv")
                               << QStringLiteral("empty.csv: is empty");
        QTest::newRow("wrong encoding") << QStringLiteral("bad/wrong-encoding.csv")
                                        << QStringLiteral("wrong-encoding.csv, line 3: is not valid UTF-8");
        QTest::newRow("utf-16") << QStringLiteral("bad/utf16.csv")
                                << QStringLiteral("utf16.csv: is UTF-16");
        QTest::newRow("unknown format") << QStringLiteral("bad/unknown-format.csv")
                                        << QStringLiteral("unknown-format.csv, line 1: unknown format");
        QTest::newRow("text after quote") << QStringLiteral("bad/after-quote.csv")
                                          << QStringLiteral("after-quote.csv, line 2: unexpected text");
        QTest::newRow("bad value") << QStringLiteral("bad/bad-value.csv")
                                   << QStringLiteral("bad-value.csv, line 2: column “influence”");
        QTest::newRow("malformed xml") << QStringLiteral("bad/malformed.graphml")
                                       << QStringLiteral("malformed.graphml, line 6: malformed XML");
        QTest::newRow("dtd with entities") << QStringLiteral("bad/dtd.gexf")
                                           << QStringLiteral("dtd.gexf, line 5: entity declarations are not accepted");
        QTest::newRow("doctype") << QStringLiteral("bad/doctype.graphml")
                                 << QStringLiteral("doctype.graphml, line 2: a document type declaration");
        QTest::newRow("not a graph") << QStringLiteral("bad/not-graph.gexf")
                                     << QStringLiteral("not-graph.gexf, line 2: not a GEXF file");
        QTest::newRow("duplicate node id, graphml")
            << QStringLiteral("bad/duplicate-node.graphml")
            << QStringLiteral("duplicate-node.graphml, line 7: the node id “n1” is used twice "
                              "(first on line 5)");
        QTest::newRow("duplicate node id, gexf")
            << QStringLiteral("bad/duplicate-node.gexf")
            << QStringLiteral("duplicate-node.gexf, line 6: the node id “7” is used twice "
                              "(first on line 5)");
        QTest::newRow("duplicate edge id, gexf")
            << QStringLiteral("bad/duplicate-edge.gexf")
            << QStringLiteral("duplicate-edge.gexf, line 10: the edge id “e” is used twice "
                              "(first on line 9)");
        QTest::newRow("short row after separator-only rows")
            << QStringLiteral("bad/short-row.csv")
            << QStringLiteral("short-row.csv, line 4: this row has 2 values but the header has 3");
        QTest::newRow("missing") << QStringLiteral("bad/none.csv")
                                 << QStringLiteral("none.csv: does not exist");
        // Cytoscape JSON: the parser's offset as a line, else which element is wrong.
        QTest::newRow("cyjs: malformed JSON")
            << QStringLiteral("bad/malformed.cyjs")
            << QStringLiteral("malformed.cyjs, line 4: malformed JSON: ");
        QTest::newRow("cyjs: empty") << QStringLiteral("bad/empty.cyjs")
                                     << QStringLiteral("empty.cyjs: is empty");
        QTest::newRow("cyjs: unknown source")
            << QStringLiteral("bad/unknown-source.cyjs")
            << QStringLiteral("unknown-source.cyjs, line 7: edge 2: unknown source “x”");
        QTest::newRow("cyjs: no target")
            << QStringLiteral("bad/no-target.cyjs")
            << QStringLiteral("no-target.cyjs, line 4: edge 1: it has no target");
        QTest::newRow("cyjs: duplicate node id")
            << QStringLiteral("bad/duplicate-node.cyjs")
            << QStringLiteral("duplicate-node.cyjs, line 4: node 3: the id “a” is already node 1's");
        QTest::newRow("cyjs: no elements")
            << QStringLiteral("bad/no-elements.cyjs")
            << QStringLiteral("no-elements.cyjs: not Cytoscape JSON: it has no “elements” "
                              "holding nodes and edges");
        QTest::newRow("cyjs: position not numbers")
            << QStringLiteral("bad/bad-position.cyjs")
            << QStringLiteral("bad-position.cyjs, line 4: node 2: its position is not two numbers x "
                              "and y");
        QTest::newRow("cyjs: node without data")
            << QStringLiteral("bad/no-data.cyjs")
            << QStringLiteral("no-data.cyjs, line 3: node 2: it has no “data” object");
        QTest::newRow("cyjs: bad direction")
            << QStringLiteral("bad/bad-directed.cyjs")
            << QStringLiteral("bad-directed.cyjs, line 4: edge 1: column “directed”: “maybe” is not "
                              "yes/no");
        QTest::newRow("cytoscape.js: unknown group")
            << QStringLiteral("bad/bad-group.json")
            << QStringLiteral("bad-group.json, line 3: element 2: the group “parents” is neither "
                              "“nodes” nor “edges”");
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        Document &doc = *fresh(QStringLiteral("bad"));
        // A good file before the bad one: all or nothing means neither is imported.
        QVERIFY(run(doc, {QStringLiteral("gephi-nodes.csv")}));
        const qint64 actors = doc.store().count(QStringLiteral("actor"));
        const int steps = doc.undoStack()->count();
        ImportOptions o;
        QString error;
        QVERIFY(!importFiles(doc, {data(QStringLiteral("kumu-elements.csv")), data(file)}, o,
                             nullptr, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(doc.store().count(QStringLiteral("actor")), actors);
        QCOMPARE(doc.store().count(QStringLiteral("tag")), 0);
        QCOMPARE(doc.undoStack()->count(), steps);
    }

    /// Cytoscape.js's own cy.json(): one list of elements, with a group or not (an element
    /// with a source and a target is an edge), an edge before the node it names, a "label"
    /// for a name, Cytoscape's bookkeeping beside; typed fields, lists joined and said.
    void cytoscapeJsElements()
    {
        Document &doc = *fresh(QStringLiteral("cyjs"));
        ImportReport r;
        QVERIFY(run(doc, {QStringLiteral("cytoscapejs-elements.json")}, &r));
        QCOMPARE(r.formats, QStringList{QStringLiteral("Cytoscape JSON")});
        QCOMPARE(r.actorsCreated, 3);
        QCOMPARE(r.linksCreated, 2);
        const auto mairie = byName(doc, QStringLiteral("Mairie de Mirecourt"));
        QVERIFY(mairie);
        QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), mairie->id),
                 QStringLiteral("aliases:text=Hôtel de ville, Mairie;budget:integer=120000;"
                                "public:yesno=1;ratio:number=0.25"));
        QCOMPARE(mairie->x, 100.0 * r.positionScale);
        QCOMPARE(mairie->y, 50.0 * r.positionScale);
        const auto asso = byName(doc, QStringLiteral("Les Amis du Violon"));
        QVERIFY(asso);
        QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), asso->id), QString());
        QVERIFY(!asso->hasPosition());
        QCOMPARE(r.positionsKept, 2);
        QVERIFY2(r.summary().contains(QStringLiteral("cytoscapejs-elements.json: 1 list value(s) "
                                                     "(aliases) kept as text, their items joined "
                                                     "with “, ”.")),
                 qPrintable(r.summary()));
        QHash<qint64, bool> typeDirected;
        for (const LinkType &t : doc.linkTypes())
            typeDirected.insert(t.id, t.directed);
        QStringList links;
        for (const Link &l : doc.links())
            links << QStringLiteral("%1>%2 %3 %4 %5 %6 %7")
                         .arg(doc.actor(l.sourceId)->name, doc.actor(l.targetId)->name,
                              typeName(doc, l.typeId))
                         .arg(typeDirected.value(l.typeId))
                         .arg(l.hasWeight() ? l.weight : -1.0)
                         .arg(l.description, l.since.toString(Qt::ISODate));
        links.sort();
        QCOMPARE(links,
                 (QStringList{
                     QStringLiteral("Les Amis du Violon>Mairie de Mirecourt  0 -1 partner of the "
                                    "town "),
                     QStringLiteral("Mairie de Mirecourt>École Jules-Ferry finance 1 2.5  "
                                    "2019-09-01")}));
        QCOMPARE(r.edgeLabelsKept, 1);
        // The same file again: the same actors and links, updated by their ids.
        QVERIFY(run(doc, {QStringLiteral("cytoscapejs-elements.json")}, &r));
        QCOMPARE(r.actorsCreated, 0);
        QCOMPARE(r.actorsUpdated, 3);
        QCOMPARE(doc.links().size(), 2);
    }

    /// NetworkX's cytoscape_data() of a fixed graph (generated here: no real file written by
    /// it was found with a licence that allows keeping it): nodes and edges as ints, the
    /// graph's "directed": false, "value" (the node itself) not a field, typed values.
    void networkxCytoscape()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty() ||
            QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import networkx")}) != 0)
            QSKIP("python3-networkx is not installed");
        const QString path = test::tempPath(QStringLiteral("networkx-karate.json"));
        const QString script = QStringLiteral(
            "import json, sys, networkx as nx\n"
            "G = nx.karate_club_graph()\n"
            "for n in G: G.nodes[n].update(degree=G.degree(n), share=round(n / 40, 3), "
            "officer=G.nodes[n]['club'] == 'Officer', friends=sorted(G[n])[:2])\n"
            "json.dump(nx.cytoscape_data(G), open(sys.argv[1], 'w'))\n");
        QProcess p;
        p.start(python, {QStringLiteral("-c"), script, path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(detectImportFormat(path), ImportFormat::Cytoscape);
        Document &doc = *fresh(QStringLiteral("networkx"));
        ImportReport r;
        QString error;
        QVERIFY2(importFiles(doc, {path}, ImportOptions(), &r, &error), qPrintable(error));
        QCOMPARE(r.actorsCreated, 34);
        QCOMPARE(r.linksCreated, 78);
        QCOMPARE(r.actorFieldsCreated,
                 (QStringList{QStringLiteral("club (text)"), QStringLiteral("degree (whole number)"),
                              QStringLiteral("friends (text)"), QStringLiteral("officer (yes/no)"),
                              QStringLiteral("share (number)")}));
        QHash<qint64, bool> typeDirected;
        for (const LinkType &t : doc.linkTypes())
            typeDirected.insert(t.id, t.directed);
        for (const Link &l : doc.links())
            QVERIFY(!typeDirected.value(l.typeId));
        const auto a = byName(doc, QStringLiteral("33"));
        QVERIFY(a);
        QCOMPARE(fieldsOf(doc, QStringLiteral("actor"), a->id),
                 QStringLiteral("club:text=Officer;degree:integer=17;friends:text=8, 9;"
                                "officer:yesno=1;share:number=0.825"));
        for (const Row &row : doc.store().rows(QStringLiteral("actor")))
            if (row.value(QStringLiteral("id")).toLongLong() == a->id)
                QCOMPARE(row.value(QStringLiteral("import_key")).toString(), QStringLiteral("33"));
        double largest = 0;
        for (const Link &l : doc.links())
            if (l.sourceId == a->id || l.targetId == a->id)
                largest = std::max(largest, l.weight);
        QCOMPARE(largest, 5.0);
        QVERIFY2(r.summary().contains(QStringLiteral("34 list value(s) (friends)")),
                 qPrintable(r.summary()));
    }

    /// Which reader a JSON file gets: Cytoscape's elements, not Kumu's blueprint nor
    /// Maillage's whole territory.
    void detectJsonFormats()
    {
        QCOMPARE(detectImportFormat(data(QStringLiteral("real/cytoscape-cyjshiny.cyjs"))),
                 ImportFormat::Cytoscape);
        QCOMPARE(detectImportFormat(data(QStringLiteral("cytoscapejs-elements.json"))),
                 ImportFormat::Cytoscape);
        QCOMPARE(detectImportFormat(data(QStringLiteral("bad/malformed.cyjs"))),
                 ImportFormat::Cytoscape);
        Document &doc = *fresh(QStringLiteral("detect"));
        QVERIFY(run(doc, {QStringLiteral("real/cytoscape-cyjshiny.cyjs")}));
        for (const auto &[format, name] :
             {std::pair{ExportFormat::Kumu, QStringLiteral("blueprint.json")},
              std::pair{ExportFormat::Json, QStringLiteral("territory.json")}}) {
            const QString out = test::tempPath(name);
            QString error;
            QVERIFY2(exportTerritory(doc.store(), out, format, {}, &error), qPrintable(error));
            QCOMPARE(detectImportFormat(out), ImportFormat::Json);
        }
    }

    void hugeField()
    {
        const QString path = test::tempPath(QStringLiteral("huge.csv"));
        test::writeBytes(path, "Label,Description\nA,ok\nB,\"" + QByteArray(2 << 20, 'x') +
                                   "\"\n");
        Document &doc = *fresh(QStringLiteral("huge"));
        QString error;
        QVERIFY(!importFiles(doc, {path}, ImportOptions(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("huge.csv, line 3: a quoted field opened here is "
                                               "longer than 1048576 bytes")),
                 qPrintable(error));
        QCOMPARE(doc.actors().size(), 0);
    }

    void forcedFormatMismatch()
    {
        Document &doc = *fresh(QStringLiteral("forced"));
        ImportOptions o;
        o.format = ImportFormat::Maillage;
        QString error;
        QVERIFY(!importFiles(doc, {data(QStringLiteral("gephi-nodes.csv"))}, o, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("gephi-nodes.csv, line 1: the columns (Id, Label, "
                                               "Category, Commune, Score) are not those of a "
                                               "maillage spreadsheet")),
                 qPrintable(error));
    }

    void readOnlyRefused()
    {
        const QString path = test::tempPath(QStringLiteral("ro.maillage"));
        {
            Document doc;
            QVERIFY(doc.create(path, QStringLiteral("ro")));
        }
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QString error;
        QVERIFY(!importFiles(doc, {data(QStringLiteral("kumu-elements.csv"))}, ImportOptions(),
                             nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

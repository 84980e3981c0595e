#include "core/document/document.h"
#include "core/io/import.h"
#include "core/io/sample.h"
#include "core/privacy/erasure.h"
#include "core/privacy/namematch.h"
#include "core/privacy/personrecord.h"
#include "core/privacy/retention.h"
#include "testsupport.h"
#include "core/workshop/snapshots.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QtTest>

#include <bit>

using namespace maillage;

namespace {

#define K(s) QStringLiteral(s)

/// The bytes of a territory file and of every side file SQLite may leave beside it.
QByteArray fileAndSideFiles(const QString &path)
{
    QByteArray all = test::readBytes(path);
    for (const char *suffix : {"-wal", "-journal", "-shm"})
        all += test::readBytes(path + QLatin1String(suffix));
    return all;
}

/// Whether `needle` appears in `bytes` in any encoding SQLite stores text in.
bool containsText(const QByteArray &bytes, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    QByteArray le, be;
    for (const QChar c : needle) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return bytes.contains(utf8) || bytes.contains(le) || bytes.contains(be);
}

qint64 categoryId(Document &doc, const QString &code)
{
    for (const Category &c : doc.categories())
        if (c.code == code)
            return c.id;
    return 0;
}

qint64 linkTypeId(Document &doc, const QString &code)
{
    for (const LinkType &t : doc.linkTypes())
        if (t.code == code)
            return t.id;
    return 0;
}

/// A small territory with two persons who share a meeting, a problem and an action, and
/// notes that name both.
struct Crafted
{
    qint64 jeanne = 0, paul = 0, mairie = 0, cafe = 0;
    qint64 meeting = 0, problem = 0, action = 0, indicator = 0;
    qint64 linkJeanne = 0, linkPaul = 0;

    void build(Document &doc)
    {
        Actor j;
        j.name = K("Jeanne Dupont");
        j.categoryId = categoryId(doc, K("citizen"));
        j.isPerson = true;
        j.email = K("jeanne.dupont@example.org");
        j.phone = K("06 11 22 33 44");
        j.address = K("3 rue des Tilleuls");
        j.description = K("Retraitée, très active au club de lecture.");
        j.legalBasis = K("consent");
        j.consentDate = QDate(2024, 3, 1);
        j.consentMethod = K("Formulaire papier");
        j.lastContact = QDate(2024, 3, 1);
        j.retentionDate = QDate(2027, 3, 1);
        jeanne = doc.addActor(j).value_or(0);
        Actor p;
        p.name = K("Paul Martin");
        p.categoryId = categoryId(doc, K("elected"));
        p.isPerson = true;
        p.email = K("paul.martin@secret.example");
        p.phone = K("07 99 88 77 66");
        p.description = K("Adjoint aux sports, habite le hameau des Grands Prés.");
        p.legalBasis = K("public_role");
        p.retentionDate = QDate(2030, 1, 1);
        paul = doc.addActor(p).value_or(0);
        Actor m;
        m.name = K("Mairie");
        m.categoryId = categoryId(doc, K("institution"));
        m.email = K("accueil@mairie.example");
        m.description = K("Jeanne Dupont y tient une permanence le mardi.");
        mairie = doc.addActor(m).value_or(0);
        Actor c;
        c.name = K("Café des Arts");
        c.categoryId = categoryId(doc, K("company"));
        cafe = doc.addActor(c).value_or(0);

        Link l;
        l.sourceId = jeanne;
        l.targetId = mairie;
        l.typeId = linkTypeId(doc, K("membership"));
        l.description = K("Bénévole depuis 2019.");
        linkJeanne = doc.addLink(l).value_or(0);
        l.sourceId = paul;
        l.description = K("Paul y siège au conseil, secret des délibérations.");
        linkPaul = doc.addLink(l).value_or(0);
        l.sourceId = cafe;
        l.targetId = mairie;
        l.typeId = linkTypeId(doc, K("partnership"));
        l.description = K("Convention signée avec l'appui de JEANNE DUPONT.");
        QVERIFY(doc.addLink(l));

        meeting = doc.addRow(K("meeting"),
                             {{K("title"), K("Débat du printemps")},
                              {K("held_on"), K("2024-04-02")},
                              {K("notes"), K("Jeanne Dupont a lancé l'idée d'un jardin partagé. "
                                             "Paul Martin promet une réponse avant l'été.")},
                              {K("decisions"), K("Dupont Jeanne coordonne le groupe.")}},
                             K("Add meeting"))
                      .value_or(0);
        QVERIFY(meeting);
        QVERIFY(doc.apply(K("attend"),
                          {doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), meeting}, {K("actor_id"), jeanne}}),
                           doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), meeting}, {K("actor_id"), paul}}),
                           doc.insertOp(K("meeting_attendee"), {{K("meeting_id"), meeting}, {K("actor_id"), mairie}})}));
        problem = doc.addRow(K("problem"),
                             {{K("title"), K("Pas de jardin en centre-ville")},
                              {K("description"), K("Soulevé par Jeanne Dupont.")}},
                             K("Add problem"))
                      .value_or(0);
        QVERIFY(doc.apply(K("roles"),
                          {doc.insertOp(K("problem_actor"), {{K("problem_id"), problem}, {K("actor_id"), jeanne}, {K("role"), K("raised")}}),
                           doc.insertOp(K("problem_actor"), {{K("problem_id"), problem}, {K("actor_id"), paul}, {K("role"), K("can_act")}}),
                           doc.insertOp(K("problem_actor"), {{K("problem_id"), problem}, {K("actor_id"), mairie}, {K("role"), K("can_act")}})}));
        action = doc.addRow(K("action_item"),
                            {{K("title"), K("Jardin partagé")},
                             {K("description"), K("Porté par Jeanne Dupont et le café.")},
                             {K("lead_actor_id"), jeanne}},
                            K("Add action"))
                     .value_or(0);
        QVERIFY(doc.apply(K("partners"),
                          {doc.insertOp(K("action_partner"), {{K("action_id"), action}, {K("actor_id"), paul}}),
                           doc.insertOp(K("action_partner"), {{K("action_id"), action}, {K("actor_id"), cafe}})}));
        indicator = doc.addRow(K("indicator"),
                               {{K("name"), K("Parcelles cultivées")}, {K("action_id"), action},
                                {K("description"), K("Relevé avec Mme Dupont chaque mois.")}},
                               K("Add indicator"))
                        .value_or(0);
        QVERIFY(doc.addRow(K("indicator_value"),
                           {{K("indicator_id"), indicator},
                            {K("measured_on"), K("2024-06-01")},
                            {K("value"), 4},
                            {K("note"), K("Compté par jeanne dupont.")}},
                           K("Add value")));
        QVERIFY(jeanne && paul && mairie && cafe && problem && action && indicator);
    }
};

/// A territory where every table has rows: the sample, with a snapshot, a saved view, an
/// exercise and an interview (tower included), and the person `name`, a citizen with no
/// links. Returns the person's id.
qint64 fillEveryTable(Document &doc, const QString &name)
{
    Actor p;
    p.name = name;
    p.isPerson = true;
    p.categoryId = categoryId(doc, K("citizen"));
    const qint64 person = doc.addActor(p).value_or(0);
    if (!workshop::takeSnapshot(doc, K("Avant"), K("Note")))
        return 0;
    const auto view = doc.addRow(K("saved_view"),
                                 {{K("name"), K("Vue")},
                                  {K("settings"), K("{\"caption\":\"Légende\",\"zoom\":1.5}")}},
                                 K("view"));
    const auto exercise = doc.addRow(K("exercise"), {{K("id"), 1}, {K("brief"), K("Consigne")}},
                                     K("exercise"));
    const auto interview = doc.addRow(K("interview"),
                                      {{K("question"), K("Qui ?")},
                                       {K("goal"), K("But")},
                                       {K("settings"), K("{\"names\":[\"Ana\"]}")}},
                                      K("interview"));
    if (!view || !exercise || !interview)
        return 0;
    const qint64 other = doc.actors().first().id;
    const qint64 anyCategory = doc.categories().first().id;
    const qint64 anyLinkType = doc.linkTypes().first().id;
    if (!doc.apply(K("workshop"),
                   {doc.insertOp(K("interview_tower"), {{K("interview_id"), *interview},
                                                        {K("actor_id"), other},
                                                        {K("height"), 2}}),
                    doc.insertOp(K("exercise_category"), {{K("exercise_id"), 1},
                                                          {K("category_id"), anyCategory}}),
                    doc.insertOp(K("exercise_link_type"), {{K("exercise_id"), 1},
                                                           {K("link_type_id"), anyLinkType}})}))
        return 0;
    // Custom fields of actors and links, with a value each.
    CustomField field;
    field.name = K("Quartier");
    const auto actorField = doc.addCustomField(field);
    field.subject = K("link");
    field.name = K("Convention");
    const auto linkField = doc.addCustomField(field);
    if (!actorField || !linkField || !doc.setFieldValue(*actorField, other, K("Centre")) ||
        !doc.setFieldValue(*linkField, doc.links().first().id, K("2021")))
        return 0;
    // A public statistic (its source and unit are text columns too).
    if (!doc.addRow(K("statistic"),
                    {{K("indicator"), K("P_POP")}, {K("geo_level"), K("commune")},
                     {K("geo_code"), K("88304")}, {K("value"), 5012.4}, {K("source"), K("INSEE")},
                     {K("vintage"), 2021}, {K("imported_at"), K("2026-12-05T06:00:00Z")}},
                    K("statistic")))
        return 0;
    // What an earlier erasure keeps (a digest).
    if (!doc.addRow(K("erased_import"), {{K("digest"), K("0123abcd")}}, K("erased")))
        return 0;
    return person;
}

/// One place `plantEverywhere()` wrote the name in.
struct Place
{
    QString table;
    qint64 rowid = 0;
    QString column;
    bool json = false;
    QString key() const { return table + QLatin1Char('.') + column; }
};

/// Writes `name` into every column of every table of the open file that accepts it, in one
/// row per table (not the person's own row): a JSON object gets it as a new member, anything
/// else becomes "NAME (table.column)". Found with SQL of its own, independently of the code
/// under test. `refused` receives the columns whose constraints (types, checks, foreign keys)
/// refuse it; `emptyTables` the tables with no row to write in.
QList<Place> plantEverywhere(Store &store, const QString &name, qint64 personId,
                             QStringList *refused, QStringList *emptyTables)
{
    QList<Place> out;
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    QStringList tables;
    q.exec(K("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : tables) {
        QStringList columns;
        q.exec(K("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (q.next())
            columns << q.value(0).toString();
        q.exec(K("SELECT min(rowid) FROM \"%1\" WHERE rowid <> %2")
                   .arg(table)
                   .arg(table == K("actor") ? personId : -1));
        const qint64 rowid = q.next() ? q.value(0).toLongLong() : 0;
        if (rowid == 0) {
            *emptyTables << table;
            continue;
        }
        for (const QString &column : columns) {
            q.exec(K("SELECT \"%1\", json_valid(\"%1\") AND substr(\"%1\", 1, 1) = '{' FROM \"%2\" "
                     "WHERE rowid = %3").arg(column, table).arg(rowid));
            const bool json = q.next() && q.value(1).toInt() == 1;
            const QString planted = K("%1 (%2.%3)").arg(name, table, column);
            QSqlQuery u(db);
            u.prepare(json ? K("UPDATE \"%1\" SET \"%2\" = json_set(\"%2\", '$.planted', ?) "
                               "WHERE rowid = ?").arg(table, column)
                           : K("UPDATE \"%1\" SET \"%2\" = ? WHERE rowid = ?").arg(table, column));
            u.addBindValue(planted);
            u.addBindValue(rowid);
            if (u.exec())
                out << Place{table, rowid, column, json};
            else
                *refused << table + QLatin1Char('.') + column;
        }
    }
    return out;
}

/// The line of a preview that names `place`, or an empty string.
QString previewLine(const QStringList &preview, const Place &place)
{
    for (const QString &line : preview)
        if (line.contains(privacy::tableLabel(place.table)) &&
            line.contains(K(", %1: the name is replaced").arg(privacy::columnLabel(place.column))))
            return line;
    return QString();
}

/// Value of one column of one row, read with SQL.
QVariant storedValue(Store &store, const QString &table, qint64 rowid, const QString &column)
{
    QSqlQuery q(store.database());
    q.exec(K("SELECT \"%1\" FROM \"%2\" WHERE rowid = %3").arg(column, table).arg(rowid));
    return q.next() ? q.value(0) : QVariant();
}

/// Runs the child that erases or pseudonymises `person` in `path` up to its commit and is
/// killed (SIGKILL) before its purge, as a crash or a power cut would stop it.
bool killBeforePurge(const QString &mode, const QString &path, const QString &person)
{
    QProcess child;
    child.start(QStringLiteral(MAILLAGE_TEST_ERASE_CHILD), {mode, path, person});
    if (!child.waitForStarted())
        return false;
    QByteArray out;
    while (!(out += child.readAllStandardOutput()).contains("committed")) {
        if (!child.waitForReadyRead(60000)) {
            qWarning("%s", child.readAllStandardError().constData());
            return false;
        }
    }
    child.kill();
    child.waitForFinished();
    return child.exitStatus() == QProcess::CrashExit;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString newPath(const QString &stem)
    {
        return test::tempPath(QStringLiteral("%1-%2.maillage").arg(stem).arg(++counter));
    }

private slots:
    void findName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("replaced");
        QTest::newRow("plain") << K("Vu Jeanne Dupont hier.") << K("Jeanne Dupont")
                               << K("Vu X hier.");
        QTest::newRow("case and accents") << K("Avec BENOIT PERRIN et benoît perrin.")
                                          << K("Benoît Perrin") << K("Avec X et X.");
        QTest::newRow("family name first") << K("Perrin Benoît, présent.") << K("Benoît Perrin")
                                           << K("X, présent.");
        QTest::newRow("spacing and line break") << K("Jeanne\n  Dupont parle") << K("Jeanne Dupont")
                                                << K("X parle");
        QTest::newRow("whole words only") << K("Perrine Dupontel") << K("Perrine Dupont")
                                          << K("Perrine Dupontel");
        QTest::newRow("ligature") << K("Chez Cœur Léa") << K("Coeur Lea") << K("Chez X");
        QTest::newRow("decomposed accents") << QString::fromUtf8("Aure\u0301lie Claudel vient")
                                            << K("Aurélie Claudel") << K("X vient");
        QTest::newRow("absent") << K("Rien à signaler.") << K("Jeanne Dupont")
                                << K("Rien à signaler.");
        QTest::newRow("too short") << K("a b c") << K("a") << K("a b c");
    }
    void findName()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, replaced);
        QCOMPARE(privacy::replaceName(text, name, K("X")), replaced);
    }

    void defaultRetention()
    {
        QCOMPARE(privacy::defaultRetentionDate(QDate(2024, 1, 31), 36, QDate(2026, 1, 1)),
                 QDate(2027, 1, 31));
        QCOMPARE(privacy::defaultRetentionDate(QDate(), 12, QDate(2026, 5, 10)),
                 QDate(2027, 5, 10));
        Document doc;
        QVERIFY(doc.create(newPath(K("ret")), K("T")));
        QVERIFY(doc.updateTerritory({{K("retention_months"), 24}}));
        QCOMPARE(privacy::defaultRetentionDate(doc.store(), QDate(2025, 2, 1)), QDate(2027, 2, 1));
    }

    void retentionListingCrafted()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("listing")), K("T")));
        auto person = [&](const QString &name, const QString &basis, const QDate &retention) {
            Actor a;
            a.name = name;
            a.isPerson = true;
            a.legalBasis = basis;
            a.retentionDate = retention;
            return doc.addActor(a).value_or(0);
        };
        const QDate asOf(2026, 6, 1);
        const qint64 ok1 = person(K("Zoé Fine"), K("consent"), QDate(2027, 1, 1));
        const qint64 ok2 = person(K("Alain Bon"), K("public_role"), QDate(2026, 9, 1));
        const qint64 expired = person(K("Yves Passé"), K("consent"), QDate(2026, 5, 31));
        const qint64 older = person(K("Bea Ancienne"), K("consent"), QDate(2020, 1, 1));
        const qint64 noBasis = person(K("Carl Sansbase"), QString(), QDate(2030, 1, 1));
        const qint64 noDate = person(K("Dora Sansdate"), K("consent"), QDate());
        const qint64 today = person(K("Eve Limite"), K("consent"), asOf);
        Actor org;
        org.name = K("Association");
        QVERIFY(doc.addActor(org));

        const auto list = privacy::retentionListing(doc.store(), asOf);
        QList<qint64> ids;
        for (const auto &p : list)
            ids << p.id;
        QCOMPARE(ids, (QList<qint64>{older, expired, noBasis, noDate, today, ok2, ok1}));
        QCOMPARE(list.at(0).issues, QList<privacy::RetentionIssue>{privacy::RetentionIssue::Expired});
        QCOMPARE(list.at(2).issues,
                 QList<privacy::RetentionIssue>{privacy::RetentionIssue::NoLegalBasis});
        QCOMPARE(list.at(3).issues,
                 QList<privacy::RetentionIssue>{privacy::RetentionIssue::NoRetentionDate});
        QVERIFY(!list.at(4).needsAttention());  // the retention date itself is still in time
        QVERIFY(!privacy::retentionIssueText(privacy::RetentionIssue::Expired).isEmpty());
    }

    void retentionListingSample()
    {
        const QString path = newPath(K("sample"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        const auto list = privacy::retentionListing(doc.store(), QDate(2026, 11, 29));
        QCOMPARE(list.size(), 12);
        QStringList expired;
        for (const auto &p : list)
            if (p.issues.contains(privacy::RetentionIssue::Expired))
                expired << p.name;
        QCOMPARE(expired, (QStringList{K("Martine Jacquot"), K("Odile Ferry")}));
        QCOMPARE(list.at(0).name, K("Martine Jacquot"));
        QVERIFY(list.at(0).issues.contains(privacy::RetentionIssue::NoLegalBasis));
        QCOMPARE(list.at(1).name, K("Odile Ferry"));
        for (int i = 2; i < list.size(); ++i)
            QVERIFY2(!list.at(i).needsAttention(), qPrintable(list.at(i).name));
        // Back in 2018 nobody was past retention, but Martine still had no basis.
        const auto then = privacy::retentionListing(doc.store(), QDate(2018, 12, 1));
        QCOMPARE(then.at(0).name, K("Martine Jacquot"));
        QCOMPARE(then.at(0).issues,
                 QList<privacy::RetentionIssue>{privacy::RetentionIssue::NoLegalBasis});
        QVERIFY(!then.at(1).needsAttention());
    }

    void findActors()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("find")), K("T")));
        Crafted c;
        c.build(doc);
        QCOMPARE(privacy::findActors(doc.store(), K("  jeanne  DUPONT ")).value(0).id, c.jeanne);
        QCOMPARE(privacy::findActors(doc.store(), QString::number(c.paul)).value(0).id, c.paul);
        QVERIFY(privacy::findActors(doc.store(), K("Nobody")).isEmpty());
        QVERIFY(privacy::findActors(doc.store(), K("99999")).isEmpty());
        Actor twin;
        twin.name = K("Jeanne Dupont");
        QVERIFY(doc.addActor(twin));
        QCOMPARE(privacy::findActors(doc.store(), K("Jeanne Dupont")).size(), 2);
    }

    void accessExport()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("access")), K("T")));
        Crafted c;
        c.build(doc);
        const auto rec = privacy::collectPersonRecord(doc.store(), c.jeanne);
        QVERIFY(rec);
        QCOMPARE(rec->actor.email, K("jeanne.dupont@example.org"));
        QCOMPARE(rec->links.size(), 1);
        QCOMPARE(rec->links.first().otherName, K("Mairie"));
        QCOMPARE(rec->meetings.size(), 1);
        QCOMPARE(rec->problems.size(), 1);
        QCOMPARE(rec->problems.first().roles, QStringList{K("raised")});
        QCOMPARE(rec->actions.size(), 1);
        QCOMPARE(rec->actions.first().roles, QStringList{K("lead")});
        // Mentions: the Mairie's description, the café's link, the meeting's notes and
        // decisions, the problem's and the action's description, the value's note.
        QStringList where;
        for (const privacy::Mention &m : rec->mentions)
            where << m.table + QLatin1Char('.') + m.column;
        where.sort();
        QCOMPARE(where, (QStringList{K("action_item.description"), K("actor.description"),
                                     K("indicator_value.note"), K("link.description"),
                                     K("meeting.decisions"), K("meeting.notes"),
                                     K("problem.description")}));

        const QByteArray json =
            QJsonDocument(privacy::personRecordJson(*rec)).toJson(QJsonDocument::Compact);
        const QString text = QString::fromUtf8(json);
        for (const QString &mine :
             {K("jeanne.dupont@example.org"), K("06 11 22 33 44"), K("3 rue des Tilleuls"),
              K("Formulaire papier"), K("Bénévole depuis 2019."), K("Débat du printemps"),
              K("Pas de jardin en centre-ville"), K("Jardin partagé"),
              K("Jeanne Dupont a lancé l'idée d'un jardin partagé."),
              K("Dupont Jeanne coordonne le groupe."), K("Compté par jeanne dupont."),
              K("Convention signée avec l'appui de JEANNE DUPONT.")})
            QVERIFY2(text.contains(mine), qPrintable(mine));
        // Nothing about anyone else: not Paul's contact details, description or link note,
        // not the sentence of the notes that is about him, not the Mairie's e-mail.
        for (const QString &theirs :
             {K("paul.martin@secret.example"), K("07 99 88 77 66"), K("Grands Prés"),
              K("secret des délibérations"), K("promet une réponse"), K("accueil@mairie.example"),
              K("Paul Martin")})
            QVERIFY2(!text.contains(theirs), qPrintable(theirs));
    }

    /// Custom values: the person's own are in the access export (and their links'), a value
    /// of another actor that names them is a mention and is rewritten by erasure, and nothing
    /// of it is left in the file.
    void customValuesOfAPerson()
    {
        const QString path = newPath(K("custom-values"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        CustomField f;
        f.name = K("Situation");
        f.personal = true;
        const auto situation = doc.addCustomField(f);
        f.name = K("Référent");
        f.personal = false;
        const auto referent = doc.addCustomField(f);
        f.subject = K("link");
        f.name = K("Rôle");
        const auto role = doc.addCustomField(f);
        QVERIFY(situation && referent && role);
        QVERIFY(doc.setFieldValue(*situation, c.jeanne, K("Bénéficiaire RSA")));
        QVERIFY(doc.setFieldValue(*referent, c.mairie, K("Jeanne Dupont, le mardi")));
        QVERIFY(doc.setFieldValue(*referent, c.cafe, K("Paul Martin")));
        QVERIFY(doc.setFieldValue(*role, c.linkJeanne, K("Trésorière")));

        const auto rec = privacy::collectPersonRecord(doc.store(), c.jeanne);
        QVERIFY(rec);
        QCOMPARE(rec->fields.size(), 1);
        QCOMPARE(rec->fields.first().name, K("Situation"));
        QCOMPARE(rec->fields.first().value, K("Bénéficiaire RSA"));
        QVERIFY(rec->fields.first().personal);
        QCOMPARE(rec->links.first().fields.size(), 1);
        QCOMPARE(rec->links.first().fields.first().value, K("Trésorière"));
        bool mentioned = false;
        for (const privacy::Mention &m : rec->mentions)
            mentioned = mentioned || (m.table == K("actor_field_value") && m.column == K("value"));
        QVERIFY(mentioned);
        const QString json = QString::fromUtf8(
            QJsonDocument(privacy::personRecordJson(*rec)).toJson(QJsonDocument::Compact));
        QVERIFY(json.contains(K("\"fields\":[{\"name\":\"Situation\"")));
        QVERIFY(json.contains(K("Bénéficiaire RSA")));
        QVERIFY(json.contains(K("Trésorière")));
        QVERIFY(!json.contains(K("Paul Martin")));  // the café's value is about someone else

        QVERIFY(doc.store().checkpoint());
        QVERIFY(containsText(fileAndSideFiles(path), K("Bénéficiaire RSA")));  // can fail
        QString error;
        QVERIFY2(privacy::erase(doc, {c.jeanne}, &error), qPrintable(error));
        QCOMPARE(doc.fieldValues(K("actor"), c.mairie).value(*referent), K("[erased], le mardi"));
        QCOMPARE(doc.fieldValues(K("actor"), c.cafe).value(*referent), K("Paul Martin"));
        QCOMPARE(doc.store().count(K("link_field_value")), 0);
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {K("Jeanne Dupont"), K("Bénéficiaire RSA"), K("Trésorière")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        QVERIFY(containsText(bytes, K("Paul Martin")));
    }

    /// Pseudonymisation in place blanks the person's values of fields marked personal data,
    /// keeps their other values and everyone else's.
    void pseudonymiseBlanksPersonalValues()
    {
        const QString path = newPath(K("pseudo-values"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        CustomField f;
        f.name = K("Situation");
        f.personal = true;
        const auto situation = doc.addCustomField(f);
        f.name = K("Quartier");
        f.personal = false;
        const auto quartier = doc.addCustomField(f);
        QVERIFY(situation && quartier);
        QVERIFY(doc.setFieldValue(*situation, c.jeanne, K("Bénéficiaire RSA")));
        QVERIFY(doc.setFieldValue(*quartier, c.jeanne, K("Centre")));
        QVERIFY(doc.setFieldValue(*situation, c.mairie, K("Collectivité")));
        const privacy::PseudonymPlan plan = privacy::planPseudonymisation(doc.store(), {c.jeanne});
        QCOMPARE(plan.persons.first().personalFields, QStringList{K("Situation")});
        QVERIFY(plan.describe().join(QLatin1Char('\n')).contains(K("personal data are blanked: Situation")));
        privacy::PseudonymPlan done;
        QString error;
        QVERIFY2(privacy::pseudonymize(doc, {c.jeanne}, &error, &done), qPrintable(error));
        QCOMPARE(doc.fieldValues(K("actor"), c.jeanne),
                 (QHash<qint64, QString>{{*quartier, K("Centre")}}));
        QCOMPARE(doc.fieldValues(K("actor"), c.mairie).value(*situation), K("Collectivité"));
        doc.close();
        QVERIFY(!containsText(fileAndSideFiles(path), K("Bénéficiaire RSA")));
    }

    /// A person's place on the ground: in the access export, gone after pseudonymisation
    /// (unless it is only their commune's centre) and after erasure, from the file's bytes too
    /// (SQLite stores a REAL as 8 big-endian bytes).
    void personsPlace_data()
    {
        QTest::addColumn<bool>("erase");
        QTest::newRow("pseudonymise") << false;
        QTest::newRow("erase") << true;
    }
    void personsPlace()
    {
        QFETCH(bool, erase);
        const QString path = newPath(erase ? K("place-erase") : K("place-pseudo"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        const double lat = 48.3012345678, lon = 6.1412345678;
        QVERIFY(doc.updateRow(K("actor"), c.jeanne,
                              {{K("latitude"), lat}, {K("longitude"), lon},
                               {K("location_precision"), K("exact")}},
                              K("place")));
        QVERIFY(doc.updateRow(K("actor"), c.paul,
                              {{K("latitude"), 48.30}, {K("longitude"), 6.13},
                               {K("location_precision"), K("commune")}},
                              K("place")));
        const auto rec = privacy::collectPersonRecord(doc.store(), c.jeanne);
        QVERIFY(rec);
        const QJsonObject person = privacy::personRecordJson(*rec).value(K("person")).toObject();
        QCOMPARE(person.value(K("latitude")).toDouble(), lat);
        QCOMPARE(person.value(K("longitude")).toDouble(), lon);
        QCOMPARE(person.value(K("location_precision")).toString(), K("exact"));

        auto stored = [](double v) {
            const quint64 bits = qToBigEndian(std::bit_cast<quint64>(v));
            return QByteArray(reinterpret_cast<const char *>(&bits), 8);
        };
        QVERIFY(doc.store().checkpoint());
        QVERIFY(fileAndSideFiles(path).contains(stored(lat)));  // the test can fail
        QString error;
        if (erase) {
            QVERIFY2(privacy::erase(doc, {c.jeanne}, &error), qPrintable(error));
        } else {
            privacy::PseudonymPlan done;
            QVERIFY2(privacy::pseudonymize(doc, {c.jeanne, c.paul}, &error, &done),
                     qPrintable(error));
            QVERIFY(!doc.actor(c.jeanne)->hasLocation());
            QCOMPARE(doc.actor(c.jeanne)->locationPrecision, QString());
            // A commune's centre says no more than the commune: kept.
            QCOMPARE(doc.actor(c.paul)->latitude, 48.30);
            QCOMPARE(doc.actor(c.paul)->locationPrecision, K("commune"));
        }
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        QVERIFY(!bytes.contains(stored(lat)));
        QVERIFY(!bytes.contains(stored(lon)));
    }

    void eraseLeavesNoTrace()
    {
        const QString path = newPath(K("erase"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        // Touch the person several times, undo and redo: each step wrote her data again.
        QVERIFY(doc.updateRow(K("actor"), c.jeanne, {{K("name"), K("Jeanne Dupont-Lacroix")}},
                              K("rename")));
        QVERIFY(doc.updateRow(K("actor"), c.jeanne,
                              {{K("description"), K("Ancienne institutrice, rue du Moulin.")}},
                              K("describe")));
        QVERIFY(doc.updateRow(K("actor"), c.jeanne, {{K("email"), K("jd.lacroix@example.net")}},
                              K("mail")));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();  // back to "Jeanne Dupont"
        doc.undoStack()->redo();
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(c.jeanne)->name, K("Jeanne Dupont"));
        QVERIFY(doc.undoStack()->canRedo());

        const QStringList secrets{K("Jeanne Dupont"), K("Dupont-Lacroix"), K("jd.lacroix@example.net"),
                                  K("jeanne.dupont@example.org"), K("rue du Moulin"),
                                  K("06 11 22 33 44"), K("3 rue des Tilleuls"),
                                  K("JEANNE DUPONT"), K("Dupont Jeanne"), K("jeanne dupont")};
        // The test can fail: before erasure the data is in the file.
        QVERIFY(doc.store().checkpoint());
        QVERIFY(containsText(fileAndSideFiles(path), K("Jeanne Dupont")));

        const privacy::ErasurePlan plan = privacy::planErasure(doc.store(), {c.jeanne});
        QCOMPARE(plan.persons.size(), 1);
        QCOMPARE(plan.textChanges.size(), 7);
        const QString preview = plan.describe().join(QLatin1Char('\n'));
        QVERIFY(preview.contains(K("Mairie")));
        QVERIFY(preview.contains(K("Débat du printemps")));
        QVERIFY(preview.contains(K("Jardin partagé")));
        // "Mme Dupont" may be her: shown for checking, not changed.
        QCOMPARE(plan.possibleMentions.size(), 1);
        QCOMPARE(plan.possibleMentions.first().table, K("indicator"));
        QVERIFY(preview.contains(K("Relevé avec Mme Dupont chaque mois.")));

        const qint64 linksBefore = doc.store().count(K("link"));
        QString error;
        QVERIFY2(privacy::erase(doc, {c.jeanne}, &error), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.actor(c.jeanne));
        QCOMPARE(doc.store().count(K("link")), linksBefore - 1);
        QCOMPARE(doc.store().rows(K("meeting_attendee"), K("actor_id"), c.jeanne).size(), 0);
        QCOMPARE(doc.store().rows(K("problem_actor"), K("actor_id"), c.jeanne).size(), 0);
        QVERIFY(doc.store().row(K("action_item"), c.action)->value(K("lead_actor_id")).isNull());
        // Everyone else keeps their place.
        QCOMPARE(doc.store().rows(K("meeting_attendee"), K("meeting_id"), c.meeting).size(), 2);
        QCOMPARE(doc.store().rows(K("action_partner"), K("action_id"), c.action).size(), 2);
        const QString notes = doc.store().row(K("meeting"), c.meeting)->value(K("notes")).toString();
        QCOMPARE(notes, K("[erased] a lancé l'idée d'un jardin partagé. Paul Martin promet une "
                          "réponse avant l'été."));
        QCOMPARE(doc.store().row(K("meeting"), c.meeting)->value(K("decisions")).toString(),
                 K("[erased] coordonne le groupe."));
        QCOMPARE(doc.actor(c.mairie)->description, K("[erased] y tient une permanence le mardi."));
        QCOMPARE(doc.store().row(K("indicator"), c.indicator)->value(K("description")).toString(),
                 K("Relevé avec Mme Dupont chaque mois."));
        QCOMPARE(doc.store().integrityCheck(), K("ok"));

        // While the file is still open, and after closing it.
        QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : secrets)
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        doc.close();
        QVERIFY(!QFile::exists(path + K("-wal")));
        QVERIFY(!QFile::exists(path + K("-journal")));
        bytes = fileAndSideFiles(path);
        QVERIFY(bytes.size() > 4096);
        for (const QString &s : secrets)
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        QVERIFY(containsText(bytes, K("Paul Martin")));
        // The file is whole and opens again.
        QVERIFY(doc.open(path));
        QCOMPARE(doc.store().integrityCheck(), K("ok"));
        QCOMPARE(doc.actors().size(), 3);
    }

    void searchFindsEveryEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf8") << K("UTF-8");
        QTest::newRow("utf16le") << K("UTF-16le");
        QTest::newRow("utf16be") << K("UTF-16be");
    }
    void searchFindsEveryEncoding()
    {
        // The byte search of the erasure tests finds a name whatever encoding SQLite stores
        // text in, so a file in UTF-16 could not hide one.
        QFETCH(QString, encoding);
        const QString path = newPath(K("enc"));
        const QString conn = K("encoding-") + encoding;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(K("QSQLITE"), conn);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(K("PRAGMA encoding = '%1'").arg(encoding)));
            QVERIFY(q.exec(K("CREATE TABLE t (name TEXT)")));
            QVERIFY(q.exec(K("INSERT INTO t VALUES ('Benoît Perrin')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        const QByteArray bytes = test::readBytes(path);
        QVERIFY(containsText(bytes, K("Benoît Perrin")));
        QVERIFY(!containsText(bytes, K("Benoît Perrine")));
    }

    void eraseLeavesNoTraceInBusyFile()
    {
        // Long text spilling onto overflow pages, many rows whose pages split and merge while
        // the person is edited, renamed and linked: no old copy may survive anywhere.
        const QString path = newPath(K("busy"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Actor person;
        person.name = K("Gaëlle Vuillaume");
        person.isPerson = true;
        person.description = K("Habitante du quartier Gaëlle Vuillaume. ").repeated(300);
        const qint64 id = doc.addActor(person).value_or(0);
        QVERIFY(id);
        QList<qint64> others;
        for (int i = 0; i < 400; ++i) {
            Actor a;
            a.name = K("Association %1").arg(i);
            a.description = (i % 7 == 0 ? K("Contact : Gaëlle Vuillaume. ") : K("Rien. ")).repeated(i % 40 + 1);
            others << doc.addActor(a).value_or(0);
        }
        Link l;
        l.sourceId = id;
        for (int i = 0; i < 400; i += 3) {
            l.targetId = others.at(i);
            l.description = K("Lien noué par Gaëlle Vuillaume, n°%1").arg(i);
            QVERIFY(doc.addLink(l));
        }
        for (int round = 0; round < 5; ++round) {
            QVERIFY(doc.updateRow(K("actor"), id, {{K("description"), K("Version %1 : Gaëlle Vuillaume, vuillaume.gaelle@example.org. ").arg(round).repeated(200)}}, K("d")));
            QVERIFY(doc.removeActors(others.mid(round * 20, 20)));
        }
        for (int i = 0; i < 3; ++i)
            doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(privacy::erase(doc, {id}));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {K("Gaëlle Vuillaume"), K("Vuillaume Gaëlle"), K("vuillaume.gaelle@example.org"),
                                 K("Habitante du quartier"), K("Lien noué par")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        QVERIFY(containsText(bytes, K("Contact : [erased]. ")));
    }

    void eraseCleansFileEditedWithoutSecureDelete()
    {
        // A file edited by another SQLite program with secure_delete off keeps old values in
        // free space that Maillage's own secure_delete never saw: erasure rebuilds the file.
        const QString path = newPath(K("foreign"));
        qint64 id = 0;
        {
            Document doc;
            QVERIFY(doc.create(path, K("T")));
            Actor a;
            a.name = K("Hervé Thiébaut");
            a.isPerson = true;
            id = doc.addActor(a).value_or(0);
            for (int i = 0; i < 50; ++i) {
                Actor o;
                o.name = K("Org %1").arg(i);
                o.description = K("x").repeated(200);
                QVERIFY(doc.addActor(o));
            }
        }
        const QString conn = K("foreign-editor");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(K("QSQLITE"), conn);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(K("PRAGMA secure_delete = OFF")));
            // A shorter value leaves the longer one in the page's free space.
            QVERIFY(q.exec(K("UPDATE actor SET description = '%1' WHERE id = %2")
                               .arg(K("Ancien élu, dit Hervé Thiébaut, version 0. ").repeated(3))
                               .arg(id)));
            QVERIFY(q.exec(K("UPDATE actor SET description = 'court' WHERE id = %1").arg(id)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        QVERIFY(containsText(test::readBytes(path), K("version 0")));
        Document doc;
        QVERIFY(doc.open(path));
        QVERIFY(privacy::erase(doc, {id}));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {K("Hervé Thiébaut"), K("Ancien élu")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
    }

    void eraseMany()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("many")), K("T")));
        Crafted c;
        c.build(doc);
        QVERIFY(privacy::erase(doc, {c.jeanne, c.paul}));
        QCOMPARE(doc.actors().size(), 2);
        QCOMPARE(doc.store().row(K("meeting"), c.meeting)->value(K("notes")).toString(),
                 K("[erased] a lancé l'idée d'un jardin partagé. [erased] promet une réponse "
                   "avant l'été."));
        QString error;
        QVERIFY(!privacy::erase(doc, {c.jeanne}, &error));
        QVERIFY(!error.isEmpty());
    }

    // A person erased from the territory does not come back when the file they were imported
    // from is imported again: the row and its links are left out and the report says where.
    // The file keeps keyed digests only: neither the name nor the e-mail in any encoding.
    void erasedPersonsStayOutOfImports_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("leftOut");
        QTest::newRow("spreadsheet, by name")
            << K("habitants.csv")
            << QByteArray("Name,Type,Email\nLucie Martin,Habitant,lucie@example.org\n"
                          "Mairie,Institution,\n")
            << K("habitants.csv line 2");
        QTest::newRow("spreadsheet, by e-mail, name spelt otherwise")
            << K("habitants.csv")
            << QByteArray("Name,Type,Email\nLucie Martin,Habitant,lucie@example.org\n"
                          "Mairie,Institution,\n")
            << K("habitants.csv line 2");
        QTest::newRow("GraphML, by node id")
            << K("reseau.graphml")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                          "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                          "<graph edgedefault=\"undirected\">\n"
                          "<node id=\"n1\"><data key=\"l\">Lucie Martin</data></node>\n"
                          "<node id=\"n2\"><data key=\"l\">Mairie</data></node>\n"
                          "<edge source=\"n1\" target=\"n2\"/>\n"
                          "</graph></graphml>\n")
            << K("reseau.graphml line 5");
    }
    void erasedPersonsStayOutOfImports()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, leftOut);
        const QString path = newPath(K("reimport"));
        const QString input = test::tempPath(fileName);
        test::writeBytes(input, content);
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        io::ImportReport report;
        QString error;
        QVERIFY2(io::importFiles(doc, {input}, {}, &report, &error), qPrintable(error));
        const QList<Actor> found = privacy::findActors(doc.store(), K("Lucie Martin"));
        QCOMPARE(found.size(), 1);
        // Make her a person with an address (a spreadsheet's "Habitant" may not be one).
        Actor lucie = found.first();
        lucie.email = K("lucie@example.org");
        QVERIFY2(doc.updateActor(lucie.id, {{K("is_person"), 1}, {K("email"), lucie.email}},
                                 &error),
                 qPrintable(error));
        if (QTest::currentDataTag() == QByteArray("spreadsheet, by e-mail, name spelt otherwise"))
            test::writeBytes(input, QByteArray(content).replace("Lucie Martin", "L. Martin"));
        const qint64 linksBefore = doc.store().count(K("link"));
        QVERIFY2(privacy::erase(doc, {lucie.id}, &error), qPrintable(error));
        QVERIFY(doc.store().count(K("link")) <= linksBefore);

        io::ImportReport again;
        QVERIFY2(io::importFiles(doc, {input}, {}, &again, &error), qPrintable(error));
        QVERIFY(privacy::findActors(doc.store(), K("Lucie Martin")).isEmpty());
        QVERIFY(privacy::findActors(doc.store(), K("L. Martin")).isEmpty());
        QCOMPARE(privacy::findActors(doc.store(), K("Mairie")).size(), 1);
        QCOMPARE(again.erasedLeftOut, QStringList{leftOut});
        QVERIFY2(again.summary().contains(leftOut), qPrintable(again.summary()));
        for (const Link &l : doc.links())
            QVERIFY(doc.actor(l.sourceId) && doc.actor(l.targetId));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        QVERIFY(!containsText(bytes, K("Lucie Martin")));
        QVERIFY(!containsText(bytes, K("lucie@example.org")));
    }

    void pseudonymiseKeepsLinksAndMeetings()
    {
        const QString path = newPath(K("pseudo"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY(doc.open(path));
        const qint64 claire = privacy::findActors(doc.store(), K("Claire Mougenot")).value(0).id;
        const qint64 maire = privacy::findActors(doc.store(), K("Bernard Collignon")).value(0).id;
        const qint64 benoit = privacy::findActors(doc.store(), K("Benoît Perrin")).value(0).id;
        QVERIFY(claire && maire && benoit);
        // Name Claire in another row's notes, so that the rewrite is exercised.
        const qint64 meeting = doc.store().rows(K("meeting")).first().value(K("id")).toLongLong();
        QVERIFY(doc.updateRow(K("meeting"), meeting,
                              {{K("decisions"), K("Claire Mougenot anime le groupe aînés.")}},
                              K("note")));
        auto snapshot = [&](qint64 id) {
            return QList<qsizetype>{
                doc.store().rows(K("link"), K("source_id"), id).size(),
                doc.store().rows(K("link"), K("target_id"), id).size(),
                doc.store().rows(K("meeting_attendee"), K("actor_id"), id).size(),
                doc.store().rows(K("problem_actor"), K("actor_id"), id).size(),
                doc.store().rows(K("action_partner"), K("actor_id"), id).size()};
        };
        const auto before = snapshot(claire);
        QVERIFY(before.at(2) > 0);
        const qint64 links = doc.store().count(K("link"));

        privacy::PseudonymPlan done;
        QVERIFY2(privacy::pseudonymize(doc, {benoit, maire, claire}, &error, &done),
                 qPrintable(error));
        QCOMPARE(done.persons.size(), 3);
        QCOMPARE(snapshot(claire), before);
        QCOMPARE(doc.store().count(K("link")), links);
        QCOMPARE(doc.undoStack()->count(), 0);
        // Citizens and elected officials numbered separately, in id order.
        const Actor c = *doc.actor(claire);
        QCOMPARE(c.name, K("Resident 1"));
        QCOMPARE(doc.actor(benoit)->name, K("Resident 2"));
        QCOMPARE(doc.actor(maire)->name, K("Elected official 1"));
        QVERIFY(c.email.isEmpty() && c.phone.isEmpty() && c.address.isEmpty());
        QCOMPARE(doc.store().row(K("meeting"), meeting)->value(K("decisions")).toString(),
                 K("Resident 1 anime le groupe aînés."));
        // A second run continues the numbering and leaves pseudonyms alone.
        const qint64 samia = privacy::findActors(doc.store(), K("Samia Belkacem")).value(0).id;
        QVERIFY(privacy::pseudonymize(doc, {samia, claire}, &error, &done));
        QCOMPARE(doc.actor(samia)->name, K("Resident 3"));
        QCOMPARE(doc.actor(claire)->name, K("Resident 1"));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {K("Claire Mougenot"), K("claire.mougenot@example.org"),
                                 K("Bernard Collignon"), K("Benoît Perrin"), K("Samia Belkacem")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        QVERIFY(containsText(bytes, K("Odile Ferry")));
    }

    // Snapshots (workshop mode) hold copies of persons: erasure removes them and their links
    // from every snapshot, leaving no byte of the name in the file; the right of access lists
    // the snapshots; pseudonymisation renames them there.
    void eraseRemovesPersonFromSnapshots()
    {
        const QString path = newPath(K("snapshots"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        QString error;
        const auto first = workshop::takeSnapshot(doc, K("Avant"), K("Avec Jeanne Dupont au café."),
                                                  &error);
        QVERIFY2(first, qPrintable(error));
        // Named otherwise in the second snapshot: found there by id (a person in both).
        QVERIFY(doc.updateRow(K("actor"), c.jeanne, {{K("name"), K("Jeanne Dupont-Lacroix")}},
                              K("rename")));
        const auto second = workshop::takeSnapshot(doc, K("Après"), QString(), &error);
        QVERIFY(second);
        QVERIFY(doc.updateRow(K("actor"), c.jeanne, {{K("name"), K("Jeanne Dupont")}},
                              K("rename")));

        // Right of access: the snapshots she is in, and the snapshot note naming her.
        const auto rec = privacy::collectPersonRecord(doc.store(), c.jeanne);
        QVERIFY(rec);
        QCOMPARE(rec->snapshots.size(), 2);
        QCOMPARE(rec->snapshots[0].name, K("Avant"));
        QCOMPARE(rec->snapshots[1].name, K("Après"));
        QCOMPARE(privacy::personRecordJson(*rec).value(K("snapshots")).toArray().size(), 2);
        bool noteMentioned = false;
        for (const privacy::Mention &m : rec->mentions)
            noteMentioned = noteMentioned || (m.table == K("snapshot") && m.column == K("note"));
        QVERIFY(noteMentioned);
        // The test can fail: before erasure her names are in the file.
        QVERIFY(doc.store().checkpoint());
        QVERIFY(containsText(fileAndSideFiles(path), K("Dupont-Lacroix")));

        const privacy::ErasurePlan plan = privacy::planErasure(doc.store(), {c.jeanne});
        const QString preview = plan.describe().join(QLatin1Char('\n'));
        QVERIFY2(preview.contains(K("Removed from snapshot “Avant”")), qPrintable(preview));
        QVERIFY(preview.contains(K("Removed from snapshot “Après”")));

        QVERIFY2(privacy::erase(doc, {c.jeanne}, &error), qPrintable(error));
        for (qint64 id : {*first, *second}) {
            workshop::MapData m;
            QVERIFY2(workshop::loadSnapshot(doc.store(), id, &m, &error), qPrintable(error));
            QCOMPARE(m.actors.size(), 3);  // Paul, the Mairie, the café
            QCOMPARE(m.links.size(), 2);   // Paul–Mairie and café–Mairie
            for (const Actor &a : m.actors)
                QVERIFY(a.id != c.jeanne);
            for (const Link &l : m.links)
                QVERIFY(l.sourceId != c.jeanne && l.targetId != c.jeanne);
        }
        QCOMPARE(workshop::snapshotInfo(doc.store(), *first)->note, K("Avec [erased] au café."));
        // Paul's record no longer shows her anywhere, snapshots included.
        const QByteArray paulJson = QJsonDocument(privacy::personRecordJson(
                                        *privacy::collectPersonRecord(doc.store(), c.paul)))
                                        .toJson();
        QVERIFY(paulJson.contains("\"snapshots\""));
        QVERIFY(!paulJson.contains("Jeanne"));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {K("Jeanne Dupont"), K("Dupont-Lacroix"), K("JEANNE DUPONT"),
                                 K("jeanne dupont")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
        QVERIFY(containsText(bytes, K("Paul Martin")));
    }

    void pseudonymiseRenamesInSnapshots()
    {
        const QString path = newPath(K("pseudo-snapshots"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        QString error;
        const auto id = workshop::takeSnapshot(doc, K("Avant"), K("Paul Martin était là."), &error);
        QVERIFY(id);
        const qint64 linksBefore = workshop::snapshotInfo(doc.store(), *id)->links;
        privacy::PseudonymPlan plan = privacy::planPseudonymisation(doc.store(), {c.paul});
        QCOMPARE(plan.snapshots, QStringList{K("Avant")});
        QVERIFY(plan.describe().join(QLatin1Char('\n')).contains(K("Avant")));
        QVERIFY2(privacy::pseudonymize(doc, {c.paul}, &error), qPrintable(error));
        workshop::MapData m;
        QVERIFY(workshop::loadSnapshot(doc.store(), *id, &m, &error));
        QCOMPARE(m.actors.size(), 4);
        QCOMPARE(m.links.size(), linksBefore);  // links kept
        QStringList names;
        for (const Actor &a : m.actors)
            names << a.name;
        QVERIFY2(names.contains(K("Elected official 1")), qPrintable(names.join(K(", "))));
        QCOMPARE(workshop::snapshotInfo(doc.store(), *id)->note, K("Elected official 1 était là."));
        doc.close();
        QVERIFY(!containsText(fileAndSideFiles(path), K("Paul Martin")));
    }


    // Every text column of every table, found from the file (not from a list): the name
    // written in each is replaced, the preview and the CLI preview name each place, and no
    // byte of it is left in the file. A column or table added later without being covered
    // fails here (a new table must get a row in fillEveryTable()).
    void everyTextColumnIsCovered_data()
    {
        QTest::addColumn<bool>("erasure");
        QTest::newRow("erase") << true;
        QTest::newRow("pseudonymize") << false;
    }
    void everyTextColumnIsCovered()
    {
        QFETCH(bool, erasure);
        const QString name = K("Rosalie Vautrin");
        const QString path = newPath(K("every-column"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY(doc.open(path));
        const qint64 person = fillEveryTable(doc, name);
        QVERIFY(person);
        QStringList refused, empty;
        const QList<Place> places = plantEverywhere(doc.store(), name, person, &refused, &empty);
        QVERIFY2(empty.isEmpty(), qPrintable(K("tables without a row: ") + empty.join(K(", "))));
        QStringList planted;
        for (const Place &p : places)
            planted << p.key();
        // What the issue found left behind, among the rest.
        for (const QString &must :
             {K("tag.name"), K("snapshot.name"), K("snapshot.content"), K("exercise.brief"),
              K("territory.author"), K("theme.name"), K("theme.description"),
              K("interview.question"), K("interview.goal"), K("interview.settings"),
              K("saved_view.settings"), K("category.code"), K("actor.import_key"),
              K("field.name"), K("field.unit"), K("field.choices"), K("actor_field_value.value"),
              K("link_field_value.value")})
            QVERIFY2(planted.contains(must), qPrintable(must));
        QVERIFY(places.size() > 80);
        QVERIFY(doc.store().checkpoint());
        QVERIFY(containsText(fileAndSideFiles(path), name));  // the test can fail

        const QStringList preview = erasure
                                        ? privacy::planErasure(doc.store(), {person}).describe()
                                        : privacy::planPseudonymisation(doc.store(), {person})
                                              .describe();
        for (const Place &p : places)
            QVERIFY2(!previewLine(preview, p).isEmpty(),
                     qPrintable(p.key() + K(" not in the preview:\n") + preview.join(K("\n"))));
        if (erasure) {
            // The command line's preview lists them too.
            doc.close();
            const auto r = test::runCli({K("erase"), path, name});
            QCOMPARE(r.exitCode, 3);
            const QStringList lines = r.out.split(QLatin1Char('\n'));
            for (const Place &p : places)
                QVERIFY2(!previewLine(lines, p).isEmpty(), qPrintable(p.key()));
            QVERIFY(doc.open(path));
        }

        privacy::ErasurePlan erased;
        privacy::PseudonymPlan pseudonymised;
        QVERIFY2(erasure ? privacy::erase(doc, {person}, &error, &erased)
                         : privacy::pseudonymize(doc, {person}, &error, &pseudonymised),
                 qPrintable(error));
        const QString replacement = erasure ? K("[erased]") : K("Resident 1");
        for (const Place &p : places) {
            const QString v = storedValue(doc.store(), p.table, p.rowid, p.column).toString();
            QVERIFY2(!v.contains(K("Rosalie")) && v.contains(replacement),
                     qPrintable(p.key() + K(": ") + v));
            if (p.json)
                QVERIFY2(QJsonDocument::fromJson(v.toUtf8()).isObject(), qPrintable(p.key()));
        }
        // Snapshots still load.
        for (const workshop::SnapshotInfo &s : workshop::listSnapshots(doc.store())) {
            workshop::MapData m;
            QVERIFY2(workshop::loadSnapshot(doc.store(), s.id, &m, &error), qPrintable(error));
        }
        QCOMPARE(doc.store().integrityCheck(), K("ok"));
        doc.close();
        const QByteArray bytes = fileAndSideFiles(path);
        for (const QString &s : {name, K("Vautrin Rosalie"), K("Rosalie"), K("Vautrin")})
            QVERIFY2(!containsText(bytes, s), qPrintable(s));
    }

    // A column added to the file (by a later version, by another program) is searched without
    // anyone listing it.
    void addedColumnIsCovered_data()
    {
        QTest::addColumn<bool>("erasure");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("declaration");
        QTest::newRow("erase, text column of tag") << true << K("tag") << K("remark TEXT");
        QTest::newRow("erase, untyped column of meeting") << true << K("meeting") << K("extra");
        QTest::newRow("erase, varchar of theme") << true << K("theme") << K("memo VARCHAR(80)");
        QTest::newRow("pseudonymize, text column of tag") << false << K("tag") << K("remark TEXT");
        QTest::newRow("pseudonymize, column of actor") << false << K("actor") << K("nickname TEXT");
    }
    void addedColumnIsCovered()
    {
        QFETCH(bool, erasure);
        QFETCH(QString, table);
        QFETCH(QString, declaration);
        const QString column = declaration.section(QLatin1Char(' '), 0, 0);
        const QString path = newPath(K("added-column"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        if (table == K("tag") || table == K("theme"))
            QVERIFY(doc.addRow(table, {{K("name"), K("Jardins")}}, K("add")));
        QSqlQuery q(doc.store().database());
        QVERIFY2(q.exec(K("ALTER TABLE %1 ADD COLUMN %2").arg(table, declaration)),
                 qPrintable(q.lastError().text()));
        const qint64 rowid = table == K("actor") ? c.mairie
                             : table == K("meeting") ? c.meeting
                                                     : doc.store().rows(table).last().value(K("id")).toLongLong();
        QVERIFY(q.exec(K("UPDATE %1 SET %2 = 'Vu avec Jeanne Dupont le 3 mai.' WHERE id = %3")
                           .arg(table, column)
                           .arg(rowid)));
        QVERIFY(doc.store().checkpoint());
        QVERIFY(containsText(fileAndSideFiles(path), K("Vu avec Jeanne Dupont")));

        const QStringList preview =
            erasure ? privacy::planErasure(doc.store(), {c.jeanne}).describe()
                    : privacy::planPseudonymisation(doc.store(), {c.jeanne}).describe();
        const QString line = previewLine(preview, Place{table, rowid, column, false});
        QVERIFY2(!line.isEmpty(), qPrintable(preview.join(K("\n"))));
        QString error;
        QVERIFY2(erasure ? privacy::erase(doc, {c.jeanne}, &error)
                         : privacy::pseudonymize(doc, {c.jeanne}, &error),
                 qPrintable(error));
        QCOMPARE(storedValue(doc.store(), table, rowid, column).toString(),
                 erasure ? K("Vu avec [erased] le 3 mai.") : K("Vu avec Resident 1 le 3 mai."));
        doc.close();
        QVERIFY(!containsText(fileAndSideFiles(path), K("Jeanne Dupont")));
    }

    // A name replaced in a unique column (tag names, category codes) may meet a value another
    // row has: it gets a number, and the erasure goes through.
    void uniqueColumnsGetANumber()
    {
        const QString path = newPath(K("unique"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        const auto t1 = doc.addRow(K("tag"), {{K("name"), K("Jeanne Dupont")}}, K("tag"));
        const auto t2 = doc.addRow(K("tag"), {{K("name"), K("[erased]")}}, K("tag"));
        const auto t3 = doc.addRow(K("tag"), {{K("name"), K("JEANNE DUPONT")}}, K("tag"));
        const auto cat = doc.addRow(K("category"),
                                    {{K("code"), K("Jeanne Dupont")}, {K("name"), K("Ses amis")}},
                                    K("category"));
        const auto cat2 = doc.addRow(K("category"),
                                     {{K("code"), K("[erased]")}, {K("name"), K("Autres")}},
                                     K("category"));
        QVERIFY(t1 && t2 && t3 && cat && cat2);
        QString error;
        QVERIFY2(privacy::erase(doc, {c.jeanne}, &error), qPrintable(error));
        QCOMPARE(doc.store().row(K("tag"), *t1)->value(K("name")).toString(), K("[erased] (2)"));
        QCOMPARE(doc.store().row(K("tag"), *t2)->value(K("name")).toString(), K("[erased]"));
        QCOMPARE(doc.store().row(K("tag"), *t3)->value(K("name")).toString(), K("[erased] (3)"));
        QCOMPARE(doc.store().row(K("category"), *cat)->value(K("code")).toString(),
                 K("[erased] (2)"));
        doc.close();
        QVERIFY(!containsText(fileAndSideFiles(path), K("Jeanne Dupont")));
    }

    // An erasure or a pseudonymisation killed between its commit and its purge leaves the
    // name in the file's free pages and log; the next read-write open finishes the purge.
    void killedBeforePurgeIsFinishedAtOpen_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("erase") << K("erase");
        QTest::newRow("pseudonymize") << K("pseudonymize");
    }
    void killedBeforePurgeIsFinishedAtOpen()
    {
        QFETCH(QString, mode);
        const QString path = newPath(K("killed"));
        {
            Document doc;
            QVERIFY(doc.create(path, K("T")));
            Crafted c;
            c.build(doc);
        }
        QVERIFY(killBeforePurge(mode, path, K("Jeanne Dupont")));
        // The test can fail: the name is still in the file or its log.
        QVERIFY(containsText(fileAndSideFiles(path), K("Jeanne Dupont")));
        Document doc;
        QString error;
        QVERIFY2(doc.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
        QVERIFY(doc.finishedPendingPurge());
        QVERIFY(!privacy::purgePending(doc.store()));
        QCOMPARE(doc.store().row(K("territory"), 1)->value(K("purge_pending")).toInt(), 0);
        QVERIFY(privacy::findActors(doc.store(), K("Jeanne Dupont")).isEmpty());
        QVERIFY(!containsText(fileAndSideFiles(path), K("Jeanne Dupont")));
        doc.close();
        QVERIFY(!containsText(fileAndSideFiles(path), K("Jeanne Dupont")));
        QVERIFY(containsText(fileAndSideFiles(path), K("Paul Martin")));
        // Nothing left to finish the next time.
        QVERIFY(doc.open(path));
        QVERIFY(!doc.finishedPendingPurge());
    }

    void erasureMarksThePurgeInItsTransaction()
    {
        const QString path = newPath(K("mark"));
        Document doc;
        QVERIFY(doc.create(path, K("T")));
        Crafted c;
        c.build(doc);
        QVERIFY(!privacy::purgePending(doc.store()));
        QVERIFY(privacy::eraseUnpurged(doc, {c.jeanne}));
        QVERIFY(privacy::purgePending(doc.store()));
        QVERIFY(!doc.actor(c.jeanne));
        bool finished = false;
        QVERIFY(privacy::finishPendingPurge(doc, &finished));
        QVERIFY(finished);
        QVERIFY(!privacy::purgePending(doc.store()));
        // A read-only open finishes nothing (and cannot): the mark is only read.
        QVERIFY(privacy::pseudonymizeUnpurged(doc, {c.paul}));
        doc.close();
        QVERIFY(doc.open(path, Store::Access::ReadOnly));
        QVERIFY(!doc.finishedPendingPurge());
        QVERIFY(privacy::purgePending(doc.store()));
        doc.close();
        QVERIFY(doc.open(path));
        QVERIFY(doc.finishedPendingPurge());
        QVERIFY(!privacy::purgePending(doc.store()));
    }

    void extendRetention()
    {
        Document doc;
        QVERIFY(doc.create(newPath(K("extend")), K("T")));
        Crafted c;
        c.build(doc);
        Actor undated;
        undated.name = K("Sans Date");
        undated.isPerson = true;
        undated.lastContact = QDate(2025, 1, 15);
        const qint64 u = doc.addActor(undated).value_or(0);
        QVERIFY(privacy::extendRetention(doc, {c.jeanne, u}, 12));
        QCOMPARE(doc.actor(c.jeanne)->retentionDate, QDate(2028, 3, 1));
        QCOMPARE(doc.actor(u)->retentionDate, QDate(2029, 1, 15));  // 36 months + 12
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(c.jeanne)->retentionDate, QDate(2027, 3, 1));
        QString error;
        QVERIFY(!privacy::extendRetention(doc, {c.jeanne}, 0, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"

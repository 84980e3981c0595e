#include "core/store/postgres.h"

#include "core/store/schema.h"
#include "core/store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace maillage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::postgres)
};

/// What the schema's comment says: "Maillage territory, format N".
const QString kCommentPrefix = QStringLiteral("Maillage territory, format ");

QString ident(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

QString sqlError(const QSqlError &e)
{
    const QString t = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return t.simplified();
}

bool run(QSqlDatabase &db, const QString &sql, QString *error, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (int i = 0; ok && i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        ok = ok && q.exec();
    }
    if (!ok && error)
        *error = sqlError(q.lastError());
    return ok;
}

/// libpq's conninfo quoting: 'value' with \ and ' escaped.
QString conninfoValue(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

const QStringList kLevels{QStringLiteral("owner"), QStringLiteral("editor"),
                          QStringLiteral("viewer"), QStringLiteral("viewer_np")};

QString levelSuffix(postgres::Level level)
{
    return kLevels.at(int(level));
}

/// A connection of its own for one job (publish, members), removed when it goes.
struct Connection
{
    QString name = QStringLiteral("maillage-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
    ~Connection()
    {
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

/// Text columns a viewer without personal data sees as they are (table.column); every other
/// text column of the pseudonymised views is blanked, so a column added later is hidden
/// until someone decides it names nobody. Persons' rows of `actor` are handled on their own.
const QSet<QString> &publicTextColumns()
{
    static const QSet<QString> cols = [] {
        QSet<QString> s;
        for (const char *c :
             {"territory.name", "territory.kind", "territory.insee_codes", "territory.epci",
              "territory.created_at", "territory.updated_at", "category.code", "category.name",
              "category.color", "category.shape", "tag.name", "tag.color", "link_type.code",
              "link_type.name", "link_type.color", "link_type.line_style", "theme.code",
              "theme.name", "link.since", "link.until", "link.created_at", "link.updated_at",
              "problem.scale", "problem.status", "problem.raised_on", "problem.created_at",
              "problem.updated_at", "action_item.status", "action_item.start_date",
              "action_item.end_date", "action_item.created_at", "action_item.updated_at",
              "meeting.kind", "meeting.held_on", "meeting.created_at", "meeting.updated_at",
              "indicator.unit", "indicator_value.measured_on", "problem_actor.role",
              "statistic.indicator", "statistic.geo_level", "statistic.geo_code",
              "statistic.marker", "statistic.source", "statistic.label",
              "field.subject", "field.name", "field.type"})
            s.insert(QString::fromLatin1(c));
        return s;
    }();
    return cols;
}

/// Actor columns kept for organisations (not for persons, whose text is blanked and whose
/// name is "Person N").
const QSet<QString> &organisationColumns()
{
    static const QSet<QString> cols{
        QStringLiteral("name"),      QStringLiteral("organisation"), QStringLiteral("role"),
        QStringLiteral("sector"),    QStringLiteral("commune"),      QStringLiteral("website"),
        QStringLiteral("address"),   QStringLiteral("since"),        QStringLiteral("until"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("location_precision")};
    return cols;
}

/// The CREATE VIEW statements of the pseudonymised schema, from the columns as the server
/// made them (information_schema), inside the publishing transaction.
bool pseudonymViews(QSqlDatabase &db, const SharedAddress &a, QStringList *out, QString *error)
{
    for (const TableInfo &t : schema::tables()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(a.schema());
        q.addBindValue(t.name);
        if (!q.exec()) {
            if (error)
                *error = sqlError(q.lastError());
            return false;
        }
        QStringList select;
        const bool actor = t.name == QLatin1String("actor");
        while (q.next()) {
            const QString col = q.value(0).toString();
            const bool text = q.value(1).toString() == QLatin1String("text");
            const bool nullable = q.value(2).toString() == QLatin1String("YES");
            const QString blank = nullable ? QStringLiteral("NULL::text") : QStringLiteral("''::text");
            const QString c = QStringLiteral("r.") + ident(col);
            QString expr = c;
            if (actor && col == QLatin1String("name")) {
                // In the publisher's language (the views are made once, for every member).
                const QString pseudonym = Tr::tr("Person %1");
                auto literal = [](QString t) { return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); };
                expr = QStringLiteral("CASE WHEN r.is_person = 1 THEN %2 || "
                                      "(SELECT count(*) FROM %1.actor p WHERE p.is_person = 1 "
                                      "AND p.id <= r.id) || %3 ELSE r.name END")
                           .arg(ident(a.schema()), literal(pseudonym.section(QStringLiteral("%1"), 0, 0)),
                                literal(pseudonym.section(QStringLiteral("%1"), 1)));
            } else if (actor && (col == QLatin1String("latitude") || col == QLatin1String("longitude"))) {
                expr = QStringLiteral("CASE WHEN r.is_person = 1 THEN NULL ELSE %1 END").arg(c);
            } else if (actor && text) {
                expr = organisationColumns().contains(col)
                           ? QStringLiteral("CASE WHEN r.is_person = 1 THEN %1 ELSE %2 END").arg(blank, c)
                           : blank;
            } else if (text && !publicTextColumns().contains(t.name + QLatin1Char('.') + col)) {
                expr = blank;
            }
            select << expr + QStringLiteral(" AS ") + ident(col);
        }
        *out << QStringLiteral("CREATE VIEW %1.%2 AS SELECT %3 FROM %4.%2 r")
                    .arg(ident(a.pseudonymSchema()), ident(t.name), select.join(QStringLiteral(", ")),
                         ident(a.schema()));
    }
    return true;
}

/// Inserts `rows` into `t` in multi-row INSERTs (hundreds of rows a statement, under the
/// server's 65,535 parameters): one round trip per batch instead of one per row, which is
/// what publishing 10,000 actors spent its time on (8.6 s row by row).
bool insertBatched(QSqlDatabase &db, const TableInfo &t, const QList<Row> &rows, QString *error)
{
    QStringList cols, marks;
    for (const QString &col : t.columns) {
        cols << ident(col);
        marks << QStringLiteral("?");
    }
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    const qsizetype batch = std::max<qsizetype>(1, std::min<qsizetype>(500, 30000 / t.columns.size()));
    QSqlQuery full(db);
    qsizetype prepared = 0;  // the batch size `full` is prepared for
    for (qsizetype from = 0; from < rows.size(); from += batch) {
        const qsizetype n = std::min(batch, rows.size() - from);
        QSqlQuery last(db);
        QSqlQuery &q = n == batch ? full : last;
        if (n != batch || prepared != batch) {
            QStringList tuples(n, tuple);
            if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(ident(t.name), cols.join(QLatin1Char(',')),
                                    tuples.join(QLatin1Char(','))))) {
                if (error)
                    *error = sqlError(q.lastError());
                return false;
            }
            if (n == batch)
                prepared = batch;
        }
        int at = 0;
        for (qsizetype r = from; r < from + n; ++r)
            for (const QString &col : t.columns)
                q.bindValue(at++, rows.at(r).value(col));
        if (!q.exec()) {
            if (error)
                *error = sqlError(q.lastError());
            return false;
        }
    }
    return true;
}

bool roleExists(QSqlDatabase &db, const QString &role, bool *exists, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q.lastError());
        return false;
    }
    *exists = q.next();
    return true;
}

/// 1: exists; 0: does not; -1: error.
int schemaExists(QSqlDatabase &db, const QString &schema, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
    q.addBindValue(schema);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q.lastError());
        return -1;
    }
    return q.next() ? 1 : 0;
}

bool validRoleName(const QString &role)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(role).hasMatch();
}

} // namespace

namespace postgres {

QString channel(const SharedAddress &address)
{
    return QStringLiteral("maillage_") + address.territory;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Owner: return QStringLiteral("owner");
    case Level::Editor: return QStringLiteral("editor");
    case Level::Viewer: return QStringLiteral("viewer");
    case Level::ViewerNoPersonalData: return QStringLiteral("viewer-no-personal-data");
    }
    return {};
}

std::optional<Level> levelFromName(const QString &name)
{
    for (Level l : {Level::Owner, Level::Editor, Level::Viewer, Level::ViewerNoPersonalData})
        if (levelName(l) == name)
            return l;
    return std::nullopt;
}

bool connect(QSqlDatabase &db, const QString &connection, const SharedAddress &a, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = Tr::tr("Cannot open “%1”: Qt's PostgreSQL driver is not installed (Debian "
                            "package libqt6sql6-psql).")
                         .arg(a.display());
        return false;
    }
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!a.host.isEmpty())
        db.setHostName(a.host);
    if (a.port > 0)
        db.setPort(a.port);
    if (!a.user.isEmpty())
        db.setUserName(a.user);
    if (!a.password.isEmpty())
        db.setPassword(a.password);
    if (!a.database.isEmpty())
        db.setDatabaseName(a.database);
    QStringList options;
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it)
        options << it.key() + QLatin1Char('=') + conninfoValue(it.value());
    if (!a.options.contains(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=maillage");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (error)
            *error = Tr::tr("Cannot connect to “%1”: %2").arg(a.display(), sqlError(db.lastError()));
        return false;
    }
    QString why;
    // Text as UTF-8, dates as the file's ISO text: nothing depends on the server's settings.
    if (!run(db, QStringLiteral("SET client_encoding TO 'UTF8'"), &why)) {
        if (error)
            *error = Tr::tr("Cannot connect to “%1”: %2").arg(a.display(), why);
        return false;
    }
    return true;
}

QStringList createStatements()
{
    // The file's schema is portable SQL; the one difference is the row id, which SQLite
    // makes from INTEGER PRIMARY KEY and PostgreSQL from an identity column (the single-row
    // tables, CHECK (id = 1), keep a plain key).
    static const QRegularExpression id(
        QStringLiteral("\\bid INTEGER PRIMARY KEY(?! CHECK)"));
    // Foreign keys are DEFERRABLE (still checked at each statement unless a transaction
    // defers them): the bulk writer checks them once at commit, as it does in a file. Their
    // ON DELETE actions stay immediate.
    static const QRegularExpression reference(
        QStringLiteral("(REFERENCES \\w+ \\(id\\)(?: ON DELETE (?:CASCADE|SET NULL))?)"));
    QStringList out;
    for (QString sql : schema::createStatements()) {
        sql.replace(id, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(reference, QStringLiteral("\\1 DEFERRABLE"));
        out << sql;
    }
    return out;
}

namespace {
/// What publish makes for live updates and row versions, and what opening a territory
/// published before them adds (Store::openShared): every statement may run again.
QStringList versionStatements(const SharedAddress &a)
{
    const QString s = ident(a.schema());
    const QString owner = ident(a.groupRole(kLevels[0])), editor = ident(a.groupRole(kLevels[1])),
                  viewer = ident(a.groupRole(kLevels[2]));
    QStringList out;
    // Live updates: every committed change of a row is announced on the territory's channel
    // (postgres::channel()) with its table, operation, id and author, never its values:
    // anyone connected to the database may listen.
    // Row versions (core/store/postgresversions.h): the transaction and the role that last
    // wrote each row of a table with ids, kept by the same trigger, never a value. Only the
    // trigger writes it (it runs as the publisher); members read it.
    out << QStringLiteral("CREATE TABLE IF NOT EXISTS %1.maillage_row (tbl TEXT NOT NULL, id BIGINT NOT NULL, "
                             "tx BIGINT NOT NULL, by TEXT NOT NULL, op TEXT NOT NULL, columns TEXT[], "
                             "PRIMARY KEY (tbl, id))")
                  .arg(s)
        << QStringLiteral("GRANT SELECT ON %1.maillage_row TO %2, %3, %4").arg(s, owner, editor, viewer);
    out << QStringLiteral(
                  "CREATE OR REPLACE FUNCTION %1.maillage_notify() RETURNS trigger LANGUAGE plpgsql "
                  "SECURITY DEFINER SET search_path TO pg_catalog, pg_temp AS $f$ "
                  "DECLARE r jsonb := to_jsonb(COALESCE(NEW, OLD)); cols text[]; BEGIN "
                  "IF TG_OP = 'UPDATE' THEN SELECT array_agg(n.key ORDER BY n.key) INTO cols FROM "
                  "jsonb_each(r) n WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key; END IF; "
                  "IF TG_ARGV[2] = 'versioned' THEN "
                  "INSERT INTO %1.maillage_row AS m (tbl, id, tx, by, op, columns) VALUES "
                  "(TG_TABLE_NAME, (r ->> 'id')::bigint, txid_current(), session_user, lower(TG_OP), cols) "
                  "ON CONFLICT (tbl, id) DO UPDATE SET by = EXCLUDED.by, op = EXCLUDED.op, "
                  "columns = CASE WHEN m.tx = EXCLUDED.tx THEN ARRAY(SELECT DISTINCT c FROM "
                  "unnest(m.columns || EXCLUDED.columns) c ORDER BY c) ELSE EXCLUDED.columns END, "
                  "tx = EXCLUDED.tx; END IF; "
                  "PERFORM pg_notify(TG_ARGV[0], json_build_object('table', TG_TABLE_NAME, "
                  "'op', lower(TG_OP), 'id', COALESCE(r -> 'id', r -> TG_ARGV[1]), "
                  "'columns', to_json(cols), "
                  "'by', session_user, 'pid', pg_backend_pid(), 'tx', txid_current())::text); "
                  "RETURN NULL; END $f$")
                  .arg(s);
    for (const TableInfo &t : schema::tables())
        out << QStringLiteral("DROP TRIGGER IF EXISTS maillage_notify ON %1.%2").arg(s, ident(t.name))
            << QStringLiteral("CREATE TRIGGER maillage_notify AFTER INSERT OR UPDATE OR DELETE "
                                 "ON %1.%2 FOR EACH ROW EXECUTE FUNCTION %1.maillage_notify('%3', '%4', '%5')")
                      .arg(s, ident(t.name), postgres::channel(a), t.key.first(),
                           t.hasId() ? QStringLiteral("versioned") : QStringLiteral("-"));
    // The bulk writer (imports) moves the identity counters past the ids it chose: setval
    // needs UPDATE on them.
    out << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3")
               .arg(s, editor, owner);
    return out;
}
} // namespace

bool publish(const Store &file, const SharedAddress &a, QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("Cannot publish to “%1”: %2").arg(a.display(), why);
        return false;
    };
    Connection c;
    QString why;
    if (!connect(c.db, c.name, a, error))
        return false;
    const int exists = schemaExists(c.db, a.schema(), &why);
    if (exists < 0)
        return failed(why);
    if (exists > 0)
        return failed(Tr::tr("the territory “%1” exists already on that server; nothing was "
                             "changed").arg(a.territory));
    if (!c.db.transaction())
        return failed(sqlError(c.db.lastError()));
    auto abort = [&](const QString &w) {
        c.db.rollback();
        return failed(w);
    };
    QStringList sql{QStringLiteral("CREATE SCHEMA %1").arg(ident(a.schema())),
                    QStringLiteral("SET LOCAL search_path TO %1").arg(ident(a.schema()))};
    sql += createStatements();
    for (const QString &s : std::as_const(sql))
        if (!run(c.db, s, &why))
            return abort(why);

    // Rows, table by table in the schema's order (parents before children).
    for (const TableInfo &t : schema::tables()) {
        QString readError;
        const QList<Row> rows = file.rows(t.name, QString(), QVariant(), QString(), &readError);
        if (!readError.isEmpty())
            return abort(readError);
        if (rows.isEmpty())
            continue;
        if (!insertBatched(c.db, t, rows, &why))
            return abort(Tr::tr("table %1: %2").arg(t.name, why));
        if (t.hasId() &&
            !run(c.db,
                 QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                     .arg(ident(t.name)),
                 &why, {ident(a.schema()) + QLatin1Char('.') + ident(t.name)}))
            return abort(why);
    }

    // A purge the file still owed (an erasure cut short) concerns the file's free pages;
    // the rows copied here carry nothing of what was erased.
    if (!run(c.db, QStringLiteral("UPDATE territory SET purge_pending = 0"), &why))
        return abort(why);

    // Access: four group roles, the grants, and the pseudonymised views.
    for (const QString &level : kLevels) {
        bool has = false;
        const QString role = a.groupRole(level);
        if (!roleExists(c.db, role, &has, &why))
            return abort(why);
        if (!has && !run(c.db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(role)), &why))
            return abort(why);
    }
    const QString s = ident(a.schema()), p = ident(a.pseudonymSchema());
    const QString owner = ident(a.groupRole(kLevels[0])), editor = ident(a.groupRole(kLevels[1])),
                  viewer = ident(a.groupRole(kLevels[2])), viewerNp = ident(a.groupRole(kLevels[3]));
    QStringList grants{
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(s),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3, %4").arg(s, owner, editor, viewer),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, viewer),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2, %3")
            .arg(s, editor, owner),
        QStringLiteral("CREATE SCHEMA %1").arg(p),
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(p),
    };
    if (!pseudonymViews(c.db, a, &grants, &why))
        return abort(why);
    grants << versionStatements(a);
    grants << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(p, viewerNp)
           << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(p, viewerNp);
    // Owners manage the members: they may grant every level of this territory.
    for (const QString &level : kLevels.mid(1))
        grants << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(ident(a.groupRole(level)), owner);
    grants << QStringLiteral("GRANT %1 TO CURRENT_USER WITH ADMIN OPTION").arg(owner)
           << QStringLiteral("COMMENT ON SCHEMA %1 IS '%2%3'").arg(s, kCommentPrefix).arg(kSchemaVersion);
    for (const QString &g : std::as_const(grants))
        if (!run(c.db, g, &why))
            return abort(why);
    if (!c.db.commit())
        return abort(sqlError(c.db.lastError()));
    return true;
}

bool download(const Store &shared, const QString &path, QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("Cannot download to “%1”: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (info.exists())
        return failed(Tr::tr("a file with that name already exists"));
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".downloading-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QString why;
    {
        Store out;
        if (!out.create(temp, QStringLiteral("-"), &why))
            return failed(why);
        auto abort = [&](const QString &w) {
            out.rollback();
            out.close();
            for (const char *suffix : {"", "-journal", "-wal"})
                QFile::remove(temp + QLatin1String(suffix));
            return failed(w);
        };
        if (!out.begin(&why))
            return abort(why);
        // The new file's default rows go; the server's rows come in their place.
        const QList<TableInfo> &tables = schema::tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it)
            if (!out.clearTable(it->name, &why))
                return abort(why);
        for (const TableInfo &t : tables) {
            QString readError;
            const QList<Row> rows = shared.rows(t.name, QString(), QVariant(), QString(), &readError);
            if (!readError.isEmpty())
                return abort(readError);
            for (const Row &r : rows)
                if (!out.insertRow(t.name, r, &why))
                    return abort(Tr::tr("table %1: %2").arg(t.name, why));
        }
        if (!out.commit(&why))
            return abort(why);
        out.close();
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return failed(Tr::tr("the file could not be written"));
    }
    return true;
}

bool vacuumTerritory(Store &store, QString *error)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    // VACUUM by anyone else than the owner only warns and skips the table: ask first.
    if (!q.exec(QStringLiteral("SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables "
                               "WHERE schemaname = current_schema()")) ||
        !q.next()) {
        if (error)
            *error = sqlError(q.lastError());
        return false;
    }
    if (!q.value(0).toBool()) {
        if (error)
            *error = Tr::tr("only the territory's publisher or an administrator of the server can "
                            "rebuild its tables; it will be done when one of them opens it");
        return false;
    }
    q.finish();
    QStringList tables;
    for (const TableInfo &t : schema::tables())
        tables << t.name;
    tables << QStringLiteral("maillage_row");
    for (const QString &t : std::as_const(tables)) {
        QString why;
        if (!run(db, QStringLiteral("VACUUM FULL %1").arg(ident(t)), &why)) {
            if (error)
                *error = why;
            return false;
        }
    }
    return true;
}

std::optional<QList<Member>> members(const SharedAddress &a, QString *error)
{
    Connection c;
    if (!connect(c.db, c.name, a, error))
        return std::nullopt;
    QSqlQuery q(c.db);
    q.prepare(QStringLiteral(
        "SELECT m.rolname, g.rolname FROM pg_auth_members am "
        "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        "WHERE g.rolname IN (?, ?, ?, ?) AND NOT m.rolname LIKE 'maillage\\_%' "
        "ORDER BY m.rolname, g.rolname"));
    for (const QString &level : kLevels)
        q.addBindValue(a.groupRole(level));
    if (!q.exec()) {
        if (error)
            *error = sqlError(q.lastError());
        return std::nullopt;
    }
    QList<Member> out;
    while (q.next()) {
        const QString group = q.value(1).toString();
        for (int i = 0; i < kLevels.size(); ++i)
            if (group == a.groupRole(kLevels.at(i)))
                out << Member{q.value(0).toString(), Level(i)};
    }
    if (out.isEmpty() && schemaExists(c.db, a.schema(), error) == 0) {
        if (error)
            *error = Tr::tr("There is no territory “%1” on “%2”.").arg(a.territory, a.display());
        return std::nullopt;
    }
    return out;
}

namespace {
bool changeMember(const SharedAddress &a, const QString &role, std::optional<Level> level,
                  QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("Cannot change the members of “%1”: %2").arg(a.display(), why);
        return false;
    };
    if (!validRoleName(role))
        return failed(Tr::tr("“%1” is not a role name (lower-case letters a–z, digits and _)")
                          .arg(role));
    if (role.startsWith(QLatin1String("maillage_")))
        return failed(Tr::tr("roles named maillage_… are Maillage's own groups"));
    Connection c;
    QString why;
    if (!connect(c.db, c.name, a, error))
        return false;
    const int exists = schemaExists(c.db, a.schema(), &why);
    if (exists < 0)
        return failed(why);
    if (exists == 0)
        return failed(Tr::tr("there is no territory “%1” on that server").arg(a.territory));
    if (!c.db.transaction())
        return failed(sqlError(c.db.lastError()));
    auto abort = [&](const QString &w) {
        c.db.rollback();
        return failed(w);
    };
    bool has = false;
    if (!roleExists(c.db, role, &has, &why))
        return abort(why);
    if (!has) {
        if (!level)
            return abort(Tr::tr("there is no role “%1”").arg(role));
        // An owner who is not an administrator may grant this territory's levels but not
        // make roles: say so plainly rather than pass on the server's refusal.
        QSqlQuery may(c.db);
        if (!may.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) ||
            !may.next())
            return abort(sqlError(may.lastError()));
        if (!may.value(0).toBool())
            return abort(Tr::tr("there is no role “%1” and only an administrator of the server may "
                                "create it (CREATE ROLE %1 LOGIN)").arg(role));
        may.finish();
        if (!run(c.db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(ident(role)), &why))
            return abort(why);
    }
    for (const QString &l : kLevels) {
        bool member = false;
        QSqlQuery q(c.db);
        q.prepare(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER') AND EXISTS (SELECT 1 FROM "
                                 "pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN "
                                 "pg_roles m ON m.oid = am.member WHERE g.rolname = ? AND "
                                 "m.rolname = ?)"));
        q.addBindValue(role);
        q.addBindValue(a.groupRole(l));
        q.addBindValue(a.groupRole(l));
        q.addBindValue(role);
        if (!q.exec() || !q.next())
            return abort(sqlError(q.lastError()));
        member = q.value(0).toBool();
        q.finish();
        if (member && !run(c.db, QStringLiteral("REVOKE %1 FROM %2").arg(ident(a.groupRole(l)), ident(role)), &why))
            return abort(why);
    }
    if (level && !run(c.db, QStringLiteral("GRANT %1 TO %2")
                                .arg(ident(a.groupRole(levelSuffix(*level))), ident(role)),
                      &why))
        return abort(why);
    if (!c.db.commit())
        return abort(sqlError(c.db.lastError()));
    return true;
}
} // namespace

bool addMember(const SharedAddress &a, const QString &role, Level level, QString *error)
{
    return changeMember(a, role, level, error);
}

bool removeMember(const SharedAddress &a, const QString &role, QString *error)
{
    return changeMember(a, role, std::nullopt, error);
}

} // namespace postgres

// --- Store on a server --------------------------------------------------------------------

bool Store::openShared(const QString &text, Access access, QString *error)
{
    QString why;
    const auto address = SharedAddress::parse(text, &why);
    if (!address)
        return fail(Failure::NotFound, why, error);
    m_path = address->display();
    m_connection = QStringLiteral("maillage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!postgres::connect(m_db, m_connection, *address, &why))
        return fail(Failure::Io, why, error);
    m_shared = true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT n.nspname, obj_description(n.oid, 'pg_namespace'), "
        "has_schema_privilege(n.oid, 'USAGE') FROM pg_namespace n WHERE n.nspname IN (?, ?)"));
    q.addBindValue(address->schema());
    q.addBindValue(address->pseudonymSchema());
    if (!q.exec())
        return fail(Failure::Io, tr("“%1” cannot be read: %2").arg(m_path, sqlError(q.lastError())),
                    error);
    QString comment;
    bool tables = false, views = false, found = false;
    while (q.next()) {
        found = true;
        if (q.value(0).toString() == address->schema()) {
            comment = q.value(1).toString();
            tables = q.value(2).toBool();
        } else {
            views = q.value(2).toBool();
        }
    }
    q.finish();
    if (!found || !comment.startsWith(kCommentPrefix))
        return fail(Failure::NotFound,
                    tr("There is no territory “%1” on “%2”.").arg(address->territory, m_path), error);
    bool numeric = false;
    const int version = comment.mid(kCommentPrefix.size()).toInt(&numeric);
    if (!numeric || version < 1)
        return fail(Failure::Damaged,
                    tr("“%1” carries no file format version.").arg(m_path), error);
    if (version > kSchemaVersion)
        return fail(Failure::TooNew,
                    tr("“%1” was written by a newer version of Maillage (file format %2; this "
                       "version reads up to %3). Update Maillage to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion),
                    error);
    if (version < kSchemaVersion)
        return fail(Failure::ReadOnlyNeedsUpgrade,
                    tr("“%1” is in format %2 and this version of Maillage cannot upgrade a "
                       "shared territory yet: download it with the version that published it.")
                        .arg(m_path)
                        .arg(version),
                    error);
    m_sharedVersion = version;
    m_sharedAddress = *address;
    {
        QSqlQuery pid(m_db);
        if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
            m_serverProcessId = pid.value(0).toLongLong();
    }
    if (!tables && !views)
        return fail(Failure::Io,
                    tr("“%1”: the role “%2” is not a member of this territory.")
                        .arg(m_path, m_db.userName().isEmpty() ? QString::fromLocal8Bit(qgetenv("PGUSER"))
                                                               : m_db.userName()),
                    error);
    // A viewer without personal data reads the pseudonymised views, under the same names.
    const QString schemaName = tables ? address->schema() : address->pseudonymSchema();
    if (!run(m_db, QStringLiteral("SET search_path TO %1").arg(ident(schemaName)), &why))
        return fail(Failure::Io, tr("“%1” cannot be read: %2").arg(m_path, why), error);
    bool canWrite = false;
    if (tables) {
        QSqlQuery w(m_db);
        if (!w.exec(QStringLiteral("SELECT has_table_privilege('actor', 'INSERT')")) || !w.next())
            return fail(Failure::Io, tr("“%1” cannot be read: %2").arg(m_path, sqlError(w.lastError())),
                        error);
        canWrite = w.value(0).toBool();
    }
    if (canWrite && access == Access::ReadWrite) {
        // A territory published before row versions (no maillage_row; its editors could not
        // move the identity counters): its publisher or an administrator, who own its tables,
        // upgrade it in one transaction; anyone else reads it until they have (an edit there
        // would go unchecked and unseen by the others' checks).
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral(
            "SELECT to_regclass('maillage_row') IS NULL, NOT has_sequence_privilege(?, "
            "pg_get_serial_sequence('actor', 'id'), 'UPDATE'), pg_has_role(tableowner, 'USAGE'), "
            "tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'actor'"));
        u.addBindValue(address->groupRole(QStringLiteral("editor")));
        if (!u.exec() || !u.next())
            return fail(Failure::Io, tr("“%1” cannot be read: %2").arg(m_path, sqlError(u.lastError())),
                        error);
        const bool noVersions = u.value(0).toBool(), noCounters = u.value(1).toBool();
        const bool mayUpgrade = u.value(2).toBool();
        const QString tableOwner = u.value(3).toString();
        u.finish();
        if ((noVersions || noCounters) && mayUpgrade) {
            QStringList statements = postgres::versionStatements(*address);
            // Owned as the tables are, whoever upgrades (the trigger runs as its owner).
            statements << QStringLiteral("ALTER TABLE maillage_row OWNER TO %1").arg(ident(tableOwner))
                       << QStringLiteral("ALTER FUNCTION maillage_notify() OWNER TO %1").arg(ident(tableOwner));
            if (!m_db.transaction())
                return fail(Failure::Io, tr("“%1” cannot be upgraded: %2").arg(m_path, sqlError(m_db.lastError())),
                            error);
            for (const QString &sql : std::as_const(statements)) {
                if (!run(m_db, sql, &why)) {
                    m_db.rollback();
                    return fail(Failure::Io, tr("“%1” cannot be upgraded: %2").arg(m_path, why), error);
                }
            }
            if (!m_db.commit())
                return fail(Failure::Io, tr("“%1” cannot be upgraded: %2").arg(m_path, sqlError(m_db.lastError())),
                            error);
        } else if (noVersions) {
            canWrite = false;
            m_readOnlyReason =
                tr("“%1” was published by an older version of Maillage: it opens read-only until "
                   "its publisher or an administrator of the server opens it once to upgrade it.")
                    .arg(m_path);
        }
    }
    if (!canWrite || access == Access::ReadOnly) {
        // The server holds this connection to reading too.
        if (!run(m_db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), &why))
            return fail(Failure::Io, tr("“%1” cannot be read: %2").arg(m_path, why), error);
        m_readOnly = true;
    }
    return true;
}

} // namespace maillage

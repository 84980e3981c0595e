#include "core/store/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace maillage::schema {

namespace {

// Portable SQL: standard types, named constraints, no SQLite-only syntax, so the same schema
// can later be created on PostgreSQL (INTEGER PRIMARY KEY becomes an identity column there).
// Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC.
const char *const kCreate[] = {
    R"(CREATE TABLE territory (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'commune',
        insee_codes TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        retention_months INTEGER NOT NULL DEFAULT 36 CHECK (retention_months > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE category (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        color TEXT NOT NULL DEFAULT '#808080',
        shape TEXT NOT NULL DEFAULT 'circle',
        person INTEGER NOT NULL DEFAULT 0 CHECK (person IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL DEFAULT '#808080'))",
    R"(CREATE TABLE actor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        commune TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        influence INTEGER NOT NULL DEFAULT 0 CHECK (influence BETWEEN 0 AND 5),
        interest INTEGER NOT NULL DEFAULT 0 CHECK (interest BETWEEN 0 AND 5),
        attitude INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN -2 AND 2),
        engagement INTEGER NOT NULL DEFAULT 0 CHECK (engagement BETWEEN 0 AND 4),
        is_person INTEGER NOT NULL DEFAULT 0 CHECK (is_person IN (0, 1)),
        legal_basis TEXT NOT NULL DEFAULT '',
        consent_date TEXT,
        consent_method TEXT NOT NULL DEFAULT '',
        retention_date TEXT,
        last_contact TEXT,
        x DOUBLE PRECISION,
        y DOUBLE PRECISION,
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        since TEXT,
        until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX actor_category ON actor (category_id))",
    R"(CREATE TABLE actor_tag (
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
        PRIMARY KEY (actor_id, tag_id)))",
    R"(CREATE INDEX actor_tag_tag ON actor_tag (tag_id))",
    R"(CREATE TABLE link_type (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        color TEXT NOT NULL DEFAULT '#808080',
        line_style TEXT NOT NULL DEFAULT 'solid',
        directed INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
        sign INTEGER NOT NULL DEFAULT 0 CHECK (sign BETWEEN -1 AND 1),
        position INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE link (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        type_id INTEGER REFERENCES link_type (id) ON DELETE SET NULL,
        strength INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
        description TEXT NOT NULL DEFAULT '',
        since TEXT,
        until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX link_source ON link (source_id))",
    R"(CREATE INDEX link_target ON link (target_id))",
    R"(CREATE INDEX link_type_idx ON link (type_id))",
    R"(CREATE TABLE theme (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> ''),
        kind TEXT NOT NULL DEFAULT 'informaction',
        held_on TEXT,
        place TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE meeting_attendee (
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, actor_id)))",
    R"(CREATE INDEX meeting_attendee_actor ON meeting_attendee (actor_id))",
    R"(CREATE TABLE problem (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> ''),
        description TEXT NOT NULL DEFAULT '',
        theme_id INTEGER REFERENCES theme (id) ON DELETE SET NULL,
        scale TEXT NOT NULL DEFAULT 'inhabitants' CHECK (scale IN ('inhabitants', 'territory')),
        severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
        status TEXT NOT NULL DEFAULT 'identified'
            CHECK (status IN ('identified', 'qualified', 'addressed', 'resolved', 'dropped')),
        raised_on TEXT,
        meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE problem_actor (
        problem_id INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('affected', 'raised', 'can_act')),
        PRIMARY KEY (problem_id, actor_id, role)))",
    R"(CREATE INDEX problem_actor_actor ON problem_actor (actor_id))",
    R"(CREATE TABLE meeting_problem (
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        problem_id INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, problem_id)))",
    R"(CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> ''),
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'idea'
            CHECK (status IN ('idea', 'planned', 'running', 'done', 'cancelled')),
        start_date TEXT,
        end_date TEXT,
        lead_actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE action_partner (
        action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, actor_id)))",
    R"(CREATE INDEX action_partner_actor ON action_partner (actor_id))",
    R"(CREATE TABLE action_problem (
        action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
        problem_id INTEGER NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, problem_id)))",
    R"(CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        unit TEXT NOT NULL DEFAULT '',
        baseline DOUBLE PRECISION,
        target DOUBLE PRECISION,
        action_id INTEGER REFERENCES action_item (id) ON DELETE CASCADE,
        problem_id INTEGER REFERENCES problem (id) ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE indicator_value (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
        measured_on TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        note TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX indicator_value_indicator ON indicator_value (indicator_id))",
};

// Added by schema version 2 (workshop mode): created with every new file, and by the v1 -> v2
// migration in existing ones.
const char *const kCreateV2[] = {
    // A named copy of the whole territory's map at one moment; `content` is its JSON.
    R"(CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        taken_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL))",
    // A saved view of the map (filters, focus, zoom, layout) shown as a slide; `settings` is JSON.
    R"(CREATE TABLE saved_view (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        position INTEGER NOT NULL DEFAULT 0,
        settings TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    // The territory as a trainer's exercise: the brief and what trainees may use.
    R"(CREATE TABLE exercise (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        brief TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE exercise_category (
        exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
        PRIMARY KEY (exercise_id, category_id)))",
    R"(CREATE TABLE exercise_link_type (
        exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        link_type_id INTEGER NOT NULL REFERENCES link_type (id) ON DELETE CASCADE,
        PRIMARY KEY (exercise_id, link_type_id)))",
    // A Net-Map interview: the question asked, the tower scale and how far the group got.
    R"(CREATE TABLE interview (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        tower_max INTEGER NOT NULL DEFAULT 5 CHECK (tower_max BETWEEN 1 AND 20),
        step INTEGER NOT NULL DEFAULT 0,
        settings TEXT NOT NULL DEFAULT '{}',
        held_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE interview_tower (
        interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
        PRIMARY KEY (interview_id, actor_id)))",
    R"(CREATE INDEX interview_tower_actor ON interview_tower (actor_id))",
};

// Added by schema version 3: the pending purge of an erasure (set in the erasure's own
// transaction, cleared once the file is purged, so a purge cut short by a crash is finished
// later), each actor's and link's identity in the file it was imported from (file name and
// its id there, so importing the same file again updates instead of duplicating), and each
// link's own weight beside the 1-5 strength used for drawing. Run after the version 1 and 2
// statements on new files too, so that new and upgraded files have the very same columns.
const char *const kCreateV3[] = {
    R"(ALTER TABLE territory ADD COLUMN purge_pending INTEGER NOT NULL DEFAULT 0
        CHECK (purge_pending IN (0, 1)))",
    R"(ALTER TABLE actor ADD COLUMN import_source TEXT)",
    R"(ALTER TABLE actor ADD COLUMN import_key TEXT)",
    R"(CREATE UNIQUE INDEX actor_import_key ON actor (import_source, import_key))",
    R"(ALTER TABLE link ADD COLUMN import_source TEXT)",
    R"(ALTER TABLE link ADD COLUMN import_key TEXT)",
    R"(ALTER TABLE link ADD COLUMN weight DOUBLE PRECISION)",
    R"(CREATE UNIQUE INDEX link_import_key ON link (import_source, import_key))",
    // Custom fields: the territory's own fields of actors and of links (Kumu's, Gephi's,
    // Onodo's attributes), and their values, stored as canonical text (numbers in the C
    // locale, dates ISO 8601, yes/no as 1/0; see core/domain/customfield.h). `choices` holds
    // a choice list's values, one a line.
    R"(CREATE TABLE field (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL CHECK (subject IN ('actor', 'link')),
        name TEXT NOT NULL CHECK (name <> ''),
        type TEXT NOT NULL DEFAULT 'text'
            CHECK (type IN ('text', 'number', 'integer', 'date', 'yesno', 'choice', 'url')),
        unit TEXT NOT NULL DEFAULT '',
        choices TEXT NOT NULL DEFAULT '',
        personal INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0,
        CONSTRAINT field_subject_name UNIQUE (subject, name)))",
    R"(CREATE TABLE actor_field_value (
        actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        field_id INTEGER NOT NULL REFERENCES field (id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (actor_id, field_id)))",
    R"(CREATE INDEX actor_field_value_field ON actor_field_value (field_id))",
    R"(CREATE TABLE link_field_value (
        link_id INTEGER NOT NULL REFERENCES link (id) ON DELETE CASCADE,
        field_id INTEGER NOT NULL REFERENCES field (id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (link_id, field_id)))",
    R"(CREATE INDEX link_field_value_field ON link_field_value (field_id))",
};

// Added by schema version 4: public statistics about the territory (INSEE, DREES, SDES files
// read by core/statistics), one value a row, and the territory's intercommunality (its EPCI's
// SIREN code), with which the statistics compare the territory. `indicator` is the column code
// without its year (`P21_POP` is `P_POP` of vintage 2021); `value` is NULL when the source
// marks it secret or missing (`marker` keeps the source's mark: s, nd, ns, so, C), never 0.
// `vintage` is the year of the data, `geography_year` the year of the communes' boundaries the
// file uses (NULL when the file does not say).
const char *const kCreateV4[] = {
    R"(ALTER TABLE territory ADD COLUMN epci TEXT NOT NULL DEFAULT '')",
    R"(CREATE TABLE statistic (
        id INTEGER PRIMARY KEY,
        indicator TEXT NOT NULL CHECK (indicator <> ''),
        geo_level TEXT NOT NULL CHECK (geo_level IN ('commune', 'iris', 'qpv', 'epci',
            'departement', 'region', 'france')),
        geo_code TEXT NOT NULL,
        value DOUBLE PRECISION,
        secret INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
        marker TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        vintage INTEGER NOT NULL,
        geography_year INTEGER,
        imported_at TEXT NOT NULL,
        CONSTRAINT statistic_key UNIQUE (indicator, geo_level, geo_code, vintage)))",
    R"(CREATE INDEX statistic_geo ON statistic (geo_level, geo_code))",
};

// Added by schema version 5:
// - where an actor is: `latitude`/`longitude` in WGS 84 degrees (both NULL when unknown) and how
//   precise that place is (`location_precision`: '' unknown, 'exact', 'street', 'commune' for a
//   commune's centre, 'manual' when set by hand); the address stays in `address`. A person's
//   place is personal data like the rest of their row.
// - `indicator.baseline_source`: where an indicator's baseline comes from when it was taken from
//   a public statistic ("INSEE Filosofi 2021 · poverty_rate · commune 88304"); '' when typed.
// - `erased_import`: one keyed digest per person erased from an imported source, so that
//   importing the same file again does not bring them back. The digest is an HMAC-SHA-256 of
//   the row's import source and key under `territory.erasure_salt`, a random value of the file;
//   it names nobody by itself (see docs/personal-data.md).
const char *const kCreateV5[] = {
    R"(ALTER TABLE actor ADD COLUMN latitude DOUBLE PRECISION
        CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90)))",
    R"(ALTER TABLE actor ADD COLUMN longitude DOUBLE PRECISION
        CHECK (longitude IS NULL OR (longitude BETWEEN -180 AND 180)))",
    R"(ALTER TABLE actor ADD COLUMN location_precision TEXT NOT NULL DEFAULT ''
        CHECK (location_precision IN ('', 'exact', 'street', 'commune', 'manual')))",
    R"(ALTER TABLE indicator ADD COLUMN baseline_source TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE territory ADD COLUMN erasure_salt TEXT NOT NULL DEFAULT '')",
    R"(CREATE TABLE erased_import (digest TEXT PRIMARY KEY))",
};

bool runAll(QSqlDatabase &db, const char *const *begin, const char *const *end, QString *error)
{
    QSqlQuery q(db);
    for (auto it = begin; it != end; ++it) {
        if (!q.exec(QString::fromUtf8(*it))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<TableInfo> buildTables()
{
    auto cols = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QStringList id{QStringLiteral("id")};
    return {
        {QStringLiteral("territory"), id,
         cols("id name kind insee_codes description author retention_months created_at updated_at "
              "purge_pending epci erasure_salt")},
        {QStringLiteral("category"), id, cols("id code name color shape person position")},
        {QStringLiteral("tag"), id, cols("id name color")},
        {QStringLiteral("actor"), id,
         cols("id name category_id organisation role sector commune email phone address website "
              "description influence interest attitude engagement is_person legal_basis "
              "consent_date consent_method retention_date last_contact x y pinned since until "
              "created_at updated_at import_source import_key latitude longitude location_precision")},
        {QStringLiteral("actor_tag"), cols("actor_id tag_id"), cols("actor_id tag_id")},
        {QStringLiteral("link_type"), id,
         cols("id code name color line_style directed sign position")},
        {QStringLiteral("link"), id,
         cols("id source_id target_id type_id strength description since until created_at "
              "updated_at import_source import_key weight")},
        {QStringLiteral("theme"), id, cols("id code name description position")},
        {QStringLiteral("meeting"), id,
         cols("id title kind held_on place notes decisions created_at updated_at")},
        {QStringLiteral("meeting_attendee"), cols("meeting_id actor_id"),
         cols("meeting_id actor_id")},
        {QStringLiteral("problem"), id,
         cols("id title description theme_id scale severity status raised_on meeting_id "
              "created_at updated_at")},
        {QStringLiteral("problem_actor"), cols("problem_id actor_id role"),
         cols("problem_id actor_id role")},
        {QStringLiteral("meeting_problem"), cols("meeting_id problem_id"),
         cols("meeting_id problem_id")},
        {QStringLiteral("action_item"), id,
         cols("id title description status start_date end_date lead_actor_id created_at "
              "updated_at")},
        {QStringLiteral("action_partner"), cols("action_id actor_id"), cols("action_id actor_id")},
        {QStringLiteral("action_problem"), cols("action_id problem_id"),
         cols("action_id problem_id")},
        {QStringLiteral("indicator"), id,
         cols("id name unit baseline target action_id problem_id description baseline_source")},
        {QStringLiteral("indicator_value"), id,
         cols("id indicator_id measured_on value note")},
        {QStringLiteral("snapshot"), id, cols("id name taken_at note content")},
        {QStringLiteral("saved_view"), id,
         cols("id name position settings created_at updated_at")},
        {QStringLiteral("exercise"), id, cols("id brief created_at updated_at")},
        {QStringLiteral("exercise_category"), cols("exercise_id category_id"),
         cols("exercise_id category_id")},
        {QStringLiteral("exercise_link_type"), cols("exercise_id link_type_id"),
         cols("exercise_id link_type_id")},
        {QStringLiteral("interview"), id,
         cols("id question goal tower_max step settings held_on created_at updated_at")},
        {QStringLiteral("interview_tower"), cols("interview_id actor_id"),
         cols("interview_id actor_id height")},
        {QStringLiteral("field"), id,
         cols("id subject name type unit choices personal position")},
        {QStringLiteral("actor_field_value"), cols("actor_id field_id"),
         cols("actor_id field_id value")},
        {QStringLiteral("link_field_value"), cols("link_id field_id"),
         cols("link_id field_id value")},
        {QStringLiteral("statistic"), id,
         cols("id indicator geo_level geo_code value secret marker unit source vintage "
              "geography_year imported_at")},
        {QStringLiteral("erased_import"), cols("digest"), cols("digest")},
    };
}

QList<ForeignKey> buildForeignKeys()
{
    auto fk = [](const char *t, const char *c, const char *p, OnDelete d) {
        return ForeignKey{QString::fromLatin1(t), QString::fromLatin1(c), QString::fromLatin1(p),
                          d};
    };
    using enum OnDelete;
    return {
        fk("actor", "category_id", "category", SetNull),
        fk("actor_tag", "actor_id", "actor", Cascade),
        fk("actor_tag", "tag_id", "tag", Cascade),
        fk("link", "source_id", "actor", Cascade),
        fk("link", "target_id", "actor", Cascade),
        fk("link", "type_id", "link_type", SetNull),
        fk("meeting_attendee", "meeting_id", "meeting", Cascade),
        fk("meeting_attendee", "actor_id", "actor", Cascade),
        fk("problem", "theme_id", "theme", SetNull),
        fk("problem", "meeting_id", "meeting", SetNull),
        fk("problem_actor", "problem_id", "problem", Cascade),
        fk("problem_actor", "actor_id", "actor", Cascade),
        fk("meeting_problem", "meeting_id", "meeting", Cascade),
        fk("meeting_problem", "problem_id", "problem", Cascade),
        fk("action_item", "lead_actor_id", "actor", SetNull),
        fk("action_partner", "action_id", "action_item", Cascade),
        fk("action_partner", "actor_id", "actor", Cascade),
        fk("action_problem", "action_id", "action_item", Cascade),
        fk("action_problem", "problem_id", "problem", Cascade),
        fk("indicator", "action_id", "action_item", Cascade),
        fk("indicator", "problem_id", "problem", Cascade),
        fk("indicator_value", "indicator_id", "indicator", Cascade),
        fk("exercise_category", "exercise_id", "exercise", Cascade),
        fk("exercise_category", "category_id", "category", Cascade),
        fk("exercise_link_type", "exercise_id", "exercise", Cascade),
        fk("exercise_link_type", "link_type_id", "link_type", Cascade),
        fk("interview_tower", "interview_id", "interview", Cascade),
        fk("interview_tower", "actor_id", "actor", Cascade),
        fk("actor_field_value", "actor_id", "actor", Cascade),
        fk("actor_field_value", "field_id", "field", Cascade),
        fk("link_field_value", "link_id", "link", Cascade),
        fk("link_field_value", "field_id", "field", Cascade),
    };
}

} // namespace

QStringList createStatements()
{
    QStringList out;
    for (const char *sql : kCreate)
        out << QString::fromUtf8(sql);
    for (const char *sql : kCreateV2)
        out << QString::fromUtf8(sql);
    for (const char *sql : kCreateV3)
        out << QString::fromUtf8(sql);
    for (const char *sql : kCreateV4)
        out << QString::fromUtf8(sql);
    for (const char *sql : kCreateV5)
        out << QString::fromUtf8(sql);
    return out;
}

const QList<TableInfo> &tables()
{
    static const QList<TableInfo> all = buildTables();
    return all;
}

const TableInfo *table(const QString &name)
{
    for (const TableInfo &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QList<ForeignKey> referencing(const QString &parentTable)
{
    static const QList<ForeignKey> all = buildForeignKeys();
    QList<ForeignKey> out;
    for (const ForeignKey &k : all)
        if (k.parentTable == parentTable)
            out << k;
    return out;
}

QList<Migration> migrations()
{
    return {
        {1, [](QSqlDatabase &db, QString *error) {
             return runAll(db, std::begin(kCreateV2), std::end(kCreateV2), error);
         }},
        {2, [](QSqlDatabase &db, QString *error) {
             return runAll(db, std::begin(kCreateV3), std::end(kCreateV3), error);
         }},
        {3, [](QSqlDatabase &db, QString *error) {
             return runAll(db, std::begin(kCreateV4), std::end(kCreateV4), error);
         }},
        {4, [](QSqlDatabase &db, QString *error) {
             return runAll(db, std::begin(kCreateV5), std::end(kCreateV5), error);
         }},
    };
}

} // namespace maillage::schema

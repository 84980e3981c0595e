#include "core/store/changeset.h"

#include <QSet>

namespace maillage {

namespace {

constexpr const char *kTableNames[] = {"territory", "category", "tag", "actor", "actor_tag", "link_type", "link", "theme", "meeting", "meeting_attendee", "problem", "problem_actor", "meeting_problem", "action_item", "action_partner", "action_problem", "indicator", "indicator_value", "snapshot", "saved_view", "exercise", "exercise_category", "exercise_link_type", "interview", "interview_tower", "field", "actor_field_value", "link_field_value", "statistic", "erased_import"};
constexpr const char *kColumnNames[] = {"action_id", "actor_id", "address", "attitude", "author", "baseline", "baseline_source", "brief", "category_id", "choices", "code", "color", "commune", "consent_date", "consent_method", "content", "created_at", "decisions", "description", "digest", "directed", "email", "end_date", "engagement", "epci", "erasure_salt", "exercise_id", "field_id", "geo_code", "geo_level", "geography_year", "goal", "height", "held_on", "id", "import_key", "import_source", "imported_at", "indicator", "indicator_id", "influence", "insee_codes", "interest", "interview_id", "is_person", "kind", "last_contact", "latitude", "lead_actor_id", "legal_basis", "line_style", "link_id", "link_type_id", "location_precision", "longitude", "marker", "measured_on", "meeting_id", "name", "note", "notes", "organisation", "person", "personal", "phone", "pinned", "place", "position", "problem_id", "purge_pending", "question", "raised_on", "retention_date", "retention_months", "role", "scale", "secret", "sector", "settings", "severity", "shape", "sign", "since", "source", "source_id", "start_date", "status", "step", "strength", "subject", "tag_id", "taken_at", "target", "target_id", "theme_id", "title", "tower_max", "type", "type_id", "unit", "until", "updated_at", "value", "vintage", "website", "weight", "x", "y"};
static_assert(std::size(kTableNames) == size_t(Table::Other));
static_assert(std::size(kColumnNames) == size_t(Column::Other));

template <class E, size_t N> E lookup(QStringView name, const char *const (&names)[N])
{
    // Sorted once; a binary search on every call (views ask for each change).
    static const auto sorted = [&] {
        std::array<std::pair<QLatin1StringView, E>, N> s;
        for (size_t i = 0; i < N; ++i)
            s[i] = {QLatin1StringView(names[i]), E(i)};
        std::sort(s.begin(), s.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        return s;
    }();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                                     [](const auto &a, QStringView n) { return a.first < n; });
    return it != sorted.end() && it->first == name ? it->second : E(N);
}

} // namespace

Table tableOf(QStringView name)
{
    return lookup<Table>(name, kTableNames);
}

QString tableName(Table table)
{
    return table == Table::Other ? QString() : QString::fromLatin1(kTableNames[size_t(table)]);
}

Column columnOf(QStringView name)
{
    return lookup<Column>(name, kColumnNames);
}

QString columnName(Column column)
{
    return column == Column::Other ? QString() : QString::fromLatin1(kColumnNames[size_t(column)]);
}

QStringList Columns::names() const
{
    QStringList out;
    for (size_t i = 0; i < size_t(Column::Other); ++i)
        if (m_bits.test(i))
            out << QString::fromLatin1(kColumnNames[i]);
    if (m_bits.test(size_t(Column::Other)))
        out << QStringLiteral("?");
    return out;
}

bool touches(const ChangeSet &changes, Table table)
{
    for (const Change &c : changes)
        if (c.table == table)
            return true;
    return false;
}

bool touchesActorNames(const ChangeSet &changes)
{
    for (const Change &c : changes)
        if (c.table == Table::Actor && c.touches(Column::Name))
            return true;
    return false;
}

QList<qint64> changedIds(const ChangeSet &changes, Table table)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (const Change &c : changes)
        if (c.table == table)
            for (qint64 id : c.ids)
                if (!seen.contains(id)) {
                    seen.insert(id);
                    out << id;
                }
    return out;
}

} // namespace maillage

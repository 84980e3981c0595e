#pragma once

#include "core/domain/customfield.h"
#include "core/domain/types.h"
#include "core/store/store.h"
#include "core/store/changeset.h"

#include <QSet>

#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>

namespace maillage {

/// How one value type maps to its table: `table`, `toRow` (every column but the timestamps)
/// and `fromRow`. Specialised in repositories.cpp for each entity.
template <class T> struct RowTraits;

#define MAILLAGE_ROW_TRAITS(Type)                                                               \
    template <> struct RowTraits<Type>                                                          \
    {                                                                                           \
        static const QString &table();                                                          \
        static Row toRow(const Type &value);                                                    \
        static Type fromRow(const Row &row);                                                    \
    };
MAILLAGE_ROW_TRAITS(Category)
MAILLAGE_ROW_TRAITS(Tag)
MAILLAGE_ROW_TRAITS(Actor)
MAILLAGE_ROW_TRAITS(LinkType)
MAILLAGE_ROW_TRAITS(Link)
MAILLAGE_ROW_TRAITS(Theme)
MAILLAGE_ROW_TRAITS(Problem)
MAILLAGE_ROW_TRAITS(ActionItem)
MAILLAGE_ROW_TRAITS(Indicator)
MAILLAGE_ROW_TRAITS(IndicatorValue)
MAILLAGE_ROW_TRAITS(Meeting)
MAILLAGE_ROW_TRAITS(CustomField)
#undef MAILLAGE_ROW_TRAITS

// Typed projections: one struct per frequent use, each read through one cached statement
// by column index (no row maps). A read error is returned as nullopt with `error` set, never
// as an empty list.

/// Where an actor is drawn.
struct ActorPosition
{
    qint64 id = 0;
    double x = kNoPosition, y = kNoPosition;
    bool pinned = false;
    bool hasPosition() const { return !std::isnan(x) && !std::isnan(y); }
};

/// An actor's id, name and category (pickers, undo texts, search, same-name warnings).
struct ActorName
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
    bool isPerson = false;
};

/// What the network map draws of one actor (its item: label, look, size, place).
struct MapActor
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
    int influence = 0;
    bool isPerson = false;
    double x = kNoPosition, y = kNoPosition;
    bool hasPosition() const { return !std::isnan(x) && !std::isnan(y); }
};

/// What the actor table shows of one actor (core/store/queries.cpp).
struct ActorListRow
{
    qint64 id = 0;
    QString name, organisation, role, commune;
    qint64 categoryId = 0;
    int influence = 0, interest = 0, attitude = 0, engagement = 0;
};

/// One stored snapshot without its content; `actors` and `links` are counted by SQLite's
/// JSON functions, so listing never parses the contents (a damaged content counts 0).
struct SnapshotSummary
{
    qint64 id = 0;
    QString name, takenAt, note;
    int actors = 0, links = 0;
};

/// A row imported from a GraphML or GEXF file: its id, the file's name and the node's (edge's)
/// id in it.
struct ImportIdentity
{
    qint64 id = 0;
    QString source, key;
};

/// One stored snapshot's id, name and content.
struct SnapshotContent
{
    qint64 id = 0;
    QString name, content;
};

/// What network measures and layouts need of one actor.
struct GraphNode
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
    int influence = 0, interest = 0;
    double x = kNoPosition, y = kNoPosition;
    bool pinned = false;
};

/// What network measures and layouts need of one link, with its type's direction and sign.
struct GraphEdge
{
    qint64 id = 0;
    qint64 sourceId = 0, targetId = 0;
    qint64 typeId = 0;
    int strength = 3;
    bool directed = false;
    int sign = 0;
    double weight = std::numeric_limits<double>::quiet_NaN();  ///< NaN: none
};

/// What the network map draws of one link: its ends, its type (the look) and strength
/// (the width); no join with the link types, read for 20 000 links at open.
struct MapEdge
{
    qint64 id = 0;
    qint64 sourceId = 0, targetId = 0;
    qint64 typeId = 0;
    int strength = 3;
};

/// An actor's identity in the file it was imported from (a SIRET for SIRENE establishments).
struct ActorImportKey
{
    qint64 id = 0;
    QString source, key;
};

/// The typed reads and writes of the frequent work, on a const store (reads) or a store
/// inside a transaction the caller opened (writes).
class Projections
{
    Q_DECLARE_TR_FUNCTIONS(maillage::Projections)
public:
    explicit Projections(const Store &store) : m_store(store) {}

    /// Every actor, whole, by id.
    std::optional<QList<Actor>> actors(QString *error = nullptr) const;
    std::optional<Actor> actor(qint64 id, QString *error = nullptr) const;
    /// Every link, whole, by id.
    std::optional<QList<Link>> links(QString *error = nullptr) const;
    std::optional<Link> link(qint64 id, QString *error = nullptr) const;
    /// Positions of every actor, by id.
    std::optional<QList<ActorPosition>> positions(QString *error = nullptr) const;
    /// Positions of the actors `ids` (those that exist), in the order of `ids`.
    std::optional<QList<ActorPosition>> positions(const QList<qint64> &ids,
                                                  QString *error = nullptr) const;
    /// Names of every actor, by id.
    std::optional<QList<ActorName>> names(QString *error = nullptr) const;
    std::optional<QList<GraphNode>> graphNodes(QString *error = nullptr) const;
    /// What the network map draws of every actor (or of actor `id`), by id.
    std::optional<QList<MapActor>> mapActors(QString *error = nullptr) const;
    std::optional<MapActor> mapActor(qint64 id, QString *error = nullptr) const;
    /// Import identities of the actors that have one, by id.
    std::optional<QList<ActorImportKey>> importKeys(QString *error = nullptr) const;
    std::optional<QList<GraphEdge>> graphEdges(QString *error = nullptr) const;
    /// What the network map draws of every link, by id.
    std::optional<QList<MapEdge>> mapEdges(QString *error = nullptr) const;
    /// Category ids by position then id, and their names.
    std::optional<QList<QPair<qint64, QString>>> categories(QString *error = nullptr) const;
    /// Positions and updated_at of the actors `ids` that exist, by id: one statement per
    /// actor for a few, one pass over the table for many.
    std::optional<QHash<qint64, QPair<ActorPosition, QString>>>
    stampedPositions(const QList<qint64> &ids, QString *error = nullptr) const;
    /// updated_at of actor `id` (empty when there is none).
    std::optional<QString> actorUpdatedAt(qint64 id, QString *error = nullptr) const;

    /// The actor table's rows of the actors whose id is in [`from`, `to`], by id.
    std::optional<QList<ActorListRow>> listRows(qint64 from = 0,
                                                qint64 to = std::numeric_limits<qint64>::max(),
                                                QString *error = nullptr) const;
    /// (actor id, tag id) of the actors whose id is in [`from`, `to`], by actor then tag.
    std::optional<QList<QPair<qint64, qint64>>>
    actorTags(qint64 from = 0, qint64 to = std::numeric_limits<qint64>::max(),
              QString *error = nullptr) const;
    /// Every actor with what the timeline and snapshots need (id, name, category,
    /// influence, interest, attitude, engagement, is_person, x, y, since, until), by id.
    std::optional<QList<Actor>> timelineActors(QString *error = nullptr) const;
    /// Every link with id, ends, type, strength, since and until, by id.
    std::optional<QList<Link>> timelineLinks(QString *error = nullptr) const;
    /// Stored snapshots (or the one `id`), by time taken then id.
    std::optional<QList<SnapshotSummary>> snapshots(std::optional<qint64> id = std::nullopt,
                                                    QString *error = nullptr) const;
    /// The content of snapshot `id` (nullopt when there is none).
    std::optional<QString> snapshotContent(qint64 id, QString *error = nullptr) const;
    /// Every snapshot's id, name and content, by id.
    std::optional<QList<SnapshotContent>> snapshotContents(QString *error = nullptr) const;
    /// Every actor (`table` "actor") or link ("link") that has an import identity, by id.
    std::optional<QList<ImportIdentity>> importIdentities(const QString &table,
                                                          QString *error = nullptr) const;
    /// Every (problem id, actor id, role) of problem_actor, ordered by all three.
    std::optional<QList<std::tuple<qint64, qint64, QString>>>
    problemActorRoles(QString *error = nullptr) const;

    /// Writes x, y and updated_at of each actor; inside the caller's transaction.
    static bool writePositions(Store &store, const QList<ActorPosition> &positions,
                               const QList<QString> &updatedAt, QString *error = nullptr);
    /// Writes name and updated_at of actor `id`; inside the caller's transaction. Fails when
    /// the actor does not exist.
    static bool writeName(Store &store, qint64 id, const QString &name, const QString &updatedAt,
                          QString *error = nullptr);

    /// The values of `columns` of row `id` of `table` (a table with an id column), as
    /// stored; nullopt with the reason when the row does not exist, a column is not one of
    /// the table's, or the read fails.
    std::optional<QVariantList> fields(Table table, qint64 id, const QList<Column> &columns,
                                       QString *error = nullptr) const;
    /// Writes `values` into `columns` of row `id`; inside the caller's transaction. Fails
    /// when the row does not exist.
    static bool writeFields(Store &store, Table table, qint64 id, const QList<Column> &columns,
                            const QVariantList &values, QString *error = nullptr);
    /// Inserts a whole actor (a link) with `stamp` as created_at and updated_at, with its id
    /// when it has one (a redo) or a new one, which is returned; inside the caller's
    /// transaction.
    static std::optional<qint64> insertActor(Store &store, const Actor &actor,
                                             const QString &stamp, QString *error = nullptr);
    static std::optional<qint64> insertLink(Store &store, const Link &link, const QString &stamp,
                                            QString *error = nullptr);
    /// Deletes row `id` of `table` (a table with an id column); fails when it does not exist.
    static bool deleteRow(Store &store, Table table, qint64 id, QString *error = nullptr);

private:
    const Store &m_store;
};

/// Typed access to one table (create, read, update, delete, list). Writes go straight to the
/// store; user edits go through Document, which wraps them in undoable commands.
template <class T> class Repository
{
public:
    explicit Repository(Store &store) : m_store(store) {}

    std::optional<qint64> create(const T &value, QString *error = nullptr)
    {
        Row r = RowTraits<T>::toRow(value);
        if (value.id == 0)
            r.remove(QStringLiteral("id"));
        stamp(r, true);
        return m_store.insertRow(RowTraits<T>::table(), r, error);
    }
    bool update(const T &value, QString *error = nullptr)
    {
        Row r = RowTraits<T>::toRow(value);
        stamp(r, false);
        return m_store.updateRow(RowTraits<T>::table(), {{QStringLiteral("id"), value.id}}, r,
                                 error);
    }
    bool remove(qint64 id, QString *error = nullptr)
    {
        return m_store.deleteRow(RowTraits<T>::table(), {{QStringLiteral("id"), id}}, error);
    }
    std::optional<T> get(qint64 id) const
    {
        if constexpr (std::is_same_v<T, Actor>)
            return Projections(m_store).actor(id);
        else if constexpr (std::is_same_v<T, Link>)
            return Projections(m_store).link(id);
        if (auto r = m_store.row(RowTraits<T>::table(), id))
            return RowTraits<T>::fromRow(*r);
        return std::nullopt;
    }
    QList<T> list(const QString &column = QString(), const QVariant &value = QVariant()) const
    {
        if constexpr (std::is_same_v<T, Actor>) {
            if (column.isEmpty())
                return Projections(m_store).actors().value_or(QList<Actor>());
        } else if constexpr (std::is_same_v<T, Link>) {
            if (column.isEmpty())
                return Projections(m_store).links().value_or(QList<Link>());
        }
        QList<T> out;
        for (const Row &r : m_store.rows(RowTraits<T>::table(), column, value))
            out << RowTraits<T>::fromRow(r);
        return out;
    }
    qint64 count() const { return m_store.count(RowTraits<T>::table()); }

private:
    void stamp(Row &r, bool created) const
    {
        const TableInfo *info = schema::table(RowTraits<T>::table());
        if (!info->columns.contains(QStringLiteral("updated_at")))
            return;
        const QString now = nowTimestamp();
        r.insert(QStringLiteral("updated_at"), now);
        if (created)
            r.insert(QStringLiteral("created_at"), now);
    }
    Store &m_store;
};

using CategoryRepository = Repository<Category>;
using TagRepository = Repository<Tag>;
using ActorRepository = Repository<Actor>;
using LinkTypeRepository = Repository<LinkType>;
using LinkRepository = Repository<Link>;
using ThemeRepository = Repository<Theme>;
using ProblemRepository = Repository<Problem>;
using ActionRepository = Repository<ActionItem>;
using IndicatorRepository = Repository<Indicator>;
using IndicatorValueRepository = Repository<IndicatorValue>;
using MeetingRepository = Repository<Meeting>;

/// The single territory row.
class TerritoryRepository
{
public:
    explicit TerritoryRepository(Store &store) : m_store(store) {}
    Territory get() const;
    bool update(const Territory &t, QString *error = nullptr);
    static Row toRow(const Territory &t);
    static Territory fromRow(const Row &r);

private:
    Store &m_store;
};

/// Custom fields of actors and links (table `field`) and their values (`actor_field_value`,
/// `link_field_value`), read typed.
class FieldRepository
{
public:
    explicit FieldRepository(const Store &store) : m_store(store) {}
    /// The fields of `subject` ("actor" or "link"; empty: both), by position then id.
    QList<CustomField> list(const QString &subject = QString()) const;
    std::optional<CustomField> get(qint64 id) const;
    /// The field of `subject` named `name` exactly.
    std::optional<CustomField> byName(const QString &subject, const QString &name) const;
    /// One actor's (or link's) values: field id → stored value.
    QHash<qint64, QString> valuesOf(const QString &subject, qint64 ownerId) const;
    /// Every value of `subject`: owner id → (field id → stored value).
    QHash<qint64, QHash<qint64, QString>> allValues(const QString &subject) const;
    /// One field's values: owner id → stored value (what sizing or colouring by it reads).
    QHash<qint64, QString> fieldValues(const CustomField &field) const;
    /// How many actors (links) have a value for field `fieldId`.
    qint64 valueCount(const CustomField &field) const;

    /// "actor_field_value" or "link_field_value".
    static QString valueTable(const QString &subject);
    /// "actor_id" or "link_id".
    static QString ownerColumn(const QString &subject);

private:
    const Store &m_store;
};

/// Public statistics (table `statistic`), read typed; written through Document.
class StatisticRepository
{
public:
    explicit StatisticRepository(const Store &store) : m_store(store) {}
    /// The statistics of the areas `codes` of `level` (every area of the level when `codes`
    /// is empty), by indicator, vintage and code.
    QList<Statistic> list(const QString &level, const QStringList &codes = {}) const;
    /// Id of every stored statistic by key() (indicator, level, code, vintage).
    QHash<QString, qint64> ids() const;
    qint64 count() const;
    static QString key(const QString &indicator, const QString &level, const QString &code,
                       int vintage);
    static Row toRow(const Statistic &s);
    static Statistic fromRow(const Row &r);

private:
    const Store &m_store;
};

/// What the territory keeps of persons erased from it, so that importing the same file again
/// does not bring them back (table `erased_import`, and `territory.erasure_salt`): keyed
/// digests only, which name nobody (see core/privacy/suppression.h).
class ErasedImports
{
public:
    explicit ErasedImports(const Store &store) : m_store(store) {}
    /// The file's secret for the digests; empty until the first erasure.
    QByteArray salt() const;
    /// Every digest kept.
    QSet<QByteArray> digests() const;
    /// The import identity (source file, key in it) of an actor; empty when it was not
    /// imported from a graph file.
    QPair<QString, QString> importIdentity(qint64 actorId) const;
    /// Writes `salt` when the file has none yet and adds `digests`; to be called inside the
    /// erasure's transaction. Returns the salt in use.
    static std::optional<QByteArray> remember(Store &store, const QByteArray &newSalt,
                                              const QList<QByteArray> &digests,
                                              QString *error);

private:
    const Store &m_store;
};

/// Join tables: which tags an actor carries, who attended a meeting, etc.
class Relations
{
public:
    explicit Relations(Store &store) : m_store(store) {}
    QList<qint64> tagsOfActor(qint64 actorId) const;
    QList<qint64> actorsWithTag(qint64 tagId) const;
    QList<qint64> attendees(qint64 meetingId) const;
    QList<qint64> meetingsOfActor(qint64 actorId) const;
    QList<qint64> problemsOfMeeting(qint64 meetingId) const;
    /// (actor id, role) pairs of a problem.
    QList<QPair<qint64, QString>> problemActors(qint64 problemId) const;
    QList<qint64> partners(qint64 actionId) const;
    QList<qint64> problemsOfAction(qint64 actionId) const;

private:
    QList<qint64> column(const QString &table, const QString &whereColumn, qint64 value,
                         const QString &selectColumn) const;
    Store &m_store;
};


// Conversions between stored values and value types, shared with importers and exporters.
namespace convert {
QVariant date(const QDate &d);
QDate date(const QVariant &v);
QVariant ref(qint64 id);
qint64 ref(const QVariant &v);
QVariant real(double d);
double real(const QVariant &v);
} // namespace convert

} // namespace maillage

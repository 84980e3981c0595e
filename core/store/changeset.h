#pragma once
// What an edit changes, in typed form: the row operations of the generic edit path and the
// change set every view follows, naming tables and columns by enum (never by text outside
// core/store). See docs/architecture.md, "How an edit travels".

#include "core/store/store.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <bitset>

namespace maillage {

/// Every table of the schema (schema::tables()), plus Other for a name it does not know.
enum class Table : quint8 {
    Territory,
    Category,
    Tag,
    Actor,
    ActorTag,
    LinkType,
    Link,
    Theme,
    Meeting,
    MeetingAttendee,
    Problem,
    ProblemActor,
    MeetingProblem,
    ActionItem,
    ActionPartner,
    ActionProblem,
    Indicator,
    IndicatorValue,
    Snapshot,
    SavedView,
    Exercise,
    ExerciseCategory,
    ExerciseLinkType,
    Interview,
    InterviewTower,
    Field,
    ActorFieldValue,
    LinkFieldValue,
    Statistic,
    ErasedImport,
    Other
};
/// Every column name of the schema (a name shared by several tables is one identifier).
enum class Column : quint8 {
    ActionId,
    ActorId,
    Address,
    Attitude,
    Author,
    Baseline,
    BaselineSource,
    Brief,
    CategoryId,
    Choices,
    Code,
    Color,
    Commune,
    ConsentDate,
    ConsentMethod,
    Content,
    CreatedAt,
    Decisions,
    Description,
    Digest,
    Directed,
    Email,
    EndDate,
    Engagement,
    Epci,
    ErasureSalt,
    ExerciseId,
    FieldId,
    GeoCode,
    GeoLevel,
    GeographyYear,
    Goal,
    Height,
    HeldOn,
    Id,
    ImportKey,
    ImportSource,
    ImportedAt,
    Indicator,
    IndicatorId,
    Influence,
    InseeCodes,
    Interest,
    InterviewId,
    IsPerson,
    Kind,
    LastContact,
    Latitude,
    LeadActorId,
    LegalBasis,
    LineStyle,
    LinkId,
    LinkTypeId,
    LocationPrecision,
    Longitude,
    Marker,
    MeasuredOn,
    MeetingId,
    Name,
    Note,
    Notes,
    Organisation,
    Person,
    Personal,
    Phone,
    Pinned,
    Place,
    Position,
    ProblemId,
    PurgePending,
    Question,
    RaisedOn,
    RetentionDate,
    RetentionMonths,
    Role,
    Scale,
    Secret,
    Sector,
    Settings,
    Severity,
    Shape,
    Sign,
    Since,
    Source,
    SourceId,
    StartDate,
    Status,
    Step,
    Strength,
    Subject,
    TagId,
    TakenAt,
    Target,
    TargetId,
    ThemeId,
    Title,
    TowerMax,
    Type,
    TypeId,
    Unit,
    Until,
    UpdatedAt,
    Value,
    Vintage,
    Website,
    Weight,
    X,
    Y,
    Other
};

/// The table named `name` (Table::Other when the schema has none), and back.
Table tableOf(QStringView name);
QString tableName(Table table);
Column columnOf(QStringView name);
QString columnName(Column column);

/// A set of columns.
class Columns
{
public:
    Columns() = default;
    Columns(std::initializer_list<Column> columns)
    {
        for (Column c : columns)
            insert(c);
    }
    void insert(Column c) { m_bits.set(size_t(c)); }
    bool contains(Column c) const { return m_bits.test(size_t(c)); }
    bool isEmpty() const { return m_bits.none(); }
    Columns &operator|=(const Columns &other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    bool operator==(const Columns &other) const = default;
    /// Whether every column of this set is in `allowed`.
    bool within(const Columns &allowed) const { return (m_bits & ~allowed.m_bits).none(); }
    /// Their names, in the enum's order (for messages and tests).
    QStringList names() const;

private:
    std::bitset<size_t(Column::Other) + 1> m_bits;
};

/// One primitive edit of one row. A user edit is a list of these, run in one transaction;
/// undo runs the inverse of each, in reverse order.
struct RowOp
{
    enum Kind { Insert, Update, Delete };
    Kind kind = Insert;
    QString table;
    /// Update: key and old values of the changed columns. Delete: the whole row.
    Row before;
    /// Insert: the whole row (its id is filled in on first run). Update: key and new values.
    Row after;
    bool is(Table t) const { return tableOf(table) == t; }
};

/// What one edit, undo or redo changed in one table, for views to follow.
struct Change
{
    enum Kind { Inserted, Updated, Removed };
    Table table = Table::Other;
    Kind kind = Inserted;
    QList<qint64> ids;  ///< the rows' ids (for join tables: the first key column)
    Columns columns;    ///< for Updated: the columns that changed

    bool is(Table t) const { return table == t; }
    /// Whether this change may alter `column` of its rows: rows inserted or removed, or
    /// `column` updated.
    bool touches(Column column) const { return kind != Updated || columns.contains(column); }
    /// Whether it is an update of `column`.
    bool updates(Column column) const { return kind == Updated && columns.contains(column); }
};
using ChangeSet = QList<Change>;

/// Whether any change is in `table`.
bool touches(const ChangeSet &changes, Table table);
/// Whether actors' names may have changed (actors added, removed, or renamed).
bool touchesActorNames(const ChangeSet &changes);
/// The ids of the rows of `table` that changed, in order, without repeats.
QList<qint64> changedIds(const ChangeSet &changes, Table table);

} // namespace maillage

Q_DECLARE_METATYPE(maillage::ChangeSet)

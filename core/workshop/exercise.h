#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Exercise files: a trainer turns a territory (the reference) into an exercise for trainees.
// The exercise file is a copy of the reference holding a brief, the categories and link types
// trainees may use, and a starting map; trainees' maps are then compared with the reference
// (workshop/compare.h). The reference itself is never written.
namespace maillage {
class Store;
}

namespace maillage::workshop {

/// The exercise of a territory file: the rows exercise(id = 1), exercise_category and
/// exercise_link_type.
struct Exercise
{
    QString brief;                ///< what trainees have to do, several lines
    QList<qint64> categories;     ///< allowed category ids, in the vocabulary's order
    QList<qint64> linkTypes;      ///< allowed link type ids, in the vocabulary's order
    QString createdAt, updatedAt; ///< as stored (UTC timestamps)

    /// Empty lists allow everything (a file edited by hand); exercise files made by
    /// createExercise() always list what they allow.
    bool allowsCategory(qint64 id) const { return categories.isEmpty() || categories.contains(id); }
    bool allowsLinkType(qint64 id) const { return linkTypes.isEmpty() || linkTypes.contains(id); }
};

/// The exercise of the open file, or nothing when the file is not an exercise.
std::optional<Exercise> readExercise(Store &store);

/// What the trainees' file starts with.
enum class StartMap {
    Empty,     ///< no actors, no links: the vocabulary and the territory only
    Actors,    ///< every actor, no links
    Selected,  ///< the chosen actors and the links among them
    All,       ///< everything of the reference
};
/// "empty", "actors", "selected", "all".
QString startMapCode(StartMap start);
std::optional<StartMap> startMapFromCode(const QString &code);

struct ExerciseSpec
{
    QString brief;
    QList<qint64> categories;  ///< reference category ids; at least one
    QList<qint64> linkTypes;   ///< reference link type ids; at least one
    StartMap start = StartMap::Empty;
    QList<qint64> actors;      ///< with StartMap::Selected: the actors to keep
};

/// Writes the exercise file `out` from the open `reference` (left untouched): a copy that
/// keeps the territory, the vocabulary and the starting map. Whatever is not in the starting
/// map goes: actors and persons not chosen, links (all of them with StartMap::Actors), and
/// unless the start is StartMap::All the meetings, problems, actions and indicators, which
/// name actors. Snapshots, saved views and interviews never go (they are the trainer's). The
/// copy is vacuumed so that nothing deleted lingers. Refuses bad specs (empty brief, nothing
/// allowed, unknown ids, no actor for StartMap::Selected), an existing `out` or `out` being the
/// reference, with a translated message in `error`; on failure nothing is left at `out`.
bool createExercise(Store &reference, const QString &out, const ExerciseSpec &spec,
                    QString *error);

/// Resolves category codes or names (case and accents ignored) to ids of `categories`; an
/// unknown one fails with a message naming it and listing the known codes.
bool resolveCategories(const QList<Category> &categories, const QStringList &codes,
                       QList<qint64> *ids, QString *error);
bool resolveLinkTypes(const QList<LinkType> &types, const QStringList &codes, QList<qint64> *ids,
                      QString *error);

struct ExerciseTr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::workshop::Exercise)
};

} // namespace maillage::workshop

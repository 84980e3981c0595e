#pragma once

#include "core/document/change.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A Net-Map interview (Eva Schiffer's Net-Map toolbox): a group answers one question about
// the territory, lists the actors, draws the links one link type at a time, sets each actor's
// influence as a tower of counters and notes each actor's position on the goal. Everything the
// group draws is an ordinary actor, link or value of the territory; the interview row only
// remembers the question, the tower scale, the link types chosen and how far the group got.
namespace maillage {

class Document;
class Store;

namespace workshop {

/// The steps of an interview, in order (stored in interview.step).
enum class InterviewStep { Question = 0, Actors = 1, Links = 2, Towers = 3, Goals = 4 };
inline constexpr int kInterviewSteps = 5;

/// One row of the interview table. `settings` JSON holds {"link_types": [ids],
/// "current_link_type": id}.
struct Interview
{
    qint64 id = 0;
    QString question;
    QString goal;
    int towerMax = 5;                 ///< 1 … 20 counters
    InterviewStep step = InterviewStep::Question;
    QList<qint64> linkTypeIds;        ///< the link types the group draws, in drawing order
    qint64 currentLinkTypeId = 0;     ///< the link type being drawn in the Links step
    QDate heldOn;
};

/// An actor's influence (0 … 5) for a tower of `height` counters out of `towerMax`, rounded
/// to the nearest value (half-way rounds up): 3 of 5 → 3, 7 of 10 → 4, 1 of 20 → 0.
int influenceForTower(int height, int towerMax);

/// The attitude (-2 … 2) an actor gets when the group places it `position` on the goal
/// (+1 for, 0 neutral, -1 against): ±1, except that an actor already at ±2 with the same
/// sign (a champion, a strong opponent) keeps it.
int attitudeForPosition(int position, int currentAttitude);
/// The position (+1, 0, -1) an attitude shows as: its sign.
int positionOfAttitude(int attitude);

/// The most recently created interview of the territory, if any.
std::optional<Interview> latestInterview(const Store &store);
std::optional<Interview> loadInterview(const Store &store, qint64 id);
/// Tower height per actor id (actors with no tower are absent).
QHash<qint64, int> interviewTowers(const Store &store, qint64 interviewId);

/// The operations (undoable through Document::apply) behind each interview edit.
class InterviewEdits
{
    Q_DECLARE_TR_FUNCTIONS(maillage::workshop::InterviewEdits)

public:
    explicit InterviewEdits(Document &doc) : m_doc(doc) {}

    /// Starts a new interview (one undo step); its id, or nullopt with `error` set.
    std::optional<qint64> create(const Interview &interview, QString *error = nullptr);
    /// Writes the question, goal, tower scale and link types (one undo step; quick successive
    /// edits of the same field merge). Nothing happens when nothing changed. A smaller tower
    /// maximum lowers the towers above it and rescales those actors' influence in the same
    /// step.
    bool update(const Interview &interview, QString *error = nullptr);
    /// Remembers where the group is (step and link type). This is navigation, not an edit of
    /// the territory: it is written at once but not put on the undo stack, so Undo keeps
    /// undoing what the group drew instead of walking back through the steps.
    bool saveProgress(const Interview &interview, QString *error = nullptr);
    /// Adds an actor of `categoryId` (a person, with the territory's retention period, when the
    /// category is one of persons); its id.
    std::optional<qint64> addActor(const QString &name, qint64 categoryId,
                                   QString *error = nullptr);
    /// Sets an actor's tower to `height` (clamped to 0 … towerMax) and its influence in
    /// proportion, in one undo step.
    bool setTower(const Interview &interview, qint64 actorId, int height,
                  QString *error = nullptr);
    /// Places an actor for (+1), neutral (0) or against (-1) the goal (attitudeForPosition).
    bool setPosition(qint64 actorId, int position, QString *error = nullptr);

private:
    Document &m_doc;
};

} // namespace workshop
} // namespace maillage

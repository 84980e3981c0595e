#pragma once

#include "core/document/change.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

class QUndoCommand;

namespace maillage {

class Document;

/// One line of the history: a step of this window's own undo stack, or an edit someone else
/// committed on a shared territory (Document::editedByOthers).
struct HistoryEntry
{
    /// Why an own step is no longer in the undo stack.
    enum class Gone {
        No,
        Replaced,  ///< undone, then a new edit discarded it (it can no longer be redone)
        Refused,   ///< its undo or redo was refused: someone else changed its rows since
    };
    quint64 serial = 0;  ///< consecutive, in the order entries are made
    QDateTime time;
    QString author;
    QString text;
    bool own = true;
    bool undone = false;
    Gone gone = Gone::No;
    const QUndoCommand *command = nullptr;  ///< own steps still in the stack
    /// The actors and links the change named (some may have been deleted since).
    QList<qint64> actors, links;
};

/// The history of the open territory, newest first (row 0): the document's own undo steps,
/// each with its time, the user's name and the command's text, greyed once undone; and on a
/// shared territory the others' edits with their role and the status bar's phrase
/// (describeOthersEdit). Follows the document's and its undo stack's signals only; cleared
/// when another territory opens; at most kMaxEntries lines (the oldest go first).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, AuthorColumn, TextColumn, ColumnCount };
    static constexpr int kMaxEntries = 500;

    explicit HistoryModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Row 0 is the newest entry.
    const HistoryEntry &entry(int row) const { return m_entries.at(m_entries.size() - 1 - row); }
    /// The position of `row`'s own step in the undo stack, -1 when it is not there (another's
    /// edit, or a step that left the history).
    int stackPosition(int row) const;
    /// The name shown beside this window's own steps: on a shared territory the server role
    /// it connects as (as others see it); on a file the name set in Preferences, else the
    /// system user's.
    QString ownAuthor() const;
    /// The system user's name (the full name when the system has one, else the login).
    static QString systemUserName();
    /// Texts that depend on the language (headers, times, tooltips) are read again.
    void retranslate();

private:
    void sync();
    void clear();
    void othersEdited(const QString &author, const ChangeSet &changes);
    /// An undo or redo was refused: the step it ran is about to leave the stack (QUndoStack
    /// deletes an obsolete command, after a redo without any signal).
    void refused();
    void append(HistoryEntry entry);
    /// The entry of an own step still in the stack, or nullptr (also when trimmed away).
    HistoryEntry *entryOf(const QUndoCommand *command);
    int rowOf(const HistoryEntry &entry) const;
    static void collectIds(const ChangeSet &changes, HistoryEntry &entry);

    Document *m_doc;
    QList<HistoryEntry> m_entries;  ///< oldest first
    quint64 m_nextSerial = 1;
    ChangeSet m_pending;  ///< what the document said changed since the last turn of the loop
    bool m_pendingQueued = false;
    /// The stack's commands as of the last sync (a refused one already left out). Between two
    /// syncs only its top changes (a push drops the undone steps and adds one; a merge or
    /// undo or redo moves the index), so a sync compares the top only: an edit costs the same
    /// with 10 or 50 000 steps in the stack.
    QList<const QUndoCommand *> m_mirror;
    QHash<const QUndoCommand *, quint64> m_serialOf;  ///< own steps in m_mirror → entry serial
    int m_lastIndex = 0;
};

} // namespace maillage

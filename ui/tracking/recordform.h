#pragma once

#include "core/document/change.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace maillage {
class Document;
namespace tracking {
class RelationEditor;
}

/// The form of one record of a RecordPanel (a problem, an action, a meeting): what the three
/// forms share. A title row (required: an emptied title shows a warning and comes back),
/// each finished change of a field one undoable edit of the record's row (typed: its table
/// and a Column), related rows added and removed through a RelationEditor as one undo step
/// each, a warning line for what could not be saved, and reloading when the document
/// changes what it shows. A kind says how to read, show and clear its record.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(Document *doc, Table table, QWidget *parent = nullptr);
    /// Shows record `id` (0: none; the form is then disabled).
    void setRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    /// Shows `message` under the title (what could not be saved).
    void warn(const QString &message);

signals:
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

protected:
    /// Adds the title row to `form`: a line edit named `objectName` and, under it, the
    /// warning line (hidden). Call once, first, from the kind's constructor.
    void addTitleRow(QFormLayout *form, const QString &objectName, const QString &emptyMessage);
    /// Reads the record `recordId()` and returns its title, or nullopt when there is none.
    virtual std::optional<QString> read() = 0;
    /// Shows the record read last (every child's signals are blocked meanwhile).
    virtual void showRecord() = 0;
    /// Empties the fields (no record).
    virtual void clearFields() = 0;
    /// Fills the pickers (actors, problems, meetings…) before a record is shown.
    virtual void fillChoices() {}
    /// After a record was shown with the signals free again (the action's indicators).
    virtual void shown() {}
    /// What an edit of the record is called on the undo stack ("Edit problem “%1”").
    virtual QString editText() const = 0;
    /// Which changes fill the pickers again, and which reload the record; renames and
    /// additions or removals of actors do both. The kind's follow() sees the rest.
    void setFollowed(const QList<Table> &choices, const QList<Table> &record);
    virtual void follow(const ChangeSet &changes) { Q_UNUSED(changes); }
    /// Widgets whose signals stay free while a record is shown (a field the user fills
    /// for something else than the record, as the meeting's new citizen's name).
    void keepUnblocked(QWidget *widget) { m_unblocked << widget; }

    /// Reads the record again and shows it.
    void load();
    /// Sets `column` of the record to `value` as one undo step (successive edits of one
    /// field merge); a refusal shows why and shows the record as it is.
    void commit(Column column, const QVariant &value);
    void hideWarning();
    /// Adds and removes rows of `join` (the record's key `own`, the related row's `other`,
    /// and the role when the editor has roles) through `editor`, each one undo step titled
    /// `addText` or `removeText` (with the record's title for %1).
    void connectRelation(tracking::RelationEditor *editor, Table join, Column own, Column other,
                         const QString &addText, const QString &removeText);
    /// Every actor (id, name) sorted by name, or none while no record is shown (100 000
    /// names sorted into pickers took a second of the first frame).
    QList<QPair<qint64, QString>> actorChoices() const;
    /// Every problem (id, title) sorted by title.
    /// Every problem's id and title (a read that fails says so on the warning line).
    QList<QPair<qint64, QString>> problemChoices();
    Document *document() const { return m_doc; }

    Document *m_doc;
    qint64 m_id = 0;
    QLineEdit *m_title = nullptr;
    QLabel *m_warning = nullptr;

private:
    void onChanged(const ChangeSet &changes);

    Table m_table;
    bool m_restoreTitle = false;
    QList<Table> m_choiceTables, m_recordTables;
    QList<QWidget *> m_unblocked;
};

} // namespace maillage

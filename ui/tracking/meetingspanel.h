#pragma once

#include "core/document/change.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace maillage {
class Document;
class NotesEdit;
class OptionalDateEdit;
namespace tracking {
class RelationEditor;
}

/// One meeting: title, kind, date, place, attendees (with a quick way to add a new citizen
/// on the spot), notes, problems raised or discussed, decisions.
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingEditor(Document *doc, QWidget *parent = nullptr);
    void setMeeting(qint64 id);
    qint64 meetingId() const { return m_id; }
    /// Creates a person in the citizen category and adds them to the attendees, in one undo
    /// step; returns the new actor's id or 0.
    qint64 addNewCitizen(const QString &name);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    tracking::RelationEditor *attendeesEditor() const { return m_attendees; }
    tracking::RelationEditor *problemsEditor() const { return m_problems; }
    QLineEdit *citizenName() const { return m_citizenName; }
    QPushButton *citizenButton() const { return m_citizenButton; }
    NotesEdit *notesEdit() const { return m_notes; }
    NotesEdit *decisionsEdit() const { return m_decisions; }

signals:
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

private:
    void load();
    void fillChoices();
    void commit(const QString &column, const QVariant &value);
    void onChanged(const ChangeSet &changes);
    void warn(const QString &message);

    Document *m_doc;
    qint64 m_id = 0;
    QLineEdit *m_title, *m_place;
    QLabel *m_warning;
    QComboBox *m_kind;
    OptionalDateEdit *m_date;
    tracking::RelationEditor *m_attendees, *m_problems;
    QLineEdit *m_citizenName;
    QPushButton *m_citizenButton;
    NotesEdit *m_notes, *m_decisions;
};

/// The meetings in chronological order and the editor of the selected one.
class MeetingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPanel(Document *doc, QWidget *parent = nullptr);
    void selectMeeting(qint64 id);
    qint64 currentMeeting() const { return m_current; }
    /// Adds a meeting (today, Inform'action debate) and selects it; returns its id or 0.
    qint64 createMeeting(const QString &title);
    void setOrientation(Qt::Orientation orientation);
    QTreeWidget *list() const { return m_list; }
    MeetingEditor *editor() const { return m_editor; }

signals:
    void meetingSelected(qint64 id);
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

private:
    void refresh();
    void setCurrent(qint64 id);
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    qint64 m_current = 0;
    bool m_refreshQueued = false;
    QSplitter *m_splitter;
    QLabel *m_count;
    QTreeWidget *m_list;
    MeetingEditor *m_editor;
    QPushButton *m_new, *m_delete;
};

} // namespace maillage

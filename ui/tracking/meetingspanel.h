#pragma once

#include "core/domain/types.h"
#include "ui/tracking/recordform.h"
#include "ui/tracking/recordpanel.h"

#include <QHash>

class QComboBox;

namespace maillage {
class NotesEdit;
class OptionalDateEdit;

/// One meeting: title, kind, date, place, attendees (with a quick way to add a new citizen
/// on the spot), notes, problems raised or discussed, decisions.
class MeetingEditor : public RecordForm
{
    Q_OBJECT
public:
    explicit MeetingEditor(Document *doc, QWidget *parent = nullptr);
    void setMeeting(qint64 id) { setRecord(id); }
    qint64 meetingId() const { return recordId(); }
    /// Creates a person in the citizen category and adds them to the attendees, in one undo
    /// step; returns the new actor's id or 0.
    qint64 addNewCitizen(const QString &name);

    QComboBox *kindBox() const { return m_kind; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    tracking::RelationEditor *attendeesEditor() const { return m_attendees; }
    tracking::RelationEditor *problemsEditor() const { return m_problems; }
    QLineEdit *citizenName() const { return m_citizenName; }
    QPushButton *citizenButton() const { return m_citizenButton; }
    NotesEdit *notesEdit() const { return m_notes; }
    NotesEdit *decisionsEdit() const { return m_decisions; }

protected:
    std::optional<QString> read() override;
    void showRecord() override;
    void clearFields() override;
    void fillChoices() override;
    QString editText() const override;

private:
    Meeting m_meeting;
    QLineEdit *m_place;
    QComboBox *m_kind;
    OptionalDateEdit *m_date;
    tracking::RelationEditor *m_attendees, *m_problems;
    QLineEdit *m_citizenName;
    QPushButton *m_citizenButton;
    NotesEdit *m_notes, *m_decisions;
};

/// The meetings in chronological order and the editor of the selected one.
class MeetingsPanel : public RecordPanel
{
    Q_OBJECT
public:
    explicit MeetingsPanel(Document *doc, QWidget *parent = nullptr);
    void selectMeeting(qint64 id) { selectRecord(id); }
    qint64 currentMeeting() const { return currentRecord(); }
    /// Adds a meeting (today, Inform'action debate) and selects it; returns its id or 0.
    qint64 createMeeting(const QString &title) { return createRecord(title); }
    MeetingEditor *editor() const { return m_editor; }

signals:
    void meetingSelected(qint64 id);

protected:
    QList<Listed> readRecords() override;
    void fillItem(tracking::SortItem *item, int index) override;
    Row newValues(const QString &title) const override;
    QString addText() const override;
    QString deleteText() const override;
    QString countText(int count) const override;

private:
    QList<Meeting> m_meetings;  ///< as last read
    QHash<qint64, int> m_attendance;
    MeetingEditor *m_editor;
};

} // namespace maillage

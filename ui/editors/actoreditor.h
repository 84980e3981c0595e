#pragma once

#include "core/document/change.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace maillage {
class Document;
class FieldValuesEditor;
class NotesEdit;
class OptionalDateEdit;

/// Every field of one actor, editable in place. Each finished change (Enter, leaving the
/// field, picking a value) is one committed, undoable edit.
class ActorEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActorEditor(Document *doc, QWidget *parent = nullptr);
    void setActor(qint64 id);
    qint64 actorId() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    /// The line saying another actor has the name typed (hidden when none has), and its
    /// button that opens that actor.
    QLabel *sameNameLabel() const { return m_sameNameLabel; }
    QPushButton *sameNameButton() const { return m_sameNameButton; }
    FieldValuesEditor *fieldValues() const { return m_fieldValues; }

signals:
    void linkActivated(qint64 linkId);
    void newLinkRequested(qint64 fromActorId);
    void actorActivated(qint64 actorId);

private:
    void load();
    void commit(const QString &column, const QVariant &value);
    void commitLocation();
    void commitName();
    void commitTags();
    void onChanged(const ChangeSet &changes);
    void loadLinks();
    void fillCombos();
    void updateSameName();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &column);

    Document *m_doc;
    qint64 m_id = 0;
    QLineEdit *m_name;
    QLabel *m_nameWarning;
    QComboBox *m_category;
    QLineEdit *m_organisation = nullptr, *m_role = nullptr, *m_sector = nullptr,
              *m_commune = nullptr, *m_email = nullptr, *m_phone = nullptr,
              *m_address = nullptr, *m_website = nullptr;
    QLineEdit *m_latitude = nullptr, *m_longitude = nullptr;
    QComboBox *m_precision = nullptr;
    QLineEdit *m_tags;
    NotesEdit *m_description;
    QSpinBox *m_influence, *m_interest;
    QComboBox *m_attitude, *m_engagement;
    QCheckBox *m_isPerson, *m_pinned;
    QGroupBox *m_personBox;
    QComboBox *m_legalBasis;
    OptionalDateEdit *m_consentDate, *m_retentionDate, *m_lastContact, *m_since, *m_until;
    QLineEdit *m_consentMethod;
    QTreeWidget *m_links;
    QPushButton *m_newLink, *m_deleteLink;
    QHash<QString, QLineEdit *> m_lines;
    FieldValuesEditor *m_fieldValues;
    // Actors by name as the checklist matches them (diagnostics::sameNameKey), read again
    // after an actor is added, removed or renamed.
    QHash<QString, QList<qint64>> m_byName;
    QHash<qint64, std::pair<QString, qint64>> m_names;  ///< id → name, category id
    bool m_namesStale = true;
    QWidget *m_sameNameRow;
    QLabel *m_sameNameLabel;
    QPushButton *m_sameNameButton;
    qint64 m_sameNameId = 0;
};

} // namespace maillage

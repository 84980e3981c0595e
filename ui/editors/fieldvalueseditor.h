#pragma once

#include "core/document/change.h"
#include "core/domain/customfield.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace maillage {
class Document;

/// The custom values of one actor or link (its territory's fields of actors or links), a
/// widget per field type: a line edit for text and web addresses, a line edit taking
/// numbers as written in the user's language for numbers and whole numbers, a date edit
/// that may be empty for dates, a check box for yes/no, a list for a choice list. Each
/// finished change (Enter, leaving the field, picking a value) is one undoable edit; a value
/// that is not of the field's type is refused with a line saying why.
class FieldValuesEditor : public QWidget
{
    Q_OBJECT
public:
    FieldValuesEditor(Document *doc, const QString &subject, QWidget *parent = nullptr);
    /// The actor (link) shown; 0 for none.
    void setOwner(qint64 id);
    qint64 owner() const { return m_owner; }
    /// The editing widget of field `fieldId` (for tests and focus), or null.
    QWidget *editorOf(qint64 fieldId) const { return m_editors.value(fieldId); }
    /// Whether the territory has fields of this subject (the widget hides itself when not).
    bool hasFields() const { return !m_fields.isEmpty(); }

signals:
    /// The set of fields changed (one added, renamed, removed…).
    void fieldsChanged();

private:
    void rebuild();
    void loadValues();
    void commit(const CustomField &field, const QString &value);
    void onChanged(const ChangeSet &changes);
    QWidget *makeEditor(const CustomField &field);

    Document *m_doc;
    QString m_subject;
    qint64 m_owner = 0;
    QFormLayout *m_form;
    QLabel *m_error;
    QList<CustomField> m_fields;
    QHash<qint64, QWidget *> m_editors;
    bool m_loading = false;
};

} // namespace maillage

#pragma once

#include "core/document/change.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace maillage {
class Document;
class FieldValuesEditor;
class NotesEdit;
class OptionalDateEdit;

/// Type, strength, direction, dates and description of one link.
class LinkEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LinkEditor(Document *doc, QWidget *parent = nullptr);
    void setLink(qint64 id);
    qint64 linkId() const { return m_id; }
    FieldValuesEditor *fieldValues() const { return m_fieldValues; }

signals:
    void actorActivated(qint64 actorId);

private:
    void load();
    void commit(const QString &column, const QVariant &value);
    Document *m_doc;
    qint64 m_id = 0;
    QPushButton *m_source, *m_target, *m_swap, *m_delete;
    QComboBox *m_type;
    QSpinBox *m_strength;
    OptionalDateEdit *m_since, *m_until;
    NotesEdit *m_description;
    QLabel *m_direction, *m_error;
    FieldValuesEditor *m_fieldValues;
};

/// Picks two actors (searchable) and a type for a new link.
class NewLinkDialog : public QDialog
{
    Q_OBJECT
public:
    NewLinkDialog(Document *doc, qint64 from, qint64 to, QWidget *parent = nullptr);
    qint64 sourceId() const;
    qint64 targetId() const;
    qint64 typeId() const;
    int strength() const;

private:
    QComboBox *m_from, *m_to, *m_type;
    QSpinBox *m_strength;
};

/// Opens NewLinkDialog and creates the link; returns its id or 0.
qint64 createLinkInteractively(Document *doc, qint64 from, qint64 to, QWidget *parent);

} // namespace maillage

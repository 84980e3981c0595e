#pragma once

#include <QComboBox>
#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace maillage::tracking {

/// An editable combo box listing ids and names, completing on any part of the name (case
/// ignored); `allowNone` puts "(none)" first.
class IdPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit IdPicker(bool allowNone, QWidget *parent = nullptr);
    void setChoices(const QList<QPair<qint64, QString>> &choices);
    qint64 currentId() const;
    void setCurrentId(qint64 id);

private:
    bool m_allowNone;
};

/// A list of related rows (partners, attendees, actors with a role…) with a picker to add one
/// and a button to remove the selected ones. It only says what the user asked; the owner
/// writes the change and calls setEntries() again.
class RelationEditor : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 id = 0;
        QString role;  ///< empty when the relation has no role
    };
    /// `roles`: (code, label) pairs, or empty for a relation without roles.
    RelationEditor(const QString &nameHeader, const QList<QPair<QString, QString>> &roles,
                   QWidget *parent = nullptr);
    void setChoices(const QList<QPair<qint64, QString>> &choices);
    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const { return m_entries; }
    IdPicker *picker() const { return m_picker; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QTreeWidget *list() const { return m_list; }

signals:
    void addRequested(qint64 id, const QString &role);
    void removeRequested(const QList<maillage::tracking::RelationEditor::Entry> &entries);
    void activated(qint64 id);

private:
    QTreeWidget *m_list;
    IdPicker *m_picker;
    QComboBox *m_role = nullptr;
    QPushButton *m_add, *m_remove;
    QList<QPair<QString, QString>> m_roles;
    QHash<qint64, QString> m_names;
    QList<Entry> m_entries;
};

} // namespace maillage::tracking

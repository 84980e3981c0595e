#pragma once

#include "core/document/change.h"
#include "core/render/palette.h"

#include <QColor>
#include <QComboBox>
#include <QIcon>
#include <QPair>
#include <QSet>
#include <QTreeWidgetItem>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QPushButton;
class QTreeWidget;

namespace maillage {
class Document;

/// Helpers shared by the tracking panels (problems, actions, meetings).
namespace tracking {

/// A null id for a reference column ("none").
QVariant noRef();
/// True when `changes` touch one of `tables`.
bool touches(const ChangeSet &changes, const QList<Table> &tables);
/// True when actors were added, removed or renamed (not merely moved on the map).
bool actorNamesChanged(const ChangeSet &changes);
/// Ids of `table`'s rows named in `changes` (for join tables: the first key column).
QSet<qint64> touchedIds(const ChangeSet &changes, Table table);
/// Actor names by id, read once per refresh.
QHash<qint64, QString> actorNames(const Document *doc);
/// The statuses' and severities' colours (core/render/palette.h, shared with the report).
using palette::actionStatusColor;
using palette::problemStatusColor;
using palette::severityColor;
/// A small square of colour for list items.
QIcon swatch(const QColor &colour);
/// `inner` in a frameless, resizable scroll area.
QScrollArea *scrolled(QWidget *inner, QWidget *parent);
/// A date for a list: the locale's short format, or an empty string.
QString shortDate(const QDate &date);

/// The title row the problem, action and meeting editors start with: a required line edit
/// named `objectName` and, under it, a warning line (hidden). An emptied title shows
/// `emptyMessage` and calls `reload` (the previous title comes back); any other title hides
/// the warning and is handed to `commit`.
struct TitleRow
{
    QLineEdit *edit;
    QLabel *warning;
};
TitleRow addTitleRow(QWidget *owner, QFormLayout *form, const QString &objectName,
                     const QString &emptyMessage, std::function<void()> reload,
                     std::function<void(const QString &)> commit);

/// Fits a list's columns to its width: every column but `stretch` as wide as its contents
/// (capped), `stretch` takes the rest; when that leaves it too narrow, the `optional` columns
/// are hidden, last first. Refits on resize and on demand (after a refill).
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    ColumnFitter(QTreeWidget *tree, int stretch, const QList<int> &optional);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidget *m_tree;
    int m_stretch;
    QList<int> m_optional;
};

/// Refits the columns of a list that has a ColumnFitter (after refilling it).
void refit(QTreeWidget *tree);

/// A tree item sorting on Qt::UserRole + 1 when it is set (dates, numbers), on text otherwise.
class SortItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    static constexpr int SortRole = Qt::UserRole + 1;
    bool operator<(const QTreeWidgetItem &other) const override;
};

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

} // namespace tracking
} // namespace maillage

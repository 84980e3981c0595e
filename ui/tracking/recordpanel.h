#pragma once

#include "core/document/change.h"

#include <QList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QVBoxLayout;

namespace maillage {
class Document;
class RecordForm;
namespace tracking {
class SortItem;
}

/// What the problems, actions and meetings panels share (issue #16): the buttons to add,
/// duplicate and delete a record (each one undo step), the kind's filters and a search
/// field over the list, the sortable list, the record's form beside or under it, the
/// selection kept in step between list and form, refills when the document changes what
/// the list shows, and the list's keys (Delete, Ctrl+D, Insert). A kind is a subclass that
/// gives a Spec, its form, its filters and how to read and show its records.
class RecordPanel : public QWidget
{
    Q_OBJECT
public:
    /// Selects record `id` (0: none), clearing the filters and the search when they hide it.
    void selectRecord(qint64 id);
    qint64 currentRecord() const { return m_current; }
    /// Adds a record titled `title` (with the kind's defaults) and selects it; its id or 0.
    qint64 createRecord(const QString &title);
    /// Copies the selected record and what its form lists (see Spec::copied) as one undo
    /// step, and selects the copy; its id or 0.
    qint64 duplicateCurrent();
    /// Deletes the selected record (one undo step); false when there is none.
    bool deleteCurrent();
    /// Beside (Horizontal, in a top or bottom dock) or under the list.
    void setOrientation(Qt::Orientation orientation);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *countLabel() const { return m_count; }
    RecordForm *form() const { return m_form; }

signals:
    void recordSelected(qint64 id);
    void actorActivated(qint64 actorId);
    void problemActivated(qint64 problemId);

protected:
    struct Spec
    {
        Table table = Table::Other;  ///< the records' table
        QString stem;                ///< object names: "problem" → problemSearch, newProblemButton…
        QString listName;            ///< the list's object name
        QStringList headers;
        int stretchColumn = 0;       ///< the column taking the list's spare width
        QList<int> optionalColumns;  ///< hidden when narrow, last first
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        int listStretch = 1, formStretch = 2;
        /// Tables whose changes refill the list (refreshesOn() may say more).
        QList<Table> followed;
        /// Rows a duplicate copies with the record: the table and its column naming the record.
        QList<QPair<Table, Column>> copied;
        /// Makes the record's form (after the list: the keyboard reaches the list first).
        std::function<RecordForm *(QWidget *parent)> makeForm;
        /// Puts the list in a widget of the kind's (the problems' tabs); null: the list alone.
        std::function<QWidget *(QTreeWidget *list, QWidget *parent)> wrapList;
    };
    /// One record as the list knows it.
    struct Listed
    {
        qint64 id = 0;
        QString title;
        QString searched;   ///< more text the search looks in (a description, a place…)
        bool kept = true;   ///< whether the kind's filters keep it
    };

    explicit RecordPanel(Document *doc, QWidget *parent = nullptr);
    /// Builds the panel; called once by the kind's constructor, then the kind adds its
    /// filters and calls finish(). `newText`: the new button's text; `newTitle`: the title
    /// of a record it adds.
    void build(const Spec &spec, const QString &newText, const QString &newTitle);
    /// Puts the kind's `filters` after the buttons for the keyboard, and fills the list.
    void finish(const QList<QWidget *> &filters);
    /// Where the kind puts its filters: rows above the search field, and the search's row
    /// (the search field, then the count).
    QVBoxLayout *filterRows() const { return m_filterRows; }
    QHBoxLayout *searchRow() const { return m_searchRow; }

    /// Reads the records (in the list's order of reading) and applies the kind's filters.
    virtual QList<Listed> readRecords() = 0;
    /// The records could not be read (`error` says why): the form's warning line says so,
    /// and the list shows none rather than pretending there are none.
    void readFailed(const QString &error);
    /// Fills the item of `records[index]` of the last readRecords() (its id is set).
    virtual void fillItem(tracking::SortItem *item, int index) = 0;
    /// The values of a new record titled `title`.
    virtual Row newValues(const QString &title) const;
    /// "Add problem “%1”", "Delete problem “%1”", "%Ln problem(s)".
    virtual QString addText() const = 0;
    virtual QString deleteText() const = 0;
    virtual QString countText(int count) const = 0;
    /// Whether `changes` alter what the list shows (default: a followed table changed).
    virtual bool refreshesOn(const ChangeSet &changes) const;
    /// Clears the kind's filters (a record they hide is asked for).
    virtual void clearFilters() {}
    /// After each refill, with the ids shown in the list, and after each selection.
    virtual void listed(const QList<qint64> &ids) { Q_UNUSED(ids); }
    virtual void selected(qint64 id) { Q_UNUSED(id); }

    /// Refills the list now / at the next turn of the event loop.
    void refresh();
    void scheduleRefresh();
    /// Makes `id` the record shown in the form (from the list or the kind's other views).
    void setCurrent(qint64 id);
    Document *m_doc;

private:
    void onChanged(const ChangeSet &changes);
    void updateButtons();
    void focusTitle();
    bool listShows(qint64 id) const;

    Spec m_spec;
    RecordForm *m_form = nullptr;
    qint64 m_current = 0;
    bool m_refreshQueued = false;
    QSplitter *m_splitter = nullptr;
    QVBoxLayout *m_filterRows = nullptr;
    QHBoxLayout *m_searchRow = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_new = nullptr, *m_duplicate = nullptr, *m_delete = nullptr;
};

} // namespace maillage

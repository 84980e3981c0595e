#pragma once

#include "core/domain/customfield.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QTableView;

namespace maillage {
class Document;
class ActorTableModel;
class ActorFilterModel;
class AnalysisPanel;

/// The actor list: instant accent-blind search, category and tag filters, a sortable table
/// with multi-selection.
class ActorListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActorListPanel(Document *doc, QWidget *parent = nullptr);

    QList<qint64> selectedActors() const;
    void selectActors(const QList<qint64> &ids);
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ActorTableModel *model() const { return m_model; }
    ActorFilterModel *filterModel() const { return m_filter; }

    /// Where the measure columns (degree, betweenness, …) take their values: the list shows
    /// the panel's results as they come, asks it to compute when the user shows a measure
    /// column before any analysis, and keeps it computing after changes of the network while
    /// a measure column is shown.
    void setMeasureSource(AnalysisPanel *panel);
    /// Shows or hides a column (the header's context menu does the same).
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    /// Keeps only the actors meeting `conditions` (the map filter's field chips).
    void setFieldConditions(const QList<fields::Condition> &conditions);
    /// Shows or hides the column of custom field `fieldId` (remembered by the field's name).
    void setFieldShown(qint64 fieldId, bool shown);
    /// The header's context menu, filled for the current columns (for tests).
    QMenu *columnMenu();

signals:
    void selectionChanged(const QList<qint64> &actorIds);
    /// A measure column was shown while no measures are known.
    void measuresRequested();
    void actorActivated(qint64 actorId);

private:
    void refreshFilters();
    void pullMeasures();
    void saveColumns() const;
    void updateCount();
    void applyFieldColumns();
    Document *m_doc;
    ActorTableModel *m_model;
    ActorFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_category, *m_tag;
    QTableView *m_table;
    QLabel *m_count;
    QMenu *m_columnMenu = nullptr;
    AnalysisPanel *m_measureSource = nullptr;
    /// The field columns shown, by field id (settings keep their names, folded).
    QSet<qint64> m_shownFields;
};

} // namespace maillage

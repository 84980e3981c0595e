#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace maillage {
class Document;
class ActorTableModel;
class ActorFilterModel;

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

signals:
    void selectionChanged(const QList<qint64> &actorIds);
    void actorActivated(qint64 actorId);

private:
    void refreshFilters();
    void updateCount();
    Document *m_doc;
    ActorTableModel *m_model;
    ActorFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_category, *m_tag;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace maillage

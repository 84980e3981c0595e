#pragma once

#include <QList>
#include <QObject>
#include <QTreeWidgetItem>

class QTreeWidget;

namespace maillage::tracking {

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

} // namespace maillage::tracking

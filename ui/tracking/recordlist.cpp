#include "ui/tracking/recordlist.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>

#include <algorithm>

namespace maillage::tracking {

ColumnFitter::ColumnFitter(QTreeWidget *tree, int stretch, const QList<int> &optional)
    : QObject(tree), m_tree(tree), m_stretch(stretch), m_optional(optional)
{
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->viewport()->installEventFilter(this);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    const int available = m_tree->viewport()->width();
    const int columns = m_tree->columnCount();
    const QFontMetrics fm = m_tree->header()->fontMetrics();
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (c == m_stretch)
            continue;
        const int header = fm.horizontalAdvance(m_tree->headerItem()->text(c)) + 24;
        const int contents = static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(c) + 8;
        widths[c] = std::min(std::max(header, contents), 220);
    }
    QSet<int> hidden;
    auto rest = [&] {
        int used = 0;
        for (int c = 0; c < columns; ++c)
            if (c != m_stretch && !hidden.contains(c))
                used += widths[c];
        return available - used;
    };
    for (int i = int(m_optional.size()) - 1; i >= 0 && rest() < 180; --i)
        hidden.insert(m_optional[i]);
    for (int c = 0; c < columns; ++c) {
        m_tree->setColumnHidden(c, hidden.contains(c));
        if (!hidden.contains(c))
            m_tree->setColumnWidth(c, c == m_stretch ? std::max(80, rest()) : widths[c]);
    }
}

void refit(QTreeWidget *tree)
{
    if (auto *fitter = tree->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly))
        fitter->fit();
}

bool SortItem::operator<(const QTreeWidgetItem &other) const
{
    const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
    const QVariant a = data(column, SortRole), b = other.data(column, SortRole);
    if (a.isValid() && b.isValid()) {
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString() < b.toString();
        return a.toDouble() < b.toDouble();
    }
    return QString::localeAwareCompare(text(column), other.text(column)) < 0;
}

} // namespace maillage::tracking

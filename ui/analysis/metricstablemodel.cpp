#include "ui/analysis/metricstablemodel.h"

#include "ui/analysis/analysispanel.h"

#include <QLocale>

namespace maillage::analysisui {

void MetricsTableModel::setResults(const QList<analysis::ActorMetrics> &actors,
                                   const QHash<qint64, QString> &names,
                                   const QHash<int, QString> &communityNames)
{
    beginResetModel();
    m_actors = actors;
    m_names = names;
    m_communityNames = communityNames;
    endResetModel();
}

void MetricsTableModel::clear()
{
    beginResetModel();
    m_actors.clear();
    m_names.clear();
    m_communityNames.clear();
    endResetModel();
}

void MetricsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_actors.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actors.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actors.size())
        return {};
    const analysis::ActorMetrics &a = m_actors.at(index.row());
    if (role == IdRole)
        return a.id;
    const QLocale locale;
    const auto number = [&](double value, int decimals) -> QVariant {
        if (role == SortRole)
            return value;
        return locale.toString(value, 'f', decimals);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name || index.column() == Community
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Community && a.community > 0)
        return AnalysisPanel::communityColour(a.community);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_names.value(a.id);
    case Degree:
        return role == SortRole ? QVariant(a.degree) : QVariant(locale.toString(a.degree));
    case Betweenness:
        return number(a.betweenness, 1);
    case BetweennessNormalized:
        return number(a.betweennessNormalized, 4);
    case Closeness:
        return number(a.closeness, 3);
    case Eigenvector:
        return number(a.eigenvector, 3);
    case Coreness:
        return role == SortRole ? QVariant(a.coreness) : QVariant(locale.toString(a.coreness));
    case Component:
        return role == SortRole ? QVariant(a.component) : QVariant(locale.toString(a.component));
    case Articulation:
        if (role == SortRole)
            return a.articulation ? 1 : 0;
        return a.articulation ? tr("Yes") : QString();
    case Community:
        if (a.community <= 0)
            return role == SortRole ? QVariant(0) : QVariant();
        if (role == SortRole)
            return a.community;
        return tr("%1. %2").arg(locale.toString(a.community), m_communityNames.value(a.community));
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Degree: return tr("Number of distinct actors linked to this one");
        case Betweenness: return tr("How many shortest paths between other actors go through this one: a go-between");
        case BetweennessNormalized: return tr("Betweenness divided by the number of pairs of other actors (0 … 1)");
        case Closeness: return tr("How close this actor is to all those it can reach (0 … 1)");
        case Eigenvector: return tr("Linked to actors who are themselves well linked (0 … 1)");
        case Coreness: return tr("The largest k such that the actor belongs to a group where everyone has at least k links within the group");
        case Component: return tr("The connected part of the network the actor belongs to (1 = the largest)");
        case Articulation: return tr("Removing this actor splits its part of the network: a broker");
        case Community: return tr("The group the actor belongs to (Louvain), named after its most central actor");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Degree: return tr("Degree");
    case Betweenness: return tr("Betweenness");
    case BetweennessNormalized: return tr("Betweenness (normalised)");
    case Closeness: return tr("Closeness");
    case Eigenvector: return tr("Eigenvector");
    case Coreness: return tr("Coreness");
    case Component: return tr("Component");
    case Articulation: return tr("Broker");
    case Community: return tr("Community");
    default: return {};
    }
}

} // namespace maillage::analysisui

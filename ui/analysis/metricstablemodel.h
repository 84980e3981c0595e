#pragma once

#include "core/analysis/metrics.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace maillage::analysisui {

/// The per-actor measures as table rows. Qt::DisplayRole gives numbers in the locale's
/// format, SortRole the raw value (so that sorting is numeric), Qt::UserRole + 1 the actor id.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, Degree, Betweenness, BetweennessNormalized, Closeness, Eigenvector, Coreness,
        Component, Articulation, Community, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `actors` (in snapshot order) named by `names`, communities named by
    /// `communityNames` (number → name).
    void setResults(const QList<analysis::ActorMetrics> &actors,
                    const QHash<qint64, QString> &names,
                    const QHash<int, QString> &communityNames);
    void clear();
    /// Call after a language change (headers, Yes/No).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<analysis::ActorMetrics> m_actors;
    QHash<qint64, QString> m_names;
    QHash<int, QString> m_communityNames;
};

} // namespace maillage::analysisui

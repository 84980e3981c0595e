#pragma once

#include "core/workshop/comparisonitems.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace maillage {
class ComparisonOverlay;
class NetworkScene;

/// A reference, the maps compared with it and the comparison (workshop/compare.h).
struct ComparisonSession
{
    workshop::MapData reference;
    QList<workshop::MapData> candidates;
    workshop::Comparison comparison;
    QList<workshop::ComparisonItems> items;  ///< one per candidate
    /// The map shown is the reference (a trainer's file); else it is candidates[0].
    bool shownIsReference = true;
};

/// The Comparison dock: one row per compared map (actors and links found, precision, recall,
/// F1, category agreement, influence gap), the selected map's missing and extra actors and
/// links, and with several maps what most missed and where they disagree. The selected map is
/// shown on the network view through a ComparisonOverlay; an entry clicked centres the map on it.
class ComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        File, ActorsFound, ActorPrecision, ActorRecall, ActorF1, LinksFound, LinkPrecision,
        LinkRecall, LinkF1, CategoryAgreement, InfluenceGap, ColumnCount
    };
    /// Roles of the detail entries.
    enum { KindRole = Qt::UserRole + 1, IdRole };
    enum EntryKind { NoEntry, MissingActor, ExtraActor, MissingLink, ExtraLink, ReferenceActor };

    ComparisonPanel(NetworkScene *scene, QWidget *parent = nullptr);
    void setSession(const ComparisonSession &session);
    const ComparisonSession &session() const { return m_session; }
    bool hasSession() const { return m_has; }
    /// Removes the overlay and forgets the comparison.
    void clearSession();
    int currentMap() const { return m_current; }
    void setCurrentMap(int index);
    ComparisonOverlay *overlay() const { return m_overlay; }
    QTableWidget *table() const { return m_table; }
    QTreeWidget *details() const { return m_details; }
    void retranslate();

signals:
    /// The map shown changed (`file` empty: no comparison any more).
    void shownMapChanged(const QString &file);
    void centreOn(const QPointF &scenePos, qint64 actorOnMap);
    void closeRequested();

private:
    void fillTable();
    void fillDetails();
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *group(const QString &title, int count);

    NetworkScene *m_scene;
    ComparisonOverlay *m_overlay;
    ComparisonSession m_session;
    bool m_has = false;
    int m_current = -1;
    QLabel *m_title;
    QPushButton *m_close;
    QTableWidget *m_table;
    QTreeWidget *m_details;
};

} // namespace maillage

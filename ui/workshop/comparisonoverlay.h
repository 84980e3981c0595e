#pragma once

#include "core/workshop/comparisonitems.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QObject>
#include <QPointer>

#include <optional>

namespace maillage {
class NetworkScene;
class ComparisonOverlay;

/// An actor of the comparison on the map: a ghost (missing from the compared map: faded, dashed
/// outline) or an extra (only in the compared map: orange "+" badge). Over an actor of the map
/// it decorates that actor and follows it; otherwise it stands alone with its name.
class ComparisonMarkItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(maillage::ComparisonMarkItem)
public:
    enum { Type = UserType + 41 };
    enum Kind { Missing, Extra };
    ComparisonMarkItem(ComparisonOverlay *owner, Kind kind, const QString &name, double radius,
                       bool standalone);
    ~ComparisonMarkItem() override;
    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    bool standalone() const { return m_standalone; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    friend class ComparisonOverlay;
    ComparisonOverlay *m_owner;
    Kind m_kind;
    QString m_name;
    double m_radius;
    bool m_standalone;
    QRectF m_bounds;
};

/// The comparison's links in one item: missing ones grey and dashed, extra ones orange and
/// dashed. Ends on the map are read at paint time, so they follow the actors.
class ComparisonLinksItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 42 };
    struct End
    {
        qint64 actor = 0;  ///< an actor of the map, or 0 for a fixed point
        QPointF point;
    };
    struct Line
    {
        End a, b;
        bool missing = true;
        bool directed = false;
    };
    ComparisonLinksItem(NetworkScene *scene, QList<Line> lines);
    int type() const override { return Type; }
    const QList<Line> &lines() const { return m_lines; }
    QPointF pointOf(const End &e) const;
    void refreshBounds();
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    NetworkScene *m_scene;
    QList<Line> m_lines;
    QRectF m_bounds;
};

/// Shows one comparison on the network view: the map shown is either the reference (a
/// trainer's file: missing items are ghosts over its own actors, extras are placed beside
/// their matched neighbours) or the compared map (a trainee's file: missing reference items
/// are placed beside their matched neighbours, extras are marked on the map). Everything is
/// separate items in the scene; clear() removes them all and leaves the scene as it was.
class ComparisonOverlay : public QObject
{
    Q_OBJECT
public:
    /// A child of `scene`.
    explicit ComparisonOverlay(NetworkScene *scene);
    ~ComparisonOverlay() override;

    /// `shownIsReference`: the scene shows `reference` (else it shows `candidate`).
    void show(const workshop::MapData &reference, const workshop::MapData &candidate,
              const workshop::ComparisonItems &items, bool shownIsReference);
    void clear();
    bool isActive() const { return m_active; }

    QList<ComparisonMarkItem *> marks() const { return m_marks; }
    ComparisonLinksItem *linksItem() const { return m_links; }
    /// Where an actor of the reference (or of the candidate) is on the map now; null when it
    /// is not shown.
    std::optional<QPointF> referenceActorPosition(qint64 id) const;
    std::optional<QPointF> candidateActorPosition(qint64 id) const;
    /// The actor of the map behind a reference (candidate) actor id, or 0.
    qint64 shownActorOfReference(qint64 id) const;
    qint64 shownActorOfCandidate(qint64 id) const;

    static QColor missingColor() { return QColor(0x6b, 0x76, 0x8a); }
    static QColor extraColor() { return QColor(0xe0, 0x78, 0x00); }

private:
    friend class ComparisonMarkItem;
    void forget(ComparisonMarkItem *item) { m_marks.removeAll(item); }
    /// Null once the scene is being destroyed (it deletes its items itself).
    QPointer<NetworkScene> m_scene;
    QList<ComparisonMarkItem *> m_marks;
    ComparisonLinksItem *m_links = nullptr;
    QHash<qint64, QPointF> m_placedReference, m_placedCandidate;  ///< actors off the map
    QHash<qint64, qint64> m_shownOfReference, m_shownOfCandidate;
    bool m_active = false;
};

} // namespace maillage

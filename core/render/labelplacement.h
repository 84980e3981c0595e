#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Label de-cluttering shared by the map view and the headless painter: labels are placed
// greedily, most important first, around their actor, so that no two labels overlap and no
// label covers another actor. A label that finds no free place is shortened, then left out.
namespace maillage::render {

struct LabelCandidate
{
    int index = 0;          ///< the caller's own index, returned in PlacedLabel
    QPointF anchor;         ///< centre of the actor (any unit: device pixels or scene units)
    double radius = 0;      ///< half the actor's size, same unit
    QSizeF size;            ///< the whole label
    double shortWidth = 0;  ///< width of the shortened label ("Communauté de com…"); 0: none
    double priority = 0;    ///< higher goes first (size, centrality)
    /// Selected, hovered or highlighted actors: always labelled (placed first, below the
    /// actor, even where they overlap each other).
    bool mandatory = false;
};

struct PlacedLabel
{
    int index = 0;           ///< LabelCandidate::index
    QRectF rect;             ///< where the label goes (its width is the shortened one if so)
    bool shortened = false;  ///< draw the text elided to rect.width()
};

struct LabelPlacementOptions
{
    double gap = 1.0;  ///< space kept between a label and its actor, and between two labels
    /// Labels may not cover actors other than their own (their discs count as obstacles).
    bool avoidActors = true;
    /// Where to try, in order: below the actor, above, right, left.
    bool tryAround = true;
    /// When not empty, labels must lie inside (the visible area: a label cut by the edge of
    /// the view or the page is not placed there). Mandatory labels may still overflow it.
    QRectF bounds;
    /// Rectangles no label may cover (the view's legend), same unit.
    QList<QRectF> keepOut;
};

/// The labels that fit, in placement order. Candidates are taken by decreasing priority
/// (mandatory ones first; ties by index), each at the first free spot among: below, above,
/// right, left of its actor (full label first, then shortened). Deterministic for the same
/// input. Runs in about linear time (a uniform grid indexes the placed rectangles).
QList<PlacedLabel> placeLabels(QList<LabelCandidate> candidates,
                               const LabelPlacementOptions &options = {});

} // namespace maillage::render

#pragma once

// Internal to the analysis panel: what its two files share (analysispanel_ui.cpp builds the
// widgets and their texts; analysispanel.cpp computes and shows).

namespace maillage::analysispanelparts {

/// Milliseconds of quiet after an edit before the measures are computed again.
constexpr int kDebounceMs = 400;

/// The rows of the network figures' form, in order.
enum FormRow {
    RowActors, RowLinks, RowDensity, RowComponents, RowDiameter, RowPathLength, RowClustering,
    RowModularity, RowCommunities, RowBridges, RowCount
};

} // namespace maillage::analysispanelparts

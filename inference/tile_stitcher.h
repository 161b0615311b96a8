#pragma once

#include "prediction.h"
#include "tile_plan.h"

#include <vector>

namespace shelf {

/// A candidate found in a tile, cut by one of its inner edges, that no tile sees whole.
struct TilePiece
{
    Detection detection; ///< in original-image pixels
    int tile = 0;
};

/// Joins the pieces of products larger than the tile overlap across the tile edges that cut
/// them, so that no product reaches the merge cut in half.
///
/// Across each inner edge, a piece cut on one side pairs with a piece of the neighbouring tile
/// cut on the facing side when their extents along the edge agree (1-D IoU >= minOverlap); pairs
/// are taken best first, each piece at most once, so that the several candidates a detector gives
/// per product become several joined candidates (the EM-Merger needs that density). A joined
/// candidate is the union of the two boxes with the scores and label of the larger piece.
/// Unpaired pieces are returned as they are. A product cut by edges in both directions is joined
/// across one of them only.
///
/// Thread: any (pure). Units: original-image pixels.
std::vector<Detection> stitchCutPieces(const TilePlan& plan, const std::vector<TilePiece>& pieces,
                                       double minOverlap = 0.6);

} // namespace shelf

#pragma once

#include "box.h"

#include <QRect>
#include <QSize>

#include <vector>

namespace shelf {

/// Overlapping tiles over a large image, and the rule that keeps a product from being cut in half
/// by a tile edge.
///
/// Tiles are laid out in a grid; along each axis they are spread evenly so that neighbours share
/// at least `overlap` pixels and the last tile ends on the image border (all tiles have the same
/// size, so they batch). A box found in a tile that touches one of the tile's inner edges (an edge
/// that is not the image border) is a product cut by the tile; it is dropped when the tile across
/// that edge sees the product whole (its far edge lies inside that tile), so only the whole box
/// reaches the merge. When no tile sees it whole (a product larger than the overlap), the pieces
/// are joined across the edge (see stitchCutPieces()).
///
/// Units: original-image pixels. Thread: any (a value).
class TilePlan
{
public:
    /// `tile` is clipped to the image; `overlap` must be smaller than both tile sides.
    TilePlan(QSize image, QSize tile, int overlap);

    int columns() const { return int(m_xs.size()); }
    int rows() const { return int(m_ys.size()); }
    int count() const { return columns() * rows(); }
    QSize tileSize() const { return m_tile; }
    /// Tile `index` in row-major order.
    QRect tile(int index) const;
    /// Tolerance in pixels within which a box edge counts as touching a tile edge.
    double edgeMargin() const { return m_margin; }

    /// Edges of a tile, as bit flags.
    enum Edge : unsigned { Left = 1, Right = 2, Top = 4, Bottom = 8 };

    /// The inner edges of tile `index` that `box` (found in that tile) touches: the product is
    /// cut there.
    unsigned cutEdges(int index, const Box& box) const;

    /// True when `box` (found in tile `index`) is cut by an inner edge of that tile and a
    /// neighbouring tile sees the whole product.
    bool seenWholeElsewhere(int index, const Box& box) const;

    /// The tile across `edge` of tile `index`, or -1 at the image border.
    int neighbour(int index, Edge edge) const;

private:
    static std::vector<int> positions(int imageSide, int tileSide, int overlap);

    QSize m_image;
    QSize m_tile;
    std::vector<int> m_xs;
    std::vector<int> m_ys;
    double m_margin = 4;
};

} // namespace shelf

#include "tile_plan.h"

#include <algorithm>
#include <cmath>

namespace shelf {

TilePlan::TilePlan(QSize image, QSize tile, int overlap)
    : m_image(image),
      m_tile(std::min(tile.width(), image.width()), std::min(tile.height(), image.height()))
{
    m_xs = positions(image.width(), m_tile.width(), overlap);
    m_ys = positions(image.height(), m_tile.height(), overlap);
    // Detectors regress the edge of a cut product to within a few pixels of the tile edge.
    m_margin = std::max(4.0, 0.02 * std::min(m_tile.width(), m_tile.height()));
}

std::vector<int> TilePlan::positions(int imageSide, int tileSide, int overlap)
{
    if (imageSide <= tileSide)
        return {0};
    const int step = std::max(1, tileSide - overlap);
    const int n = 1 + (imageSide - tileSide + step - 1) / step;
    std::vector<int> out(n);
    for (int i = 0; i < n; ++i)
        out[i] = int(std::lround(double(i) * (imageSide - tileSide) / (n - 1)));
    return out;
}

QRect TilePlan::tile(int index) const
{
    const int col = index % columns();
    const int row = index / columns();
    return QRect(m_xs[col], m_ys[row], m_tile.width(), m_tile.height());
}

unsigned TilePlan::cutEdges(int index, const Box& box) const
{
    const int col = index % columns();
    const int row = index / columns();
    unsigned edges = 0;
    if (col + 1 < columns() && box.x2 >= m_xs[col] + m_tile.width() - m_margin)
        edges |= Right;
    if (col > 0 && box.x1 <= m_xs[col] + m_margin)
        edges |= Left;
    if (row + 1 < rows() && box.y2 >= m_ys[row] + m_tile.height() - m_margin)
        edges |= Bottom;
    if (row > 0 && box.y1 <= m_ys[row] + m_margin)
        edges |= Top;
    return edges;
}

bool TilePlan::seenWholeElsewhere(int index, const Box& box) const
{
    const unsigned edges = cutEdges(index, box);
    if (edges == 0)
        return false;
    const int col = index % columns();
    const int row = index / columns();
    // Each inner edge the box touches must be covered by the tile across it: the product's
    // uncut edge lies inside that tile, clear of its margin.
    if ((edges & Right) && box.x1 < m_xs[col + 1] + m_margin)
        return false;
    if ((edges & Left) && box.x2 > m_xs[col - 1] + m_tile.width() - m_margin)
        return false;
    if ((edges & Bottom) && box.y1 < m_ys[row + 1] + m_margin)
        return false;
    if ((edges & Top) && box.y2 > m_ys[row - 1] + m_tile.height() - m_margin)
        return false;
    return true;
}

int TilePlan::neighbour(int index, Edge edge) const
{
    const int col = index % columns();
    const int row = index / columns();
    switch (edge) {
    case Left:
        return col > 0 ? index - 1 : -1;
    case Right:
        return col + 1 < columns() ? index + 1 : -1;
    case Top:
        return row > 0 ? index - columns() : -1;
    case Bottom:
        return row + 1 < rows() ? index + columns() : -1;
    }
    return -1;
}

} // namespace shelf

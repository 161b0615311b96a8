#pragma once

#include "box.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace shelf {

/// A uniform grid over an image for hit-testing boxes: the boxes under a point, or inside a
/// rectangle, without looking at every box. Built once per change of the box set (O(n)); a point
/// query looks at one cell. Ids are the caller's (annotation ids). Not thread-safe.
class BoxIndex
{
public:
    /// `cell` is the grid pitch in image pixels; shelf products are 40-600 px, so 128 keeps a
    /// cell to a handful of boxes.
    explicit BoxIndex(double cell = 128) : m_cell(cell) {}

    void rebuild(const QList<std::pair<qint64, Box>>& boxes);
    bool isEmpty() const { return m_boxes.empty(); }

    /// Ids of the boxes containing `p` (edges included, widened by `tolerance` pixels), smallest
    /// area first, so that a small box stacked on a big one is found first.
    QList<qint64> at(QPointF p, double tolerance = 0) const;
    /// Ids of the boxes lying entirely inside `rect`, in id order.
    QList<qint64> inside(const QRectF& rect) const;

private:
    struct Entry
    {
        qint64 id;
        Box box;
    };
    int cellX(double x) const;
    int cellY(double y) const;

    double m_cell;
    double m_originX = 0;
    double m_originY = 0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<Entry> m_boxes;
    std::vector<std::vector<int>> m_cells; ///< indices into m_boxes, per cell, row-major
};

} // namespace shelf

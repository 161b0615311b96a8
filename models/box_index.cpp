#include "box_index.h"

#include <algorithm>
#include <cmath>

namespace shelf {

int BoxIndex::cellX(double x) const
{
    return std::clamp(int(std::floor((x - m_originX) / m_cell)), 0, m_columns - 1);
}

int BoxIndex::cellY(double y) const
{
    return std::clamp(int(std::floor((y - m_originY) / m_cell)), 0, m_rows - 1);
}

void BoxIndex::rebuild(const QList<std::pair<qint64, Box>>& boxes)
{
    m_boxes.clear();
    m_cells.clear();
    m_columns = m_rows = 0;
    if (boxes.isEmpty())
        return;
    double x1 = boxes[0].second.x1, y1 = boxes[0].second.y1;
    double x2 = boxes[0].second.x2, y2 = boxes[0].second.y2;
    m_boxes.reserve(boxes.size());
    for (const auto& [id, box] : boxes) {
        m_boxes.push_back({id, box});
        x1 = std::min(x1, box.x1);
        y1 = std::min(y1, box.y1);
        x2 = std::max(x2, box.x2);
        y2 = std::max(y2, box.y2);
    }
    m_originX = x1;
    m_originY = y1;
    // Bounded so that one absurd box cannot make a huge grid.
    m_columns = std::clamp(int(std::ceil((x2 - x1) / m_cell)) + 1, 1, 4096);
    m_rows = std::clamp(int(std::ceil((y2 - y1) / m_cell)) + 1, 1, 4096);
    m_cells.assign(std::size_t(m_columns) * m_rows, {});
    for (int i = 0; i < int(m_boxes.size()); ++i) {
        const Box& b = m_boxes[i].box;
        for (int cy = cellY(b.y1); cy <= cellY(b.y2); ++cy) {
            for (int cx = cellX(b.x1); cx <= cellX(b.x2); ++cx)
                m_cells[std::size_t(cy) * m_columns + cx].push_back(i);
        }
    }
}

QList<qint64> BoxIndex::at(QPointF p, double tolerance) const
{
    QList<qint64> out;
    if (m_boxes.empty())
        return out;
    std::vector<int> hits;
    for (int cy = cellY(p.y() - tolerance); cy <= cellY(p.y() + tolerance); ++cy) {
        for (int cx = cellX(p.x() - tolerance); cx <= cellX(p.x() + tolerance); ++cx) {
            for (int i : m_cells[std::size_t(cy) * m_columns + cx]) {
                const Box& b = m_boxes[i].box;
                if (p.x() >= b.x1 - tolerance && p.x() <= b.x2 + tolerance &&
                    p.y() >= b.y1 - tolerance && p.y() <= b.y2 + tolerance)
                    hits.push_back(i);
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    std::stable_sort(hits.begin(), hits.end(), [this](int a, int b) {
        return m_boxes[a].box.area() < m_boxes[b].box.area();
    });
    for (int i : hits)
        out << m_boxes[i].id;
    return out;
}

QList<qint64> BoxIndex::inside(const QRectF& rect) const
{
    QList<qint64> out;
    if (m_boxes.empty() || rect.isEmpty())
        return out;
    std::vector<int> hits;
    for (int cy = cellY(rect.top()); cy <= cellY(rect.bottom()); ++cy) {
        for (int cx = cellX(rect.left()); cx <= cellX(rect.right()); ++cx) {
            for (int i : m_cells[std::size_t(cy) * m_columns + cx]) {
                const Box& b = m_boxes[i].box;
                if (b.x1 >= rect.left() && b.x2 <= rect.right() && b.y1 >= rect.top() &&
                    b.y2 <= rect.bottom())
                    hits.push_back(i);
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    for (int i : hits)
        out << m_boxes[i].id;
    return out;
}

} // namespace shelf

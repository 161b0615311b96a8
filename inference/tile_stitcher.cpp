#include "tile_stitcher.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace shelf {
namespace {

double overlap1d(double a1, double a2, double b1, double b2)
{
    const double inter = std::min(a2, b2) - std::max(a1, b1);
    const double uni = std::max(a2, b2) - std::min(a1, b1);
    return inter > 0 && uni > 0 ? inter / uni : 0;
}

} // namespace

std::vector<Detection> stitchCutPieces(const TilePlan& plan, const std::vector<TilePiece>& pieces,
                                       double minOverlap)
{
    std::map<int, std::vector<std::size_t>> byTile;
    for (std::size_t i = 0; i < pieces.size(); ++i)
        byTile[pieces[i].tile].push_back(i);

    // Candidate pairs across right and bottom edges (each edge seen once), best agreement first.
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    for (const auto& [tile, members] : byTile) {
        for (const auto& [edge, facing] : {std::pair{TilePlan::Right, TilePlan::Left},
                                           std::pair{TilePlan::Bottom, TilePlan::Top}}) {
            const int other = plan.neighbour(tile, edge);
            const auto it = byTile.find(other);
            if (other < 0 || it == byTile.end())
                continue;
            const bool horizontal = edge == TilePlan::Right;
            for (const std::size_t a : members) {
                const Box& ba = pieces[a].detection.box;
                if (!(plan.cutEdges(tile, ba) & edge))
                    continue;
                for (const std::size_t b : it->second) {
                    const Box& bb = pieces[b].detection.box;
                    if (!(plan.cutEdges(other, bb) & facing))
                        continue;
                    const double agree = horizontal ? overlap1d(ba.y1, ba.y2, bb.y1, bb.y2)
                                                    : overlap1d(ba.x1, ba.x2, bb.x1, bb.x2);
                    if (agree >= minOverlap)
                        pairs.emplace_back(agree, a, b);
                }
            }
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });

    std::vector<bool> used(pieces.size(), false);
    std::vector<Detection> out;
    for (const auto& [agree, a, b] : pairs) {
        if (used[a] || used[b])
            continue;
        used[a] = used[b] = true;
        const Detection& da = pieces[a].detection;
        const Detection& db = pieces[b].detection;
        Detection joined = da.box.area() >= db.box.area() ? da : db;
        joined.box = {std::min(da.box.x1, db.box.x1), std::min(da.box.y1, db.box.y1),
                      std::max(da.box.x2, db.box.x2), std::max(da.box.y2, db.box.y2)};
        out.push_back(joined);
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (!used[i])
            out.push_back(pieces[i].detection);
    }
    return out;
}

} // namespace shelf

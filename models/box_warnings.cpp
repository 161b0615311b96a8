#include "box_warnings.h"

#include "project_store.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace shelf {

namespace {

/// What the checks need of one box; small, so that a whole layer of a project fits.
struct Item
{
    qint64 id = 0;
    qint64 imageId = 0;
    int layer = 0; ///< index of the layer name, so that layers compare as integers
    Box box;
    ReviewState state = ReviewState::Accepted;
    bool labelled = false;
};

bool hasText(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return !c.isSpace(); });
}

Item itemOf(const Annotation& a, int layer)
{
    return {a.id, a.imageId, layer, a.box, a.state, a.shape != Shape::None || hasText(a.skuId)};
}

bool finiteBox(const Box& b)
{
    return std::isfinite(b.x1) && std::isfinite(b.y1) && std::isfinite(b.x2) &&
           std::isfinite(b.y2) && b.isValid();
}

/// Runs the checks over `items` and calls `report(kind, item, other, value)` once per warning,
/// with `other` the index of the second box of a pair (-1 otherwise), in no particular order.
template <typename Report>
void scan(const std::vector<Item>& items, const WarningRules& rules, Report&& report)
{
    std::vector<int> live; // indices of boxes that can be duplicates
    live.reserve(items.size());
    for (int i = 0; i < int(items.size()); ++i) {
        const Item& it = items[i];
        if (it.state == ReviewState::Rejected)
            continue;
        const double w = it.box.width(), h = it.box.height();
        if (rules.checkSize && (w < rules.minSide || h < rules.minSide))
            report(WarningKind::TooSmall, i, -1, std::min(w, h));
        if (rules.checkLabels && it.state == ReviewState::Accepted && !it.labelled)
            report(WarningKind::Unlabelled, i, -1, 0.0);
        if (finiteBox(it.box))
            live.push_back(i);
    }
    if (!rules.checkDuplicates)
        return;

    // Sort-and-sweep on x1. For boxes a, b with a.x1 <= b.x1, IoU >= t needs an intersection of
    // at least t * area(a), so the overlap in x, at most a.x2 - b.x1, is at least t * width(a):
    // b.x1 <= a.x1 + (1 - t) * width(a). Beyond that no box can pair with a; the tiny slack keeps
    // pairs whose IoU rounds onto the threshold.
    const double t = std::clamp(rules.duplicateIou, 1e-9, 1.0);
    std::sort(live.begin(), live.end(), [&](int a, int b) {
        const Item &p = items[a], &q = items[b];
        return std::tie(p.imageId, p.layer, p.box.x1, p.id) <
               std::tie(q.imageId, q.layer, q.box.x1, q.id);
    });
    for (std::size_t a = 0; a < live.size(); ++a) {
        const Item& p = items[live[a]];
        const double w = p.box.width();
        const double reach = p.box.x1 + (1 - t) * w + 1e-9 * (std::abs(p.box.x1) + w + 1);
        for (std::size_t b = a + 1; b < live.size(); ++b) {
            const Item& q = items[live[b]];
            if (q.box.x1 > reach || q.imageId != p.imageId || q.layer != p.layer)
                break;
            const double v = iou(p.box, q.box);
            if (v >= t) {
                const bool pFirst = p.id < q.id;
                report(WarningKind::NearDuplicate, pFirst ? live[a] : live[b],
                       pFirst ? live[b] : live[a], v);
            }
        }
    }
}

std::vector<Item> itemsOf(const QList<Annotation>& annotations)
{
    std::vector<Item> items;
    items.reserve(annotations.size());
    QList<QString> layers; // a handful at most: a linear search beats hashing
    for (const Annotation& a : annotations) {
        qsizetype layer = layers.indexOf(a.layer);
        if (layer < 0) {
            layer = layers.size();
            layers.append(a.layer);
        }
        items.push_back(itemOf(a, int(layer)));
    }
    return items;
}

QHash<qint64, WarningCounts> countPerImage(const std::vector<Item>& items,
                                           const WarningRules& rules)
{
    QHash<qint64, WarningCounts> counts;
    scan(items, rules,
         [&](WarningKind kind, int item, int, double) { counts[items[item].imageId].add(kind); });
    return counts;
}

} // namespace

int WarningCounts::of(WarningKind kind) const
{
    switch (kind) {
    case WarningKind::TooSmall:
        return tooSmall;
    case WarningKind::NearDuplicate:
        return nearDuplicate;
    case WarningKind::Unlabelled:
        return unlabelled;
    }
    return 0;
}

void WarningCounts::add(WarningKind kind, int n)
{
    switch (kind) {
    case WarningKind::TooSmall:
        tooSmall += n;
        break;
    case WarningKind::NearDuplicate:
        nearDuplicate += n;
        break;
    case WarningKind::Unlabelled:
        unlabelled += n;
        break;
    }
}

WarningCounts& WarningCounts::operator+=(const WarningCounts& other)
{
    tooSmall += other.tooSmall;
    nearDuplicate += other.nearDuplicate;
    unlabelled += other.unlabelled;
    return *this;
}

QList<BoxWarning> findWarnings(const QList<Annotation>& annotations, const WarningRules& rules)
{
    const std::vector<Item> items = itemsOf(annotations);
    QList<BoxWarning> out;
    scan(items, rules, [&](WarningKind kind, int item, int other, double value) {
        const Box& b = items[item].box;
        out.append({kind, items[item].id, other >= 0 ? items[other].id : 0, value,
                    QSizeF(b.width(), b.height())});
    });
    std::sort(out.begin(), out.end(), [](const BoxWarning& a, const BoxWarning& b) {
        return std::tie(a.kind, a.annotationId, a.otherId) <
               std::tie(b.kind, b.annotationId, b.otherId);
    });
    return out;
}

WarningCounts countWarnings(const QList<Annotation>& annotations, const WarningRules& rules)
{
    WarningCounts counts;
    scan(itemsOf(annotations), rules,
         [&](WarningKind kind, int, int, double) { counts.add(kind); });
    return counts;
}

QHash<qint64, WarningCounts> countWarningsPerImage(const QList<Annotation>& annotations,
                                                   const WarningRules& rules)
{
    return countPerImage(itemsOf(annotations), rules);
}

QHash<qint64, WarningCounts> countWarnings(const ProjectStore& store, const QString& layer,
                                           const WarningRules& rules)
{
    std::vector<Item> items;
    store.forEachAnnotation(layer, [&](const Annotation& a) {
        items.push_back(itemOf(a, 0));
        return true;
    });
    return countPerImage(items, rules);
}

} // namespace shelf

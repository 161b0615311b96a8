#include "component_pruning.h"

#include "numpy_compat.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace shelf::merge {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// sqrt(chi2.ppf(0.5, 2)): the semi-axis factor of the ellipse holding half the mass.
const double kHalfMass = std::sqrt(-2.0 * std::log(0.5));

struct Principal
{
    double largest = 0;
    double smallest = 0;
    double angle = 0; ///< of the first eigenvector, radians in [0, 2 pi)
};

Principal principalAxes(const Gaussian2& g)
{
    const cv::Matx22d cov(g.sxx, g.sxy, g.sxy, g.syy);
    cv::Mat values;
    cv::Mat vectors;
    cv::eigen(cov, values, vectors);
    Principal p;
    p.largest = std::max(0.0, values.at<double>(0));
    p.smallest = std::max(0.0, values.at<double>(1));
    p.angle = std::atan2(vectors.at<double>(0, 1), vectors.at<double>(0, 0));
    if (p.angle < 0)
        p.angle += 2 * std::numbers::pi;
    return p;
}

// The traced outline of one component's ellipse, clipped to the blob, in blob coordinates.
std::vector<cv::Point> authorsOutline(const Gaussian2& g, cv::Size roi)
{
    const Principal p = principalAxes(g);
    const double degrees = 180 * p.angle / std::numbers::pi;
    const cv::Point centre(static_cast<int>(g.mx), static_cast<int>(g.my));
    // The authors name the larger axis "minor" and hand it to OpenCV first, then rotate by the
    // negated angle: the mirrored ellipse the reference preset keeps.
    const cv::Size axes(static_cast<int>(roundHalfEven(kHalfMass * std::sqrt(p.largest))),
                        static_cast<int>(roundHalfEven(kHalfMass * std::sqrt(p.smallest))));
    std::vector<cv::Point> poly;
    cv::ellipse2Poly(centre, axes, -static_cast<int>(roundHalfEven(degrees)), 0, 360, 15, poly);

    // Rasterise only the polygon's bounding box (plus a margin) inside the blob: findContours
    // pads its input, so the traced contour equals the one of the whole blob-sized mask.
    const cv::Rect crop =
        (cv::boundingRect(poly) + cv::Size(4, 4) - cv::Point(2, 2)) & cv::Rect({}, roi);
    if (crop.empty())
        return {centre};
    cv::Mat mask = cv::Mat::zeros(crop.size(), CV_8U);
    const std::vector<std::vector<cv::Point>> polys{poly};
    cv::fillPoly(mask, polys, cv::Scalar(1), cv::LINE_8, 0, -crop.tl());
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE, crop.tl());
    if (contours.empty())
        return {centre};
    return contours.front();
}

struct Ellipse
{
    double cx = 0;
    double cy = 0;
    double radius = 0;                 ///< semi-major axis: no point of the polygon is farther
    std::vector<cv::Point2d> vertices; ///< 24-gon, counter-clockwise in image coordinates
};

Ellipse analyticEllipse(const Gaussian2& g)
{
    const Principal p = principalAxes(g);
    const double a = kHalfMass * std::sqrt(p.largest);
    const double b = kHalfMass * std::sqrt(p.smallest);
    const double c = std::cos(p.angle);
    const double s = std::sin(p.angle);
    Ellipse e{g.mx, g.my, a, {}};
    static const std::array<cv::Point2d, 24> circle = [] {
        std::array<cv::Point2d, 24> points;
        for (int step = 0; step < 24; ++step)
            points[static_cast<std::size_t>(step)] = {std::cos(step * std::numbers::pi / 12),
                                                      std::sin(step * std::numbers::pi / 12)};
        return points;
    }();
    for (const cv::Point2d& unit : circle) {
        const double x = a * unit.x;
        const double y = b * unit.y;
        e.vertices.emplace_back(g.mx + x * c - y * s, g.my + x * s + y * c);
    }
    return e;
}

// Signed distance as cv::pointPolygonTest(measureDist): positive inside, negative outside.
double signedDistance(const Ellipse& e, double px, double py)
{
    double nearest = kInf;
    bool inside = true;
    const std::size_t n = e.vertices.size();
    for (std::size_t i = 0; i < n; ++i) {
        const cv::Point2d& a = e.vertices[i];
        const cv::Point2d& b = e.vertices[(i + 1) % n];
        const double ex = b.x - a.x;
        const double ey = b.y - a.y;
        const double cross = ex * (py - a.y) - ey * (px - a.x);
        if (cross < 0)
            inside = false;
        const double len2 = ex * ex + ey * ey;
        const double t =
            len2 > 0 ? std::clamp(((px - a.x) * ex + (py - a.y) * ey) / len2, 0.0, 1.0) : 0.0;
        const double qx = px - (a.x + t * ex);
        const double qy = py - (a.y + t * ey);
        nearest = std::min(nearest, qx * qx + qy * qy);
    }
    return inside ? std::sqrt(nearest) : -std::sqrt(nearest);
}

} // namespace

std::vector<Gaussian2> pruneAuthors(const std::vector<Gaussian2>& components, const cv::Mat& heat)
{
    const std::size_t k = components.size();
    std::vector<Gaussian2> rounded = components;
    for (Gaussian2& g : rounded) {
        g.mx = roundHalfEven(g.mx);
        g.my = roundHalfEven(g.my);
    }
    std::vector<std::vector<cv::Point>> outlines;
    outlines.reserve(k);
    for (const Gaussian2& g : rounded)
        outlines.push_back(authorsOutline(g, heat.size()));

    // The authors' k x k matrix of gaps, upper triangle only, zeros elsewhere; its argsort
    // order decides which of several overlapping pairs is seen first.
    std::vector<double> gaps(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = i + 1; j < k; ++j) {
            const cv::Point2f ci(static_cast<float>(rounded[i].mx),
                                 static_cast<float>(rounded[i].my));
            const cv::Point2f cj(static_cast<float>(rounded[j].mx),
                                 static_cast<float>(rounded[j].my));
            const double iToJ = -cv::pointPolygonTest(outlines[i], cj, true);
            const double jToI = -cv::pointPolygonTest(outlines[j], ci, true);
            if (iToJ <= 0 || jToI <= 0) {
                gaps[i * k + j] = -kInf;
            } else {
                const double dx = rounded[i].mx - rounded[j].mx;
                const double dy = rounded[i].my - rounded[j].my;
                gaps[i * k + j] = iToJ - std::sqrt(dx * dx + dy * dy) + jToI;
            }
        }
    }
    const auto heatAt = [&](const Gaussian2& g) {
        const int row = std::clamp(static_cast<int>(g.my), 0, heat.rows - 1);
        const int col = std::clamp(static_cast<int>(g.mx), 0, heat.cols - 1);
        return heat.at<uchar>(row, col);
    };
    std::vector<char> removed(k, 0);
    for (const std::int64_t flat : numpyArgsort(gaps)) {
        const auto idx = static_cast<std::size_t>(flat);
        if (gaps[idx] >= 0)
            break;
        const std::size_t i = idx / k;
        const std::size_t j = idx % k;
        if (removed[i] || removed[j])
            continue;
        removed[heatAt(rounded[j]) < heatAt(rounded[i]) ? j : i] = 1;
    }
    std::vector<Gaussian2> kept;
    for (std::size_t i = 0; i < k; ++i)
        if (!removed[i])
            kept.push_back(rounded[i]);
    return kept;
}

std::vector<Gaussian2> pruneAnalytic(const std::vector<Gaussian2>& components,
                                     const std::function<double(double, double)>& heat)
{
    const std::size_t k = components.size();
    std::vector<Ellipse> ellipses;
    ellipses.reserve(k);
    for (const Gaussian2& g : components)
        ellipses.push_back(analyticEllipse(g));
    struct Pair
    {
        double gap;
        std::size_t i;
        std::size_t j;
    };
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = i + 1; j < k; ++j) {
            // Each centre is at least (distance - semi-major axis) from the other's ellipse, so
            // the gap cannot be negative when the centres are farther apart than both axes.
            const double between = std::hypot(components[i].mx - components[j].mx,
                                              components[i].my - components[j].my);
            if (between > ellipses[i].radius + ellipses[j].radius)
                continue;
            const double iToJ = -signedDistance(ellipses[i], components[j].mx, components[j].my);
            const double jToI = -signedDistance(ellipses[j], components[i].mx, components[i].my);
            double gap = -kInf;
            if (iToJ > 0 && jToI > 0)
                gap = iToJ + jToI -
                      std::hypot(components[i].mx - components[j].mx,
                                 components[i].my - components[j].my);
            if (gap < 0)
                pairs.push_back({gap, i, j});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.gap < b.gap; });
    std::vector<char> removed(k, 0);
    for (const Pair& p : pairs) {
        if (removed[p.i] || removed[p.j])
            continue;
        const double hi = heat(components[p.i].mx, components[p.i].my);
        const double hj = heat(components[p.j].mx, components[p.j].my);
        bool removeJ = hj < hi;
        if (hj == hi)
            removeJ = components[p.j].weight < components[p.i].weight;
        removed[removeJ ? p.j : p.i] = 1;
    }
    std::vector<Gaussian2> kept;
    for (std::size_t i = 0; i < k; ++i)
        if (!removed[i])
            kept.push_back(components[i]);
    return kept;
}

} // namespace shelf::merge

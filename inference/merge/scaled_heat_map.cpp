#include "scaled_heat_map.h"

#include "parallel.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shelf::merge {
namespace {

constexpr double kRelativeThreshold = 4.5 / 255.0;
// Map pixels across the shorter side of the median box's central half.
constexpr double kMedianSide = 8.0;

struct MapKernel
{
    int x0 = 0; ///< map columns [x0, x1), rows [y0, y1)
    int x1 = 0;
    int y0 = 0;
    int y1 = 0;
    std::vector<float> ex;
    std::vector<float> ey;
    float gain = 0;
};

// Samples exp(-u^2) at map pixel centres over [lo, hi) image pixels, u running over
// [-1/sqrt(2), 1/sqrt(2)] across the interval (clamped, so a box narrower than a map pixel
// still marks the pixel holding its centre).
std::vector<float> axis(double lo, double hi, double scale, double origin, int& first, int& last)
{
    first = static_cast<int>(std::floor((lo - origin) * scale));
    last = std::max(first + 1, static_cast<int>(std::ceil((hi - origin) * scale)));
    const double centre = (lo + hi) / 2;
    const double half = std::max((hi - lo) / 2, 1e-9);
    std::vector<float> out(static_cast<std::size_t>(last - first));
    for (int m = first; m < last; ++m) {
        const double p = origin + (m + 0.5) / scale;
        const double u = std::clamp((p - centre) / half, -1.0, 1.0) / std::sqrt(2.0);
        out[static_cast<std::size_t>(m - first)] = std::exp(static_cast<float>(-u * u));
    }
    return out;
}

} // namespace

cv::Point ScaledHeatMap::toMap(double x, double y) const
{
    const int mx = static_cast<int>(std::floor((x - origin.x) * scale));
    const int my = static_cast<int>(std::floor((y - origin.y) * scale));
    return {std::clamp(mx, 0, heat.cols - 1), std::clamp(my, 0, heat.rows - 1)};
}

cv::Rect2d ScaledHeatMap::toImage(const cv::Rect& r) const
{
    return {origin.x + r.x / scale, origin.y + r.y / scale, r.width / scale, r.height / scale};
}

double chooseHeatMapScale(std::span<const Candidate> boxes, double requested)
{
    if (requested > 0)
        return std::min(requested, 1.0);
    if (boxes.empty())
        return 1.0;
    std::vector<double> sides;
    sides.reserve(boxes.size());
    for (const Candidate& b : boxes)
        sides.push_back(std::max(std::min(b.width(), b.height()) / 2, 1e-3));
    std::sort(sides.begin(), sides.end());
    const double median = sides[sides.size() / 2];
    const double small = sides[sides.size() / 10];
    return std::min(1.0, std::max(kMedianSide / median, 3.0 / small));
}

ScaledHeatMap buildScaledHeatMap(std::span<const Candidate> boxes, double scale, int threads)
{
    ScaledHeatMap out;
    out.scale = scale;
    if (boxes.empty()) {
        out.heat = cv::Mat::zeros(1, 1, CV_32F);
        out.labels = cv::Mat::zeros(1, 1, CV_32S);
        return out;
    }
    double minX = boxes[0].x1;
    double minY = boxes[0].y1;
    for (const Candidate& b : boxes) {
        minX = std::min(minX, b.x1 + b.width() / 4);
        minY = std::min(minY, b.y1 + b.height() / 4);
    }
    // Map pixels are aligned to the image grid at this scale, so a result never depends on
    // which boxes happen to be leftmost beyond that alignment.
    out.origin = {std::floor(minX * scale) / scale, std::floor(minY * scale) / scale};
    std::vector<MapKernel> kernels(boxes.size());
    int width = 1;
    int height = 1;
    const float floorValue = static_cast<float>(std::exp(-1.0));
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Candidate& b = boxes[i];
        MapKernel& k = kernels[i];
        k.ex = axis(b.x1 + b.width() / 4, b.x2 - b.width() / 4, scale, out.origin.x, k.x0, k.x1);
        k.ey = axis(b.y1 + b.height() / 4, b.y2 - b.height() / 4, scale, out.origin.y, k.y0, k.y1);
        k.gain = static_cast<float>(b.confidence / (1.0 - std::exp(-1.0)));
        width = std::max(width, k.x1);
        height = std::max(height, k.y1);
    }
    out.heat = cv::Mat::zeros(height, width, CV_32F);
    const int bandRows = 16;
    const int bands = (height + bandRows - 1) / bandRows;
    parallelFor(static_cast<std::size_t>(bands), threads, [&](std::size_t band) {
        const int r0 = static_cast<int>(band) * bandRows;
        const int r1 = std::min(r0 + bandRows, height);
        for (const MapKernel& k : kernels) {
            for (int y = std::max(k.y0, r0); y < std::min(k.y1, r1); ++y) {
                float* row = out.heat.ptr<float>(y) + k.x0;
                const float ey = k.ey[static_cast<std::size_t>(y - k.y0)];
                for (int x = 0; x < k.x1 - k.x0; ++x)
                    row[x] += std::max(0.0f, k.ex[static_cast<std::size_t>(x)] * ey - floorValue) *
                              k.gain;
            }
        }
    });

    // Regions of non-zero heat, each thresholded against its own peak.
    cv::Mat support = out.heat > 0;
    cv::Mat regions;
    const int regionCount = cv::connectedComponents(support, regions, 8, CV_32S);
    std::vector<float> peak(static_cast<std::size_t>(regionCount), 0.0f);
    for (int y = 0; y < height; ++y) {
        const float* h = out.heat.ptr<float>(y);
        const int* r = regions.ptr<int>(y);
        for (int x = 0; x < width; ++x)
            peak[static_cast<std::size_t>(r[x])] =
                std::max(peak[static_cast<std::size_t>(r[x])], h[x]);
    }
    cv::Mat kept(height, width, CV_8U);
    for (int y = 0; y < height; ++y) {
        const float* h = out.heat.ptr<float>(y);
        const int* r = regions.ptr<int>(y);
        uchar* k = kept.ptr<uchar>(y);
        for (int x = 0; x < width; ++x)
            k[x] = r[x] > 0 && h[x] > kRelativeThreshold * peak[static_cast<std::size_t>(r[x])]
                       ? 255
                       : 0;
    }
    cv::Mat stats;
    cv::Mat centroids;
    const int blobCount =
        cv::connectedComponentsWithStats(kept, out.labels, stats, centroids, 8, CV_32S);
    for (int b = 1; b < blobCount; ++b) {
        out.blobs.push_back(
            {cv::Rect(stats.at<int>(b, cv::CC_STAT_LEFT), stats.at<int>(b, cv::CC_STAT_TOP),
                      stats.at<int>(b, cv::CC_STAT_WIDTH), stats.at<int>(b, cv::CC_STAT_HEIGHT)),
             stats.at<int>(b, cv::CC_STAT_AREA)});
    }
    return out;
}

} // namespace shelf::merge

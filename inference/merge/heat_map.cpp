#include "heat_map.h"

#include "parallel.h"

#include <opencv2/imgproc.hpp>

#include <sys/mman.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <new>

namespace shelf::merge {
namespace {

// One box's kernel: the authors sample exp(-(u^2 + v^2)) on the shrunk box (np.linspace over
// [-w/2, w/2] divided by sqrt(2) * w/2) and min-max rescale it to [0, confidence]. The 2-D
// exponential is kept separable, exp(-u^2) * exp(-v^2): it differs from theirs in the last bit
// only, far below what the uint8 rounding of the map can see. The factors are recomputed where
// they are used, so that memory does not grow with the number of boxes times their size.
struct Kernel
{
    int x1 = 0;
    int y1 = 0;
    int x2 = 0;
    int y2 = 0;
    double scale = 0;
    double shift = 0;

    bool empty() const { return x2 <= x1 || y2 <= y1; }
};

// exp(-u^2) at sample a of `size` (np.linspace's arithmetic, its last sample exactly the end).
double axisFactor(int size, int a)
{
    const double half = size / 2.;
    const double start = -half;
    double u = half;
    if (a != size - 1 || size == 1) {
        const double step = size > 1 ? (half - start) / (size - 1) : 0.0;
        u = a * step + start;
    }
    u /= std::sqrt(2.) * half;
    return std::exp(-(u * u));
}

void axisRange(int size, double& lo, double& hi)
{
    lo = std::numeric_limits<double>::infinity();
    hi = -lo;
    for (int a = 0; a < size; ++a) {
        const double f = axisFactor(size, a);
        lo = std::min(lo, f);
        hi = std::max(hi, f);
    }
}

Kernel makeKernel(const Candidate& box)
{
    Kernel k;
    const int x1 = static_cast<int>(box.x1);
    const int y1 = static_cast<int>(box.y1);
    const int x2 = static_cast<int>(box.x2);
    const int y2 = static_cast<int>(box.y2);
    const int dx = static_cast<int>((x2 - x1) * 0.5 / 2.);
    const int dy = static_cast<int>((y2 - y1) * 0.5 / 2.);
    k.x1 = x1 + dx;
    k.x2 = x2 - dx;
    k.y1 = y1 + dy;
    k.y2 = y2 - dy;
    if (k.empty())
        return k;
    double exMin = 0;
    double exMax = 0;
    double eyMin = 0;
    double eyMax = 0;
    axisRange(k.x2 - k.x1, exMin, exMax);
    axisRange(k.y2 - k.y1, eyMin, eyMax);
    const double smin = exMin * eyMin;
    const double smax = exMax * eyMax;
    // cv::normalize(NORM_MINMAX) to [0, confidence]
    k.scale = box.confidence * (smax - smin > DBL_EPSILON ? 1. / (smax - smin) : 0.);
    k.shift = 0. - smin * k.scale;
    return k;
}

// Zero-filled scratch memory straight from the kernel: fresh anonymous pages are zero, so the
// 8 bytes a pixel of the reference map are neither memset nor faulted in 4 KiB at a time
// (transparent huge pages are requested). Owns the mapping; one thread.
class ZeroedBuffer
{
public:
    explicit ZeroedBuffer(std::size_t bytes) : m_bytes(bytes)
    {
        void* p =
            mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        m_data = p;
#ifdef MADV_HUGEPAGE
        madvise(m_data, m_bytes, MADV_HUGEPAGE);
#endif
    }
    ~ZeroedBuffer()
    {
        munmap(m_data, m_bytes);
    }
    ZeroedBuffer(const ZeroedBuffer&) = delete;
    ZeroedBuffer& operator=(const ZeroedBuffer&) = delete;

    void* data() const
    {
        return m_data;
    }

private:
    std::size_t m_bytes = 0;
    void* m_data = nullptr;
};

} // namespace

HeatMap referenceHeatMap(std::span<const Candidate> boxes, ImageSize image, int threads)
{
    std::vector<Kernel> kernels;
    kernels.reserve(boxes.size());
    cv::Rect covered;
    for (const Candidate& box : boxes) {
        const Kernel k = makeKernel(box);
        if (k.empty())
            continue;
        const cv::Rect r(k.x1, k.y1, k.x2 - k.x1, k.y2 - k.y1);
        covered = covered.empty() ? r : (covered | r);
        kernels.push_back(k);
    }
    HeatMap heat;
    if (kernels.empty()) {
        heat.map = cv::Mat::zeros(1, 1, CV_8U);
        return heat;
    }
    covered &= cv::Rect(0, 0, image.width, image.height);
    heat.offset = covered.tl();
    const ZeroedBuffer buffer(static_cast<std::size_t>(covered.area()) * sizeof(double));
    cv::Mat sum(covered.size(), CV_64F, buffer.data());

    // Row bands in parallel; inside a band the boxes are added in the authors' order, so every
    // pixel sees the same sequence of additions whatever the split.
    const int bandRows = 64;
    const int bands = (covered.height + bandRows - 1) / bandRows;
    std::vector<double> bandMin(static_cast<std::size_t>(bands), 0.0);
    std::vector<double> bandMax(static_cast<std::size_t>(bands), 0.0);
    parallelFor(static_cast<std::size_t>(bands), threads, [&](std::size_t band) {
        const int r0 = covered.y + static_cast<int>(band) * bandRows;
        const int r1 = std::min(r0 + bandRows, covered.y + covered.height);
        std::vector<double> ex;
        for (const Kernel& k : kernels) {
            const int y0 = std::max(k.y1, r0);
            const int y1 = std::min(k.y2, r1);
            if (y0 >= y1)
                continue;
            const int w = k.x2 - k.x1;
            ex.resize(static_cast<std::size_t>(w));
            for (int x = 0; x < w; ++x)
                ex[static_cast<std::size_t>(x)] = axisFactor(w, x);
            const double* __restrict exs = ex.data();
            for (int y = y0; y < y1; ++y) {
                double* __restrict row = sum.ptr<double>(y - covered.y) + (k.x1 - covered.x);
                const double ey = axisFactor(k.y2 - k.y1, y - k.y1);
                for (int x = 0; x < w; ++x)
                    row[x] += (exs[x] * ey) * k.scale + k.shift;
            }
        }
        // The band's extremes while it is still in cache.
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (int y = r0; y < r1; ++y) {
            const double* row = sum.ptr<double>(y - covered.y);
            for (int x = 0; x < covered.width; ++x) {
                lo = std::min(lo, row[x]);
                hi = std::max(hi, row[x]);
            }
        }
        bandMin[band] = lo;
        bandMax[band] = hi;
    });

    const double smin = std::min(*std::min_element(bandMin.begin(), bandMin.end()),
                                 // the uncovered pixels are zeros of the authors' full map
                                 covered.area() < static_cast<long long>(image.width) * image.height
                                     ? 0.0
                                     : std::numeric_limits<double>::infinity());
    const double smax = *std::max_element(bandMax.begin(), bandMax.end());
    // cv::normalize(NORM_MINMAX, 0..255), cv::convertScaleAbs, threshold(4, TOZERO)
    const double scale = 255. * (smax - smin > DBL_EPSILON ? 1. / (smax - smin) : 0.);
    const double shift = 0. - smin * scale;
    heat.map.create(covered.size(), CV_8U);
    parallelFor(static_cast<std::size_t>(bands), threads, [&](std::size_t band) {
        const int r0 = static_cast<int>(band) * bandRows;
        const cv::Range rows(r0, std::min(r0 + bandRows, covered.height));
        // Values are >= 0, so the authors' convertScaleAbs equals a saturating, rounding convert.
        cv::Mat out = heat.map.rowRange(rows);
        sum.rowRange(rows).convertTo(out, CV_8U, scale, shift);
        cv::threshold(out, out, 4, 255, cv::THRESH_TOZERO);
    });
    return heat;
}

std::vector<HeatBlob> externalBlobs(const HeatMap& heat)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(heat.map, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE, heat.offset);
    std::vector<HeatBlob> blobs;
    blobs.reserve(contours.size());
    for (const auto& contour : contours)
        blobs.push_back({cv::boundingRect(contour), cv::contourArea(contour)});
    return blobs;
}

} // namespace shelf::merge

#include "numpy_compat.h"

#include <bit>
#include <cfenv>
#include <cmath>
#include <utility>

namespace shelf::merge {
namespace {

// NumPy's DOUBLE_LT: NaN is larger than everything.
bool numpyLess(double a, double b)
{
    return a < b || (b != b && a == a);
}

// npy_aheapsort, the introsort's fallback when the recursion is too deep. `tosort` is 0-based
// here; NumPy shifts it by one for 1-based heap indexing, done with `a` below.
void heapArgsort(const double* v, std::int64_t* tosort, std::int64_t n)
{
    std::int64_t* a = tosort - 1;
    std::int64_t i = 0;
    std::int64_t j = 0;
    std::int64_t tmp = 0;
    for (std::int64_t l = n >> 1; l > 0; --l) {
        tmp = a[l];
        for (i = l, j = l << 1; j <= n;) {
            if (j < n && numpyLess(v[a[j]], v[a[j + 1]]))
                j += 1;
            if (numpyLess(v[tmp], v[a[j]])) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
    for (; n > 1;) {
        tmp = a[n];
        a[n] = a[1];
        n -= 1;
        for (i = 1, j = 2; j <= n;) {
            if (j < n && numpyLess(v[a[j]], v[a[j + 1]]))
                j++;
            if (numpyLess(v[tmp], v[a[j]])) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
}

double pairwiseSum(const double* a, std::size_t n)
{
    constexpr std::size_t blockSize = 128;
    if (n < 8) {
        double res = 0.;
        for (std::size_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= blockSize) {
        double r[8];
        for (int j = 0; j < 8; ++j)
            r[j] = a[j];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j)
                r[j] += a[i + j];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2);
}

} // namespace

std::vector<std::int64_t> numpyArgsort(std::span<const double> values)
{
    // A line-by-line transcription of NumPy 1.24's aquicksort_<npy::double_tag>: median of three,
    // partitions that stop on equal keys, insertion sort below 16 elements, heapsort past depth.
    constexpr std::int64_t smallQuicksort = 15;
    constexpr int stackSize = 128;
    const auto num = static_cast<std::int64_t>(values.size());
    std::vector<std::int64_t> order(values.size());
    for (std::int64_t i = 0; i < num; ++i)
        order[static_cast<std::size_t>(i)] = i;
    if (num < 2)
        return order;
    const double* v = values.data();
    std::int64_t* pl = order.data();
    std::int64_t* pr = pl + num - 1;
    std::int64_t* stack[stackSize];
    std::int64_t** sptr = stack;
    int depth[stackSize];
    int* psdepth = depth;
    int cdepth = (std::bit_width(static_cast<std::uint64_t>(num)) - 1) * 2;

    for (;;) {
        if (cdepth < 0) {
            heapArgsort(v, pl, pr - pl + 1);
        } else {
            while ((pr - pl) > smallQuicksort) {
                std::int64_t* pm = pl + ((pr - pl) >> 1);
                if (numpyLess(v[*pm], v[*pl]))
                    std::swap(*pm, *pl);
                if (numpyLess(v[*pr], v[*pm]))
                    std::swap(*pr, *pm);
                if (numpyLess(v[*pm], v[*pl]))
                    std::swap(*pm, *pl);
                const double vp = v[*pm];
                std::int64_t* pi = pl;
                std::int64_t* pj = pr - 1;
                std::swap(*pm, *pj);
                for (;;) {
                    do {
                        ++pi;
                    } while (numpyLess(v[*pi], vp));
                    do {
                        --pj;
                    } while (numpyLess(vp, v[*pj]));
                    if (pi >= pj)
                        break;
                    std::swap(*pi, *pj);
                }
                std::int64_t* pk = pr - 1;
                std::swap(*pi, *pk);
                if (pi - pl < pr - pi) {
                    *sptr++ = pi + 1;
                    *sptr++ = pr;
                    pr = pi - 1;
                } else {
                    *sptr++ = pl;
                    *sptr++ = pi - 1;
                    pl = pi + 1;
                }
                *psdepth++ = --cdepth;
            }
            for (std::int64_t* pi = pl + 1; pi <= pr; ++pi) {
                const std::int64_t vi = *pi;
                const double vp = v[vi];
                std::int64_t* pj = pi;
                std::int64_t* pk = pi - 1;
                while (pj > pl && numpyLess(vp, v[*pk]))
                    *pj-- = *pk--;
                *pj = vi;
            }
        }
        if (sptr == stack)
            break;
        pr = *(--sptr);
        pl = *(--sptr);
        cdepth = *(--psdepth);
    }
    return order;
}

double numpyPairwiseSum(std::span<const double> values)
{
    return pairwiseSum(values.data(), values.size());
}

double roundHalfEven(double value)
{
    // nearbyint follows the current rounding mode, which nothing in this library changes from
    // the default round-to-nearest-even.
    return std::nearbyint(value);
}

} // namespace shelf::merge

#include "agglomerative_init.h"
#include "mixture_em.h"
#include "numpy_compat.h"

#include <QTest>

#include <cfloat>
#include <cmath>
#include <limits>
#include <random>

using namespace shelf::merge;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double authorsDistance(const Gaussian2& a, const Gaussian2& b)
{
    const double dx = a.mx - b.mx;
    const double dy = a.my - b.my;
    return std::sqrt(dx * dx + dy * dy);
}

// The authors' agglomerative_init() transcribed with its full (2n-k)^2 matrix: placeholders
// with infinite means, nan_to_num turning real-to-placeholder distances into DBL_MAX, zeros
// (lower triangle, diagonal, coincident means) into inf, and np.argmin's row-major scan.
// Returns false when it would pick a placeholder (their degenerate case, not compared).
bool authorsAgglomerate(const std::vector<Gaussian2>& in, std::size_t k,
                        std::vector<Gaussian2>& out)
{
    const std::size_t n = in.size();
    const std::size_t size = 2 * n - k;
    std::vector<Gaussian2> comp(in);
    comp.resize(size, Gaussian2{0, kInf, kInf, 0, 0, 0});
    std::vector<double> d(size * size, kInf);
    for (std::size_t i = 0; i < size; ++i)
        for (std::size_t j = i + 1; j < size; ++j) {
            const double v = authorsDistance(comp[i], comp[j]);
            const double clean = std::isnan(v) ? 0 : (std::isinf(v) ? DBL_MAX : v);
            d[i * size + j] = clean == 0 ? kInf : clean;
        }
    std::vector<char> deleted(size, 0);
    for (std::size_t l = n; l < size; ++l) {
        std::size_t best = 0;
        for (std::size_t e = 1; e < d.size(); ++e)
            if (d[e] < d[best])
                best = e;
        if (d[best] >= DBL_MAX)
            return false;
        const std::size_t i = best / size;
        const std::size_t j = best % size;
        comp[l] = mergeMoments(comp[i], comp[j]);
        for (std::size_t r = 0; r < size; ++r) {
            d[r * size + i] = d[r * size + j] = kInf;
            d[i * size + r] = d[j * size + r] = kInf;
        }
        comp[i].mx = comp[i].my = comp[j].mx = comp[j].my = kInf;
        deleted[i] = deleted[j] = 1;
        for (std::size_t r = 0; r < size; ++r) {
            const double v = authorsDistance(comp[r], comp[l]);
            d[r * size + l] = v == 0 ? kInf : v;
        }
    }
    out.clear();
    for (std::size_t i = 0; i < size; ++i)
        if (!deleted[i])
            out.push_back(comp[i]);
    return true;
}

bool identical(const Gaussian2& a, const Gaussian2& b)
{
    return a.weight == b.weight && a.mx == b.mx && a.my == b.my && a.sxx == b.sxx &&
           a.sxy == b.sxy && a.syy == b.syy;
}

} // namespace

/// The NumPy replicas and the mixture collapse, against transcriptions of the authors' code.
class TestMergeNumerics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argsortMatchesNumpyTieOrder()
    {
        // np.argsort of this array (NumPy 1.24.2): equal keys come out in introsort's order.
        const std::vector<double> v{-kInf, 2.0,   1.5, 0.5, 0.5,   1.5,   0.0, -kInf, 1.5,   1.0,
                                    0.5,   0.5,   0.5, 1.0, -kInf, 1.0,   2.0, 1.5,   1.0,   2.0,
                                    0.5,   -kInf, 1.0, 0.0, 0.0,   1.0,   1.0, 2.0,   -kInf, 1.0,
                                    1.0,   0.5,   0.0, 0.5, 1.5,   -kInf, 0.5, 0.0,   1.5,   0.5};
        const std::vector<std::int64_t> numpy{
            0, 35, 7,  28, 21, 14, 37, 32, 6,  24, 23, 36, 33, 31, 20, 39, 4,  12, 11, 10,
            3, 26, 18, 13, 22, 25, 15, 9,  29, 30, 34, 5,  2,  38, 17, 8,  16, 27, 1,  19};
        QCOMPARE(numpyArgsort(v), numpy);
    }

    void argsortSortsAnything()
    {
        std::mt19937_64 rng(3);
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<double> v(1 + rng() % 3000);
            for (double& x : v)
                x = static_cast<double>(rng() % 17) - 8 + (rng() % 5 == 0 ? -kInf : 0.0);
            const auto order = numpyArgsort(v);
            std::vector<char> seen(v.size(), 0);
            for (std::size_t i = 0; i < order.size(); ++i) {
                QVERIFY(!seen[static_cast<std::size_t>(order[i])]);
                seen[static_cast<std::size_t>(order[i])] = 1;
                if (i > 0)
                    QVERIFY(v[static_cast<std::size_t>(order[i - 1])] <=
                            v[static_cast<std::size_t>(order[i])]);
            }
        }
    }

    void pairwiseSumMatchesNumpy()
    {
        std::vector<double> v;
        for (int i = 0; i < 300; ++i)
            v.push_back(((i * 7919) % 1000) / 7.0 + (i % 3 ? 1e-9 * i : 1e6));
        // np.sum(v) = 100021450.00002998, a left-to-right sum gives ...2995.
        QCOMPARE(numpyPairwiseSum(v), 100021450.00002998);
        QCOMPARE(numpyPairwiseSum({}), 0.0);
    }

    void roundsHalfToEven()
    {
        QCOMPARE(roundHalfEven(2.5), 2.0);
        QCOMPARE(roundHalfEven(3.5), 4.0);
        QCOMPARE(roundHalfEven(-2.5), -2.0);
        QCOMPARE(roundHalfEven(2.4999), 2.0);
    }

    void agglomerationEqualsAuthorsMatrix()
    {
        // Half-pixel grids make many equal distances: the tie rules must agree exactly.
        std::mt19937_64 rng(11);
        int compared = 0;
        for (int trial = 0; trial < 300; ++trial) {
            const std::size_t n = 2 + rng() % 40;
            const std::size_t k = 1 + rng() % n;
            std::vector<Gaussian2> in;
            for (std::size_t i = 0; i < n; ++i) {
                const double sx = 1 + static_cast<double>(rng() % 20);
                const double sy = 1 + static_cast<double>(rng() % 20);
                in.push_back({0.1 + static_cast<double>(rng() % 10) / 10,
                              static_cast<double>(rng() % 30) / 2,
                              static_cast<double>(rng() % 30) / 2, sx * sx, 0, sy * sy});
            }
            std::vector<Gaussian2> expected;
            if (!authorsAgglomerate(in, k, expected))
                continue;
            const Agglomeration got = agglomerate(in, k, Arithmetic::Authors);
            QVERIFY(!got.capped);
            QCOMPARE(got.components.size(), expected.size());
            for (std::size_t c = 0; c < expected.size(); ++c)
                QVERIFY2(identical(got.components[c], expected[c]),
                         qPrintable(QString("trial %1 component %2").arg(trial).arg(c)));
            ++compared;
        }
        QVERIFY(compared > 250);
    }

    void agglomerationCoincidentMeansStaysBounded()
    {
        // 3000 identical boxes: every distance is 0. The result is one component of all the
        // weight, made in bounded work.
        const std::vector<Gaussian2> in(3000, Gaussian2{1.0 / 3000, 10, 20, 4, 0, 9});
        const Agglomeration got = agglomerate(in, 1, Arithmetic::Authors);
        QVERIFY(got.capped); // every merge orphans all nearest neighbours: the bound takes over
        QCOMPARE(got.components.size(), std::size_t(1));
        QVERIFY(std::abs(got.components[0].weight - 1.0) < 1e-9);
        QVERIFY(std::abs(got.components[0].mx - 10) < 1e-9);
        QVERIFY(std::abs(got.components[0].syy - 9) < 1e-9);
    }

    void emSeparatesTwoGroups()
    {
        // Two groups of three, initialised badly (both means in the left group): EM moves one
        // component right and converges to the group moments.
        std::vector<Gaussian2> in;
        for (const double x : {0.0, 1.0, 2.0})
            in.push_back({1.0 / 6, x, 0, 1, 0, 1});
        for (const double x : {100.0, 101.0, 102.0})
            in.push_back({1.0 / 6, x, 0, 1, 0, 1});
        const std::vector<Gaussian2> init{{0.5, 0, 0, 1, 0, 1}, {0.5, 40, 0, 1, 0, 1}};
        for (const Arithmetic a : {Arithmetic::Authors, Arithmetic::Fast}) {
            const EmResult r = collapseEm(in, init, 20, 1e-10, a);
            QCOMPARE(r.status, EmStatus::Converged);
            QCOMPARE(r.components.size(), std::size_t(2));
            QVERIFY(std::abs(r.components[0].mx - 1) < 1e-12);
            QVERIFY(std::abs(r.components[1].mx - 101) < 1e-12);
            QVERIFY(std::abs(r.components[0].sxx - (1 + 2.0 / 3)) <
                    1e-12); // 1 + variance of {0,1,2}
            QVERIFY(std::abs(r.components[0].weight - 0.5) < 1e-12);
        }
    }

    void emComponentWithoutMembersKeepsItsParameters()
    {
        const std::vector<Gaussian2> in{{0.5, 0, 0, 1, 0, 1}, {0.5, 2, 0, 1, 0, 1}};
        const std::vector<Gaussian2> init{{0.5, 1, 0, 1, 0, 1}, {0.5, 500, 500, 1, 0, 1}};
        const EmResult r = collapseEm(in, init, 20, 1e-10, Arithmetic::Authors);
        QCOMPARE(r.status, EmStatus::Converged);
        QVERIFY(identical(r.components[1], init[1]));
        QCOMPARE(r.components[0].sxx, 2.0); // 1 + spread of {0, 2} about 1
    }
};

QTEST_GUILESS_MAIN(TestMergeNumerics)
#include "test_merge_numerics.moc"

#include "bootstrap_comparison.h"

#include "detection_evaluator.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>

namespace shelf {

namespace {

// numpy's default percentile (linear between the two nearest ranks) of sorted values.
double percentile(const std::vector<double>& sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - double(below));
}

BootstrapComparison::Difference difference(const DatasetMetrics& set, const DatasetMetrics& base,
                                           const QList<DatasetMetrics>& sets,
                                           const QList<DatasetMetrics>& bases,
                                           BootstrapComparison::Metric metric)
{
    const double sign = BootstrapComparison::higherIsBetter(metric) ? 1.0 : -1.0;
    std::vector<double> diffs;
    int better = 0;
    int tied = 0;
    for (qsizetype r = 0; r < sets.size(); ++r) {
        const double a = BootstrapComparison::value(sets[r], metric);
        const double b = BootstrapComparison::value(bases[r], metric);
        if (a < 0 || b < 0) // AP/AR of a draw without truths
            continue;
        diffs.push_back(a - b);
        better += sign * (a - b) > 0 ? 1 : 0;
        tied += a == b ? 1 : 0;
    }
    BootstrapComparison::Difference d;
    const double whole = BootstrapComparison::value(set, metric);
    const double wholeBase = BootstrapComparison::value(base, metric);
    if (diffs.empty() || whole < 0 || wholeBase < 0)
        return d;
    std::sort(diffs.begin(), diffs.end());
    d.defined = true;
    d.observed = whole - wholeBase;
    d.low = percentile(diffs, 0.025);
    d.high = percentile(diffs, 0.975);
    d.better = double(better) / double(diffs.size());
    d.tied = double(tied) / double(diffs.size());
    return d;
}

} // namespace

bool BootstrapComparison::higherIsBetter(Metric metric)
{
    return metric != Mae && metric != Rmse;
}

double BootstrapComparison::value(const DatasetMetrics& m, Metric metric)
{
    switch (metric) {
    case Ap:
        return m.ap;
    case Ap50:
        return m.ap50;
    case Ap75:
        return m.ap75;
    case Ar:
        return m.ar300;
    case Mae:
        return m.mae;
    case Rmse:
        return m.rmse;
    }
    return -1;
}

BootstrapComparison::Result BootstrapComparison::compare(const QList<QList<ImageEvalInput>>& sets,
                                                         const EvalOptions& options, int resamples,
                                                         quint64 seed)
{
    Q_ASSERT(sets.size() >= 2 && resamples >= 1);
    // The images of all sets, in the order first seen, and where each set holds each.
    QStringList names;
    QHash<QString, qsizetype> nameIndex;
    for (const auto& set : sets) {
        for (const ImageEvalInput& image : set) {
            if (!nameIndex.contains(image.image)) {
                nameIndex.insert(image.image, names.size());
                names.append(image.image);
            }
        }
    }
    const qsizetype n = names.size();
    QList<std::vector<qsizetype>> where;
    for (const auto& set : sets) {
        std::vector<qsizetype> at(std::size_t(n), -1);
        for (qsizetype i = 0; i < set.size(); ++i)
            at[std::size_t(nameIndex.value(set[i].image))] = i;
        where.append(at);
    }

    // mt19937_64's sequence is fixed by the standard; uniform_int_distribution's is not, so
    // indices come from a plain modulo (its bias is below n / 2^64).
    std::mt19937_64 random(seed);
    std::vector<std::vector<qsizetype>> draws(std::size_t(resamples) + 1);
    draws[0].resize(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        draws[0][std::size_t(i)] = i; // the whole set, for the observed difference
    for (int r = 1; r <= resamples; ++r) {
        draws[std::size_t(r)].resize(std::size_t(n));
        for (qsizetype& i : draws[std::size_t(r)])
            i = qsizetype(random() % quint64(n));
    }

    QList<QList<DatasetMetrics>> scored;
    for (qsizetype s = 0; s < sets.size(); ++s) {
        std::vector<std::vector<qsizetype>> own = draws;
        for (auto& draw : own) {
            for (qsizetype& i : draw)
                i = where[s][std::size_t(i)];
        }
        scored.append(DetectionEvaluator::evaluateDraws(sets[s], options, own));
    }

    Result result;
    result.resamples = resamples;
    result.seed = seed;
    result.images = int(n);
    const QList<DatasetMetrics> baseDraws = scored[0].mid(1);
    for (qsizetype s = 1; s < sets.size(); ++s) {
        std::array<Difference, kMetrics> row;
        const QList<DatasetMetrics> setDraws = scored[s].mid(1);
        for (int m = 0; m < kMetrics; ++m)
            row[std::size_t(m)] =
                difference(scored[s][0], scored[0][0], setDraws, baseDraws, Metric(m));
        result.sets.append(row);
    }
    return result;
}

} // namespace shelf

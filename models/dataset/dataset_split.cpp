#include "dataset_split.h"

#include <QMap>

#include <cmath>
#include <random>

namespace shelf {
namespace {

quint64 fnv1a(const QString& text)
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : text) {
        h = (h ^ (c.unicode() & 0xFF)) * 1099511628211ull;
        h = (h ^ (c.unicode() >> 8)) * 1099511628211ull;
    }
    return h;
}

// Shuffles each stratum (class -> member indices in item order) and marks its test members.
QList<DatasetSplit::Set> assign(const QMap<QString, QList<qsizetype>>& strata, qsizetype count,
                                double trainShare, quint64 seed)
{
    QList<DatasetSplit::Set> sets(count, DatasetSplit::Set::Train);
    for (auto it = strata.cbegin(); it != strata.cend(); ++it) {
        QList<qsizetype> members = it.value();
        std::mt19937_64 rng(seed ^ fnv1a(it.key()));
        for (qsizetype i = members.size() - 1; i > 0; --i)
            std::swap(members[i], members[qsizetype(rng() % quint64(i + 1))]);
        const qsizetype tests = DatasetSplit::testCount(members.size(), trainShare);
        for (qsizetype i = 0; i < tests; ++i)
            sets[members[i]] = DatasetSplit::Set::Test;
    }
    return sets;
}

} // namespace

qsizetype DatasetSplit::testCount(qsizetype n, double trainShare)
{
    if (n <= 0 || !(trainShare < 1))
        return 0;
    const double share = std::max(0.0, trainShare);
    // Half rounds up; the slack absorbs 1 - 0.9 = 0.09999999999999998, so that 5 items give 1.
    qsizetype tests = qsizetype(std::floor(double(n) * (1 - share) + 0.5 + 1e-9));
    if (share > 0 && tests >= n)
        tests = n - 1;
    return std::clamp<qsizetype>(tests, 0, n);
}

QList<DatasetSplit::Set> DatasetSplit::byItem(const QStringList& classes, double trainShare,
                                              quint64 seed)
{
    QMap<QString, QList<qsizetype>> strata;
    for (qsizetype i = 0; i < classes.size(); ++i)
        strata[classes[i]].append(i);
    return assign(strata, classes.size(), trainShare, seed);
}

QList<DatasetSplit::Set> DatasetSplit::byImage(const QList<QStringList>& classesPerImage,
                                               double trainShare, quint64 seed)
{
    QMap<QString, QList<qsizetype>> strata;
    for (qsizetype i = 0; i < classesPerImage.size(); ++i) {
        QMap<QString, int> counts; // sorted: the first of equal counts is the smallest name
        for (const QString& c : classesPerImage[i])
            ++counts[c];
        QString dominant;
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                dominant = it.key();
            }
        }
        // A key led by a control character cannot clash with a class name.
        strata[best > 0 ? dominant : QStringLiteral("\u0001empty")].append(i);
    }
    return assign(strata, classesPerImage.size(), trainShare, seed);
}

} // namespace shelf

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shelf {

/// Deterministic stratified train/test split.
///
/// Items are grouped by class (stratum); each stratum is shuffled on its own by a Fisher-Yates
/// shuffle driven by std::mt19937_64 (fully specified by the C++ standard, unlike
/// std::shuffle's use of uniform_int_distribution) seeded with seed XOR a 64-bit FNV-1a hash of
/// the class name, so a split depends only on the seed, the class and that class's items in
/// order: adding boxes of another class moves nothing. The first testCount(n) items of the
/// shuffled stratum go to test, the rest to train.
///
/// By image (never one shelf photo in both sets): the stratum of an image is its most frequent
/// class (ties: the smallest name), images without boxes form one stratum of their own.
/// Pure; any thread.
class DatasetSplit
{
public:
    enum class Set : quint8 { Train = 0, Test };

    /// Items sent to test out of n: n * (1 - trainShare) rounded, half up (5 items at 0.9: 1); but
    /// a stratum never goes to test whole while trainShare > 0 (a class seen once stays in train),
    /// and none does when trainShare >= 1.
    static qsizetype testCount(qsizetype n, double trainShare);

    /// One set per item; `classes[i]` is item i's class.
    static QList<Set> byItem(const QStringList& classes, double trainShare, quint64 seed);
    /// One set per image; `classesPerImage[i]` holds the classes of image i's boxes.
    static QList<Set> byImage(const QList<QStringList>& classesPerImage, double trainShare,
                              quint64 seed);

    static QString setName(Set set)
    {
        return set == Set::Train ? QStringLiteral("train") : QStringLiteral("test");
    }
};

} // namespace shelf

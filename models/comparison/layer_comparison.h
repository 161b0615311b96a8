#pragma once

#include "annotation.h"
#include "box_matcher.h"
#include "eval_types.h"
#include "image_record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace shelf {

/// One image of a comparison of two layers: how many boxes each has, how many pair up one to one
/// at IoU >= 0.5, and, when B is the truth, A's AP and AP.75 on that image.
struct ImageComparison
{
    qint64 imageId = 0;
    QString image; ///< name as exports write it
    int countA = 0;
    int countB = 0;
    int matched = 0;
    int onlyA = 0;
    int onlyB = 0;
    double ap = -1; ///< -1: undefined (B not the truth, or no truth on the image)
    double ap75 = -1;
    int disagreements() const { return onlyA + onlyB; }
};

/// Compares two layers of a project, as a QA reviewer does: layer A (a detector output) against
/// layer B (another detector output, or the human layer as truth).
///
/// Which boxes take part: of a truth layer, those EvalInput::isTruth() accepts (Accepted ones of
/// the human layer, the cleaned dataset); of any other layer, every box that is not Rejected,
/// scored by confidence, else hard score, else 1. Matching
/// is BoxMatcher's greedy one-to-one matching at IoU >= 0.5, A in descending score order.
///
/// run() reads the project through its own connection, so it may run on a worker thread while
/// the UI keeps editing (SQLite WAL: readers see the last commit).
class LayerComparison
{
    Q_DECLARE_TR_FUNCTIONS(shelf::LayerComparison)
public:
    static constexpr double kIouThreshold = 0.5;

    struct Options
    {
        QString layerA = layers::nms;
        QString layerB = layers::em;
        bool bIsTruth = false;
    };

    struct Result
    {
        QString error; ///< empty on success; names the file
        bool cancelled = false;
        QList<ImageComparison> images;  ///< project order
        DatasetMetrics metrics;         ///< A against B; meaningful when B is the truth
        /// Scores of the boxes that took part and have one (histograms): a box drawn by hand has
        /// none.
        QList<double> scoresA, scoresB;
    };

    /// True when boxes of `layer` count as truth in a comparison that treats it so.
    static QList<EvalBox> evalBoxes(const QList<Annotation>& boxes, bool asTruth);
    /// The one-image comparison the canvas shows; indices refer to `a` and `b`.
    static BoxMatch match(const QList<Annotation>& a, const QList<Annotation>& b, bool bIsTruth);
    static double score(const Annotation& a);
    /// The table row of one image; AP and AP.75 are filled when B is the truth.
    static ImageComparison compareImage(const ImageRecord& image, const QString& name,
                                        const QList<Annotation>& a, const QList<Annotation>& b,
                                        bool bIsTruth);

    /// Compares every image of the project file. `progress(done, total)` is called from the
    /// calling thread; `cancel` is checked between images.
    static Result run(const QString& projectFile, const Options& options,
                      const std::atomic_bool& cancel,
                      const std::function<void(int, int)>& progress = {});
};

} // namespace shelf

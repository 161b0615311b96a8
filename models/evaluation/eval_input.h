#pragma once

#include "annotation.h"
#include "csv_diagnostic.h"
#include "eval_types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shelf {

class ProjectStore;

/// The boxes of one file, by image; images in the order the file first names them. Image names
/// are kept with '/' separators (SKU-110K results may write "images\test_0.jpg").
struct EvalBoxSet
{
    QStringList images;
    QHash<QString, QList<EvalBox>> boxes;

    void add(const QString& image, const EvalBox& box);
    qsizetype boxCount() const;
};

/// Reads what DetectionEvaluator evaluates: truth and prediction files, or a project's layers.
///
/// Truth files: the SKU-110K annotations format (Sku110kCsv, with or without its header line), or
/// a CSV with a header line naming at least `image_name,x1,y1,x2,y2` and optionally `class`.
/// Prediction files: the SKU-110K results format (score = confidence), or a CSV with a header
/// line naming `image_name` (or `image_id`), `x1,y1,x2,y2` and `score` or `confidence` (score
/// wins when both are there), optionally `class`. In the headed formats, columns may come in
/// any order and other columns are ignored; coordinates must be finite with x2 > x1 and y2 > y1.
/// The SKU-110K formats keep every rule of Sku110kCsv. Errors name file:line:column and field.
///
/// A box's score in SKU-110K results and in a project: its confidence, else its hard score,
/// else 1 (a box with no score; -1 means "none" in both).
class EvalInput
{
    Q_DECLARE_TR_FUNCTIONS(shelf::EvalInput)

public:
    struct ReadReport
    {
        std::optional<CsvDiagnostic> error; ///< what stopped the reading; the set is incomplete
        QList<CsvDiagnostic> warnings;
        qint64 rows = 0;
        bool ok() const { return !error; }
    };

    static ReadReport readTruth(const QString& path, EvalBoxSet& out);
    static ReadReport readPredictions(const QString& path, EvalBoxSet& out);

    /// The images to evaluate: every image of the truth file, in its order, then prediction images
    /// the truth does not name (their detections are all false positives). A prediction image
    /// matches a truth image of the same path, else the one truth image of the same file name.
    /// `unmatched`, when given, receives the prediction images that matched none.
    static QList<ImageEvalInput> join(const EvalBoxSet& truth, const EvalBoxSet& predictions,
                                      QStringList* unmatched = nullptr);

    /// Every image of the project (one with no boxes counts), named by its relative path: truths
    /// are the boxes of `truthLayer` that isTruth() accepts, detections every box of
    /// `predictionLayer` that isDetection() accepts. Class names are left empty (class-agnostic).
    /// Throws StoreError.
    static QList<ImageEvalInput> fromProject(const ProjectStore& store, const QString& truthLayer,
                                             const QString& predictionLayer);

    /// The score rule above.
    static double scoreOf(double confidence, double hardScore);
    /// Whether a box of a truth layer is a truth: in the human layer (the dataset) only Accepted
    /// boxes, since proposals there are not reviewed yet; in any other layer (a detector's output
    /// taken as reference) every box that is not Rejected.
    static bool isTruth(const Annotation& a);
    /// Whether a box of a prediction layer is a detection: every box that is not Rejected.
    static bool isDetection(const Annotation& a) { return a.state != ReviewState::Rejected; }
};

} // namespace shelf

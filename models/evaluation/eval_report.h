#pragma once

#include "bootstrap_comparison.h"
#include "eval_types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shelf {

/// Renders evaluation results like the SKU-110K paper's table: one column per set of
/// detections, rows AP, AP.50, AP.75, AR300, MAE, RMSE; and the same as JSON. Undefined values
/// (-1: no truths) print as "-" and JSON null.
class EvalReport
{
    Q_DECLARE_TR_FUNCTIONS(shelf::EvalReport)

public:
    /// One evaluated set of detections: a file, or a layer of a project.
    struct Column
    {
        QString name;  ///< column title: the file name or the layer
        QString file;  ///< the predictions file, or the project file
        QString layer; ///< the layer, in project mode; empty otherwise
        DatasetMetrics metrics;
    };

    /// A plain-text table, columns aligned, numbers with three decimals; ends with a newline.
    static QString table(const QList<Column>& columns, int maxDetections = 300);
    /// {"predictions": [{"file", "ap", "ap50", "ap75", "ar300", "mae", "rmse", "truths",
    /// "detections", "classes": [...], "images": [{"image", "ap", "truths", "detections", ...}]}]}
    static QJsonObject json(const QList<Column>& columns, const EvalOptions& options);
    /// The bootstrap of columns 1.. against column 0: per column a block of rows AP .. RMSE with
    /// the difference, its 95% interval and the shares of resamples where the column is better
    /// and where it ties. Differences of AP/AR have five decimals: merges often differ only there.
    static QString bootstrapTable(const BootstrapComparison::Result& result,
                                  const QList<Column>& columns, int maxDetections = 300);
    /// {"resamples", "seed", "images", "baseline": {"file"[, "layer"]}, "comparisons": [{"file"
    /// [, "layer"], "ap": {"difference", "low", "high", "better", "tied"} or null, "ap50", ...}]}
    static QJsonObject bootstrapJson(const BootstrapComparison::Result& result,
                                     const QList<Column>& columns);
    /// A metric for people: three decimals, "-" when undefined (negative).
    static QString number(double value);
    /// Columns `text` takes on a terminal: East Asian wide characters (Chinese labels) take two.
    static qsizetype displayWidth(const QString& text);
};

} // namespace shelf

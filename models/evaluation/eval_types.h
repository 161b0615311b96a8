#pragma once

#include "box.h"

#include <QList>
#include <QString>

namespace shelf {

/// One box to evaluate: a truth (score unused) or a detection ranked by `score`. className ""
/// means "the one class" (class-agnostic evaluation).
struct EvalBox
{
    Box box;
    double score = 1.0;
    QString className;
};

/// The truths and detections of one image. An image with no truths or no detections still counts
/// (its detections are false positives, or its truths are missed, and its count error is kept).
struct ImageEvalInput
{
    QString image;
    QList<EvalBox> truths;
    QList<EvalBox> detections;
};

/// How DetectionEvaluator evaluates.
struct EvalOptions
{
    /// Detections kept per image and class, best scores first (COCO maxDets; SKU-110K's AR300).
    int maxDetections = 300;
    /// The count of an image for MAE/RMSE is its number of detections with score >= this.
    /// Default 0: every detection, as the paper's counting compares the number of detections its
    /// pipeline outputs with the number of truths (see detection_evaluator.h).
    double countThreshold = 0.0;
    /// Evaluate each class on its own (COCO categories) when truths and detections carry class
    /// names; false: every box is of one class.
    bool perClass = true;
};

/// A precision/recall curve sampled at COCO's 101 recall points (0, 0.01, ..., 1).
struct PrCurve
{
    QList<double> recall;
    QList<double> precision;
};

/// -1 in any AP/AR field means "undefined": no truths to find.
struct ImageMetrics
{
    QString image;
    int truths = 0;
    int detections = 0; ///< all detections of the image, before the maxDetections cut
    double ap = -1, ap50 = -1, ap75 = -1, ar300 = -1;
    int counted = 0;    ///< detections with score >= EvalOptions::countThreshold
    int countError = 0; ///< counted - truths
};

struct ClassMetrics
{
    QString className;
    double ap = -1, ap50 = -1, ap75 = -1, ar300 = -1;
    int truths = 0;
    int detections = 0;
};

/// The SKU-110K table for one set of detections: COCO AP (IoU 0.50:0.05:0.95), AP at 0.50 and
/// 0.75, AR at maxDetections, and the counting errors over images.
struct DatasetMetrics
{
    double ap = -1, ap50 = -1, ap75 = -1, ar300 = -1, mae = 0, rmse = 0;
    int truths = 0, detections = 0;
    PrCurve pr50, pr75;          ///< empty when no truths
    QList<ImageMetrics> images;  ///< in input order
    QList<ClassMetrics> classes; ///< per class, by name; empty for a class-agnostic evaluation
};

} // namespace shelf

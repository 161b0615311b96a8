#pragma once

#include "eval_types.h"

#include <vector>

namespace shelf {

/// The SKU-110K evaluation protocol (Goldman et al., "Precise Detection in Densely Packed
/// Scenes", CVPR 2019, Sec. 6): COCO AP averaged over IoU 0.50:0.05:0.95, AP at 0.50 and 0.75,
/// AR at 300 detections per image, and the counting errors MAE and RMSE.
///
/// AP and AR follow pycocotools' cocoeval.py (github.com/cocodataset/cocoapi) exactly, for boxes,
/// area "all", no crowd truths and maxDets = EvalOptions::maxDetections: per image and category,
/// detections ranked by score (equal scores keep input order, as numpy's mergesort), cut to
/// maxDets and matched greedily (ImageMatcher); then per category over all images, matches
/// ranked by score again (stable), precision made monotone and sampled at 101 recall points
/// (CocoAccumulator). Categories with no truths are left out of the means (-1 when none has
/// any). IoU is shelf::iou (pixel-continuous areas, w*h with no +1, as COCO's).
///
/// Classes: when EvalOptions::perClass is set and both truths and detections carry class names,
/// each truth class is a COCO category and a detection counts only for its own class (one whose
/// class no truth has is left out of AP/AR, as COCO evaluates the categories of the ground
/// truth). Otherwise every box is of one class; an SKU-110K results file has no classes, so it
/// is evaluated class-agnostically against annotations whose class is "object".
///
/// Counting: the paper reports MAE and RMSE between the number of objects found in an image and
/// the number of its truths, over images. We found no score threshold for that count in the
/// paper; the authors' code (eg4000/SKU110K_CVPR19, bin/predict.py with utils/predict_iou.py)
/// keeps candidates with hard score > 0.1 (--score-threshold), merges them with EM-Merger and
/// writes every merged detection, so their count is the number of detections in the results.
/// The default EvalOptions::countThreshold = 0 therefore counts every detection; raise it to
/// count only confident ones (`eval --count-threshold`). The count is not cut to maxDetections
/// and ignores classes.
///
/// Per image, AP/AR are the same accumulation run over that image alone (-1 with no truths).
/// Images are evaluated in parallel (std::thread); results do not depend on the thread count.
class DetectionEvaluator
{
public:
    static DatasetMetrics evaluate(const QList<ImageEvalInput>& images,
                                   const EvalOptions& options = {});

    /// The dataset figures (AP, AP50, AP75, AR, MAE, RMSE, truths, detections; no curves, images
    /// or classes) of each draw: a list of indices into `images`, repeats allowed, -1 for an
    /// image with neither truths nor detections. A draw scores as evaluate() on its images in
    /// that order would, with the categories of all of `images`. Each image is matched once,
    /// however many draws use it, which is what makes a bootstrap of a thousand draws cheap.
    static QList<DatasetMetrics> evaluateDraws(const QList<ImageEvalInput>& images,
                                               const EvalOptions& options,
                                               const std::vector<std::vector<qsizetype>>& draws);
};

} // namespace shelf

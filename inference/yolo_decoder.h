#pragma once

#include "raw_detection.h"

namespace shelf::yolo {

/// Turns Ultralytics outputs into native candidates (no Soft-IoU: softIou -1), keeping those with
/// a score above `minScore`. Boxes are centre x, centre y, width, height in input pixels; they
/// become corners.
///
/// Thread: any (pure). `data` is one image's output, contiguous float32.

/// YOLOv5: `rows` x (5 + classes), each row cx, cy, w, h, objectness, class scores; the score is
/// objectness times the best class score (as YOLOv5's own NMS ranks them), the label that class.
RawDetections decodeV5(const float* data, int rows, int classes, float minScore);

/// YOLOv8: (4 + classes) x `columns`, one candidate per column: cx, cy, w, h, class scores; the
/// score is the best class score.
RawDetections decodeV8(const float* data, int columns, int classes, float minScore);

} // namespace shelf::yolo

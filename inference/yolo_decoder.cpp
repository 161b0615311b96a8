#include "yolo_decoder.h"

#include <cstddef>

namespace shelf::yolo {
namespace {

RawDetection corners(float cx, float cy, float w, float h, float score, int label)
{
    return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, score, -1.f, label};
}

} // namespace

RawDetections decodeV5(const float* data, int rows, int classes, float minScore)
{
    RawDetections out;
    const int stride = 5 + classes;
    for (int i = 0; i < rows; ++i) {
        const float* row = data + std::size_t(i) * stride;
        const float objectness = row[4];
        if (objectness <= minScore)
            continue; // the product below cannot pass either
        int best = 0;
        for (int c = 1; c < classes; ++c) {
            if (row[5 + c] > row[5 + best])
                best = c;
        }
        const float score = objectness * row[5 + best];
        if (score > minScore)
            out.push_back(corners(row[0], row[1], row[2], row[3], score, best));
    }
    return out;
}

RawDetections decodeV8(const float* data, int columns, int classes, float minScore)
{
    RawDetections out;
    const std::size_t n = std::size_t(columns);
    for (std::size_t i = 0; i < n; ++i) {
        int best = 0;
        float score = data[4 * n + i];
        for (int c = 1; c < classes; ++c) {
            const float s = data[(4 + std::size_t(c)) * n + i];
            if (s > score) {
                score = s;
                best = c;
            }
        }
        if (score > minScore)
            out.push_back(
                corners(data[i], data[n + i], data[2 * n + i], data[3 * n + i], score, best));
    }
    return out;
}

} // namespace shelf::yolo

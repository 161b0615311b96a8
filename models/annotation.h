#pragma once

#include "box.h"
#include "labels.h"

#include <QString>

namespace shelf {

/// One product box of one image in one layer, with its review state, scores and RP2K labels.
/// Scores are NaN-free: a box without a score has -1 (soft_iou of a model with no Soft-IoU head,
/// or any score of a human box).
struct Annotation
{
    qint64 id = 0; ///< database id; 0 until stored
    qint64 imageId = 0;
    QString layer = layers::human;
    Box box;
    ReviewState state = ReviewState::Accepted;
    Origin origin = Origin::Human;
    double hardScore = -1;
    double softIou = -1;
    double confidence = -1;
    Shape shape = Shape::None;
    QString skuId;
    QString productName;
    ProductType productType = ProductType::None;
    QString brand;
    QString size;
    QString flavor;

    bool operator==(const Annotation&) const = default;
};

/// The labels of a box that an annotator edits together (everything but geometry and state).
struct AnnotationLabels
{
    Shape shape = Shape::None;
    QString skuId;
    QString productName;
    ProductType productType = ProductType::None;
    QString brand;
    QString size;
    QString flavor;

    static AnnotationLabels of(const Annotation& a)
    {
        return {a.shape, a.skuId, a.productName, a.productType, a.brand, a.size, a.flavor};
    }
    void applyTo(Annotation& a) const
    {
        a.shape = shape;
        a.skuId = skuId;
        a.productName = productName;
        a.productType = productType;
        a.brand = brand;
        a.size = size;
        a.flavor = flavor;
    }
    bool operator==(const AnnotationLabels&) const = default;
};

} // namespace shelf

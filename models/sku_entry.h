#pragma once

#include "labels.h"

#include <QString>

namespace shelf {

/// One product of the SKU catalog; choosing it fills a box's labels.
struct SkuEntry
{
    QString skuId;
    QString name;
    QString brand;
    ProductType type = ProductType::None;
    Shape shape = Shape::None;
    QString size;
    QString flavor;

    bool operator==(const SkuEntry&) const = default;
};

} // namespace shelf

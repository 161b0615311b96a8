#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace shelf {

/// The seven RP2K product shapes; None until an annotator sets one.
enum class Shape { None = 0, Bottle, Can, Box, Bag, Jar, HandledBottle, Pack };

/// The seven RP2K product types; None until an annotator sets one.
enum class ProductType {
    None = 0,
    Dairies,
    Liquors,
    Beers,
    Cosmetics,
    NonAlcoholicDrinks,
    Tobacco,
    Seasonings
};

/// Review state of one box. Model proposals start as Proposed; human boxes start Accepted.
enum class ReviewState { Proposed = 0, Accepted, Rejected };

/// Where a box came from.
enum class Origin { Model = 0, Human };

/// Review status of a whole image, as shown in the image list.
enum class ImageStatus { New = 0, PreAnnotated, InReview, Done };

/// Well-known layer names. Any other name is an imported layer.
namespace layers {
inline const QString human = QStringLiteral("human");
inline const QString raw = QStringLiteral("raw");
inline const QString nms = QStringLiteral("nms");
inline const QString em = QStringLiteral("em");
} // namespace layers

// Stable machine keys (stored in the database and in exports); never translated.
QString shapeKey(Shape s);
std::optional<Shape> shapeFromKey(QAnyStringView key);
QString productTypeKey(ProductType t);
std::optional<ProductType> productTypeFromKey(QAnyStringView key);
QString reviewStateKey(ReviewState s);
std::optional<ReviewState> reviewStateFromKey(QAnyStringView key);
QString imageStatusKey(ImageStatus s);
std::optional<ImageStatus> imageStatusFromKey(QAnyStringView key);

// Names for people, through tr().
QString shapeDisplayName(Shape s);
QString productTypeDisplayName(ProductType t);
QString reviewStateDisplayName(ReviewState s);
QString imageStatusDisplayName(ImageStatus s);

} // namespace shelf

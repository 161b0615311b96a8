#include "labels.h"

#include <QCoreApplication>

#include <array>

namespace shelf {
namespace {

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<const char*, N>& keys, QAnyStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (QAnyStringView::equal(key, QLatin1StringView(keys[i])))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QString toKey(const std::array<const char*, N>& keys, E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(keys[i]) : QString();
}

constexpr std::array<const char*, 8> kShapeKeys = {"",    "bottle",         "can", "box", "bag",
                                                   "jar", "handled_bottle", "pack"};
constexpr std::array<const char*, 8> kTypeKeys = {"",        "dairies",   "liquors",
                                                  "beers",   "cosmetics", "non_alcoholic_drinks",
                                                  "tobacco", "seasonings"};
constexpr std::array<const char*, 3> kStateKeys = {"proposed", "accepted", "rejected"};
constexpr std::array<const char*, 4> kStatusKeys = {"new", "pre_annotated", "in_review", "done"};

// lupdate needs a class to file these strings under.
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Labels)
};

} // namespace

QString shapeKey(Shape s)
{
    return toKey(kShapeKeys, s);
}
std::optional<Shape> shapeFromKey(QAnyStringView key)
{
    return fromKey<Shape>(kShapeKeys, key);
}
QString productTypeKey(ProductType t)
{
    return toKey(kTypeKeys, t);
}
std::optional<ProductType> productTypeFromKey(QAnyStringView key)
{
    return fromKey<ProductType>(kTypeKeys, key);
}
QString reviewStateKey(ReviewState s)
{
    return toKey(kStateKeys, s);
}
std::optional<ReviewState> reviewStateFromKey(QAnyStringView key)
{
    return fromKey<ReviewState>(kStateKeys, key);
}
QString imageStatusKey(ImageStatus s)
{
    return toKey(kStatusKeys, s);
}
std::optional<ImageStatus> imageStatusFromKey(QAnyStringView key)
{
    return fromKey<ImageStatus>(kStatusKeys, key);
}

QString shapeDisplayName(Shape s)
{
    switch (s) {
    case Shape::None:
        return Labels::tr("No shape");
    case Shape::Bottle:
        return Labels::tr("Bottle");
    case Shape::Can:
        return Labels::tr("Can");
    case Shape::Box:
        return Labels::tr("Box");
    case Shape::Bag:
        return Labels::tr("Bag");
    case Shape::Jar:
        return Labels::tr("Jar");
    case Shape::HandledBottle:
        return Labels::tr("Handled bottle");
    case Shape::Pack:
        return Labels::tr("Pack");
    }
    return {};
}

QString productTypeDisplayName(ProductType t)
{
    switch (t) {
    case ProductType::None:
        return Labels::tr("No product type");
    case ProductType::Dairies:
        return Labels::tr("Dairies");
    case ProductType::Liquors:
        return Labels::tr("Liquors");
    case ProductType::Beers:
        return Labels::tr("Beers");
    case ProductType::Cosmetics:
        return Labels::tr("Cosmetics");
    case ProductType::NonAlcoholicDrinks:
        return Labels::tr("Non-alcoholic drinks");
    case ProductType::Tobacco:
        return Labels::tr("Tobacco");
    case ProductType::Seasonings:
        return Labels::tr("Seasonings");
    }
    return {};
}

QString reviewStateDisplayName(ReviewState s)
{
    switch (s) {
    case ReviewState::Proposed:
        return Labels::tr("Proposed");
    case ReviewState::Accepted:
        return Labels::tr("Accepted");
    case ReviewState::Rejected:
        return Labels::tr("Rejected");
    }
    return {};
}

QString imageStatusDisplayName(ImageStatus s)
{
    switch (s) {
    case ImageStatus::New:
        return Labels::tr("New");
    case ImageStatus::PreAnnotated:
        return Labels::tr("Pre-annotated");
    case ImageStatus::InReview:
        return Labels::tr("In review");
    case ImageStatus::Done:
        return Labels::tr("Done");
    }
    return {};
}

} // namespace shelf

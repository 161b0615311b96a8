#include "export_options.h"

#include <array>

namespace shelf {
namespace {

constexpr std::array kFormatKeys{"sku110k", "rp2k", "coco", "yolo", "voc"};
constexpr std::array kClassKeys{"object", "shape", "sku"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<const char*, N>& keys, const QString& key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString ExportOptions::formatKey(Format f)
{
    return QLatin1String(kFormatKeys[std::size_t(f)]);
}

std::optional<ExportOptions::Format> ExportOptions::formatFromKey(const QString& key)
{
    return fromKey<Format>(kFormatKeys, key);
}

QString ExportOptions::classByKey(ClassBy c)
{
    return QLatin1String(kClassKeys[std::size_t(c)]);
}

std::optional<ExportOptions::ClassBy> ExportOptions::classByFromKey(const QString& key)
{
    return fromKey<ClassBy>(kClassKeys, key);
}

} // namespace shelf

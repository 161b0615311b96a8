#include "prediction.h"

namespace shelf {

std::optional<MergeChoice> MergeChoice::fromName(const QString& name)
{
    MergeChoice choice;
    if (name == QLatin1String("all"))
        return choice;
    if (name == QLatin1String("nms")) {
        choice.em.reset();
        return choice;
    }
    const std::optional<merge::Method> method = merge::methodFromName(name.toStdString());
    if (!method || (*method != merge::Method::EmDefault && *method != merge::Method::EmReference))
        return std::nullopt;
    choice.nms = false;
    choice.em = method;
    return choice;
}

} // namespace shelf

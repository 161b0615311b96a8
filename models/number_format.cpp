#include "number_format.h"

#include <charconv>
#include <cmath>

namespace shelf {

namespace {

// Spaces are trimmed because Python's int()/float(), which the SKU-110K tools use, accept them.
QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

// std::from_chars rejects a leading '+', which Python and most writers accept.
QByteArrayView withoutPlus(QByteArrayView text)
{
    if (text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+')
        return text.sliced(1);
    return text;
}

} // namespace

NumberError parseNumber(QByteArrayView text, double& value)
{
    text = withoutPlus(trimmed(text));
    if (text.isEmpty())
        return NumberError::Empty;
    const char* const end = text.data() + text.size();
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), end, v, std::chars_format::general);
    if (ec == std::errc::result_out_of_range && ptr == end)
        return NumberError::OutOfRange;
    if (ec != std::errc() || ptr != end)
        return NumberError::NotANumber;
    if (!std::isfinite(v))
        return NumberError::NotFinite;
    value = v;
    return NumberError::None;
}

NumberError parseInteger(QByteArrayView text, qint64& value)
{
    const QByteArrayView digits = withoutPlus(trimmed(text));
    if (digits.isEmpty())
        return NumberError::Empty;
    const char* const end = digits.data() + digits.size();
    qint64 v = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), end, v, 10);
    if (ec == std::errc() && ptr == end) {
        value = v;
        return NumberError::None;
    }
    // Say why: "12.5" deserves a different message from "abc".
    double d = 0;
    const NumberError asDouble = parseNumber(text, d);
    if (asDouble != NumberError::None)
        return asDouble;
    return ec == std::errc::result_out_of_range ? NumberError::OutOfRange : NumberError::NotWhole;
}

void appendNumber(QByteArray& out, double value)
{
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    char buffer[32];
    char* end = nullptr;
    if (value == 0 && std::signbit(value)) {
        out.append("-0", 2);
        return;
    }
    if (std::abs(value) < exactIntegerLimit && value == std::trunc(value)) {
        end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<qint64>(value)).ptr;
    } else {
        // Without a format argument to_chars gives the shortest text that round-trips.
        end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    }
    out.append(buffer, end - buffer);
}

void appendNumber(QByteArray& out, qint64 value)
{
    char buffer[24];
    const char* end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end - buffer);
}

} // namespace shelf

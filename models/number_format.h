#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace shelf {

/// Why a text field is not the number that was asked for.
enum class NumberError {
    None = 0,
    Empty,      ///< nothing but spaces
    NotANumber, ///< not decimal number syntax
    NotFinite,  ///< nan, inf, infinity
    OutOfRange, ///< too large or too small for a double (or a qint64)
    NotWhole,   ///< a number, but a whole one was required
};

/// Reads a whole field as a double. Accepts what people and Python's float()/int() write in CSV
/// files: surrounding spaces or tabs, a leading '+' or '-', decimals and exponents ("1e3", ".5").
/// The result is the double nearest to the text (correctly rounded), so text written by
/// appendNumber() reads back bit for bit.
NumberError parseNumber(QByteArrayView text, double& value);

/// Reads a whole field as an integer (same spacing and sign rules as parseNumber()). A decimal
/// such as "12.0" is NotWhole, like Python's int().
NumberError parseInteger(QByteArrayView text, qint64& value);

/// Appends the shortest decimal text that parseNumber() reads back as exactly `value`. Whole
/// numbers below 2^53 are written as integers ("3024", not "3024.0" or "3.024e+03"); -0 stays "-0".
/// Non-finite values are written as "nan", "inf", "-inf".
void appendNumber(QByteArray& out, double value);

/// Appends a decimal integer.
void appendNumber(QByteArray& out, qint64 value);

} // namespace shelf

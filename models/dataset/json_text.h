#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace shelf {

/// Appends `text` as a JSON string literal (quotes included) in UTF-8: '"' and '\' escaped,
/// control characters as \n, \t or \u00XX; everything else as is (JSON allows raw UTF-8).
void appendJsonString(QByteArray& out, QStringView text);

} // namespace shelf

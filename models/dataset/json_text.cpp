#include "json_text.h"

namespace shelf {

void appendJsonString(QByteArray& out, QStringView text)
{
    out.append('"');
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') ||
            c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) { // the common case: ASCII keys, SKU ids and file names
        for (const QChar c : text)
            out.append(char(c.unicode()));
        out.append('"');
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (u == '\n') {
            escaped += QLatin1String("\\n");
        } else if (u == '\t') {
            escaped += QLatin1String("\\t");
        } else if (u < 0x20) {
            escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    out.append(escaped.toUtf8());
    out.append('"');
}

} // namespace shelf

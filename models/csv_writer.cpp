#include "csv_writer.h"

#include "number_format.h"

#include <QIODevice>

namespace shelf {

namespace {

constexpr qsizetype flushThreshold = qsizetype(1) << 20;

template <typename Unit> bool isFormulaStart(Unit c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

template <typename Unit> bool needsQuotes(const Unit* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const Unit c = data[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

// UTF-16 to UTF-8 straight into the output buffer, doubling quotes when the field is quoted;
// a lone surrogate becomes U+FFFD. Returns the end of what it wrote.
char* encodeUtf8(QStringView text, bool doubleQuotes, char* out)
{
    const char16_t* s = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = s[i];
        if (c < 0x80) {
            *out++ = char(c);
            if (c == '"' && doubleQuotes)
                *out++ = '"';
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && i + 1 < size && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
                ++i;
            } else {
                c = 0xFFFD;
            }
        }
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device) : m_device(device)
{
    m_buffer.reserve(flushThreshold + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::separate()
{
    if (m_fieldsInRow > 0)
        m_buffer.append(',');
    ++m_fieldsInRow;
}

bool CsvWriter::startsLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaStart(text.front().unicode());
}

QString CsvWriter::withoutFormulaGuard(const QString& text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'') &&
        startsLikeFormula(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

CsvWriter& CsvWriter::addField(QByteArrayView utf8)
{
    if (m_neutralizeFormulas && !utf8.isEmpty() && isFormulaStart(utf8.front())) {
        // Rare: the copy is cheaper than a second path through the quoting code.
        const QByteArray guarded = '\'' + utf8.toByteArray();
        m_neutralizeFormulas = false;
        addField(QByteArrayView(guarded));
        m_neutralizeFormulas = true;
        return *this;
    }
    separate();
    m_lastFieldEmpty = utf8.isEmpty();
    if (!needsQuotes(utf8.data(), utf8.size())) {
        m_buffer.append(utf8.data(), utf8.size());
        return *this;
    }
    m_buffer.append('"');
    for (const char c : utf8) {
        m_buffer.append(c);
        if (c == '"')
            m_buffer.append('"');
    }
    m_buffer.append('"');
    return *this;
}

CsvWriter& CsvWriter::addField(QStringView text)
{
    if (m_neutralizeFormulas && startsLikeFormula(text)) {
        const QString guarded = QString(QLatin1Char('\'')).append(text);
        m_neutralizeFormulas = false;
        addField(QStringView(guarded));
        m_neutralizeFormulas = true;
        return *this;
    }
    separate();
    m_lastFieldEmpty = text.isEmpty();
    const bool quoted = needsQuotes(text.utf16(), text.size());
    // At most 3 bytes per UTF-16 unit, whether it is a doubled quote, a BMP character or half of
    // a surrogate pair; plus the two quotes.
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + 3 * text.size() + 2);
    char* out = m_buffer.data() + start;
    if (quoted)
        *out++ = '"';
    out = encodeUtf8(text, quoted, out);
    if (quoted)
        *out++ = '"';
    m_buffer.resize(out - m_buffer.constData());
    return *this;
}

CsvWriter& CsvWriter::addField(double value)
{
    separate();
    m_lastFieldEmpty = false;
    appendNumber(m_buffer, value);
    return *this;
}

CsvWriter& CsvWriter::addInteger(qint64 value)
{
    separate();
    m_lastFieldEmpty = false;
    appendNumber(m_buffer, value);
    return *this;
}

void CsvWriter::endRow()
{
    if (m_fieldsInRow == 0)
        return;
    if (m_fieldsInRow == 1 && m_lastFieldEmpty)
        m_buffer.append("\"\"", 2);
    m_buffer.append('\n');
    m_fieldsInRow = 0;
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() >= flushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_hasError)
        return false;
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device ? m_device->write(m_buffer) : -1;
    if (written != m_buffer.size()) {
        m_hasError = true;
        m_errorString = m_device ? tr("cannot write: %1").arg(m_device->errorString())
                                 : tr("cannot write: no output");
    }
    m_buffer.resize(0);
    return !m_hasError;
}

} // namespace shelf

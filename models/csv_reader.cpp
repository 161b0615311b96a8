#include "csv_reader.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <cstring>

namespace shelf {

namespace {

using uchar = unsigned char;

// The inner loops skip ordinary bytes through this table; a set bit stops the scan in that
// context. Line ends, control bytes, the NUL sentinel after the data and every non-ASCII byte
// stop both scans, so the rare cases are handled out of the hot loop.
constexpr uchar stopUnquoted = 1;
constexpr uchar stopQuoted = 2;

constexpr std::array<uchar, 256> makeByteClasses()
{
    std::array<uchar, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if ((c < 0x20 && c != '\t') || c >= 0x80)
            classes[c] = stopUnquoted | stopQuoted;
    }
    classes[','] = stopUnquoted;
    classes['"'] = stopQuoted;
    return classes;
}
constexpr std::array<uchar, 256> byteClasses = makeByteClasses();

// Length (2 to 4) of the well-formed UTF-8 sequence at p, 0 when it is not well formed (stray
// continuation byte, overlong form, surrogate, beyond U+10FFFF), -1 when `end` cuts it off.
int utf8SequenceLength(const uchar* p, const uchar* end)
{
    const uchar lead = *p;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i == end)
            return -1;
        if (p[i] < low || p[i] > high)
            return 0;
        low = 0x80;
        high = 0xBF;
    }
    return length;
}

QString hexByte(uchar byte)
{
    return QStringLiteral("0x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const QString& sourceName)
    : m_device(device), m_sourceName(sourceName)
{
    if (m_sourceName.isEmpty()) {
        if (auto* file = qobject_cast<QFileDevice*>(device))
            m_sourceName = file->fileName();
    }
}

CsvReader::CsvReader(const QString& path)
    : m_ownedDevice(std::make_unique<QFile>(path)), m_device(m_ownedDevice.get()),
      m_sourceName(path)
{
    // Unbuffered: our own chunks are the buffer, QFile's would only add a copy.
    if (!m_ownedDevice->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        fail(0, 0, tr("cannot open the file: %1").arg(m_ownedDevice->errorString()));
}

CsvReader::~CsvReader() = default;

void CsvReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = std::max<qsizetype>(1, bytes);
}

bool CsvReader::next(CsvRow& row)
{
    if (m_hasError)
        return false;
    if (!m_started) {
        m_started = true;
        if (!m_device || !m_device->isReadable()) {
            fail(0, 0, tr("the input is not open for reading"));
            return false;
        }
        skipByteOrderMark();
        if (m_hasError)
            return false;
    }
    for (;;) {
        switch (parseRow(row)) {
        case Step::Row:
            return true;
        case Step::End:
        case Step::Error:
            return false;
        case Step::NeedMore:
            if (!refill())
                return false;
            break;
        }
    }
}

void CsvReader::skipByteOrderMark()
{
    while (m_end - m_begin < 3 && !m_eof) {
        if (!refill())
            return;
    }
    if (m_end - m_begin >= 3 && std::memcmp(m_buffer.data() + m_begin, "\xEF\xBB\xBF", 3) == 0)
        m_begin += 3;
}

bool CsvReader::refill()
{
    const qsizetype pending = m_end - m_begin;
    if (pending >= m_maxRowBytes) {
        fail(m_line, 1,
             tr("a row is longer than %1 bytes; is a quoted field not closed?").arg(m_maxRowBytes));
        return false;
    }
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, size_t(pending));
        m_consumedBefore += m_begin;
        m_end = pending;
        m_begin = 0;
    }
    // Each refill restarts the current row, so a long row is read in growing steps to keep the
    // rescanning linear overall.
    const qsizetype want = std::max(m_chunkSize, pending);
    const size_t needed = size_t(m_end + want + 1);
    if (m_buffer.size() < needed)
        m_buffer.resize(std::max(needed, m_buffer.size() + m_buffer.size() / 2));
    const qint64 got = m_device->read(m_buffer.data() + m_end, want);
    if (got < 0) {
        fail(m_line, 0, tr("cannot read: %1").arg(m_device->errorString()));
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += qsizetype(got);
    m_buffer[size_t(m_end)] = '\0';
    return true;
}

CsvReader::Step CsvReader::fail(qint64 line, qint64 column, const QString& message)
{
    m_hasError = true;
    m_error = CsvDiagnostic{m_sourceName, line, column, message};
    return Step::Error;
}

CsvReader::Step CsvReader::parseRow(CsvRow& row)
{
    const uchar* const base = reinterpret_cast<const uchar*>(m_buffer.data());
    const uchar* const end = base + m_end;
    const uchar* p = base + m_begin;
    qint64 line = m_line;

    // Blank lines are consumed for good, so that a refill does not scan them again.
    for (;; ++line) {
        if (p == end || (*p != '\n' && *p != '\r'))
            break;
        if (*p == '\r' && p + 1 == end && !m_eof)
            break; // CR LF may be cut in two
        p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
    }
    m_begin = p - base;
    m_line = line;
    if (p == end)
        return m_eof ? Step::End : Step::NeedMore;
    if (*p == '\r')
        return Step::NeedMore;

    const auto invalidByte = [&](const uchar* at, qint64 atLine, qint64 atColumn) {
        const uchar byte = *at;
        if (byte >= 0x80)
            return fail(atLine, atColumn, tr("invalid UTF-8 (byte %1)").arg(hexByte(byte)));
        return fail(atLine, atColumn,
                    tr("binary data: byte %1 is not allowed in CSV text").arg(hexByte(byte)));
    };

    row.m_fields.clear();
    row.m_line = line;
    qint64 column = 1;
    for (;;) {
        CsvRow::Field field{reinterpret_cast<const char*>(p), 0, line, column, false, false};
        if (*p == '"') {
            field.quoted = true;
            ++p;
            ++column;
            const uchar* const content = p;
            for (;;) {
                const uchar* q = p;
                while (!(byteClasses[*q] & stopQuoted))
                    ++q;
                column += q - p;
                p = q;
                if (*p == '"') {
                    if (p + 1 == end && !m_eof)
                        return Step::NeedMore;
                    if (p[1] != '"')
                        break;
                    field.escapes = true;
                    p += 2;
                    column += 2;
                } else if (*p == '\n' || *p == '\r') {
                    if (*p == '\r' && p + 1 == end && !m_eof)
                        return Step::NeedMore;
                    p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
                    ++line;
                    column = 1;
                } else if (*p >= 0x80) {
                    const int length = utf8SequenceLength(p, end);
                    if (length < 0 && !m_eof)
                        return Step::NeedMore;
                    if (length <= 0)
                        return invalidByte(p, line, column);
                    p += length;
                    ++column;
                } else if (p == end) {
                    if (!m_eof)
                        return Step::NeedMore;
                    return fail(field.line, field.column, tr("quoted field is not closed"));
                } else {
                    return invalidByte(p, line, column);
                }
            }
            field.data = reinterpret_cast<const char*>(content);
            field.size = p - content;
            ++p; // the closing quote
            ++column;
            if (p == end && !m_eof)
                return Step::NeedMore;
            if (p != end && *p != ',' && *p != '\n' && *p != '\r')
                return fail(line, column, tr("unexpected text after a closing quote"));
        } else {
            const uchar* const start = p;
            for (;;) {
                const uchar* q = p;
                while (!(byteClasses[*q] & stopUnquoted))
                    ++q;
                column += q - p;
                p = q;
                if (*p == ',' || *p == '\n' || *p == '\r')
                    break;
                if (*p >= 0x80) {
                    const int length = utf8SequenceLength(p, end);
                    if (length < 0 && !m_eof)
                        return Step::NeedMore;
                    if (length <= 0)
                        return invalidByte(p, line, column);
                    p += length;
                    ++column;
                } else if (p == end) {
                    if (!m_eof)
                        return Step::NeedMore;
                    break;
                } else {
                    return invalidByte(p, line, column);
                }
            }
            field.size = p - start;
        }
        row.m_fields.push_back(field);
        if (*p == ',' && p != end) {
            ++p;
            ++column;
            continue;
        }
        break;
    }

    row.m_endLine = line;
    row.m_endColumn = column;
    if (p != end) {
        if (*p == '\r' && p + 1 == end && !m_eof)
            return Step::NeedMore;
        p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
        ++line;
    }
    m_begin = p - base;
    m_line = line;
    collapseQuotes(row);
    return Step::Row;
}

void CsvReader::collapseQuotes(CsvRow& row)
{
    // Safe in place only now: the row is complete, so no refill will rescan these bytes.
    for (CsvRow::Field& field : row.m_fields) {
        if (!field.escapes)
            continue;
        char* out = const_cast<char*>(field.data);
        const char* in = field.data;
        const char* const stop = field.data + field.size;
        while (in < stop) {
            const char c = *in++;
            *out++ = c;
            if (c == '"')
                ++in; // the second quote of a "" pair
        }
        field.size = out - field.data;
        field.escapes = false;
    }
}

} // namespace shelf

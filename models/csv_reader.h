#pragma once

#include "csv_diagnostic.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace shelf {

/// One row of a CSV file as CsvReader::next() delivers it. The fields are views into the reader's
/// buffer: they stay valid until the next call to next() or the reader's destruction. Copy what
/// must outlive that (text() makes a QString).
class CsvRow
{
public:
    qsizetype size() const { return qsizetype(m_fields.size()); }
    bool isEmpty() const { return m_fields.empty(); }

    /// Field i as UTF-8 bytes (validated), without its quotes and with "" turned into ".
    QByteArrayView field(qsizetype i) const { return {m_fields[i].data, m_fields[i].size}; }
    QByteArrayView operator[](qsizetype i) const { return field(i); }
    /// Field i decoded to a QString.
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    /// Whether field i was written in quotes ("" and an empty unquoted field read the same).
    bool isQuoted(qsizetype i) const { return m_fields[i].quoted; }

    /// The 1-based line where the row starts.
    qint64 line() const { return m_line; }
    /// The 1-based line and column where field i starts: its first character, or its opening
    /// quote. Columns count characters (code points); a field after a quoted line break is on a
    /// later line than the row.
    qint64 fieldLine(qsizetype i) const { return m_fields[i].line; }
    qint64 fieldColumn(qsizetype i) const { return m_fields[i].column; }
    /// Where the row ends: the position of its line break, or of the end of the file. A message
    /// about a missing field points here.
    qint64 endLine() const { return m_endLine; }
    qint64 endColumn() const { return m_endColumn; }

private:
    friend class CsvReader;
    struct Field
    {
        const char* data;
        qsizetype size;
        qint64 line;
        qint64 column;
        bool quoted;
        bool escapes; ///< holds "" pairs still to be collapsed
    };
    std::vector<Field> m_fields;
    qint64 m_line = 0;
    qint64 m_endLine = 0;
    qint64 m_endColumn = 0;
};

/// Streaming RFC 4180 reader. Reads its device in large chunks and splits rows in place, so a
/// million-row file costs one buffer of a few MiB, not the file.
///
/// Accepts: quoted fields with "" escapes, commas and line breaks inside quotes; CRLF, LF and lone
/// CR line ends, mixed; a UTF-8 byte-order mark at the start; a missing final line break. Blank
/// lines are skipped (a line holding "" is a row with one empty field). A quote inside an unquoted
/// field is kept as text, as Python's csv module does.
///
/// Refuses, with an error located at line:column: an unterminated quoted field (located at its
/// opening quote), anything but a comma or a line end after a closing quote, NUL and other control
/// bytes except tab (binary data), bytes that are not valid UTF-8, a row longer than
/// maxRowBytes(). After an error next() returns false for good.
///
/// Not thread-safe; use one reader per thread. The device must deliver data on read() until its
/// end (a file, a QBuffer); read() returning 0 is taken as the end.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(shelf::CsvReader)

public:
    /// Reads `device`, which must be open for reading and outlive the reader (not owned).
    /// `sourceName` names it in diagnostics; by default a file device's file name.
    explicit CsvReader(QIODevice* device, const QString& sourceName = {});
    /// Opens and reads the file at `path`; a file that cannot be opened is an error on next().
    explicit CsvReader(const QString& path);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Reads the next non-blank row into `row`. False at the end of the data or on an error:
    /// check hasError().
    bool next(CsvRow& row);

    bool hasError() const { return m_hasError; }
    const CsvDiagnostic& error() const { return m_error; }
    const QString& sourceName() const { return m_sourceName; }

    /// Bytes of the device consumed so far (for progress bars).
    qint64 bytesConsumed() const { return m_consumedBefore + m_begin; }

    /// Bytes asked of the device per read. Tests use tiny chunks to cross every boundary.
    void setChunkSize(qsizetype bytes);
    qsizetype chunkSize() const { return m_chunkSize; }
    /// Longest row accepted (default 64 MiB), so that an unclosed quote in a huge file fails
    /// instead of pulling the whole file into memory.
    void setMaxRowBytes(qsizetype bytes) { m_maxRowBytes = bytes; }
    qsizetype maxRowBytes() const { return m_maxRowBytes; }

private:
    enum class Step { Row, NeedMore, End, Error };

    Step parseRow(CsvRow& row);
    bool refill();
    void skipByteOrderMark();
    void collapseQuotes(CsvRow& row);
    Step fail(qint64 line, qint64 column, const QString& message);

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    QString m_sourceName;
    std::vector<char> m_buffer; ///< data in [m_begin, m_end), then one NUL sentinel
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    qint64 m_consumedBefore = 0; ///< bytes dropped from the front of the buffer so far
    qint64 m_line = 1;           ///< line number at m_begin
    qsizetype m_chunkSize = 1 << 20;
    qsizetype m_maxRowBytes = qsizetype(64) << 20;
    bool m_started = false;
    bool m_eof = false;
    bool m_hasError = false;
    CsvDiagnostic m_error;
};

} // namespace shelf

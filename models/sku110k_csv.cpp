#include "sku110k_csv.h"

#include "csv_reader.h"
#include "csv_writer.h"
#include "log.h"
#include "number_format.h"

#include <QFile>

#include <spdlog/spdlog.h>

#include <array>
#include <climits>
#include <cmath>
#include <cstring>
#include <span>

namespace shelf {

namespace {

constexpr std::array<const char*, 8> annotationColumns = {
    "image_name", "x1", "y1", "x2", "y2", "class", "image_width", "image_height"};
constexpr std::array<const char*, 7> resultColumns = {"image_id", "x1",         "y1",        "x2",
                                                      "y2",       "confidence", "hard_score"};

// Field text for a message: cut short so that junk cannot flood it, and on one line, as the
// command line prints a message per line.
QString shown(QByteArrayView text)
{
    constexpr qsizetype limit = 40;
    QString s = QString::fromUtf8(text);
    if (s.size() > limit)
        s = s.left(limit - 1) + QChar(0x2026);
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return s;
}

QString numberText(double value)
{
    QByteArray text;
    appendNumber(text, value);
    return QString::fromLatin1(text);
}

// Walks the data rows of one format: header lines, field counts, numbers and names, each
// problem turned into a diagnostic located at its field.
class RowWalker
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Sku110kCsv)

public:
    RowWalker(CsvReader& csv, std::span<const char* const> columns, Sku110kCsv::ReadReport& report)
        : m_csv(csv), m_columns(columns), m_report(report)
    {}

    const CsvRow& row() const { return m_row; }

    bool next()
    {
        while (m_csv.next(m_row)) {
            const bool first = !m_sawRow;
            m_sawRow = true;
            if (isHeader()) {
                if (first)
                    m_report.hadHeader = true;
                else
                    warn(m_row.line(), 1, tr("header line repeated; row skipped"));
                continue;
            }
            const qsizetype expected = qsizetype(m_columns.size());
            if (m_row.size() == expected)
                return true;
            QString message;
            if (m_row.size() < expected) {
                message = tr("missing field '%1': expected %2 fields, found %3")
                              .arg(QLatin1String(m_columns[m_row.size()]))
                              .arg(expected)
                              .arg(m_row.size());
                fail(m_row.endLine(), m_row.endColumn(), message + otherFormatHint());
            } else {
                message = tr("unexpected field: expected %1 fields, found %2")
                              .arg(expected)
                              .arg(m_row.size());
                fail(m_row.fieldLine(expected), m_row.fieldColumn(expected),
                     message + otherFormatHint());
            }
            return false;
        }
        return false;
    }

    // A coordinate or score: finite, at most numberLimit in size.
    bool number(int i, double& value)
    {
        const NumberError e = parseNumber(m_row.field(i), value);
        if (e == NumberError::None && std::abs(value) <= Sku110kCsv::numberLimit)
            return true;
        return failNumber(i, e == NumberError::None ? NumberError::OutOfRange : e);
    }

    // image_width or image_height: a whole number from 1 to numberLimit.
    bool imageSize(int i, int& value)
    {
        qint64 v = 0;
        const NumberError e = parseInteger(m_row.field(i), v);
        if (e != NumberError::None)
            return failNumber(i, e);
        if (v > qint64(Sku110kCsv::numberLimit))
            return failNumber(i, NumberError::OutOfRange);
        if (v < 1)
            return failField(i, tr("field '%1': the image size %2 must be at least 1")
                                    .arg(name(i), QString::number(v)));
        value = int(v);
        return true;
    }

    bool imageName(int i, QString& out)
    {
        const QByteArrayView bytes = m_row.field(i);
        // Consecutive rows mostly name the same image: share one QString instead of decoding.
        if (m_lastName.isNull() || bytes != QByteArrayView(m_lastNameBytes)) {
            if (bytes.isEmpty())
                return failField(i, tr("field '%1' is empty").arg(name(i)));
            QString decoded = QString::fromUtf8(bytes);
            if (!Sku110kCsv::isSafeRelativePath(decoded))
                return failField(i, tr("field '%1': '%2' is not a path inside the project folder")
                                        .arg(name(i), shown(bytes)));
            m_lastNameBytes = bytes.toByteArray();
            m_lastName = std::move(decoded);
        }
        out = m_lastName;
        return true;
    }

    void text(int i, QString& out)
    {
        const QByteArrayView bytes = m_row.field(i);
        if (m_lastText.isNull() || bytes != QByteArrayView(m_lastTextBytes)) {
            m_lastTextBytes = bytes.toByteArray();
            m_lastText = QString::fromUtf8(bytes);
            if (m_lastText.isNull())
                m_lastText = QLatin1String(""); // empty but not null, so the cache holds
        }
        out = m_lastText;
    }

    // Rule 2 of the header comment.
    bool skipsOutside(const Box& b)
    {
        const std::array<double, 4> values = {b.x1, b.y1, b.x2, b.y2};
        int field = 0;
        if (b.x1 < 0)
            field = 1;
        else if (b.y1 < 0)
            field = 2;
        else if (b.x2 <= 0)
            field = 3;
        else if (b.y2 <= 0)
            field = 4;
        else
            return false;
        const double value = values[field - 1];
        const QString message =
            value < 0 ? tr("field '%1': negative coordinate %2; row skipped")
                      : tr("field '%1': coordinate %2 leaves no box inside the image; row skipped");
        warn(m_row.fieldLine(field), m_row.fieldColumn(field),
             message.arg(name(field), numberText(value)));
        ++m_report.skippedRows;
        return true;
    }

    // Rule 3 of the header comment; the notes explain clamped values.
    bool ordered(const Box& b, const QString& noteX, const QString& noteY)
    {
        if (b.x2 <= b.x1)
            return failField(3, tr("field 'x2': x2 (%1) must be greater than x1 (%2)%3")
                                    .arg(numberText(b.x2), numberText(b.x1), noteX));
        if (b.y2 <= b.y1)
            return failField(4, tr("field 'y2': y2 (%1) must be greater than y1 (%2)%3")
                                    .arg(numberText(b.y2), numberText(b.y1), noteY));
        return true;
    }

    QString name(int i) const { return QLatin1String(m_columns[i]); }

    // Locates `message` at field i.
    bool failField(int i, const QString& message)
    {
        return fail(m_row.fieldLine(i), m_row.fieldColumn(i), message);
    }

    bool fail(qint64 line, qint64 column, const QString& message)
    {
        m_report.error = CsvDiagnostic{m_csv.sourceName(), line, column, message};
        return false;
    }

    void warn(qint64 line, qint64 column, const QString& message)
    {
        ++m_report.warningCount;
        if (m_report.warnings.size() < Sku110kCsv::maxKeptWarnings)
            m_report.warnings.append(CsvDiagnostic{m_csv.sourceName(), line, column, message});
    }

    // Ends a read: reader errors, the empty file, the log line.
    void finish(const char* what)
    {
        if (!m_report.error && m_csv.hasError())
            m_report.error = m_csv.error();
        if (!m_report.error && !m_sawRow)
            m_report.error = CsvDiagnostic{m_csv.sourceName(), 1, 1, tr("the file is empty")};
        const auto logger = moduleLogger("core");
        if (m_report.error) {
            logger->warn("SKU-110K {}: {}", what, m_report.error->toString().toStdString());
        } else {
            logger->info("SKU-110K {}: read {} rows from {} ({} skipped, {} clamped, {} warnings)",
                         what, m_report.rows, m_csv.sourceName().toStdString(),
                         m_report.skippedRows, m_report.clampedRows, m_report.warningCount);
        }
    }

private:
    bool isHeader() const
    {
        if (m_row.size() != qsizetype(m_columns.size()))
            return false;
        for (qsizetype i = 0; i < m_row.size(); ++i) {
            const QByteArrayView f = m_row.field(i);
            if (qstrnicmp(f.data(), f.size(), m_columns[i], -1) != 0)
                return false;
        }
        return true;
    }

    QString otherFormatHint() const
    {
        const bool annotations = m_columns.size() == annotationColumns.size();
        if (annotations && m_row.size() == qsizetype(resultColumns.size()))
            return tr(" (is this a SKU-110K results file?)");
        if (!annotations && m_row.size() == qsizetype(annotationColumns.size()))
            return tr(" (is this a SKU-110K annotations file?)");
        return {};
    }

    bool failNumber(int i, NumberError e)
    {
        const QString value = shown(m_row.field(i));
        switch (e) {
        case NumberError::Empty:
            return failField(i, tr("field '%1' is empty").arg(name(i)));
        case NumberError::NotFinite:
            return failField(i, tr("field '%1': '%2' is not a finite number").arg(name(i), value));
        case NumberError::OutOfRange:
            return failField(
                i, tr("field '%1': '%2' is out of range (the limit is 1e9)").arg(name(i), value));
        case NumberError::NotWhole:
            return failField(i, tr("field '%1': '%2' is not a whole number").arg(name(i), value));
        case NumberError::NotANumber:
        case NumberError::None:
            break;
        }
        return failField(i, tr("field '%1': '%2' is not a number").arg(name(i), value));
    }

    CsvReader& m_csv;
    std::span<const char* const> m_columns;
    Sku110kCsv::ReadReport& m_report;
    CsvRow m_row;
    bool m_sawRow = false;
    QByteArray m_lastNameBytes;
    QString m_lastName;
    QByteArray m_lastTextBytes;
    QString m_lastText;
};

} // namespace

Sku110kCsv::ReadReport Sku110kCsv::readAnnotations(CsvReader& csv, const AnnotationSink& sink)
{
    ReadReport report;
    RowWalker in(csv, annotationColumns, report);
    AnnotationRow out;
    std::optional<CsvDiagnostic> firstClamp;
    while (in.next()) {
        Box& b = out.box;
        if (!in.imageName(0, out.imageName) || !in.number(1, b.x1) || !in.number(2, b.y1) ||
            !in.number(3, b.x2) || !in.number(4, b.y2) || !in.imageSize(6, out.imageWidth) ||
            !in.imageSize(7, out.imageHeight))
            break;
        in.text(5, out.className);

        // Rule 1, literally as csv_generator.py has it (note y1 > H, not >=).
        const double w = out.imageWidth;
        const double h = out.imageHeight;
        const Box read = b;
        if (b.x1 >= w)
            b.x1 = w - 1;
        if (b.x2 >= w)
            b.x2 = w - 1;
        if (b.y1 > h)
            b.y1 = h - 1;
        if (b.y2 >= h)
            b.y2 = h - 1;
        const bool clampedX = b.x1 != read.x1 || b.x2 != read.x2;
        const bool clampedY = b.y1 != read.y1 || b.y2 != read.y2;

        if (in.skipsOutside(b))
            continue;
        const QString noteX =
            clampedX ? tr(" after clamping to the image width %1").arg(out.imageWidth) : QString();
        const QString noteY =
            clampedY ? tr(" after clamping to the image height %1").arg(out.imageHeight)
                     : QString();
        if (!in.ordered(b, noteX, noteY))
            break;

        const CsvRow& row = in.row();
        out.line = row.line();
        out.widthColumn = qint32(row.fieldColumn(6));
        out.heightColumn = qint32(row.fieldColumn(7));
        if (clampedX || clampedY) {
            ++report.clampedRows;
            if (!firstClamp) {
                const int field = clampedX ? (b.x1 != read.x1 ? 1 : 3) : (b.y1 != read.y1 ? 2 : 4);
                firstClamp = CsvDiagnostic{csv.sourceName(), row.fieldLine(field),
                                           row.fieldColumn(field), QString()};
            }
        }
        ++report.rows;
        if (!sink(out)) {
            report.cancelled = true;
            break;
        }
    }
    if (firstClamp) {
        firstClamp->message =
            tr("%n row(s) had coordinates past the image edge, moved to the last pixel as the "
               "SKU-110K reader does (the first is here)",
               nullptr, int(std::min<qint64>(report.clampedRows, INT_MAX)));
        in.warn(firstClamp->line, firstClamp->column, firstClamp->message);
    }
    in.finish("annotations");
    return report;
}

Sku110kCsv::ReadReport Sku110kCsv::readResults(CsvReader& csv, const ResultSink& sink)
{
    ReadReport report;
    RowWalker in(csv, resultColumns, report);
    ResultRow out;
    const auto score = [&](int i, double& value) {
        if (!in.number(i, value))
            return false;
        if ((value >= 0 && value <= 1) || value == -1)
            return true;
        return in.failField(
            i, tr("field '%1': %2 is outside [0, 1]").arg(in.name(i), numberText(value)));
    };
    while (in.next()) {
        Box& b = out.box;
        if (!in.imageName(0, out.imageName) || !in.number(1, b.x1) || !in.number(2, b.y1) ||
            !in.number(3, b.x2) || !in.number(4, b.y2) || !score(5, out.confidence) ||
            !score(6, out.hardScore))
            break;
        if (in.skipsOutside(b))
            continue;
        if (!in.ordered(b, QString(), QString()))
            break;
        out.line = in.row().line();
        ++report.rows;
        if (!sink(out)) {
            report.cancelled = true;
            break;
        }
    }
    in.finish("results");
    return report;
}

Sku110kCsv::ReadReport Sku110kCsv::readAnnotations(const QString& path, QList<AnnotationRow>& rows)
{
    CsvReader csv(path);
    return readAnnotations(csv, [&rows](const AnnotationRow& row) {
        rows.append(row);
        return true;
    });
}

Sku110kCsv::ReadReport Sku110kCsv::readResults(const QString& path, QList<ResultRow>& rows)
{
    CsvReader csv(path);
    return readResults(csv, [&rows](const ResultRow& row) {
        rows.append(row);
        return true;
    });
}

void Sku110kCsv::writeAnnotationHeader(CsvWriter& csv)
{
    for (const char* column : annotationColumns)
        csv.addField(column);
    csv.endRow();
}

void Sku110kCsv::writeAnnotation(CsvWriter& csv, const AnnotationRow& row)
{
    csv.addField(row.imageName)
        .addField(row.box.x1)
        .addField(row.box.y1)
        .addField(row.box.x2)
        .addField(row.box.y2)
        .addField(row.className)
        .addField(row.imageWidth)
        .addField(row.imageHeight);
    csv.endRow();
}

void Sku110kCsv::writeResultHeader(CsvWriter& csv)
{
    for (const char* column : resultColumns)
        csv.addField(column);
    csv.endRow();
}

void Sku110kCsv::writeResult(CsvWriter& csv, const ResultRow& row)
{
    csv.addField(row.imageName)
        .addField(row.box.x1)
        .addField(row.box.y1)
        .addField(row.box.x2)
        .addField(row.box.y2)
        .addField(row.confidence)
        .addField(row.hardScore);
    csv.endRow();
}

bool Sku110kCsv::writeAnnotations(QIODevice* device, const QList<AnnotationRow>& rows,
                                  HeaderLine header, QString* errorString)
{
    CsvWriter csv(device);
    if (header == HeaderLine::With)
        writeAnnotationHeader(csv);
    for (const AnnotationRow& row : rows)
        writeAnnotation(csv, row);
    const bool ok = csv.flush();
    if (!ok && errorString)
        *errorString = csv.errorString();
    return ok;
}

bool Sku110kCsv::writeResults(QIODevice* device, const QList<ResultRow>& rows, HeaderLine header,
                              QString* errorString)
{
    CsvWriter csv(device);
    if (header == HeaderLine::With)
        writeResultHeader(csv);
    for (const ResultRow& row : rows)
        writeResult(csv, row);
    const bool ok = csv.flush();
    if (!ok && errorString)
        *errorString = csv.errorString();
    return ok;
}

std::optional<CsvDiagnostic> Sku110kCsv::checkImageSize(const AnnotationRow& row, int width,
                                                        int height, const QString& file)
{
    if (row.imageWidth == width && row.imageHeight == height)
        return std::nullopt;
    const bool widthDiffers = row.imageWidth != width;
    QString message;
    if (row.imageWidth == height && row.imageHeight == width) {
        message = tr("the row gives the size of '%1' as %2x%3, the image is %4x%5: width and "
                     "height are swapped (EXIF orientation?)");
    } else {
        message = tr("the row gives the size of '%1' as %2x%3, the image is %4x%5");
    }
    // One multi-argument arg(): a '%' in the image name must not be substituted again.
    message = message.arg(row.imageName, QString::number(row.imageWidth),
                          QString::number(row.imageHeight), QString::number(width),
                          QString::number(height));
    const QString field = QLatin1String(widthDiffers ? "image_width" : "image_height");
    return CsvDiagnostic{file, row.line, widthDiffers ? row.widthColumn : row.heightColumn,
                         tr("field '%1': %2").arg(field, message)};
}

bool Sku110kCsv::isSafeRelativePath(QStringView path)
{
    if (path.isEmpty() || path[0] == u'/' || path[0] == u'\\')
        return false;
    if (path.size() >= 2 && path[1] == u':' && path[0].unicode() < 0x80 && path[0].isLetter())
        return false;
    qsizetype segmentStart = 0;
    int dots = 0;
    bool onlyDotsAndSpaces = true;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        const QChar c = i < path.size() ? path[i] : QChar(u'/');
        if (c == u'/' || c == u'\\') {
            if (i > segmentStart && onlyDotsAndSpaces && dots >= 2)
                return false;
            segmentStart = i + 1;
            dots = 0;
            onlyDotsAndSpaces = true;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return false;
        } else if (c == u'.') {
            ++dots;
        } else if (c != u' ') {
            onlyDotsAndSpaces = false;
        }
    }
    return true;
}

QString Sku110kCsv::normalizedImagePath(QStringView path)
{
    QString s = path.toString();
    s.replace(u'\\', u'/');
    return s;
}

} // namespace shelf

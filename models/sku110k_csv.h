#pragma once

#include "box.h"
#include "csv_diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

class QIODevice;

namespace shelf {

class CsvReader;
class CsvWriter;

/// The two CSV formats of the SKU-110K dataset (Goldman et al., "Precise Detection in Densely
/// Packed Scenes", CVPR 2019), read into and written from plain rows. No project or database here:
/// the importer maps rows to images and layers.
///
/// Annotations, one box per row: `image_name,x1,y1,x2,y2,class,image_width,image_height`. The
/// dataset's files have no header line and end lines with LF; a header line is accepted.
/// Results of the authors' predict script: `image_id,x1,y1,x2,y2,confidence,hard_score`, with a
/// header line (also accepted without). Their image_id is a relative path that may use '\'
/// ("images\test1.jpg"); normalizedImagePath() turns it into '/' form.
///
/// Rules, from the authors' reader `_read_annotations()` in
/// object_detector_retinanet/keras_retinanet/preprocessing/csv_generator.py of
/// github.com/eg4000/SKU110K_CVPR19 (commit 53feeaba724df62c93a71ea271d4d58b476e2851), applied in
/// its order:
///  1. A coordinate past the image moves to the last pixel, using the row's own image size W x H:
///     x1 >= W -> W-1, x2 >= W -> W-1, y2 >= H -> H-1, and y1 > H -> H-1. The y1 test is
///     strict in the original (y1 == H stays H); we keep it, and it changes no outcome: such a
///     row fails rule 3 either way. Rows moved are counted and reported in one warning.
///  2. A row with x1 < 0, y1 < 0, x2 <= 0 or y2 <= 0 (after rule 1) is skipped with a warning
///     naming file:line:column; reading goes on.
///  3. x2 <= x1 or y2 <= y1 is an error at the x2 (or y2) field, and reading stops, as in the
///     original, which raises ValueError for the whole file.
/// Where we differ from the original reader: coordinates may be decimals (it requires integers,
/// but exports of model boxes have fractions), and image_width/image_height must be whole
/// numbers of at least 1 (it would clamp every box of a 0-wide image to -1 and skip them all).
/// The class name is kept as text and not checked against a class list.
///
/// Results rows follow rules 2 and 3 (they carry no image size, so rule 1 does not apply).
/// confidence and hard_score must lie in [0, 1]: in the authors' outputs both are sigmoid
/// outputs, or a weighted mean of two (predict.py --hard_score_rate), and EM-Merger keeps the
/// scores of an original detection. Any other value is an error, because a file with percentages
/// or logits would otherwise import silently wrong. -1 is accepted too: it is how an Annotation
/// says "no score", so our own exports read back.
///
/// Errors stop the reading and name file:line:column and the field: an empty file, invalid CSV
/// (see CsvReader: binary data, bad UTF-8, unclosed quotes), a wrong number of fields, an empty,
/// non-numeric, NaN or infinite number, a magnitude above 1e9 or a number a double cannot hold,
/// an image name that would leave the project folder (isSafeRelativePath()), and rule 3. A header
/// line repeated later in the file (files joined with cat) is skipped with a warning.
/// Rows handed to a sink before an error stay handed: import inside a transaction.
class Sku110kCsv
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Sku110kCsv)

public:
    /// One row of an annotations file. Equality compares values, not where they were read.
    struct AnnotationRow
    {
        QString imageName; ///< as written in the file (checked by isSafeRelativePath())
        Box box;           ///< after rule 1
        QString className;
        int imageWidth = 0;
        int imageHeight = 0;
        qint64 line = 0;         ///< 1-based line it was read from; 0 if not read from a file
        qint32 widthColumn = 0;  ///< column of image_width, for checkImageSize()
        qint32 heightColumn = 0; ///< column of image_height

        bool operator==(const AnnotationRow& o) const
        {
            return imageName == o.imageName && box == o.box && className == o.className &&
                   imageWidth == o.imageWidth && imageHeight == o.imageHeight;
        }
    };

    /// One row of a results file. Equality compares values, not where they were read.
    struct ResultRow
    {
        QString imageName; ///< the file's image_id, as written
        Box box;
        double confidence = -1;
        double hardScore = -1;
        qint64 line = 0; ///< 1-based line it was read from; 0 if not read from a file

        bool operator==(const ResultRow& o) const
        {
            return imageName == o.imageName && box == o.box && confidence == o.confidence &&
                   hardScore == o.hardScore;
        }
    };

    /// What reading one file gave.
    struct ReadReport
    {
        std::optional<CsvDiagnostic> error; ///< what stopped the reading; none if it finished
        QList<CsvDiagnostic> warnings;      ///< the first maxKeptWarnings, in file order
        qint64 warningCount = 0;            ///< all warnings, kept or not
        qint64 rows = 0;                    ///< rows handed to the sink
        qint64 skippedRows = 0;             ///< rows dropped by rule 2
        qint64 clampedRows = 0;             ///< rows handed over with coordinates moved (rule 1)
        bool hadHeader = false;             ///< the first row was a header line
        bool cancelled = false;             ///< the sink asked to stop

        bool ok() const { return !error && !cancelled; }
    };

    enum class HeaderLine { Without, With };

    static constexpr int maxKeptWarnings = 1000;
    static constexpr double numberLimit = 1e9;

    /// Called once per accepted row, in file order; the row is reused, copy what you keep.
    /// Return false to stop (ReadReport::cancelled).
    using AnnotationSink = std::function<bool(const AnnotationRow&)>;
    using ResultSink = std::function<bool(const ResultRow&)>;

    /// Streaming reads: memory stays flat whatever the file size.
    static ReadReport readAnnotations(CsvReader& csv, const AnnotationSink& sink);
    static ReadReport readResults(CsvReader& csv, const ResultSink& sink);
    /// Reads a whole file into `rows` (appended).
    static ReadReport readAnnotations(const QString& path, QList<AnnotationRow>& rows);
    static ReadReport readResults(const QString& path, QList<ResultRow>& rows);

    /// Row by row writing, for exporters that stream from the database.
    static void writeAnnotationHeader(CsvWriter& csv);
    static void writeAnnotation(CsvWriter& csv, const AnnotationRow& row);
    static void writeResultHeader(CsvWriter& csv);
    static void writeResult(CsvWriter& csv, const ResultRow& row);
    /// Whole-file writing. By default annotations have no header line (like the dataset's files)
    /// and results have one (like the authors' predict script). False, with `errorString` set,
    /// when the device refuses data.
    static bool writeAnnotations(QIODevice* device, const QList<AnnotationRow>& rows,
                                 HeaderLine header = HeaderLine::Without,
                                 QString* errorString = nullptr);
    static bool writeResults(QIODevice* device, const QList<ResultRow>& rows,
                             HeaderLine header = HeaderLine::With, QString* errorString = nullptr);

    /// Compares the size a row claims with the image's real size (displayed size, after EXIF
    /// orientation): a warning located at the disagreeing field of `row`, or nothing.
    static std::optional<CsvDiagnostic> checkImageSize(const AnnotationRow& row, int width,
                                                       int height, const QString& file);

    /// False for a path that could leave the folder it is relative to: empty, absolute ('/',
    /// '\', a Windows drive "C:"), or with a ".." segment ('/' and '\' both separate segments;
    /// a segment of only dots and spaces with two or more dots counts as "..", as Windows
    /// trims trailing dots and spaces), or with control characters.
    static bool isSafeRelativePath(QStringView path);
    /// The path with '\' separators turned into '/'.
    static QString normalizedImagePath(QStringView path);
};

} // namespace shelf

#include "eval_input.h"

#include "csv_reader.h"
#include "log.h"
#include "number_format.h"
#include "project_store.h"
#include "sku110k_csv.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cmath>

namespace shelf {

namespace {

// The first row's fields, lower-cased and trimmed; empty when the file cannot be read (the
// SKU-110K reader then reports why).
QStringList firstRow(const QString& path)
{
    CsvReader csv(path);
    CsvRow row;
    QStringList fields;
    if (!csv.next(row))
        return fields;
    for (qsizetype i = 0; i < row.size(); ++i)
        fields << row.text(i).trimmed().toLower();
    return fields;
}

bool isHeader(const QStringList& fields, std::initializer_list<const char*> columns)
{
    if (fields.size() != qsizetype(columns.size()))
        return false;
    qsizetype i = 0;
    for (const char* c : columns) {
        if (fields[i++] != QLatin1String(c))
            return false;
    }
    return true;
}

// A headed CSV whose columns are found by name.
class HeadedReader
{
    Q_DECLARE_TR_FUNCTIONS(shelf::EvalInput)

public:
    HeadedReader(const QString& path, EvalInput::ReadReport& report) : m_csv(path), m_report(report)
    {}

    // Reads the header; `scoreColumns` lists the accepted score column names, best first (empty:
    // no score is read).
    bool header(const QStringList& scoreColumns)
    {
        if (!m_csv.next(m_row))
            return finishError();
        for (qsizetype i = 0; i < m_row.size(); ++i)
            m_names << m_row.text(i).trimmed().toLower();
        m_image = column({QStringLiteral("image_name"), QStringLiteral("image_id")});
        m_x1 = column({QStringLiteral("x1")});
        m_y1 = column({QStringLiteral("y1")});
        m_x2 = column({QStringLiteral("x2")});
        m_y2 = column({QStringLiteral("y2")});
        m_class = column({QStringLiteral("class")});
        m_score = scoreColumns.isEmpty() ? -1 : column(scoreColumns);
        QString missing;
        if (m_image < 0)
            missing = QStringLiteral("image_name");
        else if (m_x1 < 0 || m_y1 < 0 || m_x2 < 0 || m_y2 < 0)
            missing = QStringLiteral("x1, y1, x2, y2");
        else if (!scoreColumns.isEmpty() && m_score < 0)
            missing = scoreColumns.join(QStringLiteral(" or "));
        if (missing.isEmpty())
            return true;
        return fail(m_row.line(), 1, tr("the header line has no column %1").arg(missing));
    }

    // Reads rows into `out` until the end or an error.
    void rows(EvalBoxSet& out)
    {
        while (m_csv.next(m_row)) {
            if (m_row.size() != m_names.size()) {
                const bool few = m_row.size() < m_names.size();
                fail(few ? m_row.endLine() : m_row.fieldLine(m_names.size()),
                     few ? m_row.endColumn() : m_row.fieldColumn(m_names.size()),
                     tr("expected %1 fields as in the header line, found %2")
                         .arg(m_names.size())
                         .arg(m_row.size()));
                return;
            }
            const QString image = Sku110kCsv::normalizedImagePath(m_row.text(m_image).trimmed());
            if (image.isEmpty()) {
                failField(m_image, tr("field '%1' is empty").arg(m_names[m_image]));
                return;
            }
            EvalBox box;
            if (!number(m_x1, box.box.x1) || !number(m_y1, box.box.y1) ||
                !number(m_x2, box.box.x2) || !number(m_y2, box.box.y2))
                return;
            if (m_score >= 0 && !number(m_score, box.score))
                return;
            if (box.box.x2 <= box.box.x1) {
                failField(m_x2, tr("field 'x2': x2 (%1) must be greater than x1 (%2)")
                                    .arg(box.box.x2)
                                    .arg(box.box.x1));
                return;
            }
            if (box.box.y2 <= box.box.y1) {
                failField(m_y2, tr("field 'y2': y2 (%1) must be greater than y1 (%2)")
                                    .arg(box.box.y2)
                                    .arg(box.box.y1));
                return;
            }
            if (m_class >= 0)
                box.className = m_row.text(m_class);
            out.add(image, box);
            ++m_report.rows;
        }
        finishError();
    }

private:
    int column(const QStringList& names) const
    {
        for (const QString& name : names) {
            const qsizetype i = m_names.indexOf(name);
            if (i >= 0)
                return int(i);
        }
        return -1;
    }

    bool number(int i, double& value)
    {
        const NumberError e = parseNumber(m_row.field(i), value);
        if (e == NumberError::None)
            return true;
        const QString text = m_row.text(i).left(40);
        if (e == NumberError::Empty)
            return failField(i, tr("field '%1' is empty").arg(m_names[i]));
        if (e == NumberError::NotFinite)
            return failField(i,
                             tr("field '%1': '%2' is not a finite number").arg(m_names[i], text));
        return failField(i, tr("field '%1': '%2' is not a number").arg(m_names[i], text));
    }

    bool failField(int i, const QString& message)
    {
        return fail(m_row.fieldLine(i), m_row.fieldColumn(i), message);
    }

    bool fail(qint64 line, qint64 column, const QString& message)
    {
        m_report.error = CsvDiagnostic{m_csv.sourceName(), line, column, message};
        return false;
    }

    // The reader's own error, or the empty file.
    bool finishError()
    {
        if (m_report.error)
            return false;
        if (m_csv.hasError())
            m_report.error = m_csv.error();
        else if (m_names.isEmpty())
            m_report.error = CsvDiagnostic{m_csv.sourceName(), 1, 1, tr("the file is empty")};
        return false;
    }

    CsvReader m_csv;
    EvalInput::ReadReport& m_report;
    CsvRow m_row;
    QStringList m_names;
    int m_image = -1, m_x1 = -1, m_y1 = -1, m_x2 = -1, m_y2 = -1, m_class = -1, m_score = -1;
};

void copyReport(const Sku110kCsv::ReadReport& from, EvalInput::ReadReport& to)
{
    to.error = from.error;
    to.warnings = from.warnings;
    to.rows = from.rows;
}

void logRead(const char* what, const QString& path, const EvalInput::ReadReport& report)
{
    const auto logger = moduleLogger("core");
    if (report.error)
        logger->warn("eval {}: {}", what, report.error->toString().toStdString());
    else
        logger->info("eval {}: {} boxes from {}", what, report.rows, path.toStdString());
}

} // namespace

void EvalBoxSet::add(const QString& image, const EvalBox& box)
{
    auto it = boxes.find(image);
    if (it == boxes.end()) {
        images.append(image);
        it = boxes.insert(image, {});
    }
    it->append(box);
}

qsizetype EvalBoxSet::boxCount() const
{
    qsizetype n = 0;
    for (const auto& list : boxes)
        n += list.size();
    return n;
}

EvalInput::ReadReport EvalInput::readTruth(const QString& path, EvalBoxSet& out)
{
    ReadReport report;
    const QStringList first = firstRow(path);
    const bool skuHeader = isHeader(
        first, {"image_name", "x1", "y1", "x2", "y2", "class", "image_width", "image_height"});
    if (!skuHeader && first.contains(QStringLiteral("image_name"))) {
        HeadedReader reader(path, report);
        if (reader.header({}))
            reader.rows(out);
    } else {
        CsvReader csv(path);
        copyReport(Sku110kCsv::readAnnotations(
                       csv,
                       [&](const Sku110kCsv::AnnotationRow& row) {
                           EvalBox box;
                           box.box = row.box;
                           box.className = row.className;
                           out.add(Sku110kCsv::normalizedImagePath(row.imageName), box);
                           return true;
                       }),
                   report);
    }
    logRead("truth", path, report);
    return report;
}

EvalInput::ReadReport EvalInput::readPredictions(const QString& path, EvalBoxSet& out)
{
    ReadReport report;
    const QStringList first = firstRow(path);
    const bool skuHeader =
        isHeader(first, {"image_id", "x1", "y1", "x2", "y2", "confidence", "hard_score"});
    const bool named =
        first.contains(QStringLiteral("image_name")) || first.contains(QStringLiteral("image_id"));
    if (!skuHeader && named) {
        HeadedReader reader(path, report);
        if (reader.header({QStringLiteral("score"), QStringLiteral("confidence")}))
            reader.rows(out);
    } else {
        CsvReader csv(path);
        copyReport(Sku110kCsv::readResults(
                       csv,
                       [&](const Sku110kCsv::ResultRow& row) {
                           EvalBox box;
                           box.box = row.box;
                           box.score = scoreOf(row.confidence, row.hardScore);
                           out.add(Sku110kCsv::normalizedImagePath(row.imageName), box);
                           return true;
                       }),
                   report);
    }
    logRead("predictions", path, report);
    return report;
}

QList<ImageEvalInput> EvalInput::join(const EvalBoxSet& truth, const EvalBoxSet& predictions,
                                      QStringList* unmatched)
{
    QList<ImageEvalInput> images;
    QHash<QString, qsizetype> index;
    // File name -> truth image; -1 when two truth images share it.
    QHash<QString, qsizetype> byFileName;
    for (const QString& name : truth.images) {
        index.insert(name, images.size());
        const QString file = QFileInfo(name).fileName();
        byFileName.insert(file, byFileName.contains(file) ? -1 : images.size());
        images.append({name, truth.boxes.value(name), {}});
    }
    for (const QString& name : predictions.images) {
        qsizetype i = index.value(name, -1);
        if (i < 0)
            i = byFileName.value(QFileInfo(name).fileName(), -1);
        if (i < 0) {
            if (unmatched)
                unmatched->append(name);
            i = images.size();
            index.insert(name, i);
            images.append({name, {}, {}});
        }
        images[i].detections += predictions.boxes.value(name);
    }
    return images;
}

QList<ImageEvalInput> EvalInput::fromProject(const ProjectStore& store, const QString& truthLayer,
                                             const QString& predictionLayer)
{
    QList<ImageEvalInput> images;
    QHash<qint64, qsizetype> index;
    for (const ImageRecord& image : store.images()) {
        index.insert(image.id, images.size());
        images.append({image.relativePath, {}, {}});
    }
    store.forEachAnnotation(truthLayer, [&](const Annotation& a) {
        const qsizetype i = index.value(a.imageId, -1);
        if (i >= 0 && isTruth(a))
            images[i].truths.append({a.box, 1.0, {}});
        return true;
    });
    store.forEachAnnotation(predictionLayer, [&](const Annotation& a) {
        const qsizetype i = index.value(a.imageId, -1);
        if (i >= 0 && isDetection(a))
            images[i].detections.append({a.box, scoreOf(a.confidence, a.hardScore), {}});
        return true;
    });
    return images;
}

bool EvalInput::isTruth(const Annotation& a)
{
    if (a.layer == layers::human)
        return a.state == ReviewState::Accepted;
    return a.state != ReviewState::Rejected;
}

double EvalInput::scoreOf(double confidence, double hardScore)
{
    if (confidence >= 0)
        return confidence;
    if (hardScore >= 0)
        return hardScore;
    return 1.0;
}

} // namespace shelf

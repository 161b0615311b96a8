#include "sku_catalog_csv.h"

#include "csv_reader.h"
#include "csv_writer.h"
#include "log.h"

#include <QHash>

#include <spdlog/spdlog.h>

#include <array>

namespace shelf {
namespace {

enum Column { SkuId, Name, Brand, Type, ShapeCol, Size, Flavor, ColumnCount };

constexpr std::array<const char*, ColumnCount> kColumns = {"sku_id", "name", "brand", "type",
                                                           "shape",  "size", "flavor"};

// The English display names of labels.cpp, which catalogs written by people use whatever the
// language of the app; index = enum value. test_sku_catalog checks them against labels.cpp.
constexpr std::array<const char*, 8> kShapeNames = {"",    "Bottle",         "Can", "Box", "Bag",
                                                    "Jar", "Handled bottle", "Pack"};
constexpr std::array<const char*, 8> kTypeNames = {"",        "Dairies",   "Liquors",
                                                   "Beers",   "Cosmetics", "Non-alcoholic drinks",
                                                   "Tobacco", "Seasonings"};

// Field text for a message: cut short so that junk cannot flood it, and on one line.
QString shown(const QString& text)
{
    constexpr qsizetype limit = 40;
    QString s = text;
    if (s.size() > limit)
        s = s.left(limit - 1) + QChar(0x2026);
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return s;
}

template <typename E>
std::optional<E> parseLabel(QStringView text, const std::array<const char*, 8>& english,
                            QString (*key)(E), QString (*displayName)(E))
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return E(0);
    for (int i = 1; i < int(english.size()); ++i) {
        const E value = E(i);
        if (t.compare(key(value), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1StringView(english[i]), Qt::CaseInsensitive) == 0 ||
            t.compare(displayName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename E> QString keyList(QString (*key)(E))
{
    QStringList keys;
    for (int i = 1; i < 8; ++i)
        keys << key(E(i));
    return keys.join(QLatin1String(", "));
}

void logResult(const CsvReader& csv, const SkuCatalogCsv::ReadReport& report)
{
    const auto logger = moduleLogger("core");
    if (report.error)
        logger->warn("SKU catalog: {}", report.error->toString().toStdString());
    else
        logger->info("SKU catalog: read {} entries from {}", report.rows,
                     csv.sourceName().toStdString());
}

} // namespace

SkuCatalogCsv::ReadReport SkuCatalogCsv::read(CsvReader& csv, const Sink& sink)
{
    ReadReport report;
    const auto fail = [&](qint64 line, qint64 column, const QString& message) {
        report.error = CsvDiagnostic{csv.sourceName(), line, column, message};
    };
    CsvRow row;
    if (!csv.next(row)) {
        if (csv.hasError())
            report.error = csv.error();
        else
            fail(1, 1,
                 tr("the file is empty (the first line must name the columns: %1)")
                     .arg(columns().join(QLatin1String(","))));
        logResult(csv, report);
        return report;
    }

    // The header: which field holds each known column.
    std::array<qsizetype, ColumnCount> at;
    at.fill(-1);
    for (qsizetype i = 0; i < row.size() && !report.error; ++i) {
        const QString name = row.text(i).trimmed();
        for (int c = 0; c < ColumnCount; ++c) {
            if (name.compare(QLatin1StringView(kColumns[c]), Qt::CaseInsensitive) != 0)
                continue;
            if (at[c] >= 0)
                fail(row.fieldLine(i), row.fieldColumn(i),
                     tr("column '%1' is named twice in the header (first in column %2)")
                         .arg(QLatin1StringView(kColumns[c]))
                         .arg(row.fieldColumn(at[c])));
            at[c] = i;
        }
    }
    if (!report.error && at[SkuId] < 0)
        fail(row.line(), 1,
             tr("missing required column 'sku_id': the first line must name the columns (%1)")
                 .arg(columns().join(QLatin1String(","))));
    const qsizetype fieldCount = row.size();

    QHash<QString, qint64> seen; // sku_id -> line, for the duplicate check
    SkuEntry entry;
    const auto text = [&](Column c) { return at[c] >= 0 ? row.text(at[c]) : QString(); };
    while (!report.error && csv.next(row)) {
        if (row.size() < fieldCount) {
            fail(row.endLine(), row.endColumn(),
                 tr("missing field: the header names %1 columns, this row has %2")
                     .arg(fieldCount)
                     .arg(row.size()));
            break;
        }
        if (row.size() > fieldCount) {
            fail(row.fieldLine(fieldCount), row.fieldColumn(fieldCount),
                 tr("unexpected field: the header names %1 columns, this row has %2")
                     .arg(fieldCount)
                     .arg(row.size()));
            break;
        }
        const auto failAt = [&](Column c, const QString& message) {
            fail(row.fieldLine(at[c]), row.fieldColumn(at[c]), message);
        };
        entry.skuId = text(SkuId).trimmed();
        if (entry.skuId.isEmpty()) {
            failAt(SkuId, tr("field 'sku_id' is empty"));
            break;
        }
        if (const auto it = seen.constFind(entry.skuId); it != seen.constEnd()) {
            failAt(SkuId,
                   tr("sku_id '%1' is already given on line %2").arg(shown(entry.skuId)).arg(*it));
            break;
        }
        seen.insert(entry.skuId, row.line());

        const QString typeText = text(Type);
        const auto type = parseType(typeText);
        if (!type) {
            failAt(Type,
                   tr("field 'type': unknown product type '%1' (expected one of %2, or empty)")
                       .arg(shown(typeText), keyList(&productTypeKey)));
            break;
        }
        const QString shapeText = text(ShapeCol);
        const auto shape = parseShape(shapeText);
        if (!shape) {
            failAt(ShapeCol, tr("field 'shape': unknown shape '%1' (expected one of %2, or empty)")
                                 .arg(shown(shapeText), keyList(&shapeKey)));
            break;
        }
        entry.type = *type;
        entry.shape = *shape;
        entry.name = text(Name);
        entry.brand = text(Brand);
        entry.size = text(Size);
        entry.flavor = text(Flavor);
        ++report.rows;
        if (!sink(entry, row.line())) {
            report.cancelled = true;
            break;
        }
    }
    if (!report.error && csv.hasError())
        report.error = csv.error();
    logResult(csv, report);
    return report;
}

SkuCatalogCsv::ReadReport SkuCatalogCsv::read(const QString& path, QList<SkuEntry>& entries)
{
    CsvReader csv(path);
    return read(csv, [&entries](const SkuEntry& entry, qint64) {
        entries.append(entry);
        return true;
    });
}

QStringList SkuCatalogCsv::columns()
{
    QStringList out;
    for (const char* c : kColumns)
        out << QLatin1StringView(c);
    return out;
}

void SkuCatalogCsv::writeHeader(CsvWriter& csv)
{
    for (const char* c : kColumns)
        csv.addField(c);
    csv.endRow();
}

void SkuCatalogCsv::writeEntry(CsvWriter& csv, const SkuEntry& entry)
{
    csv.addField(entry.skuId)
        .addField(entry.name)
        .addField(entry.brand)
        .addField(productTypeKey(entry.type))
        .addField(shapeKey(entry.shape))
        .addField(entry.size)
        .addField(entry.flavor);
    csv.endRow();
}

bool SkuCatalogCsv::write(QIODevice* device, const QList<SkuEntry>& entries, QString* errorString)
{
    CsvWriter csv(device);
    writeHeader(csv);
    for (const SkuEntry& entry : entries)
        writeEntry(csv, entry);
    const bool ok = csv.flush();
    if (!ok && errorString)
        *errorString = csv.errorString();
    return ok;
}

std::optional<Shape> SkuCatalogCsv::parseShape(QStringView text)
{
    return parseLabel<Shape>(text, kShapeNames, &shapeKey, &shapeDisplayName);
}

std::optional<ProductType> SkuCatalogCsv::parseType(QStringView text)
{
    return parseLabel<ProductType>(text, kTypeNames, &productTypeKey, &productTypeDisplayName);
}

} // namespace shelf

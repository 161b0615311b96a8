#pragma once

#include "csv_diagnostic.h"
#include "sku_entry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

class QIODevice;

namespace shelf {

class CsvReader;
class CsvWriter;

/// The SKU catalog CSV: `sku_id,name,brand,type,shape,size,flavor`, read into and written from
/// SkuEntry values. No project here: SkuCatalogImport puts a file into a store.
///
/// Reading: the first line is a header naming the columns, matched case-insensitively (surrounding
/// spaces ignored), in any order; sku_id is required, the other known columns are optional (empty
/// when absent), unknown columns are ignored. `type` and `shape` take the stable keys of labels.h
/// (`non_alcoholic_drinks`, `handled_bottle`), the English display names ("Non-alcoholic drinks",
/// "Handled bottle") or the display names of the current language, case-insensitively; empty
/// means none. sku_id loses surrounding spaces (a spreadsheet's stray blank must not make a second
/// SKU); other text is kept as written.
///
/// Errors stop the reading and name file:line:column: an empty file, invalid CSV (see CsvReader),
/// a header without sku_id or naming a column twice, a row with a different field count than the
/// header, an empty sku_id, an sku_id already given on an earlier line, an unknown type or shape.
/// Entries handed to a sink before an error stay handed: import inside a transaction.
///
/// Writing: the header above, then one row per entry with keys for type and shape, so a file we
/// write reads back to the same entries and is written again byte for byte.
class SkuCatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(shelf::SkuCatalogCsv)

public:
    struct ReadReport
    {
        std::optional<CsvDiagnostic> error; ///< what stopped the reading; none if it finished
        qint64 rows = 0;                    ///< entries handed to the sink
        bool cancelled = false;             ///< the sink asked to stop

        bool ok() const { return !error && !cancelled; }
    };

    /// Called once per entry, in file order, with the line it starts on. Return false to stop.
    using Sink = std::function<bool(const SkuEntry& entry, qint64 line)>;

    /// Streaming read: memory holds the ids seen so far (for the duplicate check), not the file.
    static ReadReport read(CsvReader& csv, const Sink& sink);
    /// Reads a whole file into `entries` (appended).
    static ReadReport read(const QString& path, QList<SkuEntry>& entries);

    /// The column names, in the order write() uses.
    static QStringList columns();
    static void writeHeader(CsvWriter& csv);
    static void writeEntry(CsvWriter& csv, const SkuEntry& entry);
    /// Header and entries; false, with `errorString` set, when the device refuses data.
    static bool write(QIODevice* device, const QList<SkuEntry>& entries,
                      QString* errorString = nullptr);

    /// A `shape` or `type` cell as read() accepts it; nullopt when it names nothing known.
    static std::optional<Shape> parseShape(QStringView text);
    static std::optional<ProductType> parseType(QStringView text);
};

} // namespace shelf

#pragma once

#include "csv_diagnostic.h"

#include <QCoreApplication>

#include <optional>

namespace shelf {

class ProjectStore;

/// Imports a SKU catalog CSV (SkuCatalogCsv) into a project's catalog. All or nothing: the file
/// goes in one ProjectStore::Transaction, entries are upserted (an sku_id already in the project
/// has its attributes replaced), and any error leaves the catalog as it was.
/// Thread: the store's thread; reads the file while it writes, so memory stays flat.
class SkuCatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(shelf::SkuCatalogImport)
public:
    struct Report
    {
        std::optional<CsvDiagnostic> error; ///< what stopped the import; located in the file
        qint64 added = 0;                   ///< new sku ids
        qint64 updated = 0;                 ///< sku ids that were already in the catalog
        bool ok() const { return !error; }
        /// One line for people: the error as file:line:column: message, or the counts.
        QString summary() const;
    };

    static Report importFile(ProjectStore& store, const QString& file);
};

} // namespace shelf

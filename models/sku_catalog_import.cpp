#include "sku_catalog_import.h"

#include "csv_reader.h"
#include "log.h"
#include "project_store.h"
#include "sku_catalog_csv.h"
#include "store_error.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace shelf {

QString SkuCatalogImport::Report::summary() const
{
    if (error)
        return SkuCatalogImport::tr("The catalog was not imported: %1").arg(error->toString());
    return SkuCatalogImport::tr("%n SKU(s) added", nullptr, int(added)) + QLatin1String(", ") +
           SkuCatalogImport::tr("%n SKU(s) updated", nullptr, int(updated));
}

SkuCatalogImport::Report SkuCatalogImport::importFile(ProjectStore& store, const QString& file)
{
    Report report;
    try {
        QSet<QString> existing;
        for (const SkuEntry& sku : store.skus())
            existing.insert(sku.skuId);
        ProjectStore::Transaction tx(store);
        CsvReader csv(file);
        const SkuCatalogCsv::ReadReport read =
            SkuCatalogCsv::read(csv, [&](const SkuEntry& entry, qint64) {
                store.upsertSku(entry);
                ++(existing.contains(entry.skuId) ? report.updated : report.added);
                return true;
            });
        if (read.error) {
            report = Report{read.error, 0, 0};
            return report; // the transaction rolls back
        }
        tx.commit();
    } catch (const StoreError& e) {
        report = Report{CsvDiagnostic{file, 0, 0, e.message()}, 0, 0};
        return report;
    }
    moduleLogger("core")->info("SKU catalog: {} added, {} updated from {}", report.added,
                               report.updated, file.toStdString());
    return report;
}

} // namespace shelf

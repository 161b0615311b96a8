#pragma once

#include "csv_diagnostic.h"
#include "labels.h"
#include "sku110k_csv.h"

#include <QCoreApplication>

namespace shelf {

class ProjectStore;

/// Imports SKU-110K CSV files into a project: the annotations format into a human layer
/// (accepted boxes), the authors' results format into a prediction layer (proposed boxes with
/// their scores). All or nothing: the file goes in one transaction, and any error (bad row,
/// unknown image) leaves the project unchanged.
class Sku110kImport
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Sku110kImport)
public:
    struct Report
    {
        Sku110kCsv::ReadReport read;
        std::optional<CsvDiagnostic> error; ///< what stopped the import (read errors included)
        QList<CsvDiagnostic> warnings;      ///< reading warnings, then size disagreements
        qint64 imported = 0;
        qint64 images = 0; ///< images that received boxes
        bool ok() const { return !error; }
    };

    /// `class` values that name an RP2K shape set the shape; "object" and others set nothing but
    /// a class that is neither is kept as the SKU id (datasets labelled by SKU).
    static Report importAnnotations(ProjectStore& store, const QString& file,
                                    const QString& layer = layers::human);
    static Report importResults(ProjectStore& store, const QString& file,
                                const QString& layer = layers::em);
};

} // namespace shelf

#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `export PROJECT --format sku110k|sku110k-results|rp2k|coco|yolo|voc [--layer NAME]
/// [--state accepted|all] [--images done|all] [--class object|shape|sku] [--split SHARE]
/// [--split-by box|image] [--seed N] [--check] --out PATH [--force]`. Prints the validation
/// report as warnings, then writes through DatasetExporter (sku110k-results: Sku110kExport).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int runResults(const QCommandLineParser& parser);
};

} // namespace shelf::cli

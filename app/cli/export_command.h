#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `export PROJECT --format sku110k|sku110k-results [--layer NAME] [--state accepted|all]
/// --out FILE`
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

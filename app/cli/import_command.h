#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `import PROJECT --format sku110k|sku110k-results|coco|yolo [--layer NAME] FILE|FOLDER`
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int runDataset(const QString& project, const QString& source, const QString& format,
                   const QString& layer);
};

} // namespace shelf::cli

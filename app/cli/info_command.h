#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `info PROJECT [--json]`: images, boxes per layer and state, missing images.
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

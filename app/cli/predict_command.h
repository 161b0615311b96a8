#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `predict (--project P | IMAGE...) [--model FILE] [--device cpu|cuda|auto] [--merge M]
/// [--hard-score-rate R] [--tile] [--shard I/N] [--out FILE] [--quiet]`: runs the detector.
class PredictCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::PredictCommand)
public:
    QString name() const override { return QStringLiteral("predict"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

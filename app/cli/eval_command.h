#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `eval --truth FILE --pred FILE [--pred FILE ...]` or
/// `eval --project P [--truth-layer L] --pred-layer L [--pred-layer L ...]`: the SKU-110K table
/// (AP, AP.50, AP.75, AR300, MAE, RMSE), one column per set of detections, or JSON.
class EvalCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::EvalCommand)
public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

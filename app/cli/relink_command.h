#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `relink PROJECT --folder DIR`: finds images that moved and stores their new paths.
class RelinkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::RelinkCommand)
public:
    QString name() const override { return QStringLiteral("relink"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

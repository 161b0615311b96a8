#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `init PROJECT --images DIR`: creates a project from a folder of images.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace shelf::cli

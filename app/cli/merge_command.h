#pragma once

#include "cli_command.h"

namespace shelf::cli {

/// `merge --candidates FILE --image-size WxH --method M [--hard-score-rate R] --out FILE [--stats]`
/// and `merge --project P --from raw --to em --method M`: runs NMS or the EM-Merger.
class MergeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::MergeCommand)
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int mergeFile(const QCommandLineParser& parser, const struct MergeSettings& settings);
    int mergeProject(const QCommandLineParser& parser, const struct MergeSettings& settings);
};

} // namespace shelf::cli

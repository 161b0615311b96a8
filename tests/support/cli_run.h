#pragma once

// Runs shelflabel-cli (SHELF_CLI, the path CMake gives the CLI tests) as a user would and keeps
// what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace shelf::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString& workingDirectory, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(SHELF_CLI), args);
    // Generous: this machine stalls now and then.
    if (!p.waitForFinished(120000))
        qFatal("shelflabel-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace shelf::test

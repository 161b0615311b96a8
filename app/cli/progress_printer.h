#pragma once

#include <QElapsedTimer>
#include <QTextStream>

namespace shelf::cli {

/// Progress of a batch on stderr: a bar with an ETA, redrawn in place, on a terminal; one plain
/// line per item when stderr is a file or a pipe (logs of cluster jobs); nothing when quiet.
class ProgressPrinter
{
public:
    ProgressPrinter(QTextStream& stream, int total, bool quiet);
    void step(int done, const QString& item);
    void finish();

private:
    QTextStream& m_stream;
    int m_total;
    bool m_quiet;
    bool m_terminal;
    QElapsedTimer m_timer;
};

} // namespace shelf::cli

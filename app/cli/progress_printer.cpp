#include "progress_printer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

namespace shelf::cli {

ProgressPrinter::ProgressPrinter(QTextStream& stream, int total, bool quiet)
    : m_stream(stream), m_total(total), m_quiet(quiet), m_terminal(isatty(STDERR_FILENO) == 1)
{
    m_timer.start();
}

void ProgressPrinter::step(int done, const QString& item)
{
    if (m_quiet)
        return;
    const double elapsed = m_timer.elapsed() / 1000.0;
    const double eta = done > 0 ? elapsed / done * (m_total - done) : 0;
    const QString etaText =
        QStringLiteral("%1:%2").arg(int(eta) / 60).arg(int(eta) % 60, 2, 10, QLatin1Char('0'));
    if (m_terminal) {
        constexpr int kWidth = 30;
        const int filled = m_total > 0 ? kWidth * done / m_total : kWidth;
        m_stream
            << '\r' << '[' << QString(filled, QLatin1Char('#'))
            << QString(kWidth - filled, QLatin1Char('.')) << "] " << done << '/' << m_total << "  "
            << QCoreApplication::translate("shelf::cli::ProgressPrinter", "ETA %1").arg(etaText)
            << "  " << QFileInfo(item).fileName().left(40) << "    ";
    } else {
        m_stream
            << done << '/' << m_total << ' ' << item << ' '
            << QCoreApplication::translate("shelf::cli::ProgressPrinter", "(ETA %1)").arg(etaText)
            << '\n';
    }
    m_stream.flush();
}

void ProgressPrinter::finish()
{
    if (!m_quiet && m_terminal)
        m_stream << '\n';
    m_stream.flush();
}

} // namespace shelf::cli

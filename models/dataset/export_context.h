#pragma once

#include <QThread>

#include <atomic>
#include <functional>

namespace shelf {

/// What a dataset writer shares with the exporter that runs it: the cancel flag and the progress
/// count. step() may be called from any thread (RP2K crops run on a pool); the progress callback
/// only ever runs on the thread that made the context, so a dialog gets one caller to queue from.
class ExportContext
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ExportContext(const std::atomic_bool& cancel, Progress progress, qint64 total)
        : m_cancel(cancel), m_progress(std::move(progress)), m_total(total),
          m_owner(QThread::currentThread())
    {}

    bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }

    /// Counts `n` more units done; reports them when called on the owning thread.
    void step(qint64 n = 1)
    {
        m_done.fetch_add(n, std::memory_order_relaxed);
        if (QThread::currentThread() == m_owner)
            report();
    }
    /// Reports the current count (the owner calls it while it waits for a pool).
    void report() const
    {
        if (m_progress)
            m_progress(done(), m_total);
    }

private:
    const std::atomic_bool& m_cancel;
    Progress m_progress;
    qint64 m_total = 0;
    std::atomic<qint64> m_done{0};
    QThread* m_owner = nullptr;
};

} // namespace shelf

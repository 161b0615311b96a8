#pragma once

#include "detector_model.h"
#include "inference_worker.h"
#include "model_info.h"
#include "prediction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace shelf {

/// Runs detection off the UI thread: one long-lived worker thread, owned by the service, holds
/// the loaded model and works through a queue of jobs in order.
///
/// Contract: call everything from the thread that made the service (the UI thread); signals
/// arrive there, carrying values. Each submit() returns a job id; every signal names its job.
/// cancel() takes effect between images and between tiles; results of a cancelled job that
/// were already on their way are dropped here, so a receiver never sees a stale result after
/// cancelling. Every job ends with jobFinished (cancelled or not). Errors come as signals, never
/// as exceptions: modelLoadFailed, imageFailed (one image), jobFailed (the job, e.g. no model).
/// The destructor shuts down: cancels all, interrupts, quits and joins the thread.
class InferenceService : public QObject
{
    Q_OBJECT
public:
    explicit InferenceService(QObject* parent = nullptr);
    ~InferenceService() override;

    /// Queues loading a model (replacing the current one once jobs queued before it are done).
    void loadModel(const QString& path, const ModelOptions& options = {});
    bool hasModel() const { return m_hasModel; }
    /// The loaded model (path, classes, device); valid when hasModel().
    ModelInfo modelInfo() const { return m_modelInfo; }

    /// Queues images; returns the job id (never 0).
    quint64 submit(const QList<InferenceImage>& images, const PredictOptions& options = {});
    void cancel(quint64 jobId);
    void cancelAll();
    /// Jobs submitted and not finished yet.
    int pendingJobs() const { return int(m_jobs.size()); }
    /// Images the worker has finished (their signals queued) since the service started; any
    /// thread may read it.
    int imagesProcessed() const { return m_processed->load(); }

    /// Stops the worker thread (idempotent; the destructor calls it).
    void shutdown();

Q_SIGNALS:
    void modelLoaded(const shelf::ModelInfo& info);
    void modelLoadFailed(const QString& message);
    void jobStarted(quint64 jobId, int images);
    void progress(quint64 jobId, int done, int total);
    void imageReady(quint64 jobId, qint64 imageId, const shelf::ImagePrediction& prediction);
    void imageFailed(quint64 jobId, qint64 imageId, const QString& message);
    void jobFailed(quint64 jobId, const QString& message);
    void jobFinished(quint64 jobId, bool cancelled);

private:
    bool isLive(quint64 jobId) const;

    QThread m_thread;
    std::unique_ptr<InferenceWorker> m_worker;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_int> m_processed = std::make_shared<std::atomic_int>(0);
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_jobs;
    quint64 m_nextJob = 1;
    bool m_hasModel = false;
    ModelInfo m_modelInfo;
};

} // namespace shelf

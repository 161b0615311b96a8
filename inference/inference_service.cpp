#include "inference_service.h"

namespace shelf {

InferenceService::InferenceService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<shelf::ModelInfo>();
    qRegisterMetaType<shelf::ImagePrediction>();
    m_thread.setObjectName(QStringLiteral("shelf-inference"));
    m_worker = std::make_unique<InferenceWorker>(m_stop, m_processed);
    m_worker->moveToThread(&m_thread);

    // Worker signals cross to this thread queued; only live jobs are passed on.
    InferenceWorker* w = m_worker.get();
    connect(w, &InferenceWorker::modelLoaded, this, [this](const ModelInfo& info) {
        m_hasModel = true;
        m_modelInfo = info;
        Q_EMIT modelLoaded(info);
    });
    connect(w, &InferenceWorker::modelLoadFailed, this, [this](const QString& message) {
        m_hasModel = false;
        m_modelInfo = {};
        Q_EMIT modelLoadFailed(message);
    });
    connect(w, &InferenceWorker::jobStarted, this, [this](quint64 id, int images) {
        if (isLive(id))
            Q_EMIT jobStarted(id, images);
    });
    connect(w, &InferenceWorker::progress, this, [this](quint64 id, int done, int total) {
        if (isLive(id))
            Q_EMIT progress(id, done, total);
    });
    connect(w, &InferenceWorker::imageReady, this,
            [this](quint64 id, qint64 imageId, const ImagePrediction& prediction) {
                if (isLive(id))
                    Q_EMIT imageReady(id, imageId, prediction);
            });
    connect(w, &InferenceWorker::imageFailed, this,
            [this](quint64 id, qint64 imageId, const QString& message) {
                if (isLive(id))
                    Q_EMIT imageFailed(id, imageId, message);
            });
    connect(w, &InferenceWorker::jobFailed, this, [this](quint64 id, const QString& message) {
        if (isLive(id))
            Q_EMIT jobFailed(id, message);
    });
    connect(w, &InferenceWorker::jobFinished, this, [this](quint64 id, bool cancelled) {
        const auto flag = m_jobs.take(id);
        Q_EMIT jobFinished(id, cancelled || (flag && flag->load()));
    });
    m_thread.start();
}

InferenceService::~InferenceService()
{
    shutdown();
}

void InferenceService::shutdown()
{
    if (!m_worker)
        return;
    cancelAll();
    m_stop->store(true);
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    // The thread has ended, so the worker (and the model it owns) can go from here.
    m_worker.reset();
    m_jobs.clear();
}

void InferenceService::loadModel(const QString& path, const ModelOptions& options)
{
    if (!m_worker)
        return;
    InferenceWorker* w = m_worker.get();
    QMetaObject::invokeMethod(
        w, [w, path, options] { w->loadModel(path, options); }, Qt::QueuedConnection);
}

quint64 InferenceService::submit(const QList<InferenceImage>& images, const PredictOptions& options)
{
    InferenceJob job;
    job.id = m_nextJob++;
    job.images = images;
    job.options = options;
    job.cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_worker) {
        Q_EMIT jobFailed(job.id, tr("The inference service has shut down."));
        Q_EMIT jobFinished(job.id, true);
        return job.id;
    }
    m_jobs.insert(job.id, job.cancel);
    InferenceWorker* w = m_worker.get();
    QMetaObject::invokeMethod(
        w, [w, job] { w->run(job); }, Qt::QueuedConnection);
    return job.id;
}

void InferenceService::cancel(quint64 jobId)
{
    if (const auto flag = m_jobs.value(jobId))
        flag->store(true);
}

void InferenceService::cancelAll()
{
    for (const auto& flag : std::as_const(m_jobs))
        flag->store(true);
}

bool InferenceService::isLive(quint64 jobId) const
{
    const auto flag = m_jobs.value(jobId);
    return flag && !flag->load();
}

} // namespace shelf

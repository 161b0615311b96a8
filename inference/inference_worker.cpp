#include "inference_worker.h"

#include "log.h"
#include "predictor.h"

#include <QThread>

namespace shelf {

InferenceWorker::InferenceWorker(std::shared_ptr<const std::atomic_bool> stop,
                                 std::shared_ptr<std::atomic_int> processed)
    : m_stop(std::move(stop)), m_processed(std::move(processed))
{}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::loadModel(const QString& path, const ModelOptions& options)
{
    // The old model goes first: two models in memory at once could be too many on a GPU.
    m_predictor.reset();
    m_model.reset();
    DetectorModel::LoadResult loaded = DetectorModel::load(path, options);
    if (!loaded.model) {
        moduleLogger("inference")->warn("{}", loaded.error.toStdString());
        Q_EMIT modelLoadFailed(loaded.error);
        return;
    }
    m_model = std::move(loaded.model);
    m_predictor = std::make_unique<Predictor>(*m_model);
    Q_EMIT modelLoaded(m_model->info());
}

void InferenceWorker::run(const InferenceJob& job)
{
    const auto cancelled = [this, &job] {
        return job.cancel->load() || m_stop->load() ||
               QThread::currentThread()->isInterruptionRequested();
    };
    const int total = int(job.images.size());
    if (cancelled()) {
        Q_EMIT jobFinished(job.id, true);
        return;
    }
    if (!m_predictor) {
        Q_EMIT jobFailed(job.id, tr("No detector model is loaded."));
        Q_EMIT jobFinished(job.id, false);
        return;
    }
    Q_EMIT jobStarted(job.id, total);
    int done = 0;
    for (const InferenceImage& image : job.images) {
        if (cancelled())
            break;
        ImagePrediction prediction = m_predictor->predict(image.path, job.options, cancelled);
        if (prediction.cancelled)
            break;
        ++done;
        if (!prediction.error.isEmpty())
            Q_EMIT imageFailed(job.id, image.imageId, prediction.error);
        else
            Q_EMIT imageReady(job.id, image.imageId, prediction);
        Q_EMIT progress(job.id, done, total);
        // Counted once its signals are queued, so that a reader of the count knows they are.
        m_processed->fetch_add(1);
    }
    Q_EMIT jobFinished(job.id, done < total);
}

} // namespace shelf

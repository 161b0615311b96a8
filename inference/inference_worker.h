#pragma once

#include "detector_model.h"
#include "model_info.h"
#include "prediction.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace shelf {

class Predictor;

/// One image of a job: the project's image id (0 outside a project) and its file.
struct InferenceImage
{
    qint64 imageId = 0;
    QString path;
};

/// A queued request of the InferenceService: a value handed to the worker thread.
struct InferenceJob
{
    quint64 id = 0;
    QList<InferenceImage> images;
    PredictOptions options;
    std::shared_ptr<std::atomic_bool> cancel; ///< set by the service, read by the worker
};

/// The object that lives on the service's worker thread and owns the loaded model. Its functions
/// run on that thread only (the service posts them); it reports through queued signals carrying
/// values. Cancellation is polled between images and between tiles.
class InferenceWorker : public QObject
{
    Q_OBJECT
public:
    /// `stop` ends every job (shutdown); `processed` counts images done, for the service.
    InferenceWorker(std::shared_ptr<const std::atomic_bool> stop,
                    std::shared_ptr<std::atomic_int> processed);
    ~InferenceWorker() override;

    void loadModel(const QString& path, const ModelOptions& options);
    void run(const InferenceJob& job);

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
    std::shared_ptr<const std::atomic_bool> m_stop;
    std::shared_ptr<std::atomic_int> m_processed;
    std::unique_ptr<DetectorModel> m_model;
    std::unique_ptr<Predictor> m_predictor;
};

} // namespace shelf

#include "pre_annotation_controller.h"

#include "bundled_resources.h"
#include "detector_model.h"
#include "inference_service.h"
#include "log.h"
#include "main_window.h"
#include "pre_annotation_bar.h"
#include "pre_annotation_writer.h"
#include "project_document.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace shelf {
namespace {
const QString kPendingKey = QStringLiteral("preannotate_pending");
} // namespace

PreAnnotationController::PreAnnotationController(MainWindow* window, QObject* parent)
    : QObject(parent), m_window(window), m_service(new InferenceService(this)),
      m_writer(new PreAnnotationWriter(this)), m_settings(DetectorSettings::load(QSettings()))
{
    // Known before any model loads, so that Preferences can say whether CUDA is there.
    m_status.cudaAvailable = DetectorModel::cudaAvailable();
    connect(window, &MainWindow::preAnnotateRequested, this, &PreAnnotationController::start);
    connect(window, &MainWindow::modelChosen, this, [this](const QString& path) {
        DetectorSettings settings = m_settings;
        settings.modelPath = path;
        QSettings stored;
        settings.save(stored);
        applySettings(settings);
    });
    connect(window, &MainWindow::detectorSettingsChanged, this,
            &PreAnnotationController::applySettings);
    connect(window->preAnnotationBar(), &PreAnnotationBar::cancelRequested, this,
            &PreAnnotationController::cancel);
    connect(m_service, &InferenceService::modelLoaded, this,
            &PreAnnotationController::onModelLoaded);
    connect(m_service, &InferenceService::modelLoadFailed, this,
            &PreAnnotationController::onModelLoadFailed);
    connect(m_service, &InferenceService::imageReady, this, &PreAnnotationController::onImageReady);
    connect(m_service, &InferenceService::imageFailed, this,
            [this](quint64 job, qint64 imageId, const QString& error) {
                if (job != m_job)
                    return;
                moduleLogger("app")->warn("pre-annotation of image {}: {}", imageId,
                                          error.toStdString());
                m_pending.removeAll(imageId);
                m_window->preAnnotationBar()->setProgress(++m_done, m_total);
                savePending();
            });
    connect(m_service, &InferenceService::jobFailed, this, [this](quint64 job, const QString& e) {
        if (job == m_job)
            message(tr("Pre-annotation failed: %1").arg(e));
    });
    connect(m_service, &InferenceService::jobFinished, this, [this](quint64 job, bool cancelled) {
        if (job != m_job)
            return;
        // The run ends once the writer has stored what the model sent before it finished.
        m_finishing = true;
        m_finishCancelled = cancelled;
        finishRun();
    });
    connect(m_writer, &PreAnnotationWriter::imageWritten, this,
            &PreAnnotationController::onImageWritten);
    connect(m_writer, &PreAnnotationWriter::idle, this, &PreAnnotationController::finishRun);
}

PreAnnotationController::~PreAnnotationController()
{
    m_service->shutdown();
}

void PreAnnotationController::message(const QString& text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

PredictOptions PreAnnotationController::predictOptions(const DetectorSettings& settings)
{
    PredictOptions options;
    using Merge = DetectorSettings::Merge;
    options.merge.nms = settings.merge == Merge::Both || settings.merge == Merge::Nms;
    if (settings.merge == Merge::Nms)
        options.merge.em.reset();
    else
        options.merge.em = settings.merge == Merge::EmReference ? merge::Method::EmReference
                                                                : merge::Method::EmDefault;
    options.hardScoreRate = settings.hardScoreRate;
    options.scoreThreshold = settings.scoreThreshold; // unset: the model's metadata decides
    options.mergeOptions.nms_iou_threshold = settings.nmsIouThreshold;
    if (!settings.boxVoting)
        options.mergeOptions.box_voting_iou = 0.0; // else the merge engine's default per method
    return options;
}

ModelOptions PreAnnotationController::modelOptions(const DetectorSettings& settings)
{
    ModelOptions options;
    switch (settings.device) {
    case DetectorSettings::Device::Auto:
        options.device = DeviceRequest::Auto;
        break;
    case DetectorSettings::Device::Cpu:
        options.device = DeviceRequest::Cpu;
        break;
    case DetectorSettings::Device::Cuda:
        options.device = DeviceRequest::Cuda;
        break;
    }
    return options;
}

void PreAnnotationController::loadDefaultModel()
{
    QString path = m_settings.modelPath;
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        message(tr("The model file %1 is gone; using the bundled detector.")
                    .arg(QDir::toNativeSeparators(path)));
        path.clear();
    }
    if (path.isEmpty())
        path = BundledResources::defaultModel();
    if (path.isEmpty()) {
        message(tr("No detector model: choose one in Edit > Preferences."));
        return;
    }
    load(path, false);
}

void PreAnnotationController::applySettings(const DetectorSettings& settings)
{
    const DetectorSettings before = m_settings;
    m_settings = settings;
    const bool sameModel = settings.modelPath == before.modelPath &&
                           settings.device == before.device &&
                           (m_service->hasModel() || !m_loads.isEmpty());
    if (sameModel)
        return;
    const QString path =
        settings.modelPath.isEmpty() ? BundledResources::defaultModel() : settings.modelPath;
    if (path.isEmpty()) {
        message(tr("No detector model: choose one in Edit > Preferences."));
        return;
    }
    load(path, true);
}

void PreAnnotationController::load(const QString& path, bool reportFailure)
{
    m_loads.append(reportFailure);
    m_service->loadModel(path, modelOptions(m_settings));
}

void PreAnnotationController::onModelLoaded(const ModelInfo& info)
{
    if (!m_loads.isEmpty())
        m_loads.removeFirst();
    DetectorStatus status = m_status;
    status.model = info.name;
    status.device = info.device;
    status.error.clear();
    status.modelScoreThreshold = info.scoreThreshold;
    status.cudaAvailable = DetectorModel::cudaAvailable();
    setStatus(status);
    QString text = tr("Detector %1 ready on %2").arg(info.name, info.device);
    for (const QString& note : info.notes)
        text += QLatin1Char(' ') + note;
    message(text);
}

void PreAnnotationController::onModelLoadFailed(const QString& error)
{
    const bool report = !m_loads.isEmpty() && m_loads.takeFirst();
    DetectorStatus status = m_status;
    status.model.clear();
    status.device.clear();
    status.modelScoreThreshold.reset();
    status.error = error;
    setStatus(status);
    message(tr("Detector not loaded: %1").arg(error));
    if (report) {
        // Not exec(): the window keeps working (and a test keeps running) while it is shown.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Detector not loaded"),
                                    tr("The detector model could not be loaded.\n\n%1").arg(error),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("modelLoadError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void PreAnnotationController::setStatus(const DetectorStatus& status)
{
    m_status = status;
    m_window->preAnnotationBar()->setDetectorStatus(status);
    Q_EMIT detectorStatusChanged(status);
}

void PreAnnotationController::projectOpened()
{
    ProjectDocument* document = m_window->document();
    if (!document)
        return;
    QList<qint64> pending;
    const QJsonArray saved =
        QJsonDocument::fromJson(document->store().setting(kPendingKey).toUtf8()).array();
    for (const QJsonValue& v : saved)
        pending << qint64(v.toDouble());
    if (!pending.isEmpty()) {
        message(tr("Resuming the interrupted pre-annotation of %n image(s).", nullptr,
                   int(pending.size())));
        start(pending);
    }
}

void PreAnnotationController::start(const QList<qint64>& imageIds)
{
    ProjectDocument* document = m_window->document();
    if (!document || imageIds.isEmpty())
        return;
    if (m_job != 0)
        m_service->cancel(m_job);
    m_finishing = false;
    // A load still on its way counts: loading twice would pay for the warm-up twice.
    if (!m_service->hasModel() && m_loads.isEmpty())
        loadDefaultModel();
    QList<InferenceImage> images;
    for (qint64 id : imageIds) {
        const ImageRecord image = document->image(id);
        if (image.id != 0)
            images.append({id, document->store().absoluteImagePath(image)});
    }
    m_pending = imageIds;
    m_total = int(images.size());
    m_done = 0;
    savePending();
    m_job = m_service->submit(images, predictOptions(m_settings));
    m_window->preAnnotationBar()->setProgress(0, m_total);
}

void PreAnnotationController::cancel()
{
    if (m_job != 0)
        m_service->cancel(m_job);
}

void PreAnnotationController::savePending()
{
    if (ProjectDocument* document = m_window->document()) {
        QJsonArray array;
        for (qint64 id : std::as_const(m_pending))
            array << double(id);
        document->store().setSetting(
            kPendingKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
}

void PreAnnotationController::onImageReady(quint64 job, qint64 imageId,
                                           const ImagePrediction& prediction)
{
    ProjectDocument* document = m_window->document();
    if (job != m_job || !document)
        return;
    m_writer->enqueue(document, job, imageId, prediction);
}

void PreAnnotationController::onImageWritten(quint64 job, qint64 imageId, const QString& error)
{
    if (!error.isEmpty()) {
        moduleLogger("app")->warn("pre-annotation of image {} not stored: {}", imageId,
                                  error.toStdString());
        message(error);
    }
    if (job != m_job)
        return;
    m_pending.removeAll(imageId);
    savePending();
    m_window->preAnnotationBar()->setProgress(++m_done, m_total);
}

void PreAnnotationController::finishRun()
{
    if (!m_finishing || !m_writer->isIdle())
        return;
    m_finishing = false;
    m_job = 0;
    m_window->preAnnotationBar()->finish();
    message(m_finishCancelled
                ? tr("Pre-annotation cancelled; %n image(s) left.", nullptr, int(m_pending.size()))
                : tr("Pre-annotated %n image(s).", nullptr, m_done));
    Q_EMIT runFinished(m_finishCancelled);
}

} // namespace shelf

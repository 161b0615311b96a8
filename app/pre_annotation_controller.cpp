#include "pre_annotation_controller.h"

#include "add_annotations_command.h"
#include "bundled_resources.h"
#include "inference_service.h"
#include "log.h"
#include "main_window.h"
#include "pre_annotation_bar.h"
#include "prediction_writer.h"
#include "project_document.h"
#include "remove_annotations_command.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStatusBar>

namespace shelf {
namespace {
const QString kPendingKey = QStringLiteral("preannotate_pending");
const QString kModelKey = QStringLiteral("model/path");
} // namespace

PreAnnotationController::PreAnnotationController(MainWindow* window, QObject* parent)
    : QObject(parent), m_window(window), m_service(new InferenceService(this))
{
    connect(window, &MainWindow::preAnnotateRequested, this, &PreAnnotationController::start);
    connect(window, &MainWindow::modelChosen, this, [this](const QString& path) {
        QSettings().setValue(kModelKey, path);
        m_service->loadModel(path);
    });
    connect(window->preAnnotationBar(), &PreAnnotationBar::cancelRequested, this,
            &PreAnnotationController::cancel);
    connect(m_service, &InferenceService::modelLoaded, this, [this](const ModelInfo& info) {
        message(tr("Detector %1 ready on %2").arg(info.name, info.device));
    });
    connect(m_service, &InferenceService::modelLoadFailed, this,
            [this](const QString& error) { message(tr("Detector not loaded: %1").arg(error)); });
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
        m_job = 0;
        m_window->preAnnotationBar()->finish();
        message(cancelled ? tr("Pre-annotation cancelled; %n image(s) left.", nullptr,
                               int(m_pending.size()))
                          : tr("Pre-annotated %n image(s).", nullptr, m_done));
        Q_EMIT runFinished(cancelled);
    });
}

PreAnnotationController::~PreAnnotationController()
{
    m_service->shutdown();
}

void PreAnnotationController::message(const QString& text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

void PreAnnotationController::loadDefaultModel()
{
    QString path = QSettings().value(kModelKey).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = BundledResources::defaultModel();
    if (path.isEmpty()) {
        message(tr("No detector model: choose one in Review > Choose Detector Model."));
        return;
    }
    m_service->loadModel(path);
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
    if (!m_service->hasModel() && m_service->pendingJobs() == 0)
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
    PredictOptions options; // nms and em, the hard score rate of the contract
    m_job = m_service->submit(images, options);
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
    QUndoStack* stack = document->undoStack();
    QString error;
    auto layers = PredictionWriter::makeCommand(document, imageId, prediction, &error);
    if (!layers) {
        message(error);
    } else {
        stack->beginMacro(tr("Pre-annotate %1").arg(document->image(imageId).relativePath));
        stack->push(layers.release());
        // The merged boxes become the annotator's proposals, replacing the model's earlier ones.
        QList<qint64> stale;
        for (const Annotation& a : document->annotations(imageId, layers::human)) {
            if (a.origin == Origin::Model && a.state == ReviewState::Proposed)
                stale << a.id;
        }
        if (!stale.isEmpty())
            stack->push(new RemoveAnnotationsCommand(document, stale));
        QList<Annotation> proposals = PredictionWriter::annotations(
            imageId, prediction, prediction.em ? layers::em : layers::nms);
        for (Annotation& a : proposals) {
            a.layer = layers::human;
            a.state = ReviewState::Proposed;
            a.origin = Origin::Model;
        }
        if (!proposals.isEmpty())
            stack->push(new AddAnnotationsCommand(document, proposals));
        stack->endMacro();
    }
    m_pending.removeAll(imageId);
    savePending();
    m_window->preAnnotationBar()->setProgress(++m_done, m_total);
}

} // namespace shelf

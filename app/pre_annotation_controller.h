#pragma once

#include "detector_settings.h"
#include "detector_status.h"

#include <QObject>
#include <QPointer>

namespace shelf {

class InferenceService;
class MainWindow;
class PreAnnotationWriter;
struct ImagePrediction;
struct ModelInfo;
struct ModelOptions;
struct PredictOptions;

/// Connects the window's pre-annotation intents to the InferenceService (which runs the model on
/// its own thread) and brings each image's result into the open project as one undo step
/// (PreAnnotationWriter, in pieces that keep the UI thread free): the raw, nms and em layers are
/// replaced, and the merged boxes become proposals in the human layer, where they replace earlier
/// model proposals and never touch a box a person accepted or drew.
///
/// How the detector runs comes from DetectorSettings (QSettings; Edit > Preferences): the model
/// file and device are applied by reloading the model, the rest from the next run. The window's
/// status bar shows where the loaded model runs, or why it did not load.
///
/// The images still to do are kept in the project (setting "preannotate_pending"), so a run
/// interrupted by closing the app resumes when the project is opened again.
/// Thread: the UI thread.
class PreAnnotationController : public QObject
{
    Q_OBJECT
public:
    PreAnnotationController(MainWindow* window, QObject* parent = nullptr);
    ~PreAnnotationController() override;

    /// Loads the model of the settings, else (none chosen, or the file is gone) the bundled one;
    /// says so on the status bar.
    void loadDefaultModel();
    /// Called after a project is opened: resumes its unfinished run, if any.
    void projectOpened();
    void start(const QList<qint64>& imageIds);
    void cancel();

    /// Uses `settings` from now on: reloads the model when its file or device changed (a file
    /// that does not load is reported in a message box), the rest applies to the next run.
    void applySettings(const DetectorSettings& settings);
    const DetectorSettings& settings() const { return m_settings; }
    const DetectorStatus& status() const { return m_status; }

    /// The settings as the inference layer takes them.
    static PredictOptions predictOptions(const DetectorSettings& settings);
    static ModelOptions modelOptions(const DetectorSettings& settings);

Q_SIGNALS:
    /// A run ended (finished, cancelled or failed); for tests.
    void runFinished(bool cancelled);
    /// A model load ended; `status` says where it runs or why it failed. For tests.
    void detectorStatusChanged(const shelf::DetectorStatus& status);

private:
    void load(const QString& path, bool reportFailure);
    void onModelLoaded(const ModelInfo& info);
    void onModelLoadFailed(const QString& error);
    void onImageReady(quint64 job, qint64 imageId, const ImagePrediction& prediction);
    void onImageWritten(quint64 job, qint64 imageId, const QString& error);
    void finishRun();
    void setStatus(const DetectorStatus& status);
    void savePending();
    void message(const QString& text);

    MainWindow* m_window;
    InferenceService* m_service;
    PreAnnotationWriter* m_writer; ///< stores results in pieces, see there
    DetectorSettings m_settings;
    DetectorStatus m_status;
    /// A load queued on the service (they end in order): the device asked for, and whether it
    /// was the user's own choice, whose failure gets a message box (at startup the status bar
    /// is enough).
    /// Loads asked of the service, oldest first: whether a failure is shown in a message box.
    QList<bool> m_loads;
    quint64 m_job = 0;
    bool m_finishing = false; ///< the service finished m_job; waiting for the writer
    bool m_finishCancelled = false;
    QList<qint64> m_pending;
    int m_total = 0;
    int m_done = 0;
};

} // namespace shelf

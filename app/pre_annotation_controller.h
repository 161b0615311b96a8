#pragma once

#include <QObject>
#include <QPointer>

namespace shelf {

class InferenceService;
class MainWindow;
struct ImagePrediction;

/// Connects the window's pre-annotation intents to the InferenceService (which runs the model on
/// its own thread) and brings each image's result into the open project as one undo step: the
/// raw, nms and em layers are replaced, and the merged boxes become proposals in the human layer,
/// where they replace earlier model proposals and never touch a box a person accepted or drew.
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

    /// Loads the model chosen before (settings), else the bundled one; says so on the status bar.
    void loadDefaultModel();
    /// Called after a project is opened: resumes its unfinished run, if any.
    void projectOpened();
    void start(const QList<qint64>& imageIds);
    void cancel();

Q_SIGNALS:
    /// A run ended (finished, cancelled or failed); for tests.
    void runFinished(bool cancelled);

private:
    void onImageReady(quint64 job, qint64 imageId, const ImagePrediction& prediction);
    void savePending();
    void message(const QString& text);

    MainWindow* m_window;
    InferenceService* m_service;
    quint64 m_job = 0;
    QList<qint64> m_pending;
    int m_total = 0;
    int m_done = 0;
};

} // namespace shelf

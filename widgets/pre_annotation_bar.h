#pragma once

#include "detector_status.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace shelf {

/// The detector in the status bar: where it runs ("Detector: CPU, 2 threads", or why it did not
/// load) and, while a pre-annotation run goes on, "Pre-annotating 3 / 40", a bar and Cancel.
/// Hidden while it has nothing to show. Knows nothing of models: it shows the values it is given.
class PreAnnotationBar : public QWidget
{
    Q_OBJECT
public:
    explicit PreAnnotationBar(QWidget* parent = nullptr);

    /// The last status the app reported (for the settings dialog).
    const DetectorStatus& detectorStatus() const { return m_status; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void setDetectorStatus(const shelf::DetectorStatus& status);
    void setProgress(int done, int total);
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    void updateVisibility();

    QLabel* m_device;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    DetectorStatus m_status;
    bool m_running = false;
};

} // namespace shelf

#pragma once

#include "dataset_exporter.h"
#include "dataset_snapshot.h"
#include "export_validator.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace shelf {

/// Exports the project's dataset: choose format, layer, states, images, class and split; see the
/// validation report (small, outside, near-duplicate and unlabelled boxes, images not done) and
/// go on or go back; then the export runs in the background with progress and cancel. Reading
/// the project, validating and writing all happen off the UI thread, through a connection of
/// their own to the project file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString& projectFile, const QStringList& layerNames,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// The options as the form shows them.
    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    QString target() const;
    void setTarget(const QString& path);

    /// Page 1 -> 2: reads and checks the selection in the background.
    void check();
    /// Page 2 -> 3: writes the export in the background.
    void startExport();
    void cancel();

    const ValidationReport& report() const { return m_report; }
    const DatasetExporter::Result& result() const { return m_result; }
    QString statusText() const;
    bool isBusy() const;

Q_SIGNALS:
    /// The validation report is on screen (or reading failed: statusText() says why).
    void checked();
    /// The export ended: written, failed or cancelled (see result()).
    void finished();

private:
    struct Checked
    {
        QString error;
        std::shared_ptr<const DatasetSnapshot> snapshot;
        ValidationReport report;
    };
    QWidget* createOptionsPage();
    QWidget* createReportPage();
    QWidget* createProgressPage();
    void browse();
    void onFormatChanged();
    void onChecked();
    void onExported();

    QString m_projectFile;
    QStackedWidget* m_pages;
    QComboBox* m_format;
    QComboBox* m_layer;
    QComboBox* m_states;
    QComboBox* m_images;
    QComboBox* m_classBy;
    QDoubleSpinBox* m_trainShare;
    QSpinBox* m_seed;
    QComboBox* m_splitBy;
    QLineEdit* m_target;
    QCheckBox* m_force;
    QPushButton* m_checkButton;
    QLabel* m_reportSummary;
    QListWidget* m_issues;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_close;

    QFutureWatcher<Checked> m_checking;
    QFutureWatcher<DatasetExporter::Result> m_writing;
    std::shared_ptr<const DatasetSnapshot> m_snapshot;
    std::shared_ptr<DatasetExporter> m_exporter;
    ValidationReport m_report;
    DatasetExporter::Result m_result;
    QString m_status;
    QString m_defaultTarget; ///< what the form proposed; replaced when the format changes
};

} // namespace shelf

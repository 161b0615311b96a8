#include "export_dialog.h"

#include "project_store.h"
#include "store_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace shelf {
namespace {

enum Page { OptionsPage, ReportPage, ProgressPage };

template <typename Enum> void selectData(QComboBox* box, Enum value)
{
    box->setCurrentIndex(box->findData(int(value)));
}

template <typename Enum> Enum dataOf(const QComboBox* box)
{
    return Enum(box->currentData().toInt());
}

} // namespace

ExportDialog::ExportDialog(const QString& projectFile, const QStringList& layerNames,
                           QWidget* parent)
    : QDialog(parent), m_projectFile(projectFile), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Export Dataset"));
    setMinimumWidth(620);
    m_pages->addWidget(createOptionsPage());
    m_pages->addWidget(createReportPage());
    m_pages->addWidget(createProgressPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    for (const QString& name : layerNames) {
        if (m_layer->findText(name) < 0)
            m_layer->addItem(name);
    }
    connect(&m_checking, &QFutureWatcher<Checked>::finished, this, &ExportDialog::onChecked);
    connect(&m_writing, &QFutureWatcher<DatasetExporter::Result>::finished, this,
            &ExportDialog::onExported);
    connect(&m_writing, &QFutureWatcher<DatasetExporter::Result>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_writing, &QFutureWatcher<DatasetExporter::Result>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    onFormatChanged();
}

ExportDialog::~ExportDialog()
{
    cancel();
    m_checking.waitForFinished();
    m_writing.waitForFinished();
}

QWidget* ExportDialog::createOptionsPage()
{
    auto* page = new QWidget(this);
    m_format = new QComboBox(page);
    m_format->addItem(tr("SKU-110K annotations (CSV file)"), int(ExportOptions::Format::Sku110k));
    m_format->addItem(tr("RP2K object crops + CSV (folder)"), int(ExportOptions::Format::Rp2k));
    m_format->addItem(tr("COCO JSON (folder)"), int(ExportOptions::Format::Coco));
    m_format->addItem(tr("YOLO (folder)"), int(ExportOptions::Format::Yolo));
    m_format->addItem(tr("Pascal VOC XML (folder)"), int(ExportOptions::Format::Voc));
    m_layer = new QComboBox(page);
    m_layer->addItem(layers::human);
    m_states = new QComboBox(page);
    m_states->addItem(tr("Accepted boxes"), int(ExportOptions::States::Accepted));
    m_states->addItem(tr("Accepted and proposed boxes"), int(ExportOptions::States::All));
    m_images = new QComboBox(page);
    m_images->addItem(tr("All images"), int(ExportOptions::Images::All));
    m_images->addItem(tr("Images marked done"), int(ExportOptions::Images::Done));
    m_classBy = new QComboBox(page);
    m_classBy->addItem(tr("One class: object"), int(ExportOptions::ClassBy::Object));
    m_classBy->addItem(tr("Shape"), int(ExportOptions::ClassBy::Shape));
    m_classBy->addItem(tr("SKU id"), int(ExportOptions::ClassBy::Sku));
    m_trainShare = new QDoubleSpinBox(page);
    m_trainShare->setRange(0, 1);
    m_trainShare->setSingleStep(0.05);
    m_trainShare->setDecimals(2);
    m_trainShare->setValue(0.9);
    m_seed = new QSpinBox(page);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_splitBy = new QComboBox(page);
    m_splitBy->addItem(tr("By box, stratified by class"), int(ExportOptions::SplitBy::Box));
    m_splitBy->addItem(tr("By shelf image (no image in both sets)"),
                       int(ExportOptions::SplitBy::Image));
    m_target = new QLineEdit(page);
    auto* browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    m_force = new QCheckBox(tr("Replace an existing file or folder"), page);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Boxes:"), m_states);
    form->addRow(tr("Images:"), m_images);
    form->addRow(tr("Class:"), m_classBy);
    form->addRow(tr("Train share:"), m_trainShare);
    form->addRow(tr("Split:"), m_splitBy);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Write to:"), targetRow);
    form->addRow(QString(), m_force);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_checkButton = buttons->addButton(tr("Check…"), QDialogButtonBox::AcceptRole);
    connect(m_checkButton, &QPushButton::clicked, this, &ExportDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

QWidget* ExportDialog::createReportPage()
{
    auto* page = new QWidget(this);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setWordWrap(true);
    m_issues = new QListWidget(page);
    auto* buttons = new QDialogButtonBox(page);
    QPushButton* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    QPushButton* go = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportButton"));
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(OptionsPage); });
    connect(go, &QPushButton::clicked, this, &ExportDialog::startExport);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
    return page;
}

QWidget* ExportDialog::createProgressPage()
{
    auto* page = new QWidget(this);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_close = new QPushButton(tr("Close"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = dataOf<ExportOptions::Format>(m_format);
    o.layer = m_layer->currentText();
    o.states = dataOf<ExportOptions::States>(m_states);
    o.images = dataOf<ExportOptions::Images>(m_images);
    o.classBy = dataOf<ExportOptions::ClassBy>(m_classBy);
    o.trainShare = m_trainShare->value();
    o.seed = quint64(m_seed->value());
    o.splitBy = dataOf<ExportOptions::SplitBy>(m_splitBy);
    o.force = m_force->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions& o)
{
    selectData(m_format, o.format);
    if (m_layer->findText(o.layer) < 0)
        m_layer->addItem(o.layer);
    m_layer->setCurrentText(o.layer);
    selectData(m_states, o.states);
    selectData(m_images, o.images);
    selectData(m_classBy, o.classBy);
    m_trainShare->setValue(o.trainShare);
    m_seed->setValue(int(o.seed));
    selectData(m_splitBy, o.effectiveSplitBy());
    m_force->setChecked(o.force);
}

QString ExportDialog::target() const
{
    return m_target->text().trimmed();
}

void ExportDialog::setTarget(const QString& path)
{
    m_target->setText(path);
}

void ExportDialog::onFormatChanged()
{
    const auto format = dataOf<ExportOptions::Format>(m_format);
    // The default split of each format: crops box by box, whole-image formats by image.
    selectData(m_splitBy, format == ExportOptions::Format::Rp2k ? ExportOptions::SplitBy::Box
                                                                : ExportOptions::SplitBy::Image);
    const bool split = format != ExportOptions::Format::Sku110k;
    m_trainShare->setEnabled(split);
    m_splitBy->setEnabled(format == ExportOptions::Format::Rp2k);
    m_seed->setEnabled(split);
    // Beside the project, named after it and the format, until the user picks a place.
    if (m_target->text().isEmpty() ||
        m_target->text() == QDir::toNativeSeparators(m_defaultTarget)) {
        const QFileInfo project(m_projectFile);
        m_defaultTarget =
            project.absolutePath() + QLatin1Char('/') + project.completeBaseName() +
            QLatin1Char('_') + ExportOptions::formatKey(format) +
            (format == ExportOptions::Format::Sku110k ? QStringLiteral(".csv") : QString());
        m_target->setText(QDir::toNativeSeparators(m_defaultTarget));
    }
}

void ExportDialog::browse()
{
    const QString start = QFileInfo(m_projectFile).absolutePath();
    const QString path =
        dataOf<ExportOptions::Format>(m_format) == ExportOptions::Format::Sku110k
            ? QFileDialog::getSaveFileName(this, tr("Export to file"), start,
                                           tr("CSV files (*.csv)"))
            : QFileDialog::getExistingDirectory(this, tr("Export to folder"), start);
    if (!path.isEmpty())
        m_target->setText(path);
}

bool ExportDialog::isBusy() const
{
    return m_checking.isRunning() || m_writing.isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status;
}

void ExportDialog::check()
{
    if (isBusy())
        return;
    if (target().isEmpty()) {
        m_status = tr("Choose where to write the export.");
        m_target->setFocus();
        m_target->setPlaceholderText(m_status);
        Q_EMIT checked();
        return;
    }
    m_checkButton->setEnabled(false);
    m_checkButton->setText(tr("Checking…"));
    m_checking.setFuture(
        QtConcurrent::run([file = m_projectFile, options = options()]() -> Checked {
            Checked out;
            try {
                const auto store = ProjectStore::open(file);
                auto snapshot =
                    std::make_shared<DatasetSnapshot>(DatasetSnapshot::load(*store, options));
                out.report = ExportValidator::validate(*snapshot, options);
                out.snapshot = std::move(snapshot);
            } catch (const StoreError& e) {
                out.error = e.message();
            }
            return out;
        }));
}

void ExportDialog::onChecked()
{
    m_checkButton->setEnabled(true);
    m_checkButton->setText(tr("Check…"));
    const Checked checkedResult = m_checking.result();
    if (!checkedResult.error.isEmpty()) {
        m_status = checkedResult.error;
        m_reportSummary->setText(m_status);
        Q_EMIT checked();
        return;
    }
    m_snapshot = checkedResult.snapshot;
    m_report = checkedResult.report;
    QString text = tr("%n image(s), ", nullptr, m_report.images) +
                   tr("%n box(es) to export.", nullptr, int(m_report.boxes));
    if (m_report.clean())
        text += QLatin1Char('\n') + tr("No problems found.");
    else
        text += QLatin1Char('\n') + m_report.summary().join(QLatin1Char('\n')) + QLatin1Char('\n') +
                tr("Export anyway, or go back and fix them first.");
    m_status = text;
    m_reportSummary->setText(text);
    m_issues->clear();
    for (const ValidationIssue& issue : m_report.issues)
        m_issues->addItem(issue.message); // names its image already
    m_pages->setCurrentIndex(ReportPage);
    Q_EMIT checked();
}

void ExportDialog::startExport()
{
    if (isBusy() || !m_snapshot)
        return;
    m_pages->setCurrentIndex(ProgressPage);
    m_progressLabel->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(target())));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_exporter = std::make_shared<DatasetExporter>(options());
    m_writing.setFuture(
        QtConcurrent::run([exporter = m_exporter, snapshot = m_snapshot,
                           target = target()](QPromise<DatasetExporter::Result>& promise) {
            exporter->setProgress([&promise](qint64 done, qint64 total) {
                promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                promise.setProgressValue(int(std::min<qint64>(done, INT_MAX)));
            });
            promise.addResult(exporter->run(*snapshot, target));
        }));
}

void ExportDialog::cancel()
{
    if (m_exporter)
        m_exporter->requestCancel();
}

void ExportDialog::onExported()
{
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_result =
        m_writing.future().resultCount() > 0 ? m_writing.result() : DatasetExporter::Result{};
    if (m_result.cancelled)
        m_status = tr("Export cancelled: nothing was written.");
    else if (!m_result.error.isEmpty())
        m_status = tr("Export failed, nothing was written: %1").arg(m_result.error);
    else
        m_status = tr("Exported %n image(s) ", nullptr, int(m_result.images)) +
                   tr("with %n box(es) ", nullptr, int(m_result.boxes)) +
                   tr("to %1.").arg(QDir::toNativeSeparators(target()));
    m_progressLabel->setText(m_status);
    m_progress->setRange(0, 1);
    m_progress->setValue(m_result.ok() ? 1 : 0);
    Q_EMIT finished();
}

} // namespace shelf

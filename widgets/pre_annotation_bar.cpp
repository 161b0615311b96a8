#include "pre_annotation_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace shelf {

PreAnnotationBar::PreAnnotationBar(QWidget* parent)
    : QWidget(parent), m_device(new QLabel), m_label(new QLabel), m_bar(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("preAnnotationBar"));
    m_device->setObjectName(QStringLiteral("detectorDevice"));
    m_cancel->setObjectName(QStringLiteral("cancelPreAnnotation"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_device);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    connect(m_cancel, &QPushButton::clicked, this, &PreAnnotationBar::cancelRequested);
    updateVisibility();
}

void PreAnnotationBar::setDetectorStatus(const DetectorStatus& status)
{
    m_status = status;
    if (!status.error.isEmpty()) {
        m_device->setText(tr("Detector not loaded"));
        m_device->setToolTip(status.error);
    } else if (!status.device.isEmpty()) {
        m_device->setText(tr("Detector: %1").arg(status.device));
        m_device->setToolTip(status.model);
    } else {
        m_device->clear();
        m_device->setToolTip({});
    }
    updateVisibility();
}

void PreAnnotationBar::setProgress(int done, int total)
{
    m_running = true;
    m_label->setText(tr("Pre-annotating %1 / %2").arg(done).arg(total));
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    updateVisibility();
}

void PreAnnotationBar::finish()
{
    m_running = false;
    updateVisibility();
}

void PreAnnotationBar::updateVisibility()
{
    m_device->setVisible(!m_device->text().isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_bar),
                       static_cast<QWidget*>(m_cancel)})
        w->setVisible(m_running);
    const bool show = m_running || !m_device->text().isEmpty();
    // Shown only inside a window: a parentless widget would open as a window of its own.
    if (!show || parentWidget())
        setVisible(show);
}

} // namespace shelf

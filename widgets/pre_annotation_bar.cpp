#include "pre_annotation_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace shelf {

PreAnnotationBar::PreAnnotationBar(QWidget* parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("preAnnotationBar"));
    m_cancel->setObjectName(QStringLiteral("cancelPreAnnotation"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    connect(m_cancel, &QPushButton::clicked, this, &PreAnnotationBar::cancelRequested);
    hide();
}

void PreAnnotationBar::setProgress(int done, int total)
{
    m_label->setText(tr("Pre-annotating %1 / %2").arg(done).arg(total));
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    show();
}

void PreAnnotationBar::finish()
{
    hide();
}

} // namespace shelf

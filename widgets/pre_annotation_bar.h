#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace shelf {

/// The non-modal progress of a pre-annotation run, in the status bar: "Pre-annotating 3 / 40",
/// a bar, and Cancel. Hidden while nothing runs. Knows nothing of models: it shows numbers.
class PreAnnotationBar : public QWidget
{
    Q_OBJECT
public:
    explicit PreAnnotationBar(QWidget* parent = nullptr);

public Q_SLOTS:
    void setProgress(int done, int total);
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace shelf

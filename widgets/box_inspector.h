#pragma once

#include "annotation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace shelf {

class ProjectDocument;

/// The labels of the selected boxes (RP2K scheme: shape, product type, SKU id, product name,
/// brand, size, flavor/scent) and of the current image (shelf type, store id). A field shows the
/// selection's common value, or is left empty with "(mixed)" when the boxes differ; an edit
/// applies that one field to every selected box as one undo command.
class BoxInspector : public QWidget
{
    Q_OBJECT
public:
    explicit BoxInspector(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void setImage(qint64 imageId);
    void setSelection(const QList<qint64>& ids);
    /// Re-reads the selection and image from the document (after any change).
    void refresh();

private:
    void buildForm();
    void applyText(unsigned field, QLineEdit* edit);
    void applyImageText();
    void showText(QLineEdit* edit, const QList<Annotation>& boxes,
                  QString (*get)(const Annotation&));

    ProjectDocument* m_document = nullptr;
    qint64 m_image = 0;
    QList<qint64> m_selection;
    bool m_updating = false;

    QLabel* m_title;
    QComboBox* m_shape;
    QComboBox* m_type;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_brand;
    QLineEdit* m_size;
    QLineEdit* m_flavor;
    QLabel* m_scores;
    QLineEdit* m_shelfType;
    QLineEdit* m_storeId;
};

} // namespace shelf

#include "box_inspector.h"

#include "project_document.h"
#include "set_image_attributes_command.h"
#include "set_labels_command.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shelf {

BoxInspector::BoxInspector(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_shape(new QComboBox), m_type(new QComboBox),
      m_sku(new QLineEdit), m_name(new QLineEdit), m_brand(new QLineEdit), m_size(new QLineEdit),
      m_flavor(new QLineEdit), m_scores(new QLabel), m_shelfType(new QLineEdit),
      m_storeId(new QLineEdit)
{
    buildForm();
    refresh();
}

void BoxInspector::buildForm()
{
    for (int i = 0; i <= 7; ++i)
        m_shape->addItem(shapeDisplayName(Shape(i)), i);
    for (int i = 0; i <= 7; ++i)
        m_type->addItem(productTypeDisplayName(ProductType(i)), i);
    m_shape->setObjectName(QStringLiteral("shape"));
    m_type->setObjectName(QStringLiteral("productType"));
    m_sku->setObjectName(QStringLiteral("skuId"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_size->setObjectName(QStringLiteral("size"));
    m_flavor->setObjectName(QStringLiteral("flavor"));
    m_shelfType->setObjectName(QStringLiteral("shelfType"));
    m_storeId->setObjectName(QStringLiteral("storeId"));

    auto* boxes = new QGroupBox(tr("Selected boxes"));
    auto* form = new QFormLayout(boxes);
    form->addRow(m_title);
    form->addRow(tr("Shape"), m_shape);
    form->addRow(tr("Product type"), m_type);
    form->addRow(tr("SKU id"), m_sku);
    form->addRow(tr("Product name"), m_name);
    form->addRow(tr("Brand"), m_brand);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Flavor / scent"), m_flavor);
    form->addRow(m_scores);
    auto* image = new QGroupBox(tr("Image"));
    auto* imageForm = new QFormLayout(image);
    imageForm->addRow(tr("Shelf type"), m_shelfType);
    imageForm->addRow(tr("Store id"), m_storeId);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(boxes);
    layout->addWidget(image);
    layout->addStretch(1);

    connect(m_shape, &QComboBox::activated, this, [this] {
        if (m_updating || !m_document || m_selection.isEmpty())
            return;
        AnnotationLabels labels;
        labels.shape = Shape(m_shape->currentData().toInt());
        m_document->undoStack()->push(
            new SetLabelsCommand(m_document, m_selection, labels, SetLabelsCommand::ShapeField));
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        if (m_updating || !m_document || m_selection.isEmpty())
            return;
        AnnotationLabels labels;
        labels.productType = ProductType(m_type->currentData().toInt());
        m_document->undoStack()->push(
            new SetLabelsCommand(m_document, m_selection, labels, SetLabelsCommand::TypeField));
    });
    const std::pair<QLineEdit*, unsigned> texts[] = {{m_sku, SetLabelsCommand::SkuField},
                                                     {m_name, SetLabelsCommand::NameField},
                                                     {m_brand, SetLabelsCommand::BrandField},
                                                     {m_size, SetLabelsCommand::SizeField},
                                                     {m_flavor, SetLabelsCommand::FlavorField}};
    for (const auto& [edit, field] : texts) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit = edit, field = field] { applyText(field, edit); });
    }
    connect(m_shelfType, &QLineEdit::editingFinished, this, &BoxInspector::applyImageText);
    connect(m_storeId, &QLineEdit::editingFinished, this, &BoxInspector::applyImageText);
}

void BoxInspector::setDocument(ProjectDocument* document)
{
    // Text typed but not yet confirmed belongs to the document being left: keep it.
    if (m_document && document != m_document) {
        const std::pair<QLineEdit*, unsigned> texts[] = {{m_sku, SetLabelsCommand::SkuField},
                                                         {m_name, SetLabelsCommand::NameField},
                                                         {m_brand, SetLabelsCommand::BrandField},
                                                         {m_size, SetLabelsCommand::SizeField},
                                                         {m_flavor, SetLabelsCommand::FlavorField}};
        for (const auto& [edit, field] : texts)
            applyText(field, edit);
        applyImageText();
    }
    m_document = document;
    m_image = 0;
    m_selection.clear();
    refresh();
}

void BoxInspector::setImage(qint64 imageId)
{
    m_image = imageId;
    refresh();
}

void BoxInspector::setSelection(const QList<qint64>& ids)
{
    m_selection = ids;
    refresh();
}

void BoxInspector::applyText(unsigned field, QLineEdit* edit)
{
    // An untouched "(mixed)" field is empty but must not wipe the boxes' differing values.
    if (m_updating || !m_document || m_selection.isEmpty() || !edit->isModified())
        return;
    edit->setModified(false);
    AnnotationLabels labels;
    const QString value = edit->text().trimmed();
    labels.skuId = labels.productName = labels.brand = labels.size = labels.flavor = value;
    m_document->undoStack()->push(new SetLabelsCommand(m_document, m_selection, labels, field));
}

void BoxInspector::applyImageText()
{
    if (m_updating || !m_document || m_image == 0)
        return;
    ImageRecord image = m_document->image(m_image);
    const QString shelf = m_shelfType->text().trimmed(), store = m_storeId->text().trimmed();
    if (image.shelfType == shelf && image.storeId == store)
        return;
    image.shelfType = shelf;
    image.storeId = store;
    m_document->undoStack()->push(new SetImageAttributesCommand(m_document, image));
}

void BoxInspector::showText(QLineEdit* edit, const QList<Annotation>& boxes,
                            QString (*get)(const Annotation&))
{
    bool same = true;
    for (const Annotation& a : boxes)
        same = same && get(a) == get(boxes.first());
    edit->setText(same && !boxes.isEmpty() ? get(boxes.first()) : QString());
    edit->setPlaceholderText(same ? QString() : tr("(mixed)"));
    edit->setModified(false);
    edit->setEnabled(!boxes.isEmpty());
}

void BoxInspector::refresh()
{
    m_updating = true;
    const QList<Annotation> boxes =
        m_document ? m_document->annotationsByIds(m_selection) : QList<Annotation>();
    m_title->setText(boxes.isEmpty() ? tr("No box selected")
                                     : tr("%n box(es) selected", nullptr, int(boxes.size())));
    auto combo = [&boxes](QComboBox* c, auto get) {
        bool same = true;
        for (const Annotation& a : boxes)
            same = same && get(a) == get(boxes.first());
        c->setCurrentIndex(same && !boxes.isEmpty() ? int(get(boxes.first())) : -1);
        c->setEnabled(!boxes.isEmpty());
    };
    combo(m_shape, [](const Annotation& a) { return a.shape; });
    combo(m_type, [](const Annotation& a) { return a.productType; });
    showText(m_sku, boxes, [](const Annotation& a) { return a.skuId; });
    showText(m_name, boxes, [](const Annotation& a) { return a.productName; });
    showText(m_brand, boxes, [](const Annotation& a) { return a.brand; });
    showText(m_size, boxes, [](const Annotation& a) { return a.size; });
    showText(m_flavor, boxes, [](const Annotation& a) { return a.flavor; });
    if (boxes.size() == 1) {
        const Annotation& a = boxes.first();
        const QString score = a.confidence >= 0 ? tr("confidence %1, hard score %2")
                                                      .arg(a.confidence, 0, 'f', 3)
                                                      .arg(a.hardScore, 0, 'f', 3)
                                                : tr("drawn by hand");
        m_scores->setText(tr("%1 x %2 px · %3 · %4")
                              .arg(qRound(a.box.width()))
                              .arg(qRound(a.box.height()))
                              .arg(reviewStateDisplayName(a.state), score));
    } else {
        m_scores->clear();
    }
    const ImageRecord image = m_document && m_image ? m_document->image(m_image) : ImageRecord{};
    m_shelfType->setText(image.shelfType);
    m_storeId->setText(image.storeId);
    m_shelfType->setEnabled(image.id != 0);
    m_storeId->setEnabled(image.id != 0);
    m_updating = false;
}

} // namespace shelf

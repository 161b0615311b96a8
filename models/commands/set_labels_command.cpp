#include "set_labels_command.h"

#include <QCoreApplication>

namespace shelf {

SetLabelsCommand::SetLabelsCommand(ProjectDocument* document, const QList<qint64>& ids,
                                   const AnnotationLabels& labels, unsigned fields,
                                   QUndoCommand* parent)
    : UpdateAnnotationsCommand(
          document, ids,
          [&labels, fields](Annotation& a) {
              if (fields & ShapeField)
                  a.shape = labels.shape;
              if (fields & SkuField)
                  a.skuId = labels.skuId;
              if (fields & NameField)
                  a.productName = labels.productName;
              if (fields & TypeField)
                  a.productType = labels.productType;
              if (fields & BrandField)
                  a.brand = labels.brand;
              if (fields & SizeField)
                  a.size = labels.size;
              if (fields & FlavorField)
                  a.flavor = labels.flavor;
          },
          parent)
{
    setText(QCoreApplication::translate("shelf::Commands", "Label %n box(es)", nullptr,
                                        int(m_after.size())));
}

} // namespace shelf

#pragma once

#include "update_annotations_command.h"

namespace shelf {

/// Sets the RP2K labels (shape, SKU, product type, name, brand, size, flavor) of boxes.
/// `fields` names which labels change; the others keep each box's own value.
class SetLabelsCommand : public UpdateAnnotationsCommand
{
public:
    enum Field : unsigned {
        ShapeField = 1u << 0,
        SkuField = 1u << 1,
        NameField = 1u << 2,
        TypeField = 1u << 3,
        BrandField = 1u << 4,
        SizeField = 1u << 5,
        FlavorField = 1u << 6,
        AllFields = 0x7fu
    };
    SetLabelsCommand(ProjectDocument* document, const QList<qint64>& ids,
                     const AnnotationLabels& labels, unsigned fields = AllFields,
                     QUndoCommand* parent = nullptr);
};

} // namespace shelf

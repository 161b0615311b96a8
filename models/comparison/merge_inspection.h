#pragma once

#include "annotation.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace shelf {

/// What the EM-Merger did to make one merged box, for the inspector: the raw candidates it
/// absorbed, the heat-map blob they fell into (its n candidates, its estimated k products,
/// whether EM converged or fell back to its initialisation) and that blob's heat map.
///
/// The project stores the raw and em layers, not the merge's internals, so the inspection is
/// recomputed from the raw layer with the default EM-Merger; `emIou` and `recomputedIou` say how
/// well the stored em box and the recomputed one agree (1 when the em layer was made with the
/// same settings). A plain value, sent across threads.
struct MergeInspection
{
    QString error; ///< empty on success; says why nothing could be inspected
    qint64 imageId = 0;
    Box requested;                ///< the box the user selected
    Annotation em;                ///< the stored em box it corresponds to
    double emIou = 0;             ///< IoU of the selected box and the stored em box
    Box recomputed;               ///< the box the recomputed merge kept for it
    double recomputedIou = 0;     ///< IoU of the stored em box and the recomputed one
    QList<Annotation> candidates; ///< raw boxes absorbed, best confidence first
    bool hasBlob = false;
    QRectF blob;           ///< image pixels
    int n = 0;             ///< candidates whose centre lies in the blob
    int k = 0;             ///< products the EM-Merger estimated in the blob
    QString outcome;       ///< what EM did with the blob, for people
    bool fellBack = false; ///< EM did not converge or its objective rose: initialisation used
    int emIterations = 0;
    QImage heatMap;  ///< the blob's heat, colour-mapped with alpha, for an overlay
    QRectF heatRect; ///< image pixels covered by heatMap
};

} // namespace shelf

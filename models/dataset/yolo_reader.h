#pragma once

#include "csv_diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shelf {

/// Reads a YOLO detection dataset folder into plain values; DatasetImporter turns the normalised
/// boxes into pixels with the project's image sizes.
///
/// Class names: data.yaml's `names` (a block list `- a`, a map `0: a` or an inline list
/// `[a, 'b']`, quotes removed), else classes.txt (one a line). Label files: every *.txt under
/// labels/ (all sets), or, without a labels/ folder, the *.txt beside data.yaml (but classes.txt,
/// train.txt, val.txt and test.txt, which are lists). Lines: `class cx cy w h`, or with a sixth
/// field, a confidence in [0, 1] (prediction files); blank lines are skipped. Errors name
/// file:line:column: a wrong field count, a non-numeric or non-finite number, a class that is not
/// a whole number naming one of the classes, w or h not greater than 0, a confidence outside
/// [0, 1].
class YoloReader
{
    Q_DECLARE_TR_FUNCTIONS(shelf::YoloReader)
public:
    struct Label
    {
        QString file; ///< the label file
        QString stem; ///< its name without ".txt": the image it belongs to
        qint64 line = 0;
        int classId = 0;
        double cx = 0, cy = 0, w = 0, h = 0;
        double confidence = -1; ///< -1: none (a ground-truth line)
    };
    struct Result
    {
        std::optional<CsvDiagnostic> error;
        QStringList classNames;
        QList<Label> labels;
        QStringList labelFiles; ///< every label file read, empty ones too
        bool ok() const { return !error; }
    };

    static Result read(const QString& folder);
    /// The names of data.yaml (see the class comment); nullopt when it has no `names`.
    static std::optional<QStringList> namesFromYaml(const QByteArray& yaml);
};

} // namespace shelf

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shelf::AnnotationEditor</name>
    <message numerus="yes">
        <source>Reject or delete %n box(es)</source>
        <translation>
            <numerusform>Reject or delete %n box</numerusform>
            <numerusform>Reject or delete %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n box(es) from the previous image.</source>
        <translation>
            <numerusform>Copied %n box from the previous image.</numerusform>
            <numerusform>Copied %n boxes from the previous image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::BoxInspector</name>
    <message numerus="yes">
        <source>%n box(es) selected</source>
        <translation>
            <numerusform>%n box selected</numerusform>
            <numerusform>%n boxes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::CocoJsonReader</name>
    <message numerus="yes">
        <source>%n box(es) reaching past their image were clamped to its edge</source>
        <translation>
            <numerusform>%n box reaching past its image was clamped to its edge</numerusform>
            <numerusform>%n boxes reaching past their image were clamped to its edge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::Commands</name>
    <message numerus="yes">
        <source>Add %n box(es)</source>
        <translation>
            <numerusform>Add %n box</numerusform>
            <numerusform>Add %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move or resize %n box(es)</source>
        <translation>
            <numerusform>Move or resize %n box</numerusform>
            <numerusform>Move or resize %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es)</source>
        <translation>
            <numerusform>Remove %n box</numerusform>
            <numerusform>Remove %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n box(es)</source>
        <translation>
            <numerusform>Label %n box</numerusform>
            <numerusform>Label %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n box(es)</source>
        <translation>
            <numerusform>Accept %n box</numerusform>
            <numerusform>Accept %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n box(es)</source>
        <translation>
            <numerusform>Reject %n box</numerusform>
            <numerusform>Reject %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n box(es)</source>
        <translation>
            <numerusform>Reopen %n box</numerusform>
            <numerusform>Reopen %n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::CompareDashboard</name>
    <message numerus="yes">
        <source>%n image(s) · </source>
        <translation>
            <numerusform>%n image · </numerusform>
            <numerusform>%n images · </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ComparePanel</name>
    <message numerus="yes">
        <source>%1: %n box(es)</source>
        <translation>
            <numerusform>%1: %n box</numerusform>
            <numerusform>%1: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared %n image(s).</source>
        <translation>
            <numerusform>Compared %n image.</numerusform>
            <numerusform>Compared %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::DatasetImporter</name>
    <message numerus="yes">
        <source>%n box(es) reaching past their image were clamped to its edge</source>
        <translation>
            <numerusform>%n box reaching past its image was clamped to its edge</numerusform>
            <numerusform>%n boxes reaching past their image were clamped to its edge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::DetectorModel</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::EvalReport</name>
    <message numerus="yes">
        <source>%1 against %2: %n resample(s) of %3 images (seed %4)</source>
        <translation>
            <numerusform>%1 against %2: %n resample of %3 images (seed %4)</numerusform>
            <numerusform>%1 against %2: %n resamples of %3 images (seed %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ExportDialog</name>
    <message numerus="yes">
        <source>%n image(s), </source>
        <translation>
            <numerusform>%n image, </numerusform>
            <numerusform>%n images, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to export.</source>
        <translation>
            <numerusform>%n box to export.</numerusform>
            <numerusform>%n boxes to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) </source>
        <translation>
            <numerusform>Exported %n image </numerusform>
            <numerusform>Exported %n images </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n box(es) </source>
        <translation>
            <numerusform>with %n box </numerusform>
            <numerusform>with %n boxes </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ExportValidator</name>
    <message numerus="yes">
        <source>%n box(es) smaller than 80 x 80 px</source>
        <translation>
            <numerusform>%n box smaller than 80 x 80 px</numerusform>
            <numerusform>%n boxes smaller than 80 x 80 px</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) reaching outside the image</source>
        <translation>
            <numerusform>%n box reaching outside the image</numerusform>
            <numerusform>%n boxes reaching outside the image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of near-duplicate boxes</source>
        <translation>
            <numerusform>%n pair of near-duplicate boxes</numerusform>
            <numerusform>%n pairs of near-duplicate boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) with neither a shape nor an SKU id</source>
        <translation>
            <numerusform>%n box with neither a shape nor an SKU id</numerusform>
            <numerusform>%n boxes with neither a shape nor an SKU id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) without the chosen class (exported as &quot;unlabelled&quot;)</source>
        <translation>
            <numerusform>%n box without the chosen class (exported as &quot;unlabelled&quot;)</numerusform>
            <numerusform>%n boxes without the chosen class (exported as &quot;unlabelled&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not marked done</source>
        <translation>
            <numerusform>%n image not marked done</numerusform>
            <numerusform>%n images not marked done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ImageListDelegate</name>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ImageListModel</name>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n box(es)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n box</numerusform>
            <numerusform>%1  ·  %2  ·  %n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::MainWindow</name>
    <message numerus="yes">
        <source>%n image(s) of this project are not where the project says. They may have been moved or renamed. Look for them in a folder?</source>
        <translation>
            <numerusform>%n image of this project is not where the project says. It may have been moved or renamed. Look for it in a folder?</numerusform>
            <numerusform>%n images of this project are not where the project says. They may have been moved or renamed. Look for them in a folder?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s).</source>
        <translation>
            <numerusform>Found %1 of %n missing image.</numerusform>
            <numerusform>Found %1 of %n missing images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2 x %3 px  ·  %n box(es)</source>
        <translation>
            <numerusform>%1  ·  %2 x %3 px  ·  %n box</numerusform>
            <numerusform>%1  ·  %2 x %3 px  ·  %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::MergeInspectorPanel</name>
    <message numerus="yes">
        <source>Merged box %1×%2 at (%3, %4), confidence %5, from %n raw candidate(s).</source>
        <translation>
            <numerusform>Merged box %1×%2 at (%3, %4), confidence %5, from %n raw candidate.</numerusform>
            <numerusform>Merged box %1×%2 at (%3, %4), confidence %5, from %n raw candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blob: n = %1 candidates, k = %2 products; %3 after %n iteration(s).</source>
        <translation>
            <numerusform>Blob: n = %1 candidates, k = %2 products; %3 after %n iteration.</numerusform>
            <numerusform>Blob: n = %1 candidates, k = %2 products; %3 after %n iterations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::PreAnnotationController</name>
    <message numerus="yes">
        <source>Resuming the interrupted pre-annotation of %n image(s).</source>
        <translation>
            <numerusform>Resuming the interrupted pre-annotation of %n image.</numerusform>
            <numerusform>Resuming the interrupted pre-annotation of %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotation cancelled; %n image(s) left.</source>
        <translation>
            <numerusform>Pre-annotation cancelled; %n image left.</numerusform>
            <numerusform>Pre-annotation cancelled; %n images left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotated %n image(s).</source>
        <translation>
            <numerusform>Pre-annotated %n image.</numerusform>
            <numerusform>Pre-annotated %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::PredictionWriter</name>
    <message numerus="yes">
        <source>Pre-annotate %1 (%n box(es))</source>
        <translation>
            <numerusform>Pre-annotate %1 (%n box)</numerusform>
            <numerusform>Pre-annotate %1 (%n boxes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::Sku110kCsv</name>
    <message numerus="yes">
        <source>%n row(s) had coordinates past the image edge, moved to the last pixel as the SKU-110K reader does (the first is here)</source>
        <translation>
            <numerusform>%n row had coordinates past the image edge, moved to the last pixel as the SKU-110K reader does</numerusform>
            <numerusform>%n rows had coordinates past the image edge, moved to the last pixel as the SKU-110K reader does (the first is here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::SkuCatalogImport</name>
    <message numerus="yes">
        <source>%n SKU(s) added</source>
        <translation>
            <numerusform>%n SKU added</numerusform>
            <numerusform>%n SKUs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) updated</source>
        <translation>
            <numerusform>%n SKU updated</numerusform>
            <numerusform>%n SKUs updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::SkuCatalogWidget</name>
    <message numerus="yes">
        <source>%1 of %n SKU(s)</source>
        <translation>
            <numerusform>%1 of %n SKU</numerusform>
            <numerusform>%1 of %n SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::WarningsPanel</name>
    <message numerus="yes">
        <source>%n too small</source>
        <translation>
            <numerusform>%n too small</numerusform>
            <numerusform>%n too small</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>%n near-duplicate</numerusform>
            <numerusform>%n near-duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled</source>
        <translation>
            <numerusform>%n unlabelled</numerusform>
            <numerusform>%n unlabelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::EvalCommand</name>
    <message numerus="yes">
        <source>warning: %1: %n image(s) not in the truth file, evaluated as images with no truth (the first: %2)</source>
        <translation>
            <numerusform>warning: %1: %n image not in the truth file, evaluated as an image with no truth (the first: %2)</numerusform>
            <numerusform>warning: %1: %n images not in the truth file, evaluated as images with no truth (the first: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n box(es) from layer &apos;%1&apos; to %2.</source>
        <translation>
            <numerusform>Wrote %n box from layer &apos;%1&apos; to %2.</numerusform>
            <numerusform>Wrote %n boxes from layer &apos;%1&apos; to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation>
            <numerusform>Images: %n.</numerusform>
            <numerusform>Images: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n box(es)</source>
        <translation>
            <numerusform>Checked %n box</numerusform>
            <numerusform>Checked %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s).</source>
        <translation>
            <numerusform>on %n image.</numerusform>
            <numerusform>on %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classes: %n.</source>
        <translation>
            <numerusform>Classes: %n.</numerusform>
            <numerusform>Classes: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %n box(es)</source>
        <translation>
            <numerusform>Train: %n box</numerusform>
            <numerusform>Train: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s);</source>
        <translation>
            <numerusform>on %n image;</numerusform>
            <numerusform>on %n images;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>test: %n box(es)</source>
        <translation>
            <numerusform>test: %n box</numerusform>
            <numerusform>test: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) outside their image skipped.</source>
        <translation>
            <numerusform>%n box outside its image skipped.</numerusform>
            <numerusform>%n boxes outside their image skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::ImportCommand</name>
    <message numerus="yes">
        <source>warning: %n more warning(s) not shown</source>
        <translation>
            <numerusform>warning: %n more warning not shown</numerusform>
            <numerusform>warning: %n more warnings not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) into layer &apos;%1&apos;.</source>
        <translation>
            <numerusform>Imported %n box into layer &apos;%1&apos;.</numerusform>
            <numerusform>Imported %n boxes into layer &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation>
            <numerusform>Images: %n.</numerusform>
            <numerusform>Images: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n.</source>
        <translation>
            <numerusform>Rows skipped: %n.</numerusform>
            <numerusform>Rows skipped: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows clamped to the image: %n.</source>
        <translation>
            <numerusform>Rows clamped to the image: %n.</numerusform>
            <numerusform>Rows clamped to the image: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation>
            <numerusform>Images: %n.</numerusform>
            <numerusform>Images: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation>
            <numerusform>Missing: %n.</numerusform>
            <numerusform>Missing: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1: %n box(es)</source>
        <translation>
            <numerusform>layer %1: %n box</numerusform>
            <numerusform>layer %1: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) (proposed %1, accepted %2, rejected %3)</source>
        <translation>
            <numerusform>on %n image (proposed %1, accepted %2, rejected %3)</numerusform>
            <numerusform>on %n images (proposed %1, accepted %2, rejected %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::InitCommand</name>
    <message numerus="yes">
        <source>Created %1 with %n image(s).</source>
        <translation>
            <numerusform>Created %1 with %n image.</numerusform>
            <numerusform>Created %1 with %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::MergeCommand</name>
    <message numerus="yes">
        <source>Merged %n image(s).</source>
        <translation>
            <numerusform>Merged %n image.</numerusform>
            <numerusform>Merged %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Candidates: %n.</source>
        <translation>
            <numerusform>Candidates: %n.</numerusform>
            <numerusform>Candidates: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boxes in layer &apos;%1&apos;: %n.</source>
        <translation>
            <numerusform>Boxes in layer &apos;%1&apos;: %n.</numerusform>
            <numerusform>Boxes in layer &apos;%1&apos;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::RelinkCommand</name>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s).</source>
        <translation>
            <numerusform>Found %1 of %n missing image.</numerusform>
            <numerusform>Found %1 of %n missing images.</numerusform>
        </translation>
    </message>
</context>
</TS>

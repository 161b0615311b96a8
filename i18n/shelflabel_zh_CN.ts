<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shelf</name>
    <message>
        <source>No shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled bottle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dairies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-alcoholic drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::Commands</name>
    <message numerus="yes">
        <source>Add %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move or resize %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set image attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ImageDecoder</name>
    <message>
        <source>%1: cannot read the image header (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::ImageListModel</name>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 x %3 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::ImageScanner</name>
    <message>
        <source>not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::MainWindow</name>
    <message>
        <source>ShelfLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShelfLabel projects (*.shelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder of Images...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Rejected Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - ShelfLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2 x %3 px  ·  %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ProjectOpener</name>
    <message>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::ProjectSetup</name>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file must be in the images folder or above it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: creation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::ProjectStore</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ShelfLabel project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no project tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad schema version &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer ShelfLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::cli</name>
    <message>
        <source>Usage: shelflabel-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli COMMAND --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::cli::CliCommand</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::cli::InfoCommand</name>
    <message>
        <source>Show a project&apos;s images, boxes per layer and review state, and missing images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1 (%2 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 boxes on %3 images (proposed %4, accepted %5, rejected %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli relink PROJECT --folder DIR&apos; to find moved images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::cli::InitCommand</name>
    <message>
        <source>Create a project file from a folder of shelf images (searched recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images; the project file must be in it or above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PROJECT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--images DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::RelinkCommand</name>
    <message>
        <source>Find a project&apos;s missing images under a folder and store their new paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to search (inside the project folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected PROJECT and --folder DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinked %1 of %2 missing images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shelf::gui</name>
    <message>
        <source>ShelfLabel: make retail-shelf detection datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file, or a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

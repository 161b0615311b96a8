<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>shelf::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n box(es) from layer &apos;%1&apos; to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::ImportCommand</name>
    <message numerus="yes">
        <source>warning: %n more warning(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) into layer &apos;%1&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows clamped to the image: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1: %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) (proposed %1, accepted %2, rejected %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>shelf::cli::RelinkCommand</name>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s).</source>
        <translation type="unfinished">
            <numerusform>Found %1 of %n missing image.</numerusform>
            <numerusform>Found %1 of %n missing images.</numerusform>
        </translation>
    </message>
</context>
</TS>

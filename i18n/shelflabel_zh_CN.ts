<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shelf::Commands</name>
    <message numerus="yes">
        <source>Add %n box(es)</source>
        <translation>
            <numerusform>添加 %n 个标注框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move or resize %n box(es)</source>
        <translation>
            <numerusform>移动或调整 %n 个标注框的大小</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n box(es)</source>
        <translation>
            <numerusform>删除 %n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>Set image attributes</source>
        <translation>设置图像属性</translation>
    </message>
    <message numerus="yes">
        <source>Label %n box(es)</source>
        <translation>
            <numerusform>为 %n 个标注框设置标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n box(es)</source>
        <translation>
            <numerusform>接受 %n 个标注框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n box(es)</source>
        <translation>
            <numerusform>拒绝 %n 个标注框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n box(es)</source>
        <translation>
            <numerusform>将 %n 个标注框恢复为待审</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::CsvReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the input is not open for reading</source>
        <translation>输入未以读取模式打开</translation>
    </message>
    <message>
        <source>a row is longer than %1 bytes; is a quoted field not closed?</source>
        <translation>某一行超过 %1 字节；是否有带引号的字段未闭合？</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1)</source>
        <translation>无效的 UTF-8（字节 %1）</translation>
    </message>
    <message>
        <source>binary data: byte %1 is not allowed in CSV text</source>
        <translation>二进制数据：CSV 文本中不允许出现字节 %1</translation>
    </message>
    <message>
        <source>quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>结束引号之后出现多余的文本</translation>
    </message>
</context>
<context>
    <name>shelf::CsvWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot write: no output</source>
        <translation>无法写入：没有输出目标</translation>
    </message>
</context>
<context>
    <name>shelf::ImageDecoder</name>
    <message>
        <source>%1: cannot read the image header (%2)</source>
        <translation>%1: 无法读取图像文件头（%2）</translation>
    </message>
    <message>
        <source>%1: cannot decode the image (%2)</source>
        <translation>%1: 无法解码图像（%2）</translation>
    </message>
</context>
<context>
    <name>shelf::ImageListModel</name>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n box(es)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 x %3 px</source>
        <translation>%1
%2 × %3 像素</translation>
    </message>
</context>
<context>
    <name>shelf::ImageScanner</name>
    <message>
        <source>not a readable image</source>
        <translation>不是可读取的图像</translation>
    </message>
</context>
<context>
    <name>shelf::Labels</name>
    <message>
        <source>No shape</source>
        <translation type="unfinished">无形状</translation>
    </message>
    <message>
        <source>Bottle</source>
        <translation type="unfinished">瓶</translation>
    </message>
    <message>
        <source>Can</source>
        <translation type="unfinished">罐</translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished">盒</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished">袋</translation>
    </message>
    <message>
        <source>Jar</source>
        <translation type="unfinished">广口瓶</translation>
    </message>
    <message>
        <source>Handled bottle</source>
        <translation type="unfinished">带把手瓶</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished">包装组</translation>
    </message>
    <message>
        <source>No product type</source>
        <translation type="unfinished">无商品类型</translation>
    </message>
    <message>
        <source>Dairies</source>
        <translation type="unfinished">乳制品</translation>
    </message>
    <message>
        <source>Liquors</source>
        <translation type="unfinished">烈酒</translation>
    </message>
    <message>
        <source>Beers</source>
        <translation type="unfinished">啤酒</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation type="unfinished">化妆品</translation>
    </message>
    <message>
        <source>Non-alcoholic drinks</source>
        <translation type="unfinished">非酒精饮料</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation type="unfinished">烟草</translation>
    </message>
    <message>
        <source>Seasonings</source>
        <translation type="unfinished">调味品</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished">待审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">已拒绝</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">新建</translation>
    </message>
    <message>
        <source>Pre-annotated</source>
        <translation type="unfinished">已预标注</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">审核中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
</context>
<context>
    <name>shelf::MainWindow</name>
    <message>
        <source>ShelfLabel</source>
        <translation>ShelfLabel</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>ShelfLabel projects (*.shelf)</source>
        <translation>ShelfLabel 项目 (*.shelf)</translation>
    </message>
    <message>
        <source>Open &amp;Folder of Images...</source>
        <translation>打开图像文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Rejected Boxes</source>
        <translation>显示已拒绝的标注框(&amp;R)</translation>
    </message>
    <message>
        <source>%1 - ShelfLabel</source>
        <translation>%1 - ShelfLabel</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2 x %3 px  ·  %n box(es)</source>
        <translation>
            <numerusform>%1  ·  %2 × %3 像素  ·  %n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>Images not found</source>
        <translation>找不到图像</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of this project are not where the project says. They may have been moved or renamed. Look for them in a folder?</source>
        <translation>
            <numerusform>本项目有 %n 张图像不在项目记录的位置，可能已被移动或重命名。要在某个文件夹中查找它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with the missing images</source>
        <translation>缺失图像所在的文件夹</translation>
    </message>
    <message>
        <source>Relink failed</source>
        <translation>重新链接失败</translation>
    </message>
    <message>
        <source>Relink</source>
        <translation>重新链接</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s).</source>
        <translation>
            <numerusform>在 %n 张缺失的图像中找到了 %1 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ProjectOpener</name>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: 已跳过：%2</translation>
    </message>
    <message>
        <source>%1: image not found</source>
        <translation>%1: 找不到图像</translation>
    </message>
</context>
<context>
    <name>shelf::ProjectSetup</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: 文件夹不存在</translation>
    </message>
    <message>
        <source>%1: the project file must be in the images folder or above it (%2)</source>
        <translation>%1: 项目文件必须位于图像文件夹（%2）或其上级文件夹中</translation>
    </message>
    <message>
        <source>%1: creation cancelled</source>
        <translation>%1: 已取消创建</translation>
    </message>
</context>
<context>
    <name>shelf::ProjectStore</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1: 同名文件已存在</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: 项目文件不存在</translation>
    </message>
    <message>
        <source>cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>not a ShelfLabel project</source>
        <translation>不是 ShelfLabel 项目</translation>
    </message>
    <message>
        <source>the file has no project tables</source>
        <translation>文件中没有项目数据表</translation>
    </message>
    <message>
        <source>database query failed</source>
        <translation>数据库查询失败</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>the schema version is missing</source>
        <translation>缺少数据库结构版本</translation>
    </message>
    <message>
        <source>bad schema version &apos;%1&apos;</source>
        <translation>数据库结构版本“%1”无效</translation>
    </message>
    <message>
        <source>made by a newer ShelfLabel</source>
        <translation>由更新版本的 ShelfLabel 创建</translation>
    </message>
    <message>
        <source>schema version %1, this version reads up to %2</source>
        <translation>数据库结构版本为 %1，本版本最高只能读取版本 %2</translation>
    </message>
    <message>
        <source>cannot save the boxes</source>
        <translation>无法保存标注框</translation>
    </message>
</context>
<context>
    <name>shelf::Sku110kCsv</name>
    <message>
        <source>header line repeated; row skipped</source>
        <translation>表头行重复；已跳过该行</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;: expected %2 fields, found %3</source>
        <translation>缺少字段“%1”：应有 %2 个字段，实际为 %3 个</translation>
    </message>
    <message>
        <source>unexpected field: expected %1 fields, found %2</source>
        <translation>多余的字段：应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: the image size %2 must be at least 1</source>
        <translation>字段“%1”：图像尺寸 %2 必须不小于 1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a path inside the project folder</source>
        <translation>字段“%1”：“%2”不是项目文件夹内的路径</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: negative coordinate %2; row skipped</source>
        <translation>字段“%1”：坐标 %2 为负数；已跳过该行</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: coordinate %2 leaves no box inside the image; row skipped</source>
        <translation>字段“%1”：坐标 %2 使标注框完全落在图像之外；已跳过该行</translation>
    </message>
    <message>
        <source>field &apos;x2&apos;: x2 (%1) must be greater than x1 (%2)%3</source>
        <translation>字段“x2”：x2（%1）必须大于 x1（%2）%3</translation>
    </message>
    <message>
        <source>field &apos;y2&apos;: y2 (%1) must be greater than y1 (%2)%3</source>
        <translation>字段“y2”：y2（%1）必须大于 y1（%2）%3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source> (is this a SKU-110K results file?)</source>
        <translation>（这是 SKU-110K 结果文件吗？）</translation>
    </message>
    <message>
        <source> (is this a SKU-110K annotations file?)</source>
        <translation>（这是 SKU-110K 标注文件吗？）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>字段“%1”：“%2”不是有限数值</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is out of range (the limit is 1e9)</source>
        <translation>字段“%1”：“%2”超出范围（上限为 1e9）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a whole number</source>
        <translation>字段“%1”：“%2”不是整数</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>字段“%1”：“%2”不是数字</translation>
    </message>
    <message>
        <source> after clamping to the image width %1</source>
        <translation>（截断到图像宽度 %1 之后）</translation>
    </message>
    <message>
        <source> after clamping to the image height %1</source>
        <translation>（截断到图像高度 %1 之后）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had coordinates past the image edge, moved to the last pixel as the SKU-110K reader does (the first is here)</source>
        <translation>
            <numerusform>%n 行的坐标超出图像边缘，已按 SKU-110K 读取器的做法截断到边缘的最后一个像素（此处为其中第一行）</numerusform>
        </translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 is outside [0, 1]</source>
        <translation>字段“%1”：%2 不在 [0, 1] 范围内</translation>
    </message>
    <message>
        <source>the row gives the size of &apos;%1&apos; as %2x%3, the image is %4x%5: width and height are swapped (EXIF orientation?)</source>
        <translation>该行给出的“%1”尺寸为 %2x%3，而图像实际为 %4x%5：宽度和高度颠倒了（EXIF 方向？）</translation>
    </message>
    <message>
        <source>the row gives the size of &apos;%1&apos; as %2x%3, the image is %4x%5</source>
        <translation>该行给出的“%1”尺寸为 %2x%3，而图像实际为 %4x%5</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
</context>
<context>
    <name>shelf::Sku110kExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>shelf::Sku110kImport</name>
    <message>
        <source>image &apos;%1&apos; is not in the project (nor is a unique image of that file name)</source>
        <translation>图像“%1”不在项目中（项目中也没有唯一的同名图像）</translation>
    </message>
</context>
<context>
    <name>shelf::cli</name>
    <message>
        <source>Usage: shelflabel-cli COMMAND [options]</source>
        <translation>用法：shelflabel-cli COMMAND [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli COMMAND --help&apos; for its options.</source>
        <translation>运行“shelflabel-cli COMMAND --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>usage error: unknown command &apos;%1&apos;</source>
        <translation>用法错误：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>shelf::cli::CliCommand</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli %1 --help&apos; for the options.</source>
        <translation>运行“shelflabel-cli %1 --help”查看选项。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
</context>
<context>
    <name>shelf::cli::ExportCommand</name>
    <message>
        <source>Write a layer of a project as an SKU-110K annotations or results CSV file.</source>
        <translation>将项目的一个图层导出为 SKU-110K 标注或结果 CSV 文件。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>sku110k or sku110k-results.</source>
        <translation>sku110k 或 sku110k-results。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Layer to write (default: human for sku110k, em for sku110k-results).</source>
        <translation>要导出的图层（默认：sku110k 为 human，sku110k-results 为 em）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>accepted: accepted boxes only; all: proposed boxes too (rejected boxes are never written). Default: accepted for sku110k, all for sku110k-results.</source>
        <translation>accepted：仅导出已接受的标注框；all：同时导出待审的标注框（已拒绝的标注框一律不导出）。默认：sku110k 为 accepted，sku110k-results 为 all。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Write a header line in the sku110k format (the dataset&apos;s files have none).</source>
        <translation>以 sku110k 格式导出时写入表头行（该数据集自带的文件没有表头）。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>如果 FILE 已存在则覆盖。</translation>
    </message>
    <message>
        <source>expected one PROJECT file</source>
        <translation>应指定一个 PROJECT 文件</translation>
    </message>
    <message>
        <source>--format must be sku110k or sku110k-results</source>
        <translation>--format 必须为 sku110k 或 sku110k-results</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须指定 --out FILE</translation>
    </message>
    <message>
        <source>--state must be accepted or all</source>
        <translation>--state 必须为 accepted 或 all</translation>
    </message>
    <message>
        <source>%1: exists; pass --force to replace it</source>
        <translation>%1: 文件已存在；使用 --force 可覆盖</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n box(es) from layer &apos;%1&apos; to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::ImportCommand</name>
    <message>
        <source>Import an SKU-110K annotations or results CSV file into a layer of a project.</source>
        <translation>将 SKU-110K 标注或结果 CSV 文件导入项目的一个图层。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>sku110k (image_name,x1,y1,x2,y2,class,image_width,image_height; accepted human boxes) or sku110k-results (image_id,x1,y1,x2,y2,confidence,hard_score; proposed model boxes).</source>
        <translation>sku110k（image_name,x1,y1,x2,y2,class,image_width,image_height；人工标注的已接受标注框）或 sku110k-results（image_id,x1,y1,x2,y2,confidence,hard_score；模型生成的待审标注框）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Layer to fill (default: human for sku110k, em for sku110k-results).</source>
        <translation>要导入的目标图层（默认：sku110k 为 human，sku110k-results 为 em）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>expected PROJECT and FILE</source>
        <translation>应指定 PROJECT 和 FILE</translation>
    </message>
    <message>
        <source>--format must be sku110k or sku110k-results</source>
        <translation>--format 必须为 sku110k 或 sku110k-results</translation>
    </message>
    <message>
        <source>--layer must not be empty</source>
        <translation>--layer 不能为空</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation>%1；未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more warning(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) into layer &apos;%1&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows clamped to the image: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::InfoCommand</name>
    <message>
        <source>Show a project&apos;s images, boxes per layer and review state, and missing images.</source>
        <translation>显示项目的图像、按图层和审核状态统计的标注框，以及缺失的图像。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>在标准输出上打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>expected one PROJECT file</source>
        <translation>应指定一个 PROJECT 文件</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>Run &apos;shelflabel-cli relink PROJECT --folder DIR&apos; to find moved images.</source>
        <translation>运行“shelflabel-cli relink PROJECT --folder DIR”查找已移动的图像。</translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layers: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>layer %1: %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) (proposed %1, accepted %2, rejected %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::InitCommand</name>
    <message>
        <source>Create a project file from a folder of shelf images (searched recursively).</source>
        <translation>从货架图像文件夹创建项目文件（递归搜索子文件夹）。</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>要创建的项目文件。</translation>
    </message>
    <message>
        <source>Folder of images; the project file must be in it or above it.</source>
        <translation>图像文件夹；项目文件必须位于该文件夹或其上级文件夹中。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>expected one PROJECT file</source>
        <translation>应指定一个 PROJECT 文件</translation>
    </message>
    <message>
        <source>--images DIR is required</source>
        <translation>必须指定 --images DIR</translation>
    </message>
    <message>
        <source>warning: %1: skipped: %2</source>
        <translation>警告：%1: 已跳过：%2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n image(s).</source>
        <translation>
            <numerusform>已创建 %1，包含 %n 张图像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::RelinkCommand</name>
    <message>
        <source>Find a project&apos;s missing images under a folder and store their new paths.</source>
        <translation>在文件夹中查找项目缺失的图像，并保存其新路径。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Folder to search (inside the project folder).</source>
        <translation>要搜索的文件夹（须位于项目文件夹内）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>expected PROJECT and --folder DIR</source>
        <translation>应指定 PROJECT 和 --folder DIR</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n missing image(s).</source>
        <translation type="unfinished">
            <numerusform>在 %n 张缺失的图像中找到了 %1 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::gui</name>
    <message>
        <source>ShelfLabel: make retail-shelf detection datasets.</source>
        <translation>ShelfLabel：制作零售货架检测数据集。</translation>
    </message>
    <message>
        <source>A project file, or a folder of images.</source>
        <translation>项目文件或图像文件夹。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shelf::AnnotationEditor</name>
    <message>
        <source>&amp;Draw Box</source>
        <translation>绘制标注框(&amp;D)</translation>
    </message>
    <message>
        <source>Reject or &amp;Delete</source>
        <translation>拒绝或删除(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy Boxes of &amp;Previous Image</source>
        <translation>复制上一张图像的标注框(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Shape: %1</source>
        <translation>形状：%1</translation>
    </message>
    <message>
        <source>&amp;Accept Selected Boxes</source>
        <translation>接受所选标注框(&amp;A)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Accept All &amp;Proposals of the Image</source>
        <translation>接受本图像的全部待审标注框(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Box to Review</source>
        <translation>下一个待审标注框(&amp;N)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>P&amp;revious Box to Review</source>
        <translation>上一个待审标注框(&amp;R)</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Mark Image &amp;Done</source>
        <translation>将图像标记为已完成(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Reject or delete %n box(es)</source>
        <translation>
            <numerusform>拒绝或删除 %n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals left on this image.</source>
        <translation>此图像上已没有待审标注框。</translation>
    </message>
    <message>
        <source>There is no previous image.</source>
        <translation>没有上一张图像。</translation>
    </message>
    <message>
        <source>The previous image has no boxes to copy.</source>
        <translation>上一张图像没有可复制的标注框。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n box(es) from the previous image.</source>
        <translation>
            <numerusform>已从上一张图像复制 %n 个标注框。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every box of this image is reviewed.</source>
        <translation>此图像的所有标注框均已审核。</translation>
    </message>
</context>
<context>
    <name>shelf::BoxInspector</name>
    <message>
        <source>Selected boxes</source>
        <translation>所选标注框</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>商品类型</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Flavor / scent</source>
        <translation>口味 / 香型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Shelf type</source>
        <translation>货架类型</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>门店 ID</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>No box selected</source>
        <translation>未选择标注框</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) selected</source>
        <translation>
            <numerusform>已选择 %n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>confidence %1, hard score %2</source>
        <translation>置信度 %1，硬分数 %2</translation>
    </message>
    <message>
        <source>drawn by hand</source>
        <translation>手动绘制</translation>
    </message>
    <message>
        <source>%1 x %2 px · %3 · %4</source>
        <translation>%1 × %2 像素 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>shelf::CocoJsonReader</name>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>not a COCO file: expected a JSON object</source>
        <translation>不是 COCO 文件：应为 JSON 对象</translation>
    </message>
    <message>
        <source>not a COCO file: no &quot;%1&quot; array</source>
        <translation>不是 COCO 文件：没有 &quot;%1&quot; 数组</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>id %1 is used twice</source>
        <translation>ID %1 被使用了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relative path inside the project folder</source>
        <translation>“%1”不是项目文件夹内的相对路径</translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 1</source>
        <translation>应为 &gt;= 1 的整数</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>应为名称</translation>
    </message>
    <message>
        <source>not the id of an image of the file</source>
        <translation>不是该文件中某张图像的 ID</translation>
    </message>
    <message>
        <source>not the id of a category of the file</source>
        <translation>不是该文件中某个类别的 ID</translation>
    </message>
    <message>
        <source>expected [x, y, width, height]: four finite numbers within 1e9</source>
        <translation>应为 [x, y, width, height]：四个不超过 1e9 的有限数值</translation>
    </message>
    <message>
        <source>width and height must be greater than 0</source>
        <translation>宽度和高度必须大于 0</translation>
    </message>
    <message>
        <source>annotations[%1].bbox: negative coordinate; the box is skipped</source>
        <translation>annotations[%1].bbox：坐标为负数；已跳过该标注框</translation>
    </message>
    <message>
        <source>annotations[%1].bbox: outside its image; the box is skipped</source>
        <translation>annotations[%1].bbox：位于图像之外；已跳过该标注框</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos;</source>
        <translation>未知的形状“%1”</translation>
    </message>
    <message>
        <source>unknown product type &apos;%1&apos;</source>
        <translation>未知的商品类型“%1”</translation>
    </message>
    <message>
        <source>unknown review state &apos;%1&apos;</source>
        <translation>未知的审核状态“%1”</translation>
    </message>
    <message>
        <source>expected human or model</source>
        <translation>应为 human 或 model</translation>
    </message>
    <message>
        <source>expected a number in [0, 1]</source>
        <translation>应为 [0, 1] 范围内的数</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) reaching past their image were clamped to its edge</source>
        <translation>
            <numerusform>%n 个超出图像的标注框已被截断到图像边缘</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::CocoJsonWriter</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
</context>
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
    <name>shelf::CompareDashboard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>%1 与 %2 的比较</translation>
    </message>
    <message>
        <source>Precision–recall of %1 against %2</source>
        <translation>%1 相对于 %2 的精确率–召回率</translation>
    </message>
    <message>
        <source>Precision–recall needs a truth layer: tick &quot;B is the truth&quot;</source>
        <translation>精确率–召回率需要真值图层：请勾选“B 为真值”</translation>
    </message>
    <message>
        <source>IoU 0.50</source>
        <translation>IoU 0.50</translation>
    </message>
    <message>
        <source>IoU 0.75</source>
        <translation>IoU 0.75</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Scores of the boxes compared</source>
        <translation>参与比较的标注框的分数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Boxes per bin of %1</source>
        <translation>每个区间（宽 %1）的标注框数</translation>
    </message>
    <message>
        <source>Export CSV and charts…</source>
        <translation>导出 CSV 和图表…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) · </source>
        <translation>
            <numerusform>%n 张图像 · </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched pairs, %2 only in %3, %4 only in %5</source>
        <translation>%1 对匹配，%2 个仅在 %3 中，%4 个仅在 %5 中</translation>
    </message>
    <message>
        <source>%1 against %2: AP %3 · AP.50 %4 · AP.75 %5 · AR300 %6 · MAE %7 · RMSE %8</source>
        <translation>%1 相对于 %2：AP %3 · AP.50 %4 · AP.75 %5 · AR300 %6 · MAE %7 · RMSE %8</translation>
    </message>
    <message>
        <source>Export comparison to</source>
        <translation>将比较结果导出到</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>shelf::ComparePanel</name>
    <message>
        <source>B is the truth (TP / FP / FN)</source>
        <translation>B 为真值（TP / FP / FN）</translation>
    </message>
    <message>
        <source>Both layers</source>
        <translation>两个图层</translation>
    </message>
    <message>
        <source>Blink between layers</source>
        <translation>在图层间闪烁切换</translation>
    </message>
    <message>
        <source>Swipe: A left, B right of the cursor</source>
        <translation>滑动对比：光标左侧为 A，右侧为 B</translation>
    </message>
    <message>
        <source>Layer A only</source>
        <translation>仅图层 A</translation>
    </message>
    <message>
        <source>Layer B only</source>
        <translation>仅图层 B</translation>
    </message>
    <message>
        <source>Layer A (solid):</source>
        <translation>图层 A（实线）：</translation>
    </message>
    <message>
        <source>Layer B (dashed):</source>
        <translation>图层 B（虚线）：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Take into human layer</source>
        <translation>采纳到 human 图层</translation>
    </message>
    <message>
        <source>Reject box</source>
        <translation>拒绝标注框</translation>
    </message>
    <message>
        <source>Compare all images</source>
        <translation>比较全部图像</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>仪表板…</translation>
    </message>
    <message>
        <source>TP: %1</source>
        <translation>TP：%1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>已匹配：%1</translation>
    </message>
    <message>
        <source>FP: %1</source>
        <translation>FP：%1</translation>
    </message>
    <message>
        <source>Only A: %1</source>
        <translation>仅 A：%1</translation>
    </message>
    <message>
        <source>FN: %1</source>
        <translation>FN：%1</translation>
    </message>
    <message>
        <source>Only B: %1</source>
        <translation>仅 B：%1</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>没有图像。</translation>
    </message>
    <message>
        <source>Compare mode is off.</source>
        <translation>比较模式已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n box(es)</source>
        <translation>
            <numerusform>%1：%n 个标注框</numerusform>
        </translation>
    </message>
    <message>
        <source>AP %1 · AP.75 %2</source>
        <translation>AP %1 · AP.75 %2</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>标记为未审核</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <source>%1×%2 at (%3, %4)</source>
        <translation>%1×%2，位于 (%3, %4)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>That box is in the human layer already.</source>
        <translation>该标注框已在 human 图层中。</translation>
    </message>
    <message>
        <source>Take box from %1</source>
        <translation>从 %1 采纳标注框</translation>
    </message>
    <message>
        <source>Box taken from %1 into the human layer.</source>
        <translation>已将 %1 中的标注框采纳到 human 图层。</translation>
    </message>
    <message>
        <source>Box of %1 rejected.</source>
        <translation>已拒绝 %1 中的标注框。</translation>
    </message>
    <message>
        <source>Mark image reviewed</source>
        <translation>将图像标记为已审核</translation>
    </message>
    <message>
        <source>Mark image not reviewed</source>
        <translation>将图像标记为未审核</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n image(s).</source>
        <translation>
            <numerusform>已比较 %n 张图像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ComparisonTableModel</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>不一致项</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>AP.75</source>
        <translation>AP.75</translation>
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
    <name>shelf::DatasetExporter</name>
    <message>
        <source>no output path</source>
        <translation>未指定输出路径</translation>
    </message>
    <message>
        <source>%1: exists; choose to replace it (--force)</source>
        <translation>%1: 已存在；请选择覆盖它（--force）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder</source>
        <translation>%1: 无法创建临时文件夹</translation>
    </message>
    <message>
        <source>%1: cannot rename the export into place</source>
        <translation>%1: 无法将导出结果重命名到目标位置</translation>
    </message>
    <message>
        <source>%1: cannot replace it</source>
        <translation>%1: 无法覆盖</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
</context>
<context>
    <name>shelf::DatasetImporter</name>
    <message>
        <source>images[%1].file_name: image &apos;%2&apos; is not in the project (nor is a unique image of that file name)</source>
        <translation>images[%1].file_name：图像“%2”不在项目中（项目中也没有唯一的同名图像）</translation>
    </message>
    <message>
        <source>images[%1]: size %2 x %3 differs from the image&apos;s %4 x %5</source>
        <translation>images[%1]：尺寸 %2 × %3 与图像的实际尺寸 %4 × %5 不同</translation>
    </message>
    <message>
        <source>no image of the project matches the label file &apos;%1&apos; (by exported name or unique file name)</source>
        <translation>项目中没有与标签文件“%1”匹配的图像（按导出名称或唯一文件名匹配）</translation>
    </message>
    <message>
        <source>the box is outside its image; skipped</source>
        <translation>标注框位于图像之外；已跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) reaching past their image were clamped to its edge</source>
        <translation>
            <numerusform>%n 个超出图像的标注框已被截断到图像边缘</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::DetectorModel</name>
    <message>
        <source>a %1 tensor [%2]</source>
        <translation>%1 张量 [%2]</translation>
    </message>
    <message>
        <source>a tuple of %1 values</source>
        <translation>含 %1 个值的元组</translation>
    </message>
    <message>
        <source>a list of %1 values</source>
        <translation>含 %1 个值的列表</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>类型为 %1 的值</translation>
    </message>
    <message>
        <source>expected a tuple of 4 tensors (boxes [B, N, 4], hard_scores [B, N], soft_iou [B, N], labels [B, N] int64)</source>
        <translation>应为 4 个张量组成的元组（boxes [B, N, 4]、hard_scores [B, N]、soft_iou [B, N]、labels [B, N] int64）</translation>
    </message>
    <message>
        <source>the probe run returned %1; %2</source>
        <translation>试运行返回了 %1；%2</translation>
    </message>
    <message>
        <source>the probe run returned a tuple holding %1; %2</source>
        <translation>试运行返回的元组包含 %1；%2</translation>
    </message>
    <message>
        <source>boxes: expected a floating-point tensor [1, N, 4] for a batch of 1, found %1</source>
        <translation>boxes：批大小为 1 时应为浮点张量 [1, N, 4]，实际为 %1</translation>
    </message>
    <message>
        <source>%1: expected %2 [1, %3] (N as in boxes), found %4</source>
        <translation>%1：应为 %2 [1, %3]（N 与 boxes 相同），实际为 %4</translation>
    </message>
    <message>
        <source>a floating-point tensor</source>
        <translation>浮点张量</translation>
    </message>
    <message>
        <source>an int64 tensor</source>
        <translation>int64 张量</translation>
    </message>
    <message>
        <source>expected [1, N, %1] (YOLOv5: box, objectness, %2 class scores) or [1, %3, N] (YOLOv8: box, %2 class scores)</source>
        <translation>应为 [1, N, %1]（YOLOv5：框、目标置信度、%2 个类别分数）或 [1, %3, N]（YOLOv8：框、%2 个类别分数）</translation>
    </message>
    <message>
        <source>model.json names the %1 adapter; the probe run returned %2; %3</source>
        <translation>model.json 指定了 %1 适配器；试运行返回了 %2；%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>CUDA was requested but is not available (this LibTorch has no CUDA support or no GPU was found); running on the CPU.</source>
        <translation>请求了 CUDA，但不可用（此 LibTorch 不支持 CUDA，或未找到 GPU）；改在 CPU 上运行。</translation>
    </message>
    <message>
        <source>not a TorchScript model: expected a file saved by torch.jit.save, and LibTorch says: %1</source>
        <translation>不是 TorchScript 模型：应为 torch.jit.save 保存的文件，LibTorch 报告：%1</translation>
    </message>
    <message>
        <source>cannot read %1 (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
    <message>
        <source>expected metadata: shelflabel.json inside the file (a ShelfLabel detector), config.txt inside it (an Ultralytics YOLOv5/YOLOv8 export), or a model.json beside it naming an adapter; found none of them</source>
        <translation>需要元数据：文件内的 shelflabel.json（ShelfLabel 检测模型）、文件内的 config.txt（Ultralytics YOLOv5/YOLOv8 导出），或文件旁指定适配器的 model.json；均未找到</translation>
    </message>
    <message>
        <source>model metadata: %1</source>
        <translation>模型元数据：%1</translation>
    </message>
    <message>
        <source>YOLO metadata: %1</source>
        <translation>YOLO 元数据：%1</translation>
    </message>
    <message>
        <source> A half-precision (FP16) export runs on CUDA only; export it in FP32.</source>
        <translation> 半精度（FP16）导出只能在 CUDA 上运行；请以 FP32 导出。</translation>
    </message>
    <message>
        <source>the probe run with a zero input of the expected size failed: %1.%2</source>
        <translation>以预期尺寸的全零输入试运行失败：%1。%2</translation>
    </message>
    <message>
        <source>CUDA device 0</source>
        <translation>CUDA 设备 0</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU，%n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>the warm-up run failed: %1</source>
        <translation>预热运行失败：%1</translation>
    </message>
    <message>
        <source>the model returned %1 for a batch of %2; expected [%2, N, 4]</source>
        <translation>模型对大小为 %2 的批返回了 %1；应为 [%2, N, 4]</translation>
    </message>
    <message>
        <source>the model returned %1 for a batch of %2, unlike its probe run</source>
        <translation>模型对大小为 %2 的批返回了 %1，与试运行不一致</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>模型运行失败：%1</translation>
    </message>
</context>
<context>
    <name>shelf::EvalInput</name>
    <message>
        <source>the header line has no column %1</source>
        <translation>表头行中没有列 %1</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header line, found %2</source>
        <translation>应与表头行一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <source>field &apos;x2&apos;: x2 (%1) must be greater than x1 (%2)</source>
        <translation>字段“x2”：x2（%1）必须大于 x1（%2）</translation>
    </message>
    <message>
        <source>field &apos;y2&apos;: y2 (%1) must be greater than y1 (%2)</source>
        <translation>字段“y2”：y2（%1）必须大于 y1（%2）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a finite number</source>
        <translation>字段“%1”：“%2”不是有限数值</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>字段“%1”：“%2”不是数字</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>shelf::EvalReport</name>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>AP.50</source>
        <translation>AP.50</translation>
    </message>
    <message>
        <source>AP.75</source>
        <translation>AP.75</translation>
    </message>
    <message>
        <source>AR%1</source>
        <translation>AR%1</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>truths</source>
        <translation>真值框数</translation>
    </message>
    <message>
        <source>detections</source>
        <translation>检测框数</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>better in</source>
        <translation>领先比例</translation>
    </message>
    <message>
        <source>tied in</source>
        <translation>持平比例</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2: %n resample(s) of %3 images (seed %4)</source>
        <translation>
            <numerusform>%1 对比 %2：%3 张图像的 %n 次重抽样（种子 %4）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>SKU-110K annotations (CSV file)</source>
        <translation>SKU-110K 标注（CSV 文件）</translation>
    </message>
    <message>
        <source>RP2K object crops + CSV (folder)</source>
        <translation>RP2K 商品裁剪图 + CSV（文件夹）</translation>
    </message>
    <message>
        <source>COCO JSON (folder)</source>
        <translation>COCO JSON（文件夹）</translation>
    </message>
    <message>
        <source>YOLO (folder)</source>
        <translation>YOLO（文件夹）</translation>
    </message>
    <message>
        <source>Pascal VOC XML (folder)</source>
        <translation>Pascal VOC XML（文件夹）</translation>
    </message>
    <message>
        <source>Accepted boxes</source>
        <translation>已接受的标注框</translation>
    </message>
    <message>
        <source>Accepted and proposed boxes</source>
        <translation>已接受和待审的标注框</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>Images marked done</source>
        <translation>已标记为完成的图像</translation>
    </message>
    <message>
        <source>One class: object</source>
        <translation>单一类别：object</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <source>By box, stratified by class</source>
        <translation>按标注框，按类别分层</translation>
    </message>
    <message>
        <source>By shelf image (no image in both sets)</source>
        <translation>按货架图像（同一图像不会同时出现在两个集合中）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Replace an existing file or folder</source>
        <translation>覆盖已有的文件或文件夹</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Boxes:</source>
        <translation>标注框：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Train share:</source>
        <translation>训练集比例：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分方式：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>写入到：</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>请选择导出的写入位置。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), </source>
        <translation>
            <numerusform>%n 张图像，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to export.</source>
        <translation>
            <numerusform>%n 个标注框待导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Export anyway, or go back and fix them first.</source>
        <translation>可以仍然导出，或返回先修正这些问题。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) </source>
        <translation>
            <numerusform>已导出 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n box(es) </source>
        <translation>
            <numerusform>（%n 个标注框）</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1.</source>
        <translation>到 %1。</translation>
    </message>
</context>
<context>
    <name>shelf::ExportValidator</name>
    <message numerus="yes">
        <source>%n box(es) smaller than 80 x 80 px</source>
        <translation>
            <numerusform>%n 个标注框小于 80 × 80 像素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) reaching outside the image</source>
        <translation>
            <numerusform>%n 个标注框超出图像范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of near-duplicate boxes</source>
        <translation>
            <numerusform>%n 对近似重复的标注框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) with neither a shape nor an SKU id</source>
        <translation>
            <numerusform>%n 个标注框既没有形状也没有 SKU ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) without the chosen class (exported as &quot;unlabelled&quot;)</source>
        <translation>
            <numerusform>%n 个标注框没有所选类别（导出为“unlabelled”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not marked done</source>
        <translation>
            <numerusform>%n 张图像未标记为完成</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not marked done</source>
        <translation>%1: 未标记为完成</translation>
    </message>
    <message>
        <source>%1: box %2 is %3 x %4 px, under 80 x 80</source>
        <translation>%1: 标注框 %2 为 %3 × %4 像素，小于 80 × 80</translation>
    </message>
    <message>
        <source>%1: boxes %2 and %3 overlap (IoU %4)</source>
        <translation>%1: 标注框 %2 和 %3 重叠（IoU %4）</translation>
    </message>
    <message>
        <source>%1: box %2 reaches outside the %3 x %4 image</source>
        <translation>%1: 标注框 %2 超出了 %3 × %4 的图像范围</translation>
    </message>
    <message>
        <source>%1: box %2 has no %3 label</source>
        <translation>%1: 标注框 %2 没有 %3 标签</translation>
    </message>
</context>
<context>
    <name>shelf::ImageCopy</name>
    <message>
        <source>%1: cannot copy to %2 (%3)</source>
        <translation>%1: 无法复制到 %2（%3）</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: 无法写入图像</translation>
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
    <name>shelf::ImageListDelegate</name>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n 个标注框</numerusform>
        </translation>
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
    <name>shelf::InferenceService</name>
    <message>
        <source>The inference service has shut down.</source>
        <translation>推理服务已关闭。</translation>
    </message>
</context>
<context>
    <name>shelf::InferenceWorker</name>
    <message>
        <source>No detector model is loaded.</source>
        <translation>未加载检测模型。</translation>
    </message>
</context>
<context>
    <name>shelf::Labels</name>
    <message>
        <source>No shape</source>
        <translation>无形状</translation>
    </message>
    <message>
        <source>Bottle</source>
        <translation>瓶</translation>
    </message>
    <message>
        <source>Can</source>
        <translation>罐</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <source>Jar</source>
        <translation>广口瓶</translation>
    </message>
    <message>
        <source>Handled bottle</source>
        <translation>带把手瓶</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包装组</translation>
    </message>
    <message>
        <source>No product type</source>
        <translation>无商品类型</translation>
    </message>
    <message>
        <source>Dairies</source>
        <translation>乳制品</translation>
    </message>
    <message>
        <source>Liquors</source>
        <translation>烈酒</translation>
    </message>
    <message>
        <source>Beers</source>
        <translation>啤酒</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation>化妆品</translation>
    </message>
    <message>
        <source>Non-alcoholic drinks</source>
        <translation>非酒精饮料</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>烟草</translation>
    </message>
    <message>
        <source>Seasonings</source>
        <translation>调味品</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Pre-annotated</source>
        <translation>已预标注</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
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
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>SKU Catalog</source>
        <translation>SKU 目录</translation>
    </message>
    <message>
        <source>Select the boxes to label first.</source>
        <translation>请先选择要设置标签的标注框。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n 个待审</numerusform>
        </translation>
    </message>
    <message>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>New Project from &amp;Folder of Images...</source>
        <translation>从图像文件夹新建项目(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Find &amp;SKU...</source>
        <translation>查找 SKU(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Import SKU Catalog...</source>
        <translation>导入 SKU 目录(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Image</source>
        <translation>上一张图像(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Image</source>
        <translation>下一张图像(&amp;X)</translation>
    </message>
    <message>
        <source>Pre-annotate &amp;Current Image</source>
        <translation>预标注当前图像(&amp;C)</translation>
    </message>
    <message>
        <source>Pre-annotate All &amp;Listed Images</source>
        <translation>预标注列表中的所有图像(&amp;L)</translation>
    </message>
    <message>
        <source>Choose Detector &amp;Model...</source>
        <translation>选择检测模型(&amp;M)...</translation>
    </message>
    <message>
        <source>Choose Detector Model</source>
        <translation>选择检测模型</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.torchscript)</source>
        <translation>TorchScript 模型 (*.pt *.torchscript)</translation>
    </message>
    <message>
        <source>Next &amp;Warning</source>
        <translation>下一个警告(&amp;W)</translation>
    </message>
    <message>
        <source>Previous Warnin&amp;g</source>
        <translation>上一个警告(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts...</source>
        <translation>键盘快捷键(&amp;K)...</translation>
    </message>
    <message>
        <source>Compare Layers</source>
        <translation>比较图层</translation>
    </message>
    <message>
        <source>EM-Merger Inspector</source>
        <translation>EM-Merger 检查器</translation>
    </message>
    <message>
        <source>&amp;Export Dataset...</source>
        <translation>导出数据集(&amp;E)...</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Compare Layers</source>
        <translation>比较图层(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;EM-Merger Inspector</source>
        <translation>EM-Merger 检查器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Blink Compared Layers</source>
        <translation>闪烁切换比较的图层(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
</context>
<context>
    <name>shelf::MatDecoder</name>
    <message>
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1: 文件为空（0 字节）</translation>
    </message>
    <message>
        <source>%1: cannot read the image header (%2)</source>
        <translation>%1: 无法读取图像文件头（%2）</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels can be decoded for detection. Downscale the image or split it into parts.</source>
        <translation>%1: 图像为 %2 × %3 像素（%4 百万像素）；用于检测时最多只能解码 %5 百万像素。请缩小图像或将其拆分为多个部分。</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: 无法打开文件（%2）</translation>
    </message>
</context>
<context>
    <name>shelf::MergeInspector</name>
    <message>
        <source>EM converged</source>
        <translation>EM 已收敛</translation>
    </message>
    <message>
        <source>EM fell back: its objective rose</source>
        <translation>EM 已回退：目标函数值上升</translation>
    </message>
    <message>
        <source>EM fell back: no convergence in 20 iterations</source>
        <translation>EM 已回退：20 次迭代内未收敛</translation>
    </message>
    <message>
        <source>too few candidates for EM (n &lt;= k): NMS survivors kept</source>
        <translation>候选框过少，无法进行 EM（n &lt;= k）：保留 NMS 后剩余的框</translation>
    </message>
    <message>
        <source>blob too small for EM</source>
        <translation>团块过小，无法进行 EM</translation>
    </message>
    <message>
        <source>no candidate centre in the blob</source>
        <translation>团块中没有候选框中心</translation>
    </message>
    <message>
        <source>No EM-Merger box lies under the selection: pre-annotate the image, or select a box the detector proposed.</source>
        <translation>所选位置下没有 EM-Merger 标注框：请预标注该图像，或选择一个由检测模型提出的标注框。</translation>
    </message>
    <message>
        <source>The image has no raw candidates stored: pre-annotate it again.</source>
        <translation>该图像没有保存原始候选框：请重新预标注。</translation>
    </message>
    <message>
        <source>The EM-Merger refused the raw layer: %1</source>
        <translation>EM-Merger 拒绝处理 raw 图层：%1</translation>
    </message>
    <message>
        <source>The recomputed merge kept no box where the em layer has one: the em layer was made with other settings.</source>
        <translation>重新计算的合并结果在 em 图层有标注框的位置没有保留任何框：em 图层是用其他设置生成的。</translation>
    </message>
</context>
<context>
    <name>shelf::MergeInspectorPanel</name>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Hard score</source>
        <translation>硬分数</translation>
    </message>
    <message>
        <source>Soft-IoU</source>
        <translation>Soft-IoU</translation>
    </message>
    <message>
        <source>IoU with merged</source>
        <translation>与合并框的 IoU</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Show candidates</source>
        <translation>显示候选框</translation>
    </message>
    <message>
        <source>Show heat map</source>
        <translation>显示热力图</translation>
    </message>
    <message>
        <source>Select one box the detector proposed to see how the EM-Merger made it.</source>
        <translation>选择一个由检测模型提出的标注框，查看 EM-Merger 是如何生成它的。</translation>
    </message>
    <message>
        <source>Recomputing the EM-Merger for this box…</source>
        <translation>正在为此标注框重新计算 EM-Merger…</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <source>Merged box %1×%2 at (%3, %4), confidence %5, from %n raw candidate(s).</source>
        <translation>
            <numerusform>合并框 %1×%2，位于 (%3, %4)，置信度 %5，由 %n 个原始候选框合并而成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blob: n = %1 candidates, k = %2 products; %3 after %n iteration(s).</source>
        <translation>
            <numerusform>团块：n = %1 个候选框，k = %2 个商品；%3（%n 次迭代）。</numerusform>
        </translation>
    </message>
    <message>
        <source>EM fell back to its initialisation for this blob.</source>
        <translation>EM 对此团块回退到了初始值。</translation>
    </message>
    <message>
        <source>Its centre lies on no heat-map blob: kept by IoMin-NMS, not by EM.</source>
        <translation>其中心不在任何热力图团块上：由 IoMin-NMS 保留，而非 EM。</translation>
    </message>
    <message>
        <source>Recomputed with the default EM-Merger; the stored box differs (IoU %1): the em layer was made with other settings.</source>
        <translation>已使用默认 EM-Merger 重新计算；保存的标注框与之不同（IoU %1）：em 图层是用其他设置生成的。</translation>
    </message>
</context>
<context>
    <name>shelf::ModelMetadata</name>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>空（缺少该键）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected %2, found %3</source>
        <translation>&quot;%1&quot;：应为%2，实际为 %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 不是有效的 JSON（第 %3 字节处：%2）</translation>
    </message>
    <message>
        <source>%1: expected a JSON object, found %2</source>
        <translation>%1: 应为 JSON 对象，实际为 %2</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>其他值</translation>
    </message>
    <message>
        <source>a non-empty list of class names</source>
        <translation>非空的类别名称列表</translation>
    </message>
    <message>
        <source>a number from 0 up to 1</source>
        <translation>0 到 1 之间的数</translation>
    </message>
    <message>
        <source>an integer from 1 to 1000000</source>
        <translation>1 到 1000000 之间的整数</translation>
    </message>
    <message>
        <source>an integer from 1 to %1</source>
        <translation>1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>a list of class names or a map from index to name</source>
        <translation>类别名称列表，或从索引到名称的映射</translation>
    </message>
    <message>
        <source>indices 0 to N-1</source>
        <translation>索引 0 到 N-1</translation>
    </message>
    <message>
        <source>&quot;version&quot;: expected 1 (the version this ShelfLabel reads), found %1</source>
        <translation>&quot;version&quot;：应为 1（本版本 ShelfLabel 读取的版本），实际为 %1</translation>
    </message>
    <message>
        <source>an object with min_side, max_side and size_divisor</source>
        <translation>包含 min_side、max_side 和 size_divisor 的对象</translation>
    </message>
    <message>
        <source>&quot;input&quot;: expected min_side &lt;= max_side, found min_side %1 and max_side %2</source>
        <translation>&quot;input&quot;：应满足 min_side &lt;= max_side，实际 min_side 为 %1，max_side 为 %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>&quot;detect&quot; (segmentation, pose and classification exports are not detectors)</source>
        <translation>&quot;detect&quot;（分割、姿态估计和分类模型的导出不是检测模型）</translation>
    </message>
    <message>
        <source>[batch, 3, height, width]</source>
        <translation>[批大小, 3, 高度, 宽度]</translation>
    </message>
    <message>
        <source>[height, width] or one size</source>
        <translation>[高度, 宽度] 或单个尺寸</translation>
    </message>
    <message>
        <source>the input size as &quot;shape&quot; [1, 3, H, W] or &quot;imgsz&quot; [H, W]</source>
        <translation>以 &quot;shape&quot; [1, 3, H, W] 或 &quot;imgsz&quot; [H, W] 表示的输入尺寸</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>正整数</translation>
    </message>
    <message>
        <source>&quot;shelflabel-detector&quot;, &quot;yolov5&quot; or &quot;yolov8&quot;</source>
        <translation>&quot;shelflabel-detector&quot;、&quot;yolov5&quot; 或 &quot;yolov8&quot;</translation>
    </message>
    <message>
        <source>expected the class names (&quot;names&quot; in config.txt or &quot;classes&quot; in model.json), found none</source>
        <translation>应提供类别名称（config.txt 中的 &quot;names&quot; 或 model.json 中的 &quot;classes&quot;），但未找到</translation>
    </message>
    <message>
        <source>expected the input size (&quot;shape&quot; or &quot;imgsz&quot; in config.txt, or &quot;input&quot; in model.json), found none</source>
        <translation>应提供输入尺寸（config.txt 中的 &quot;shape&quot; 或 &quot;imgsz&quot;，或 model.json 中的 &quot;input&quot;），但未找到</translation>
    </message>
</context>
<context>
    <name>shelf::PreAnnotationBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pre-annotating %1 / %2</source>
        <translation>正在预标注 %1 / %2</translation>
    </message>
    <message>
        <source>Detector not loaded</source>
        <translation>检测模型未加载</translation>
    </message>
    <message>
        <source>Detector: %1</source>
        <translation>检测模型：%1</translation>
    </message>
</context>
<context>
    <name>shelf::PreAnnotationController</name>
    <message>
        <source>Pre-annotation failed: %1</source>
        <translation>预标注失败：%1</translation>
    </message>
    <message>
        <source>The model file %1 is gone; using the bundled detector.</source>
        <translation>模型文件 %1 已不存在；改用内置检测模型。</translation>
    </message>
    <message>
        <source>No detector model: choose one in Edit &gt; Preferences.</source>
        <translation>没有检测模型：请在“编辑 &gt; 首选项”中选择一个。</translation>
    </message>
    <message>
        <source>Detector %1 ready on %2</source>
        <translation>检测模型 %1 已在 %2 上就绪</translation>
    </message>
    <message>
        <source>Detector not loaded: %1</source>
        <translation>检测模型未加载：%1</translation>
    </message>
    <message>
        <source>Detector not loaded</source>
        <translation>检测模型未加载</translation>
    </message>
    <message>
        <source>The detector model could not be loaded.

%1</source>
        <translation>无法加载检测模型。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming the interrupted pre-annotation of %n image(s).</source>
        <translation>
            <numerusform>正在继续之前中断的 %n 张图像的预标注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotation cancelled; %n image(s) left.</source>
        <translation>
            <numerusform>预标注已取消；还剩 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotated %n image(s).</source>
        <translation>
            <numerusform>已预标注 %n 张图像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::PreAnnotationWriter</name>
    <message>
        <source>The project was closed before the boxes were stored.</source>
        <translation>在保存标注框之前项目已关闭。</translation>
    </message>
    <message>
        <source>The pre-annotation of this image was undone while it was stored.</source>
        <translation>此图像的预标注在保存过程中被撤销。</translation>
    </message>
    <message>
        <source>Image %1 is not in the project.</source>
        <translation>图像 %1 不在项目中。</translation>
    </message>
    <message>
        <source>%1: the prediction was cancelled.</source>
        <translation>%1: 预测已取消。</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels on disk but %4 x %5 in the project; relink or re-add it before pre-annotating.</source>
        <translation>%1: 磁盘上的图像为 %2 × %3 像素，而项目中记录为 %4 × %5；请在预标注前重新链接或重新添加该图像。</translation>
    </message>
    <message>
        <source>Pre-annotate %1</source>
        <translation>预标注 %1</translation>
    </message>
</context>
<context>
    <name>shelf::PredictionWriter</name>
    <message>
        <source>Image %1 is not in the project.</source>
        <translation>图像 %1 不在项目中。</translation>
    </message>
    <message>
        <source>%1: the prediction was cancelled.</source>
        <translation>%1: 预测已取消。</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels on disk but %4 x %5 in the project; relink or re-add it before pre-annotating.</source>
        <translation>%1: 磁盘上的图像为 %2 × %3 像素，而项目中记录为 %4 × %5；请在预标注前重新链接或重新添加该图像。</translation>
    </message>
    <message numerus="yes">
        <source>Pre-annotate %1 (%n box(es))</source>
        <translation>
            <numerusform>预标注 %1（%n 个标注框）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::Predictor</name>
    <message>
        <source>%1: expected an 8-bit BGR image</source>
        <translation>%1: 应为 8 位 BGR 图像</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels and would need %4 tiles of %5 x %6 (at most %7 are allowed); downscale the image or run it without tiles.</source>
        <translation>%1: 图像为 %2 × %3 像素，需要 %4 个 %5 × %6 的图块（最多允许 %7 个）；请缩小图像，或不分块运行。</translation>
    </message>
    <message>
        <source>%1: out of memory even in tiles (%2); lower the batch size or run on the CPU</source>
        <translation>%1: 即使分块处理仍内存不足（%2）；请减小批大小或改在 CPU 上运行</translation>
    </message>
    <message>
        <source>%1: merging failed: %2</source>
        <translation>%1: 合并失败：%2</translation>
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
    <message>
        <source>bulk insert outside a transaction</source>
        <translation>在事务之外进行了批量插入</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>cannot be migrated</source>
        <translation>无法迁移</translation>
    </message>
    <message>
        <source>no step from schema version %1</source>
        <translation>没有从架构版本 %1 升级的步骤</translation>
    </message>
</context>
<context>
    <name>shelf::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>shelf::Rp2kCropWriter</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write the crop</source>
        <translation>%1: 无法写入裁剪图</translation>
    </message>
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
    <name>shelf::SettingsDialog</name>
    <message>
        <source>&amp;Bundled detector</source>
        <translation>内置检测模型(&amp;B)</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>模型文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (not available here: runs on the CPU)</source>
        <translation>CUDA（此处不可用：将在 CPU 上运行）</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>检测模型</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>confidence = rate x hard score + (1 - rate) x Soft-IoU score; the model contract&apos;s default is %1.</source>
        <translation>置信度 = 比率 × 硬分数 + (1 - 比率) × Soft-IoU 分数；模型约定的默认值为 %1。</translation>
    </message>
    <message>
        <source>The model&apos;s own (%1)</source>
        <translation>模型自身的值（%1）</translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation>模型自身的值</translation>
    </message>
    <message>
        <source>EM-Merger and NMS</source>
        <translation>EM-Merger 和 NMS</translation>
    </message>
    <message>
        <source>EM-Merger</source>
        <translation>EM-Merger</translation>
    </message>
    <message>
        <source>EM-Merger, the authors&apos; reference</source>
        <translation>EM-Merger（原作者的参考实现）</translation>
    </message>
    <message>
        <source>NMS</source>
        <translation>NMS</translation>
    </message>
    <message>
        <source>The proposals come from the EM-Merger&apos;s boxes when it runs, else from NMS.</source>
        <translation>运行 EM-Merger 时，待审标注框来自 EM-Merger 的结果，否则来自 NMS。</translation>
    </message>
    <message>
        <source>NMS drops a box that overlaps a better one at this IoU or more.</source>
        <translation>若某个标注框与更优的框的 IoU 达到或超过此值，NMS 会将其舍弃。</translation>
    </message>
    <message>
        <source>Candidates and merging</source>
        <translation>候选框与合并</translation>
    </message>
    <message>
        <source>&amp;Hard score rate:</source>
        <translation>硬分数比率(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Minimum hard score:</source>
        <translation>最低硬分数(&amp;M)：</translation>
    </message>
    <message>
        <source>Merge &amp;method:</source>
        <translation>合并方法(&amp;M)：</translation>
    </message>
    <message>
        <source>NMS &amp;IoU threshold:</source>
        <translation>NMS IoU 阈值(&amp;I)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Model file: choose a file, or use the bundled detector.</source>
        <translation>模型文件：请选择一个文件，或使用内置检测模型。</translation>
    </message>
    <message>
        <source>Model file: %1 does not exist.</source>
        <translation>模型文件：%1 不存在。</translation>
    </message>
    <message>
        <source>Model file: %1 is not a readable file.</source>
        <translation>模型文件：%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>Hard score rate: expected a number from 0 to 1.</source>
        <translation>硬分数比率：应为 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>Minimum hard score: expected a number from %1 to %2.</source>
        <translation>最低硬分数：应为 %1 到 %2 之间的数。</translation>
    </message>
    <message>
        <source>NMS IoU threshold: expected a number from %1 to %2.</source>
        <translation>NMS IoU 阈值：应为 %1 到 %2 之间的数。</translation>
    </message>
    <message>
        <source>Choose Detector Model</source>
        <translation>选择检测模型</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.torchscript);;All files (*)</source>
        <translation>TorchScript 模型 (*.pt *.torchscript);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No detector is loaded yet.</source>
        <translation>尚未加载检测模型。</translation>
    </message>
    <message>
        <source>The detector runs on: %1.</source>
        <translation>检测模型运行于：%1。</translation>
    </message>
    <message>
        <source>The last model did not load: %1</source>
        <translation>上次的模型未能加载：%1</translation>
    </message>
    <message>
        <source>Whether CUDA is available is known once a model loads with Automatic or CUDA.</source>
        <translation>以“自动”或 CUDA 设置加载模型后，才能得知 CUDA 是否可用。</translation>
    </message>
    <message>
        <source>CUDA is available on this machine.</source>
        <translation>本机可以使用 CUDA。</translation>
    </message>
    <message>
        <source>CUDA is not available on this machine (no GPU, or a LibTorch without CUDA).</source>
        <translation>本机无法使用 CUDA（没有 GPU，或 LibTorch 不支持 CUDA）。</translation>
    </message>
    <message>
        <source>Refine the EM-Merger&apos;s boxes by &amp;voting</source>
        <translation>用投票细化 EM-Merger 的框(&amp;V)</translation>
    </message>
    <message>
        <source>Each merged box becomes the mean of the well-scored candidates of IoU 0.5 or more with it; off keeps the detector&apos;s own box. The authors&apos; reference merger never votes.</source>
        <translation>每个合并后的框取与其 IoU 不低于 0.5 的高分候选框的平均；关闭则保留检测器自身的框。作者的参考合并器从不投票。</translation>
    </message>
</context>
<context>
    <name>shelf::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Click a shortcut to change it. Space (accept, or hold to pan), Tab / Shift+Tab (next / previous box to review), the arrows (nudge by 1 px, with Shift by 10 px) and Esc work on the canvas and are fixed.</source>
        <translation>点击快捷键即可修改。空格（接受，按住可平移）、Tab / Shift+Tab（下一个 / 上一个待审标注框）、方向键（微移 1 像素，按住 Shift 时为 10 像素）和 Esc 在画布上使用，不可更改。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>恢复默认值</translation>
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
    <name>shelf::SkuCatalogCsv</name>
    <message>
        <source>the file is empty (the first line must name the columns: %1)</source>
        <translation>文件为空（第一行必须列出各列的名称：%1）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is named twice in the header (first in column %2)</source>
        <translation>表头中列“%1”出现了两次（第一次在第 %2 列）</translation>
    </message>
    <message>
        <source>missing required column &apos;sku_id&apos;: the first line must name the columns (%1)</source>
        <translation>缺少必需的列“sku_id”：第一行必须列出各列的名称（%1）</translation>
    </message>
    <message>
        <source>missing field: the header names %1 columns, this row has %2</source>
        <translation>缺少字段：表头列出了 %1 列，该行有 %2 列</translation>
    </message>
    <message>
        <source>unexpected field: the header names %1 columns, this row has %2</source>
        <translation>多余的字段：表头列出了 %1 列，该行有 %2 列</translation>
    </message>
    <message>
        <source>field &apos;sku_id&apos; is empty</source>
        <translation>字段“sku_id”为空</translation>
    </message>
    <message>
        <source>sku_id &apos;%1&apos; is already given on line %2</source>
        <translation>sku_id“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>field &apos;type&apos;: unknown product type &apos;%1&apos; (expected one of %2, or empty)</source>
        <translation>字段“type”：未知的商品类型“%1”（应为 %2 之一，或留空）</translation>
    </message>
    <message>
        <source>field &apos;shape&apos;: unknown shape &apos;%1&apos; (expected one of %2, or empty)</source>
        <translation>字段“shape”：未知的形状“%1”（应为 %2 之一，或留空）</translation>
    </message>
</context>
<context>
    <name>shelf::SkuCatalogImport</name>
    <message>
        <source>The catalog was not imported: %1</source>
        <translation>目录未导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) added</source>
        <translation>
            <numerusform>已添加 %n 个 SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) updated</source>
        <translation>
            <numerusform>已更新 %n 个 SKU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::SkuCatalogModel</name>
    <message>
        <source>SKU id</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>商品类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Flavor / scent</source>
        <translation>口味 / 香型</translation>
    </message>
</context>
<context>
    <name>shelf::SkuCatalogWidget</name>
    <message>
        <source>Import catalog...</source>
        <translation>导入目录...</translation>
    </message>
    <message>
        <source>Search SKUs: id, name, brand, type, shape, size, flavor</source>
        <translation>搜索 SKU：ID、名称、品牌、类型、形状、规格、口味</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Import SKU catalog</source>
        <translation>导入 SKU 目录</translation>
    </message>
    <message>
        <source>SKU catalog (*.csv);;All files (*)</source>
        <translation>SKU 目录 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SKU(s)</source>
        <translation>
            <numerusform>%1 / %n 个 SKU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System (dark)</source>
        <translation>跟随系统（深色）</translation>
    </message>
    <message>
        <source>System (light)</source>
        <translation>跟随系统（浅色）</translation>
    </message>
</context>
<context>
    <name>shelf::TorchScriptArchive</name>
    <message>
        <source>the model file does not exist</source>
        <translation>模型文件不存在</translation>
    </message>
    <message>
        <source>expected a TorchScript model file, found a folder or a device</source>
        <translation>应为 TorchScript 模型文件，实际为文件夹或设备</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); expected a TorchScript model saved by torch.jit.save</source>
        <translation>文件为空（0 字节）；应为由 torch.jit.save 保存的 TorchScript 模型</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>无法打开文件（%1）</translation>
    </message>
    <message>
        <source>not a TorchScript model: expected a ZIP archive written by torch.jit.save (starting with the bytes 50 4B 03 04), found the bytes %1</source>
        <translation>不是 TorchScript 模型：应为由 torch.jit.save 写入的 ZIP 归档（以字节 50 4B 03 04 开头），实际字节为 %1</translation>
    </message>
    <message>
        <source>not a TorchScript model: expected a ZIP archive with the entries data.pkl and version that torch.jit.save writes, found a ZIP archive of %1</source>
        <translation>不是 TorchScript 模型：应为包含 torch.jit.save 写入的 data.pkl 和 version 条目的 ZIP 归档，实际 ZIP 归档中为 %1</translation>
    </message>
</context>
<context>
    <name>shelf::VocWriter</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 无法写入</translation>
    </message>
</context>
<context>
    <name>shelf::WarningListModel</name>
    <message>
        <source>Boxes %1 and %2</source>
        <translation>标注框 %1 和 %2</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>标注框 %1</translation>
    </message>
    <message>
        <source>Box smaller than %1 x %1 px (%2 x %3)</source>
        <translation>标注框小于 %1 × %1 像素（%2 × %3）</translation>
    </message>
    <message>
        <source>Near-duplicate of another box (IoU %1)</source>
        <translation>与另一个标注框近似重复（IoU %1）</translation>
    </message>
    <message>
        <source>Accepted box without SKU or shape</source>
        <translation>已接受的标注框没有 SKU 或形状</translation>
    </message>
</context>
<context>
    <name>shelf::WarningsPanel</name>
    <message>
        <source>Too small</source>
        <translation>过小</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未设标签</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>没有警告</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message numerus="yes">
        <source>%n too small</source>
        <translation>
            <numerusform>%n 个过小</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>%n 个近似重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled</source>
        <translation>
            <numerusform>%n 个未设标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::YoloReader</name>
    <message>
        <source>no class names: expected data.yaml with &apos;names&apos; or classes.txt</source>
        <translation>没有类别名称：应提供含有“names”的 data.yaml 或 classes.txt</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>expected 5 fields (class cx cy w h) or 6 (and a confidence), found %1</source>
        <translation>应有 5 个字段（class cx cy w h）或 6 个字段（另加 confidence），实际为 %1 个</translation>
    </message>
    <message>
        <source>class: expected a whole number from 0 to %1</source>
        <translation>class：应为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>%1: expected a finite number</source>
        <translation>%1：应为有限数值</translation>
    </message>
    <message>
        <source>w: must be greater than 0</source>
        <translation>w：必须大于 0</translation>
    </message>
    <message>
        <source>h: must be greater than 0</source>
        <translation>h：必须大于 0</translation>
    </message>
    <message>
        <source>confidence: expected a number in [0, 1]</source>
        <translation>confidence：应为 [0, 1] 范围内的数</translation>
    </message>
</context>
<context>
    <name>shelf::YoloWriter</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: 无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 无法写入</translation>
    </message>
    <message>
        <source>%1: cannot write data.yaml</source>
        <translation>%1: 无法写入 data.yaml</translation>
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
    <name>shelf::cli::EvalCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Evaluate detections against truths: AP, AP.50, AP.75, AR300, MAE, RMSE.</source>
        <translation>以真值为基准评估检测结果：AP、AP.50、AP.75、AR300、MAE、RMSE。</translation>
    </message>
    <message>
        <source>Truth boxes: SKU-110K annotations, or a CSV with a header line image_name,x1,y1,x2,y2[,class].</source>
        <translation>真值框：SKU-110K 标注，或表头行为 image_name,x1,y1,x2,y2[,class] 的 CSV 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Detections: SKU-110K results (score = confidence), or a CSV with a header line image_name,x1,y1,x2,y2,score (or confidence)[,class]. Repeat for more columns.</source>
        <translation>检测结果：SKU-110K 结果（score = confidence），或表头行为 image_name,x1,y1,x2,y2,score（或 confidence）[,class] 的 CSV 文件。重复此选项可添加更多列。</translation>
    </message>
    <message>
        <source>Evaluate layers of this project instead of files.</source>
        <translation>评估此项目的图层，而不是文件。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project layer whose accepted boxes are the truth (default: human).</source>
        <translation>以其已接受的标注框作为真值的项目图层（默认：human）。</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>A project layer whose boxes (all but rejected ones) are detections. Repeat for more columns.</source>
        <translation>以其标注框（已拒绝的除外）作为检测结果的项目图层。重复此选项可添加更多列。</translation>
    </message>
    <message>
        <source>Count, for MAE and RMSE, only detections scoring at least S (default 0: every detection, as the SKU-110K paper counts its outputs).</source>
        <translation>计算 MAE 和 RMSE 时，只计入分数不低于 S 的检测结果（默认 0：计入所有检测结果，与 SKU-110K 论文统计其输出的方式相同）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Detections kept per image, best first (default 300, as AR300).</source>
        <translation>每张图像保留的检测结果数，按分数从高到低（默认 300，与 AR300 一致）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Ignore class names: every box is of one class.</source>
        <translation>忽略类别名称：所有标注框视为同一类别。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>在标准输出上打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--project takes --truth-layer and --pred-layer, not files</source>
        <translation>--project 需配合 --truth-layer 和 --pred-layer 使用，而不是文件</translation>
    </message>
    <message>
        <source>--project needs at least one --pred-layer</source>
        <translation>--project 需要至少一个 --pred-layer</translation>
    </message>
    <message>
        <source>expected --truth FILE and at least one --pred FILE, or --project</source>
        <translation>应指定 --truth FILE 和至少一个 --pred FILE，或指定 --project</translation>
    </message>
    <message>
        <source>--truth-layer and --pred-layer need --project</source>
        <translation>--truth-layer 和 --pred-layer 需要配合 --project 使用</translation>
    </message>
    <message>
        <source>--count-threshold expects a number, not &apos;%1&apos;</source>
        <translation>--count-threshold 需要一个数，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-detections expects a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--max-detections 需要一个不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1: 没有图层“%2”（现有图层：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1: %n image(s) not in the truth file, evaluated as images with no truth (the first: %2)</source>
        <translation>
            <numerusform>警告：%1: 有 %n 张图像不在真值文件中，按没有真值的图像评估（第一张：%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Also compare every column with the first over N resamples of the images (paired bootstrap): the difference of each metric, its 95% interval and how often each column is ahead. 1000 is a usual N.</source>
        <translation>另将每一列与第一列比较：对图像做 N 次有放回重抽样（配对自助法），给出各指标的差值、其 95% 区间以及每列领先的比例。N 通常取 1000。</translation>
    </message>
    <message>
        <source>Seed of the bootstrap&apos;s resampling (default 1).</source>
        <translation>自助法重抽样的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>--bootstrap expects a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--bootstrap 需要不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--bootstrap compares columns: give two --pred or --pred-layer or more</source>
        <translation>--bootstrap 用于比较多列：请给出至少两个 --pred 或 --pred-layer</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed needs --bootstrap</source>
        <translation>--seed 需要与 --bootstrap 一起使用</translation>
    </message>
</context>
<context>
    <name>shelf::cli::ExportCommand</name>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <source>expected one PROJECT file</source>
        <translation>应指定一个 PROJECT 文件</translation>
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
        <translation>
            <numerusform>已将图层“%1”中的 %n 个标注框写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation>
            <numerusform>图像：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a layer of a project as a dataset: SKU-110K CSV, RP2K crops, COCO, YOLO or Pascal VOC.</source>
        <translation>将项目的一个图层写出为数据集：SKU-110K CSV、RP2K 裁剪图、COCO、YOLO 或 Pascal VOC。</translation>
    </message>
    <message>
        <source>sku110k or sku110k-results (a CSV file); rp2k (crops under &lt;set&gt;/&lt;class&gt;/ and annotations.csv, whose text cells starting with =, +, - or @ get a leading &apos; against spreadsheet formulas), coco, yolo or voc (a folder).</source>
        <translation>sku110k 或 sku110k-results（CSV 文件）；rp2k（裁剪图位于 &lt;set&gt;/&lt;class&gt;/ 下，另有 annotations.csv，其中以 =、+、- 或 @ 开头的文本单元格会加上前导 &apos;，以防被电子表格当作公式）；coco、yolo 或 voc（文件夹）。</translation>
    </message>
    <message>
        <source>Layer to write (default: human; em for sku110k-results).</source>
        <translation>要写出的图层（默认：human；sku110k-results 为 em）。</translation>
    </message>
    <message>
        <source>accepted: accepted boxes only; all: proposed boxes too (rejected boxes are never written). Default: accepted; all for sku110k-results.</source>
        <translation>accepted：仅已接受的标注框；all：也包括待审标注框（已拒绝的标注框永远不会写出）。默认：accepted；sku110k-results 为 all。</translation>
    </message>
    <message>
        <source>done: only images marked done; all (default): every image.</source>
        <translation>done：仅已标记为完成的图像；all（默认）：所有图像。</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WHICH</translation>
    </message>
    <message>
        <source>The class of a box: object, shape or sku (default: sku for rp2k, object otherwise). Boxes without it are written as &quot;unlabelled&quot;.</source>
        <translation>标注框的类别：object、shape 或 sku（默认：rp2k 为 sku，其他格式为 object）。没有该类别的标注框写为“unlabelled”。</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASS</translation>
    </message>
    <message>
        <source>Share of each class that goes to train, 0 to 1 (default 0.9; 1: everything in train).</source>
        <translation>每个类别划入训练集的比例，0 到 1（默认 0.9；1：全部划入训练集）。</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>SHARE</translation>
    </message>
    <message>
        <source>rp2k only: box (default) or image (never one shelf image in both sets; coco, yolo and voc always split by image).</source>
        <translation>仅用于 rp2k：box（默认）或 image（同一货架图像不会同时出现在两个集合中；coco、yolo 和 voc 始终按图像划分）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>Seed of the split (default 0); same seed, same split.</source>
        <translation>划分的随机种子（默认 0）；种子相同，划分结果相同。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>rp2k: lossless PNG crops instead of JPEG.</source>
        <translation>rp2k：使用无损 PNG 裁剪图，而不是 JPEG。</translation>
    </message>
    <message>
        <source>rp2k: JPEG quality of the crops, 1-100 (default 95).</source>
        <translation>rp2k：裁剪图的 JPEG 质量，1-100（默认 95）。</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>yolo, voc: write the labels only, without copying the images.</source>
        <translation>yolo、voc：只写入标签，不复制图像。</translation>
    </message>
    <message>
        <source>Print the validation report (small, outside, duplicate and unlabelled boxes, images not done) and write nothing.</source>
        <translation>打印校验报告（过小、超出图像、重复和未设标签的标注框，以及未完成的图像），不写入任何内容。</translation>
    </message>
    <message>
        <source>The CSV file (sku110k) or folder to write.</source>
        <translation>要写入的 CSV 文件（sku110k）或文件夹。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Replace PATH if it exists.</source>
        <translation>若 PATH 已存在则覆盖。</translation>
    </message>
    <message>
        <source>--format must be sku110k, sku110k-results, rp2k, coco, yolo or voc</source>
        <translation>--format 必须为 sku110k、sku110k-results、rp2k、coco、yolo 或 voc</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>必须指定 --out PATH</translation>
    </message>
    <message>
        <source>--images must be done or all</source>
        <translation>--images 必须为 done 或 all</translation>
    </message>
    <message>
        <source>--class must be object, shape or sku</source>
        <translation>--class 必须为 object、shape 或 sku</translation>
    </message>
    <message>
        <source>--split must be a number from 0 to 1</source>
        <translation>--split 必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>--split-by must be box or image</source>
        <translation>--split-by 必须为 box 或 image</translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0</source>
        <translation>--seed 必须为 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>--jpeg-quality must be a whole number from 1 to 100</source>
        <translation>--jpeg-quality 必须为 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n box(es)</source>
        <translation>
            <numerusform>已检查 %n 个标注框，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s).</source>
        <translation>
            <numerusform>分布于 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classes: %n.</source>
        <translation>
            <numerusform>类别：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %n box(es)</source>
        <translation>
            <numerusform>训练集：%n 个标注框，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s);</source>
        <translation>
            <numerusform>分布于 %n 张图像；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>test: %n box(es)</source>
        <translation>
            <numerusform>测试集：%n 个标注框，</numerusform>
        </translation>
    </message>
    <message>
        <source>Cropped in %1 s: %2 images/s.</source>
        <translation>裁剪用时 %1 秒：每秒 %2 张图像。</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) outside their image skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个位于图像之外的标注框。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shelf::cli::ImportCommand</name>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
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
        <translation>
            <numerusform>警告：另有 %n 条警告未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) into layer &apos;%1&apos;.</source>
        <translation>
            <numerusform>已将 %n 个标注框导入图层“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images: %n.</source>
        <translation>
            <numerusform>图像：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n.</source>
        <translation>
            <numerusform>跳过的行：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows clamped to the image: %n.</source>
        <translation>
            <numerusform>截断到图像范围内的行：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an SKU-110K CSV file, a COCO JSON file or a YOLO folder into a layer of a project.</source>
        <translation>将 SKU-110K CSV 文件、COCO JSON 文件或 YOLO 文件夹导入项目的一个图层。</translation>
    </message>
    <message>
        <source>The CSV or JSON file, or the YOLO folder, to import.</source>
        <translation>要导入的 CSV 或 JSON 文件，或 YOLO 文件夹。</translation>
    </message>
    <message>
        <source>sku110k (image_name,x1,y1,x2,y2,class,image_width,image_height; accepted human boxes) or sku110k-results (image_id,x1,y1,x2,y2,confidence,hard_score; proposed model boxes), coco (a JSON file) or yolo (a folder with data.yaml or classes.txt and labels/; image sizes come from the project).</source>
        <translation>sku110k（image_name,x1,y1,x2,y2,class,image_width,image_height；人工标注的已接受标注框）、sku110k-results（image_id,x1,y1,x2,y2,confidence,hard_score；模型给出的待审标注框）、coco（JSON 文件）或 yolo（包含 data.yaml 或 classes.txt 以及 labels/ 的文件夹；图像尺寸取自项目）。</translation>
    </message>
    <message>
        <source>--format must be sku110k, sku110k-results, coco or yolo</source>
        <translation>--format 必须为 sku110k、sku110k-results、coco 或 yolo</translation>
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
        <translation>
            <numerusform>图像：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n.</source>
        <translation>
            <numerusform>缺失：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers: none</source>
        <translation>图层：无</translation>
    </message>
    <message numerus="yes">
        <source>layer %1: %n box(es)</source>
        <translation>
            <numerusform>图层 %1：%n 个标注框</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) (proposed %1, accepted %2, rejected %3)</source>
        <translation>
            <numerusform>分布于 %n 张图像（待审 %1，已接受 %2，已拒绝 %3）</numerusform>
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
    <name>shelf::cli::MergeCommand</name>
    <message>
        <source>Merge overlapping detector candidates into one box per product (EM-Merger or NMS).</source>
        <translation>将检测模型输出的重叠候选框合并为每个商品一个标注框（EM-Merger 或 NMS）。</translation>
    </message>
    <message>
        <source>CSV with header x1,y1,x2,y2,confidence,hard_score, one candidate a row.</source>
        <translation>表头为 x1,y1,x2,y2,confidence,hard_score 的 CSV 文件，每行一个候选框。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Image size in pixels, e.g. 3024x4032.</source>
        <translation>图像尺寸（像素），例如 3024x4032。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>em (ShelfLabel&apos;s EM-Merger), em-reference (the SKU-110K authors&apos; EM-Merger, exactly), nms (IoU 0.5), iomin-nms or soft-nms. Default: em.</source>
        <translation>em（ShelfLabel 的 EM-Merger）、em-reference（与 SKU-110K 作者的 EM-Merger 完全一致）、nms（IoU 0.5）、iomin-nms 或 soft-nms。默认：em。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>When given, the confidence column holds the Soft-IoU score and is mixed as R * hard_score + (1 - R) * soft_iou.</source>
        <translation>指定此选项时，confidence 列存放的是 Soft-IoU 分数，并按 R * hard_score + (1 - R) * soft_iou 混合。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Output CSV: x1,y1,x2,y2,confidence,hard_score,input_row (0-based row of the kept candidate).</source>
        <translation>输出 CSV：x1,y1,x2,y2,confidence,hard_score,input_row（保留的候选框所在的行号，从 0 开始）。</translation>
    </message>
    <message>
        <source>Print one JSON line on stdout: candidates, outputs, blobs, fallbacks, merge_ms, peak_memory_mb.</source>
        <translation>在标准输出上打印一行 JSON：candidates、outputs、blobs、fallbacks、merge_ms、peak_memory_mb。</translation>
    </message>
    <message>
        <source>Merge a layer of every image of this project instead of a file.</source>
        <translation>合并此项目中每张图像的一个图层，而不是合并文件。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>With --project: the layer of candidates.</source>
        <translation>与 --project 一起使用：候选框所在的图层。</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>With --project: the layer to fill (replaced per image; never &apos;human&apos;).</source>
        <translation>与 --project 一起使用：要写入的图层（按图像替换；不能是“human”）。</translation>
    </message>
    <message>
        <source>merge takes no positional arguments</source>
        <translation>merge 不接受位置参数</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos;</source>
        <translation>未知的 --method“%1”</translation>
    </message>
    <message>
        <source>--hard-score-rate must be a number from 0 to 1</source>
        <translation>--hard-score-rate 必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>--candidates FILE and --out FILE are required (or --project)</source>
        <translation>必须指定 --candidates FILE 和 --out FILE（或 --project）</translation>
    </message>
    <message>
        <source>--image-size must look like 3024x4032</source>
        <translation>--image-size 的格式应类似 3024x4032</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>--to must name a layer other than &apos;human&apos; and --from</source>
        <translation>--to 必须指定“human”和 --from 以外的图层</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n image(s).</source>
        <translation>
            <numerusform>已合并 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Candidates: %n.</source>
        <translation>
            <numerusform>候选框：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boxes in layer &apos;%1&apos;: %n.</source>
        <translation>
            <numerusform>图层“%1”中的标注框：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--box-voting-iou must be a number from 0 to 1</source>
        <translation>--box-voting-iou 必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>--box-voting-iou: em-reference is the authors&apos; output and never votes</source>
        <translation>--box-voting-iou：em-reference 是作者原版的输出，从不投票</translation>
    </message>
    <message>
        <source>Move each kept box to the weighted mean of the candidates whose IoU with it is at least T; 0 = off. Default: %1 for em, off for the others; em-reference never votes.</source>
        <translation>将每个保留的框移到与其 IoU 至少为 T 的候选框的加权平均位置；0 = 关闭。默认：em 为 %1，其他方法关闭；em-reference 从不投票。</translation>
    </message>
</context>
<context>
    <name>shelf::cli::PredictCommand</name>
    <message>
        <source>Pre-annotate images with a detector: SKU-110K results CSV, or a project&apos;s layers.</source>
        <translation>使用检测模型预标注图像：输出 SKU-110K 结果 CSV，或写入项目的图层。</translation>
    </message>
    <message>
        <source>Images to process (without --project).</source>
        <translation>要处理的图像（不使用 --project 时）。</translation>
    </message>
    <message>
        <source>Fill the raw, nms and em layers of this project&apos;s images.</source>
        <translation>填充此项目图像的 raw、nms 和 em 图层。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>TorchScript detector (default: the bundled model).</source>
        <translation>TorchScript 检测模型（默认：内置模型）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>cpu, cuda or auto (default auto).</source>
        <translation>cpu、cuda 或 auto（默认 auto）。</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>CPU threads (default: all cores).</source>
        <translation>CPU 线程数（默认：所有核心）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>em, em-reference, nms or all (default all).</source>
        <translation>em、em-reference、nms 或 all（默认 all）。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>confidence = R * hard_score + (1 - R) * soft_iou (default 0.5).</source>
        <translation>confidence = R * hard_score + (1 - R) * soft_iou（默认 0.5）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Always split images into overlapping tiles.</source>
        <translation>始终将图像拆分为相互重叠的图块。</translation>
    </message>
    <message>
        <source>Process every N-th image starting at I (0-based), e.g. 2/8.</source>
        <translation>从第 I 张（从 0 开始计数）起，每 N 张图像处理一张，例如 2/8。</translation>
    </message>
    <message>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <source>With images: the results CSV (image_id,x1,y1,x2,y2,confidence,hard_score); with --merge all, FILE.nms.csv and FILE.em.csv.</source>
        <translation>处理图像文件时：结果 CSV（image_id,x1,y1,x2,y2,confidence,hard_score）；使用 --merge all 时改为写入 FILE.nms.csv 和 FILE.em.csv。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不打印进度。</translation>
    </message>
    <message>
        <source>give either --project PROJECT or image files</source>
        <translation>请指定 --project PROJECT 或图像文件（二选一）</translation>
    </message>
    <message>
        <source>--out FILE is required with image files</source>
        <translation>处理图像文件时必须指定 --out FILE</translation>
    </message>
    <message>
        <source>unknown --merge &apos;%1&apos;</source>
        <translation>未知的 --merge“%1”</translation>
    </message>
    <message>
        <source>--hard-score-rate must be a number from 0 to 1</source>
        <translation>--hard-score-rate 必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>--shard must be I/N with 0 &lt;= I &lt; N</source>
        <translation>--shard 必须为 I/N，且 0 &lt;= I &lt; N</translation>
    </message>
    <message>
        <source>--device must be cpu, cuda or auto</source>
        <translation>--device 必须为 cpu、cuda 或 auto</translation>
    </message>
    <message>
        <source>--threads must be a whole number</source>
        <translation>--threads 必须为整数</translation>
    </message>
    <message>
        <source>no bundled model was found; pass --model FILE</source>
        <translation>未找到内置模型；请使用 --model FILE 指定模型</translation>
    </message>
    <message>
        <source>Model %1 on %2</source>
        <translation>模型 %1，运行于 %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 无法写入（%2）</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>shelf::cli::ProgressPrinter</name>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>(ETA %1)</source>
        <translation>（预计剩余 %1）</translation>
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
        <translation>
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

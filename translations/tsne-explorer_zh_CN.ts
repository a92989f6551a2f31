<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DatasetParameters</name>
    <message>
        <source>perplexity %1 → %2</source>
        <translation>困惑度 %1 → %2</translation>
    </message>
    <message>
        <source>PCA dimensions %1 → %2</source>
        <translation>PCA 维数 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Defaults adapted to %n item(s): %1.</source>
        <translation>
            <numerusform>默认值已按 %n 个项目调整：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>PCA %1</source>
        <translation>PCA %1</translation>
    </message>
    <message>
        <source>no PCA</source>
        <translation>无 PCA</translation>
    </message>
    <message>
        <source>%1 — %2perplexity %3, lr %4, %5 iterations, %6, %7D, seed %8</source>
        <translation>%1 — %2困惑度 %3，学习率 %4，%5 次迭代，%6，%7D，种子 %8</translation>
    </message>
    <message>
        <source> — KL %1</source>
        <translation> — KL %1</translation>
    </message>
    <message>
        <source> — cancelled at iteration %1 of %2</source>
        <translation> — 已在第 %1 次迭代（共 %2 次）时取消</translation>
    </message>
</context>
<context>
    <name>ParameterProblem</name>
    <message>
        <source>t-SNE needs at least 4 items; this dataset has %1.</source>
        <translation>t-SNE 至少需要 4 个项目；此数据集只有 %1 个。</translation>
    </message>
    <message>
        <source>At least 1 iteration is needed.</source>
        <translation>至少需要 1 次迭代。</translation>
    </message>
    <message>
        <source>Perplexity must be at least 1.</source>
        <translation>困惑度至少为 1。</translation>
    </message>
    <message>
        <source>Too large for %1 items: at most %2.</source>
        <translation>对于 %1 个项目太大：最多 %2。</translation>
    </message>
    <message>
        <source>Enter a number or choose auto.</source>
        <translation>请输入数字或选择“自动”。</translation>
    </message>
    <message>
        <source>The map has 2 or 3 dimensions.</source>
        <translation>地图为二维或三维。</translation>
    </message>
    <message>
        <source>0 skips PCA; negative values are not allowed.</source>
        <translation>0 表示跳过 PCA；不允许负值。</translation>
    </message>
    <message>
        <source>At most %1 (the number of features).</source>
        <translation>最多 %1（特征的数量）。</translation>
    </message>
    <message>
        <source>At most %1 (the number of items).</source>
        <translation>最多 %1（项目的数量）。</translation>
    </message>
    <message>
        <source>The exact gradient is limited to %1 items; this dataset has %2.</source>
        <translation>精确梯度最多支持 %1 个项目；此数据集有 %2 个。</translation>
    </message>
    <message>
        <source>Barnes-Hut theta must be above 0 and at most 1.</source>
        <translation>Barnes-Hut theta 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>The model input size must be between 8 and 4096 pixels.</source>
        <translation>模型输入尺寸必须在 8 到 4096 像素之间。</translation>
    </message>
    <message>
        <source>Enter three means and three positive standard deviations.</source>
        <translation>请输入三个均值和三个正的标准差。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>初始 PCA 维数</translation>
    </message>
    <message>
        <source>Gradient method</source>
        <translation>梯度方法</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterCommands</name>
    <message>
        <source>, failed shards %1</source>
        <translation>，失败的分片 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 is done on the cluster</source>
        <translation>%1 已在集群上完成</translation>
    </message>
    <message>
        <source>Run on cl&amp;uster…</source>
        <translation>在集群上运行(&amp;U)…</translation>
    </message>
    <message>
        <source>The same run as array jobs on a Slurm cluster; its map joins the project when done</source>
        <translation>以 Slurm 集群上的数组作业执行同样的运行；完成后其地图加入项目</translation>
    </message>
    <message>
        <source>Run on cluster</source>
        <translation>在集群上运行</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <source>Extraction shards:</source>
        <translation>提取分片数：</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>Time per task:</source>
        <translation>每个任务的时间：</translation>
    </message>
    <message>
        <source>Memory per task:</source>
        <translation>每个任务的内存：</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>每个任务的 CPU：</translation>
    </message>
    <message>
        <source>GPUs per extraction task:</source>
        <translation>每个提取任务的 GPU：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Save the project first: the cluster&apos;s jobs write the run into the project file.</source>
        <translation>请先保存项目：集群作业会把运行结果写入项目文件。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>Cluster run</source>
        <translation>集群运行</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Submitted %1 to the cluster (%2)</source>
        <translation>已将 %1 提交到集群（%2）</translation>
    </message>
    <message>
        <source>%1 — on the cluster: %2</source>
        <translation>%1 — 集群上：%2</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterDock</name>
    <message>
        <source>Name by class</source>
        <translation>按类别命名</translation>
    </message>
    <message>
        <source>Name by %1</source>
        <translation>按 %1 命名</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln point(s)</source>
        <translation>
            <numerusform>%1
%Ln 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select the cluster&apos;s points</source>
        <translation>单击以选择该簇的点</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>簇</translation>
    </message>
    <message>
        <source>No clusters yet: Run ▸ Find clusters… (Ctrl+Shift+K) finds the groups of the shown map and names them by their majority class.</source>
        <translation>尚无簇：运行 ▸ 查找簇…（Ctrl+Shift+K）会找出当前地图中的分组，并按其多数类别命名。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s), largest first. Click one to select it.</source>
        <translation>
            <numerusform>%Ln 个簇，按大小排列。单击某个簇即可选择它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ComparisonWindow</name>
    <message>
        <source>Select two to four runs to compare.</source>
        <translation>请选择两到四次运行进行比较。</translation>
    </message>
    <message>
        <source>Only runs of the same dataset can be compared.</source>
        <translation>只能比较同一数据集的运行。</translation>
    </message>
    <message>
        <source>Compare runs — t-SNE Explorer</source>
        <translation>比较运行 — t-SNE Explorer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Trustworthiness (k=10)</source>
        <translation>可信度（k=10）</translation>
    </message>
    <message>
        <source>Continuity (k=10)</source>
        <translation>连续性（k=10）</translation>
    </message>
    <message>
        <source>10-NN accuracy</source>
        <translation>10-NN 准确率</translation>
    </message>
    <message>
        <source>Shared 10-NN with first</source>
        <translation>与第一张共有的 10-NN</translation>
    </message>
    <message>
        <source>Colour by &amp;movement from the first run</source>
        <translation>按相对第一次运行的移动着色(&amp;M)</translation>
    </message>
    <message>
        <source>Colours each point by how far it moved from its place in the first map (after alignment); the first map keeps its class colours.</source>
        <translation>按每个点离开其在第一张地图中位置的距离（对齐后）着色；第一张地图保留类别颜色。</translation>
    </message>
    <message>
        <source>map units moved</source>
        <translation>移动的地图单位</translation>
    </message>
    <message>
        <source>Slide to morph the first map into each of the others (all aligned to the first)</source>
        <translation>拖动滑块使第一张地图渐变为其他各张（均与第一张对齐）</translation>
    </message>
    <message>
        <source>&amp;Morph</source>
        <translation>渐变(&amp;M)</translation>
    </message>
    <message>
        <source>Animate the first map turning into each of the others</source>
        <translation>以动画显示第一张地图变为其他各张</translation>
    </message>
    <message>
        <source>from the first map:</source>
        <translation>从第一张地图：</translation>
    </message>
</context>
<context>
    <name>tse::gui::CostEstimateText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Estimated: about %1, %2 of memory</source>
        <translation>预计：约 %1，内存 %2</translation>
    </message>
    <message>
        <source>Estimated: about %1 plus the model&apos;s own time, %2 of memory</source>
        <translation>预计：约 %1 加上模型本身的时间，内存 %2</translation>
    </message>
    <message>
        <source>More memory than the %1 available: the run would be refused.</source>
        <translation>所需内存超过可用的 %1：运行将被拒绝。</translation>
    </message>
    <message>
        <source>Times of the reference machine (2 cores): this machine&apos;s speed is measured once, in the background, when the workbench is idle.</source>
        <translation>参考机器（2 核）的时间：本机速度会在工作台空闲时于后台测量一次。</translation>
    </message>
    <message>
        <source>Times for this machine: it measured %1× the reference machine&apos;s time (measured once and remembered).</source>
        <translation>本机的时间：本机所需时间为参考机器的 %1 倍（测量一次并记住）。</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetDock</name>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder of images; each subfolder is a class</source>
        <translation>图像文件夹；每个子文件夹是一个类别</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>打开 IDX 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>MNIST-style images file; its labels file is found beside it</source>
        <translation>MNIST 格式的图像文件；在其旁边查找标签文件</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;无法打开 %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln item(s)</source>
        <translation>
            <numerusform>%1 — %Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln item(s), %2×%3 pixels</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln 个项目，%2×%3 像素</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>Open an IDX images file</source>
        <translation>打开 IDX 图像文件</translation>
    </message>
    <message>
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>IDX 图像 (*idx3-ubyte *idx3-ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Files the import could not use, with the reason</source>
        <translation>导入时无法使用的文件及原因</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped:</source>
        <translation>
            <numerusform>已跳过 %Ln 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the cache: no file has changed since the import.</source>
        <translation>从缓存读取：自导入以来没有文件发生变化。</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetLibrary</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>tse::gui::FeatureCacheAction</name>
    <message>
        <source>Clear feature &amp;cache (%1)…</source>
        <translation>清除特征缓存(&amp;C)（%1）…</translation>
    </message>
    <message>
        <source>Clear feature cache</source>
        <translation>清除特征缓存</translation>
    </message>
    <message>
        <source>Remove the image features kept in %1 (%2)?
They are computed again when a run needs them; your projects and runs are not affected.</source>
        <translation>删除保存在 %1 中的图像特征（%2）？
运行需要时会重新计算；您的项目和运行不受影响。</translation>
    </message>
    <message>
        <source>Feature cache cleared: %1 freed</source>
        <translation>特征缓存已清除：释放了 %1</translation>
    </message>
</context>
<context>
    <name>tse::gui::HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>删除 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes on %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <source>The two runs have the same parameters.</source>
        <translation>两次运行的参数相同。</translation>
    </message>
    <message>
        <source>Parameter differences</source>
        <translation>参数差异</translation>
    </message>
</context>
<context>
    <name>tse::gui::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>%1 — %2 × %3</source>
        <translation>%1 — %2 × %3</translation>
    </message>
    <message>
        <source>HD</source>
        <translation>HD</translation>
    </message>
    <message>
        <source>Full HD</source>
        <translation>全高清</translation>
    </message>
    <message>
        <source>4K</source>
        <translation>4K</translation>
    </message>
    <message>
        <source>8K</source>
        <translation>8K</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>与屏幕相同</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Show the &amp;legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Side of each image; the larger, the fewer fit without overlapping</source>
        <translation>每张图像的边长；越大，能不重叠放下的越少</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>tse::gui::KlChart</name>
    <message>
        <source>KL divergence (vertical) by iteration (horizontal)</source>
        <translation>KL 散度（纵轴）随迭代（横轴）变化</translation>
    </message>
</context>
<context>
    <name>tse::gui::MainWindow</name>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Run %1 — iteration %2 of %3</source>
        <translation>运行 %1 — 第 %2 次迭代，共 %3 次</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open image &amp;folder…</source>
        <translation>打开图像文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>打开 IDX 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run t-SNE</source>
        <translation>运行 t-SNE(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;camera</source>
        <translation>重置相机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About t-SNE Explorer</source>
        <translation>关于 t-SNE Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cancel the run before switching datasets.</source>
        <translation>切换数据集前请先取消运行。</translation>
    </message>
    <message>
        <source>Fix the parameters marked in red first.</source>
        <translation>请先修正标红的参数。</translation>
    </message>
    <message>
        <source>Running t-SNE…</source>
        <translation>正在运行 t-SNE…</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>The run could not finish:
%1</source>
        <translation>运行无法完成：
%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%Ln item(s))</source>
        <translation>
            <numerusform>已打开 %1（%Ln 个项目）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turntable</source>
        <translation>转台(&amp;T)</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <source>t-SNE Explorer</source>
        <translation>t-SNE Explorer</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Run %1 cancelled at iteration %2</source>
        <translation>运行 %1 已在第 %2 次迭代时取消</translation>
    </message>
    <message>
        <source>Run %1 finished in %2 s, KL %3</source>
        <translation>运行 %1 用时 %2 秒完成，KL %3</translation>
    </message>
    <message>
        <source>About t-SNE Explorer</source>
        <translation>关于 t-SNE Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;t-SNE Explorer %1&lt;/b&gt;&lt;p&gt;Turns image collections into interactive 3D maps.&lt;/p&gt;&lt;p&gt;The bundled sample is from Fashion-MNIST © Zalando SE, MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;t-SNE Explorer %1&lt;/b&gt;&lt;p&gt;把图像集合变成可交互的三维地图。&lt;/p&gt;&lt;p&gt;随附的示例来自 Fashion-MNIST © Zalando SE，MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %Ln point(s) selected</source>
        <translation>
            <numerusform>簇 %1：已选择 %Ln 个点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapClusterCommands</name>
    <message>
        <source>Find &amp;clusters…</source>
        <translation>查找簇(&amp;C)…</translation>
    </message>
    <message>
        <source>Density clusters of the shown map, each named by its majority class</source>
        <translation>当前地图的密度簇，每个按其多数类别命名</translation>
    </message>
    <message>
        <source>Show a finished run first: clusters are found on its map.</source>
        <translation>请先显示一次已完成的运行：簇在其地图上查找。</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>查找簇</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Fewer points than this never make a cluster of their own</source>
        <translation>少于此数的点不会单独成簇</translation>
    </message>
    <message>
        <source> % of the map</source>
        <translation> % 的地图</translation>
    </message>
    <message>
        <source>Larger groups are shown as their parts (100 %: no limit)</source>
        <translation>更大的分组会按其组成部分显示（100 %：不限制）</translation>
    </message>
    <message>
        <source>&amp;Finest clusters (the hierarchy&apos;s leaves)</source>
        <translation>最细的簇(&amp;F)（层次结构的叶子）</translation>
    </message>
    <message>
        <source>Clusters are found in the map&apos;s density (HDBSCAN): no number of clusters to choose. Points in no cluster stay grey.</source>
        <translation>簇根据地图的密度查找（HDBSCAN）：无需选择簇的数量。不属于任何簇的点保持灰色。</translation>
    </message>
    <message>
        <source>&amp;Minimum cluster size:</source>
        <translation>最小簇大小(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Largest cluster:</source>
        <translation>最大簇(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Clusters are being found already.</source>
        <translation>已经在查找簇。</translation>
    </message>
    <message numerus="yes">
        <source>Finding clusters of %Ln point(s)…</source>
        <translation>
            <numerusform>正在查找 %Ln 个点的簇…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find clusters: %1</source>
        <translation>无法查找簇：%1</translation>
    </message>
    <message>
        <source>The run was closed before its clusters were found.</source>
        <translation>在找到簇之前运行已被关闭。</translation>
    </message>
    <message>
        <source>No clusters in this map at these settings: try a smaller minimum size, a smaller largest share, or the finest clusters.</source>
        <translation>在这些设置下此地图没有簇：请尝试更小的最小大小、更小的最大占比，或最细的簇。</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln cluster(s).</source>
        <translation>
            <numerusform>找到 %Ln 个簇。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapExports</name>
    <message>
        <source>Export &amp;image (PNG)…</source>
        <translation>导出图像(&amp;I)（PNG）…</translation>
    </message>
    <message>
        <source>Export image &amp;map (PNG with the images)…</source>
        <translation>导出图像地图(&amp;M)（含图像的 PNG）…</translation>
    </message>
    <message>
        <source>The map with a thumbnail of each image where they fit</source>
        <translation>在放得下的位置显示每张图像缩略图的地图</translation>
    </message>
    <message>
        <source>Export &amp;vector figure (SVG, PDF)…</source>
        <translation>导出矢量图(&amp;V)（SVG、PDF）…</translation>
    </message>
    <message>
        <source>2D maps only</source>
        <translation>仅限二维地图</translation>
    </message>
    <message>
        <source>Export &amp;coordinates (CSV)…</source>
        <translation>导出坐标(&amp;C)（CSV）…</translation>
    </message>
    <message>
        <source>Export coordinates (&amp;NPY)…</source>
        <translation>导出坐标（NPY）(&amp;N)…</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>尚无可导出的已完成运行。</translation>
    </message>
    <message>
        <source>The 3D view could not be rendered (no OpenGL context).</source>
        <translation>无法渲染三维视图（没有 OpenGL 上下文）。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The run&apos;s images are not open (its dataset could not be found).</source>
        <translation>此运行的图像未打开（找不到其数据集）。</translation>
    </message>
    <message>
        <source>Export image map</source>
        <translation>导出图像地图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln image(s) shown)</source>
        <translation>
            <numerusform>已写入 %1（显示了 %Ln 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected point(s)?</source>
        <translation>
            <numerusform>只导出选中的 %Ln 个点？</numerusform>
        </translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Vector figures are for 2D maps; export 3D maps as PNG.</source>
        <translation>矢量图仅用于二维地图；三维地图请导出为 PNG。</translation>
    </message>
    <message>
        <source>Export vector figure</source>
        <translation>导出矢量图</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;PDF documents (*.pdf)</source>
        <translation>SVG 图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export coordinates</source>
        <translation>导出坐标</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>Wrote %1 and its parameters in %2</source>
        <translation>已写入 %1，其参数在 %2 中</translation>
    </message>
</context>
<context>
    <name>tse::gui::MapSearch</name>
    <message>
        <source>Search label, file or metadata (Ctrl+F)</source>
        <translation>搜索标签、文件或元数据（Ctrl+F）</translation>
    </message>
    <message>
        <source>Select all &amp;matches</source>
        <translation>选择所有匹配项(&amp;M)</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L2 个中有 %L1 个匹配</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln point(s)</source>
        <translation>
            <numerusform>已选择 %Ln 个点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapTools</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选择 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <source>Show selection as image &amp;grid…</source>
        <translation>以图像网格显示选择(&amp;G)…</translation>
    </message>
    <message>
        <source> Colour: </source>
        <translation> 颜色： </translation>
    </message>
    <message>
        <source> Size: </source>
        <translation> 大小： </translation>
    </message>
    <message>
        <source>Point size relative to the default</source>
        <translation>相对于默认值的点大小</translation>
    </message>
    <message>
        <source>&amp;Bright colours</source>
        <translation>鲜艳颜色(&amp;B)</translation>
    </message>
    <message>
        <source>Camera &amp;view</source>
        <translation>相机视角(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>正面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>侧面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>顶部(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>等轴测(&amp;I)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Selection — %Ln image(s)</source>
        <translation>
            <numerusform>选择 — %Ln 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>另存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save image grid</source>
        <translation>保存图像网格</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Image &amp;under the mouse</source>
        <translation>鼠标下的图像(&amp;U)</translation>
    </message>
    <message>
        <source>Placed or on the map</source>
        <translation>已放置或在地图上</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>在地图上</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已放置</translation>
    </message>
    <message>
        <source>&amp;Replay how the map formed…</source>
        <translation>回放地图的形成过程(&amp;R)…</translation>
    </message>
    <message>
        <source>Density &amp;contours (2D maps)</source>
        <translation>密度等高线(&amp;C)（二维地图）</translation>
    </message>
    <message>
        <source>Density contours are drawn on 2D maps.</source>
        <translation>密度等高线绘制在二维地图上。</translation>
    </message>
    <message>
        <source>Show a run first.</source>
        <translation>请先显示一次运行。</translation>
    </message>
    <message>
        <source>Cannot replay this run: %1</source>
        <translation>无法回放此运行：%1</translation>
    </message>
    <message>
        <source>This run has no saved frames to replay (runs made by this version keep them).</source>
        <translation>此运行没有可回放的已保存帧（此版本产生的运行会保存它们）。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <source>(in no cluster)</source>
        <translation>（不在任何簇中）</translation>
    </message>
    <message>
        <source>Select points first (box or lasso: B, L; Shift+click; or the legend&apos;s menu).</source>
        <translation>请先选择点（框选或套索：B、L；Shift+单击；或使用图例的菜单）。</translation>
    </message>
</context>
<context>
    <name>tse::gui::ParameterDock</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>特征(&amp;F)：</translation>
    </message>
    <message>
        <source>Initial &amp;PCA dimensions:</source>
        <translation>初始 PCA 维数(&amp;P)：</translation>
    </message>
    <message>
        <source>Pe&amp;rplexity:</source>
        <translation>困惑度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>迭代次数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Raw pixels</source>
        <translation>原始像素</translation>
    </message>
    <message>
        <source>2D map</source>
        <translation>二维地图</translation>
    </message>
    <message>
        <source>3D map</source>
        <translation>三维地图</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Step size of the optimisation; auto = max(N / 12, 50). Typical: 10–1000.</source>
        <translation>优化的步长；自动 = max(N / 12, 50)。常用：10–1000。</translation>
    </message>
    <message>
        <source>Roughly the number of neighbours each point keeps close. Typical: 5–50.</source>
        <translation>大致是每个点保持靠近的邻居数。常用：5–50。</translation>
    </message>
    <message>
        <source>Features are reduced to this many principal components before t-SNE (0 = off).</source>
        <translation>在 t-SNE 之前把特征降到这么多个主成分（0 = 关闭）。</translation>
    </message>
    <message>
        <source>Optimisation steps; the first 250 use early exaggeration.</source>
        <translation>优化步数；前 250 步使用早期夸大。</translation>
    </message>
    <message>
        <source>Suggested: 5–50.</source>
        <translation>建议：5–50。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Start a t-SNE run with these parameters (Ctrl+R)</source>
        <translation>用这些参数开始一次 t-SNE 运行（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run and keep the map so far (Esc)</source>
        <translation>停止运行并保留当前地图（Esc）</translation>
    </message>
    <message>
        <source>Share of the variance per principal component (bars) and in total (line); the dashed line marks the PCA dimensions.</source>
        <translation>每个主成分的方差占比（柱）和累计占比（线）；虚线标出 PCA 维数。</translation>
    </message>
    <message>
        <source>Explained variance: computing…</source>
        <translation>解释方差：正在计算…</translation>
    </message>
    <message>
        <source>PCA is off: t-SNE sees all features.</source>
        <translation>PCA 已关闭：t-SNE 使用全部特征。</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) keep %1% of the variance.</source>
        <translation>
            <numerusform>%n 个成分保留了 %1% 的方差。</numerusform>
        </translation>
    </message>
    <message>
        <source>VGG16 (ImageNet)</source>
        <translation>VGG16（ImageNet）</translation>
    </message>
    <message>
        <source>VGG19 (ImageNet)</source>
        <translation>VGG19（ImageNet）</translation>
    </message>
    <message>
        <source>VGG weights file…</source>
        <translation>VGG 权重文件…</translation>
    </message>
    <message>
        <source>TorchScript model…</source>
        <translation>TorchScript 模型…</translation>
    </message>
    <message>
        <source>What each image becomes before PCA: its pixels, or the activations of a CNN.</source>
        <translation>每张图像在 PCA 之前变成什么：它的像素，或 CNN 的激活值。</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>层(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>模型文件(&amp;M)：</translation>
    </message>
    <message>
        <source>I&amp;nput size:</source>
        <translation>输入尺寸(&amp;N)：</translation>
    </message>
    <message>
        <source>Input &amp;mean:</source>
        <translation>输入均值(&amp;M)：</translation>
    </message>
    <message>
        <source>Input s&amp;td:</source>
        <translation>输入标准差(&amp;T)：</translation>
    </message>
    <message>
        <source>fc7 (default) and fc6: the fully connected layers (4,096 values); pool5: the last convolutional block (25,088 values).</source>
        <translation>fc7（默认）和 fc6：全连接层（4,096 个值）；pool5：最后一个卷积块（25,088 个值）。</translation>
    </message>
    <message>
        <source>Choose the model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <source>Crop to the largest &amp;face</source>
        <translation>裁剪到最大的人脸(&amp;F)</translation>
    </message>
    <message>
        <source>Detect the largest face in each image (Haar cascade) and use only it; images without a face are used whole and listed in the run&apos;s notes.</source>
        <translation>检测每张图像中最大的人脸（Haar 级联）并只使用它；没有人脸的图像整张使用，并列在运行备注中。</translation>
    </message>
    <message>
        <source>&amp;Download weights…</source>
        <translation>下载权重(&amp;D)…</translation>
    </message>
    <message>
        <source>Per-channel mean (R, G, B) subtracted after scaling to [0, 1].</source>
        <translation>缩放到 [0, 1] 后减去的各通道均值（R、G、B）。</translation>
    </message>
    <message>
        <source>Per-channel standard deviation (R, G, B) the input is divided by.</source>
        <translation>输入要除以的各通道标准差（R、G、B）。</translation>
    </message>
    <message>
        <source>torch hub cache (default)</source>
        <translation>torch hub 缓存（默认）</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a TorchScript model</source>
        <translation>选择 TorchScript 模型</translation>
    </message>
    <message>
        <source>Choose VGG weights</source>
        <translation>选择 VGG 权重</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.ptc *.torchscript);;All files (*)</source>
        <translation>TorchScript 模型 (*.pt *.ptc *.torchscript);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch 权重 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>下载权重</translation>
    </message>
    <message>
        <source>More: PCA spectrum, seed</source>
        <translation>更多：PCA 谱、种子</translation>
    </message>
    <message>
        <source>Run is disabled — %1: %2</source>
        <translation>无法运行 — %1：%2</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>扫描(&amp;W)…</translation>
    </message>
    <message>
        <source>Runs for several values of one or two parameters, shown side by side (Ctrl+Shift+W)</source>
        <translation>针对一两个参数的多个取值分别运行，并排显示（Ctrl+Shift+W）</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementCommands</name>
    <message numerus="yes">
        <source>Place %Ln item(s)</source>
        <translation>
            <numerusform>放置 %Ln 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Place new images</source>
        <translation>放置新图像</translation>
    </message>
    <message>
        <source>&amp;Place new images</source>
        <translation>放置新图像(&amp;P)</translation>
    </message>
    <message>
        <source>From a &amp;folder…</source>
        <translation>从文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>From an IDX file or feature &amp;matrix…</source>
        <translation>从 IDX 文件或特征矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Adds images to the shown map without moving its points: a new run holds both</source>
        <translation>在不移动已有点的情况下把图像加到当前地图：新的运行包含两者</translation>
    </message>
    <message>
        <source>Place the images of a folder on the map</source>
        <translation>把一个文件夹的图像放到地图上</translation>
    </message>
    <message>
        <source>Place images or features on the map</source>
        <translation>把图像或特征放到地图上</translation>
    </message>
    <message>
        <source>IDX images or feature matrices (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;All files (*)</source>
        <translation>IDX 图像或特征矩阵 (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Show a run first: new images are placed on the map shown.</source>
        <translation>请先显示一次运行：新图像会放到当前显示的地图上。</translation>
    </message>
    <message>
        <source>Only a finished run&apos;s map can take new images.</source>
        <translation>只有已完成运行的地图才能接收新图像。</translation>
    </message>
    <message>
        <source>Wait for the run to finish before placing images.</source>
        <translation>请等运行完成后再放置图像。</translation>
    </message>
    <message>
        <source>Placing %1 on %2…</source>
        <translation>正在把 %1 放到 %2 上…</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementController</name>
    <message>
        <source>New images are being placed already.</source>
        <translation>已经在放置新图像。</translation>
    </message>
    <message>
        <source>There is no run to place images on.</source>
        <translation>没有可放置图像的运行。</translation>
    </message>
    <message>
        <source>Placing was cancelled; nothing was added.</source>
        <translation>放置已取消；没有添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Placed %Ln new item(s) on the map</source>
        <translation>
            <numerusform>已在地图上放置 %Ln 个新项目</numerusform>
        </translation>
    </message>
    <message>
        <source> (10-NN accuracy against the map&apos;s classes: %1)</source>
        <translation>（相对地图类别的 10-NN 准确率：%1）</translation>
    </message>
    <message>
        <source>; their images are not shown (they differ in size from the map&apos;s)</source>
        <translation>；其图像未显示（尺寸与地图的图像不同）</translation>
    </message>
</context>
<context>
    <name>tse::gui::PreviewDock</name>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Nearest in feature space (click to go there):</source>
        <translation>特征空间中最近的（单击前往）：</translation>
    </message>
    <message>
        <source>Click a point in the map.</source>
        <translation>请单击地图中的一个点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Nearest on the map it was placed on (click to go there):</source>
        <translation>在其所放置的地图上最近的（单击前往）：</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>已放到地图上</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectCommands</name>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Unsaved runs</source>
        <translation>未保存的运行</translation>
    </message>
    <message>
        <source>%1 has runs that are not saved. Save them?</source>
        <translation>%1 中有未保存的运行。要保存吗？</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not save %1:
%2
The file keeps its previous content.</source>
        <translation>无法保存 %1：
%2
文件保留原有内容。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex)</source>
        <translation>t-SNE Explorer 项目 (*.tsnex)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex);;All files (*)</source>
        <translation>t-SNE Explorer 项目 (*.tsnex);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Save As keeps changes in another file.</source>
        <translation>%1 以只读方式打开：%2。“另存为”可把更改保存到另一个文件。</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): choose where to save a copy.</source>
        <translation>%1 是只读的（%2）：请选择副本的保存位置。</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>tse::gui::ReplayDialog</name>
    <message>
        <source>Replay — %1</source>
        <translation>回放 — %1</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export frames…</source>
        <translation>导出帧(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 (frame %3 of %4)</source>
        <translation>第 %1 次迭代，共 %2 次（第 %3 帧，共 %4 帧）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>%1 — iteration %2</source>
        <translation>%1 — 第 %2 次迭代</translation>
    </message>
    <message>
        <source>Export replay frames to</source>
        <translation>把回放帧导出到</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Frames exported</source>
        <translation>帧已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1 (frame-001.png, frame-002.png, …).</source>
        <translation>
            <numerusform>已把 %n 帧写入 %1（frame-001.png、frame-002.png、…）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A video of them:</source>
        <translation>用它们制作视频：</translation>
    </message>
</context>
<context>
    <name>tse::gui::RunHistoryDock</name>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>10-NN acc.</source>
        <translation>10-NN 准确率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>已在 %1 取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Dims</source>
        <translation>维数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Trust.</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Notes…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Load parameters into the editor</source>
        <translation>把参数载入编辑器(&amp;L)</translation>
    </message>
    <message>
        <source>Re-run &amp;identically</source>
        <translation>原样重新运行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Compare parameters</source>
        <translation>比较参数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Compare &amp;maps side by side</source>
        <translation>并排比较地图(&amp;M)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>k = %1 (fewer than 10: the map has %2 items)</source>
        <translation>k = %1（少于 10：地图只有 %2 个项目）</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
</context>
<context>
    <name>tse::gui::RunStatusBar</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>第 %1 次迭代，共 %2 次</translation>
    </message>
    <message>
        <source>Running: t-SNE</source>
        <translation>运行中：t-SNE</translation>
    </message>
</context>
<context>
    <name>tse::gui::ScatterView</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick a class to hide it; right-click to select it</source>
        <translation>取消勾选某个类别可隐藏它；右键单击可选择它</translation>
    </message>
    <message>
        <source>&amp;Select these points</source>
        <translation>选择这些点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add them to the selection</source>
        <translation>加入选择(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;only this</source>
        <translation>只显示此项(&amp;O)</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>全部显示(&amp;L)</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>(not matching)</source>
        <translation>（不匹配）</translation>
    </message>
    <message>
        <source>(not selected)</source>
        <translation>（未选择）</translation>
    </message>
</context>
<context>
    <name>tse::gui::SelectionTools</name>
    <message>
        <source>No points inside — draw around the points to select (Shift adds, Ctrl removes).</source>
        <translation>范围内没有点 — 请围绕要选择的点绘制（Shift 添加，Ctrl 移除）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) inside; %1 selected.</source>
        <translation>
            <numerusform>范围内有 %Ln 个点；已选择 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag on the map to select; Shift+drag adds, Ctrl+drag removes, Esc cancels. R turns the map again.</source>
        <translation>在地图上拖动以选择；Shift+拖动添加，Ctrl+拖动移除，Esc 取消。按 R 恢复旋转地图。</translation>
    </message>
    <message>
        <source>&amp;Turn and pick</source>
        <translation>旋转和拾取(&amp;T)</translation>
    </message>
    <message>
        <source>Drag to turn the map, click to pick a point (R)</source>
        <translation>拖动旋转地图，单击拾取一个点（R）</translation>
    </message>
    <message>
        <source>&amp;Box select</source>
        <translation>框选(&amp;B)</translation>
    </message>
    <message>
        <source>Drag a rectangle to select the points inside (B)</source>
        <translation>拖出一个矩形以选择其中的点（B）</translation>
    </message>
    <message>
        <source>&amp;Lasso select</source>
        <translation>套索选择(&amp;L)</translation>
    </message>
    <message>
        <source>Draw around points to select them (L)</source>
        <translation>围绕点绘制以选择它们（L）</translation>
    </message>
    <message>
        <source>Show &amp;only the selection</source>
        <translation>只显示选择(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepCommands</name>
    <message>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>初始 PCA 维数</translation>
    </message>
    <message>
        <source>Early exaggeration</source>
        <translation>早期夸大</translation>
    </message>
    <message>
        <source>Parameter s&amp;weep…</source>
        <translation>参数扫描(&amp;W)…</translation>
    </message>
    <message>
        <source>A sweep is running: cancel it first.</source>
        <translation>正在进行扫描：请先取消它。</translation>
    </message>
    <message>
        <source>Parameter sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>values, e.g. 5, 15, 30, 50</source>
        <translation>取值，例如 5, 15, 30, 50</translation>
    </message>
    <message>
        <source>e.g. auto, 200</source>
        <translation>例如 auto, 200</translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation>变化(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>以及(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n map(s)</source>
        <translation>
            <numerusform>运行 %n 张地图(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a dataset first: the sweep runs on it.</source>
        <translation>请先打开一个数据集：扫描在其上运行。</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n map(s).</source>
        <translation>
            <numerusform>扫描完成：%n 张地图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep %1 of %2: %3</source>
        <translation>扫描 %1 / %2：%3</translation>
    </message>
    <message>
        <source>The sweep could not start member %1 (%2).</source>
        <translation>扫描无法启动第 %1 项（%2）。</translation>
    </message>
    <message>
        <source>The sweep stopped at member %1 of %2; the maps made so far are kept.</source>
        <translation>扫描停在第 %1 项（共 %2 项）；已生成的地图会保留。</translation>
    </message>
    <message>
        <source>sweep: %1</source>
        <translation>扫描：%1</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepWindow</name>
    <message>
        <source>%1
KL %2 · 10-NN %3 · trust %4</source>
        <translation>%1
KL %2 · 10-NN %3 · 可信度 %4</translation>
    </message>
    <message>
        <source>Sweep: %1 — t-SNE Explorer</source>
        <translation>扫描：%1 — t-SNE Explorer</translation>
    </message>
    <message>
        <source>Open this run in the main window</source>
        <translation>在主窗口中打开此运行</translation>
    </message>
    <message>
        <source>Maps turned onto the first. Colours: %1.</source>
        <translation>各地图已旋转对齐到第一张。颜色：%1。</translation>
    </message>
</context>
<context>
    <name>tse::gui::WeightsDownloader</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>下载权重</translation>
    </message>
    <message>
        <source>Downloading %1 weights (about 550 MB) to
%2</source>
        <translation>正在下载 %1 权重（约 550 MB）到
%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>

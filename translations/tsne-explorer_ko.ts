<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DatasetParameters</name>
    <message>
        <source>perplexity %1 → %2</source>
        <translation>퍼플렉서티 %1 → %2</translation>
    </message>
    <message>
        <source>PCA dimensions %1 → %2</source>
        <translation>PCA 차원 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Defaults adapted to %n item(s): %1.</source>
        <translation>
            <numerusform>기본값을 항목 %n개에 맞게 조정했습니다: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>PCA %1</source>
        <translation>PCA %1</translation>
    </message>
    <message>
        <source>no PCA</source>
        <translation>PCA 없음</translation>
    </message>
    <message>
        <source>%1 — %2perplexity %3, lr %4, %5 iterations, %6, %7D, seed %8</source>
        <translation>%1 — %2퍼플렉서티 %3, 학습률 %4, 반복 %5회, %6, %7D, 시드 %8</translation>
    </message>
    <message>
        <source> — KL %1</source>
        <translation> — KL %1</translation>
    </message>
    <message>
        <source> — cancelled at iteration %1 of %2</source>
        <translation> — 반복 %2회 중 %1회에서 취소됨</translation>
    </message>
</context>
<context>
    <name>ParameterProblem</name>
    <message>
        <source>t-SNE needs at least 4 items; this dataset has %1.</source>
        <translation>t-SNE에는 항목이 4개 이상 필요합니다. 이 데이터셋에는 %1개가 있습니다.</translation>
    </message>
    <message>
        <source>At least 1 iteration is needed.</source>
        <translation>반복은 최소 1번 필요합니다.</translation>
    </message>
    <message>
        <source>Perplexity must be at least 1.</source>
        <translation>퍼플렉서티는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Too large for %1 items: at most %2.</source>
        <translation>항목 %1개에 비해 너무 큽니다: 최대 %2.</translation>
    </message>
    <message>
        <source>Enter a number or choose auto.</source>
        <translation>숫자를 입력하거나 자동을 선택하세요.</translation>
    </message>
    <message>
        <source>The map has 2 or 3 dimensions.</source>
        <translation>지도는 2차원 또는 3차원입니다.</translation>
    </message>
    <message>
        <source>0 skips PCA; negative values are not allowed.</source>
        <translation>0은 PCA를 건너뜁니다. 음수는 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>At most %1 (the number of features).</source>
        <translation>최대 %1 (특징 수).</translation>
    </message>
    <message>
        <source>At most %1 (the number of items).</source>
        <translation>최대 %1 (항목 수).</translation>
    </message>
    <message>
        <source>The exact gradient is limited to %1 items; this dataset has %2.</source>
        <translation>정확한 기울기는 항목 %1개까지만 가능합니다. 이 데이터셋에는 %2개가 있습니다.</translation>
    </message>
    <message>
        <source>Barnes-Hut theta must be above 0 and at most 1.</source>
        <translation>Barnes-Hut theta는 0보다 크고 1 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The model input size must be between 8 and 4096 pixels.</source>
        <translation>모델 입력 크기는 8~4096픽셀이어야 합니다.</translation>
    </message>
    <message>
        <source>Enter three means and three positive standard deviations.</source>
        <translation>평균 3개와 양수 표준편차 3개를 입력하세요.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>초기 PCA 차원</translation>
    </message>
    <message>
        <source>Gradient method</source>
        <translation>기울기 방법</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특징</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterCommands</name>
    <message>
        <source>, failed shards %1</source>
        <translation>, 실패한 샤드 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>%1 is done on the cluster</source>
        <translation>클러스터에서 %1이(가) 끝났습니다</translation>
    </message>
    <message>
        <source>Run on cl&amp;uster…</source>
        <translation>클러스터에서 실행(&amp;U)…</translation>
    </message>
    <message>
        <source>The same run as array jobs on a Slurm cluster; its map joins the project when done</source>
        <translation>같은 실행을 Slurm 클러스터의 배열 작업으로 실행합니다. 끝나면 지도가 프로젝트에 추가됩니다</translation>
    </message>
    <message>
        <source>Run on cluster</source>
        <translation>클러스터에서 실행</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>클러스터 기본값</translation>
    </message>
    <message>
        <source>Extraction shards:</source>
        <translation>추출 샤드 수:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>파티션:</translation>
    </message>
    <message>
        <source>Time per task:</source>
        <translation>작업당 시간:</translation>
    </message>
    <message>
        <source>Memory per task:</source>
        <translation>작업당 메모리:</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>작업당 CPU:</translation>
    </message>
    <message>
        <source>GPUs per extraction task:</source>
        <translation>추출 작업당 GPU:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Save the project first: the cluster&apos;s jobs write the run into the project file.</source>
        <translation>먼저 프로젝트를 저장하세요: 클러스터 작업이 실행 결과를 프로젝트 파일에 씁니다.</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>먼저 데이터셋을 여세요.</translation>
    </message>
    <message>
        <source>Cluster run</source>
        <translation>클러스터 실행</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Submitted %1 to the cluster (%2)</source>
        <translation>%1을(를) 클러스터에 제출했습니다 (%2)</translation>
    </message>
    <message>
        <source>%1 — on the cluster: %2</source>
        <translation>%1 — 클러스터에서: %2</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterDock</name>
    <message>
        <source>Name by class</source>
        <translation>클래스로 이름 붙이기</translation>
    </message>
    <message>
        <source>Name by %1</source>
        <translation>%1(으)로 이름 붙이기</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln point(s)</source>
        <translation>
            <numerusform>%1
점 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select the cluster&apos;s points</source>
        <translation>클릭하면 클러스터의 점을 선택합니다</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>No clusters yet: Run ▸ Find clusters… (Ctrl+Shift+K) finds the groups of the shown map and names them by their majority class.</source>
        <translation>아직 클러스터가 없습니다: 실행 ▸ 클러스터 찾기…(Ctrl+Shift+K)는 표시된 맵의 그룹을 찾아 다수 클래스로 이름을 붙입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s), largest first. Click one to select it.</source>
        <translation>
            <numerusform>클러스터 %Ln개, 큰 순서. 클릭하면 선택합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ComparisonWindow</name>
    <message>
        <source>Select two to four runs to compare.</source>
        <translation>비교할 실행을 2~4개 선택하세요.</translation>
    </message>
    <message>
        <source>Only runs of the same dataset can be compared.</source>
        <translation>같은 데이터셋의 실행만 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare runs — t-SNE Explorer</source>
        <translation>실행 비교 — t-SNE 탐색기</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Trustworthiness (k=10)</source>
        <translation>신뢰도 (k=10)</translation>
    </message>
    <message>
        <source>Continuity (k=10)</source>
        <translation>연속성 (k=10)</translation>
    </message>
    <message>
        <source>10-NN accuracy</source>
        <translation>10-NN 정확도</translation>
    </message>
    <message>
        <source>Shared 10-NN with first</source>
        <translation>첫 실행과 공유하는 10-NN</translation>
    </message>
    <message>
        <source>Colour by &amp;movement from the first run</source>
        <translation>첫 실행에서 이동한 거리로 색칠(&amp;M)</translation>
    </message>
    <message>
        <source>Colours each point by how far it moved from its place in the first map (after alignment); the first map keeps its class colours.</source>
        <translation>각 점을 첫 지도에서의 위치로부터 이동한 거리(정렬 후)로 색칠합니다. 첫 지도는 클래스 색을 유지합니다.</translation>
    </message>
    <message>
        <source>map units moved</source>
        <translation>지도 단위 이동</translation>
    </message>
    <message>
        <source>Slide to morph the first map into each of the others (all aligned to the first)</source>
        <translation>밀어서 첫 번째 맵을 다른 맵으로 변형합니다(모두 첫 번째에 맞춰 정렬됨)</translation>
    </message>
    <message>
        <source>&amp;Morph</source>
        <translation>변형(&amp;M)</translation>
    </message>
    <message>
        <source>Animate the first map turning into each of the others</source>
        <translation>첫 번째 맵이 다른 맵으로 바뀌는 모습을 애니메이션으로 보여 줍니다</translation>
    </message>
    <message>
        <source>from the first map:</source>
        <translation>첫 번째 맵에서:</translation>
    </message>
</context>
<context>
    <name>tse::gui::CostEstimateText</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>Estimated: about %1, %2 of memory</source>
        <translation>예상: 약 %1, 메모리 %2</translation>
    </message>
    <message>
        <source>Estimated: about %1 plus the model&apos;s own time, %2 of memory</source>
        <translation>예상: 약 %1 + 모델 자체 시간, 메모리 %2</translation>
    </message>
    <message>
        <source>More memory than the %1 available: the run would be refused.</source>
        <translation>사용 가능한 %1보다 많은 메모리가 필요하여 실행이 거부됩니다.</translation>
    </message>
    <message>
        <source>Times of the reference machine (2 cores): this machine&apos;s speed is measured once, in the background, when the workbench is idle.</source>
        <translation>기준 머신(2코어)의 시간: 이 컴퓨터의 속도는 워크벤치가 유휴 상태일 때 백그라운드에서 한 번 측정됩니다.</translation>
    </message>
    <message>
        <source>Times for this machine: it measured %1× the reference machine&apos;s time (measured once and remembered).</source>
        <translation>이 컴퓨터의 시간: 기준 머신 시간의 %1배가 걸렸습니다(한 번 측정 후 기억됨).</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetDock</name>
    <message>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder of images; each subfolder is a class</source>
        <translation>이미지 폴더: 하위 폴더마다 하나의 클래스</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>IDX 파일 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>MNIST-style images file; its labels file is found beside it</source>
        <translation>MNIST 형식의 이미지 파일: 레이블 파일은 같은 폴더에서 찾습니다</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>데이터셋을 선택하세요.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1을(를) 열 수 없습니다&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln item(s)</source>
        <translation>
            <numerusform>%1 — 항목 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln item(s), %2×%3 pixels</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;항목 %Ln개, %2×%3 픽셀</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <source>Open an IDX images file</source>
        <translation>IDX 이미지 파일 열기</translation>
    </message>
    <message>
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>IDX 이미지 (*idx3-ubyte *idx3-ubyte.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Files the import could not use, with the reason</source>
        <translation>가져오기에서 사용할 수 없었던 파일과 그 이유</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped:</source>
        <translation>
            <numerusform>파일 %Ln개 건너뜀:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the cache: no file has changed since the import.</source>
        <translation>캐시에서 읽음: 가져온 이후 변경된 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetLibrary</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>불러오기가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>tse::gui::FeatureCacheAction</name>
    <message>
        <source>Clear feature &amp;cache (%1)…</source>
        <translation>특징 캐시 비우기(&amp;C) (%1)…</translation>
    </message>
    <message>
        <source>Clear feature cache</source>
        <translation>특징 캐시 비우기</translation>
    </message>
    <message>
        <source>Remove the image features kept in %1 (%2)?
They are computed again when a run needs them; your projects and runs are not affected.</source>
        <translation>%1에 보관된 이미지 특징(%2)을 삭제할까요?
실행에 필요하면 다시 계산되며, 프로젝트와 실행 기록에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Feature cache cleared: %1 freed</source>
        <translation>특징 캐시를 비웠습니다: %1 확보</translation>
    </message>
</context>
<context>
    <name>tse::gui::HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>실행 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>실행 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notes on %1:</source>
        <translation>%1에 대한 메모:</translation>
    </message>
    <message>
        <source>The two runs have the same parameters.</source>
        <translation>두 실행의 매개변수가 같습니다.</translation>
    </message>
    <message>
        <source>Parameter differences</source>
        <translation>매개변수 차이</translation>
    </message>
</context>
<context>
    <name>tse::gui::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
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
        <translation>풀 HD</translation>
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
        <translation>화면 크기 그대로</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Show the &amp;legend</source>
        <translation>범례 표시(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Side of each image; the larger, the fewer fit without overlapping</source>
        <translation>각 이미지의 한 변 길이입니다. 클수록 겹치지 않고 들어가는 이미지가 줄어듭니다</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
</context>
<context>
    <name>tse::gui::KlChart</name>
    <message>
        <source>KL divergence (vertical) by iteration (horizontal)</source>
        <translation>반복(가로)에 따른 KL 발산(세로)</translation>
    </message>
</context>
<context>
    <name>tse::gui::MainWindow</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Run %1 — iteration %2 of %3</source>
        <translation>실행 %1 — 반복 %2/%3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open image &amp;folder…</source>
        <translation>이미지 폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>IDX 파일 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run t-SNE</source>
        <translation>t-SNE 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>실행 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;camera</source>
        <translation>카메라 초기화(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About t-SNE Explorer</source>
        <translation>t-SNE 탐색기 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Cancel the run before switching datasets.</source>
        <translation>데이터셋을 바꾸기 전에 실행을 취소하세요.</translation>
    </message>
    <message>
        <source>Fix the parameters marked in red first.</source>
        <translation>먼저 빨간색으로 표시된 매개변수를 고치세요.</translation>
    </message>
    <message>
        <source>Running t-SNE…</source>
        <translation>t-SNE 실행 중…</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <source>The run could not finish:
%1</source>
        <translation>실행을 끝낼 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 열림 (항목 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turntable</source>
        <translation>턴테이블 회전(&amp;T)</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 발산</translation>
    </message>
    <message>
        <source>t-SNE Explorer</source>
        <translation>t-SNE 탐색기</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <source>Run %1 cancelled at iteration %2</source>
        <translation>실행 %1이(가) 반복 %2에서 취소됨</translation>
    </message>
    <message>
        <source>Run %1 finished in %2 s, KL %3</source>
        <translation>실행 %1 완료: %2초, KL %3</translation>
    </message>
    <message>
        <source>About t-SNE Explorer</source>
        <translation>t-SNE 탐색기 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;t-SNE Explorer %1&lt;/b&gt;&lt;p&gt;Turns image collections into interactive 3D maps.&lt;/p&gt;&lt;p&gt;The bundled sample is from Fashion-MNIST © Zalando SE, MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;t-SNE 탐색기 %1&lt;/b&gt;&lt;p&gt;이미지 모음을 대화형 3D 지도로 바꿉니다.&lt;/p&gt;&lt;p&gt;포함된 샘플은 Fashion-MNIST(© Zalando SE, MIT 라이선스)에서 가져왔습니다.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %Ln point(s) selected</source>
        <translation>
            <numerusform>클러스터 %1: 점 %Ln개 선택됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapClusterCommands</name>
    <message>
        <source>Find &amp;clusters…</source>
        <translation>클러스터 찾기(&amp;C)…</translation>
    </message>
    <message>
        <source>Density clusters of the shown map, each named by its majority class</source>
        <translation>표시된 맵의 밀도 클러스터, 각각 다수 클래스로 이름 붙임</translation>
    </message>
    <message>
        <source>Show a finished run first: clusters are found on its map.</source>
        <translation>먼저 완료된 실행을 표시하세요: 클러스터는 그 맵에서 찾습니다.</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>클러스터 찾기</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>자동(%1)</translation>
    </message>
    <message>
        <source>Fewer points than this never make a cluster of their own</source>
        <translation>이보다 적은 점은 별도의 클러스터가 되지 않습니다</translation>
    </message>
    <message>
        <source> % of the map</source>
        <translation> % (맵 기준)</translation>
    </message>
    <message>
        <source>Larger groups are shown as their parts (100 %: no limit)</source>
        <translation>더 큰 그룹은 부분으로 나누어 표시합니다(100 %: 제한 없음)</translation>
    </message>
    <message>
        <source>&amp;Finest clusters (the hierarchy&apos;s leaves)</source>
        <translation>가장 세밀한 클러스터(&amp;F)(계층의 잎)</translation>
    </message>
    <message>
        <source>Clusters are found in the map&apos;s density (HDBSCAN): no number of clusters to choose. Points in no cluster stay grey.</source>
        <translation>클러스터는 맵의 밀도에서 찾습니다(HDBSCAN): 클러스터 수를 고를 필요가 없습니다. 어느 클러스터에도 속하지 않는 점은 회색으로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Minimum cluster size:</source>
        <translation>최소 클러스터 크기(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Largest cluster:</source>
        <translation>최대 클러스터(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Clusters are being found already.</source>
        <translation>이미 클러스터를 찾고 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Finding clusters of %Ln point(s)…</source>
        <translation>
            <numerusform>점 %Ln개의 클러스터를 찾는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find clusters: %1</source>
        <translation>클러스터를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The run was closed before its clusters were found.</source>
        <translation>클러스터를 찾기 전에 실행이 닫혔습니다.</translation>
    </message>
    <message>
        <source>No clusters in this map at these settings: try a smaller minimum size, a smaller largest share, or the finest clusters.</source>
        <translation>이 설정으로는 이 맵에 클러스터가 없습니다: 더 작은 최소 크기, 더 작은 최대 비율 또는 가장 세밀한 클러스터를 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln cluster(s).</source>
        <translation>
            <numerusform>클러스터 %Ln개를 찾았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapExports</name>
    <message>
        <source>Export &amp;image (PNG)…</source>
        <translation>이미지 내보내기(PNG)(&amp;I)…</translation>
    </message>
    <message>
        <source>Export image &amp;map (PNG with the images)…</source>
        <translation>이미지 맵 내보내기(&amp;M) (이미지가 들어간 PNG)…</translation>
    </message>
    <message>
        <source>The map with a thumbnail of each image where they fit</source>
        <translation>들어갈 자리가 있는 곳마다 각 이미지의 썸네일을 넣은 맵</translation>
    </message>
    <message>
        <source>Export &amp;vector figure (SVG, PDF)…</source>
        <translation>벡터 그림 내보내기(SVG, PDF)(&amp;V)…</translation>
    </message>
    <message>
        <source>2D maps only</source>
        <translation>2D 지도만</translation>
    </message>
    <message>
        <source>Export &amp;coordinates (CSV)…</source>
        <translation>좌표 내보내기(CSV)(&amp;C)…</translation>
    </message>
    <message>
        <source>Export coordinates (&amp;NPY)…</source>
        <translation>좌표 내보내기(NPY)(&amp;N)…</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>아직 내보낼 완료된 실행이 없습니다.</translation>
    </message>
    <message>
        <source>The 3D view could not be rendered (no OpenGL context).</source>
        <translation>3D 보기를 렌더링할 수 없습니다 (OpenGL 컨텍스트 없음).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The run&apos;s images are not open (its dataset could not be found).</source>
        <translation>실행의 이미지가 열려 있지 않습니다(데이터셋을 찾을 수 없음).</translation>
    </message>
    <message>
        <source>Export image map</source>
        <translation>이미지 맵 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln image(s) shown)</source>
        <translation>
            <numerusform>%1 저장함 (이미지 %Ln개 표시)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected point(s)?</source>
        <translation>
            <numerusform>선택한 점 %Ln개만 내보낼까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Vector figures are for 2D maps; export 3D maps as PNG.</source>
        <translation>벡터 그림은 2D 지도용입니다. 3D 지도는 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>Export vector figure</source>
        <translation>벡터 그림 내보내기</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;PDF documents (*.pdf)</source>
        <translation>SVG 이미지 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export coordinates</source>
        <translation>좌표 내보내기</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 배열 (*.npy)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1을(를) 쓸 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>Wrote %1 and its parameters in %2</source>
        <translation>%1과(와) 매개변수 파일 %2 저장됨</translation>
    </message>
</context>
<context>
    <name>tse::gui::MapSearch</name>
    <message>
        <source>Search label, file or metadata (Ctrl+F)</source>
        <translation>레이블, 파일 또는 메타데이터 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select all &amp;matches</source>
        <translation>일치 항목 모두 선택(&amp;M)</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L2개 중 %L1개 일치</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln point(s)</source>
        <translation>
            <numerusform>점 %Ln개 선택됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapTools</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>선택 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Show selection as image &amp;grid…</source>
        <translation>선택을 이미지 격자로 보기(&amp;G)…</translation>
    </message>
    <message>
        <source> Colour: </source>
        <translation> 색: </translation>
    </message>
    <message>
        <source> Size: </source>
        <translation> 크기: </translation>
    </message>
    <message>
        <source>Point size relative to the default</source>
        <translation>기본값 대비 점 크기</translation>
    </message>
    <message>
        <source>&amp;Bright colours</source>
        <translation>밝은 색(&amp;B)</translation>
    </message>
    <message>
        <source>Camera &amp;view</source>
        <translation>카메라 시점(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>앞(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>옆(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>위(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>등각(&amp;I)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Selection — %Ln image(s)</source>
        <translation>
            <numerusform>선택 — 이미지 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>PNG로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save image grid</source>
        <translation>이미지 격자 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Image &amp;under the mouse</source>
        <translation>마우스 아래 이미지(&amp;U)</translation>
    </message>
    <message>
        <source>Placed or on the map</source>
        <translation>배치됨 / 지도</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>지도에 있음</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>배치됨</translation>
    </message>
    <message>
        <source>&amp;Replay how the map formed…</source>
        <translation>맵이 만들어진 과정 재생(&amp;R)…</translation>
    </message>
    <message>
        <source>Density &amp;contours (2D maps)</source>
        <translation>밀도 등고선(&amp;C)(2D 맵)</translation>
    </message>
    <message>
        <source>Density contours are drawn on 2D maps.</source>
        <translation>밀도 등고선은 2D 맵에 그려집니다.</translation>
    </message>
    <message>
        <source>Show a run first.</source>
        <translation>먼저 실행을 표시하세요.</translation>
    </message>
    <message>
        <source>Cannot replay this run: %1</source>
        <translation>이 실행을 재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This run has no saved frames to replay (runs made by this version keep them).</source>
        <translation>이 실행에는 재생할 저장된 프레임이 없습니다(이 버전에서 만든 실행은 프레임을 보관합니다).</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>(in no cluster)</source>
        <translation>(클러스터 없음)</translation>
    </message>
    <message>
        <source>Select points first (box or lasso: B, L; Shift+click; or the legend&apos;s menu).</source>
        <translation>먼저 점을 선택하세요(사각형 또는 올가미: B, L; Shift+클릭; 또는 범례 메뉴).</translation>
    </message>
</context>
<context>
    <name>tse::gui::ParameterDock</name>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>특징(&amp;F):</translation>
    </message>
    <message>
        <source>Initial &amp;PCA dimensions:</source>
        <translation>초기 &amp;PCA 차원:</translation>
    </message>
    <message>
        <source>Pe&amp;rplexity:</source>
        <translation>퍼플렉서티(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>반복 횟수(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>출력(&amp;O):</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>난수 시드(&amp;S):</translation>
    </message>
    <message>
        <source>Raw pixels</source>
        <translation>원시 픽셀</translation>
    </message>
    <message>
        <source>2D map</source>
        <translation>2D 지도</translation>
    </message>
    <message>
        <source>3D map</source>
        <translation>3D 지도</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Step size of the optimisation; auto = max(N / 12, 50). Typical: 10–1000.</source>
        <translation>최적화의 보폭. 자동 = max(N / 12, 50). 일반적인 값: 10–1000.</translation>
    </message>
    <message>
        <source>Roughly the number of neighbours each point keeps close. Typical: 5–50.</source>
        <translation>각 점이 가까이 유지하는 이웃의 대략적인 수. 일반적인 값: 5–50.</translation>
    </message>
    <message>
        <source>Features are reduced to this many principal components before t-SNE (0 = off).</source>
        <translation>t-SNE 전에 특징을 이 개수의 주성분으로 줄입니다 (0 = 끔).</translation>
    </message>
    <message>
        <source>Optimisation steps; the first 250 use early exaggeration.</source>
        <translation>최적화 단계 수. 처음 250번은 초기 과장(early exaggeration)을 사용합니다.</translation>
    </message>
    <message>
        <source>Suggested: 5–50.</source>
        <translation>권장: 5–50.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Start a t-SNE run with these parameters (Ctrl+R)</source>
        <translation>이 매개변수로 t-SNE 실행 시작 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run and keep the map so far (Esc)</source>
        <translation>실행을 멈추고 지금까지의 지도를 유지 (Esc)</translation>
    </message>
    <message>
        <source>Share of the variance per principal component (bars) and in total (line); the dashed line marks the PCA dimensions.</source>
        <translation>주성분별 분산 비율(막대)과 누적 비율(선). 점선은 PCA 차원을 표시합니다.</translation>
    </message>
    <message>
        <source>Explained variance: computing…</source>
        <translation>설명된 분산: 계산 중…</translation>
    </message>
    <message>
        <source>PCA is off: t-SNE sees all features.</source>
        <translation>PCA 꺼짐: t-SNE가 모든 특징을 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) keep %1% of the variance.</source>
        <translation>
            <numerusform>주성분 %n개가 분산의 %1%를 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>VGG16 (ImageNet)</source>
        <translation>VGG16 (ImageNet)</translation>
    </message>
    <message>
        <source>VGG19 (ImageNet)</source>
        <translation>VGG19 (ImageNet)</translation>
    </message>
    <message>
        <source>VGG weights file…</source>
        <translation>VGG 가중치 파일…</translation>
    </message>
    <message>
        <source>TorchScript model…</source>
        <translation>TorchScript 모델…</translation>
    </message>
    <message>
        <source>What each image becomes before PCA: its pixels, or the activations of a CNN.</source>
        <translation>PCA 전에 각 이미지를 나타내는 값: 픽셀 또는 CNN의 활성값.</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>층(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>모델 파일(&amp;M):</translation>
    </message>
    <message>
        <source>I&amp;nput size:</source>
        <translation>입력 크기(&amp;N):</translation>
    </message>
    <message>
        <source>Input &amp;mean:</source>
        <translation>입력 평균(&amp;M):</translation>
    </message>
    <message>
        <source>Input s&amp;td:</source>
        <translation>입력 표준편차(&amp;T):</translation>
    </message>
    <message>
        <source>fc7 (default) and fc6: the fully connected layers (4,096 values); pool5: the last convolutional block (25,088 values).</source>
        <translation>fc7(기본값)과 fc6: 완전 연결층 (값 4,096개). pool5: 마지막 합성곱 블록 (값 25,088개).</translation>
    </message>
    <message>
        <source>Choose the model file</source>
        <translation>모델 파일 선택</translation>
    </message>
    <message>
        <source>Crop to the largest &amp;face</source>
        <translation>가장 큰 얼굴만 잘라내기(&amp;F)</translation>
    </message>
    <message>
        <source>Detect the largest face in each image (Haar cascade) and use only it; images without a face are used whole and listed in the run&apos;s notes.</source>
        <translation>각 이미지에서 가장 큰 얼굴을 찾아(Haar 캐스케이드) 그 부분만 사용합니다. 얼굴이 없는 이미지는 전체를 사용하고 실행 메모에 기록합니다.</translation>
    </message>
    <message>
        <source>&amp;Download weights…</source>
        <translation>가중치 다운로드(&amp;D)…</translation>
    </message>
    <message>
        <source>Per-channel mean (R, G, B) subtracted after scaling to [0, 1].</source>
        <translation>[0, 1]로 조정한 뒤 빼는 채널별 평균 (R, G, B).</translation>
    </message>
    <message>
        <source>Per-channel standard deviation (R, G, B) the input is divided by.</source>
        <translation>입력을 나누는 채널별 표준편차 (R, G, B).</translation>
    </message>
    <message>
        <source>torch hub cache (default)</source>
        <translation>torch hub 캐시 (기본값)</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>파일을 선택하세요</translation>
    </message>
    <message>
        <source>Choose a TorchScript model</source>
        <translation>TorchScript 모델 선택</translation>
    </message>
    <message>
        <source>Choose VGG weights</source>
        <translation>VGG 가중치 선택</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.ptc *.torchscript);;All files (*)</source>
        <translation>TorchScript 모델 (*.pt *.ptc *.torchscript);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch 가중치 (*.pth *.pt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>가중치 다운로드</translation>
    </message>
    <message>
        <source>More: PCA spectrum, seed</source>
        <translation>더 보기: PCA 스펙트럼, 시드</translation>
    </message>
    <message>
        <source>Run is disabled — %1: %2</source>
        <translation>실행할 수 없음 — %1: %2</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>스윕(&amp;W)…</translation>
    </message>
    <message>
        <source>Runs for several values of one or two parameters, shown side by side (Ctrl+Shift+W)</source>
        <translation>한두 개 매개변수의 여러 값으로 실행하고 나란히 표시합니다(Ctrl+Shift+W)</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementCommands</name>
    <message numerus="yes">
        <source>Place %Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln개 배치</numerusform>
        </translation>
    </message>
    <message>
        <source>Place new images</source>
        <translation>새 이미지 배치</translation>
    </message>
    <message>
        <source>&amp;Place new images</source>
        <translation>새 이미지 배치(&amp;P)</translation>
    </message>
    <message>
        <source>From a &amp;folder…</source>
        <translation>폴더에서(&amp;F)…</translation>
    </message>
    <message>
        <source>From an IDX file or feature &amp;matrix…</source>
        <translation>IDX 파일 또는 특징 행렬에서(&amp;M)…</translation>
    </message>
    <message>
        <source>Adds images to the shown map without moving its points: a new run holds both</source>
        <translation>표시된 지도의 점을 움직이지 않고 이미지를 추가합니다: 새 실행에 둘 다 담깁니다</translation>
    </message>
    <message>
        <source>Place the images of a folder on the map</source>
        <translation>폴더의 이미지를 지도에 배치</translation>
    </message>
    <message>
        <source>Place images or features on the map</source>
        <translation>이미지 또는 특징을 지도에 배치</translation>
    </message>
    <message>
        <source>IDX images or feature matrices (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;All files (*)</source>
        <translation>IDX 이미지 또는 특징 행렬 (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Show a run first: new images are placed on the map shown.</source>
        <translation>먼저 실행을 표시하세요: 새 이미지는 표시된 지도에 배치됩니다.</translation>
    </message>
    <message>
        <source>Only a finished run&apos;s map can take new images.</source>
        <translation>완료된 실행의 지도에만 새 이미지를 배치할 수 있습니다.</translation>
    </message>
    <message>
        <source>Wait for the run to finish before placing images.</source>
        <translation>이미지를 배치하기 전에 실행이 끝나기를 기다리세요.</translation>
    </message>
    <message>
        <source>Placing %1 on %2…</source>
        <translation>%1을(를) %2에 배치하는 중…</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementController</name>
    <message>
        <source>New images are being placed already.</source>
        <translation>이미 새 이미지를 배치하고 있습니다.</translation>
    </message>
    <message>
        <source>There is no run to place images on.</source>
        <translation>이미지를 배치할 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Placing was cancelled; nothing was added.</source>
        <translation>배치가 취소되었습니다. 아무것도 추가되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Placed %Ln new item(s) on the map</source>
        <translation>
            <numerusform>새 항목 %Ln개를 지도에 배치했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source> (10-NN accuracy against the map&apos;s classes: %1)</source>
        <translation> (지도의 클래스 대비 10-NN 정확도: %1)</translation>
    </message>
    <message>
        <source>; their images are not shown (they differ in size from the map&apos;s)</source>
        <translation>; 이미지 크기가 지도의 이미지와 달라 이미지는 표시되지 않습니다</translation>
    </message>
</context>
<context>
    <name>tse::gui::PreviewDock</name>
    <message>
        <source>Point</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Nearest in feature space (click to go there):</source>
        <translation>특징 공간에서 가장 가까운 항목 (클릭하면 이동):</translation>
    </message>
    <message>
        <source>Click a point in the map.</source>
        <translation>지도에서 점을 클릭하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Nearest on the map it was placed on (click to go there):</source>
        <translation>배치된 지도에서 가장 가까운 항목 (클릭하면 이동):</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>지도에 배치됨</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectCommands</name>
    <message>
        <source>&amp;New project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Unsaved runs</source>
        <translation>저장되지 않은 실행</translation>
    </message>
    <message>
        <source>%1 has runs that are not saved. Save them?</source>
        <translation>%1에 저장되지 않은 실행이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <source>Could not save %1:
%2
The file keeps its previous content.</source>
        <translation>%1을(를) 저장할 수 없습니다:
%2
파일은 이전 내용을 유지합니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex)</source>
        <translation>t-SNE 탐색기 프로젝트 (*.tsnex)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1을(를) 저장할 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex);;All files (*)</source>
        <translation>t-SNE 탐색기 프로젝트 (*.tsnex);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>열기 실패</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Save As keeps changes in another file.</source>
        <translation>%1을(를) 읽기 전용으로 열었습니다: %2. 다른 이름으로 저장하면 변경 내용을 다른 파일에 보관합니다.</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): choose where to save a copy.</source>
        <translation>%1은(는) 읽기 전용입니다(%2). 사본을 저장할 위치를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
</context>
<context>
    <name>tse::gui::ReplayDialog</name>
    <message>
        <source>Replay — %1</source>
        <translation>재생 — %1</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export frames…</source>
        <translation>프레임 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 (frame %3 of %4)</source>
        <translation>반복 %1/%2(프레임 %3/%4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>%1 — iteration %2</source>
        <translation>%1 — 반복 %2</translation>
    </message>
    <message>
        <source>Export replay frames to</source>
        <translation>재생 프레임을 내보낼 위치</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Frames exported</source>
        <translation>프레임을 내보냈습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1 (frame-001.png, frame-002.png, …).</source>
        <translation>
            <numerusform>프레임 %n개를 %1에 썼습니다(frame-001.png, frame-002.png, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>A video of them:</source>
        <translation>이 프레임으로 동영상 만들기:</translation>
    </message>
</context>
<context>
    <name>tse::gui::RunHistoryDock</name>
    <message>
        <source>Run history</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>10-NN acc.</source>
        <translation>10-NN 정확도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>%1에서 취소됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특징</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Dims</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Trust.</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Notes…</source>
        <translation>메모(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Load parameters into the editor</source>
        <translation>매개변수를 편집기로 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Re-run &amp;identically</source>
        <translation>똑같이 다시 실행(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Compare parameters</source>
        <translation>매개변수 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Compare &amp;maps side by side</source>
        <translation>지도 나란히 비교(&amp;M)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L2 중 %L1</translation>
    </message>
    <message>
        <source>k = %1 (fewer than 10: the map has %2 items)</source>
        <translation>k = %1 (10보다 작음: 지도의 항목이 %2개)</translation>
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
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>반복 %1/%2</translation>
    </message>
    <message>
        <source>Running: t-SNE</source>
        <translation>실행 중: t-SNE</translation>
    </message>
</context>
<context>
    <name>tse::gui::ScatterView</name>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick a class to hide it; right-click to select it</source>
        <translation>클래스의 체크를 해제하면 숨깁니다. 오른쪽 클릭으로 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Select these points</source>
        <translation>이 점들 선택(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add them to the selection</source>
        <translation>선택에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;only this</source>
        <translation>이것만 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>모두 보기(&amp;L)</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(값 없음)</translation>
    </message>
    <message>
        <source>(not matching)</source>
        <translation>(일치하지 않음)</translation>
    </message>
    <message>
        <source>(not selected)</source>
        <translation>(선택되지 않음)</translation>
    </message>
</context>
<context>
    <name>tse::gui::SelectionTools</name>
    <message>
        <source>No points inside — draw around the points to select (Shift adds, Ctrl removes).</source>
        <translation>안에 점이 없습니다 — 선택할 점을 둘러 그리세요(Shift는 추가, Ctrl은 제거).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) inside; %1 selected.</source>
        <translation>
            <numerusform>안에 점 %Ln개; %1개 선택됨.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag on the map to select; Shift+drag adds, Ctrl+drag removes, Esc cancels. R turns the map again.</source>
        <translation>맵에서 끌어 선택합니다; Shift+끌기는 추가, Ctrl+끌기는 제거, Esc는 취소. R을 누르면 다시 맵을 회전합니다.</translation>
    </message>
    <message>
        <source>&amp;Turn and pick</source>
        <translation>회전 및 선택(&amp;T)</translation>
    </message>
    <message>
        <source>Drag to turn the map, click to pick a point (R)</source>
        <translation>끌어서 맵을 회전하고, 클릭해 점을 고릅니다(R)</translation>
    </message>
    <message>
        <source>&amp;Box select</source>
        <translation>사각형 선택(&amp;B)</translation>
    </message>
    <message>
        <source>Drag a rectangle to select the points inside (B)</source>
        <translation>사각형을 끌어 안의 점을 선택합니다(B)</translation>
    </message>
    <message>
        <source>&amp;Lasso select</source>
        <translation>올가미 선택(&amp;L)</translation>
    </message>
    <message>
        <source>Draw around points to select them (L)</source>
        <translation>점을 둘러 그려 선택합니다(L)</translation>
    </message>
    <message>
        <source>Show &amp;only the selection</source>
        <translation>선택만 표시(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepCommands</name>
    <message>
        <source>Perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>초기 PCA 차원</translation>
    </message>
    <message>
        <source>Early exaggeration</source>
        <translation>초기 과장</translation>
    </message>
    <message>
        <source>Parameter s&amp;weep…</source>
        <translation>매개변수 스윕(&amp;W)…</translation>
    </message>
    <message>
        <source>A sweep is running: cancel it first.</source>
        <translation>스윕이 실행 중입니다: 먼저 취소하세요.</translation>
    </message>
    <message>
        <source>Parameter sweep</source>
        <translation>매개변수 스윕</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>values, e.g. 5, 15, 30, 50</source>
        <translation>값, 예: 5, 15, 30, 50</translation>
    </message>
    <message>
        <source>e.g. auto, 200</source>
        <translation>예: auto, 200</translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation>변경(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>그리고(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n map(s)</source>
        <translation>
            <numerusform>맵 %n개 실행(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a dataset first: the sweep runs on it.</source>
        <translation>먼저 데이터셋을 여세요: 스윕은 그 데이터셋에서 실행됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n map(s).</source>
        <translation>
            <numerusform>스윕 완료: 맵 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep %1 of %2: %3</source>
        <translation>스윕 %1/%2: %3</translation>
    </message>
    <message>
        <source>The sweep could not start member %1 (%2).</source>
        <translation>스윕이 %1번째 실행을 시작할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The sweep stopped at member %1 of %2; the maps made so far are kept.</source>
        <translation>스윕이 %2개 중 %1번째에서 멈췄습니다; 지금까지 만든 맵은 유지됩니다.</translation>
    </message>
    <message>
        <source>sweep: %1</source>
        <translation>스윕: %1</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepWindow</name>
    <message>
        <source>%1
KL %2 · 10-NN %3 · trust %4</source>
        <translation>%1
KL %2 · 10-NN %3 · 신뢰도 %4</translation>
    </message>
    <message>
        <source>Sweep: %1 — t-SNE Explorer</source>
        <translation>스윕: %1 — t-SNE Explorer</translation>
    </message>
    <message>
        <source>Open this run in the main window</source>
        <translation>이 실행을 기본 창에서 열기</translation>
    </message>
    <message>
        <source>Maps turned onto the first. Colours: %1.</source>
        <translation>맵을 첫 번째 맵에 맞춰 회전했습니다. 색상: %1.</translation>
    </message>
</context>
<context>
    <name>tse::gui::WeightsDownloader</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>다운로드가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>가중치 다운로드</translation>
    </message>
    <message>
        <source>Downloading %1 weights (about 550 MB) to
%2</source>
        <translation>%1 가중치(약 550 MB)를 다운로드하는 중, 저장 위치:
%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetParameters</name>
    <message>
        <source>perplexity %1 → %2</source>
        <translation>Perplexität %1 → %2</translation>
    </message>
    <message>
        <source>PCA dimensions %1 → %2</source>
        <translation>PCA-Dimensionen %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Defaults adapted to %n item(s): %1.</source>
        <translation>
            <numerusform>Standardwerte an %n Element angepasst: %1.</numerusform>
            <numerusform>Standardwerte an %n Elemente angepasst: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>PCA %1</source>
        <translation>PCA %1</translation>
    </message>
    <message>
        <source>no PCA</source>
        <translation>ohne PCA</translation>
    </message>
    <message>
        <source>%1 — %2perplexity %3, lr %4, %5 iterations, %6, %7D, seed %8</source>
        <translation>%1 — %2Perplexität %3, LR %4, %5 Iterationen, %6, %7D, Seed %8</translation>
    </message>
    <message>
        <source> — KL %1</source>
        <translation> — KL %1</translation>
    </message>
    <message>
        <source> — cancelled at iteration %1 of %2</source>
        <translation> — abgebrochen bei Iteration %1 von %2</translation>
    </message>
</context>
<context>
    <name>ParameterProblem</name>
    <message>
        <source>t-SNE needs at least 4 items; this dataset has %1.</source>
        <translation>t-SNE braucht mindestens 4 Elemente; dieser Datensatz hat %1.</translation>
    </message>
    <message>
        <source>At least 1 iteration is needed.</source>
        <translation>Mindestens 1 Iteration ist nötig.</translation>
    </message>
    <message>
        <source>Perplexity must be at least 1.</source>
        <translation>Die Perplexität muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Too large for %1 items: at most %2.</source>
        <translation>Zu groß für %1 Elemente: höchstens %2.</translation>
    </message>
    <message>
        <source>Enter a number or choose auto.</source>
        <translation>Geben Sie eine Zahl ein oder wählen Sie auto.</translation>
    </message>
    <message>
        <source>The map has 2 or 3 dimensions.</source>
        <translation>Die Karte hat 2 oder 3 Dimensionen.</translation>
    </message>
    <message>
        <source>0 skips PCA; negative values are not allowed.</source>
        <translation>0 überspringt die PCA; negative Werte sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>At most %1 (the number of features).</source>
        <translation>Höchstens %1 (die Zahl der Merkmale).</translation>
    </message>
    <message>
        <source>At most %1 (the number of items).</source>
        <translation>Höchstens %1 (die Zahl der Elemente).</translation>
    </message>
    <message>
        <source>The exact gradient is limited to %1 items; this dataset has %2.</source>
        <translation>Der exakte Gradient ist auf %1 Elemente begrenzt; dieser Datensatz hat %2.</translation>
    </message>
    <message>
        <source>Barnes-Hut theta must be above 0 and at most 1.</source>
        <translation>Barnes-Hut-Theta muss größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>The model input size must be between 8 and 4096 pixels.</source>
        <translation>Die Eingabegröße des Modells muss zwischen 8 und 4096 Pixeln liegen.</translation>
    </message>
    <message>
        <source>Enter three means and three positive standard deviations.</source>
        <translation>Geben Sie drei Mittelwerte und drei positive Standardabweichungen ein.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>Anfängliche PCA-Dimensionen</translation>
    </message>
    <message>
        <source>Gradient method</source>
        <translation>Gradientenverfahren</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterCommands</name>
    <message>
        <source>, failed shards %1</source>
        <translation>, fehlgeschlagene Teile %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 is done on the cluster</source>
        <translation>%1 ist auf dem Cluster fertig</translation>
    </message>
    <message>
        <source>Run on cl&amp;uster…</source>
        <translation>Auf dem Cl&amp;uster ausführen…</translation>
    </message>
    <message>
        <source>The same run as array jobs on a Slurm cluster; its map joins the project when done</source>
        <translation>Derselbe Lauf als Array-Jobs auf einem Slurm-Cluster; seine Karte kommt ins Projekt, wenn er fertig ist</translation>
    </message>
    <message>
        <source>Run on cluster</source>
        <translation>Auf dem Cluster ausführen</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>Vorgabe des Clusters</translation>
    </message>
    <message>
        <source>Extraction shards:</source>
        <translation>Teile der Extraktion:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>Time per task:</source>
        <translation>Zeit je Aufgabe:</translation>
    </message>
    <message>
        <source>Memory per task:</source>
        <translation>Speicher je Aufgabe:</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPUs je Aufgabe:</translation>
    </message>
    <message>
        <source>GPUs per extraction task:</source>
        <translation>GPUs je Extraktionsaufgabe:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Save the project first: the cluster&apos;s jobs write the run into the project file.</source>
        <translation>Speichern Sie zuerst das Projekt: Die Jobs des Clusters schreiben den Lauf in die Projektdatei.</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Cluster run</source>
        <translation>Cluster-Lauf</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <source>Submitted %1 to the cluster (%2)</source>
        <translation>%1 an den Cluster übermittelt (%2)</translation>
    </message>
    <message>
        <source>%1 — on the cluster: %2</source>
        <translation>%1 — auf dem Cluster: %2</translation>
    </message>
</context>
<context>
    <name>tse::gui::ClusterDock</name>
    <message>
        <source>Name by class</source>
        <translation>Nach Klasse benennen</translation>
    </message>
    <message>
        <source>Name by %1</source>
        <translation>Nach %1 benennen</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln point(s)</source>
        <translation>
            <numerusform>%1
%Ln Punkt</numerusform>
            <numerusform>%1
%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select the cluster&apos;s points</source>
        <translation>Klicken, um die Punkte des Clusters auszuwählen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>No clusters yet: Run ▸ Find clusters… (Ctrl+Shift+K) finds the groups of the shown map and names them by their majority class.</source>
        <translation>Noch keine Cluster: Ausführen ▸ Cluster finden… (Strg+Umschalt+K) findet die Gruppen der angezeigten Karte und benennt sie nach ihrer häufigsten Klasse.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s), largest first. Click one to select it.</source>
        <translation>
            <numerusform>%Ln Cluster, der größte zuerst. Klicken Sie ihn an, um ihn auszuwählen.</numerusform>
            <numerusform>%Ln Cluster, die größten zuerst. Klicken Sie einen an, um ihn auszuwählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::ComparisonWindow</name>
    <message>
        <source>Select two to four runs to compare.</source>
        <translation>Wählen Sie zwei bis vier Läufe zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Only runs of the same dataset can be compared.</source>
        <translation>Nur Läufe desselben Datensatzes lassen sich vergleichen.</translation>
    </message>
    <message>
        <source>Compare runs — t-SNE Explorer</source>
        <translation>Läufe vergleichen — t-SNE Explorer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Trustworthiness (k=10)</source>
        <translation>Vertrauenswürdigkeit (k=10)</translation>
    </message>
    <message>
        <source>Continuity (k=10)</source>
        <translation>Kontinuität (k=10)</translation>
    </message>
    <message>
        <source>10-NN accuracy</source>
        <translation>10-NN-Genauigkeit</translation>
    </message>
    <message>
        <source>Shared 10-NN with first</source>
        <translation>Gemeinsame 10-NN mit dem ersten</translation>
    </message>
    <message>
        <source>Colour by &amp;movement from the first run</source>
        <translation>Nach &amp;Bewegung gegenüber dem ersten Lauf färben</translation>
    </message>
    <message>
        <source>Colours each point by how far it moved from its place in the first map (after alignment); the first map keeps its class colours.</source>
        <translation>Färbt jeden Punkt danach, wie weit er sich von seinem Platz in der ersten Karte entfernt hat (nach dem Ausrichten); die erste Karte behält ihre Klassenfarben.</translation>
    </message>
    <message>
        <source>map units moved</source>
        <translation>Karteneinheiten bewegt</translation>
    </message>
    <message>
        <source>Slide to morph the first map into each of the others (all aligned to the first)</source>
        <translation>Schieben, um die erste Karte in jede der anderen zu überblenden (alle an der ersten ausgerichtet)</translation>
    </message>
    <message>
        <source>&amp;Morph</source>
        <translation>Ü&amp;berblenden</translation>
    </message>
    <message>
        <source>Animate the first map turning into each of the others</source>
        <translation>Animiert, wie die erste Karte zu jeder der anderen wird</translation>
    </message>
    <message>
        <source>from the first map:</source>
        <translation>von der ersten Karte:</translation>
    </message>
</context>
<context>
    <name>tse::gui::CostEstimateText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Estimated: about %1, %2 of memory</source>
        <translation>Geschätzt: etwa %1, %2 Speicher</translation>
    </message>
    <message>
        <source>Estimated: about %1 plus the model&apos;s own time, %2 of memory</source>
        <translation>Geschätzt: etwa %1 plus die Zeit des Modells, %2 Speicher</translation>
    </message>
    <message>
        <source>More memory than the %1 available: the run would be refused.</source>
        <translation>Mehr Speicher als die verfügbaren %1: Der Lauf würde abgelehnt.</translation>
    </message>
    <message>
        <source>Times of the reference machine (2 cores): this machine&apos;s speed is measured once, in the background, when the workbench is idle.</source>
        <translation>Zeiten der Referenzmaschine (2 Kerne): Die Geschwindigkeit dieses Rechners wird einmal im Hintergrund gemessen, wenn die Werkbank untätig ist.</translation>
    </message>
    <message>
        <source>Times for this machine: it measured %1× the reference machine&apos;s time (measured once and remembered).</source>
        <translation>Zeiten für diesen Rechner: Er brauchte das %1-Fache der Zeit der Referenzmaschine (einmal gemessen und gespeichert).</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetDock</name>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>A folder of images; each subfolder is a class</source>
        <translation>Ein Ordner mit Bildern; jeder Unterordner ist eine Klasse</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>&amp;IDX-Datei öffnen…</translation>
    </message>
    <message>
        <source>MNIST-style images file; its labels file is found beside it</source>
        <translation>Bilddatei im MNIST-Format; ihre Label-Datei wird daneben gesucht</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>Wählen Sie einen Datensatz.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 konnte nicht geöffnet werden&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(ohne Label)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln item(s)</source>
        <translation>
            <numerusform>%1 — %Ln Element</numerusform>
            <numerusform>%1 — %Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln item(s), %2×%3 pixels</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln Element, %2×%3 Pixel</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln Elemente, %2×%3 Pixel</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Ordner mit Bildern öffnen</translation>
    </message>
    <message>
        <source>Open an IDX images file</source>
        <translation>Eine IDX-Bilddatei öffnen</translation>
    </message>
    <message>
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>IDX-Bilder (*idx3-ubyte *idx3-ubyte.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Files the import could not use, with the reason</source>
        <translation>Dateien, die der Import nicht verwenden konnte, mit dem Grund</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped:</source>
        <translation>
            <numerusform>%Ln Datei übersprungen:</numerusform>
            <numerusform>%Ln Dateien übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the cache: no file has changed since the import.</source>
        <translation>Aus dem Cache gelesen: seit dem Import hat sich keine Datei geändert.</translation>
    </message>
</context>
<context>
    <name>tse::gui::DatasetLibrary</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tse::gui::FeatureCacheAction</name>
    <message>
        <source>Clear feature &amp;cache (%1)…</source>
        <translation>Merkmals-&amp;Cache leeren (%1)…</translation>
    </message>
    <message>
        <source>Clear feature cache</source>
        <translation>Merkmals-Cache leeren</translation>
    </message>
    <message>
        <source>Remove the image features kept in %1 (%2)?
They are computed again when a run needs them; your projects and runs are not affected.</source>
        <translation>Die in %1 gespeicherten Bildmerkmale (%2) entfernen?
Sie werden neu berechnet, wenn ein Lauf sie braucht; Ihre Projekte und Läufe bleiben unberührt.</translation>
    </message>
    <message>
        <source>Feature cache cleared: %1 freed</source>
        <translation>Merkmals-Cache geleert: %1 freigegeben</translation>
    </message>
</context>
<context>
    <name>tse::gui::HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>%n Lauf löschen</numerusform>
            <numerusform>%n Läufe löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on %1:</source>
        <translation>Notizen zu %1:</translation>
    </message>
    <message>
        <source>The two runs have the same parameters.</source>
        <translation>Die beiden Läufe haben dieselben Parameter.</translation>
    </message>
    <message>
        <source>Parameter differences</source>
        <translation>Unterschiede der Parameter</translation>
    </message>
</context>
<context>
    <name>tse::gui::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
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
        <translation>Full HD</translation>
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
        <translation>Wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>Show the &amp;legend</source>
        <translation>&amp;Legende zeigen</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Side of each image; the larger, the fewer fit without overlapping</source>
        <translation>Seitenlänge jedes Bildes; je größer, desto weniger passen ohne Überlappung</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
</context>
<context>
    <name>tse::gui::KlChart</name>
    <message>
        <source>KL divergence (vertical) by iteration (horizontal)</source>
        <translation>KL-Divergenz (vertikal) je Iteration (horizontal)</translation>
    </message>
</context>
<context>
    <name>tse::gui::MainWindow</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Run %1 — iteration %2 of %3</source>
        <translation>Lauf %1 — Iteration %2 von %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open image &amp;folder…</source>
        <translation>Bild&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;IDX file…</source>
        <translation>&amp;IDX-Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run t-SNE</source>
        <translation>t-SNE &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Reset &amp;camera</source>
        <translation>&amp;Kamera zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About t-SNE Explorer</source>
        <translation>&amp;Über t-SNE Explorer</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel the run before switching datasets.</source>
        <translation>Brechen Sie den Lauf ab, bevor Sie den Datensatz wechseln.</translation>
    </message>
    <message>
        <source>Fix the parameters marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Parameter.</translation>
    </message>
    <message>
        <source>Running t-SNE…</source>
        <translation>t-SNE läuft…</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run could not finish:
%1</source>
        <translation>Der Lauf konnte nicht beendet werden:
%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 geöffnet (%Ln Element)</numerusform>
            <numerusform>%1 geöffnet (%Ln Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turntable</source>
        <translation>&amp;Drehteller</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
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
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1 cancelled at iteration %2</source>
        <translation>Lauf %1 bei Iteration %2 abgebrochen</translation>
    </message>
    <message>
        <source>Run %1 finished in %2 s, KL %3</source>
        <translation>Lauf %1 in %2 s beendet, KL %3</translation>
    </message>
    <message>
        <source>About t-SNE Explorer</source>
        <translation>Über t-SNE Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;t-SNE Explorer %1&lt;/b&gt;&lt;p&gt;Turns image collections into interactive 3D maps.&lt;/p&gt;&lt;p&gt;The bundled sample is from Fashion-MNIST © Zalando SE, MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;t-SNE Explorer %1&lt;/b&gt;&lt;p&gt;Macht aus Bildsammlungen interaktive 3D-Karten.&lt;/p&gt;&lt;p&gt;Das mitgelieferte Beispiel stammt aus Fashion-MNIST © Zalando SE, MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %Ln point(s) selected</source>
        <translation>
            <numerusform>Cluster %1: %Ln Punkt ausgewählt</numerusform>
            <numerusform>Cluster %1: %Ln Punkte ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapClusterCommands</name>
    <message>
        <source>Find &amp;clusters…</source>
        <translation>&amp;Cluster finden…</translation>
    </message>
    <message>
        <source>Density clusters of the shown map, each named by its majority class</source>
        <translation>Dichte-Cluster der angezeigten Karte, jeder nach seiner häufigsten Klasse benannt</translation>
    </message>
    <message>
        <source>Show a finished run first: clusters are found on its map.</source>
        <translation>Zeigen Sie zuerst einen fertigen Lauf: Cluster werden auf seiner Karte gefunden.</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>Cluster finden</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Fewer points than this never make a cluster of their own</source>
        <translation>Weniger Punkte als diese bilden nie einen eigenen Cluster</translation>
    </message>
    <message>
        <source> % of the map</source>
        <translation> % der Karte</translation>
    </message>
    <message>
        <source>Larger groups are shown as their parts (100 %: no limit)</source>
        <translation>Größere Gruppen werden als ihre Teile gezeigt (100 %: keine Grenze)</translation>
    </message>
    <message>
        <source>&amp;Finest clusters (the hierarchy&apos;s leaves)</source>
        <translation>&amp;Feinste Cluster (die Blätter der Hierarchie)</translation>
    </message>
    <message>
        <source>Clusters are found in the map&apos;s density (HDBSCAN): no number of clusters to choose. Points in no cluster stay grey.</source>
        <translation>Cluster werden in der Dichte der Karte gefunden (HDBSCAN): Keine Clusterzahl ist zu wählen. Punkte ohne Cluster bleiben grau.</translation>
    </message>
    <message>
        <source>&amp;Minimum cluster size:</source>
        <translation>&amp;Mindestgröße eines Clusters:</translation>
    </message>
    <message>
        <source>&amp;Largest cluster:</source>
        <translation>&amp;Größter Cluster:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>Clusters are being found already.</source>
        <translation>Cluster werden bereits gesucht.</translation>
    </message>
    <message numerus="yes">
        <source>Finding clusters of %Ln point(s)…</source>
        <translation>
            <numerusform>Cluster von %Ln Punkt werden gesucht…</numerusform>
            <numerusform>Cluster von %Ln Punkten werden gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find clusters: %1</source>
        <translation>Cluster konnten nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>The run was closed before its clusters were found.</source>
        <translation>Der Lauf wurde geschlossen, bevor seine Cluster gefunden waren.</translation>
    </message>
    <message>
        <source>No clusters in this map at these settings: try a smaller minimum size, a smaller largest share, or the finest clusters.</source>
        <translation>Keine Cluster in dieser Karte bei diesen Einstellungen: Versuchen Sie eine kleinere Mindestgröße, einen kleineren größten Anteil oder die feinsten Cluster.</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln cluster(s).</source>
        <translation>
            <numerusform>%Ln Cluster gefunden.</numerusform>
            <numerusform>%Ln Cluster gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapExports</name>
    <message>
        <source>Export &amp;image (PNG)…</source>
        <translation>&amp;Bild exportieren (PNG)…</translation>
    </message>
    <message>
        <source>Export image &amp;map (PNG with the images)…</source>
        <translation>Bild&amp;karte exportieren (PNG mit den Bildern)…</translation>
    </message>
    <message>
        <source>The map with a thumbnail of each image where they fit</source>
        <translation>Die Karte mit einem Vorschaubild jedes Bildes, wo sie Platz haben</translation>
    </message>
    <message>
        <source>Export &amp;vector figure (SVG, PDF)…</source>
        <translation>&amp;Vektorgrafik exportieren (SVG, PDF)…</translation>
    </message>
    <message>
        <source>2D maps only</source>
        <translation>Nur 2D-Karten</translation>
    </message>
    <message>
        <source>Export &amp;coordinates (CSV)…</source>
        <translation>Koordinaten exportieren (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export coordinates (&amp;NPY)…</source>
        <translation>Koordinaten exportieren (&amp;NPY)…</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>Es gibt noch keinen fertigen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>The 3D view could not be rendered (no OpenGL context).</source>
        <translation>Die 3D-Ansicht konnte nicht gezeichnet werden (kein OpenGL-Kontext).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The run&apos;s images are not open (its dataset could not be found).</source>
        <translation>Die Bilder des Laufs sind nicht geöffnet (sein Datensatz wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>Export image map</source>
        <translation>Bildkarte exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln image(s) shown)</source>
        <translation>
            <numerusform>%1 geschrieben (%Ln Bild gezeigt)</numerusform>
            <numerusform>%1 geschrieben (%Ln Bilder gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected point(s)?</source>
        <translation>
            <numerusform>Nur den %Ln ausgewählten Punkt exportieren?</numerusform>
            <numerusform>Nur die %Ln ausgewählten Punkte exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Vector figures are for 2D maps; export 3D maps as PNG.</source>
        <translation>Vektorgrafiken gibt es für 2D-Karten; exportieren Sie 3D-Karten als PNG.</translation>
    </message>
    <message>
        <source>Export vector figure</source>
        <translation>Vektorgrafik exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;PDF documents (*.pdf)</source>
        <translation>SVG-Bilder (*.svg);;PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export coordinates</source>
        <translation>Koordinaten exportieren</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Wrote %1 and its parameters in %2</source>
        <translation>%1 und seine Parameter in %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>tse::gui::MapSearch</name>
    <message>
        <source>Search label, file or metadata (Ctrl+F)</source>
        <translation>Label, Datei oder Metadaten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select all &amp;matches</source>
        <translation>Alle &amp;Treffer auswählen</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 von %L2 passen</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt ausgewählt</numerusform>
            <numerusform>%Ln Punkte ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tse::gui::MapTools</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Show selection as image &amp;grid…</source>
        <translation>Auswahl als Bild&amp;raster zeigen…</translation>
    </message>
    <message>
        <source> Colour: </source>
        <translation> Farbe: </translation>
    </message>
    <message>
        <source> Size: </source>
        <translation> Größe: </translation>
    </message>
    <message>
        <source>Point size relative to the default</source>
        <translation>Punktgröße relativ zur Vorgabe</translation>
    </message>
    <message>
        <source>&amp;Bright colours</source>
        <translation>&amp;Kräftige Farben</translation>
    </message>
    <message>
        <source>Camera &amp;view</source>
        <translation>Kamera&amp;ansicht</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorne</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>&amp;Isometrisch</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Selection — %Ln image(s)</source>
        <translation>
            <numerusform>Auswahl — %Ln Bild</numerusform>
            <numerusform>Auswahl — %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>Als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Save image grid</source>
        <translation>Bildraster speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image &amp;under the mouse</source>
        <translation>Bild &amp;unter der Maus</translation>
    </message>
    <message>
        <source>Placed or on the map</source>
        <translation>Platziert oder auf der Karte</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Platziert</translation>
    </message>
    <message>
        <source>&amp;Replay how the map formed…</source>
        <translation>Entstehung der Karte &amp;abspielen…</translation>
    </message>
    <message>
        <source>Density &amp;contours (2D maps)</source>
        <translation>Dichte-&amp;Konturen (2D-Karten)</translation>
    </message>
    <message>
        <source>Density contours are drawn on 2D maps.</source>
        <translation>Dichte-Konturen werden auf 2D-Karten gezeichnet.</translation>
    </message>
    <message>
        <source>Show a run first.</source>
        <translation>Zeigen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <source>Cannot replay this run: %1</source>
        <translation>Dieser Lauf kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>This run has no saved frames to replay (runs made by this version keep them).</source>
        <translation>Dieser Lauf hat keine gespeicherten Bilder zum Abspielen (Läufe dieser Version behalten sie).</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>(in no cluster)</source>
        <translation>(in keinem Cluster)</translation>
    </message>
    <message>
        <source>Select points first (box or lasso: B, L; Shift+click; or the legend&apos;s menu).</source>
        <translation>Wählen Sie zuerst Punkte aus (Rechteck oder Lasso: B, L; Umschalt+Klick; oder das Menü der Legende).</translation>
    </message>
</context>
<context>
    <name>tse::gui::ParameterDock</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Merkmale:</translation>
    </message>
    <message>
        <source>Initial &amp;PCA dimensions:</source>
        <translation>Anfängliche &amp;PCA-Dimensionen:</translation>
    </message>
    <message>
        <source>Pe&amp;rplexity:</source>
        <translation>Pe&amp;rplexität:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>Random &amp;seed:</source>
        <translation>Zufalls-&amp;Seed:</translation>
    </message>
    <message>
        <source>Raw pixels</source>
        <translation>Rohe Pixel</translation>
    </message>
    <message>
        <source>2D map</source>
        <translation>2D-Karte</translation>
    </message>
    <message>
        <source>3D map</source>
        <translation>3D-Karte</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Step size of the optimisation; auto = max(N / 12, 50). Typical: 10–1000.</source>
        <translation>Schrittweite der Optimierung; auto = max(N / 12, 50). Üblich: 10–1000.</translation>
    </message>
    <message>
        <source>Roughly the number of neighbours each point keeps close. Typical: 5–50.</source>
        <translation>Ungefähr die Zahl der Nachbarn, die jeder Punkt nah bei sich hält. Üblich: 5–50.</translation>
    </message>
    <message>
        <source>Features are reduced to this many principal components before t-SNE (0 = off).</source>
        <translation>Die Merkmale werden vor t-SNE auf so viele Hauptkomponenten reduziert (0 = aus).</translation>
    </message>
    <message>
        <source>Optimisation steps; the first 250 use early exaggeration.</source>
        <translation>Optimierungsschritte; die ersten 250 nutzen die frühe Übertreibung.</translation>
    </message>
    <message>
        <source>Suggested: 5–50.</source>
        <translation>Empfohlen: 5–50.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Start a t-SNE run with these parameters (Ctrl+R)</source>
        <translation>Einen t-SNE-Lauf mit diesen Parametern starten (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the run and keep the map so far (Esc)</source>
        <translation>Den Lauf anhalten und die bisherige Karte behalten (Esc)</translation>
    </message>
    <message>
        <source>Share of the variance per principal component (bars) and in total (line); the dashed line marks the PCA dimensions.</source>
        <translation>Anteil der Varianz je Hauptkomponente (Balken) und insgesamt (Linie); die gestrichelte Linie markiert die PCA-Dimensionen.</translation>
    </message>
    <message>
        <source>Explained variance: computing…</source>
        <translation>Erklärte Varianz: wird berechnet…</translation>
    </message>
    <message>
        <source>PCA is off: t-SNE sees all features.</source>
        <translation>PCA ist aus: t-SNE sieht alle Merkmale.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) keep %1% of the variance.</source>
        <translation>
            <numerusform>%n Komponente behält %1 % der Varianz.</numerusform>
            <numerusform>%n Komponenten behalten %1 % der Varianz.</numerusform>
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
        <translation>VGG-Gewichtsdatei…</translation>
    </message>
    <message>
        <source>TorchScript model…</source>
        <translation>TorchScript-Modell…</translation>
    </message>
    <message>
        <source>What each image becomes before PCA: its pixels, or the activations of a CNN.</source>
        <translation>Was aus jedem Bild vor der PCA wird: seine Pixel oder die Aktivierungen eines CNN.</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>Sc&amp;hicht:</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>&amp;Modelldatei:</translation>
    </message>
    <message>
        <source>I&amp;nput size:</source>
        <translation>Ei&amp;ngabegröße:</translation>
    </message>
    <message>
        <source>Input &amp;mean:</source>
        <translation>Eingabe-Mittel&amp;wert:</translation>
    </message>
    <message>
        <source>Input s&amp;td:</source>
        <translation>Eingabe-S&amp;tandardabweichung:</translation>
    </message>
    <message>
        <source>fc7 (default) and fc6: the fully connected layers (4,096 values); pool5: the last convolutional block (25,088 values).</source>
        <translation>fc7 (Vorgabe) und fc6: die vollständig verbundenen Schichten (4.096 Werte); pool5: der letzte Faltungsblock (25.088 Werte).</translation>
    </message>
    <message>
        <source>Choose the model file</source>
        <translation>Die Modelldatei wählen</translation>
    </message>
    <message>
        <source>Crop to the largest &amp;face</source>
        <translation>Auf das größte &amp;Gesicht zuschneiden</translation>
    </message>
    <message>
        <source>Detect the largest face in each image (Haar cascade) and use only it; images without a face are used whole and listed in the run&apos;s notes.</source>
        <translation>Das größte Gesicht in jedem Bild finden (Haar-Kaskade) und nur es verwenden; Bilder ohne Gesicht werden ganz verwendet und in den Notizen des Laufs aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Download weights…</source>
        <translation>Gewichte &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Per-channel mean (R, G, B) subtracted after scaling to [0, 1].</source>
        <translation>Mittelwert je Kanal (R, G, B), abgezogen nach dem Skalieren auf [0, 1].</translation>
    </message>
    <message>
        <source>Per-channel standard deviation (R, G, B) the input is divided by.</source>
        <translation>Standardabweichung je Kanal (R, G, B), durch die die Eingabe geteilt wird.</translation>
    </message>
    <message>
        <source>torch hub cache (default)</source>
        <translation>Torch-Hub-Cache (Vorgabe)</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>eine Datei wählen</translation>
    </message>
    <message>
        <source>Choose a TorchScript model</source>
        <translation>Ein TorchScript-Modell wählen</translation>
    </message>
    <message>
        <source>Choose VGG weights</source>
        <translation>VGG-Gewichte wählen</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.ptc *.torchscript);;All files (*)</source>
        <translation>TorchScript-Modelle (*.pt *.ptc *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch-Gewichte (*.pth *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>Gewichte herunterladen</translation>
    </message>
    <message>
        <source>More: PCA spectrum, seed</source>
        <translation>Mehr: PCA-Spektrum, Seed</translation>
    </message>
    <message>
        <source>Run is disabled — %1: %2</source>
        <translation>Ausführen ist gesperrt — %1: %2</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Reihe…</translation>
    </message>
    <message>
        <source>Runs for several values of one or two parameters, shown side by side (Ctrl+Shift+W)</source>
        <translation>Läufe für mehrere Werte von einem oder zwei Parametern, nebeneinander gezeigt (Strg+Umschalt+W)</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementCommands</name>
    <message numerus="yes">
        <source>Place %Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element platzieren</numerusform>
            <numerusform>%Ln Elemente platzieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Place new images</source>
        <translation>Neue Bilder platzieren</translation>
    </message>
    <message>
        <source>&amp;Place new images</source>
        <translation>Neue Bilder &amp;platzieren</translation>
    </message>
    <message>
        <source>From a &amp;folder…</source>
        <translation>Aus einem &amp;Ordner…</translation>
    </message>
    <message>
        <source>From an IDX file or feature &amp;matrix…</source>
        <translation>Aus einer IDX-Datei oder Merkmals&amp;matrix…</translation>
    </message>
    <message>
        <source>Adds images to the shown map without moving its points: a new run holds both</source>
        <translation>Fügt der angezeigten Karte Bilder hinzu, ohne ihre Punkte zu bewegen: Ein neuer Lauf enthält beide</translation>
    </message>
    <message>
        <source>Place the images of a folder on the map</source>
        <translation>Die Bilder eines Ordners auf der Karte platzieren</translation>
    </message>
    <message>
        <source>Place images or features on the map</source>
        <translation>Bilder oder Merkmale auf der Karte platzieren</translation>
    </message>
    <message>
        <source>IDX images or feature matrices (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;All files (*)</source>
        <translation>IDX-Bilder oder Merkmalsmatrizen (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show a run first: new images are placed on the map shown.</source>
        <translation>Zeigen Sie zuerst einen Lauf: Neue Bilder werden auf der angezeigten Karte platziert.</translation>
    </message>
    <message>
        <source>Only a finished run&apos;s map can take new images.</source>
        <translation>Nur die Karte eines fertigen Laufs kann neue Bilder aufnehmen.</translation>
    </message>
    <message>
        <source>Wait for the run to finish before placing images.</source>
        <translation>Warten Sie, bis der Lauf fertig ist, bevor Sie Bilder platzieren.</translation>
    </message>
    <message>
        <source>Placing %1 on %2…</source>
        <translation>%1 wird auf %2 platziert…</translation>
    </message>
</context>
<context>
    <name>tse::gui::PlacementController</name>
    <message>
        <source>New images are being placed already.</source>
        <translation>Es werden bereits neue Bilder platziert.</translation>
    </message>
    <message>
        <source>There is no run to place images on.</source>
        <translation>Es gibt keinen Lauf, auf dem Bilder platziert werden können.</translation>
    </message>
    <message>
        <source>Placing was cancelled; nothing was added.</source>
        <translation>Das Platzieren wurde abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Placed %Ln new item(s) on the map</source>
        <translation>
            <numerusform>%Ln neues Element auf der Karte platziert</numerusform>
            <numerusform>%Ln neue Elemente auf der Karte platziert</numerusform>
        </translation>
    </message>
    <message>
        <source> (10-NN accuracy against the map&apos;s classes: %1)</source>
        <translation> (10-NN-Genauigkeit gegenüber den Klassen der Karte: %1)</translation>
    </message>
    <message>
        <source>; their images are not shown (they differ in size from the map&apos;s)</source>
        <translation>; ihre Bilder werden nicht gezeigt (ihre Größe weicht von denen der Karte ab)</translation>
    </message>
</context>
<context>
    <name>tse::gui::PreviewDock</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Nearest in feature space (click to go there):</source>
        <translation>Nächste im Merkmalsraum (klicken, um dorthin zu gehen):</translation>
    </message>
    <message>
        <source>Click a point in the map.</source>
        <translation>Klicken Sie einen Punkt in der Karte an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Nearest on the map it was placed on (click to go there):</source>
        <translation>Nächste auf der Karte, auf der er platziert wurde (klicken, um dorthin zu gehen):</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>auf der Karte platziert</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectCommands</name>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Unsaved runs</source>
        <translation>Ungespeicherte Läufe</translation>
    </message>
    <message>
        <source>%1 has runs that are not saved. Save them?</source>
        <translation>%1 hat Läufe, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save %1:
%2
The file keeps its previous content.</source>
        <translation>%1 konnte nicht gespeichert werden:
%2
Die Datei behält ihren bisherigen Inhalt.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex)</source>
        <translation>t-SNE-Explorer-Projekte (*.tsnex)</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>t-SNE Explorer projects (*.tsnex);;All files (*)</source>
        <translation>t-SNE-Explorer-Projekte (*.tsnex);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Save As keeps changes in another file.</source>
        <translation>%1 ist schreibgeschützt geöffnet: %2. „Speichern unter“ hält Änderungen in einer anderen Datei fest.</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): choose where to save a copy.</source>
        <translation>%1 ist schreibgeschützt (%2): Wählen Sie, wo eine Kopie gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>tse::gui::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>tse::gui::ReplayDialog</name>
    <message>
        <source>Replay — %1</source>
        <translation>Abspielen — %1</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Export frames…</source>
        <translation>Bilder &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 (frame %3 of %4)</source>
        <translation>Iteration %1 von %2 (Bild %3 von %4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>%1 — iteration %2</source>
        <translation>%1 — Iteration %2</translation>
    </message>
    <message>
        <source>Export replay frames to</source>
        <translation>Bilder der Wiedergabe exportieren nach</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Frames exported</source>
        <translation>Bilder exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1 (frame-001.png, frame-002.png, …).</source>
        <translation>
            <numerusform>%n Bild nach %1 geschrieben (frame-001.png, frame-002.png, …).</numerusform>
            <numerusform>%n Bilder nach %1 geschrieben (frame-001.png, frame-002.png, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>A video of them:</source>
        <translation>Ein Video daraus:</translation>
    </message>
</context>
<context>
    <name>tse::gui::RunHistoryDock</name>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>10-NN acc.</source>
        <translation>10-NN-Gen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>abgebrochen bei %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Dims</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Trust.</source>
        <translation>Vertr.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Notes…</source>
        <translation>&amp;Notizen…</translation>
    </message>
    <message>
        <source>&amp;Load parameters into the editor</source>
        <translation>Parameter in den Editor &amp;laden</translation>
    </message>
    <message>
        <source>Re-run &amp;identically</source>
        <translation>&amp;Identisch wiederholen</translation>
    </message>
    <message>
        <source>&amp;Compare parameters</source>
        <translation>Parameter &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Compare &amp;maps side by side</source>
        <translation>&amp;Karten nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>k = %1 (fewer than 10: the map has %2 items)</source>
        <translation>k = %1 (weniger als 10: die Karte hat %2 Elemente)</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>Iteration %1 von %2</translation>
    </message>
    <message>
        <source>Running: t-SNE</source>
        <translation>Läuft: t-SNE</translation>
    </message>
</context>
<context>
    <name>tse::gui::ScatterView</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick a class to hide it; right-click to select it</source>
        <translation>Eine Klasse abwählen, um sie auszublenden; Rechtsklick, um sie auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Select these points</source>
        <translation>Diese Punkte &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Add them to the selection</source>
        <translation>Zur Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Show &amp;only this</source>
        <translation>&amp;Nur diese zeigen</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>A&amp;lle zeigen</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(ohne Label)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>(not matching)</source>
        <translation>(passt nicht)</translation>
    </message>
    <message>
        <source>(not selected)</source>
        <translation>(nicht ausgewählt)</translation>
    </message>
</context>
<context>
    <name>tse::gui::SelectionTools</name>
    <message>
        <source>No points inside — draw around the points to select (Shift adds, Ctrl removes).</source>
        <translation>Keine Punkte darin — umfahren Sie die Punkte, die Sie auswählen wollen (Umschalt fügt hinzu, Strg entfernt).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) inside; %1 selected.</source>
        <translation>
            <numerusform>%Ln Punkt darin; %1 ausgewählt.</numerusform>
            <numerusform>%Ln Punkte darin; %1 ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag on the map to select; Shift+drag adds, Ctrl+drag removes, Esc cancels. R turns the map again.</source>
        <translation>Auf der Karte ziehen, um auszuwählen; Umschalt+Ziehen fügt hinzu, Strg+Ziehen entfernt, Esc bricht ab. R dreht die Karte wieder.</translation>
    </message>
    <message>
        <source>&amp;Turn and pick</source>
        <translation>&amp;Drehen und wählen</translation>
    </message>
    <message>
        <source>Drag to turn the map, click to pick a point (R)</source>
        <translation>Ziehen dreht die Karte, Klicken wählt einen Punkt (R)</translation>
    </message>
    <message>
        <source>&amp;Box select</source>
        <translation>&amp;Rechteckauswahl</translation>
    </message>
    <message>
        <source>Drag a rectangle to select the points inside (B)</source>
        <translation>Ein Rechteck ziehen, um die Punkte darin auszuwählen (B)</translation>
    </message>
    <message>
        <source>&amp;Lasso select</source>
        <translation>&amp;Lassoauswahl</translation>
    </message>
    <message>
        <source>Draw around points to select them (L)</source>
        <translation>Um Punkte herumzeichnen, um sie auszuwählen (L)</translation>
    </message>
    <message>
        <source>Show &amp;only the selection</source>
        <translation>&amp;Nur die Auswahl zeigen</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepCommands</name>
    <message>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Initial PCA dimensions</source>
        <translation>Anfängliche PCA-Dimensionen</translation>
    </message>
    <message>
        <source>Early exaggeration</source>
        <translation>Frühe Übertreibung</translation>
    </message>
    <message>
        <source>Parameter s&amp;weep…</source>
        <translation>Parameter&amp;reihe…</translation>
    </message>
    <message>
        <source>A sweep is running: cancel it first.</source>
        <translation>Eine Reihe läuft: Brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Parameter sweep</source>
        <translation>Parameterreihe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>values, e.g. 5, 15, 30, 50</source>
        <translation>Werte, z. B. 5, 15, 30, 50</translation>
    </message>
    <message>
        <source>e.g. auto, 200</source>
        <translation>z. B. auto, 200</translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation>&amp;Variieren:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;Und:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n map(s)</source>
        <translation>
            <numerusform>%n Karte &amp;berechnen</numerusform>
            <numerusform>%n Karten &amp;berechnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a dataset first: the sweep runs on it.</source>
        <translation>Öffnen Sie zuerst einen Datensatz: Die Reihe läuft darauf.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n map(s).</source>
        <translation>
            <numerusform>Reihe fertig: %n Karte.</numerusform>
            <numerusform>Reihe fertig: %n Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep %1 of %2: %3</source>
        <translation>Reihe %1 von %2: %3</translation>
    </message>
    <message>
        <source>The sweep could not start member %1 (%2).</source>
        <translation>Die Reihe konnte Lauf %1 nicht starten (%2).</translation>
    </message>
    <message>
        <source>The sweep stopped at member %1 of %2; the maps made so far are kept.</source>
        <translation>Die Reihe hielt bei Lauf %1 von %2 an; die bisherigen Karten bleiben erhalten.</translation>
    </message>
    <message>
        <source>sweep: %1</source>
        <translation>Reihe: %1</translation>
    </message>
</context>
<context>
    <name>tse::gui::SweepWindow</name>
    <message>
        <source>%1
KL %2 · 10-NN %3 · trust %4</source>
        <translation>%1
KL %2 · 10-NN %3 · Vertr. %4</translation>
    </message>
    <message>
        <source>Sweep: %1 — t-SNE Explorer</source>
        <translation>Reihe: %1 — t-SNE Explorer</translation>
    </message>
    <message>
        <source>Open this run in the main window</source>
        <translation>Diesen Lauf im Hauptfenster öffnen</translation>
    </message>
    <message>
        <source>Maps turned onto the first. Colours: %1.</source>
        <translation>Karten auf die erste gedreht. Farben: %1.</translation>
    </message>
</context>
<context>
    <name>tse::gui::WeightsDownloader</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>Gewichte herunterladen</translation>
    </message>
    <message>
        <source>Downloading %1 weights (about 550 MB) to
%2</source>
        <translation>%1-Gewichte (etwa 550 MB) werden heruntergeladen nach
%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
</TS>

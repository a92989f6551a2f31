#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb with CPack, checks its contents and runs the CLI from the unpacked package:
# it must find its own copy of the sample (no source tree, no TSE_SAMPLE_DIR).
set -euo pipefail
BUILD="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$BUILD" && cpack -G DEB -B "$WORK/out" > "$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; exit 1; }
DEB="$(ls "$WORK"/out/tsne-explorer_*.deb)"
CONTENTS="$(dpkg -c "$DEB")"
for f in ./usr/bin/tsne-explorer ./usr/bin/tsne-explorer-cli ./usr/lib/tsne-explorer/tsne-explorer \
         ./usr/lib/tsne-explorer/tsne-explorer-cli ./usr/lib/tsne-explorer/plugins/libtse_torch.so \
         ./usr/share/applications/tsne-explorer.desktop \
         ./usr/share/icons/hicolor/scalable/apps/tsne-explorer.svg ./usr/share/tsne-explorer/sample/images-idx3-ubyte.gz \
         ./usr/share/tsne-explorer/sample/LICENSE; do
  grep -q " $f\$" <<<"$CONTENTS" || { echo "missing from the package: $f"; exit 1; }
done
INFO="$(dpkg -I "$DEB")"
grep -q "Recommends:.*libopenblas0-pthread" <<<"$INFO" || { echo "the package does not recommend OpenBLAS"; exit 1; }
grep -q "Depends:.*libqt6sql6-sqlite" <<<"$INFO" || { echo "the package does not depend on Qt's SQLite driver"; exit 1; }
dpkg -x "$DEB" "$WORK/root"
unset TSE_SAMPLE_DIR
VERSION="$("$WORK/root/usr/bin/tsne-explorer-cli" --version)"
grep -q "sample: $WORK/root/usr/share/tsne-explorer/sample" <<<"$VERSION" || { echo "the packaged CLI does not use its own sample: $VERSION"; exit 1; }
"$WORK/root/usr/bin/tsne-explorer-cli" embed sample --iterations 5 --out "$WORK/c.csv" --quiet
test "$(wc -l < "$WORK/c.csv")" -eq 3001
# The packaged libtorch plugin is found beside the packaged programs (not the build tree's).
VERSION="$(TSE_TORCH_PLUGIN= "$WORK/root/usr/bin/tsne-explorer-cli" --version)"
grep -q "libtorch 1\." <<<"$VERSION" || { echo "the packaged CLI does not find its libtorch plugin: $VERSION"; exit 1; }
grep -q "Depends:.*libtorch" <<<"$INFO" || { echo "the package does not depend on libtorch (the plugin's library)"; exit 1; }
for f in ./usr/share/doc/tsne-explorer/copyright ./usr/share/doc/tsne-explorer/changelog.gz \
         ./usr/share/man/man1/tsne-explorer.1.gz ./usr/share/man/man1/tsne-explorer-cli.1.gz; do
  grep -q " $f\$" <<<"$CONTENTS" || { echo "missing from the package: $f"; exit 1; }
done
for f in ./usr/share/mime/packages/tsne-explorer.xml ./usr/share/metainfo/io.github.tsne_explorer.workbench.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/mimetypes/application-x-tsne-explorer-project.svg; do
  grep -q " $f\$" <<<"$CONTENTS" || { echo "missing from the package: $f"; exit 1; }
done
appstreamcli validate --pedantic --no-net "$WORK/root/usr/share/metainfo/io.github.tsne_explorer.workbench.metainfo.xml"
# A project made by the packaged CLI is recognised by its content (not only its name) through
# the packaged MIME type, as a file manager does it.
"$WORK/root/usr/bin/tsne-explorer-cli" embed sample --iterations 5 --quiet --project "$WORK/maps.tsnex"
cp "$WORK/maps.tsnex" "$WORK/maps-renamed.db"
update-mime-database "$WORK/root/usr/share/mime"
for f in maps.tsnex maps-renamed.db; do
  TYPE="$(XDG_DATA_HOME="$WORK/none" XDG_DATA_DIRS="$WORK/root/usr/share:/usr/share" gio info -a standard::content-type "$WORK/$f")"
  grep -q "application/x-tsne-explorer-project" <<<"$TYPE" || { echo "$f is not seen as a project: $TYPE"; exit 1; }
done
grep -q "^MimeType=application/x-tsne-explorer-project;" "$WORK/root/usr/share/applications/tsne-explorer.desktop"
# The programs are stripped and their debug information is in the -dbgsym package, one
# .debug file (with line tables) per program and plugin, named by its build id.
DDEB="$(ls "$WORK"/out/tsne-explorer-dbgsym_*.ddeb)" || { echo "no -dbgsym package"; exit 1; }
dpkg -x "$DDEB" "$WORK/dbg"
BUILD_IDS="$(dpkg-deb -f "$DDEB" Build-Ids)"
ELVES=0
while IFS= read -r -d '' f; do
  file -b "$f" | grep -q '^ELF' || continue
  ELVES=$((ELVES + 1))
  file -b "$f" | grep -q ', stripped' || { echo "not stripped in the package: $f"; exit 1; }
  ID="$(readelf -n "$f" | awk '/Build ID:/ { print $3 }')"
  grep -qw "$ID" <<<"$BUILD_IDS" || { echo "$f (build id $ID) has no debug file in $(basename "$DDEB")"; exit 1; }
  DEBUG="$WORK/dbg/usr/lib/debug/.build-id/${ID:0:2}/${ID:2}.debug"
  readelf -S "$DEBUG" | grep -q '\.debug_line' || { echo "$DEBUG has no line tables"; exit 1; }
done < <(find "$WORK/root/usr/lib/tsne-explorer" "$WORK/root/usr/bin" -type f -print0)
[ "$ELVES" -ge 5 ] || { echo "only $ELVES programs and libraries in the package"; exit 1; }
# Debian's own checks, on both packages: no error and no warning (issue 18).
if command -v lintian > /dev/null; then
  LINTIAN="$(lintian --tag-display-limit 0 "$DEB" "$DDEB" 2>&1 | grep -v 'running with root privileges' || true)"
  if grep -qE '^(E|W): ' <<<"$LINTIAN"; then echo "lintian:"; echo "$LINTIAN"; exit 1; fi
fi
if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$WORK/root/usr/share/applications/tsne-explorer.desktop"; fi
echo "package OK: $(basename "$DEB")"

#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# The APT repository, end to end, in a clean Debian 12 root made by debootstrap (issue 18):
# add the signed repository with one sources.list line and its keyring, install tsne-explorer,
# run the CLI on the sample, upgrade from a lower version to this one, check the file type of
# a saved project with xdg-mime, then remove and purge with nothing of the package left behind.
# A repository signed by another key is refused.
#
#   tests/packaging/apt-repo-test.sh BUILD_DIR
#
# Needs root (debootstrap, chroot, mount) and Debian's mirror. Exits 77 (skipped) only when it
# cannot run here: not root, or no debootstrap.
set -euo pipefail
BUILD="$(cd "$1" && pwd)"
SOURCE="$(cd "$(dirname "$0")/../.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: the APT test needs root (debootstrap and chroot)"; exit 77; }
command -v debootstrap > /dev/null || { echo "SKIPPED: debootstrap is not installed (scripts/install-deps.sh)"; exit 77; }

WORK="$(mktemp -d /var/tmp/tse-apt-test.XXXXXX)"
ROOT="$WORK/root"
MOUNTS=()
cleanup() {
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2> /dev/null || true; done
  # Never delete through a mount that is still there (the host's package cache is one).
  if ! grep -q " $WORK" /proc/mounts; then rm -rf --one-file-system "$WORK"; fi
}
trap cleanup EXIT
step() { echo "== $*"; }
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
fail() { echo "FAILED: $*"; exit 1; }

step "packages: this version and a lower one from the same tree"
(cd "$BUILD" && cpack -G DEB -B "$WORK/new" > "$WORK/cpack-new.log" 2>&1) || { cat "$WORK/cpack-new.log"; exit 1; }
(cd "$BUILD" && cpack -G DEB -B "$WORK/old" -D CPACK_PACKAGE_VERSION=0.0.1 > "$WORK/cpack-old.log" 2>&1) || { cat "$WORK/cpack-old.log"; exit 1; }
NEW_DEB="$(ls "$WORK"/new/tsne-explorer_*.deb)"
OLD_DEB="$(ls "$WORK"/old/tsne-explorer_*.deb)"
NEW_VERSION="$(dpkg-deb -f "$NEW_DEB" Version)"
OLD_VERSION="$(dpkg-deb -f "$OLD_DEB" Version)"
dpkg --compare-versions "$OLD_VERSION" lt "$NEW_VERSION" || fail "$OLD_VERSION is not lower than $NEW_VERSION"

step "a signed repository holding $OLD_VERSION"
bash "$SOURCE/scripts/make-apt-repo.sh" --out "$WORK/repo" "$OLD_DEB" > "$WORK/repo.log"
cat "$WORK/repo.log"
SOURCES_LINE="$(grep -o "deb \[signed-by=[^]]*\] file:[^']*" "$WORK/repo.log")"
[ -n "$SOURCES_LINE" ] || fail "make-apt-repo.sh printed no sources.list line"

step "a clean Debian 12 root"
mkdir -p /var/cache/apt/archives
if ! debootstrap --variant=minbase --cache-dir=/var/cache/apt/archives bookworm "$ROOT" http://deb.debian.org/debian \
     > "$WORK/debootstrap.log" 2>&1; then
  tail -20 "$WORK/debootstrap.log"; fail "debootstrap could not make a Debian 12 root"
fi
# The host's sources (the same point release as its package cache) and its cache, through an
# overlay so that nothing in the root can change the host's files.
if ls /etc/apt/sources.list.d/*.sources > /dev/null 2>&1; then
  cp /etc/apt/sources.list.d/*.sources "$ROOT/etc/apt/sources.list.d/"
  rm -f "$ROOT/etc/apt/sources.list"
elif grep -q '^deb ' /etc/apt/sources.list 2> /dev/null; then
  cp /etc/apt/sources.list "$ROOT/etc/apt/sources.list"
fi
mkdir -p "$WORK/cache-upper" "$WORK/cache-work"
mount -t overlay overlay -o "lowerdir=/var/cache/apt/archives,upperdir=$WORK/cache-upper,workdir=$WORK/cache-work" \
      "$ROOT/var/cache/apt/archives" && MOUNTS+=("$ROOT/var/cache/apt/archives") || echo "(no overlay: packages are downloaded)"
mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
# The repository is reached at the path the script printed, as on the user's machine.
mkdir -p "$ROOT$WORK/repo"
mount --bind "$WORK/repo" "$ROOT$WORK/repo" && MOUNTS+=("$ROOT$WORK/repo")

step "add the repository: its keyring and one sources.list line"
install -m 644 "$WORK/repo/tsne-explorer-archive-keyring.gpg" "$ROOT/usr/share/keyrings/"
echo "$SOURCES_LINE" > "$ROOT/etc/apt/sources.list.d/tsne-explorer.list"
in_root apt-get update -q > "$WORK/update.log" 2>&1 || { cat "$WORK/update.log"; fail "apt-get update"; }
grep -qiE "^(W|E):" "$WORK/update.log" && { cat "$WORK/update.log"; fail "apt-get update warned"; }

step "apt-get install tsne-explorer ($OLD_VERSION)"
in_root apt-get install -y -q tsne-explorer > "$WORK/install.log" 2>&1 || { tail -40 "$WORK/install.log"; fail "install"; }
grep -E "^(Setting up tsne-explorer|[0-9]+ upgraded)" "$WORK/install.log"
[ "$(in_root dpkg-query -W -f='${Version}' tsne-explorer)" = "$OLD_VERSION" ] || fail "$OLD_VERSION is not what was installed"
in_root tsne-explorer-cli embed sample --iterations 5 --quiet --out /root/before.csv
[ "$(wc -l < "$ROOT/root/before.csv")" -eq 3001 ] || fail "the installed CLI did not map the 3,000 sample images"

step "upgrade to $NEW_VERSION through the repository"
bash "$SOURCE/scripts/make-apt-repo.sh" --out "$WORK/repo" "$NEW_DEB" > "$WORK/repo2.log"
grep -q "tsne-explorer $OLD_VERSION $NEW_VERSION" "$WORK/repo2.log" || { cat "$WORK/repo2.log"; fail "the repository does not hold both versions"; }
in_root apt-get update -q > "$WORK/update2.log" 2>&1 || { cat "$WORK/update2.log"; fail "apt-get update after publishing"; }
in_root apt-get upgrade -y -q > "$WORK/upgrade.log" 2>&1 || { tail -40 "$WORK/upgrade.log"; fail "upgrade"; }
grep -E "^(Unpacking tsne-explorer|[0-9]+ upgraded)" "$WORK/upgrade.log"
[ "$(in_root dpkg-query -W -f='${Version}' tsne-explorer)" = "$NEW_VERSION" ] || fail "apt-get upgrade did not install $NEW_VERSION"
in_root tsne-explorer-cli --version | grep -q "$NEW_VERSION" || fail "the upgraded CLI does not say $NEW_VERSION"
in_root tsne-explorer-cli embed sample --iterations 5 --quiet --out /root/after.csv --project /root/maps.tsnex
[ "$(wc -l < "$ROOT/root/after.csv")" -eq 3001 ] || fail "the upgraded CLI did not map the sample"

step "xdg-mime knows a saved project, by its name and by its content"
in_root apt-get install -y -q --no-install-recommends xdg-utils libfile-mimeinfo-perl desktop-file-utils \
  > "$WORK/xdg.log" 2>&1 || { tail -20 "$WORK/xdg.log"; fail "installing xdg-utils"; }
cp "$ROOT/root/maps.tsnex" "$ROOT/root/renamed.db"
for f in maps.tsnex renamed.db; do
  TYPE="$(in_root xdg-mime query filetype "/root/$f")"
  echo "xdg-mime query filetype $f: $TYPE"
  [ "$TYPE" = "application/x-tsne-explorer-project" ] || fail "$f is $TYPE"
done
DEFAULT="$(in_root xdg-mime query default application/x-tsne-explorer-project)"
echo "xdg-mime query default application/x-tsne-explorer-project: $DEFAULT"
[ "$DEFAULT" = "tsne-explorer.desktop" ] || fail "projects are not opened by the workbench ($DEFAULT)"

step "remove and purge: nothing of the package left behind"
dpkg-deb -c "$NEW_DEB" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' > "$WORK/files"
in_root apt-get remove -y -q tsne-explorer > "$WORK/remove.log" 2>&1 || { tail -20 "$WORK/remove.log"; fail "remove"; }
in_root apt-get purge -y -q tsne-explorer > "$WORK/purge.log" 2>&1 || { tail -20 "$WORK/purge.log"; fail "purge"; }
STATUS="$(in_root dpkg-query -W -f='${db:Status-Abbrev}' tsne-explorer 2> /dev/null || true)"
[ -z "$STATUS" ] || [ "${STATUS:0:2}" = "un" ] || fail "after purge dpkg still has tsne-explorer: $STATUS"
LEFT=0
while read -r f; do
  if [ -e "$ROOT$f" ] || [ -L "$ROOT$f" ]; then echo "left behind: $f"; LEFT=1; fi
done < "$WORK/files"
for d in /usr/lib/tsne-explorer /usr/share/tsne-explorer /usr/share/doc/tsne-explorer; do
  [ ! -e "$ROOT$d" ] || { echo "left behind: $d"; LEFT=1; }
done
[ "$LEFT" -eq 0 ] || fail "files of the package outlived its purge"
TYPE="$(in_root xdg-mime query filetype /root/maps.tsnex)"
[ "$TYPE" != "application/x-tsne-explorer-project" ] || fail "the file type outlived the package"
echo "after purge, xdg-mime query filetype maps.tsnex: $TYPE"

step "a repository signed by another key is refused"
rm -rf "$WORK/other-key"
mkdir -m 700 "$WORK/other-key"
GNUPGHOME="$WORK/other-key" gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
  --quick-generate-key "someone else <else@example.org>" ed25519 sign never 2> /dev/null
GNUPGHOME="$WORK/other-key" gpg --batch --export > "$ROOT/usr/share/keyrings/tsne-explorer-archive-keyring.gpg"
if in_root apt-get update -q > "$WORK/update3.log" 2>&1 && ! grep -q "NO_PUBKEY\|not signed" "$WORK/update3.log"; then
  cat "$WORK/update3.log"; fail "apt accepted the repository with a foreign key"
fi
grep -m1 -o "NO_PUBKEY [0-9A-F]*\|is not signed" "$WORK/update3.log"
echo "APT repository OK: installed $OLD_VERSION, upgraded to $NEW_VERSION, removed and purged cleanly"

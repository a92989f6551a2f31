#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Builds a signed APT repository from t-SNE Explorer .deb files (apt-ftparchive + gpg).
#
#   scripts/make-apt-repo.sh --out DIR [--key KEYID] [--gnupg-home DIR] [--suite bookworm] DEB...
#
# DIR gets pool/, dists/SUITE/{Release,InRelease,Release.gpg,main/binary-ARCH/Packages*} and
# tsne-explorer-archive-keyring.gpg, the public key users install. Every .deb given is kept in
# the pool, so apt upgrades to the highest version. Run it again with more .debs to publish them.
#
# Signing: --key KEYID signs with a key of your own keyring (or of --gnupg-home). Without --key, a
# key for local use is made once in --gnupg-home (default: DIR-signing-key, beside the repository,
# never inside it) and reused, so a repository keeps one key across updates.
set -euo pipefail

usage() { sed -n '4,14p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
die() { echo "make-apt-repo: $*" >&2; exit 1; }

OUT="" KEY="" GNUPG_DIR="" SUITE="bookworm" COMPONENT="main"
DEBS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="${2:?--out needs a folder}"; shift 2 ;;
    --key) KEY="${2:?--key needs a key id}"; shift 2 ;;
    --gnupg-home) GNUPG_DIR="${2:?--gnupg-home needs a folder}"; shift 2 ;;
    --suite) SUITE="${2:?--suite needs a name}"; shift 2 ;;
    -h|--help) usage 0 ;;
    -*) echo "make-apt-repo: unknown option $1" >&2; usage ;;
    *) DEBS+=("$1"); shift ;;
  esac
done
[ -n "$OUT" ] || { echo "make-apt-repo: --out is required" >&2; usage; }
[ ${#DEBS[@]} -gt 0 ] || { echo "make-apt-repo: no .deb given" >&2; usage; }
command -v apt-ftparchive > /dev/null || die "apt-ftparchive is missing (apt-get install apt-utils)"
command -v gpg > /dev/null || die "gpg is missing (apt-get install gpg)"
for deb in "${DEBS[@]}"; do
  [ -f "$deb" ] || die "$deb: no such file"
  NAME="$(dpkg-deb -f "$deb" Package 2>/dev/null)" || die "$deb: not a Debian package"
  [ "$NAME" = "tsne-explorer" ] || die "$deb: holds the package '$NAME', not tsne-explorer"
done

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
ARCH="$(dpkg-deb -f "${DEBS[0]}" Architecture)"
POOL="$OUT/pool/$COMPONENT/t/tsne-explorer"
DIST="$OUT/dists/$SUITE"
mkdir -p "$POOL" "$DIST/$COMPONENT/binary-$ARCH"
for deb in "${DEBS[@]}"; do cp -f "$deb" "$POOL/"; done

# The signing key.
if [ -z "$GNUPG_DIR" ] && [ -z "$KEY" ]; then GNUPG_DIR="$OUT-signing-key"; fi
if [ -n "$GNUPG_DIR" ]; then
  mkdir -p "$GNUPG_DIR"
  chmod 700 "$GNUPG_DIR"
  export GNUPGHOME="$GNUPG_DIR"
fi
# The local key has no passphrase; a key of the user's is unlocked by their gpg-agent as usual.
SIGN_OPTIONS=()
if [ -z "$KEY" ]; then
  SIGN_OPTIONS=(--pinentry-mode loopback --passphrase '')
  KEY="$(gpg --batch --no-auto-check-trustdb --list-secret-keys --with-colons 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
  if [ -z "$KEY" ]; then
    echo "make-apt-repo: making a signing key for local use in $GNUPGHOME"
    gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
        --quick-generate-key "t-SNE Explorer local archive <tsne-explorer-devel@tsne-explorer.org>" ed25519 sign never
    KEY="$(gpg --batch --no-auto-check-trustdb --list-secret-keys --with-colons 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
  fi
fi
gpg --batch --no-auto-check-trustdb --list-secret-keys "$KEY" > /dev/null 2>&1 || die "no secret key $KEY in ${GNUPGHOME:-your keyring}"

# Indices and the Release file. Paths in Packages are relative to the repository's root.
(cd "$OUT" && apt-ftparchive packages "pool/$COMPONENT" > "dists/$SUITE/$COMPONENT/binary-$ARCH/Packages")
gzip -9nc "$DIST/$COMPONENT/binary-$ARCH/Packages" > "$DIST/$COMPONENT/binary-$ARCH/Packages.gz"
rm -f "$DIST/Release" "$DIST/InRelease" "$DIST/Release.gpg"
apt-ftparchive \
  -o APT::FTPArchive::Release::Origin="t-SNE Explorer" \
  -o APT::FTPArchive::Release::Label="t-SNE Explorer" \
  -o APT::FTPArchive::Release::Suite="$SUITE" \
  -o APT::FTPArchive::Release::Codename="$SUITE" \
  -o APT::FTPArchive::Release::Architectures="$ARCH" \
  -o APT::FTPArchive::Release::Components="$COMPONENT" \
  -o APT::FTPArchive::Release::Description="t-SNE Explorer packages" \
  release "$DIST" > "$OUT/Release.tmp"
mv "$OUT/Release.tmp" "$DIST/Release"
gpg --batch --yes --quiet "${SIGN_OPTIONS[@]}" --local-user "$KEY" \
    --clearsign --output "$DIST/InRelease" "$DIST/Release"
gpg --batch --yes --quiet "${SIGN_OPTIONS[@]}" --local-user "$KEY" \
    --armor --detach-sign --output "$DIST/Release.gpg" "$DIST/Release"
gpg --batch --yes --export "$KEY" > "$OUT/tsne-explorer-archive-keyring.gpg"

VERSIONS="$(for deb in "$POOL"/*.deb; do dpkg-deb -f "$deb" Version; done | sort -V | paste -sd' ')"
cat <<EOF
Repository in $OUT ($SUITE/$COMPONENT, $ARCH; tsne-explorer $VERSIONS)
signed by key $KEY. To use it:
  sudo install -m 644 $OUT/tsne-explorer-archive-keyring.gpg /usr/share/keyrings/
  echo 'deb [signed-by=/usr/share/keyrings/tsne-explorer-archive-keyring.gpg] file:$OUT $SUITE $COMPONENT' | sudo tee /etc/apt/sources.list.d/tsne-explorer.list
  sudo apt-get update && sudo apt-get install tsne-explorer
(served over HTTP, replace file:$OUT by the repository's URL.)
EOF

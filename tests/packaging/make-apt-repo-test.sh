#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# scripts/make-apt-repo.sh without root or a mirror: bad arguments are named and write nothing;
# a repository signed with --key (a key of the user's, in --gnupg-home) verifies against the
# keyring it exports and lists every published version; a second run keeps the first version.
set -euo pipefail
SCRIPT="$(cd "$(dirname "$0")/../.." && pwd)/scripts/make-apt-repo.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

# A minimal package of the right name, one per version.
fake_deb() {
  local dir="$WORK/pkg-$1"
  mkdir -p "$dir/DEBIAN"
  printf 'Package: tsne-explorer\nVersion: %s\nArchitecture: amd64\nMaintainer: t <t@example.org>\nDescription: test\n' "$1" > "$dir/DEBIAN/control"
  dpkg-deb --root-owner-group --build "$dir" "$WORK/tsne-explorer_$1_amd64.deb" > /dev/null
}
fake_deb 0.0.1
fake_deb 0.0.2

expect_refusal() {
  local what="$1" pattern="$2"; shift 2
  if OUTPUT="$(bash "$SCRIPT" "$@" 2>&1)"; then fail "$what was accepted"; fi
  grep -q -e "$pattern" <<<"$OUTPUT" || fail "$what: the message does not say '$pattern': $OUTPUT"
}
expect_refusal "a missing file" "no such file" --out "$WORK/bad" "$WORK/absent.deb"
echo "not a package" > "$WORK/text.deb"
expect_refusal "a file that is not a .deb" "not a Debian package" --out "$WORK/bad" "$WORK/text.deb"
mkdir -p "$WORK/other/DEBIAN"
printf 'Package: something-else\nVersion: 1\nArchitecture: amd64\nMaintainer: t <t@example.org>\nDescription: x\n' > "$WORK/other/DEBIAN/control"
dpkg-deb --root-owner-group --build "$WORK/other" "$WORK/other.deb" > /dev/null
expect_refusal "another package" "not tsne-explorer" --out "$WORK/bad" "$WORK/other.deb"
expect_refusal "no --out" "--out is required" "$WORK/tsne-explorer_0.0.1_amd64.deb"
[ ! -e "$WORK/bad" ] || fail "a refused run wrote $WORK/bad"

# The user's own key.
mkdir -m 700 "$WORK/gnupg"
GNUPGHOME="$WORK/gnupg" gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
  --quick-generate-key "Repo Owner <owner@example.org>" ed25519 sign never 2> /dev/null
KEY="$(GNUPGHOME="$WORK/gnupg" gpg --batch --list-secret-keys --with-colons 2> /dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
bash "$SCRIPT" --out "$WORK/repo" --key "$KEY" --gnupg-home "$WORK/gnupg" "$WORK/tsne-explorer_0.0.1_amd64.deb" > /dev/null
bash "$SCRIPT" --out "$WORK/repo" --key "$KEY" --gnupg-home "$WORK/gnupg" "$WORK/tsne-explorer_0.0.2_amd64.deb" > "$WORK/second.log"
grep -q "tsne-explorer 0.0.1 0.0.2" "$WORK/second.log" || fail "the second run does not list both versions: $(cat "$WORK/second.log")"
grep -q "signed by key $KEY" "$WORK/second.log" || fail "not signed by the key given"
[ ! -e "$WORK/repo-signing-key" ] || fail "a local key was made although --key was given"
DIST="$WORK/repo/dists/bookworm"
gpgv --keyring "$WORK/repo/tsne-explorer-archive-keyring.gpg" "$DIST/InRelease" 2> /dev/null || fail "InRelease does not verify"
gpgv --keyring "$WORK/repo/tsne-explorer-archive-keyring.gpg" "$DIST/Release.gpg" "$DIST/Release" 2> /dev/null || fail "Release.gpg does not verify"
[ "$(grep -c '^Version: ' "$DIST/main/binary-amd64/Packages")" -eq 2 ] || fail "Packages does not hold both versions"
# Release names the index with its real checksum (what apt checks after the signature).
SUM="$(sha256sum "$DIST/main/binary-amd64/Packages" | cut -d' ' -f1)"
grep -q "$SUM .*main/binary-amd64/Packages$" "$DIST/Release" || fail "Release does not carry the index's SHA256"
# A changed Release no longer verifies.
sed 's/^Label: .*/Label: tampered/' "$DIST/Release" > "$WORK/tampered"
if gpgv --keyring "$WORK/repo/tsne-explorer-archive-keyring.gpg" "$DIST/Release.gpg" "$WORK/tampered" 2> /dev/null; then
  fail "a changed Release verified"
fi
echo "make-apt-repo OK: bad input refused, signed with the given key, both versions published"

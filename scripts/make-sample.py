#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Builds the bundled 3,000-image Fashion-MNIST sample from Debian's dataset-fashion-mnist.

Takes the first 300 images of each of the 10 classes from the test split (t10k), keeps their
original order, and writes them as gzipped IDX files next to the class names and the licence.
Only the Python standard library is used, so any python3 can run it.

    /usr/bin/python3 scripts/make-sample.py [SOURCE_DIR] [OUT_DIR]
"""
import gzip
import struct
import sys
from pathlib import Path

SOURCE = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parent.parent / "resources" / "sample")
PER_CLASS = 300
CLASS_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def read_idx(path):
    data = gzip.open(path, "rb").read()
    magic, count = struct.unpack(">II", data[:8])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return shape, data[4 + 4 * dims:]


def main():
    (n, rows, cols), pixels = read_idx(SOURCE / "t10k-images-idx3-ubyte.gz")
    (n_labels,), labels = read_idx(SOURCE / "t10k-labels-idx1-ubyte.gz")
    assert n == n_labels
    taken = {c: 0 for c in range(10)}
    chosen = []
    for i in range(n):
        c = labels[i]
        if taken[c] < PER_CLASS:
            taken[c] += 1
            chosen.append(i)
    assert len(chosen) == PER_CLASS * 10
    size = rows * cols
    image_bytes = b"".join(pixels[i * size:(i + 1) * size] for i in chosen)
    label_bytes = bytes(labels[i] for i in chosen)
    OUT.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip output byte-identical between runs.
    with open(OUT / "images-idx3-ubyte.gz", "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
            gz.write(struct.pack(">IIII", 0x00000803, len(chosen), rows, cols) + image_bytes)
    with open(OUT / "labels-idx1-ubyte.gz", "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
            gz.write(struct.pack(">II", 0x00000801, len(chosen)) + label_bytes)
    (OUT / "classes.txt").write_text("\n".join(CLASS_NAMES) + "\n")
    print(f"wrote {len(chosen)} images to {OUT}")


if __name__ == "__main__":
    main()

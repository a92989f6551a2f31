#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Makes fashion-mnist-1m: 1,000,000 28x28 grey images with labels, for the million-image work
(issue 12), from Debian's dataset-fashion-mnist (all 70,000 images, train then test) by
label-preserving augmentation, seeded:

  - a rotation of up to +-10 degrees (one of 21 angles, bilinear, about the centre),
  - a shift of up to 3 pixels in x and y,
  - mild Gaussian noise (sigma 6 grey levels), clipped to 0..255.

Image i is made from original i mod 70,000 (so the first 70,000 rows are the originals
themselves, untouched) and its label is that original's. Written as IDX (the format of the
originals), gzipped, beside a classes.txt; the workbench and the CLI open the images file as any
IDX dataset:

    /usr/bin/python3 bench/make-fashion-mnist-1m.py [OUT_DIR] [--count N] [--seed S]
    build/app/tsne-explorer-cli embed OUT_DIR/fashion-mnist-1m-images-idx3-ubyte.gz --out map.csv

Needs numpy and scipy (python3-scipy; Debian's /usr/bin/python3). Streams in blocks of 50,000:
memory stays under 1 GB whatever the count.
"""
import argparse
import gzip
import os
import struct
import sys

import numpy as np
from scipy.ndimage import map_coordinates

SOURCE = os.environ.get("TSE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
BLOCK = 50_000


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 0x00000803:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, np.uint8, offset=16).reshape(count, rows, cols)
    return np.frombuffer(data, np.uint8, offset=8)


def rotate_block(images, degrees):
    """Rotates every image of a block by the same angle, about the image centre (bilinear)."""
    n, h, w = images.shape
    t = np.deg2rad(degrees)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    cy, cx = (h - 1) / 2, (w - 1) / 2
    sy = np.cos(t) * (yy - cy) - np.sin(t) * (xx - cx) + cy
    sx = np.sin(t) * (yy - cy) + np.cos(t) * (xx - cx) + cx
    coords = np.stack([np.broadcast_to(np.arange(n)[:, None, None], (n, h, w)),
                       np.broadcast_to(sy, (n, h, w)), np.broadcast_to(sx, (n, h, w))])
    return map_coordinates(images.astype(np.float32), coords, order=1, mode="constant", cval=0.0)


def shift_block(images, dy, dx):
    """Shifts each image by its own (dy, dx), filling with black."""
    out = np.zeros_like(images)
    for sy in range(-3, 4):
        for sx in range(-3, 4):
            pick = (dy == sy) & (dx == sx)
            if not pick.any():
                continue
            src = images[pick]
            dst = np.zeros_like(src)
            ys, yd = (slice(0, 28 - sy), slice(sy, 28)) if sy >= 0 else (slice(-sy, 28), slice(0, 28 + sy))
            xs, xd = (slice(0, 28 - sx), slice(sx, 28)) if sx >= 0 else (slice(-sx, 28), slice(0, 28 + sx))
            dst[:, yd, xd] = src[:, ys, xs]
            out[pick] = dst
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="bench/data/fashion-mnist-1m")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    images = np.concatenate([read_idx(f"{SOURCE}/train-images-idx3-ubyte.gz"), read_idx(f"{SOURCE}/t10k-images-idx3-ubyte.gz")])
    labels = np.concatenate([read_idx(f"{SOURCE}/train-labels-idx1-ubyte.gz"), read_idx(f"{SOURCE}/t10k-labels-idx1-ubyte.gz")])
    originals = len(images)
    os.makedirs(args.out, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    image_path = os.path.join(args.out, "fashion-mnist-1m-images-idx3-ubyte.gz")
    label_path = os.path.join(args.out, "fashion-mnist-1m-labels-idx1-ubyte.gz")
    angles = np.linspace(-10, 10, 21)
    with gzip.open(image_path, "wb", compresslevel=3) as fi, gzip.open(label_path, "wb", compresslevel=3) as fl:
        fi.write(struct.pack(">IIII", 0x00000803, args.count, 28, 28))
        fl.write(struct.pack(">II", 0x00000801, args.count))
        for start in range(0, args.count, BLOCK):
            stop = min(start + BLOCK, args.count)
            index = np.arange(start, stop) % originals
            block = images[index].copy()
            augment = np.arange(start, stop) >= originals  # the first 70,000 are the originals
            n = int(augment.sum())
            if n:
                which = rng.integers(0, len(angles), n)
                dy, dx = rng.integers(-3, 4, n), rng.integers(-3, 4, n)
                noise = rng.normal(0.0, 6.0, (n, 28, 28))
                moved = block[augment].astype(np.float32)
                for a in range(len(angles)):
                    pick = which == a
                    if pick.any() and angles[a] != 0:
                        moved[pick] = rotate_block(moved[pick], angles[a])
                moved = shift_block(np.clip(moved, 0, 255).astype(np.uint8), dy, dx).astype(np.float32)
                block[augment] = np.clip(np.rint(moved + noise), 0, 255).astype(np.uint8)
            fi.write(block.tobytes())
            fl.write(labels[index].astype(np.uint8).tobytes())
            print(f"\r{stop:,} of {args.count:,} images", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with open(os.path.join(args.out, "classes.txt"), "w") as f:
        f.write("\n".join(CLASSES) + "\n")
    print(f"wrote {image_path} and {label_path} ({args.count:,} images, seed {args.seed})")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Makes a wide float32 feature matrix for the out-of-core PCA benchmark (issue 12): every image
of an IDX file (e.g. fashion-mnist-1m) through a fixed, seeded random layer of WIDTH ReLU units
(like a CNN's fc7: 4,096 non-negative activations), written as one .npy a block at a time, so
1,000,000 x 4,096 (16 GB) is made in under 1 GB of memory:

    /usr/bin/python3 bench/make-wide-features.py IMAGES.idx3-ubyte.gz OUT.npy [--width 4096] [--seed 7]
    build/bench/bench_pca OUT.npy 50 1

Needs numpy (Debian's /usr/bin/python3).
"""
import argparse
import gzip
import struct

import numpy as np

BLOCK = 20_000


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("images")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=4096)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    opener = gzip.open if args.images.endswith(".gz") else open
    with opener(args.images, "rb") as f:
        magic, count, rows, cols = struct.unpack(">IIII", f.read(16))
        if magic != 0x803:
            raise SystemExit(f"{args.images}: not an IDX images file")
        pixels = rows * cols
        rng = np.random.default_rng(args.seed)
        layer = (rng.standard_normal((pixels, args.width)) / np.sqrt(pixels)).astype(np.float32)
        bias = (0.1 * rng.standard_normal(args.width)).astype(np.float32)
        header = "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (count, args.width)
        header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
        with open(args.out, "wb") as out:
            out.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1"))
            done = 0
            while done < count:
                n = min(BLOCK, count - done)
                block = np.frombuffer(f.read(n * pixels), dtype=np.uint8).reshape(n, pixels)
                features = np.maximum(block.astype(np.float32) / 255.0 @ layer + bias, 0.0)
                out.write(features.astype("<f4").tobytes())
                done += n
                print(f"\r{done:,} of {count:,} rows", end="", flush=True)
    print(f"\n{args.out}: {count:,} x {args.width} float32")


if __name__ == "__main__":
    main()

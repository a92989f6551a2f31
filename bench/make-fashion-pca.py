#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Makes the benchmark inputs: Fashion-MNIST (all 70,000 images of Debian's
dataset-fashion-mnist, train then test), pixels scaled to [0, 1], reduced to 50 dimensions
with scikit-learn's PCA, saved as float32 .npy with int64 labels, first N rows per size.

Also times scikit-learn's PCA on the 70,000 × 784 matrix (the reference for our PCA) and
saves the raw matrix so bench_pca can time ours on the same data in the same run.

    /usr/bin/python3 bench/make-fashion-pca.py [OUT_DIR]      (needs python3-sklearn)
"""
import gzip
import json
import os
import sys
import time

import numpy as np
from sklearn.decomposition import PCA

SOURCE = os.environ.get("TSE_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
SIZES = [2500, 10000, 70000]


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def main():
    os.makedirs(OUT, exist_ok=True)
    images = np.concatenate([idx(f"{SOURCE}/train-images-idx3-ubyte.gz"), idx(f"{SOURCE}/t10k-images-idx3-ubyte.gz")])
    labels = np.concatenate([idx(f"{SOURCE}/train-labels-idx1-ubyte.gz"), idx(f"{SOURCE}/t10k-labels-idx1-ubyte.gz")])
    x = images.reshape(len(images), -1).astype(np.float32) / 255.0
    np.save(f"{OUT}/fmnist-raw.npy", x)
    start = time.perf_counter()
    reduced = PCA(n_components=50, random_state=0).fit_transform(x).astype(np.float32)
    seconds = time.perf_counter() - start
    for n in SIZES:
        np.save(f"{OUT}/fmnist-pca50-{n}.npy", np.ascontiguousarray(reduced[:n]))
        np.save(f"{OUT}/fmnist-labels-{n}.npy", labels[:n].astype(np.int64))
    with open(f"{OUT}/sklearn-pca.json", "w") as f:
        json.dump({"rows": int(x.shape[0]), "cols": int(x.shape[1]), "components": 50, "seconds": seconds}, f)
    print(f"scikit-learn PCA 70000x784 -> 50: {seconds:.2f} s; wrote {OUT}")


if __name__ == "__main__":
    main()

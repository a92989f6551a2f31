#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""10-NN label accuracy of the last rows of a map against the first rows' labels.

usage: split-accuracy.py COORDS.npy LABELS.npy REFERENCE_COUNT [--k 10]

COORDS holds N points (reference first, then the scored ones), LABELS their N labels. Each
scored point's label is compared with the majority label of its k nearest reference points in
the map (ties: the nearest tied label). Used by bench/run-place-benchmark.sh on both the placed
run and the map of all points embedded together, so both numbers are computed the same way.
"""
import argparse

import numpy as np
from sklearn.neighbors import NearestNeighbors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("coords")
    parser.add_argument("labels")
    parser.add_argument("reference", type=int)
    parser.add_argument("--k", type=int, default=10)
    a = parser.parse_args()
    y = np.load(a.coords).astype(np.float64)
    labels = np.load(a.labels).astype(np.int64).ravel()
    n = a.reference
    if labels.shape[0] != y.shape[0] or not 0 < n < y.shape[0]:
        raise SystemExit("coords and labels differ in length, or the reference count is out of range")
    index = NearestNeighbors(n_neighbors=a.k).fit(y[:n])
    _, neighbours = index.kneighbors(y[n:])
    hits = 0
    for row, truth in zip(neighbours, labels[n:]):
        votes = {}
        for j in row:
            votes[labels[j]] = votes.get(labels[j], 0) + 1
        best = max(votes.values())
        predicted = next(labels[j] for j in row if votes[labels[j]] == best)
        hits += predicted == truth
    print(f"{hits / (y.shape[0] - n):.4f}")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""scikit-learn's Barnes-Hut t-SNE at the benchmark settings, for a live peer in the same run.

    /usr/bin/python3 bench/sklearn-tsne.py DATA_DIR N DIMS OUT.npy
Prints one JSON line (seconds, scikit-learn's own KL, 10-NN accuracy) and saves the map to OUT.npy.
"""
import json
import sys
import time

import numpy as np
from sklearn.manifold import TSNE
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import cross_val_predict

data_dir, n, dims, out_npy = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
x = np.load(f"{data_dir}/fmnist-pca50-{n}.npy")
labels = np.load(f"{data_dir}/fmnist-labels-{n}.npy")
start = time.perf_counter()
# sklearn's gradient carries the factor 4 that ours leaves out, hence learning rate N/12/4 ("auto").
tsne = TSNE(n_components=dims, perplexity=30, n_iter=750, early_exaggeration=12, init="pca",
            learning_rate="auto", method="barnes_hut", angle=0.5, random_state=1, n_jobs=2)
y = tsne.fit_transform(x)
seconds = time.perf_counter() - start
# Saved so run-benchmarks.sh can score it with the same exact KL as ours (`evaluate`).
np.save(out_npy, y.astype(np.float32))
# Leave-one-out 10-NN: the 11 nearest include the point itself, so ask for 11 and drop it.
from sklearn.neighbors import NearestNeighbors
nn = NearestNeighbors(n_neighbors=11).fit(y)
idx = nn.kneighbors(y, return_distance=False)[:, 1:]
votes = labels[idx]
pred = np.array([np.bincount(v, minlength=10).argmax() for v in votes])
print(json.dumps({"peer": "scikit-learn", "items": n, "dimensions": dims, "seconds": seconds,
                  "kl_divergence": float(tsne.kl_divergence_), "knn10_accuracy": float((pred == labels).mean())}))

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# A folder of photo-sized JPEGs in 8 class subfolders, for timing folder imports:
#   /usr/bin/python3 bench/make-image-folder.py DIR [COUNT=5000] [WIDTH=640] [HEIGHT=480]
# Each image is a seeded smooth colour field with noise (JPEG-coded like a photo, ~60 KB at 640×480).
import os
import sys

import numpy as np
from PIL import Image

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
width = int(sys.argv[3]) if len(sys.argv) > 3 else 640
height = int(sys.argv[4]) if len(sys.argv) > 4 else 480
rng = np.random.default_rng(12)
ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
for i in range(count):
    folder = os.path.join(out, f"class{i % 8}")
    os.makedirs(folder, exist_ok=True)
    a, b, c = rng.uniform(0.002, 0.02, 3)
    base = np.stack([np.sin(xs * a + i), np.cos(ys * b - i), np.sin((xs + ys) * c)], axis=-1)
    pixels = (base * 90 + 128 + rng.normal(0, 12, base.shape)).clip(0, 255).astype(np.uint8)
    Image.fromarray(pixels).save(os.path.join(folder, f"img{i:06d}.jpg"), quality=90)
print(f"wrote {count} {width}×{height} JPEGs into {out}")

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""The same measurement as bench_vgg with Debian's python3-torch + python3-torchvision:
torchvision's vgg16 (random weights), 224x224 input, forward up to fc7 under inference mode.

    /usr/bin/python3 bench/vgg-python.py [threads=2] [batch sizes=1,8,32] [seconds per size=20]
"""
import json
import sys
import time

import torch
import torchvision

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
batches = [int(b) for b in (sys.argv[2] if len(sys.argv) > 2 else "1,8,32").split(",")]
budget = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
torch.set_num_threads(threads)
torch.manual_seed(1)
model = torchvision.models.vgg16().eval()


def fc7(x):
    return model.classifier[:5](torch.flatten(model.avgpool(model.features(x)), 1))


for batch in batches:
    x = torch.randn(batch, 3, 224, 224)
    with torch.inference_mode():
        fc7(x)  # warm-up
        images, start = 0, time.perf_counter()
        while True:
            fc7(x)
            images += batch
            elapsed = time.perf_counter() - start
            if elapsed >= budget or images >= 64 * batch:
                break
    print(json.dumps({"impl": f"python3-torch {torch.__version__} + torchvision", "threads": torch.get_num_threads(),
                      "batch": batch, "images": images, "seconds": round(elapsed, 3),
                      "images_per_second": round(images / elapsed, 3)}), flush=True)

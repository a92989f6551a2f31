#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
"""Writes the small crafted files behind each hostile-input finding of issue 19 into
tests/fuzz/reproducers/<target>/, where scripts/fuzz.sh replays them on every run. The C++
regression tests make the same files themselves; these copies keep the fuzz replay honest.
Run: /usr/bin/python3 tests/fuzz/make-reproducers.py (standard library only)."""
import os
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reproducers")


def put(target, name, data):
    os.makedirs(os.path.join(OUT, target), exist_ok=True)
    with open(os.path.join(OUT, target, name), "wb") as f:
        f.write(data)


# --- pickle streams (the interpreter behind .pth files) ---
def text(s):
    return b"X" + struct.pack("<I", len(s)) + s.encode()


def integer(v):
    return b"I" + str(v).encode() + b"\n"


def ints(values):
    return b"(" + b"".join(integer(v) for v in values) + b"t"


def tensor(key, numel, shape, stride, offset=0):
    return (b"ctorch._utils\n_rebuild_tensor_v2\n(" +
            b"(" + text("storage") + b"ctorch\nFloatStorage\n" + text(key) + text("cpu") + integer(numel) + b"tQ" +
            integer(offset) + ints(shape) + ints(stride) + b"\x89" +
            b"ccollections\nOrderedDict\n)R" + b"tR")


def legacy(tensors, claimed_count, floats):
    magic = b"\x80\x02\x8a\x0a" + struct.pack("<Q", 0xa86a20f9469cfc6c) + struct.pack("<H", 0x1950) + b"."
    protocol = b"\x80\x02" + integer(1001) + b"."
    info = b"\x80\x02}."
    body = b"".join(text(name) + tensor("0", len(floats), shape, stride) for name, shape, stride in tensors)
    state = b"\x80\x02ccollections\nOrderedDict\n)R(" + body + b"u."
    keys = b"\x80\x02](" + text("0") + b"e."
    return magic + protocol + info + state + keys + struct.pack("<Q", claimed_count) + struct.pack("<%df" % len(floats), *floats)


put("fuzz_pickle", "text-int-20-digits", b"\x80\x02I99999999999999999999\n.")
put("fuzz_pickle", "binunicode8-length-wraps", b"\x80\x02\x8d" + struct.pack("<Q", 0xfffffffffffffff0) + b"abc.")
put("fuzz_pickle", "nested-100000-tuples", b"\x80\x02)" + b"\x85" * 100000 + b".")
put("fuzz_pickle", "list-contains-itself", b"\x80\x02]q\x00h\x00a.")
put("fuzz_torchweights", "legacy-storage-count-wraps.pth", legacy([("w", [1], [1])], (1 << 62) + 1, [1.0]))
put("fuzz_torchweights", "legacy-shape-count-overflows.pth", legacy([("w", [1 << 32, 1 << 32], [1, 1])], 4, [1, 2, 3, 4]))
put("fuzz_torchweights", "legacy-last-index-overflows.pth", legacy([("w", [3], [1 << 62])], 4, [1, 2, 3, 4]))
put("fuzz_torchweights", "legacy-stride0-2e34.pth", legacy([("w", [1 << 34], [0])], 1, [1.0]))
put("fuzz_torchweights", "legacy-text-int.pth",
    legacy([("w", [1], [1])], 1, [1.0]).replace(b"I1001\n", b"I99999999999999999999\n"))


# --- .npy ---
def npy(header):
    h = header.encode()
    h += b" " * ((64 - (10 + len(h) + 1) % 64) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(h)) + h


put("fuzz_npy", "dimension-20-digits.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999, 2), }"))
put("fuzz_npy", "rows-times-cols-overflows.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 8), }"))
put("fuzz_npy", "claims-2.4GB.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (20000000, 30), }") + b"\0" * 16)
put("fuzz_npy", "label-2.7e20.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }") + struct.pack("<d", 2.7e20))

# --- IDX (first byte 0: an images file) ---
put("fuzz_idx", "header-claims-4.8GB", b"\x00" + b"\x00\x00\x08\x03" + struct.pack(">III", 6000000, 28, 28))
put("fuzz_idx", "labels-claim-more", b"\x01" + b"\x00\x00\x08\x01" + struct.pack(">I", 1 << 30) + b"\x01\x02")

# --- CSV ---
put("fuzz_csv", "subnormal.csv", b"a,b\n1e-40,2\n3,4\n")

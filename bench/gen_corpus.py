#!/usr/bin/env python3
"""Deterministic synthetic DICOM corpora for the camel-dicom benchmark (issue 8).

    python3 bench/gen_corpus.py --out DIR [--scale 1.0] [--only small,medium,large]

Writes Part 10 files (Explicit VR Little Endian), no third-party packages needed:

    DIR/small/0..3/   2000 x CT Image Storage, 128 x 256 x 16 bit   (64 KiB pixel data), split in 4 groups of 500
    DIR/medium/       300 x CT Image Storage, 1024 x 1024 x 16 bit  (2 MiB pixel data)
    DIR/large/        2 x Enhanced CT Image Storage, 1024 frames of 512 x 512 x 16 bit (512 MiB pixel data)

--scale multiplies the instance counts of small and medium and the frame count of large (at least 1 of each).
Every byte follows from the corpus name and the instance number: UIDs are 2.25.<uuid5 as integer>, pixel data is a
seeded pseudo-random block rotated per instance. DIR/<corpus>/manifest.json lists every instance (SOP Instance UID,
dataset length, CRC-32 of the last 64 KiB of the dataset) for run.py to verify received files against.
A corpus already generated with the same parameters is reused.
"""
import argparse
import json
import os
import random
import struct
import sys
import uuid
import zlib

NAMESPACE = uuid.UUID("6f1d6a0e-6f0a-4a57-9d0b-2b1c3e8f0b16")
CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"
ENHANCED_CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2.1"
EXPLICIT_LE = "1.2.840.10008.1.2.1"
IMPLEMENTATION_CLASS = "2.25.284790341066917349312418716853924937023"
BLOCK = random.Random(20261128).randbytes(1 << 20)
TAIL = 64 * 1024

SHORT_VRS = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "PN", "SH", "SL", "SS", "ST",
             "TM", "UI", "UL", "US"}


def uid(*parts):
    return "2.25." + str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)).int)


def element(group, elem, vr, value):
    if isinstance(value, str):
        value = value.encode("ascii")
        if len(value) % 2:
            value += b"\0" if vr == "UI" else b" "
    if vr in SHORT_VRS:
        return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value
    return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value


def us(v):
    return struct.pack("<H", v)


def header(sop_class, sop_uid, study, series, number, rows, cols, frames, pixel_length):
    meta_body = b"".join([
        element(0x0002, 0x0001, "OB", b"\x00\x01"),
        element(0x0002, 0x0002, "UI", sop_class),
        element(0x0002, 0x0003, "UI", sop_uid),
        element(0x0002, 0x0010, "UI", EXPLICIT_LE),
        element(0x0002, 0x0012, "UI", IMPLEMENTATION_CLASS),
        element(0x0002, 0x0013, "SH", "CAMELDICOMBENCH"),
    ])
    meta = element(0x0002, 0x0000, "UL", struct.pack("<I", len(meta_body))) + meta_body
    elements = [
        element(0x0008, 0x0008, "CS", "ORIGINAL\\PRIMARY\\AXIAL"),
        element(0x0008, 0x0016, "UI", sop_class),
        element(0x0008, 0x0018, "UI", sop_uid),
        element(0x0008, 0x0020, "DA", "20261128"),
        element(0x0008, 0x0021, "DA", "20261128"),
        element(0x0008, 0x0060, "CS", "CT"),
        element(0x0010, 0x0010, "PN", "BENCH^SYNTHETIC"),
        element(0x0010, 0x0020, "LO", "BENCH0001"),
        element(0x0020, 0x000D, "UI", study),
        element(0x0020, 0x000E, "UI", series),
        element(0x0020, 0x0013, "IS", str(number)),
        element(0x0028, 0x0002, "US", us(1)),
        element(0x0028, 0x0004, "CS", "MONOCHROME2"),
    ]
    if frames > 1:
        elements.append(element(0x0028, 0x0008, "IS", str(frames)))
    elements += [
        element(0x0028, 0x0010, "US", us(rows)),
        element(0x0028, 0x0011, "US", us(cols)),
        element(0x0028, 0x0100, "US", us(16)),
        element(0x0028, 0x0101, "US", us(16)),
        element(0x0028, 0x0102, "US", us(15)),
        element(0x0028, 0x0103, "US", us(0)),
        struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, pixel_length),
    ]
    return b"\0" * 128 + b"DICM" + meta, b"".join(elements)


def pixel_chunks(seed, length):
    """length bytes: BLOCK rotated by seed, repeated."""
    start = (seed * 7919) % len(BLOCK)
    rotated = BLOCK[start:] + BLOCK[:start]
    while length > 0:
        n = min(length, len(rotated))
        yield rotated[:n]
        length -= n


def write_instance(path, corpus, index, sop_class, rows, cols, frames):
    study = uid(corpus, "study")
    series = uid(corpus, "series")
    sop_uid = uid(corpus, "instance", index)
    pixel_length = rows * cols * 2 * frames
    preamble_meta, dataset_head = header(sop_class, sop_uid, study, series, index + 1, rows, cols, frames,
                                         pixel_length)
    tail = b""
    with open(path, "wb") as f:
        f.write(preamble_meta)
        f.write(dataset_head)
        for chunk in pixel_chunks(index, pixel_length):
            f.write(chunk)
            tail = (tail + chunk)[-TAIL:]
    dataset_length = len(dataset_head) + pixel_length
    tail = (dataset_head + tail)[-TAIL:] if dataset_length < TAIL else tail
    return {"sopInstanceUid": sop_uid, "datasetLength": dataset_length, "tailCrc32": zlib.crc32(tail),
            "fileLength": len(preamble_meta) + dataset_length, "file": os.path.basename(path)}


CORPORA = {
    # name: (count, sop class, rows, cols, frames, groups); count or frames scaled
    "small": (2000, CT_IMAGE, 128, 256, 1, 4),
    "medium": (300, CT_IMAGE, 1024, 1024, 1, 1),
    "large": (2, ENHANCED_CT_IMAGE, 512, 512, 1024, 1),
}


def generate(out, name, scale):
    count, sop_class, rows, cols, frames, groups = CORPORA[name]
    if frames > 1:
        frames = max(1, round(frames * scale))
    else:
        count = max(groups, round(count * scale))
    params = {"corpus": name, "count": count, "sopClass": sop_class, "rows": rows, "cols": cols, "frames": frames,
              "groups": groups, "generator": 1}
    directory = os.path.join(out, name)
    manifest_path = os.path.join(directory, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            if json.load(f).get("params") == params:
                print(f"{name}: reusing {directory}", file=sys.stderr)
                return
    os.makedirs(directory, exist_ok=True)
    instances = []
    for i in range(count):
        group_dir = os.path.join(directory, str(i % groups)) if groups > 1 else os.path.join(directory, "0")
        os.makedirs(group_dir, exist_ok=True)
        entry = write_instance(os.path.join(group_dir, f"{i:06d}.dcm"), name, i, sop_class, rows, cols, frames)
        entry["group"] = i % groups
        instances.append(entry)
    with open(manifest_path, "w") as f:
        json.dump({"params": params, "instances": instances}, f)
    total = sum(e["fileLength"] for e in instances)
    print(f"{name}: {count} instances, {total / 1e6:.1f} MB in {directory}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="small,medium,large")
    args = parser.parse_args()
    for name in args.only.split(","):
        generate(args.out, name, args.scale)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""camel-dicom receiver benchmark (issue 8): DCMTK storescu against DCMTK dcmrecv/storescp and our dcmrecv.jar.

Usually started through bench/run.sh (see bench/README.md). Needs only python3 and DCMTK (storescu, echoscu,
dcmrecv, storescp); the corpora come from bench/gen_corpus.py.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CONFIG = "/etc/dcmtk/storescp.cfg"
OURS_JAVA_OPTS = ""  # added to src/bin/dcmrecv's defaults (-Xmx256m -XX:+UseSerialGC ...), see the launcher
TAIL = 64 * 1024

# case: (corpus, receivers, associations, ignore); the first receiver of a case is the reference for the ratio.
CASES = {
    "small-1": ("small", ["dcmrecv", "ours"], 1, False),
    "small-4": ("small", ["ours"], 4, False),  # reference: dcmrecv of small-1 (dcmrecv serves one association at a time)
    "medium-1": ("medium", ["dcmrecv", "ours"], 1, False),
    "large-1": ("large", ["dcmrecv", "ours"], 1, False),
    "ignore-small": ("small", ["storescp", "ours", "dcmrecv"], 1, True),
    "ignore-medium": ("medium", ["storescp", "ours", "dcmrecv"], 1, True),
}
TARGETS = {  # issue 8: ours/reference throughput at least
    "small-1": 1.0, "small-4": 1.5, "medium-1": 1.25, "large-1": 2.0, "ignore-small": 0.8, "ignore-medium": 0.8,
}
RSS_TARGET_MB = 300
SPENT_KEPT_FROM = 1000  # files in an output from which it is kept until the benchmark ends (see discard_output)
STARTUP_TARGET_S = 1.5


def env_nodelay():
    env = dict(os.environ)
    env["TCP_NODELAY"] = "1"
    return env


def receiver_command(receiver, out_dir, port, ignore, jar, java_opts):
    if receiver == "dcmrecv":
        cmd = ["dcmrecv", "-xf", CONFIG, "default", "-od", out_dir, str(port)]
        return cmd[:1] + (["--ignore"] if ignore else []) + cmd[1:], {}
    if receiver == "storescp":
        # storescp refuses --ignore together with --config-file; it accepts all storage SOP classes uncompressed.
        return ["storescp", "--ignore", str(port)], {}
    if receiver == "ours":
        cmd = [os.path.join(REPO, "src", "bin", "dcmrecv")] + (["--ignore"] if ignore else []) + [
            "-xf", CONFIG, "default", "-od", out_dir, str(port)]
        return cmd, {"DCMRECV_HOME": os.path.dirname(jar), "JAVA_OPTS": java_opts}
    raise ValueError(receiver)


def proc_status(pid):
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    values[key] = int(rest.split()[0]) / 1024.0  # MiB
    except OSError:
        pass
    return values


def cpu_seconds(pid):
    """user + system CPU seconds of a process, all threads (/proc/PID/stat utime + stime)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class Receiver:
    def __init__(self, receiver, out_dir, port, ignore, jar, java_opts, log_path):
        self.name = receiver
        self.port = port
        cmd, extra_env = receiver_command(receiver, out_dir, port, ignore, jar, java_opts)
        env = env_nodelay()
        env.update(extra_env)
        self.log = open(log_path, "wb")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.peak_rss = 0.0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self):
        while not self._stop.is_set():
            st = proc_status(self.proc.pid)
            self.peak_rss = max(self.peak_rss, st.get("VmHWM", 0.0), st.get("VmRSS", 0.0))
            self._stop.wait(0.1)

    def wait_listening(self, timeout=60.0):
        """Seconds from process start until the port accepts a TCP connection (listening), then until the first
        successful C-ECHO. Listening is probed with a bare connect: an echoscu per probe would cost 30-40 ms of CPU
        (it loads the data dictionary) every few tens of milliseconds, taken from the start-up it measures."""
        listening = None
        while time.monotonic() - self.started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode} before listening")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    listening = time.monotonic() - self.started
                break
            except OSError:
                time.sleep(0.005)
        if listening is None:
            raise RuntimeError(f"{self.name} not listening after {timeout} s")
        while time.monotonic() - self.started < timeout:
            r = subprocess.run(["echoscu", "-to", "5", "127.0.0.1", str(self.port)], env=env_nodelay(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if r.returncode == 0:
                self.startup_cpu = cpu_seconds(self.proc.pid)
                return listening, time.monotonic() - self.started
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} listening but no C-ECHO answered after {timeout} s")

    def stop(self):
        self.cpu = cpu_seconds(self.proc.pid)
        st = proc_status(self.proc.pid)
        self.peak_rss = max(self.peak_rss, st.get("VmHWM", 0.0))
        self._stop.set()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.peak_rss


def send(corpus_dir, groups, associations, port, log_path, passes=1):
    """storescu over `associations` parallel associations, each sending its files `passes` times;
    returns (seconds, [returncodes])."""
    dirs = [os.path.join(corpus_dir, str(g)) for g in range(groups)] * passes
    if associations == 1:
        batches = [dirs]
    else:
        assert associations == groups, "the corpus is split into as many groups as associations"
        batches = [[d] * passes for d in dirs[:groups]]
    procs = []
    log = open(log_path, "wb")
    start = time.monotonic()
    for batch in batches:
        cmd = ["storescu", "+sd", "+r", "+sp", "*.dcm", "127.0.0.1", str(port)] + batch
        procs.append(subprocess.Popen(cmd, env=env_nodelay(), stdout=log, stderr=subprocess.STDOUT))
    codes = [p.wait() for p in procs]
    seconds = time.monotonic() - start
    log.close()
    return seconds, codes


def read_dataset_facts(path):
    """(SOP Instance UID, dataset length, CRC-32 of the dataset's last 64 KiB) of a Part 10 file."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(4096)
        if head[128:132] != b"DICM" or head[132:136] != b"\x02\x00\x00\x00" or head[136:138] != b"UL":
            raise ValueError("not a Part 10 file with group length")
        group_length = struct.unpack_from("<I", head, 140)[0]
        offset = 144 + group_length
        dataset_length = size - offset
        # walk the dataset head (explicit VR little endian) to (0008,0018)
        f.seek(offset)
        data = f.read(2048)
        pos, sop_uid = 0, None
        while pos + 8 <= len(data):
            group, elem = struct.unpack_from("<HH", data, pos)
            vr = data[pos + 4:pos + 6]
            if vr in (b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN", b"UC", b"UR", b"OD", b"OL", b"OV"):
                length = struct.unpack_from("<I", data, pos + 8)[0]
                pos += 12
            else:
                length = struct.unpack_from("<H", data, pos + 6)[0]
                pos += 8
            if (group, elem) == (0x0008, 0x0018):
                sop_uid = data[pos:pos + length].rstrip(b"\0 ").decode("ascii")
                break
            if group > 0x0008:
                break
            pos += length
        f.seek(max(offset, size - TAIL))
        crc = zlib.crc32(f.read())
    return sop_uid, dataset_length, crc


def verify(out_dir, manifest):
    """Every instance of the manifest arrived complete: count, dataset bytes, SOP Instance UIDs, tail CRC."""
    expected = {e["sopInstanceUid"]: e for e in manifest["instances"]}
    problems, found, partial = [], {}, []
    for root, _, files in os.walk(out_dir):
        for name in files:
            path = os.path.join(root, name)
            if name.startswith("."):
                partial.append(path)
                continue
            try:
                uid, length, crc = read_dataset_facts(path)
            except (OSError, ValueError, struct.error) as e:
                problems.append(f"{path}: {e}")
                continue
            if uid in found:
                problems.append(f"{uid} stored twice")
            found[uid] = (length, crc, name)
    if partial:
        problems.append(f"{len(partial)} hidden/partial files, e.g. {partial[0]}")
    for uid, e in expected.items():
        if uid not in found:
            problems.append(f"missing {uid}")
            continue
        length, crc, name = found[uid]
        if length != e["datasetLength"]:
            problems.append(f"{name}: dataset {length} bytes, sent {e['datasetLength']}")
        elif crc != e["tailCrc32"]:
            problems.append(f"{name}: last 64 KiB differ")
        if uid not in name:
            problems.append(f"{name}: file name without SOP Instance UID")
    extra = set(found) - set(expected)
    if extra:
        problems.append(f"{len(extra)} unexpected instances")
    stored_bytes = sum(v[0] for v in found.values())
    return {"count": len(found), "datasetBytes": stored_bytes, "ok": not problems, "problems": problems[:10]}


def warm(corpus_dir):
    for root, _, files in os.walk(corpus_dir):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                while f.read(8 << 20):
                    pass


class Bench:
    def __init__(self, args):
        self.args = args
        self.port = args.port
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        os.makedirs(args.results, exist_ok=True)
        self.results_path = os.path.join(args.results, f"{stamp}-scale{args.scale:g}.jsonl")
        self.logs = os.path.join(args.work, "logs", stamp)
        self.spent = os.path.join(args.work, "spent")
        os.makedirs(self.logs, exist_ok=True)
        self.rows = []

    def run_one(self, case, receiver, repetition, java_opts=None, tag="", passes=1, jfr=None):
        java_opts = java_opts or self.args.ours_java_opts
        corpus, _, associations, ignore = CASES[case]
        corpus_dir = os.path.join(self.args.corpus, corpus)
        with open(os.path.join(corpus_dir, "manifest.json")) as f:
            manifest = json.load(f)
        groups = manifest["params"]["groups"]
        out_dir = os.path.join(self.args.work, "out", f"{case}-{receiver}")
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        warm(corpus_dir)
        subprocess.run(["sync"])
        self.port += 1
        label = f"{case}-{receiver}-{repetition}{tag}"
        load_before = os.getloadavg()
        rec = Receiver(receiver, out_dir, self.port, ignore, self.args.jar, java_opts,
                       os.path.join(self.logs, label + ".receiver.log"))
        row = {"case": case, "receiver": receiver, "repetition": repetition, "scale": self.args.scale,
               "corpus": corpus, "associations": associations, "ignore": ignore,
               "time": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "loadavgBefore": [round(x, 2) for x in load_before]}
        try:
            listening, first_echo = rec.wait_listening()
            row["listeningSeconds"] = round(listening, 3)
            row["startupSeconds"] = round(first_echo, 3)
            row["startupCpuSeconds"] = round(rec.startup_cpu, 2)
            if jfr:  # record the transfer only, not the start-up
                subprocess.run(["jcmd", str(rec.proc.pid), "JFR.start", "name=bench", "settings=profile"],
                               stdout=subprocess.DEVNULL, check=True)
            seconds, codes = send(corpus_dir, groups, associations, self.port,
                                  os.path.join(self.logs, label + ".storescu.log"), passes)
            if jfr:
                subprocess.run(["jcmd", str(rec.proc.pid), "JFR.stop", "name=bench", f"filename={jfr}"],
                               stdout=subprocess.DEVNULL, check=True)
        finally:
            row["peakRssMiB"] = round(rec.stop(), 1)
            row["receiverExit"] = rec.proc.returncode
            row["transferCpuSeconds"] = round(rec.cpu - row.get("startupCpuSeconds", 0.0), 2)
        n = len(manifest["instances"]) * passes
        sent_bytes = sum(e["fileLength"] for e in manifest["instances"]) * passes
        row.update({"instances": n, "fileBytes": sent_bytes, "seconds": round(seconds, 3),
                    "instancesPerSecond": round(n / seconds, 1), "MBps": round(sent_bytes / 1e6 / seconds, 1),
                    "storescuExit": codes, "loadavgAfter": [round(x, 2) for x in os.getloadavg()]})
        with open(os.path.join(self.logs, label + ".storescu.log"), "rb") as f:
            storescu_errors = [l for l in f.read().decode("latin-1").splitlines() if l.startswith(("E:", "F:"))]
        if ignore:
            leftover = sum(len(files) for _, _, files in os.walk(out_dir))
            row["verified"] = {"ok": not storescu_errors and all(c == 0 for c in codes) and leftover == 0,
                               "count": 0, "filesInOutput": leftover, "problems": storescu_errors[:5]}
        else:
            row["verified"] = verify(out_dir, manifest)
            if storescu_errors or any(codes):
                row["verified"]["ok"] = False
                row["verified"]["problems"] += storescu_errors[:5] + [f"storescu exit {codes}"]
        if tag:
            row["tag"] = tag
            row["passes"] = passes
        if java_opts != OURS_JAVA_OPTS and receiver == "ours":
            row["javaOpts"] = java_opts
        self.discard_output(out_dir, label, len(manifest["instances"]))
        with open(self.results_path, "a") as f:
            f.write(json.dumps(row) + "\n")
        self.rows.append(row)
        v = row["verified"]
        print(f"  {label:28s} {row['seconds']:8.2f} s {row['instancesPerSecond']:8.1f} inst/s {row['MBps']:7.1f} MB/s"
              f"  cpu {row['transferCpuSeconds']:6.2f} s  listen {row['listeningSeconds']:.2f} s"
              f"  echo {row['startupSeconds']:.2f} s ({row['startupCpuSeconds']:.2f} cpu-s)"
              f"  peak RSS {row['peakRssMiB']:6.0f} MiB  load {load_before[0]:.1f}"
              f"  {'verified' if v['ok'] else 'FAILED ' + '; '.join(v['problems'][:3])}", flush=True)
        return row

    def discard_output(self, out_dir, label, files):
        """Outputs of thousands of files are kept until the whole benchmark is done. Deleting them right away would
        slow down the next run's file creation, whichever receiver it measures: ext4 without a journal (as on the
        development machine) skips inodes deleted in the last minutes when it allocates new ones, and the scan grows
        with their number (bench/README.md); a receiver in service does not store into a folder that had thousands
        of files deleted a moment ago. Outputs of few, large files are deleted at once: kept, their gigabytes would
        have to be written back to disk while the next runs are measured."""
        if files < SPENT_KEPT_FROM:
            shutil.rmtree(out_dir, ignore_errors=True)
            return
        os.makedirs(self.spent, exist_ok=True)
        os.rename(out_dir, os.path.join(self.spent, label))

    def delete_spent(self):
        shutil.rmtree(self.spent, ignore_errors=True)

    def prepare_cds(self, cases):
        """The launcher records its AppCDS archive on the first run after a build, as it would on a user's first
        start; that run is not measured: start ours once, store a few small instances, stop it."""
        if not any("ours" in CASES[c][1] for c in cases + self.args.jfr_cases.split(",") if c):
            return
        archive = os.path.join(os.path.dirname(self.args.jar), "dcmrecv.jsa")
        out_dir = os.path.join(self.args.work, "out", "cds-training")
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        self.port += 1
        started = time.monotonic()
        rec = Receiver("ours", out_dir, self.port, False, self.args.jar, self.args.ours_java_opts,
                       os.path.join(self.logs, "cds-training.receiver.log"))
        try:
            rec.wait_listening(timeout=120)
            small = os.path.join(self.args.corpus, "small")
            first = sorted(os.listdir(os.path.join(small, "0")))[:3] if os.path.isdir(small) else []
            if first:
                subprocess.run(["storescu", "127.0.0.1", str(self.port)] + [os.path.join(small, "0", f) for f in first],
                               env=env_nodelay(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        finally:
            rec.stop()
            shutil.rmtree(out_dir, ignore_errors=True)
        state = "ready" if os.path.exists(archive) else "NOT written (DCMRECV_CDS=off, or the directory is read-only)"
        print(f"AppCDS archive {archive}: {state} ({time.monotonic() - started:.1f} s, not measured)", flush=True)

    def run(self):
        cases = [c for c in self.args.cases.split(",") if c]
        if os.path.exists(self.spent):
            print(f"deleting the outputs an interrupted benchmark left in {self.spent}: the first runs may be slower")
            self.delete_spent()
        self.prepare_cds(cases)
        try:
            for repetition in range(self.args.repeat):
                for case in cases:
                    receivers = list(CASES[case][1])
                    if repetition % 2:
                        receivers.reverse()  # alternate the order so drift of the machine's load hits both sides
                    for receiver in receivers:
                        self.run_one(case, receiver, repetition)
            if self.args.jfr:
                self.profile()
        finally:
            self.delete_spent()
        self.table(cases)

    def best(self, case, receiver):
        rows = [r for r in self.rows if r["case"] == case and r["receiver"] == receiver and "tag" not in r]
        if not rows:
            return None
        return statistics.median(r["MBps"] for r in rows), rows

    def table(self, cases):
        print()
        print(f"results: {self.results_path}   (median over {self.args.repeat} repetition(s); MB = 10^6 bytes)")
        header = (f"{'case':14s} {'reference':18s} {'ref MB/s':>9s} {'ours MB/s':>9s} {'ours inst/s':>11s} "
                  f"{'ratio':>6s} {'target':>7s} {'ours RSS':>9s} {'ref cpu-s':>9s} {'ours cpu-s':>10s} "
                  f"{'load':>5s}  verdict")
        print(header)
        print("-" * len(header))
        for case in cases:
            ref_name = CASES[case][1][0] if case != "small-4" else "dcmrecv"
            ref_case = case if case != "small-4" else "small-1"
            ours = self.best(case, "ours")
            ref = self.best(ref_case, ref_name)
            if not ours or not ref:
                continue
            ratio = ours[0] / ref[0]
            rss = max(r["peakRssMiB"] for r in ours[1])
            ips = statistics.median(r["instancesPerSecond"] for r in ours[1])
            load = max(r["loadavgBefore"][0] for r in ours[1] + ref[1])
            ok = ratio >= TARGETS[case] and all(r["verified"]["ok"] for r in ours[1] + ref[1])
            if case == "large-1":
                ok = ok and rss < RSS_TARGET_MB
            ref_label = f"{ref_name}{'x1 assoc' if case == 'small-4' else ''}"
            ref_cpu = statistics.median(r["transferCpuSeconds"] for r in ref[1])
            ours_cpu = statistics.median(r["transferCpuSeconds"] for r in ours[1])
            print(f"{case:14s} {ref_label:18s} {ref[0]:9.1f} {ours[0]:9.1f} {ips:11.1f} {ratio:6.2f} "
                  f"{'>=' + str(TARGETS[case]):>7s} {rss:7.0f}Mi {ref_cpu:9.2f} {ours_cpu:10.2f} {load:5.1f}  "
                  f"{'met' if ok else 'MISSED'}")
            extra = self.best(case, "dcmrecv") if ref_name != "dcmrecv" else None
            if extra:
                print(f"{'':14s} {'(dcmrecv --ignore)':18s} {extra[0]:9.1f} {'':9s} {'':11s} {ours[0] / extra[0]:6.2f}")
        ours_start = [r["startupSeconds"] for r in self.rows if r["receiver"] == "ours"]
        ref_start = [r["startupSeconds"] for r in self.rows if r["receiver"] == "dcmrecv"]
        ours_start_cpu = [r["startupCpuSeconds"] for r in self.rows if r["receiver"] == "ours"]
        # rows of runs before the bench probed listening by itself have the first C-ECHO only
        ours_listen = [r["listeningSeconds"] for r in self.rows
                       if r["receiver"] == "ours" and "listeningSeconds" in r]
        if ours_listen:
            print(f"start-up to listening: ours median {statistics.median(ours_listen):.2f} s, max "
                  f"{max(ours_listen):.2f} s")
        if ours_start:
            print(f"start-up to first C-ECHO: ours median {statistics.median(ours_start):.2f} s, max "
                  f"{max(ours_start):.2f} s (target < {STARTUP_TARGET_S} s: "
                  f"{'met' if statistics.median(ours_start) < STARTUP_TARGET_S else 'MISSED'}); dcmrecv median "
                  f"{statistics.median(ref_start) if ref_start else float('nan'):.2f} s; ours used a median "
                  f"{statistics.median(ours_start_cpu):.2f} CPU-seconds to get there")
        print(f"load average now: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; numbers taken above a load of ~2 "
              f"are noisy")

    def profile(self):
        """JFR of ours during the transfer of the medium corpus (sent 3 times in one association), storing and
        with --ignore; the difference between the two is the cost of storing, --ignore against storescp --ignore is
        the cost of the network and parsing path."""
        for case in self.args.jfr_cases.split(","):
            jfr_file = os.path.join(self.args.work, f"{case}.jfr")
            if os.path.exists(jfr_file):
                os.remove(jfr_file)
            print(f"\nJFR profile of ours, {case}, corpus sent 3 times:")
            self.run_one(case, "ours", 0, tag="-jfr", passes=3, jfr=jfr_file)
            summarize_jfr(jfr_file, os.path.join(self.args.results, f"jfr-{case}-summary.txt"))

def summarize_jfr(jfr_file, out_path, top=25):
    samples = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample", jfr_file],
                             capture_output=True, text=True).stdout
    summary = subprocess.run(["jfr", "summary", jfr_file], capture_output=True, text=True).stdout
    top_frames, inclusive, threads, total = {}, {}, {}, 0
    native = 0
    for event in re.split(r"^jdk\.(?=ExecutionSample|NativeMethodSample)", samples, flags=re.M)[1:]:
        frames = re.findall(r"^\s+([\w$.<>/]+\(.*?\))\s+line:", event, re.M)
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if not frames or any("NioSocketImpl.accept" in f for f in frames):
            continue  # the acceptor thread waiting for the next connection is no cost
        if event.startswith("NativeMethodSample"):
            native += 1
            frames[0] = "[native, waiting or in I/O] " + frames[0]
        total += 1
        top_frames[frames[0]] = top_frames.get(frames[0], 0) + 1
        for m in set(f.split("(")[0] for f in frames):
            inclusive[m] = inclusive.get(m, 0) + 1
        t = re.sub(r"\d+", "N", thread.group(1)) if thread else "?"
        threads[t] = threads.get(t, 0) + 1
    lines = [f"JFR {jfr_file}: {total} samples of the transfer, all threads: {total - native} jdk.ExecutionSample "
             f"(running Java code) and {native} jdk.NativeMethodSample (in a native method: socket read, file write, "
             f"or waiting)", "", "top frames (self):"]
    lines += [f"  {n:6d} {100 * n / max(total, 1):5.1f}%  {f}" for f, n in
              sorted(top_frames.items(), key=lambda x: -x[1])[:top]]
    lines += ["", "methods on the stack (inclusive):"]
    lines += [f"  {n:6d} {100 * n / max(total, 1):5.1f}%  {f}" for f, n in
              sorted(inclusive.items(), key=lambda x: -x[1])[:top * 2]]
    lines += ["", "threads:"] + [f"  {n:6d}  {t}" for t, n in sorted(threads.items(), key=lambda x: -x[1])[:10]]
    lines += ["", "jfr summary:", summary]
    text = "\n".join(lines)
    with open(out_path, "w") as f:
        f.write(text + "\n")
    print("\n".join(lines[:top + 4]))
    print(f"(full JFR summary in {out_path})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--corpus", required=True, help="directory of gen_corpus.py's output")
    parser.add_argument("--work", required=True, help="scratch directory for received files and logs")
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--jar", default=os.path.join(REPO, "receiver-routes", "target", "dcmrecv.jar"))
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--repeat", type=int, default=1)
    # below the ephemeral range (32768-60999 on Linux): a port that a storescu of an earlier run still holds in
    # TIME_WAIT as its local port cannot be listened on
    parser.add_argument("--port", type=int, default=21100)
    parser.add_argument("--jfr", action="store_true", help="also profile ours with JFR (see --jfr-cases)")
    parser.add_argument("--jfr-cases", default="medium-1,ignore-medium",
                        help="the cases --jfr profiles, each with its corpus sent 3 times in one association")
    parser.add_argument("--ours-java-opts", default=OURS_JAVA_OPTS,
                        help="JAVA_OPTS for our receiver, added to src/bin/dcmrecv's defaults (e.g. -Ddicom.fsync=true)")
    args = parser.parse_args()
    for tool in ("storescu", "echoscu", "dcmrecv", "storescp", "java", "jcmd", "jfr"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: apt-get install -y dcmtk openjdk-17-jdk-headless")
    if not os.path.exists(args.jar):
        sys.exit(f"{args.jar} not found: mvn -B -q -DskipTests package")
    for case in [c for c in (args.cases + "," + args.jfr_cases).split(",") if c]:
        if case not in CASES:
            sys.exit(f"unknown case {case}; known: {', '.join(CASES)}")
    Bench(args).run()


if __name__ == "__main__":
    main()

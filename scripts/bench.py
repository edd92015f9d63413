#!/usr/bin/env python3
"""One JSON summary of tanong's speed and memory at 1k, 10k and 100k passages.

    python3 scripts/bench.py [../shared/data/ud-tagalog] [sizes...]

For each size it generates the corpus (scripts/make-bench-corpus.py, if not
there yet), runs the in-process benchmark (examples/bench_summary.rs: build,
question latency p50/p99, plain tantivy in the same run), then times the
binary itself: building the index (`tanong index`, median of 3, with peak
RSS) and start to
answer for `tanong ask "…"` on the existing index (median of 5, with peak RSS).
The built-in corpus gets the start-to-answer timing too.
"""
import json, os, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ud = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "ud-tagalog")
sizes = [int(s) for s in sys.argv[2:]] or [1000, 10000, 100000]
binary = os.path.join(root, "target", "release", "tanong")
example = os.path.join(root, "target", "release", "examples", "bench_summary")
subprocess.run(["cargo", "build", "--release", "--bin", "tanong", "--example", "bench_summary"], cwd=root, check=True)


def timed(args):
    """Wall seconds and peak RSS (MB) of one run of the binary."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(p.stderr)
    rss_kb = int(p.stderr.strip().splitlines()[-1])
    return elapsed, rss_kb / 1024


def start_to_answer(corpus_args, index_dir):
    runs = [timed([binary] + corpus_args + ["--index", index_dir, "ask", "Sino ang pangulo ng bansa?"]) for _ in range(5)]
    return statistics.median(r[0] for r in runs) * 1000, max(r[1] for r in runs)


results = []
with tempfile.TemporaryDirectory() as cache:
    builtin_dir = os.path.join(cache, "builtin")
    subprocess.run([binary, "--index", builtin_dir, "index"], check=True, capture_output=True)
    ms, rss = start_to_answer([], builtin_dir)
    results.append({"corpus": "built-in", "start_to_answer_ms": round(ms, 1), "answer_peak_rss_mb": round(rss, 1)})
    for size in sizes:
        corpus = os.path.join(root, "target", "bench-corpus", str(size))
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(root, "scripts", "make-bench-corpus.py"), ud, corpus, str(size)], check=True)
        summary = json.loads(subprocess.run([example, corpus], capture_output=True, text=True, check=True).stdout)
        # Median of three fresh builds: one build is at the mercy of the
        # machine's other load.
        builds = [timed([binary, "--corpus", corpus, "--index", os.path.join(cache, f"{size}-{i}"), "index"]) for i in range(3)]
        build_s = statistics.median(b[0] for b in builds)
        build_rss = max(b[1] for b in builds)
        index_dir = os.path.join(cache, f"{size}-0")
        ms, rss = start_to_answer(["--corpus", corpus], index_dir)
        summary.update({
            "cli_index_build_s": round(build_s, 2),
            "cli_index_build_passages_per_s": round(summary["passages"] / build_s),
            "cli_index_build_peak_rss_mb": round(build_rss, 1),
            "start_to_answer_ms": round(ms, 1),
            "answer_peak_rss_mb": round(rss, 1),
        })
        results.append({k: (round(v, 3) if isinstance(v, float) else v) for k, v in summary.items()})
print(json.dumps(results, indent=1))

#!/usr/bin/env bash
# threads.sh BIN DIR [OUT.data]: how busy the cores are in each stage of `BIN analyze DIR
# --format json` (issue #17, "the idle core"; docs/performance.md, forty-first session).
#
# Records the run with `perf record -F 999` (under `chrt -f 10` when run as root, so that other
# processes on a loaded machine do not take the cores from it: a bucket with one thread busy is
# then the program's own doing), then prints, from `perf script` samples in 10 ms buckets:
# when the analysis starts (the first metrics symbol) and the JSON report starts (the first
# `JSONReport.writeAccounts` sample), the buckets of the analysis with one thread busy and with
# two or more, the cores busy in the analysis (its samples over its span at 999 Hz), and the
# symbols sampled in the one-thread buckets of the whole run.
set -euo pipefail
bin=$1; dir=$2; data=${3:-/tmp/threads.data}
rt=(); [ "$(id -u)" = 0 ] && rt=(chrt -f 10)
perf record -q -F 999 -o "$data" "${rt[@]}" "$bin" analyze "$dir" --format json \
  --output /tmp/threads-report.json 2>/dev/null
rm -f /tmp/threads-report.json
perf script -i "$data" -F tid,time,ip,sym 2>/dev/null | swift demangle --simplified --compact |
  awk '
  NR == 1 { t0 = $2 + 0 }
  {
    t = $2 - t0; b = int(t * 100)
    if (!a && /Bridge\.accumulate|ARRLadder\.compute/) a = t
    if (!j && /JSONReport\.writeAccounts/) j = t
    busy[b " " $1] = 1; sym = $0; sub(/^ *[^ ]+ +[^ ]+ +[^ ]+ +/, "", sym); at[NR] = b; tm[NR] = t; what[NR] = sym
  }
  END {
    for (k in busy) { split(k, x, " "); threads[x[1]]++ }
    for (b in threads) if (b >= int(a * 100) && b < int(j * 100)) {
      if (threads[b] == 1) one++; else two++
    }
    for (i = 1; i <= NR; i++) if (tm[i] >= a && tm[i] < j) n++
    printf "analysis %.2f-%.2f s (%.3f s, %d samples: %.2f cores busy), JSON %.2f s to the end\n",
      a, j, j - a, n, n / ((j - a) * 999), j
    printf "analysis: %d buckets of 10 ms with one thread busy, %d with two or more\n", one, two
    for (i = 1; i <= NR; i++) if (threads[at[i]] == 1) lonely[what[i]]++
    for (s in lonely) printf "%6d  %s\n", lonely[s], substr(s, 1, 110) | "sort -rn | head -15"
  }'

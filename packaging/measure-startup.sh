#!/usr/bin/env bash
# Compares the cold start of the app image's launcher with bin/tipa-eval's: the wall time of
# `--version` and of `screen --json` on an empty folder, with hyperfine when it is installed
# (apt-get install hyperfine), else with bash's clock. Linux; build the image first.
#
#   packaging/measure-startup.sh [RUNS]
#
# Writes only under /tmp (a scratch folder, removed at the end).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-10}"
IMAGE="$ROOT/target/package/tipa-eval/bin/tipa-eval"
PLAIN="$ROOT/bin/tipa-eval"
[ -x "$IMAGE" ] || { echo "먼저 packaging/build-app-image.sh 를 실행하십시오 / build the image first" >&2; exit 1; }
SCRATCH="$(mktemp -d /tmp/tipa-startup.XXXXXX)"
trap 'rm -rf "$SCRATCH"' EXIT

# Both launchers once, so the plain one has built itself and both have their caches.
"$PLAIN" --version >/dev/null
"$IMAGE" --version >/dev/null
echo "부하 / load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime) — $(nproc 2>/dev/null || echo '?') cores"

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$RUNS" -N -u millisecond \
    -n "image --version" "$IMAGE --version" \
    -n "bin/tipa-eval --version" "$PLAIN --version" \
    -n "image screen --json" "$IMAGE screen --json --db $SCRATCH/empty" \
    -n "bin/tipa-eval screen --json" "$PLAIN screen --json --db $SCRATCH/empty"
else
  for label in image plain; do
    launcher="$IMAGE"
    [ "$label" = plain ] && launcher="$PLAIN"
    for args in "--version" "screen --json --db $SCRATCH/empty"; do
      total=0
      for _ in $(seq 1 "$RUNS"); do
        start=$(date +%s%N)
        # shellcheck disable=SC2086  # the arguments are meant to split
        "$launcher" $args >/dev/null
        total=$(( total + $(date +%s%N) - start ))
      done
      echo "$label $args: $(( total / RUNS / 1000000 )) ms (mean of $RUNS)"
    done
  done
fi

#!/usr/bin/env bash
# The AOT cache's training run with the window, called by build-app-image.sh inside xvfb-run (a
# virtual display, nothing appears on the builder's screen): opens the window on the demo round in a
# fresh database, waits until it is shown and the demo round is in, then ends the app with SIGTERM,
# on which the JVM writes the cache.
#
#   aot-window-training.sh LAUNCHER WORK_DIR
set -euo pipefail
launcher="$1"
work="$2"

"$launcher" --demo --db "$work/db" &
app=$!
# The main window's title starts with 평가위원 데스크 (TIPA_EVAL_LANG=ko).
if ! timeout 180 xdotool search --sync --onlyvisible --name '평가위원' >/dev/null 2>&1; then
  kill -TERM "$app" 2>/dev/null || true
  echo "aot-window-training: 창이 3분 안에 열리지 않았습니다 / no window within 3 minutes" >&2
  exit 1
fi
# Let the first screen finish its own loading (the demo round, the rubric, the first list).
sleep 5
kill -TERM "$app"
# The JVM exits with 143 on SIGTERM, after writing the cache.
wait "$app" || true

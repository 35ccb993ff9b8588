#!/usr/bin/env bash
# Builds the self-contained application image of tipa-eval (a trimmed Java runtime + the app) with
# jlink and jpackage, into target/package/tipa-eval (tipa-eval.app on macOS).
#
#   packaging/build-app-image.sh            # Linux (verified); macOS and Windows (Git Bash): see packaging/README.md
#
# Environment: JAVA_HOME (a JDK >= 25; else found as bin/tipa-eval finds it), TIPA_APP_VERSION
# (overrides the pom's version), TIPA_AOT=0|1 (the AOT cache; on by default on Linux only),
# TIPA_AOT_TRAINING=auto|window|headless (how the cache is trained; see below).
# Writes only under target/.
set -euo pipefail
# shellcheck source=lib/common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

cd "$PKG_ROOT"
mkdir -p "$PKG_OUT"
pkg_setup_jdk
pkg_build_jar

OS="$(pkg_os)"
VERSION="$(pkg_version)"
MODULES="$(pkg_modules)"
pkg_say "버전 / version $VERSION, 모듈 / modules: $MODULES"
printf '%s\n' "$MODULES" >"$PKG_OUT/modules.txt"
pkg_runtime "$MODULES"
INPUT="$(pkg_stage_input)"

case "$OS" in
  macos) IMAGE="$PKG_OUT/$PKG_NAME.app"; APPDIR="$IMAGE/Contents/app"; LAUNCHER="$IMAGE/Contents/MacOS/$PKG_NAME" ;;
  windows) IMAGE="$PKG_OUT/$PKG_NAME"; APPDIR="$IMAGE/app"; LAUNCHER="$IMAGE/$PKG_NAME-cli.exe" ;;
  *) IMAGE="$PKG_OUT/$PKG_NAME"; APPDIR="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/$PKG_NAME" ;;
esac

# Per-OS options (icon, macOS identifiers, the Windows console launcher) live in an argument file.
OS_OPTIONS=()
if [ -f "$PKG_DIR/$OS/app-image.options" ]; then
  OS_OPTIONS=("@packaging/$OS/app-image.options")
fi
pkg_app_args "$VERSION" "$INPUT"

rm -rf "$IMAGE"
pkg_say "jpackage: 앱 이미지를 만듭니다 / building the app image"
"$JAVA_HOME/bin/jpackage" --type app-image \
  "${PKG_APP_ARGS[@]}" \
  ${OS_OPTIONS[@]+"${OS_OPTIONS[@]}"} \
  --dest "$PKG_OUT" >"$PKG_OUT/jpackage-app-image.log" 2>&1 \
  || { cat "$PKG_OUT/jpackage-app-image.log" >&2; pkg_die "jpackage 실패 / jpackage failed"; }

# The AOT cache (JDK 25, the successor of AppCDS): one training run of the image's own launcher records
# the classes it loads and links; later starts map them instead of loading them from the jars. The
# cache is only used while the runtime and every jar are exactly the ones it was made from (the path
# prefix may differ; sizes and modification times may not); otherwise the JVM silently starts without
# it. So every file of the image first gets one timestamp (pkg_epoch), which build-deb.sh hands to
# dpkg-deb. Linux only by default: the Windows and macOS installers keep no such timestamps (and
# editing a macOS image after jpackage would break its ad hoc signature).
AOT_DEFAULT=0
[ "$OS" = linux ] && AOT_DEFAULT=1
EPOCH="$(pkg_epoch)"
printf '%s\n' "$EPOCH" >"$PKG_OUT/source-date-epoch.txt"
if [ "${TIPA_AOT:-$AOT_DEFAULT}" = 1 ]; then
  find "$IMAGE" -exec touch -h -d "@$EPOCH" {} +
  TRAIN="$PKG_OUT/aot-training"
  rm -rf "$TRAIN"
  mkdir -p "$TRAIN/home" "$TRAIN/tmp"
  # The training run should look like real use. With a virtual display at hand (xvfb-run, xdotool) it
  # opens the window on the demo round in a fresh database (--demo imports it): JavaFX, the views,
  # the bundle reader, H2, Flyway, screening. Without one it runs headless `bench import`: a bundle
  # written, imported and screened. TIPA_AOT_TRAINING=window|headless chooses. HOME, user.home and
  # the JavaFX native-library cache point into target/, so nothing is written outside it.
  TRAINING="${TIPA_AOT_TRAINING:-auto}"
  if [ "$TRAINING" = auto ]; then
    TRAINING=headless
    if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then TRAINING=window; fi
  fi
  TRAIN_OPTS="-XX:AOTCacheOutput=$APPDIR/$PKG_NAME.aot -Duser.home=$TRAIN/home -Djava.io.tmpdir=$TRAIN/tmp -Djavafx.cachedir=$TRAIN/openjfx"
  pkg_say "AOT 캐시: 학습 실행 ($TRAINING, 30초 안팎) / AOT cache: training run ($TRAINING)"
  case "$TRAINING" in
    window)
      trained() {
        HOME="$TRAIN/home" JAVA_TOOL_OPTIONS="$TRAIN_OPTS" TIPA_EVAL_LANG=ko \
          xvfb-run -a -s "-screen 0 1400x900x24" \
          bash "$PKG_DIR/lib/aot-window-training.sh" "$LAUNCHER" "$TRAIN"
      } ;;
    headless)
      trained() {
        env -u DISPLAY -u WAYLAND_DISPLAY HOME="$TRAIN/home" JAVA_TOOL_OPTIONS="$TRAIN_OPTS" TIPA_EVAL_LANG=ko \
          "$LAUNCHER" bench import --applications 5 --pdf-mb 0.01 --rounds 1 --work "$TRAIN"
      } ;;
    *) pkg_die "TIPA_AOT_TRAINING 은 window, headless, auto 중 하나입니다 / must be window, headless or auto" ;;
  esac
  if ! trained >"$PKG_OUT/aot-training.log" 2>&1 || [ ! -s "$APPDIR/$PKG_NAME.aot" ]; then
    cat "$PKG_OUT/aot-training.log" >&2
    pkg_die "AOT 학습 실행 실패 / the AOT training run failed (TIPA_AOT=0 skips it)"
  fi
  printf '%s\n' "$TRAINING" >"$PKG_OUT/aot-training.txt"
  rm -rf "$TRAIN"
  # Every launcher's configuration gets the cache, right after its last java-options line.
  for cfg in "$APPDIR"/*.cfg; do
    awk -v opt="java-options=-XX:AOTCache=\$APPDIR/$PKG_NAME.aot" '
      { lines[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
      END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print opt } }' "$cfg" >"$cfg.tmp"
    mv "$cfg.tmp" "$cfg"
  done
  # Proof that the cache maps: with AOTMode=on the JVM refuses to start when it cannot use it.
  if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$LAUNCHER" --version >/dev/null 2>"$PKG_OUT/aot-check.log"; then
    cat "$PKG_OUT/aot-check.log" >&2
    pkg_die "AOT 캐시를 쓸 수 없습니다 / the image cannot use its AOT cache (TIPA_AOT=0 skips it)"
  fi
  find "$IMAGE" -exec touch -h -d "@$EPOCH" {} +
  pkg_say "AOT 캐시 / AOT cache: $(pkg_size_mb "$APPDIR/$PKG_NAME.aot") MB ($TRAINING)"
fi

"$LAUNCHER" --version >/dev/null || pkg_die "이미지의 실행기가 시작되지 않습니다 / the image's launcher does not start"
SIZE="$(pkg_size_mb "$IMAGE")"
printf '%s\n' "$SIZE" >"$PKG_OUT/image-size-mb.txt"
pkg_say "완료 / done: $IMAGE"
pkg_say "이미지 크기 / image size: $SIZE MB (런타임 / runtime $(pkg_size_mb "$PKG_OUT/runtime") MB)"
pkg_say "실행 / run: $LAUNCHER --demo"

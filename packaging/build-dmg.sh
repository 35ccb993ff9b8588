#!/usr/bin/env bash
# Builds the macOS disk image of tipa-eval: target/package/tipa-eval-<version>.dmg holding tipa-eval.app.
# Run on macOS from the project folder (see packaging/macos/README.md):
#
#   TIPA_APP_VERSION=1.0.0 packaging/build-dmg.sh
#
# Needs a JDK >= 25 (JAVA_HOME), Maven and the Xcode command-line tools (xcode-select --install).
# macOS wants a version whose first number is at least 1, so a 0.x pom version needs TIPA_APP_VERSION.
# Not built or run on Linux: written from jpackage's documentation, unverified.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"

[ "$(pkg_os)" = macos ] || pkg_die ".dmg 는 macOS 에서만 만듭니다 / a .dmg is built on macOS only"
xcode-select -p >/dev/null 2>&1 \
  || pkg_die "Xcode 명령줄 도구가 없습니다: xcode-select --install / the Xcode command-line tools are missing"

cd "$PKG_ROOT"
mkdir -p "$PKG_OUT"
pkg_setup_jdk
pkg_build_jar
VERSION="$(pkg_version)"
case "$VERSION" in
  0|0.*) pkg_die "macOS 는 0 으로 시작하는 버전을 받지 않습니다 ($VERSION): TIPA_APP_VERSION=1.0.0 처럼 지정하십시오 / macOS needs a version starting at 1 (set TIPA_APP_VERSION)" ;;
esac
MODULES="$(pkg_modules)"
pkg_say "버전 / version $VERSION, 모듈 / modules: $MODULES"
pkg_runtime "$MODULES"
INPUT="$(pkg_stage_input)"
pkg_app_args "$VERSION" "$INPUT"

# One step from the input (not from an app image): the file association is part of the
# application's Info.plist, which jpackage writes while it builds the .app.
rm -f "$PKG_OUT/$PKG_NAME-$VERSION.dmg"
pkg_say "jpackage: .dmg 를 만듭니다 / building the .dmg"
"$JAVA_HOME/bin/jpackage" @packaging/macos/dmg.options @packaging/macos/app-image.options \
  "${PKG_APP_ARGS[@]}" \
  --dest "$PKG_OUT" >"$PKG_OUT/jpackage-dmg.log" 2>&1 \
  || { cat "$PKG_OUT/jpackage-dmg.log" >&2; pkg_die "jpackage (dmg) 실패 / failed"; }

pkg_say "완료 / done: $PKG_OUT/$PKG_NAME-$VERSION.dmg ($(pkg_size_mb "$PKG_OUT/$PKG_NAME-$VERSION.dmg") MB)"

# Shared by the packaging scripts: where things are, the JDK, the jar, the version and the trimmed
# runtime. Sourced, not run. Messages go to standard error, Korean first, then English.
# Written for bash 3.2 too (macOS), so no mapfile, no associative arrays, guarded empty arrays.

PKG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck disable=SC2034  # used by the scripts that source this file
PKG_DIR="$PKG_ROOT/packaging"
PKG_OUT="$PKG_ROOT/target/package"
PKG_NAME="tipa-eval"
PKG_MAIN_CLASS="kr.tipa.eval.Main"
PKG_VENDOR="TIPA 중소기업기술정보진흥원"
PKG_DESCRIPTION="평가위원 데스크 - 수출지원프로그램 선정평가 (TIPA evaluator desk)"
PKG_COPYRIGHT="Copyright (c) 2024-2026 TIPA 중소기업기술정보진흥원"

# Modules added to what jdeps prints. The first three are never found by jdeps, as they are reached
# through service providers or reflection; the others jdeps finds today (java.desktop through
# jdk.unsupported.desktop), and are named so that a library update cannot silently drop them.
#   jdk.charsets      x-windows-949 (CP949) entry names in bundles zipped by Korean Windows archivers
#   jdk.localedata    Korean (ko) dates, numbers and collation; trimmed by --include-locales=en,ko
#   jdk.unsupported   sun.misc.Unsafe/Signal, looked up reflectively by H2, POI, PDFBox-io, commons-io
#   java.desktop      AWT images and ImageIO (document pages, PNG/JPEG), javafx.swing
#   java.naming       logback and H2
#   java.sql          H2 and Flyway (JDBC)
#   java.xml.crypto   Santuario xmlsec: XML signatures of score workbooks
# jdk.crypto.ec is not listed: since JDK 22 it is an empty, deprecated module (EC lives in java.base).
PKG_EXTRA_MODULES="jdk.charsets,jdk.localedata,jdk.unsupported,java.desktop,java.naming,java.sql,java.xml.crypto"

# The JVM options of every launcher; the same as bin/tipa-eval's, so the image behaves like it. The image runs
# the jars on the class path too, so ControlsFX needs no --add-exports/--add-opens.
# JVM warnings go to standard error (never into --json output); CDS/AOT chatter is off, as a cache
# that does not match simply is not used.
PKG_JAVA_OPTIONS=(
  '-Dfile.encoding=UTF-8' '-Dstdout.encoding=UTF-8' '-Dstderr.encoding=UTF-8'
  '--enable-native-access=ALL-UNNAMED'
  '-XX:+UseSerialGC'
  '-Xlog:disable' '-Xlog:all=warning:stderr' '-Xlog:aot*=off:stderr' '-Xlog:cds*=off:stderr'
)

pkg_say() { printf 'tipa-eval 패키징: %s\n' "$*" >&2; }
pkg_die() { printf 'tipa-eval 패키징 오류 / error: %s\n' "$*" >&2; exit 1; }

pkg_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo macos ;;
    MINGW*|MSYS*|CYGWIN*) echo windows ;;
    *) echo unknown ;;
  esac
}

# Finds the JDK >= 25 exactly as the launcher does, and checks it has jdeps, jlink and jpackage.
pkg_setup_jdk() {
  # shellcheck source=/dev/null
  . "$PKG_ROOT/bin/lib/jdk.sh"
  JAVA_HOME="$(tipa_find_jdk)" || exit 1
  export JAVA_HOME
  local tool
  for tool in jdeps jlink jpackage; do
    [ -x "$JAVA_HOME/bin/$tool" ] || [ -x "$JAVA_HOME/bin/$tool.exe" ] \
      || pkg_die "$JAVA_HOME 에 $tool 이 없습니다 (JRE가 아닌 JDK가 필요합니다). / no $tool in $JAVA_HOME: a full JDK is needed."
  done
  PKG_JAVA_VERSION="$(tipa_jdk_version "$JAVA_HOME")"
  pkg_say "JDK: $JAVA_HOME ($PKG_JAVA_VERSION)"
}

# Builds target/tipa-eval.jar and target/lib/*.jar with Maven when they are missing or stale
# (the launcher's own check and build: mvn -B -q -ntp -DskipTests package).
pkg_build_jar() {
  if tipa_needs_build "$PKG_ROOT"; then
    tipa_require_maven || exit 1
    tipa_build "$PKG_ROOT" || pkg_die "Maven 빌드 실패 / Maven build failed (target/build.log)"
  else
    pkg_say "jar가 최신입니다 / the jar is up to date: target/tipa-eval.jar"
  fi
}

# The version jpackage accepts: the pom's project version without a qualifier (0.1.0-SNAPSHOT -> 0.1.0).
# TIPA_APP_VERSION overrides it.
pkg_version() {
  local raw
  if [ -n "${TIPA_APP_VERSION:-}" ]; then
    raw="$TIPA_APP_VERSION"
  else
    # The project's own <version>: the first one indented by two spaces (dependencies are deeper).
    raw="$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' "$PKG_ROOT/pom.xml" | head -n 1)"
  fi
  raw="${raw%%-*}"
  case "$raw" in
    ''|*[!0-9.]*|.*|*.) pkg_die "pom.xml 의 버전을 읽지 못했습니다: '$raw' / cannot read the version (set TIPA_APP_VERSION=1.2.3)" ;;
  esac
  echo "$raw"
}

# The entries of a jar: unzip when there is one (fast), else the JDK's jar tool.
pkg_jar_list() {
  if command -v unzip >/dev/null 2>&1; then unzip -Z1 "$1"; else "$JAVA_HOME/bin/jar" tf "$1"; fi
}

# JDK modules of the app: jdeps over the app jar and the plain (non-modular) library jars, every jar on
# the class path so the modular ones are followed where they are used, plus PKG_EXTRA_MODULES.
# Modular jars are not given as roots: jdeps would then resolve them as named modules and stop at
# optional requires that are absent (jakarta.activation of jakarta.xml.bind), although the app runs
# them all on the class path.
pkg_modules() {
  local jar roots=() found
  for jar in "$PKG_ROOT"/target/lib/*.jar; do
    # grep -c reads the whole listing: with pipefail, grep -q would make the lister die of SIGPIPE.
    if ! pkg_jar_list "$jar" | grep -Ec '^(META-INF/versions/[0-9]+/)?module-info\.class$' >/dev/null; then
      roots+=("$jar")
    fi
  done
  found="$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$PKG_JAVA_VERSION" \
      --class-path "$PKG_ROOT/target/lib/*" \
      "$PKG_ROOT/target/tipa-eval.jar" ${roots[@]+"${roots[@]}"} 2>"$PKG_OUT/jdeps.log" | tail -n 1)" \
    || true
  case "$found" in
    java.base*) ;;
    *) cat "$PKG_OUT/jdeps.log" >&2; pkg_die "jdeps 가 모듈 목록을 내지 못했습니다 / jdeps printed no module list" ;;
  esac
  printf '%s,%s\n' "$found" "$PKG_EXTRA_MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
}

# A trimmed runtime in target/package/runtime, rebuilt only when the JDK or the module list changed.
pkg_runtime() {
  local modules="$1" runtime="$PKG_OUT/runtime" stamp
  stamp="$(printf '%s\n%s\n%s\n' "$(cat "$JAVA_HOME/release" 2>/dev/null)" "$modules" "v2")"
  if [ -f "$runtime/.tipa-stamp" ] && [ "$(cat "$runtime/.tipa-stamp")" = "$stamp" ]; then
    pkg_say "런타임 재사용 / reusing the runtime: $runtime"
    return 0
  fi
  rm -rf "$runtime"
  pkg_say "jlink: 런타임을 만듭니다 / linking the runtime ($modules)"
  # --generate-cds-archive: the JDK classes' CDS archive, which start-up and the app's AOT cache build on.
  "$JAVA_HOME/bin/jlink" \
    --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --include-locales=en,ko \
    --generate-cds-archive \
    --output "$runtime" >"$PKG_OUT/jlink.log" 2>&1 \
    || { cat "$PKG_OUT/jlink.log" >&2; pkg_die "jlink 실패 / jlink failed"; }
  # The archive for heaps over 32 GB (no compressed oops) is never used on an evaluator's laptop.
  rm -f "$runtime/lib/server/classes_nocoops.jsa" "$runtime/bin/server/classes_nocoops.jsa"
  printf '%s' "$stamp" >"$runtime/.tipa-stamp"
}

# The jpackage input folder: the app jar and lib/*.jar, run on the class path as bin/tipa-eval runs them.
pkg_stage_input() {
  local input="$PKG_OUT/input"
  rm -rf "$input"
  mkdir -p "$input/lib"
  cp -p "$PKG_ROOT/target/tipa-eval.jar" "$input/"
  cp -p "$PKG_ROOT"/target/lib/*.jar "$input/lib/"
  echo "$input"
}

# One timestamp for every file of the image and the package: SOURCE_DATE_EPOCH when set, else the time
# of the last commit. The AOT cache remembers each jar's modification time and is not used when it
# differs; jpackage copies files without keeping their times, but dpkg-deb clamps every time to
# SOURCE_DATE_EPOCH, so image and .deb agree. It also makes the archives reproducible.
pkg_epoch() {
  local t="${SOURCE_DATE_EPOCH:-}"
  [ -n "$t" ] || t="$(git -C "$PKG_ROOT" log -1 --format=%ct 2>/dev/null || true)"
  case "$t" in ''|*[!0-9]*) t=1704067200 ;; esac   # 2024-01-01, when there is no git
  echo "$t"
}

# The jpackage arguments every image and package shares, in PKG_APP_ARGS: names, texts, version, the
# input, the main class on the class path, the trimmed runtime and the JVM options.
pkg_app_args() {
  local version="$1" input="$2" option
  PKG_APP_ARGS=(
    --name "$PKG_NAME"
    --app-version "$version"
    --vendor "$PKG_VENDOR"
    --description "$PKG_DESCRIPTION"
    --copyright "$PKG_COPYRIGHT"
    --input "$input"
    --main-jar "$PKG_NAME.jar"
    --main-class "$PKG_MAIN_CLASS"
    --runtime-image "$PKG_OUT/runtime"
  )
  for option in "${PKG_JAVA_OPTIONS[@]}"; do
    PKG_APP_ARGS+=(--java-options "$option")
  done
}

# Size of a folder in MB (du -sk works on Linux, macOS and Git Bash).
pkg_size_mb() { du -sk "$1" | awk '{ printf "%.1f", $1 / 1024 }'; }

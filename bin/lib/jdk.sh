# Shared by bin/tipa-eval and bin/test: find a JDK >= 25 and build the application when needed.
# Sourced, not run. Messages go to standard error, Korean first.

TIPA_MIN_JAVA=25

# The feature version of the JDK at $1 (e.g. 25), read from its release file without starting it.
tipa_jdk_version() {
  local home="$1" line
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  [ -f "$home/release" ] || return 1
  line=$(grep -E '^JAVA_VERSION=' "$home/release" | head -n 1) || return 1
  line=${line#JAVA_VERSION=}
  line=${line//\"/}
  line=${line%%.*}
  line=${line%%-*}
  case "$line" in ''|*[!0-9]*) return 1 ;; esac
  printf '%s\n' "$line"
}

# Prints the home of a JDK >= 25: JAVA_HOME when it is one, else the newest in the usual folders.
tipa_find_jdk() {
  local v best="" bestv=0 dir
  if [ -n "${JAVA_HOME:-}" ] && v=$(tipa_jdk_version "$JAVA_HOME") && [ "$v" -ge "$TIPA_MIN_JAVA" ]; then
    printf '%s\n' "$JAVA_HOME"; return 0
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] || continue
    [ -L "$dir" ] && continue
    v=$(tipa_jdk_version "$dir") || continue
    if [ "$v" -ge "$TIPA_MIN_JAVA" ] && [ "$v" -gt "$bestv" ]; then best="$dir"; bestv="$v"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if v=$(tipa_jdk_version "$dir") && [ "$v" -ge "$TIPA_MIN_JAVA" ]; then best="$dir"; fi
  fi
  if [ -z "$best" ]; then
    {
      echo "tipa-eval: JDK ${TIPA_MIN_JAVA} 이상을 찾지 못했습니다."
      echo "  JAVA_HOME=${JAVA_HOME:-(없음)} / /usr/lib/jvm 에 JDK ${TIPA_MIN_JAVA}+ 가 없습니다."
      echo "  Temurin ${TIPA_MIN_JAVA} (https://adoptium.net) 을 설치하거나 JAVA_HOME 을 그 JDK 로 지정하십시오."
      echo "tipa-eval: no JDK ${TIPA_MIN_JAVA} or newer found (JAVA_HOME, /usr/lib/jvm). Install one or set JAVA_HOME."
    } >&2
    return 1
  fi
  printf '%s\n' "$best"
}

tipa_require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "tipa-eval: Maven(mvn)이 없습니다. 'apt-get install maven' 등으로 설치하십시오. / Maven (mvn) not found." >&2
    return 1
  fi
}

# True when the built application is missing or older than its sources.
tipa_needs_build() {
  local home="$1" jar="$1/target/tipa-eval.jar"
  [ -f "$jar" ] && [ -d "$home/target/lib" ] || return 0
  [ -n "$(find "$home/src/main" "$home/fxml" "$home/styles" "$home/packaging/icons" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# Builds once, even when several launchers start together.
tipa_build() {
  local home="$1" log
  mkdir -p "$home/target"
  (
    if command -v flock >/dev/null 2>&1; then flock 9; fi
    tipa_needs_build "$home" || exit 0
    echo "tipa-eval: 처음 실행이거나 소스가 바뀌어 빌드합니다 (1~3분). / Building the application…" >&2
    log="$home/target/build.log"
    if ! (cd "$home" && mvn -B -q -ntp -DskipTests package >"$log" 2>&1); then
      echo "tipa-eval: 빌드에 실패했습니다. / Build failed. ($log)" >&2
      tail -n 40 "$log" >&2
      exit 4
    fi
  ) 9>"$home/target/.build.lock"
}

# The outside verifiers the tests use where they can: LibreOffice (signatures over UNO, charts to PDF) and a
# Korean font. Installed when missing and this is root with apt-get (as on CI); otherwise named, and the tests
# that need them are skipped with a reason.
tipa_outside_verifiers() {
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  { /usr/bin/python3 -c 'import uno' || python3 -c 'import uno'; } >/dev/null 2>&1 || missing+=(python3-uno)
  if command -v fc-list >/dev/null 2>&1; then fc-list :lang=ko 2>/dev/null | grep -q . || missing+=(fonts-nanum); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tipa-eval: 외부 검증 도구를 설치합니다 / installing outside verifiers: ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1; } \
      || echo "tipa-eval: 설치하지 못했습니다 (해당 시험은 건너뜁니다) / could not install: ${missing[*]}" >&2
  else
    echo "tipa-eval: 없으면 건너뛰는 시험이 있습니다 / some tests skip without: sudo apt-get install ${missing[*]}" >&2
  fi
}

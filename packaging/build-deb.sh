#!/usr/bin/env bash
# Builds the Debian package of tipa-eval from the app image: target/package/tipa-eval_<version>_amd64.deb
# (installs into /opt/tipa-eval, a menu entry under Office, the .tbundle file type).
#
#   packaging/build-deb.sh
#
# Needs dpkg-deb and fakeroot (apt-get install -y fakeroot). Environment: as build-app-image.sh, and
# TIPA_DEB_MAINTAINER (the Maintainer e-mail address of the control file). Writes only under target/.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"

[ "$(pkg_os)" = linux ] || pkg_die ".deb 는 Linux 에서만 만듭니다 / a .deb is built on Linux only"
missing=()
for tool in dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  pkg_die "필요한 도구가 없습니다: ${missing[*]} — sudo apt-get install -y dpkg-dev fakeroot / missing tools: ${missing[*]}"
fi

# The image first (its runtime is reused when nothing changed).
"$HERE/build-app-image.sh"

cd "$PKG_ROOT"
pkg_setup_jdk >/dev/null 2>&1
VERSION="$(pkg_version)"
MAINTAINER="${TIPA_DEB_MAINTAINER:-noreply@tipa.invalid}"

# jpackage takes the menu icon and the desktop entry from a resource folder; with --app-image it
# ignores --icon and would ship its default icon. The folder is assembled under target/ so the icon is
# kept once, in packaging/icons/.
RESOURCES="$PKG_OUT/deb-resources"
rm -rf "$RESOURCES"
mkdir -p "$RESOURCES"
cp "$PKG_DIR/linux/resources/"* "$RESOURCES/"
cp "$PKG_DIR/icons/$PKG_NAME.png" "$RESOURCES/$PKG_NAME.png"

rm -f "$PKG_OUT/${PKG_NAME}_${VERSION}"*.deb
pkg_say "jpackage: .deb 를 만듭니다 (압축에 1~3분) / building the .deb (compression takes 1-3 min)"
# SOURCE_DATE_EPOCH: dpkg-deb gives every file the image's timestamp, which the AOT cache checks.
SOURCE_DATE_EPOCH="$(cat "$PKG_OUT/source-date-epoch.txt")" \
"$JAVA_HOME/bin/jpackage" @packaging/linux/deb.options \
  --app-image "$PKG_OUT/$PKG_NAME" \
  --name "$PKG_NAME" \
  --app-version "$VERSION" \
  --vendor "$PKG_VENDOR" \
  --description "$PKG_DESCRIPTION" \
  --copyright "$PKG_COPYRIGHT" \
  --linux-deb-maintainer "$MAINTAINER" \
  --resource-dir "$RESOURCES" \
  --dest "$PKG_OUT" >"$PKG_OUT/jpackage-deb.log" 2>&1 \
  || { cat "$PKG_OUT/jpackage-deb.log" >&2; pkg_die "jpackage (deb) 실패 / failed"; }

DEB="$(find "$PKG_OUT" -maxdepth 1 -name "${PKG_NAME}_${VERSION}*.deb" | head -n 1)"
[ -n "$DEB" ] || pkg_die "jpackage 가 .deb 를 남기지 않았습니다 / jpackage left no .deb ($PKG_OUT/jpackage-deb.log)"
dpkg-deb -I "$DEB" control >"$PKG_OUT/deb-control.txt"
if ! grep -q 'fonts-nanum' "$PKG_OUT/deb-control.txt" || ! grep -q 'libgtk-3-0' "$PKG_OUT/deb-control.txt"; then
  pkg_die "control 에 글꼴/GTK 의존성이 없습니다 / the control file lacks the font or GTK dependency"
fi
# The cache must survive packaging: unpack the files and start the launcher with the cache required.
CHECK="$PKG_OUT/deb-check"
rm -rf "$CHECK"
mkdir -p "$CHECK"
dpkg-deb -x "$DEB" "$CHECK"
if [ -f "$CHECK/opt/$PKG_NAME/lib/app/$PKG_NAME.aot" ]; then
  JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$CHECK/opt/$PKG_NAME/bin/$PKG_NAME" --version >/dev/null 2>"$PKG_OUT/deb-check.log" \
    || { cat "$PKG_OUT/deb-check.log" >&2; pkg_die "설치된 파일로는 AOT 캐시를 쓸 수 없습니다 / the unpacked .deb cannot use its AOT cache"; }
  pkg_say "AOT 캐시 확인 (풀어 본 .deb) / AOT cache maps from the unpacked .deb"
fi
rm -rf "$CHECK"
pkg_say "control:"
sed 's/^/    /' "$PKG_OUT/deb-control.txt" >&2
pkg_say "완료 / done: $DEB ($(pkg_size_mb "$DEB") MB)"
pkg_say "설치 / install: sudo apt-get install $DEB"

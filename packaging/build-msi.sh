#!/usr/bin/env bash
# Builds the Windows installer of tipa-eval: target/package/tipa-eval-<version>.msi.
# Run on Windows, in Git Bash, from the project folder (see packaging/windows/README.md):
#
#   packaging/build-msi.sh
#
# Needs a JDK >= 25 (JAVA_HOME), Maven, and the WiX Toolset on PATH (3.x: candle.exe and light.exe;
# or 4.x/5.x: wix.exe). Not built or run on Linux: written from jpackage's documentation, unverified.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"

[ "$(pkg_os)" = windows ] || pkg_die ".msi 는 Windows(Git Bash)에서만 만듭니다 / an .msi is built on Windows (Git Bash) only"
if ! command -v wix.exe >/dev/null 2>&1 && ! command -v light.exe >/dev/null 2>&1; then
  pkg_die "WiX Toolset 이 PATH 에 없습니다 (https://wixtoolset.org) / WiX (light.exe or wix.exe) is not on PATH"
fi

"$HERE/build-app-image.sh"

cd "$PKG_ROOT"
pkg_setup_jdk >/dev/null 2>&1
VERSION="$(pkg_version)"

# Korean names need the MSI database's code page 949: jpackage's English strings pin it to 1252 and
# WiX refuses Hangul then (LGHT0311). A copy of this JDK's MsiInstallerStrings_en.wxl with 949 in the
# resource folder replaces jpackage's (there is no --win-codepage option yet, JDK-8290471).
RESOURCES="$PKG_OUT/msi-resources"
rm -rf "$RESOURCES" "$PKG_OUT/msi-jimage"
mkdir -p "$RESOURCES"
"$JAVA_HOME/bin/jimage" extract --dir "$PKG_OUT/msi-jimage" \
  --include 'regex:.*/MsiInstallerStrings_en\.wxl' "$JAVA_HOME/lib/modules"
WXL="$(find "$PKG_OUT/msi-jimage" -name MsiInstallerStrings_en.wxl | head -n 1)"
if [ -z "$WXL" ] || ! grep -q 'Codepage="1252"' "$WXL"; then
  pkg_die "이 JDK 의 MsiInstallerStrings_en.wxl 에 Codepage=\"1252\" 가 없습니다 / unexpected jpackage strings file"
fi
sed 's/Codepage="1252"/Codepage="949"/' "$WXL" >"$RESOURCES/MsiInstallerStrings_en.wxl"
rm -rf "$PKG_OUT/msi-jimage"

rm -f "$PKG_OUT/$PKG_NAME-$VERSION.msi"
pkg_say "jpackage: .msi 를 만듭니다 / building the .msi"
"$JAVA_HOME/bin/jpackage" @packaging/windows/msi.options \
  --app-image "$PKG_OUT/$PKG_NAME" \
  --name "$PKG_NAME" \
  --app-version "$VERSION" \
  --vendor "$PKG_VENDOR" \
  --description "$PKG_DESCRIPTION" \
  --copyright "$PKG_COPYRIGHT" \
  --resource-dir "$RESOURCES" \
  --dest "$PKG_OUT" >"$PKG_OUT/jpackage-msi.log" 2>&1 \
  || { cat "$PKG_OUT/jpackage-msi.log" >&2; pkg_die "jpackage (msi) 실패 / failed"; }

pkg_say "완료 / done: $PKG_OUT/$PKG_NAME-$VERSION.msi ($(pkg_size_mb "$PKG_OUT/$PKG_NAME-$VERSION.msi") MB)"

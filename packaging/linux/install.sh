#!/bin/sh
# Install the built app (dist/decisionaid, from `make package`) for this user, or for everyone:
#
#   sh install.sh                       # per user: ~/.local (no administrator rights needed)
#   sudo sh install.sh --prefix /usr/local
#   sh install.sh --uninstall [--prefix DIR]
#
# Puts the app folder in PREFIX/lib/decisionaid, a `decisionaid` link in PREFIX/bin, the
# launcher (.desktop), the AppStream metainfo and the icons (hicolor theme) in PREFIX/share.
# Run it from the release folder (the one holding the `decisionaid` executable) or pass
# --app DIR.
set -eu
ID=io.github.trialdecisionaid.DecisionAid
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
app=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
share="$prefix/share"
target="$prefix/lib/decisionaid"
sizes="16 24 32 48 64 128 256 512"

if [ "$uninstall" = 1 ]; then
  rm -rf "$target"
  rm -f "$prefix/bin/decisionaid" "$share/applications/$ID.desktop" "$share/metainfo/$ID.metainfo.xml"
  for s in $sizes; do rm -f "$share/icons/hicolor/${s}x${s}/apps/$ID.png"; done
  rm -f "$share/icons/hicolor/scalable/apps/$ID.svg"
  echo "removed Trial Decision Aid from $prefix"
  exit 0
fi

for candidate in "$app" "$here" "$here/.." "$here/../.." "$here/../../dist/decisionaid"; do
  if [ -n "$candidate" ] && [ -x "$candidate/decisionaid" ] && [ -d "$candidate/_internal" ]; then
    app=$(cd "$candidate" && pwd)
    break
  fi
done
[ -x "$app/decisionaid" ] || { echo "cannot find the built app: pass --app DIR" >&2; exit 1; }
icons="$app/_internal/decisionaid/_data/icons"
linux="$here"
[ -f "$linux/$ID.desktop" ] || linux="$app/share/linux"

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
rm -rf "$target.new"
cp -R "$app" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/decisionaid" "$prefix/bin/decisionaid"
# The launcher runs the installed executable by its full path (PREFIX/bin may not be in PATH).
sed -e "s|^Exec=decisionaid|Exec=$target/decisionaid|" -e "s|^TryExec=decisionaid|TryExec=$target/decisionaid|" \
  "$linux/$ID.desktop" > "$share/applications/$ID.desktop"
cp "$linux/$ID.metainfo.xml" "$share/metainfo/$ID.metainfo.xml"
for s in $sizes; do
  mkdir -p "$share/icons/hicolor/${s}x${s}/apps"
  cp "$icons/decisionaid-$s.png" "$share/icons/hicolor/${s}x${s}/apps/$ID.png"
done
if [ -f "$linux/$ID.svg" ]; then
  mkdir -p "$share/icons/hicolor/scalable/apps"
  cp "$linux/$ID.svg" "$share/icons/hicolor/scalable/apps/$ID.svg"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
echo "installed Trial Decision Aid in $target (menu: Trial Decision Aid; command: $prefix/bin/decisionaid)"

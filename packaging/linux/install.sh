#!/usr/bin/env bash
# Install praktijkdesk for this user only: no root, no package manager.
#
#   ./install.sh              (from the unpacked praktijkdesk folder, or packaging/linux/ in the source)
#   ./install.sh --uninstall  removes the program; the data folder stays (delete it yourself)
#
# Puts the program in ~/.local/lib/praktijkdesk, a link in ~/.local/bin, the menu entry in
# ~/.local/share/applications, the icons in ~/.local/share/icons/hicolor and the AppStream
# metadata in ~/.local/share/metainfo (the XDG locations every desktop reads).
set -euo pipefail
APP_ID=nl.praktijkdesk.praktijkdesk
here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="$HOME/.local/lib/praktijkdesk"
bin="$HOME/.local/bin"

# The bundle: this folder when the script sits beside the executable, else the source tree's dist/.
if [[ -x "$here/praktijkdesk" && -d "$here/_internal" ]]; then
    bundle="$here"; meta="$here/share"
else
    bundle="$here/../../dist/praktijkdesk"; meta="$here"
fi

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$prefix"
    rm -f "$bin/praktijkdesk" "$data_home/applications/$APP_ID.desktop" \
          "$data_home/metainfo/$APP_ID.metainfo.xml" \
          "$data_home"/icons/hicolor/*/apps/"$APP_ID".png
    refresh
    echo "praktijkdesk is verwijderd. Uw gegevens staan nog in ~/.local/share/praktijkdesk."
    exit 0
fi

[[ -x "$bundle/praktijkdesk" ]] || { echo "Geen praktijkdesk gevonden in $bundle" >&2; exit 2; }
rm -rf "$prefix.new"
mkdir -p "$(dirname "$prefix")" "$bin" "$data_home/applications" "$data_home/metainfo"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix" && mv "$prefix.new" "$prefix"
ln -sfn "$prefix/praktijkdesk" "$bin/praktijkdesk"

for png in "$prefix"/_internal/resources/icons/hicolor/*/apps/praktijkdesk.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$png" "$data_home/icons/hicolor/$size/apps/$APP_ID.png"
done
# The menu entry runs the program by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=praktijkdesk |Exec=$prefix/praktijkdesk |" -e "s|^TryExec=praktijkdesk$|TryExec=$prefix/praktijkdesk|" \
    "$meta/$APP_ID.desktop" > "$data_home/applications/$APP_ID.desktop"
cp "$meta/$APP_ID.metainfo.xml" "$data_home/metainfo/"
refresh
echo "praktijkdesk staat in het menu (Onderwijs). Starten kan ook met: $prefix/praktijkdesk"

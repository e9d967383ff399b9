#!/usr/bin/env bash
# Build the one-folder app into dist/praktijkdesk/ and smoke-test it.
#
#   bash packaging/build.sh            build, then run tests/packaging/test_bundle.py against it
#   bash packaging/build.sh --no-test  build only
#
# Linux here; on Windows run the same pyinstaller line from docs/packaging.md (the spec is the
# same file). PyInstaller is a build tool, not a runtime dependency: it is installed here.
set -euo pipefail
cd "$(dirname "$0")/.."

run_tests=1
[[ "${1:-}" == "--no-test" ]] && run_tests=0

# Keep PyInstaller's cache out of HOME.
export PYINSTALLER_CONFIG_DIR="${PYINSTALLER_CONFIG_DIR:-$PWD/build/pyinstaller-config}"
python3 -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.22,<7"

start=$(date +%s)
rm -rf dist/praktijkdesk
python3 -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/praktijkdesk.spec
echo "Gebouwd in $(( $(date +%s) - start )) s: dist/praktijkdesk/praktijkdesk"

# Linux: the per-user installer and the menu entry travel inside the folder.
cp packaging/linux/install.sh dist/praktijkdesk/
mkdir -p dist/praktijkdesk/share
cp packaging/linux/nl.praktijkdesk.praktijkdesk.desktop \
   packaging/linux/nl.praktijkdesk.praktijkdesk.metainfo.xml dist/praktijkdesk/share/

# tar keeps the libraries' symlinks (a zip without -y would store each twice).
version="$(python3 -c 'import praktijkdesk; print(praktijkdesk.__version__)')"
archive="dist/praktijkdesk-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" praktijkdesk
echo "Grootte: $(du -sh dist/praktijkdesk | cut -f1) uitgepakt, $(du -h "$archive" | cut -f1) als $archive"

if (( run_tests )); then
    QT_QPA_PLATFORM=offscreen PRAKTIJKDESK_BUILD=0 python3 -m pytest -q -p no:cacheprovider \
        tests/packaging/test_bundle.py
fi

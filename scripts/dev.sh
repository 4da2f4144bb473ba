#!/usr/bin/env bash
# Sets up ATI Desktop on a Debian machine with Python 3.11+, then runs the app or the tests.
#   bash scripts/dev.sh run [ati-desktop options]   install and start the app
#   bash scripts/dev.sh test [pytest options]       install and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
shift || true
PYTHON="${PYTHON:-python3}"
VENV="${ATI_VENV:-.venv}"

# Qt's libraries (offscreen rendering), fonts, poppler for checking actas, zbar for their QR
# codes, and the PostgreSQL server the tests start on their own (a throw-away one, for the
# shared departmental record).
TEST_PACKAGES="libegl1 libgl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core poppler-utils zbar-tools xvfb xauth postgresql"
# Extra libraries for a real window on an X11 desktop.
RUN_PACKAGES="libegl1 libgl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1"

install_system_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "Faltan paquetes del sistema (${missing[*]}) y este equipo no tiene apt-get: instálelos a mano." >&2
        exit 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "Faltan paquetes del sistema. Ejecute como administrador y vuelva a intentarlo:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

make_venv() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "ATI Desktop necesita Python 3.11 o más reciente ($PYTHON es $("$PYTHON" -V 2>&1))." >&2
        exit 1
    }
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV" 2>/dev/null || {
            install_system_packages python3-venv
            rm -rf "$VENV"
            "$PYTHON" -m venv "$VENV"
        }
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip
}

# Both installs compile the translations (.qm) with PySide6's lrelease: see packaging/hatch_build.py.
case "$mode" in
    run)
        install_system_packages $RUN_PACKAGES
        make_venv
        "$VENV/bin/python" -m pip install -q .
        exec "$VENV/bin/ati-desktop" "$@"
        ;;
    test)
        install_system_packages $TEST_PACKAGES
        make_venv
        "$VENV/bin/python" -m pip install -q -e '.[test]'
        # CI runs the full durability test: 200 kills instead of the quick default.
        if [ -n "${CI:-}" ]; then export ATI_KILL_RUNS="${ATI_KILL_RUNS:-200}"; fi
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "Uso: bash scripts/dev.sh run|test" >&2
        exit 2
        ;;
esac

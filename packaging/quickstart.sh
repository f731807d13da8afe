#!/usr/bin/env bash
# The README's two commands:
#   bash packaging/quickstart.sh run    install what is missing, build, start Vigie
#   bash packaging/quickstart.sh test   install what is missing, build, run every test
# Works on a fresh Debian 12 as root or through sudo.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
shift || true
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test [vigie arguments]" >&2; exit 2 ;;
esac

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "quickstart: run this as root or install sudo" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$root/packaging/debian-build-deps.txt")
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "quickstart: installing ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# CI builds with warnings as errors; people get a plain release build.
preset=release
if [ "${CI:-}" = "true" ]; then preset=ci; fi
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"

if [ "$mode" = run ]; then
    exec "build/$preset/bin/vigie" "$@"
fi
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)" "$@"

#!/usr/bin/env bash
# Proves the packaged app starts: builds the app image from target/activation-plotter.jar (building
# the jar first if it is missing) and runs its native launcher headless, as an installed app would run.
# Checks --help and --version, and `list` and `export` (a PNG) once the CLI has them.
# usage: bash packaging/smoke-test.sh            (CI runs it after `mvn -B verify`)
set -euo pipefail
cd "$(dirname "$0")/.."

APP=target/dist/ActivationPlotter/bin/ActivationPlotter
failures=0

if [ ! -f target/activation-plotter.jar ]; then
    mvn -B -q -DskipTests package
fi
bash packaging/build.sh app-image

# Runs the launcher with no display and checks its exit code and that its output matches a pattern.
check() {
    local pattern=$1; shift
    local out code=0
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$APP" "$@" 2>&1) || code=$?
    if [ "$code" -eq 0 ] && grep -Eq "$pattern" <<<"$out"; then
        echo "smoke: ok    $(basename "$APP") $*"
    else
        echo "smoke: FAIL  $(basename "$APP") $* (exit $code, expected /$pattern/); output:"
        sed 's/^/    /' <<<"$out" | head -20
        failures=$((failures + 1))
    fi
}

check '^Usage: activation-plotter' --help
check '^Activation Plotter [0-9]' --version
APP=target/dist/ActivationPlotter/bin/activation-plotter check '^Activation Plotter [0-9]' --version
help=$(env -u DISPLAY "$APP" --help 2>&1 || true)
if grep -Eq '^  list( |$)' <<<"$help"; then
    check '[Ss]igmoid' list
else
    echo "smoke: skip  ActivationPlotter list (the CLI has no 'list' command yet)"
fi
# A real figure: proves the cut-down runtime has what Java2D, fonts and ImageIO need.
if grep -Eq '^  export( |$)' <<<"$help"; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    check '' export --function sigmoid --size 640x400 --out "$tmp/smoke.png"
    if ! head -c 8 "$tmp/smoke.png" 2>/dev/null | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'; then
        echo "smoke: FAIL  export wrote no PNG file"
        failures=$((failures + 1))
    fi
else
    echo "smoke: skip  ActivationPlotter export (the CLI has no 'export' command yet)"
fi

if [ "$failures" -ne 0 ]; then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: the app image starts"

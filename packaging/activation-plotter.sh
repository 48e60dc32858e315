#!/bin/sh
# The command-line entry of the packaged app (bin/activation-plotter; /usr/bin/activation-plotter in
# the .deb): the same JVM, options and main class as bin/ActivationPlotter, started directly.
# jpackage's native launcher first asks rpm and dpkg which package owns it, on every start, which
# costs 0.1-0.4 s; that matters for scripts that call the command line many times.
set -e
self=$(readlink -f "$0")
root=$(cd "$(dirname "$self")/.." && pwd -P)
app="$root/lib/app"
# The launcher's own Java options, with $APPDIR as jpackage expands it (no option contains a space).
options=$(sed -n 's/^java-options=//p' "$app/ActivationPlotter.cfg" | sed "s#\$APPDIR#$app#g")
# A command is a short-lived process: the client compiler and the serial collector start faster
# (measured for a 1600x1000 export: 455 ms against 597 ms with the defaults).
quick=""
[ $# -gt 0 ] && quick="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# shellcheck disable=SC2086 # one option per word
exec "$root/lib/runtime/bin/java" $options $quick -cp "$app/activation-plotter.jar" io.activationplotter.app.Launcher "$@"

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
# A command is a short-lived process: the serial collector starts a little faster than G1, and the
# commands' own AppCDS archive replaces the window's (the last -XX:SharedArchiveFile counts); the
# launcher's options already choose the client compiler. Compiling is a third of a command's CPU
# (a 20-figure gallery compiles ~1500 methods in ~0.28 s): one compiler thread, and methods compiled
# at twice the usual call counts, leave the cores to the figures (gallery 465 -> 445 ms, one export
# 215 -> 200 ms, 12 interleaved runs each, 2026-12-02).
quick=""
[ $# -gt 0 ] && quick="-XX:+UseSerialGC -XX:CICompilerCount=1 -XX:CompileThresholdScaling=2 \
-XX:SharedArchiveFile=$app/ActivationPlotter-cli.jsa"
# The class path as the native launcher builds it, which the AppCDS archive was made with.
cp=$(sed -n 's/^app\.classpath=//p' "$app/ActivationPlotter.cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
# shellcheck disable=SC2086 # one option per word
exec "$root/lib/runtime/bin/java" $options $quick -cp "$cp" io.activationplotter.app.Launcher "$@"

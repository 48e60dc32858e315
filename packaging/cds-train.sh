#!/bin/sh
# Writes two AppCDS archives (JDK 17 dynamic archives) into lib/app, so later starts map the classes
# instead of reading and verifying them from the jar:
#   ActivationPlotter.jsa      the window's classes: io.activationplotter.app.CdsTraining opens the window
#                              on Monocle's headless platform (no display needed; settings untouched)
#   ActivationPlotter-cli.jsa  a command's classes, from one export; smaller, because mapping the
#                              window's archive would cost a command more than it saves.
# Both are trained with -Xint: JDK 17 archives the "queued for compilation" flag of every method
#                              still waiting for the JIT when the training run exits (JDK-8306460, fixed
#                              in 21), and no run using the archive ever compiles those methods again;
#                              after an export they are the PNG encoder's and Java2D's hottest loops
#                              (a gallery drew and encoded 2.5-5x slower with the archive than without).
# Copied into the app image as lib/cds-train.sh; run by packaging/build.sh for target/dist and by the
# .deb's postinst for /opt/activationplotter, because a JDK 17 archive only matches the exact class
# path it was made with. The launchers' options (-Xlog:cds=off, cds+dynamic=off) make a missing or
# stale archive silent: the app then starts with the JDK's own class-data archive only.
set -e
root=$(cd "$(dirname "$0")/.." && pwd -P)
java="$root/lib/runtime/bin/java"
app="$root/lib/app"
window="$app/ActivationPlotter.jsa"
cli="$app/ActivationPlotter-cli.jsa"
rm -f "$window" "$cli"
# The class path exactly as the launchers build it: $APPDIR expanded, entries in the cfg's order.
cp=$(sed -n 's/^app\.classpath=//p' "$app/ActivationPlotter.cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# train ARCHIVE [JVM-OPTION...] MAIN [ARGS...]: one run that writes ARCHIVE at exit; its errors are
# shown, except JavaFX's expected note about running from the class path.
train() {
    archive=$1; shift
    status=0
    "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" "$@" \
        >/dev/null 2>"$tmp/log" || status=$?
    grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' "$tmp/log" >&2 || true
    if [ "$status" -ne 0 ] || [ ! -f "$archive" ]; then
        rm -f "$archive"
        echo "cds-train: no archive $(basename "$archive") (exit $status)" >&2
        return 1
    fi
}

train "$window" -Xint io.activationplotter.app.CdsTraining
train "$cli" -Xint io.activationplotter.app.Launcher export --function sigmoid --function relu --out "$tmp/training.png"

#!/bin/sh
# Writes lib/app/ActivationPlotter.jsa, an AppCDS archive (JDK 17 dynamic archive) of the classes that
# opening the window and a command-line export load, so later starts map them instead of reading and
# verifying them from the jar: the window opens in about half the time.
# The training (io.activationplotter.app.CdsTraining) shows the window on Monocle's headless platform,
# so it needs no display, then exports a figure to a temporary folder; the user's settings are untouched.
# Copied into the app image as lib/cds-train.sh; run by packaging/build.sh for target/dist and by the
# .deb's postinst for /opt/activationplotter, because a JDK 17 archive only matches the exact class
# path it was made with. The launcher's options (-Xlog:cds=off, cds+dynamic=off) make a missing or
# stale archive silent: the app then starts with the JDK's own class-data archive only.
set -e
root=$(cd "$(dirname "$0")/.." && pwd -P)
java="$root/lib/runtime/bin/java"
app="$root/lib/app"
jsa="$app/ActivationPlotter.jsa"

rm -f "$jsa"
# The class path exactly as the launchers build it: $APPDIR expanded, entries in the cfg's order.
cp=$(sed -n 's/^app\.classpath=//p' "$app/ActivationPlotter.cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
log=$(mktemp)
status=0
"$java" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$cp" io.activationplotter.app.CdsTraining 2>"$log" || status=$?
# JavaFX's note about running from the class path is expected here; anything else is shown
grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' "$log" >&2 || true
rm -f "$log"
if [ "$status" -ne 0 ]; then
    rm -f "$jsa"
    exit "$status"
fi
[ -f "$jsa" ]

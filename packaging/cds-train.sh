#!/bin/sh
# Writes lib/app/ActivationPlotter.jsa, an AppCDS archive of the classes a headless command loads,
# so later starts map them instead of parsing them from the jar (JDK 17 dynamic archive).
# Copied into the app image as lib/cds-train.sh; run by packaging/build.sh for target/dist and by
# the .deb's postinst for /opt/activationplotter, because a JDK 17 archive only matches the exact
# class path it was made with. The launcher's options (-Xlog:cds=off, cds+dynamic=off) make a
# missing-match archive silent: the app then starts with the JDK's own class-data archive only.
set -e
root=$(cd "$(dirname "$0")/.." && pwd -P)
java="$root/lib/runtime/bin/java"
jar="$root/lib/app/activation-plotter.jar"
jsa="$root/lib/app/ActivationPlotter.jsa"
main=io.activationplotter.app.Launcher

rm -f "$jsa"
# The training run: one headless command that loads what most commands load. `export` (picocli, the
# catalogue, JFreeChart, Java2D, fonts, ImageIO) when the CLI has it, else `list`, else `--help`.
commands=$("$java" -Djava.awt.headless=true -cp "$jar" "$main" --help 2>/dev/null \
    | sed -n 's/^  \([a-z][a-z-]*\)\(  .*\)\{0,1\}$/\1/p')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if echo "$commands" | grep -qx export; then
    set -- export --function sigmoid --out "$tmp/training.png"
elif echo "$commands" | grep -qx list; then
    set -- list
else
    set -- --help
fi
"$java" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true \
    -cp "$jar" "$main" "$@" >/dev/null
[ -f "$jsa" ]

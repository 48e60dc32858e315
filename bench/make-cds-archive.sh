#!/usr/bin/env bash
# Builds the two dynamic class-data-sharing archives (JDK 13+) the packaged app trains for itself
# (packaging/cds-train.sh), for the jar in target/:
#   target/activation-plotter.jsa      opening the window (io.activationplotter.app.CdsTraining, headless)
#   target/activation-plotter-cli.jsa  one CLI export
# Use them with the jar alone first on the class path:
#   java -XX:SharedArchiveFile=target/activation-plotter-cli.jsa -jar target/activation-plotter.jar export ...
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/activation-plotter.jar
[ -f "$jar" ] || { echo "make-cds-archive: $jar is missing; run mvn package first" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rm -f target/activation-plotter.jsa target/activation-plotter-cli.jsa
# -Xint: without a JIT no method is "queued for compilation" at exit, a flag JDK 17 archives and then
# never compiles the method again (JDK-8306460); see packaging/cds-train.sh
java -Xint -XX:ArchiveClassesAtExit=target/activation-plotter.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$jar" io.activationplotter.app.CdsTraining 2>&1 | { grep -v -e 'Unsupported JavaFX' -e 'PlatformImpl startup' || true; }
java -Xint -XX:ArchiveClassesAtExit=target/activation-plotter-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" export --function sigmoid --function relu --range -6,6 --threshold 0.05 --size 1600x1000 \
    --out "$out/fig.png" >/dev/null
for f in target/activation-plotter.jsa target/activation-plotter-cli.jsa; do
    echo "make-cds-archive: wrote $f ($(du -k "$f" | cut -f1) KiB)"
done

#!/usr/bin/env bash
# Builds target/activation-plotter.jsa, a dynamic class-data-sharing archive (JDK 13+) of the classes
# that opening the window and a CLI export load, trained the way the packaged app trains its own
# (io.activationplotter.app.CdsTraining, headless). Use it with the jar alone first on the class path:
#   java -XX:SharedArchiveFile=target/activation-plotter.jsa -jar target/activation-plotter.jar ...
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/activation-plotter.jar
[ -f "$jar" ] || { echo "make-cds-archive: $jar is missing; run mvn package first" >&2; exit 2; }
rm -f target/activation-plotter.jsa
java -XX:ArchiveClassesAtExit=target/activation-plotter.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$jar" io.activationplotter.app.CdsTraining
echo "make-cds-archive: wrote target/activation-plotter.jsa ($(du -k target/activation-plotter.jsa | cut -f1) KiB)"

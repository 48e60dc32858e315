#!/usr/bin/env bash
# Builds target/activation-plotter.jsa, a dynamic class-data-sharing archive of the classes one headless
# CLI export loads (JDK 13+). Use it as: java -XX:SharedArchiveFile=target/activation-plotter.jsa -jar ...
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/activation-plotter.jar
[ -f "$jar" ] || { echo "make-cds-archive: $jar is missing; run mvn package first" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -XX:ArchiveClassesAtExit=target/activation-plotter.jsa -Xshare:auto -jar "$jar" export \
  --function sigmoid --function relu --range -6,6 --threshold 0.05 --size 1600x1000 --out "$out/fig.png" >/dev/null
echo "make-cds-archive: wrote target/activation-plotter.jsa ($(du -k target/activation-plotter.jsa | cut -f1) KiB)"

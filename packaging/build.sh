#!/usr/bin/env bash
# Builds the desktop app from target/activation-plotter.jar (made by `mvn package`):
#   target/dist/ActivationPlotter/         app image; bin/ActivationPlotter starts the GUI, or the CLI with arguments
#   target/dist/activationplotter_*.deb    Debian package installing it to /opt/activationplotter with a menu entry
# The runtime is jlink'd from JDK 17 with only the modules jdeps finds in the jar, so users need no JDK.
#
# usage: bash packaging/build.sh [app-image|deb|all] [VERSION]     (default: all, version from pom.xml)
# The usual entry point is `mvn -B -Ppackage package`, which runs this after the shaded jar is built.
# Environment: PACKAGING_JDK  the JDK whose jlink/jpackage/jmods to use (default: JDK 17, else JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case $what in app-image|deb|all) ;; *) echo "build.sh: unknown target '$what' (app-image, deb or all)" >&2; exit 2 ;; esac

NAME=ActivationPlotter
VENDOR="Activation Plotter project"
DESCRIPTION="Plots neural-network activation functions, their derivatives and saturated regions"
# The Debian Maintainer field needs an address; override with PACKAGE_MAINTAINER=you@example.org.
MAINTAINER=${PACKAGE_MAINTAINER:-maintainers@activationplotter.invalid}
ICON=src/main/resources/io/activationplotter/icons/icon-512.png
MAIN_CLASS=io.activationplotter.app.Launcher
JAR=target/activation-plotter.jar
WORK=target/jpackage
DIST=target/dist
# Modules jdeps reports that the app never loads: JFreeChart's JDBC datasets (java.sql) and
# JavaFX's opt-in JFR pulse logger (jdk.jfr). Leaving them out keeps the runtime ~10 MB smaller.
UNUSED_MODULES="java.sql jdk.jfr"

pick_jdk() {
    local jdk
    for jdk in "${PACKAGING_JDK:-}" /usr/lib/jvm/java-17-openjdk-amd64 "${JAVA_HOME:-}"; do
        if [ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ] && [ -d "$jdk/jmods" ]; then
            echo "$jdk"
            return
        fi
    done
    echo "build.sh: no JDK with jpackage and jmods found; set PACKAGING_JDK" >&2
    exit 1
}

pom_version() {
    sed -n '0,/<artifactId>activation-plotter</d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1
}

# jpackage wants a plain numeric version (1 to 3 dot-separated numbers): 0.2.0-SNAPSHOT becomes 0.2.0.
numeric_version() {
    local v=${1%%-*}
    if ! [[ $v =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
        echo "build.sh: cannot make a package version from '$1'" >&2
        exit 1
    fi
    echo "$v"
}

runtime_modules() {
    local mods
    mods=$("$JDK/bin/jdeps" --multi-release 17 --ignore-missing-deps --list-deps "$JAR" \
        | sed 's:^ *::; s:/.*::' | grep -E '^(java|jdk)\.' | sort -u)
    for m in $UNUSED_MODULES; do
        mods=$(grep -vx "$m" <<<"$mods")
    done
    paste -sd, <<<"$mods"
}

build_runtime() {
    local modules
    modules=$(runtime_modules)
    echo "runtime modules: $modules"
    rm -rf "$WORK/runtime"
    # --generate-cds-archive: a class-data archive of the JDK classes, as a JDK has; without it every
    # start parses the JDK classes again (measured ~30% slower for `--help`).
    "$JDK/bin/jlink" --add-modules "$modules" --output "$WORK/runtime" \
        --strip-debug --no-man-pages --no-header-files --generate-cds-archive
}

build_app_image() {
    rm -rf "$WORK/input" "$DIST/$NAME"
    mkdir -p "$WORK/input" "$DIST"
    cp "$JAR" "$WORK/input/"
    "$JDK/bin/jpackage" --type app-image --dest "$DIST" \
        --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
        --input "$WORK/input" --main-jar "$(basename "$JAR")" --main-class "$MAIN_CLASS" \
        --runtime-image "$WORK/runtime"
}

build_deb() {
    rm -f "$DIST"/activationplotter_*.deb
    "$JDK/bin/jpackage" --type deb --dest "$DIST" \
        --app-image "$DIST/$NAME" \
        --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
        --copyright "Copyright (C) $(date +%Y) $VENDOR" \
        --resource-dir packaging/linux \
        --linux-deb-maintainer "$MAINTAINER" \
        --linux-package-name activationplotter \
        --linux-app-category science \
        --linux-menu-group "Education;Science" \
        --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1, fonts-noto-cjk"
}

[ -f "$JAR" ] || { echo "build.sh: $JAR is missing; run 'mvn -B package' first" >&2; exit 1; }
JDK=$(pick_jdk)
VERSION=$(numeric_version "${2:-$(pom_version)}")
echo "packaging $NAME $VERSION with $JDK"

start=$(date +%s)
build_runtime
build_app_image
echo "app image: $DIST/$NAME ($(du -sh "$DIST/$NAME" | cut -f1), $(( $(date +%s) - start )) s)"
if [ "$what" != app-image ]; then
    start=$(date +%s)
    build_deb
    deb=$(ls "$DIST"/activationplotter_*.deb)
    echo "package: $deb ($(du -h "$deb" | cut -f1), $(( $(date +%s) - start )) s)"
fi

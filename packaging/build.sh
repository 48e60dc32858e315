#!/usr/bin/env bash
# Builds the desktop app from target/activation-plotter.jar (made by `mvn package`):
#   target/dist/ActivationPlotter/         app image; bin/ActivationPlotter starts the GUI, or the CLI with
#                                          arguments; bin/activation-plotter is a quicker-starting CLI entry
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

# Every module jdeps finds a reference to, so a new dependency can never be missing at run time.
# java.sql (JFreeChart's JDBC datasets) and jdk.jfr (JavaFX's opt-in JFR logger) are never loaded,
# but leaving them out would save only ~1.5 MB and hide a real future use until a user hit it.
runtime_modules() {
    "$JDK/bin/jdeps" --multi-release 17 --ignore-missing-deps --list-deps "$JAR" \
        | sed 's:^ *::; s:/.*::' | grep -E '^(java|jdk)\.' | sort -u | paste -sd,
}

build_runtime() {
    local modules
    modules=$(runtime_modules)
    echo "runtime modules: $modules"
    rm -rf "$WORK/runtime"
    # --generate-cds-archive: a class-data archive of the JDK classes, as a JDK has; without it every
    # start parses the JDK classes again (`--help` measured 25-40% slower).
    "$JDK/bin/jlink" --add-modules "$modules" --output "$WORK/runtime" \
        --strip-debug --no-man-pages --no-header-files --generate-cds-archive
}

# Start-up options (docs/PERFORMANCE.md): the AppCDS archive of the window that lib/cds-train.sh writes
# (bin/activation-plotter swaps in the commands' own archive), and only the
# client compiler: on two cores the server compiler's start-up work competes with the first frame
# (headless start 1.2 s -> 0.6 s with both), while slider redraws stay within budget (p95 6.5 ms).
build_app_image() {
    rm -rf "$WORK/input" "$DIST/$NAME"
    mkdir -p "$WORK/input" "$DIST"
    cp "$JAR" "$WORK/input/"
    "$JDK/bin/jpackage" --type app-image --dest "$DIST" \
        --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
        --input "$WORK/input" --main-jar "$(basename "$JAR")" --main-class "$MAIN_CLASS" \
        --runtime-image "$WORK/runtime" \
        --java-options '-XX:SharedArchiveFile=$APPDIR/ActivationPlotter.jsa' \
        --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off' \
        --java-options '-XX:TieredStopAtLevel=1'
    install -m 755 packaging/cds-train.sh "$DIST/$NAME/lib/cds-train.sh"
    install -m 755 packaging/activation-plotter.sh "$DIST/$NAME/bin/activation-plotter"
}

# The AppCDS archives match only this image's path, so they are made here for target/dist and by the
# .deb's postinst for /opt/activationplotter; they must not be inside the .deb.
train_cds() {
    sh "$DIST/$NAME/lib/cds-train.sh"
    echo "AppCDS archives: window $(du -h "$DIST/$NAME/lib/app/ActivationPlotter.jsa" | cut -f1)," \
        "commands $(du -h "$DIST/$NAME/lib/app/ActivationPlotter-cli.jsa" | cut -f1)"
}

# jpackage makes the package (runtime, launcher, computed Depends, our maintainer scripts); the menu
# entry and the icon theme files are then added as files dpkg owns. jpackage's own menu integration
# (--linux-shortcut) runs xdg-desktop-menu in postinst/prerm, which fails on systems without
# /etc/xdg/menus ("No writable system menu directory found") and then leaves the package neither
# configurable nor removable; it also pulls in xdg-utils with perl and a terminal emulator.
build_deb() {
    local deb root deps png size
    rm -f "$DIST"/activationplotter_*.deb
    # jpackage's package is only unpacked again below, so it is not compressed (dpkg >= 1.21.10).
    DPKG_DEB_COMPRESSOR_TYPE=none "$JDK/bin/jpackage" --type deb --dest "$DIST" \
        --app-image "$DIST/$NAME" \
        --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
        --copyright "Copyright (C) $(date +%Y) $VENDOR" \
        --resource-dir packaging/linux \
        --linux-deb-maintainer "$MAINTAINER" \
        --linux-package-name activationplotter \
        --linux-app-category science \
        --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1, fonts-noto-cjk"
    deb=$(ls "$DIST"/activationplotter_*.deb)
    root="$WORK/deb-root"
    rm -rf "$root"
    dpkg-deb -R "$deb" "$root"
    install -D -m 644 packaging/linux/activationplotter.desktop "$root/usr/share/applications/activationplotter.desktop"
    for png in src/main/resources/io/activationplotter/icons/icon-*.png; do
        size=${png##*-}; size=${size%.png}
        install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/activationplotter.png"
    done
    mkdir -p "$root/usr/bin"
    ln -s /opt/activationplotter/bin/activation-plotter "$root/usr/bin/activation-plotter"
    install -D -m 644 packaging/icon/activation-plotter.svg "$root/usr/share/icons/hicolor/scalable/apps/activationplotter.svg"
    rm -f "$root/opt/activationplotter/lib/"*.desktop   # jpackage's own entry, superseded by ours
    # One entry per dependency (the computed list and ours overlap). xdg-utils only serves opening
    # links and folders from the app, so it is recommended rather than required.
    deps=$(sed -n 's/^Depends: //p' "$root/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' \
        | grep -v -e '^$' -e '^xdg-utils$' | sort -u | paste -sd, | sed 's/,/, /g')
    sed -i "s/^Depends: .*/Depends: $deps\nRecommends: xdg-utils/" "$root/DEBIAN/control"
    sed -i -E "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" "$root/DEBIAN/control"
    dpkg-deb --root-owner-group -Zxz -b "$root" "$deb" >/dev/null
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
train_cds

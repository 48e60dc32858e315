#!/usr/bin/env bash
# Builds the desktop app from target/activation-plotter.jar (made by `mvn package`), on the OS it runs on:
#   Linux    target/dist/ActivationPlotter/        app image; bin/ActivationPlotter starts the GUI, or the CLI
#                                                  with arguments; bin/activation-plotter is a quicker CLI entry
#            target/dist/activationplotter_*.deb   Debian package installing it to /opt/activationplotter
#            target/dist/activationplotter-*.rpm   RPM package (rpm target, or all when rpmbuild is there)
#   Windows  target/dist/ActivationPlotter/        app image (ActivationPlotter.exe; activation-plotter.exe: CLI)
#            target/dist/ActivationPlotter-*.msi   installer (WiX 3 on the PATH) with a Start-menu shortcut
#   macOS    target/dist/ActivationPlotter.app     app bundle with the .icns icon
#            target/dist/ActivationPlotter-*.dmg   disk image
# The runtime is jlink'd from JDK 17 with only the modules jdeps finds in the jar, so users need no JDK.
# jpackage builds only for the OS it runs on; .github/workflows/release.yml calls this on each.
#
# usage: bash packaging/build.sh [linux|windows|macos] [app-image|deb|rpm|msi|dmg|all] [VERSION]
#        (default: this OS, all, the version from pom.xml; `build.sh app-image|deb|all [VERSION]` still works)
# The usual entry point is `mvn -B -Ppackage package`, which runs this after the shaded jar is built.
# Environment: PACKAGING_JDK  the JDK whose jlink/jpackage/jmods to use (default: JDK 17, else JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."

this_os() {
    case "$(uname -s)" in
        Linux) echo linux ;;
        Darwin) echo macos ;;
        MINGW*|MSYS*|CYGWIN*) echo windows ;;
        *) echo "build.sh: unknown OS '$(uname -s)'" >&2; exit 2 ;;
    esac
}

os=$(this_os)
case ${1:-} in
    linux|windows|macos)
        [ "$1" = "$os" ] || { echo "build.sh: jpackage builds $1 packages only on $1 (this is $os)" >&2; exit 2; }
        shift ;;
esac
what=${1:-all}
case $os:$what in
    *:app-image|*:all|linux:deb|linux:rpm|windows:msi|macos:dmg) ;;
    *) echo "build.sh: unknown target '$what' for $os (linux: app-image, deb, rpm, all;" \
            "windows: app-image, msi, all; macos: app-image, dmg, all)" >&2; exit 2 ;;
esac

NAME=ActivationPlotter
VENDOR="Activation Plotter project"
DESCRIPTION="Plots neural-network activation functions, their derivatives and saturated regions"
# The Debian Maintainer field needs an address; override with PACKAGE_MAINTAINER=you@example.org.
MAINTAINER=${PACKAGE_MAINTAINER:-maintainers@activationplotter.invalid}
case $os in   # the icon format each OS's jpackage takes, made by packaging/icon/generate.py
    linux) ICON=src/main/resources/io/activationplotter/icons/icon-512.png ;;
    windows) ICON=packaging/icon/activation-plotter.ico ;;
    macos) ICON=packaging/icon/activation-plotter.icns ;;
esac
MAIN_CLASS=io.activationplotter.app.Launcher
JAR=target/activation-plotter.jar
WORK=target/jpackage
DIST=target/dist

pick_jdk() {
    local jdk
    for jdk in "${PACKAGING_JDK:-}" /usr/lib/jvm/java-17-openjdk-amd64 "${JAVA_HOME:-}"; do
        jdk=${jdk//\\//}   # a Windows JAVA_HOME (C:\...) as Git Bash takes it
        if [ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ] && [ -d "$jdk/jmods" ]; then
            echo "$jdk"
            return
        fi
    done
    echo "build.sh: no JDK with jpackage and jmods found; set PACKAGING_JDK" >&2
    exit 1
}

# The first <version> after our artifactId (awk rather than GNU sed's 0,/re/: macOS has BSD sed).
pom_version() {
    awk '/<artifactId>activation-plotter</ { found = 1; next }
         found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' pom.xml
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
        | tr -d '\r' | sed 's:^ *::; s:/.*::' | grep -E '^(java|jdk)\.' | sort -u | paste -sd,
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
    local os_options=()
    case $os in
        # A console launcher for the command line: the GUI launcher has no console to print to.
        windows) os_options=(--add-launcher activation-plotter=packaging/windows/activation-plotter-cli.properties) ;;
        macos) os_options=(--mac-package-identifier io.activationplotter --mac-package-name "Activation Plotter") ;;
    esac
    rm -rf "$WORK/input" "$DIST/$NAME" "$DIST/$NAME.app"
    mkdir -p "$WORK/input" "$DIST"
    cp "$JAR" "$WORK/input/"
    "$JDK/bin/jpackage" --type app-image --dest "$DIST" \
        --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" --icon "$ICON" \
        --input "$WORK/input" --main-jar "$(basename "$JAR")" --main-class "$MAIN_CLASS" \
        --runtime-image "$WORK/runtime" \
        --java-options '-XX:SharedArchiveFile=$APPDIR/ActivationPlotter.jsa' \
        --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off' \
        --java-options '-XX:TieredStopAtLevel=1' \
        ${os_options[@]+"${os_options[@]}"}   # (bash 3.2, macOS's, calls an empty array unset)
    if [ "$os" = linux ]; then
        install -m 755 packaging/cds-train.sh "$DIST/$NAME/lib/cds-train.sh"
        install -m 755 packaging/activation-plotter.sh "$DIST/$NAME/bin/activation-plotter"
    fi
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

# jpackage's RPM with its own menu entry (Fedora and openSUSE have the menu directories the .deb's
# note above is about); the AppCDS archives are not trained at install, so starts use the JDK's only.
build_rpm() {
    rm -f "$DIST"/activationplotter-*.rpm
    "$JDK/bin/jpackage" --type rpm --dest "$DIST" --app-image "$DIST/$NAME" \
        --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --icon "$ICON" --linux-package-name activationplotter --linux-app-category Science \
        --linux-shortcut --linux-menu-group "Education;Science" \
        --linux-package-deps "gtk3, libXtst, libXxf86vm, mesa-libGL"
}

# The .msi (WiX 3's candle and light on the PATH): per-user choice of folder, a Start-menu entry
# under "Activation Plotter", and the upgrade code that lets a newer version replace an older one.
build_msi() {
    rm -f "$DIST"/"$NAME"-*.msi
    "$JDK/bin/jpackage" --type msi --dest "$DIST" --app-image "$DIST/$NAME" \
        --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --copyright "Copyright (C) $(date +%Y) $VENDOR" \
        --win-menu --win-menu-group "Activation Plotter" --win-shortcut-prompt --win-dir-chooser \
        --win-upgrade-uuid 669016a3-7f23-4ef6-bc34-6e6ae0e6354b
}

build_dmg() {
    rm -f "$DIST"/"$NAME"-*.dmg
    "$JDK/bin/jpackage" --type dmg --dest "$DIST" --app-image "$DIST/$NAME.app" \
        --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --copyright "Copyright (C) $(date +%Y) $VENDOR"
}

# The packages this OS makes for "all": .deb (and .rpm where rpmbuild is), .msi, .dmg.
packages() {
    case $os:$what in
        *:app-image) ;;
        linux:all) echo deb; command -v rpmbuild >/dev/null && echo rpm || echo "build.sh: no rpmbuild, no .rpm" >&2 ;;
        windows:all) echo msi ;;
        macos:all) echo dmg ;;
        *) echo "$what" ;;
    esac
}

[ -f "$JAR" ] || { echo "build.sh: $JAR is missing; run 'mvn -B package' first" >&2; exit 1; }
JDK=$(pick_jdk)
VERSION=$(numeric_version "${2:-$(pom_version)}")
echo "packaging $NAME $VERSION for $os with $JDK"

start=$(date +%s)
build_runtime
build_app_image
image=$DIST/$NAME; [ "$os" = macos ] && image=$DIST/$NAME.app
echo "app image: $image ($(du -sh "$image" | cut -f1), $(( $(date +%s) - start )) s)"
for package in $(packages); do
    start=$(date +%s)
    "build_$package"
    for file in "$DIST"/*."$package"; do
        echo "package: $file ($(du -h "$file" | cut -f1), $(( $(date +%s) - start )) s)"
    done
done
# The AppCDS archives match one install path: made here for target/dist and by the .deb's postinst.
if [ "$os" = linux ]; then
    train_cds
fi

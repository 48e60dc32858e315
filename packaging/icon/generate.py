#!/usr/bin/env python3
"""Draws the application icon: a sigmoid (Okabe-Ito blue) and its derivative (vermillion, dashed)
on a rounded square, as SVG, then renders the PNG sizes with rsvg-convert (Debian: librsvg2-bin),
and packs them into the Windows icon (activation-plotter.ico) and the macOS one (activation-plotter.icns)
that packaging/build.sh gives jpackage there. Both containers hold the PNGs as they are.

Two drawings: the full one (axes, dashed derivative, shaded saturated tails) for 48 px and up, and a
simplified one (no axes, solid thicker strokes) that stays legible at 16-32 px.

Run from the repository root:  python3 packaging/icon/generate.py
"""
import math
import pathlib
import struct
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG_DIR = ROOT / "packaging" / "icon"
PNG_DIR = ROOT / "src" / "main" / "resources" / "io" / "activationplotter" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
SMALL_MAX = 32

BLUE = "#0072B2"        # Okabe-Ito blue: the function
VERMILLION = "#D55E00"  # Okabe-Ito vermillion: its derivative
X_MIN, X_MAX = -6.0, 6.0
LEFT, RIGHT, BOTTOM, TOP = 64.0, 448.0, 400.0, 112.0  # plot box in the 512 x 512 canvas
DERIVATIVE_SCALE = 2.6  # sigmoid' peaks at 0.25; stretched so the bump reads at icon size


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def to_px(x, y):
    px = LEFT + (x - X_MIN) / (X_MAX - X_MIN) * (RIGHT - LEFT)
    py = BOTTOM - y * (BOTTOM - TOP)
    return px, py


def path(f, n=96):
    pts = [to_px(X_MIN + i * (X_MAX - X_MIN) / n, f(X_MIN + i * (X_MAX - X_MIN) / n)) for i in range(n + 1)]
    return "M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in pts)


def svg(small):
    f = path(sigmoid)
    d = path(lambda x: DERIVATIVE_SCALE * sigmoid(x) * (1.0 - sigmoid(x)))
    w_f, w_d = (44, 34) if small else (26, 20)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
        '  <title>Activation Plotter</title>',
        '  <rect x="16" y="16" width="480" height="480" rx="96" fill="#FFFFFF" stroke="#0B3C5D" stroke-width="16"/>',
    ]
    if not small:
        x_sat = to_px(-3.6, 0)[0], to_px(3.6, 0)[0]
        parts += [
            '  <g fill="#0072B2" fill-opacity="0.10">',
            f'    <rect x="{LEFT:.0f}" y="{TOP - 24:.0f}" width="{x_sat[0] - LEFT:.0f}" height="{BOTTOM - TOP + 48:.0f}"/>',
            f'    <rect x="{x_sat[1]:.0f}" y="{TOP - 24:.0f}" width="{RIGHT - x_sat[1]:.0f}" height="{BOTTOM - TOP + 48:.0f}"/>',
            '  </g>',
            '  <g stroke="#8C96A3" stroke-width="6" stroke-linecap="round">',
            f'    <line x1="{LEFT - 8:.0f}" y1="{BOTTOM:.0f}" x2="{RIGHT + 8:.0f}" y2="{BOTTOM:.0f}"/>',
            f'    <line x1="256" y1="{TOP - 32:.0f}" x2="256" y2="{BOTTOM + 16:.0f}"/>',
            '  </g>',
        ]
    dash = '' if small else ' stroke-dasharray="34 22"'
    parts += [
        f'  <path d="{d}" fill="none" stroke="{VERMILLION}" stroke-width="{w_d}" stroke-linecap="round"'
        f' stroke-linejoin="round"{dash}/>',
        f'  <path d="{f}" fill="none" stroke="{BLUE}" stroke-width="{w_f}" stroke-linecap="round"'
        ' stroke-linejoin="round"/>',
        '</svg>',
        '',
    ]
    return "\n".join(parts)


# Windows: 16-256 px (Explorer's sizes); entries are PNG-compressed, which Windows Vista+ reads.
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# macOS: the ICNS types holding PNG data, by pixel size (ic11-ic14 are the @2x Retina entries).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def ico(pngs):
    """An ICO file: ICONDIR, one 16-byte ICONDIRENTRY per image (0 meaning 256 px), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(pngs):
    """An ICNS file: 'icns' and the total length, then one (type, length, PNG) element per entry."""
    elements = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs)
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main():
    full = SVG_DIR / "activation-plotter.svg"
    small = SVG_DIR / "activation-plotter-small.svg"
    full.write_text(svg(small=False))
    small.write_text(svg(small=True))
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        source = small if size <= SMALL_MAX else full
        out = PNG_DIR / f"icon-{size}.png"
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(source)], check=True)
        print(out.relative_to(ROOT))
    png = {size: (PNG_DIR / f"icon-{size}.png").read_bytes() for size in SIZES}
    (SVG_DIR / "activation-plotter.ico").write_bytes(ico([(size, png[size]) for size in ICO_SIZES]))
    (SVG_DIR / "activation-plotter.icns").write_bytes(icns([(kind, png[size]) for kind, size in ICNS_TYPES]))
    print((SVG_DIR / "activation-plotter.ico").relative_to(ROOT), (SVG_DIR / "activation-plotter.icns").relative_to(ROOT))


if __name__ == "__main__":
    main()

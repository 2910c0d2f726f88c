#!/usr/bin/env python3
"""Draws logo.png for the Botkyrka template packages.

A simple wordmark: a blue block (#00558C) with "BOTKYRKA" in white and "KOMMUN" in blue below it,
300 x 100 px at 300 dpi (25.4 x 8.5 mm), transparent around the block. It is a stand-in, not
Botkyrka kommun's real logotype. Only the standard library is used (zlib and struct write the PNG),
so the output is byte-for-byte the same on every machine.

Run from anywhere:  python3 templates/botkyrka/make-logo.py
It writes logo.png into every package folder next to this script (each package must be
self-contained).
"""

import os
import struct
import zlib

# 5 x 7 pixel glyphs, one string per row, "#" = ink.
FONT = {
    "A": [" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
    "B": ["#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "],
    "K": ["#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"],
    "M": ["#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"],
    "N": ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"],
    "O": [" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
    "R": ["#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
    "U": ["#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
    "Y": ["#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "],
}

BLUE = (0x00, 0x55, 0x8C, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (255, 255, 255, 0)


class Canvas:
    def __init__(self, width, height, background):
        self.width = width
        self.height = height
        self.pixels = [[background] * width for _ in range(height)]

    def rect(self, x0, y0, x1, y1, colour):
        """Fills the rectangle [x0, x1) x [y0, y1)."""
        for y in range(max(0, y0), min(self.height, y1)):
            for x in range(max(0, x0), min(self.width, x1)):
                self.pixels[y][x] = colour

    def text(self, x, y, text, scale, colour):
        for ch in text:
            for gy, line in enumerate(FONT[ch]):
                for gx, cell in enumerate(line):
                    if cell == "#":
                        self.rect(x + gx * scale, y + gy * scale,
                                  x + (gx + 1) * scale, y + (gy + 1) * scale, colour)
            x += 6 * scale

    @staticmethod
    def text_width(text, scale):
        return len(text) * 6 * scale - scale

    def png(self, dpi):
        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        raw = bytearray()
        for row in self.pixels:
            raw.append(0)  # filter type: none
            for pixel in row:
                raw.extend(pixel)
        per_metre = int(round(dpi / 0.0254))
        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 6, 0, 0, 0))
                + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
                + chunk(b"IEND", b""))


def make_logo():
    width, height = 300, 100
    canvas = Canvas(width, height, CLEAR)
    canvas.rect(8, 8, width - 8, 62, BLUE)  # the block
    word, scale = "BOTKYRKA", 5
    canvas.text((width - Canvas.text_width(word, scale)) // 2, 17, word, scale, WHITE)
    word, scale = "KOMMUN", 3
    canvas.text((width - Canvas.text_width(word, scale)) // 2, 70, word, scale, BLUE)
    return canvas.png(dpi=300)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    logo = make_logo()
    for kind in ("kallelse", "tjansteskrivelse"):
        path = os.path.join(here, kind, "logo.png")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(logo)
        print("wrote", path)


if __name__ == "__main__":
    main()

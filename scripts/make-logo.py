#!/usr/bin/env python3
"""Generates the images that the bundled template packages ship.

* logo.png (300 x 100 px, 300 dpi): an emblem and the wordmark "KATRINEHOLMS KOMMUN", written
  into every package under templates/katrineholm/ (each package must be self-contained).
* diagram-orosanmalningar.png (640 x 400 px, 150 dpi): a bar chart of the reports of concern
  for children (orosanmälningar) 2015, 2019 and 2020 as given in the annual report 2020
  (1 055, 1 754 and 2 133), written into templates/katrineholm/arsredovisning/.
* Botkyrka's logo.png (300 x 100 px, 300 dpi): a blue block with "BOTKYRKA" and "KOMMUN",
  written into every package under templates/botkyrka/.

These are stand-ins drawn for the examples, not the municipalities' real logotypes.
Only the standard library is used (zlib and struct write the PNG files), so the output is the
same on every machine. Run from anywhere:  python3 scripts/make-logo.py [--templates DIR]
"""

import argparse
import os
import struct
import zlib

# 5 x 7 pixel glyphs, one string per row, "#" = ink.
FONT = {
    "A": [" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
    "E": ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"],
    "H": ["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
    "I": [" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
    "B": ["#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "],
    "K": ["#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"],
    "L": ["#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"],
    "M": ["#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"],
    "N": ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"],
    "O": [" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
    "R": ["#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"],
    "S": [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
    "U": ["#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
    "Y": ["#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "],
    "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
    "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
    "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
    "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
    "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
    "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
    "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
    "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
    "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
    "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
    " ": ["     "] * 7,
}


def hex_colour(text, alpha=255):
    text = text.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), alpha)


class Canvas:
    def __init__(self, width, height, background):
        self.width = width
        self.height = height
        self.pixels = [[background] * width for _ in range(height)]

    def rect(self, x0, y0, x1, y1, colour):
        """Fills the rectangle [x0, x1) x [y0, y1)."""
        for y in range(max(0, y0), min(self.height, y1)):
            row = self.pixels[y]
            for x in range(max(0, x0), min(self.width, x1)):
                row[x] = colour

    def rounded_rect(self, x0, y0, x1, y1, radius, colour):
        for y in range(y0, y1):
            for x in range(x0, x1):
                cx = min(max(x, x0 + radius), x1 - 1 - radius)
                cy = min(max(y, y0 + radius), y1 - 1 - radius)
                if (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius:
                    self.pixels[y][x] = colour

    def text(self, x, y, text, scale, colour, spacing=1):
        for ch in text:
            glyph = FONT[ch]
            for gy, line in enumerate(glyph):
                for gx, cell in enumerate(line):
                    if cell == "#":
                        self.rect(x + gx * scale, y + gy * scale, x + (gx + 1) * scale, y + (gy + 1) * scale, colour)
            x += (5 + spacing) * scale

    @staticmethod
    def text_width(text, scale, spacing=1):
        return len(text) * (5 + spacing) * scale - spacing * scale

    def png(self, dpi, alpha):
        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        raw = bytearray()
        for row in self.pixels:
            raw.append(0)  # filter type: none
            for r, g, b, a in row:
                raw.extend((r, g, b, a) if alpha else (r, g, b))
        per_metre = int(round(dpi / 0.0254))
        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 6 if alpha else 2, 0, 0, 0))
                + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
                + chunk(b"IEND", b""))


def make_logo():
    navy = hex_colour("#1F3864")
    accent = hex_colour("#005A9C")
    white = hex_colour("#FFFFFF")
    canvas = Canvas(300, 100, (255, 255, 255, 0))  # transparent background
    # Emblem: a rounded blue square with a white "K".
    canvas.rounded_rect(8, 16, 76, 84, 10, accent)
    canvas.text(22, 22, "K", 8, white, spacing=0)
    # Wordmark.
    canvas.text(84, 26, "KATRINEHOLMS", 3, navy)
    canvas.text(84, 56, "KOMMUN", 3, accent)
    return canvas.png(dpi=300, alpha=True)


def make_botkyrka_logo():
    """A blue block with "BOTKYRKA" in white and "KOMMUN" below: a stand-in, not the real logotype."""
    blue = hex_colour("#00558C")
    white = hex_colour("#FFFFFF")
    width = 300
    canvas = Canvas(width, 100, (255, 255, 255, 0))
    canvas.rect(8, 8, width - 8, 62, blue)
    word, scale = "BOTKYRKA", 5
    canvas.text((width - Canvas.text_width(word, scale)) // 2, 17, word, scale, white)
    word, scale = "KOMMUN", 3
    canvas.text((width - Canvas.text_width(word, scale)) // 2, 70, word, scale, blue)
    return canvas.png(dpi=300, alpha=True)


def grouped(value):
    """Swedish digit grouping with a space: 2133 -> "2 133"."""
    text = str(value)
    groups = []
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    return " ".join([text] + groups)


def make_chart():
    white = hex_colour("#FFFFFF")
    ink = hex_colour("#333333")
    grid = hex_colour("#D9D9D9")
    accent = hex_colour("#005A9C")
    data = [("2015", 1055), ("2019", 1754), ("2020", 2133)]
    width, height = 640, 400
    left, right, top, bottom = 90, 620, 40, 340
    maximum = 2500
    canvas = Canvas(width, height, white)

    def y_of(value):
        return bottom - round((bottom - top) * value / maximum)

    for tick in range(0, maximum + 1, 500):
        y = y_of(tick)
        canvas.rect(left, y, right, y + 1, grid if tick else ink)
        label = grouped(tick)
        canvas.text(left - 10 - Canvas.text_width(label, 2), y - 7, label, 2, ink)
    canvas.rect(left, top, left + 2, bottom + 1, ink)  # y axis

    slot = (right - left) // len(data)
    bar = 100
    for i, (year, value) in enumerate(data):
        x0 = left + i * slot + (slot - bar) // 2
        canvas.rect(x0, y_of(value), x0 + bar, bottom, accent)
        label = grouped(value)
        canvas.text(x0 + (bar - Canvas.text_width(label, 3)) // 2, y_of(value) - 30, label, 3, ink)
        canvas.text(x0 + (bar - Canvas.text_width(year, 3)) // 2, bottom + 16, year, 3, ink)
    return canvas.png(dpi=150, alpha=False)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(data)
    print("wrote", path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", default=os.path.join(here, "..", "templates"),
                        help="the folder holding the bundled packages (default: templates)")
    root = os.path.normpath(parser.parse_args().templates)

    katrineholm = make_logo()
    for kind in ("kallelse", "tjansteskrivelse", "arsredovisning", "sammantradeshandlingar"):
        write(os.path.join(root, "katrineholm", kind, "logo.png"), katrineholm)
    write(os.path.join(root, "katrineholm", "arsredovisning", "diagram-orosanmalningar.png"), make_chart())
    botkyrka = make_botkyrka_logo()
    for kind in ("kallelse", "tjansteskrivelse", "arsredovisning"):
        write(os.path.join(root, "botkyrka", kind, "logo.png"), botkyrka)


if __name__ == "__main__":
    main()

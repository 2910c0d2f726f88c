#!/usr/bin/env python3
"""The PDF says what the DOCX and the ODT of the same document say, in the same order.

Renders a template package's example to DOCX, ODT and PDF, takes the text of every paragraph of
the DOCX's body (word/document.xml) and of the ODT's (content.xml) in document order, and finds
those lines, in that order, in the PDF's text in reading order: its structure tree read with
pikepdf (reading_order.py), which is what a screen reader follows. (pdftotext reads the drawing
order, in which a paragraph that goes on to the next page is interrupted by the page's footer and
footnotes, so it cannot be compared line for line.)

What is left out, and why: page numbers that the word processor fills in as it lays the pages
out (DOCX PAGEREF fields, ODT page references: their cached values are estimates, the PDF's are
exact), footnote marks and footnotes (the PDF prints the notes at the foot of the page; their
order against the body is the page's), list numbers (the DOCX and ODT number lists themselves;
the PDF prints them). A paragraph is cut into separate lines where such a thing stood.

usage: text_order.py KANSLI PACKAGE WORK_DIR
Exit 0 pass, 1 fail, 77 skipped (pikepdf missing; under CI=true that fails).
"""
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
SVG = '{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}'
OFFICE = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'


class Lines:
    """Paragraph text collected into lines; cut() ends the current line."""

    def __init__(self):
        self.lines = []
        self.current = []

    def add(self, text):
        self.current.append(text)

    def cut(self):
        line = ' '.join(''.join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []


def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read('word/document.xml'))
    out = Lines()
    for paragraph in root.iter(W + 'p'):
        instruction, in_result, skipping = [], False, False
        for node in paragraph.iter():
            if node.tag == W + 'fldChar':
                kind = node.get(W + 'fldCharType')
                if kind == 'begin':
                    instruction = []
                elif kind == 'separate':
                    in_result = True
                    skipping = ''.join(instruction).split()[:1] == ['PAGEREF']
                    if skipping:
                        out.cut()
                elif kind == 'end':
                    in_result, skipping = False, False
            elif node.tag == W + 'instrText':
                instruction.append(node.text or '')
            elif node.tag == W + 't' and not skipping:
                out.add(node.text or '')
            elif node.tag in (W + 'tab', W + 'br') and not skipping:
                out.add(' ')
            elif node.tag == W + 'footnoteReference':
                out.cut()
        out.cut()
    return out.lines


def odt_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read('content.xml'))
    out = Lines()

    def text_of(node):
        for child in node:
            tag = child.tag
            if tag == TEXT + 'note' or (tag == TEXT + 'bookmark-ref' and child.get(TEXT + 'reference-format') == 'page'):
                out.cut()
            elif tag == TEXT + 's':
                out.add(' ' * int(child.get(TEXT + 'c', '1')))
            elif tag in (TEXT + 'tab', TEXT + 'line-break'):
                out.add(' ')
            elif tag.startswith(SVG):
                pass  # a picture's title and description: its alt text, not the body's
            elif tag not in (TEXT + 'p', TEXT + 'h'):
                if child.text:
                    out.add(child.text)
                text_of(child)
            if child.tail:
                out.add(child.tail)

    def paragraphs(node):
        for child in node:
            if child.tag == TEXT + 'note':
                continue  # footnotes: at the foot of the PDF's pages
            if child.tag in (TEXT + 'p', TEXT + 'h'):
                if child.text:
                    out.add(child.text)
                text_of(child)
                out.cut()
                paragraphs(child)  # a frame's caption inside a paragraph
            elif child.tag != TEXT + 'table-of-content-source':
                paragraphs(child)

    paragraphs(root.find(OFFICE + 'body'))
    return out.lines


def normalise(text):
    text = unicodedata.normalize('NFC', text).replace('\u00ad', '')
    return ' '.join(text.split())


def find_in_order(lines, text):
    """The lines not found in `text` after the previous one: (line, 'out of order'|'not found')."""
    problems = []
    at = 0
    for line in lines:
        wanted = normalise(line)
        found = text.find(wanted, at)
        if found >= 0:
            at = found + len(wanted)
        else:
            problems.append((line, 'out of order' if wanted in text else 'not found'))
    return problems


def main():
    kansli, package, work = sys.argv[1:4]
    try:
        from reading_order import reading_order_text
    except ImportError as e:
        if os.environ.get('CI') == 'true':
            print('FAIL: %s (under CI a missing tool is a failure)' % e)
            return 1
        print('SKIPPED: %s (python3-pikepdf, installed by ../shared/validate/setup)' % e)
        return 77
    os.makedirs(work, exist_ok=True)
    subprocess.run([kansli, 'render', '--example', '--template', package, '--format', 'docx,odt,pdf', '--out', work],
                   check=True, stdout=subprocess.DEVNULL)
    text = normalise(reading_order_text(os.path.join(work, 'example.pdf')))
    with open(os.path.join(work, 'reading-order.txt'), 'w', encoding='utf-8') as f:
        f.write(text + '\n')
    ok = True
    for name, lines in (('DOCX', docx_lines(os.path.join(work, 'example.docx'))),
                        ('ODT', odt_lines(os.path.join(work, 'example.odt')))):
        problems = find_in_order(lines, text)
        print('%s: %d of %d lines found in the PDF\'s reading order, in order' %
              (name, len(lines) - len(problems), len(lines)))
        for line, what in problems[:15]:
            print('  %s: %r' % (what, line[:200]))
        ok = ok and len(lines) >= 10 and not problems
        # The check must be able to fail: the same lines in reverse order are not in order.
        if not find_in_order(list(reversed(lines)), text):
            print('FAIL: the %s lines reversed are found in order too: the check proves nothing' % name)
            ok = False
    print('PASS' if ok else 'FAIL')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())

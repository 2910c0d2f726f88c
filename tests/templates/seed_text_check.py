#!/usr/bin/env python3
"""Checks that a template package's rendered example says what the real document says.

Usage: seed_text_check.py MANIFEST PACKAGE HTML SEEDS_DIR [--show]

HTML is PACKAGE's example rendered by the HTML writer. MANIFEST (seed-passages.txt) names, per
package, the seed it was transcribed from (the real document as text extracted from its PDF,
in SEEDS_DIR), the line ranges of the passage, and the few texts that are the template's own
words rather than the document's (a caption or heading added for accessibility), each exact.

Inside <main> (the document, without the page furniture and the generated table of contents):
- every heading, paragraph, list item, caption and field must occur in the passage, and
- every table row, laid out on its column grid (colspan and rowspan expanded), must equal one
  row of a table in the passage, cell by cell. A cell that spans rows (a row group such as a goal
  beside its indicators) is checked as text on its own, and it and the places it covers match
  any cell of the seed row: the PDF text splits or repeats such cells at page breaks.
So a changed word, figure, sign or unit, a cell in the wrong column, or an emptied cell fails.
A package marked "complete" must also leave nothing out: every line of the passage (but its
"skip" lines) is in the rendered text, compared without spaces and list dashes.

Both sides are normalised the same way, for what text extraction from PDF cannot tell apart:
runs of white space (including U+00A0 and U+202F) become one space and U+2212 MINUS SIGN
becomes the hyphen-minus the extraction shows. The seed's inline markup from the extraction
(<i>, <p>, **) is dropped, and lines the manifest names as page furniture (a running header)
are blanked. A table row that a page break split (its halves around a repeated header row)
also counts as one row. Nothing else is forgiven.
Exit status: 0 all found, 1 something not found (each listed), 2 usage or unreadable input.
"""
import html.parser
import re
import sys

BLOCK_UNITS = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'caption', 'figcaption', 'dt', 'dd'}
SKIPPED = {'nav', 'script', 'style', 'header', 'footer'}


def normalise(text):
    text = text.replace('\u2212', '-').replace('\u00ad', '')
    return re.sub(r'[\s\u00a0\u202f\u2009]+', ' ', text).strip()


def normalise_seed(text):
    """The seed's text without the inline markup its extraction left (<i>, <p>, **, and *…*
    around an italic term; a lone * after a word, a footnote mark, stays)."""
    text = re.sub(r'</?(i|p|em|b)>', '', text).replace('**', '')
    text = re.sub(r'(?<![\w*])\*([^*\s][^*\n\t]*?[^*\s]|[^*\s])\*(?![\w*])', r'\1', text)
    return normalise(text)


class Extractor(html.parser.HTMLParser):
    """Collects text units and table rows from <main>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_main = 0
        self.skip = 0
        self.units = []          # open text units: [tag, text]
        self.found_units = []    # (tag, text)
        self.tables = []         # stack of tables: each a list of rows; a row is a list of (text, colspan, rowspan)
        self.done_tables = []
        self.cell = None
        self.section_row = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'main':
            self.in_main += 1
            return
        if not self.in_main:
            return
        if tag in SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == 'table':
            self.tables.append([])
        elif tag == 'tr' and self.tables:
            self.tables[-1].append([])
            # A group heading row ("Pågående projekt:") is checked as text: the PDF text
            # may give it without the empty cells of the rest of the row.
            self.section_row = 'row-section' in (attrs.get('class') or '').split()
        elif tag in ('td', 'th') and self.tables:
            self.cell = [tag, '', int(attrs.get('colspan') or 1), int(attrs.get('rowspan') or 1), False]
        elif tag == 'a' and self.cell is not None and (attrs.get('href') or '').startswith('#'):
            self.cell[4] = True  # a link within the document: the web's form of a page reference
        elif tag in BLOCK_UNITS:
            self.units.append([tag, ''])
        elif tag == 'br':
            if self.cell is None and self.units:
                # A line break ends a line, which the PDF text may print apart from the next
                # (a letterhead's förvaltning and unit): each line is a unit of its own.
                unit_tag, text = self.units[-1]
                if normalise(text):
                    self.found_units.append((unit_tag, normalise(text)))
                self.units[-1][1] = ''
            else:
                self.handle_data(' ')

    def handle_endtag(self, tag):
        if tag == 'main':
            self.in_main -= 1
            return
        if not self.in_main:
            return
        if tag in SKIPPED:
            self.skip -= 1
            return
        if self.skip:
            return
        if tag in ('td', 'th') and self.cell is not None and self.tables:
            cell_tag, text, colspan, rowspan, internal_link = self.cell
            if self.section_row:
                if normalise(text):
                    self.found_units.append(('tr', normalise(text)))
                self.tables[-1][-1].append((COVERED, colspan, rowspan))
                self.cell = None
                return
            self.tables[-1][-1].append((COVERED if internal_link else normalise(text), colspan, rowspan))
            if rowspan > 1 and normalise(text):
                self.found_units.append((cell_tag + ' rowspan', normalise(text)))
            self.cell = None
        elif tag == 'table' and self.tables:
            self.done_tables.append(self.tables.pop())
        elif tag in BLOCK_UNITS and self.units and self.units[-1][0] == tag:
            unit_tag, text = self.units.pop()
            if self.cell is None and normalise(text):
                self.found_units.append((unit_tag, normalise(text)))

    def handle_data(self, data):
        if not self.in_main or self.skip:
            return
        if self.cell is not None:
            self.cell[1] += data
        if self.units and self.cell is None:
            self.units[-1][1] += data


COVERED = object()  # a grid position filled by a span from another cell


def grid(rows):
    """Lays a table's rows out on its column grid: a list of rows of strings or COVERED."""
    out = []
    pending = {}  # column -> rows still covered from above
    for row in rows:
        line = []
        cells = list(row)
        col = 0
        while cells or any(c >= col and n > 0 for c, n in pending.items()):
            if pending.get(col, 0) > 0:
                line.append(COVERED)
                pending[col] -= 1
                col += 1
                continue
            if not cells:
                break
            text, colspan, rowspan = cells.pop(0)
            line.append(COVERED if rowspan > 1 else text)
            if rowspan > 1:
                pending[col] = rowspan - 1
            for extra in range(1, colspan):
                line.append('')  # the PDF text shows a spanning cell followed by empty ones
                if rowspan > 1:
                    pending[col + extra] = rowspan - 1
            col += colspan
        out.append(line)
    return out


def row_matches(rendered, seed_row):
    if len(rendered) != len(seed_row):
        return False
    return all(r is COVERED or r == s for r, s in zip(rendered, seed_row))


def read_manifest(path, package):
    """The package's entry in the manifest: (seed file name, [(first, last)], {template texts})."""
    seed, ranges, template, furniture = None, [], set(), set()
    complete, skipped = False, []
    current = None
    for number, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line.startswith('[') and line.rstrip().endswith(']'):
            current = line.strip()[1:-1]
            continue
        if current != package:
            continue
        key, _, value = line.partition(' ')
        if key == 'seed':
            seed = value.strip()
        elif key == 'lines':
            for part in value.split():
                first, _, last = part.partition('-')
                ranges.append((int(first), int(last or first)))
        elif key == 'template':
            template.add(normalise(value))
        elif key == 'furniture':
            furniture.add(value.strip())
        elif key == 'complete':
            complete = True
        elif key == 'skip':
            for part in value.split('#')[0].split():
                first, _, last = part.partition('-')
                skipped.append((int(first), int(last or first)))
        else:
            raise SystemExit(f'{path}:{number}: unknown key {key!r}')
    if seed is None or not ranges:
        raise SystemExit(f'{path}: no section [{package}] with "seed" and "lines": name the passage of the real '
                         'document its example was transcribed from')
    return seed, ranges, template, furniture, complete, skipped


def main(argv):
    show = '--show' in argv
    args = [a for a in argv[1:] if a != '--show']
    if len(args) != 4:
        print('usage: seed_text_check.py MANIFEST PACKAGE HTML SEEDS_DIR [--show]', file=sys.stderr)
        return 2
    manifest, package, html_file, seeds_dir = args
    seed_name, ranges, template, furniture, complete, skipped = read_manifest(manifest, package)
    seed_file = seeds_dir + '/' + seed_name
    try:
        page = open(html_file, encoding='utf-8').read()
        all_lines = open(seed_file, encoding='utf-8').read().split('\n')
    except OSError as e:
        print(f'{e.filename}: {e.strerror}', file=sys.stderr)
        return 2
    seed_lines = []
    for first, last in ranges:
        if first < 1 or last > len(all_lines) or first > last:
            print(f'{manifest}: [{package}] lines {first}-{last} are not in {seed_file}', file=sys.stderr)
            return 2
        seed_lines += all_lines[first - 1:last]
    # Running page headers and footers interrupt the text at page breaks: they are not content.
    all_lines = ['' if line.strip() in furniture else line for line in all_lines]
    seed_lines = ['' if line.strip() in furniture else line for line in seed_lines]
    where = f'{seed_name} lines ' + ','.join(f'{a}-{b}' for a, b in ranges)
    # Passages join with a line break, so a unit cannot straddle two of them.
    passage = '\n'.join(normalise_seed(' '.join(all_lines[a - 1:b])) for a, b in ranges)
    seed_rows = [[normalise_seed(c) for c in line.split('\t')] for line in seed_lines if '\t' in line]
    # A row broken by a page break continues after the repeated header: join the two halves.
    joined = []
    for i in range(len(seed_rows) - 2):
        before, header, after = seed_rows[i], seed_rows[i + 1], seed_rows[i + 2]
        if len(before) == len(after) and header in seed_rows[:i + 1]:
            joined.append([' '.join(x for x in (a, b) if x) for a, b in zip(before, after)])
    seed_rows += joined

    extractor = Extractor()
    extractor.feed(page)
    missing = []
    used_template = set()
    split_cells = {c for row in joined for c in row}
    for tag, text in extractor.found_units:
        if text in passage:
            continue
        if tag.endswith(' rowspan') and text in split_cells:
            continue  # a row group's cell that a page break split in two
        if f'<{tag}> {text}' in template:
            used_template.add(f'<{tag}> {text}')
            continue
        missing.append(f'<{tag}> {text}')
    rows_checked = 0
    for table in extractor.done_tables:
        for line in grid(table):
            rows_checked += 1
            if all(c is COVERED or c == '' for c in line):
                continue
            if any(row_matches(line, s) for s in seed_rows):
                continue
            shown = '<tr> ' + ' | '.join('^' if c is COVERED else c for c in line)
            if shown in template:
                used_template.add(shown)
                continue
            missing.append(shown)
    if show:
        for tag, text in extractor.found_units:
            print(f'<{tag}> {text}')
    if not extractor.found_units:
        print(f'{html_file}: no text found inside <main>', file=sys.stderr)
        return 1
    for m in missing:
        print(f'{html_file}: not in {where}: {m}')
    left_out = []
    if complete:
        # The other way round: every line of the passage (but the skipped ones, such as the
        # printed table of contents, which Kansli generates) is in the rendered text.
        rendered = ' '.join(text for _, text in extractor.found_units)
        rendered += ' ' + ' '.join(c for table in extractor.done_tables for row in table for c, _, _ in row
                                   if c is not COVERED)
        # Compared without spaces and list dashes: the PDF text glues a heading to the next
        # line ("…behöverAnalys") and writes list items as "- item"; what is said is checked
        # exactly above, here only that nothing is missing.
        rendered = re.sub(r'\s', '', normalise(rendered))
        for first, last in ranges:
            for number in range(first, last + 1):
                if any(a <= number <= b for a, b in skipped):
                    continue
                line = all_lines[number - 1]
                parts = line.split('\t') if '\t' in line else [line]
                for part in parts:
                    text = normalise_seed(part)
                    if not re.search(r'\w', text):
                        continue  # rules and dashes the extraction made of table borders
                    if re.sub(r'\s', '', re.sub(r'^- ', '', text)) not in rendered:
                        left_out.append(f'line {number}: {text[:100]}')
                        break
        for m in left_out:
            print(f'{html_file}: left out of the example: {seed_name} {m}')
    # A template text that no longer occurs would hide nothing; it must be removed.
    for t in sorted(template - used_template):
        print(f'{manifest}: [{package}] template text not rendered (remove it): {t}')
    print(f'{package}: {len(extractor.found_units)} text units, {rows_checked} table rows checked '
          f'against {where}; {len(missing)} not found')
    return 1 if missing or left_out or template - used_template else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

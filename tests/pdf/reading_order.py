"""The text of a tagged PDF in reading order: its structure tree, depth first, each marked-content
sequence it refers to decoded through the fonts' ToUnicode maps (and /ActualText where the file
gives one). Artifacts (page headers, footers, decoration) are not in the tree, so they are not
in the text. This is what a screen reader reads, independent of the order things are drawn in.

Reads the file with pikepdf (as ../shared/validate's validate-pdf does); shares nothing with the
writer. Needs only what a tagged PDF must have: ToUnicode maps for the fonts used (PDF/UA's
10-001), MCIDs referenced from the structure tree.
"""
import re

import pikepdf


def _hex(token):
    return bytes.fromhex(token.decode('ascii'))


class ToUnicode:
    """A ToUnicode CMap: bfchar and bfrange entries, codes of the codespace's width."""

    def __init__(self, stream):
        data = stream.read_bytes()
        self.width = 1
        space = re.search(rb'begincodespacerange\s*<([0-9a-fA-F]+)>', data)
        if space:
            self.width = len(space.group(1)) // 2
        self.map = {}
        for block in re.findall(rb'beginbfchar(.*?)endbfchar', data, re.S):
            pairs = re.findall(rb'<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>', block)
            for code, text in pairs:
                self.map[_hex(code)] = _hex(text).decode('utf-16-be')
        for block in re.findall(rb'beginbfrange(.*?)endbfrange', data, re.S):
            for lo, hi, rest in re.findall(rb'<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])',
                                           block):
                low, high = int(lo, 16), int(hi, 16)
                width = len(lo) // 2
                if rest.startswith(b'['):
                    targets = re.findall(rb'<([0-9a-fA-F]*)>', rest)
                    for i, text in enumerate(targets):
                        self.map[(low + i).to_bytes(width, 'big')] = _hex(text).decode('utf-16-be')
                else:
                    first = _hex(rest[1:-1])
                    base = int.from_bytes(first, 'big')
                    for i in range(high - low + 1):
                        text = (base + i).to_bytes(len(first), 'big').decode('utf-16-be', errors='replace')
                        self.map[(low + i).to_bytes(width, 'big')] = text

    def decode(self, data):
        out = []
        for i in range(0, len(data) - self.width + 1, self.width):
            out.append(self.map.get(data[i:i + self.width], '\ufffd'))
        return ''.join(out)


def _text_string(value):
    """A PDF text string (/ActualText): UTF-16BE with a BOM, or PDFDocEncoding."""
    raw = bytes(value)
    if raw.startswith(b'\xfe\xff'):
        return raw[2:].decode('utf-16-be')
    return raw.decode('latin-1')


def _page_sequences(page):
    """The text of each MCID on the page: {mcid: text}."""
    fonts = {}
    resources = page.obj.get('/Resources', pikepdf.Dictionary())
    font_dict = resources.get('/Font', pikepdf.Dictionary())
    texts = {}
    stack = []  # ('mcid', n) | ('actual', text, [parts]) | ('other',)
    font = None

    def current_mcid():
        for entry in reversed(stack):
            if entry[0] == 'mcid':
                return entry[1]
        return None

    def emit(text):
        for entry in reversed(stack):
            if entry[0] == 'actual':
                return  # replaced by the /ActualText as a whole
        mcid = current_mcid()
        if mcid is not None:
            texts[mcid] = texts.get(mcid, '') + text

    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == 'BDC':
            properties = operands[1]
            if isinstance(properties, pikepdf.Name):
                properties = resources.Properties[properties]
            if '/MCID' in properties:
                stack.append(('mcid', int(properties.MCID)))
            elif '/ActualText' in properties:
                stack.append(('actual', _text_string(properties.ActualText)))
            else:
                stack.append(('other',))
        elif op == 'BMC':
            stack.append(('other',))
        elif op == 'EMC':
            entry = stack.pop()
            if entry[0] == 'actual':
                emit(entry[1])
        elif op == 'Tf':
            name = str(operands[0])
            if name not in fonts:
                fonts[name] = ToUnicode(font_dict[name].ToUnicode)
            font = fonts[name]
        elif op in ('Tj', "'", '"'):
            emit(font.decode(bytes(operands[-1])))
        elif op == 'TJ':
            emit(''.join(font.decode(bytes(item)) for item in operands[0] if isinstance(item, pikepdf.String)))
    return texts


# Elements that sit inside a line of text: no word break after them.
INLINE = {'Span', 'Link', 'Reference', 'Quote', 'Code', 'BibEntry', 'Annot', 'Ruby', 'Warichu'}


def reading_order_text(path, skip=()):
    """The document's text in structure order, one string; elements whose type is in `skip`
    (e.g. 'Note') are left out with everything under them. A block element (a paragraph, a table
    cell, a list label) ends with a space, as its text would end a line."""
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: page for page in pdf.pages}
        sequences = {}

        def text_of(page_object, mcid):
            key = page_object.objgen
            if key not in sequences:
                sequences[key] = _page_sequences(pages[key])
            return sequences[key].get(mcid, '')

        parts = []

        def walk(element, page):
            if str(element.get('/S', '')) in skip:
                return
            page = element.get('/Pg', page)
            kids = element.get('/K')
            if kids is None:
                return
            if not isinstance(kids, pikepdf.Array):
                kids = [kids]
            for kid in kids:
                if isinstance(kid, int):
                    parts.append(text_of(page, kid))
                elif isinstance(kid, pikepdf.Dictionary) and kid.get('/Type') == '/MCR':
                    parts.append(text_of(kid.get('/Pg', page), int(kid.MCID)))
                elif isinstance(kid, pikepdf.Dictionary) and kid.get('/Type') == '/OBJR':
                    continue
                elif isinstance(kid, pikepdf.Dictionary):
                    walk(kid, page)
                    if str(kid.get('/S', ''))[1:] not in INLINE:
                        parts.append(' ')

        root = pdf.Root.StructTreeRoot
        walk(pikepdf.Dictionary(K=root.K), None)
        return ''.join(parts)

#!/usr/bin/env python3
"""botkyrka/tjansteskrivelse's optional tables at the end of "Ärendet" still render: the
example (a memo without a table, as the real one is) plus the economic summary of the report it
accompanies, rendered to HTML, shows the caption, the header and the figures as Kansli formats
them, the sum row as stated.

Usage: memo_table_test.py KANSLI TEMPLATES_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from test_report import finish

TABLE = {
    "caption": "Ekonomisk sammanfattning",
    "row_heading": "Verksamhet (i miljoner kronor)",
    "columns": ["Bokslut 2022", "Utfall period 2023", "Budget 2023", "Prognos helår 2023", "Avvikelse 2023"],
    "decimals": 1,
    "rows": [
        {"label": "Intäkter (+)", "values": [91.9, 40.4, 42.0, 61.4, 19.5]},
        {"label": "Kostnader (-)", "values": [-726.6, -473.1, -762.5, -724.2, 38.3]},
        {"label": "Netto (+/-)", "values": [-634.7, -432.7, -720.5, -662.8, 57.7], "kind": "sum"},
        {"label": "Nettoinvesteringar (+/-)", "values": [-2.0, -0.2, -3.0, None, 1.0]},
    ],
}

EXPECTED = [
    r'<caption>.*Ekonomisk sammanfattning</caption>',
    r'<th[^>]*>Verksamhet \(i miljoner kronor\)</th>',
    r'<td class="num">42,0</td>',                     # the table's one decimal
    r'<td class="num">\u2212726,6</td>',              # minus sign
    r'<tr class="row-sum">.*?\u2212634,7',            # the stated sum
    r'<td class="num">\u22122,0</td><td class="num">\u22120,2</td><td class="num">\u22123,0</td><td class="num"></td>',
]


def main(argv):
    if len(argv) != 3:
        print(__doc__.split('\n\n')[1], file=sys.stderr)
        return 2
    kansli, templates = argv[1], argv[2]
    with open(os.path.join(templates, 'botkyrka/tjansteskrivelse/example.json'), encoding='utf-8') as f:
        data = json.load(f)
    data['tables'] = [TABLE]
    with tempfile.TemporaryDirectory() as tmp:
        data_file = os.path.join(tmp, 'memo.json')
        with open(data_file, 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False)
        result = subprocess.run([kansli, 'render', data_file, '--templates', templates, '--template',
                                 'botkyrka/tjansteskrivelse', '--format', 'html', '--out', tmp],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print('FAIL: rendering failed\n' + result.stdout + result.stderr)
            return 1
        with open(os.path.join(tmp, 'memo.html'), encoding='utf-8') as f:
            page = f.read()
    return finish([f'not found: {e}' for e in EXPECTED if not re.search(e, page, re.S)], len(EXPECTED), 'found')


if __name__ == '__main__':
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Tests of seed_text_check.py: it passes a faithful page and fails each kind of change, and
an example marked complete fails when it leaves a line of its passage out.

Usage: seed_text_check_test.py   (exit 0 when every case behaves; each failure is listed)
"""
import os
import subprocess
import sys
import tempfile

from test_report import finish

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, 'seed_text_check.py')

SEED = '\n'.join([
    'Ekonomisk ställning',                                   # 1
    '',
    'Driftsredovisning, nettoresultat (tkr)\t\t\t',          # 3
    '\tUtfall 2020\tBudget 2020\tAvvikelse',
    'Socialnämnd\t-1 291\t-1 402\t111',
    'Summa\t-218 690\t-191 030\t-27 660',
    'Pågående projekt:\t\t\t',
    '',
    'Socialnämnden redovisar en budgetavvikelse på -27 660 tkr för helår 2020.',  # 9
    'Socialnämnden',                                         # 10: a running page header
    'Indikator\tUtfall\tKommentar',
    'Ökad sysselsättning <i>KS, BIN,</i>\tUngdomar (%)\t52%',
    'Indikator\tUtfall\tKommentar',                           # header repeated after a page break
    'KIAB\tPraktikanter\t61',
    'Socialförvaltningen genomför digitala\tJa\t',
    'Indikator\tUtfall\tKommentar',
    'möten när det är möjligt\t\t',
    '',
])

MANIFEST = '''[test/package]
seed seed.txt
lines 1-17
furniture Socialnämnden
template <h1> Rapport

[test/complete]
seed seed.txt
lines 1-9
complete
skip 3-7
'''

SHORT = '<html><body><main><h2>Ekonomisk ställning</h2>{}</main></body></html>'
PARAGRAPH = '<p>Socialnämnden redovisar en budgetavvikelse på −27 660 tkr för helår 2020.</p>'


def page(drift_sum='−218\u00a0690', paragraph='Socialnämnden redovisar en budgetavvikelse på −27 660 tkr för helår 2020.',
         middle='−1\u00a0402', heading='Rapport', extra=''):
    return f'''<!DOCTYPE html><html lang="sv"><body><header><p>Sidhuvud</p></header>
<main><h1>{heading}</h1><h2>Ekonomisk ställning</h2>
<nav><p>Innehåll som inte finns i förlagan</p></nav>
<table><caption>Driftsredovisning, nettoresultat (tkr)</caption>
<thead><tr><th></th><th>Utfall 2020</th><th>Budget 2020</th><th>Avvikelse</th></tr></thead>
<tbody><tr><th>Socialnämnd</th><td>−1\u00a0291</td><td>{middle}</td><td>111</td></tr>
<tr class="row-section"><td colspan="4">Pågående projekt:</td></tr>
<tr class="row-sum"><th>Summa</th><td>{drift_sum}</td><td>−191\u00a0030</td><td>−27\u00a0660</td></tr></tbody></table>
<p>{paragraph}</p>
<table><thead><tr><th>Indikator</th><th>Utfall</th><th>Kommentar</th></tr></thead>
<tbody><tr><td rowspan="2">Ökad sysselsättning <em>KS, BIN, KIAB</em></td><td>Ungdomar (%)</td><td>52%</td></tr>
<tr><td>Praktikanter</td><td>61</td></tr>
<tr><td>Socialförvaltningen genomför digitala möten när det är möjligt</td><td>Ja</td><td></td></tr></tbody></table>
{extra}</main><footer><p>Sidfot</p></footer></body></html>'''


CASES = [
    # (name, page, expected exit status[, package])
    ('the faithful page passes', page(), 0),
    ('a complete example passes', SHORT.format(PARAGRAPH), 0, 'test/complete'),
    ('an example that leaves a paragraph out fails when it must be complete', SHORT.format(''), 1,
     'test/complete'),
    ('a changed figure in a row fails', page(drift_sum='−218\u00a0691'), 1),
    ('a lost minus sign fails', page(middle='1\u00a0402'), 1),
    ('a figure in the wrong column fails',
     page().replace('<td>111</td></tr>', '<td></td></tr>').replace('<th>Socialnämnd</th><td>−1\u00a0291</td>',
                                                                  '<th>Socialnämnd</th><td>111</td>'), 1),
    ('an emptied cell fails', page(middle=''), 1),
    ('a changed word in a paragraph fails',
     page(paragraph='Socialnämnden redovisar en budgetavvikelse på −27 660 tkr för helåret 2020.'), 1),
    ('a paragraph from elsewhere fails', page(extra='<p>Text som inte står i förlagan.</p>'), 1),
    ('text joined across the page header fails (it is blanked, not skipped)',
     page(extra='<p>helår 2020. Socialnämnden Indikator</p>'), 1),
    ('a template text that is no longer rendered fails', page(heading='Årsrapport'), 1),
]


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'seed.txt'), 'w', encoding='utf-8') as f:
            f.write(SEED)
        manifest = os.path.join(tmp, 'manifest.txt')
        with open(manifest, 'w', encoding='utf-8') as f:
            f.write(MANIFEST)
        for name, html, expected, *package in CASES:
            html_file = os.path.join(tmp, 'example.html')
            with open(html_file, 'w', encoding='utf-8') as f:
                f.write(html)
            result = subprocess.run([sys.executable, CHECK, manifest, (package or ['test/package'])[0], html_file, tmp],
                                    capture_output=True, text=True)
            if result.returncode != expected:
                failures.append(f'{name}: exit {result.returncode}, expected {expected}\n{result.stdout}{result.stderr}')
    return finish(failures, len(CASES), 'cases behave')


if __name__ == '__main__':
    sys.exit(main())

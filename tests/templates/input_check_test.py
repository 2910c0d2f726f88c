#!/usr/bin/env python3
"""`kansli check` catches, with the JSON path, an unknown key, a wrong type and a missing field
anywhere in a report package's data: in a table cell deep inside a section, not only at the top;
and in each kind of attachment of the meeting packet (a report's table cell, a protokollsutdrag,
a motion).

Usage: input_check_test.py KANSLI TEMPLATES_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

from test_report import finish


def first_path(data, wanted, path=()):
    """The path of the first object that has the key `wanted` (depth first)."""
    if isinstance(data, dict):
        if wanted in data:
            return path
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return None
    for key, value in items:
        found = first_path(value, wanted, path + (key,))
        if found is not None:
            return found
    return None


def at(data, path):
    for key in path:
        data = data[key]
    return data


def pointer(path):
    return '/' + '/'.join(str(p) for p in path)


# package -> (a key to find deep inside, a required key of that object)
PACKAGES = {
    'katrineholm/arsredovisning': ('value', 'cells'),
    'botkyrka/arsredovisning': ('value', 'cells'),
    'katrineholm/sammantradeshandlingar': ('value', 'cells'),
}

# package -> (attachment kind, a key of it to give the wrong type, a required key of it)
ATTACHMENTS = {
    'katrineholm/sammantradeshandlingar': [
        ('protokollsutdrag', 'paragraph', 'decision'),
        ('motion', 'proposals', 'signatories'),
        ('report', 'chapters', 'committee'),
    ],
}


def main(argv):
    if len(argv) != 3:
        print(__doc__.split('\n\n')[1], file=sys.stderr)
        return 2
    kansli, templates = argv[1], argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for package, (deep_key, _) in PACKAGES.items():
            with open(os.path.join(templates, package, 'example.json'), encoding='utf-8') as f:
                example = json.load(f)
            cell = first_path(example, deep_key)
            row = cell[:-2]  # …/rows/N/cells/M -> …/rows/N
            cases = []
            unknown = json.loads(json.dumps(example))
            at(unknown, cell)['valeu'] = 1
            cases.append(('an unknown key', unknown, pointer(cell + ('valeu',))))
            wrong = json.loads(json.dumps(example))
            at(wrong, cell)[deep_key] = 'tolv'
            cases.append(('a wrong type', wrong, pointer(cell + (deep_key,))))
            missing = json.loads(json.dumps(example))
            del at(missing, row)['cells']
            cases.append(('a missing field', missing, pointer(row)))
            for kind, typed_key, required_key in ATTACHMENTS.get(package, []):
                place = first_path(example, kind) + (kind,)
                unknown = json.loads(json.dumps(example))
                at(unknown, place)['titel'] = 'x'
                cases.append((f'an unknown key in a {kind}', unknown, pointer(place + ('titel',))))
                wrong = json.loads(json.dumps(example))
                at(wrong, place)[typed_key] = 12
                cases.append((f'a wrong type in a {kind}', wrong, pointer(place + (typed_key,))))
                missing = json.loads(json.dumps(example))
                del at(missing, place)[required_key]
                cases.append((f'a missing field in a {kind}', missing, pointer(place)))
            for name, data, path in cases:
                data_file = os.path.join(tmp, 'data.json')
                with open(data_file, 'w', encoding='utf-8') as f:
                    json.dump(data, f, ensure_ascii=False)
                result = subprocess.run([kansli, 'check', data_file, '--templates', templates, '--template', package],
                                        capture_output=True, text=True)
                output = result.stdout + result.stderr
                if result.returncode != 1 or path not in output:
                    failures.append(f'{package}, {name}: exit {result.returncode}, expected 1 naming {path}\n{output}')
    total = 3 * len(PACKAGES) + 3 * sum(len(kinds) for kinds in ATTACHMENTS.values())
    return finish(failures, total, 'cases caught with their path')


if __name__ == '__main__':
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""kansli fields, schema and new for every bundled package: fields lists every top-level field
of the input description; schema is a valid JSON Schema (draft 2020-12) that Python's jsonschema
(Debian's python3-jsonschema) accepts the package's example against, and rejects data with an
unknown field or a wrong type; new gives a skeleton with every field that check reads without
an unknown field or a wrong type, and an empty field of it is one message.
usage: package_commands_test.py KANSLI TEMPLATES_DIR WORK_DIR"""
import json, os, shutil, subprocess, sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is missing (scripts/install-deps.sh --tests installs it)")
    sys.exit(1)

kansli, templates, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ, LC_ALL="C")

def run(*args, stdin=None):
    return subprocess.run([kansli, *args, "--templates", templates], capture_output=True, text=True, env=env, input=stdin)

def merge_patch(target, patch):
    """RFC 7396, as the library reads a package's description on top of its parent's."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result

failures = []
packages = sorted(os.path.relpath(folder, templates) for folder, _, names in os.walk(templates)
                  if "example.json" in names and "input.schema.json" in names)
for package in packages:
    description = json.load(open(os.path.join(templates, package, "input.schema.json"), encoding="utf-8"))
    # A package that extends another describes only what it changes: read it on top of its parents'.
    manifest_file = os.path.join(templates, package, "manifest.json")
    while os.path.exists(manifest_file):
        parent = json.load(open(manifest_file, encoding="utf-8")).get("extends")
        if not parent:
            break
        inherited = json.load(open(os.path.join(templates, parent, "input.schema.json"), encoding="utf-8"))
        description = merge_patch(inherited, description)
        manifest_file = os.path.join(templates, parent, "manifest.json")
    example = json.load(open(os.path.join(templates, package, "example.json"), encoding="utf-8"))
    fields = run("fields", package)
    if fields.returncode != 0:
        failures.append("%s: fields exit %d: %s" % (package, fields.returncode, fields.stderr))
    listed = {line.split()[0] for line in fields.stdout.splitlines() if line and not line.startswith(" ")}
    for name in description.get("properties", {}):
        if name not in listed:
            failures.append("%s: fields does not list %s" % (package, name))

    schema_run = run("schema", package)
    try:
        schema = json.loads(schema_run.stdout)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        errors = [e.message for e in validator.iter_errors(example)]
        if errors:
            failures.append("%s: the schema rejects the package's example: %s" % (package, errors[:3]))
        if description.get("additionalProperties") is False:
            if validator.is_valid(dict(example, kansli_unknown_field=1)):
                failures.append("%s: the schema accepts an unknown field" % package)
        string_fields = [k for k, v in description.get("properties", {}).items() if v.get("type") == "string"]
        if string_fields and validator.is_valid(dict(example, **{string_fields[0]: {"not": "a string"}})):
            failures.append("%s: the schema accepts an object for the string field %s" % (package, string_fields[0]))
    except (ValueError, jsonschema.exceptions.SchemaError) as e:
        failures.append("%s: schema: %s (exit %d)" % (package, e, schema_run.returncode))

    new = run("new", package)
    try:
        skeleton = json.loads(new.stdout)
        for name in description.get("properties", {}):
            if name not in skeleton:
                failures.append("%s: new leaves out %s" % (package, name))
        check = run("check", "-", "--template", package, stdin=new.stdout)
        said = {}
        for line in check.stdout.splitlines():
            if "unknown field" in line or "expected " in line:
                failures.append("%s: check finds the skeleton of the wrong shape: %s" % (package, line))
            place = line.split(": ")[1] if line.count(": ") >= 2 else line
            said.setdefault(place, []).append(line)
        # An empty field is one message, not "must not be empty" and its pattern's refusal too.
        for place, lines in said.items():
            if len(lines) > 1 and any("must not be empty" in l for l in lines):
                failures.append("%s: check says more than one thing %s: %s" % (package, place, lines))
    except ValueError as e:
        failures.append("%s: new is not JSON: %s" % (package, e))

for f in failures:
    print("FAIL:", f)
print("package commands: %d packages, %s" % (len(packages), "ok" if not failures else "%d failures" % len(failures)))
sys.exit(1 if failures or not packages else 0)

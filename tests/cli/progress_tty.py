#!/usr/bin/env python3
"""kansli render shows its progress on a terminal only: run with standard error on a
pseudo-terminal it draws "[done/total] rate documents/s  file"; with standard error on a pipe,
or with -q on the terminal, it draws nothing.
usage: progress_tty.py KANSLI FIXTURE_PACKAGES WORK_DIR"""
import os, pty, shutil, subprocess, sys

kansli, packages, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
example = open(os.path.join(packages, "testkommun/memo/example.json"), encoding="utf-8").read()
files = []
for i in range(5):
    name = os.path.join(work, "d%d.json" % i)
    open(name, "w", encoding="utf-8").write(example)
    files.append(name)

def render(extra, on_terminal):
    args = [kansli, "render", *files, "--template", "testkommun/memo", "--templates", packages,
            "--format", "html", "-j", "1", "--out", os.path.join(work, "out-%d" % len(os.listdir(work)))] + extra
    env = dict(os.environ, LC_ALL="C")
    if not on_terminal:
        r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        return r.returncode, r.stderr.decode()
    leader, follower = pty.openpty()
    r = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return r.wait(), seen.decode()

failures = []
code, terminal = render([], True)
if code != 0 or "[5/5]" not in terminal or "documents/s" not in terminal or "d4.json" not in terminal:
    failures.append("on a terminal: expected '[5/5] … documents/s  …d4.json', got %r (exit %d)" % (terminal, code))
code, piped = render([], False)
if code != 0 or "[" in piped or "documents/s" in piped:
    failures.append("on a pipe: expected no progress, got %r (exit %d)" % (piped, code))
code, quiet = render(["-q"], True)
if code != 0 or "documents/s" in quiet:
    failures.append("with -q on a terminal: expected no progress, got %r (exit %d)" % (quiet, code))
for f in failures:
    print("FAIL:", f)
print("progress_tty: %s" % ("ok" if not failures else "FAILED"))
sys.exit(1 if failures else 0)

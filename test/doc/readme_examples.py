#!/usr/bin/env python3
"""Runs every SQL example of README.md and checks the results it shows.

    readme_examples.py README.md PSQL_COMMAND...

Conventions of README.md (its chapter "Conventions of this README" says them to readers):
  * every ```sql block is an example: its statements run, in order, in one transaction that is
    rolled back (so a block may insert and then query, and the demo data stays as it was);
  * a comment of the form `--> text` after a statement is the result that statement shows, one
    such line per result row, fields separated by ' | ' (psql's unaligned format, no header);
    statements without one must only run without error;
  * blocks that must not run (they need a shell, another database or no transaction) are
    marked ```sql norun.
Exits non-zero (and says which example at which README line) when a statement fails or shows
something else.
"""
import re
import subprocess
import sys


def blocks(path):
    """Yield (line number, text) of each runnable ```sql block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```sql(\s+norun)?\s*$", lines[i])
        if not m:
            i += 1
            continue
        start = i + 1
        j = start
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        if not m.group(1):
            yield start + 1, "\n".join(lines[start:j])
        i = j + 1


def split_statements(text):
    """Split SQL into statements at top-level semicolons, keeping each statement's trailing
    `-->` result lines. Knows quotes, dollar quotes and comments. Returns
    [(statement, [expected lines], line offset)]."""
    out = []
    cur = []
    expect = []
    i, n = 0, len(text)
    line = 0
    stmt_line = 0

    def flush():
        s = "".join(cur).strip()
        if s:
            out.append([s, list(expect), stmt_line])
        elif expect and out:
            out[-1][1].extend(expect)
        cur.clear()
        expect.clear()

    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            comment = text[i:j]
            if comment.startswith("-->"):
                value = comment[3:]
                value = value[1:] if value.startswith(" ") else value
                # a result written after the statement's semicolon belongs to it
                if not "".join(cur).strip() and out:
                    out[-1][1].append(value.rstrip())
                else:
                    expect.append(value.rstrip())
            i = j
            continue
        if c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            cur.append(text[i:j])
            line += text.count("\n", i, j)
            i = j
            continue
        if c in "'\"":
            j = i + 1
            while j < n:
                if text[j] == c:
                    if j + 1 < n and text[j + 1] == c:
                        j += 2
                        continue
                    break
                j += 1
            cur.append(text[i:j + 1])
            line += text.count("\n", i, j + 1)
            i = j + 1
            continue
        if c == "$":
            m = re.match(r"\$[A-Za-z_]*\$", text[i:])
            if m:
                tag = m.group(0)
                j = text.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                cur.append(text[i:j])
                line += text.count("\n", i, j)
                i = j
                continue
        if not "".join(cur).strip() and not c.isspace():
            stmt_line = line
        if c == ";":
            cur.append(c)
            flush()
            i += 1
            continue
        cur.append(c)
        i += 1
    flush()
    return out


def main():
    readme, psql = sys.argv[1], sys.argv[2:]
    failures = 0
    count = 0
    checked = 0
    for lineno, text in blocks(readme):
        stmts = split_statements(text)
        script = ["\\set ON_ERROR_STOP 1", "\\pset tuples_only on", "\\pset format unaligned",
                  "\\pset fieldsep ' | '", "\\pset null ''", "BEGIN;"]
        for k, (s, _, _) in enumerate(stmts):
            script.append(s)
            script.append("\\echo @@end %d" % k)
        script.append("ROLLBACK;")
        proc = subprocess.run(psql, input="\n".join(script) + "\n", capture_output=True, text=True)
        results = {}
        cur = []
        for out_line in proc.stdout.split("\n"):
            m = re.match(r"^@@end (\d+)$", out_line)
            if m:
                results[int(m.group(1))] = cur
                cur = []
            else:
                cur.append(out_line)
        for k, (s, expected, off) in enumerate(stmts):
            count += 1
            where = "README.md line %d" % (lineno + off)
            if k not in results:
                failures += 1
                err = proc.stderr.strip().split("\n")
                print("FAILED %s: %s\n  %s" % (where, s.split("\n")[0], "\n  ".join(err[-6:])))
                break
            got = [x.rstrip() for x in results[k]]
            while got and got[-1] == "":
                got.pop()
            # psql prints a command tag for utility statements and DML in unaligned mode only
            # when not quiet; keep only result rows
            if expected:
                checked += 1
                if got != expected:
                    failures += 1
                    print("FAILED %s: %s\n  README shows: %s\n  psql gives:   %s"
                          % (where, s.split("\n")[0], expected, got))
    print("%d README statements run, %d shown results checked, %d failed" % (count, checked, failures))
    sys.exit(1 if failures or count == 0 else 0)


if __name__ == "__main__":
    main()

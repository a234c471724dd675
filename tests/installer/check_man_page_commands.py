#!/usr/bin/env python3
"""The man page documents every command that strongroom-cli lists in its --help, every exit code
of the CLI contract and the key options, so it cannot silently fall behind the program."""
import re
import subprocess
import sys

page_path, cli = sys.argv[1], sys.argv[2]
with open(page_path, encoding="utf-8") as f:
    # The page's text without font escapes and with groff's \- as a plain hyphen.
    page = re.sub(r"\\f[BIRP]", "", f.read()).replace("\\-", "-").replace('"', "")

help_text = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
commands = []
in_commands = False
for line in help_text.splitlines():
    if line.startswith("Commands:"):
        in_commands = True
    elif in_commands and not line.strip():
        break
    elif in_commands:
        # "  audit verify         Check the hash chain" -> "audit verify"
        commands.append(re.split(r"\s{2,}", line.strip())[0])
if not commands:
    sys.exit(f"{cli} --help lists no commands:\n{help_text}")

problems = []
for command in commands:
    # Documented as a heading entry: '.SS "audit verify"' (the generated COMMANDS section),
    # ".B audit verify", ".BI db info  DATABASE", ...
    if not re.search(r"^\.(B[IR]?|SS) +\"?" + re.escape(command) + r"\b", page, re.MULTILINE):
        problems.append(f"command '{command}' (listed by {cli} --help) is not documented")
for code in (0, 1, 2, 3, 4, 5, 6, 7, 130):
    if not re.search(r"^\.B " + str(code) + r"$", page, re.MULTILINE):
        problems.append(f"exit status {code} is not documented")
for option in ("--json", "--key-env", "--key-file", "--passphrase-stdin", "--new-key-env", "--yes",
               "audit.jsonl"):
    if option not in page:
        problems.append(f"'{option}' is not documented")

if problems:
    sys.exit(f"{page_path}:\n  " + "\n  ".join(problems))
print(f"{page_path} documents all {len(commands)} commands of {cli} and every exit status.")

#!/usr/bin/env python3
"""Checks `strongroom-cli doctor --json` from the installed package: valid JSON, the packaged version,
and that the .deb's dependencies brought what the program needs at run time."""
import json
import sys

path, version = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
try:
    doctor = json.loads(text)
except json.JSONDecodeError as e:
    sys.exit(f"doctor --json printed invalid JSON ({e}):\n{text}")
if not isinstance(doctor, dict):
    sys.exit(f"doctor --json printed {type(doctor).__name__}, not an object:\n{text}")

problems = []
if doctor.get("strongroom") != version:
    problems.append(f"version {doctor.get('strongroom')!r}, expected {version!r}")
if not (doctor.get("sqlcipher") or {}).get("version"):
    problems.append("no SQLCipher (libsqlcipher)")
if "qca-ossl" not in (doctor.get("qca") or {}).get("providers", []):
    problems.append("no QCA OpenSSL provider (libqca-qt6-plugins)")
if not (doctor.get("postgresql") or {}).get("client_tools"):
    problems.append("no PostgreSQL client tools (postgresql-client-17)")
for tool, package in (("gpg", "gnupg"), ("age", "age")):
    if not doctor.get(tool):
        problems.append(f"no {tool} ({package})")
# udisks2 need not run in a clean root, but doctor must say whether it does.
if not isinstance(doctor.get("udisks2"), bool):
    problems.append("doctor does not report udisks2")
if problems:
    sys.exit("the installed package lacks: " + "; ".join(problems) + "\n" + text)
print(f"doctor --json in the clean root: valid JSON, Strongroom {version}, runtime dependencies present.")

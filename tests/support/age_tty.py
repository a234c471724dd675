#!/usr/bin/env python3
"""Runs a command (the age program) on a pseudo-terminal and answers its passphrase prompts.

age -p reads passphrases only from the terminal, so interop tests run it through this. The passphrase
comes on this script's stdin (one line), never on a command line or in the environment. The exit
status is the command's; what the command wrote to the terminal goes to stderr.
"""
import os
import pty
import sys

passphrase = sys.stdin.readline().rstrip("\n").encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])

seen = b""
answered = 0
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    seen += data
    prompts = seen.count(b"passphrase")
    if prompts > answered and seen.rstrip().endswith(b":"):
        os.write(fd, passphrase + b"\n")
        answered = prompts
sys.stderr.buffer.write(seen)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))

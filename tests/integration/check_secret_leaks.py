"""Fails if a test secret was written in plain text where it must never be.

Every secret the credential tests use carries one marker. Run after them (a CTest fixture
cleanup), this scans every regular file under the throw-away HOME (config, data, cache and the
keyring files themselves) and CTest's logs for it.

    check_secret_leaks.py --logs BUILD/Testing/Temporary
    check_secret_leaks.py --selftest DIR     plants a leak under DIR and must find it
"""
import argparse
import os
import stat
import sys
import tempfile

# Assembled, so that neither this file nor its command line contains the marker itself.
MARKER = ("WHARF" + "-" + "SECRET").encode()


def regular_files(root):
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                if stat.S_ISREG(os.lstat(path).st_mode):  # not sockets, fifos or links
                    yield path
            except OSError:
                pass  # vanished meanwhile


def leaks(paths):
    found = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                if MARKER in f.read():
                    found.append(path)
        except OSError as error:
            print(f"cannot read {path}: {error}", file=sys.stderr)
            found.append(path)
    return found


def throwaway_home():
    home = os.environ.get("WHARF_TEST_HOME")
    if home:
        return home
    home = os.path.realpath(os.environ.get("HOME", "/"))
    if home.startswith(os.path.realpath(tempfile.gettempdir()) + os.sep):
        return home
    sys.exit("no throw-away HOME to check: run the suite through scripts/test "
             "(WHARF_TEST_HOME) or with HOME=$(mktemp -d)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--logs", help="CTest's Testing/Temporary directory")
    parser.add_argument("--selftest", help="scratch directory for the self-test")
    args = parser.parse_args()

    if args.selftest:
        planted = os.path.join(args.selftest, ".config", "wharf", "leak.ini")
        os.makedirs(os.path.dirname(planted), exist_ok=True)
        with open(planted, "wb") as f:
            f.write(b"token=" + MARKER + b"-planted\n")
        try:
            found = leaks(regular_files(args.selftest))
        finally:
            os.remove(planted)
        if found != [planted]:
            sys.exit(f"the leak check missed a planted secret (found {found})")
        print("planted secret found as expected")
        return

    home = throwaway_home()
    files = list(regular_files(home))
    logs = []
    if args.logs and os.path.isdir(args.logs):
        # While CTest runs, its log is still called LastTest.log.tmp.
        logs = [os.path.join(args.logs, n) for n in os.listdir(args.logs) if ".log" in n]
    found = leaks(files + logs)
    print(f"checked {len(files)} files under {home} and {len(logs)} logs")
    if found:
        sys.exit("test secrets found in plain text in:\n  " + "\n  ".join(found))


if __name__ == "__main__":
    main()

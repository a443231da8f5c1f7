#!/usr/bin/python3
"""Start and stop the test OpenID Provider (op.mjs) as a detached loopback process.

  op-launch.py setup --work-dir DIR              copy the scripts to DIR and `npm ci` there
  op-launch.py start --work-dir DIR --state-dir S [--with-ivcap]
  op-launch.py stop  --state-dir S

`start` runs node op.mjs from DIR, waits for its ready file, then writes S/op.json
({pid, issuer, log}); with --with-ivcap it also starts tests/servers' IVCAP emulator in S with
--oidc-issuer set to the OP (S/ivcap.json). OIDC_EXTRA_CLIENTS passes through to op.mjs.
`stop` sends SIGTERM, then SIGKILL, to exactly the PIDs it recorded.
"""
import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVERS = HERE.parent.parent / "servers"
SCRIPTS = ["package.json", "package-lock.json", "op.mjs", "browser-login.mjs",
           "browser-handler.sh"]
READY_TIMEOUT = 30.0


def node() -> str:
    return os.environ.get("WHARF_NODE") or shutil.which("node") or "node"


def setup(a) -> int:
    work = Path(a.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    for name in SCRIPTS:
        shutil.copy2(HERE / name, work / name)
    lock = (HERE / "package-lock.json").read_bytes()
    stamp = work / "node_modules" / ".wharf-lock-sha256"
    digest = hashlib.sha256(lock).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        print("op-launch: node_modules up to date")
        return 0
    npm = os.environ.get("WHARF_NPM") or shutil.which("npm") or "npm"
    # scripts/deps fills WHARF_NPM_CACHE from the same lock, so that tests need no network
    # (in a fresh root the registry was refused at test time though reachable at setup).
    shared = os.environ.get("WHARF_NPM_CACHE")
    cache = ["--cache", shared, "--prefer-offline"] if shared else ["--cache",
                                                                    str(work / "npm-cache")]
    t0 = time.monotonic()
    proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund", *cache], cwd=work, timeout=600)
    if proc.returncode != 0:
        return proc.returncode
    stamp.write_text(digest)
    print(f"op-launch: npm ci took {time.monotonic() - t0:.1f} s")
    return 0


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def runs_op(pid: int) -> bool:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(arg.endswith(b"op.mjs") for arg in args)


def terminate(pid: int) -> bool:
    if not alive(pid) or not runs_op(pid):
        return True
    for sig, grace in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 2.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return True
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not alive(pid):
                return True
            time.sleep(0.05)
    return not alive(pid)


def start(a) -> int:
    work, state = Path(a.work_dir).resolve(), Path(a.state_dir).resolve()
    state.mkdir(parents=True, exist_ok=True)
    stop(a)  # a leftover from an earlier run goes first
    ready, log = state / "op.ready", state / "op.log"
    ready.unlink(missing_ok=True)
    env = dict(os.environ, OP_READY_FILE=str(ready))
    with open(log, "wb") as out:
        proc = subprocess.Popen([node(), str(work / "op.mjs")], cwd=work, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline and proc.poll() is None and not ready.exists():
        time.sleep(0.05)
    if not ready.exists():
        print(f"op-launch: the OP did not become ready; log:\n{log.read_text(errors='replace')}",
              file=sys.stderr)
        terminate(proc.pid)
        return 1
    issuer = ready.read_text().strip()
    info = {"pid": proc.pid, "issuer": issuer, "log": str(log), "work_dir": str(work)}
    tmp = state / ".op.json.tmp"
    tmp.write_text(json.dumps(info, indent=2) + "\n")
    os.replace(tmp, state / "op.json")
    print(f"op: {issuer} (pid {proc.pid})")
    if a.with_ivcap:
        rc = subprocess.run([sys.executable, str(SERVERS / "launch.py"), "start", "--state-dir",
                             str(state), "--oidc-issuer", issuer, "ivcap"]).returncode
        if rc != 0:
            stop(a)
            return rc
    return 0


def stop(a) -> int:
    state = Path(a.state_dir)
    ok = True
    if (state / "ivcap.json").exists():
        ok = subprocess.run([sys.executable, str(SERVERS / "launch.py"), "stop", "--state-dir",
                             str(state), "ivcap"]).returncode == 0
    path = state / "op.json"
    try:
        pid = json.loads(path.read_text())["pid"]
    except (OSError, ValueError, KeyError):
        return 0 if ok else 1
    if not terminate(pid):
        print(f"op-launch: pid {pid} did not die", file=sys.stderr)
        ok = False
    path.unlink(missing_ok=True)
    return 0 if ok else 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--work-dir", required=True)
    s = sub.add_parser("start")
    s.add_argument("--work-dir", required=True)
    s.add_argument("--state-dir", required=True)
    s.add_argument("--with-ivcap", action="store_true")
    s = sub.add_parser("stop")
    s.add_argument("--state-dir", required=True)
    a = p.parse_args()
    return {"setup": setup, "start": start, "stop": stop}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Start and stop the platform emulators and fault proxies as detached loopback processes.

  launch.py start --state-dir DIR [--tls] [--oidc-issuer URL] [--accept-token T]
                  [--emulator-arg=ARG...] NAME...
  launch.py stop  --state-dir DIR [NAME...]
  launch.py proxy --state-dir DIR --name NAME --upstream HOST:PORT|EMULATOR [--tls] [faults]

Each running process is described by DIR/NAME.json ({name, pid, port, url, log, and with TLS
cert + fingerprint_sha256; proxies add control_port}); the C++ tests read those files.
"""
import argparse
import hashlib
import http.client
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import faultproxy  # noqa: E402  (stdlib only; shares the fault option definitions)

EMULATORS = {"contaxy": "contaxy.py", "projectw": "projectw.py", "ivcap": "ivcap.py"}
OIDC_AWARE = {"contaxy", "projectw", "ivcap"}  # emulators that take --oidc-issuer
TOKEN_AWARE = {"ivcap"}  # emulators that take --accept-token
READY_TIMEOUT = 20.0
TERM_GRACE = 3.0


def write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    os.replace(tmp, path)  # readers never see a half-written file


def read_json(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def alive(pid: int) -> bool:
    # A zombie (exited, not yet reaped by a lazy PID 1) counts as dead.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def runs_script(pid: int, script: str) -> bool:
    """Only ever signal a PID that still runs one of our scripts (PIDs get reused)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(a.endswith(script.encode()) for a in args[:3])


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def spawn(argv: list, log: Path) -> subprocess.Popen:
    # Own session: survives the launcher, and CTest does not wait on our inherited pipes.
    with open(log, "wb") as out:
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True, cwd=HERE)


def make_cert(state_dir: Path, name: str):
    cert, key = state_dir / f"{name}-cert.pem", state_dir / f"{name}-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "30", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def fingerprint(cert: Path) -> str:
    der = ssl.PEM_cert_to_DER_cert(cert.read_text())
    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def answers(port: int, cafile, pid=None) -> bool:
    """True when the port serves our debug echo (from process `pid`, if given)."""
    try:
        if cafile:
            ctx = ssl.create_default_context(cafile=str(cafile))
            conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=2, context=ctx)
        else:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/__wharf__/echo")
        reply = conn.getresponse()
        ok = reply.status == 200 and pid in (None, json.loads(reply.read())["server_pid"])
        conn.close()
        return ok
    except (OSError, http.client.HTTPException, ValueError, KeyError):
        return False


def terminate(pid: int, script: str) -> bool:
    """SIGTERM, then SIGKILL after TERM_GRACE seconds. Returns False if it survived both."""
    if not alive(pid) or not runs_script(pid, script):
        return True
    group = os.getpgid(pid) == pid  # we made it a session leader; its group is ours to end
    for sig, grace in ((signal.SIGTERM, TERM_GRACE), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(pid, sig) if group else os.kill(pid, sig)
        except ProcessLookupError:
            return True
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not alive(pid):
                return True
            time.sleep(0.05)
    return not alive(pid)


def stop_entry(path: Path) -> bool:
    data = read_json(path)
    ok = True
    if isinstance(data, dict) and isinstance(data.get("pid"), int):
        script = "faultproxy.py" if "control_port" in data else EMULATORS.get(data.get("name"), "")
        ok = bool(script) and terminate(data["pid"], script)
        if not ok:
            print(f"launch.py: pid {data['pid']} ({path.name}) did not die", file=sys.stderr)
    path.unlink(missing_ok=True)
    return ok


def stop_if_recorded(state_dir: Path, name: str) -> None:
    path = state_dir / f"{name}.json"
    if path.exists():
        stop_entry(path)  # stale (dead) or live: either way we start fresh


def cmd_start(a) -> int:
    state_dir = Path(a.state_dir).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    pending = {}
    for name in dict.fromkeys(a.names):
        stop_if_recorded(state_dir, name)
        cert = key = None
        if a.tls:
            cert, key = make_cert(state_dir, name)
        extra = ["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)] if a.tls else []
        if name in OIDC_AWARE and a.oidc_issuer:
            extra += ["--oidc-issuer", a.oidc_issuer]
        if name in TOKEN_AWARE:
            for t in a.accept_token:
                extra += ["--accept-token", t]
        extra += a.emulator_arg
        pending[name] = {"cert": cert, "extra": extra, "tries": 0}
        launch_emulator(state_dir, name, pending[name])
    failed = []
    for name, p in pending.items():
        if not wait_emulator(state_dir, name, p):
            failed.append(name)
    if failed:
        for p in pending.values():
            terminate(p["proc"].pid, EMULATORS[p["name"]])
        return 1
    for name, p in pending.items():
        info = {"name": name, "pid": p["proc"].pid, "port": p["port"],
                "url": f"{'https' if p['cert'] else 'http'}://127.0.0.1:{p['port']}",
                "log": str(state_dir / f"{name}.log")}
        if p["cert"]:
            info.update(cert=str(p["cert"]), fingerprint_sha256=fingerprint(p["cert"]))
        write_json_atomic(state_dir / f"{name}.json", info)
        print(f"{name}: {info['url']} (pid {info['pid']})")
    return 0


def launch_emulator(state_dir: Path, name: str, p: dict) -> None:
    p.update(name=name, port=free_port(), tries=p["tries"] + 1)
    argv = [sys.executable, str(HERE / EMULATORS[name]), "--port", str(p["port"])] + p["extra"]
    p["proc"] = spawn(argv, state_dir / f"{name}.log")


def wait_emulator(state_dir: Path, name: str, p: dict) -> bool:
    log = state_dir / f"{name}.log"
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if p["proc"].poll() is not None:
            # The free port can be taken between our probe and the server's bind: retry.
            if "address already in use" in tail(log).lower() and p["tries"] < 3:
                launch_emulator(state_dir, name, p)
                continue
            break
        if answers(p["port"], p["cert"], p["proc"].pid):
            return True
        time.sleep(0.1)
    print(f"launch.py: {name} did not become ready; log tail:\n{tail(log)}", file=sys.stderr)
    return False


def cmd_stop(a) -> int:
    state_dir = Path(a.state_dir)
    paths = [state_dir / f"{n}.json" for n in a.names] if a.names else \
        sorted(state_dir.glob("*.json"))
    ok = all([stop_entry(p) for p in paths if p.exists()])
    return 0 if ok else 1


def cmd_proxy(a) -> int:
    if a.name in EMULATORS:
        print(f"launch.py: a proxy cannot be called {a.name!r}", file=sys.stderr)
        return 2
    try:
        faultproxy.validate({k: getattr(a, k) for k in faultproxy.DEFAULTS})
    except ValueError as e:
        print(f"launch.py: {e}", file=sys.stderr)
        return 2
    state_dir = Path(a.state_dir).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    stop_if_recorded(state_dir, a.name)
    upstream, tls_info = a.upstream, {}
    if ":" not in upstream:  # the name of an emulator running from the same state dir
        target = read_json(state_dir / f"{upstream}.json")
        if not target:
            print(f"launch.py: no {upstream}.json in {state_dir}", file=sys.stderr)
            return 2
        upstream = f"127.0.0.1:{target['port']}"
        tls_info = {k: target[k] for k in ("cert", "fingerprint_sha256") if k in target}
    scheme = "https" if (a.tls or tls_info) else "http"
    ready, log = state_dir / f".{a.name}.ready", state_dir / f"{a.name}.log"
    ready.unlink(missing_ok=True)
    argv = [sys.executable, str(HERE / "faultproxy.py"), "--upstream", upstream,
            "--ready-file", str(ready)] + faultproxy.fault_argv(a)
    proc = spawn(argv, log)
    deadline = time.monotonic() + READY_TIMEOUT
    info = None
    while time.monotonic() < deadline and proc.poll() is None and info is None:
        info = read_json(ready)
        time.sleep(0.05)
    ready.unlink(missing_ok=True)
    if info is None:
        print(f"launch.py: proxy {a.name} did not become ready; log tail:\n{tail(log)}",
              file=sys.stderr)
        terminate(proc.pid, "faultproxy.py")
        return 1
    out = {"name": a.name, "pid": proc.pid, "port": info["port"],
           "url": f"{scheme}://127.0.0.1:{info['port']}", "log": str(log), **tls_info,
           "control_port": info["control_port"], "upstream": upstream}
    write_json_atomic(state_dir / f"{a.name}.json", out)
    print(f"{a.name}: {out['url']} -> {upstream} (control {info['control_port']}, pid {proc.pid})")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="start emulators and wait until they answer HTTP")
    s.add_argument("--state-dir", required=True)
    s.add_argument("--tls", action="store_true", help="serve https with a fresh self-signed cert")
    s.add_argument("--oidc-issuer", help="OpenID Provider: ivcap's authinfo.yaml names it, "
                   "contaxy and projectw sign users in with it (SSO)")
    s.add_argument("--accept-token", action="append", default=[], help="extra ivcap bearer token")
    s.add_argument("--emulator-arg", action="append", default=[], metavar="ARG",
                   help="passed on to every named emulator, e.g. --emulator-arg=--tos-version=2")
    s.add_argument("names", nargs="+", choices=sorted(EMULATORS), metavar="NAME")
    t = sub.add_parser("stop", help="stop what DIR/*.json (or the named ones) describe")
    t.add_argument("--state-dir", required=True)
    t.add_argument("names", nargs="*", metavar="NAME")
    x = sub.add_parser("proxy", help="start a fault proxy in front of an upstream")
    x.add_argument("--state-dir", required=True)
    x.add_argument("--name", required=True)
    x.add_argument("--upstream", required=True, help="HOST:PORT, or an emulator name in DIR")
    x.add_argument("--tls", action="store_true", help="upstream speaks TLS: write an https url")
    faultproxy.add_fault_args(x)
    a = p.parse_args(argv)
    return {"start": cmd_start, "stop": cmd_stop, "proxy": cmd_proxy}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Contaxy and Project-W emulators signing users in through a real OpenID Provider
(tests/e2e/oidc/op.mjs), for the web SSO tests.

  sso_servers.py start --work-dir W --state-dir DIR   (writes DIR/{contaxy,projectw,op}.json)
  sso_servers.py stop  --state-dir DIR

W is tests/e2e/oidc's work dir, set up by `op-launch.py setup` (CTest fixture oidc_npm).

The emulators are confidential "web" clients with exact redirect URIs, so the provider must
know their ports and they must know its issuer: the provider's port is chosen first, the
emulators start with that issuer (they discover it lazily), then the provider starts with
both clients registered through OIDC_EXTRA_CLIENTS.
"""
import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SERVERS = ROOT / "tests" / "servers"
OIDC = ROOT / "tests" / "e2e" / "oidc"
sys.path.insert(0, str(SERVERS))
import launch  # noqa: E402



def clients(contaxy: str, projectw: str) -> list:
    return [
        {"client_id": "contaxy-emulator", "client_secret": "contaxy-emulator-secret",
         "client_name": "Contaxy", "grant_types": ["authorization_code"],
         "response_types": ["code"], "redirect_uris": [f"{contaxy}/auth/oauth/callback"]},
        # Project-W insists on a refresh token: offline_access needs the refresh_token grant.
        {"client_id": "projectw-emulator", "client_secret": "projectw-emulator-secret",
         "client_name": "Project-W", "grant_types": ["authorization_code", "refresh_token"],
         "response_types": ["code"], "redirect_uris": [f"{projectw}/api/oidc/auth/testidp"]},
    ]


def op_launch(*args, env=None) -> int:
    return subprocess.run([sys.executable, str(OIDC / "op-launch.py"), *args], env=env,
                          stdout=sys.stderr).returncode


def cmd_start(work: Path, state: Path) -> int:
    state.mkdir(parents=True, exist_ok=True)
    cmd_stop(state)
    for _ in range(3):  # the chosen port can be taken before the provider binds it
        port = launch.free_port()
        issuer = f"http://127.0.0.1:{port}"
        rc = launch.main(["start", "--state-dir", str(state), "--oidc-issuer", issuer,
                          "contaxy", "projectw"])
        if rc != 0:
            return rc
        urls = [launch.read_json(state / f"{n}.json")["url"] for n in ("contaxy", "projectw")]
        env = dict(os.environ, OP_PORT=str(port), OIDC_EXTRA_CLIENTS=json.dumps(clients(*urls)))
        if op_launch("start", "--work-dir", str(work), "--state-dir", str(state), env=env) == 0:
            got = (launch.read_json(state / "op.json") or {}).get("issuer")
            if got == issuer:
                return 0
        print(f"sso_servers.py: the provider did not start on port {port}", file=sys.stderr)
        cmd_stop(state)
    return 1


def cmd_stop(state: Path) -> int:
    if not state.is_dir():
        return 0
    rc = op_launch("stop", "--state-dir", str(state))
    return launch.main(["stop", "--state-dir", str(state), "contaxy", "projectw"]) or rc


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("command", choices=["start", "stop"])
    p.add_argument("--state-dir", required=True)
    p.add_argument("--work-dir", help="op-launch.py's work dir (start only)")
    a = p.parse_args()
    state = Path(a.state_dir).resolve()
    if a.command == "stop":
        return cmd_stop(state)
    if not a.work_dir:
        p.error("start needs --work-dir")
    return cmd_start(Path(a.work_dir).resolve(), state)


if __name__ == "__main__":
    sys.exit(main())

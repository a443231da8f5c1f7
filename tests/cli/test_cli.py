#!/usr/bin/python3
"""wharf-cli end to end: every command's exit codes, --json output, no password echo.

Runs the real binary against the emulators (the CTest fixture "emulators") with the suite's
real Secret Service; each test gets its own settings folder (XDG_CONFIG_HOME).
"""
import http.server
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

CLI = os.environ["WHARF_CLI"]
EMULATORS = os.environ["WHARF_EMULATOR_DIR"]
SOURCE = os.environ["WHARF_SOURCE_DIR"]
LAUNCH = os.path.join(SOURCE, "tests", "servers", "launch.py")
PYTHON = "/usr/bin/python3"
BUS_WITHOUT_SERVICES = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def emulator(name, state_dir=EMULATORS):
    with open(os.path.join(state_dir, name + ".json")) as f:
        return json.load(f)


class CannedHandler(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's canned status and body."""

    def do_GET(self):
        status, body, ctype = self.server.canned
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def canned_server(status, body, ctype="application/json"):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CannedHandler)
    server.canned = (status, body, ctype)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class CliTest(unittest.TestCase):
    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="wharf-cli-")
        self.env = dict(os.environ)
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.home, "config")
        self.env["XDG_DATA_HOME"] = os.path.join(self.home, "data")
        self.env.pop("WHARF_TOKEN", None)
        self.contaxy = emulator("contaxy")["url"]
        self.projectw = emulator("projectw")["url"]
        self.ivcap = emulator("ivcap")["url"]

    def tearDown(self):
        shutil.rmtree(self.home, ignore_errors=True)

    def cli(self, *args, stdin="", env=None, expect=None):
        run = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True,
                             env=env or self.env, timeout=60)
        if expect is not None:
            self.assertEqual(run.returncode, expect,
                             f"wharf-cli {' '.join(args)}\nstdout: {run.stdout}\nstderr: {run.stderr}")
        return run

    def add(self, name, url, *extra):
        run = self.cli("--json", "accounts", "add", name, url, *extra, expect=0)
        return json.loads(run.stdout)

    def settings_text(self):
        texts = []
        for root, _, files in os.walk(self.home):
            for name in files:
                with open(os.path.join(root, name), errors="replace") as f:
                    texts.append(f.read())
        return "\n".join(texts)

    # --- usage and help -------------------------------------------------------------------
    def test_help_on_every_command(self):
        for args in (["--help"], ["accounts", "--help"], ["accounts", "list", "--help"],
                     ["accounts", "add", "--help"], ["accounts", "remove", "--help"],
                     ["login", "--help"], ["logout", "--help"], ["whoami", "--help"],
                     ["files", "--help"], ["upload", "--help"], ["jobs", "--help"],
                     ["submit", "--help"], ["transcript", "--help"]):
            run = self.cli(*args, expect=0)
            self.assertIn("Usage: wharf-cli", run.stdout, args)
        self.assertIn("Exit codes", self.cli("--help").stdout)

    def test_usage_errors_exit_1(self):
        self.cli(expect=1)
        self.cli("frobnicate", expect=1)
        self.cli("accounts", "add", "only-name", expect=1)
        self.cli("whoami", expect=1)
        self.cli("whoami", "no-such-account", expect=1)
        self.cli("accounts", "add", "x", "ftp://example.test", expect=1)
        self.cli("accounts", "add", "x", "http://exa mple.test", expect=1)
        self.cli("accounts", "add", "x", self.contaxy, "--kind", "gopher", expect=1)

    def test_messages_follow_the_language(self):
        env = dict(self.env, LANGUAGE="de", LANG="de_DE.UTF-8")
        run = self.cli("frobnicate", env=env, expect=1)
        self.assertIn("unbekannter Befehl: frobnicate", run.stderr)
        run = self.cli("whoami", "nobody", env=env, expect=1)
        self.assertIn("kein Konto namens", run.stderr)

    # --- accounts --------------------------------------------------------------------------
    def test_accounts_detect_list_remove(self):
        self.assertEqual(self.add("c", self.contaxy)["kind"], "contaxy")
        self.assertEqual(self.add("p", self.projectw)["kind"], "projectw")
        self.assertEqual(self.add("i", self.ivcap)["kind"], "ivcap")
        listed = json.loads(self.cli("--json", "accounts", "list", expect=0).stdout)
        self.assertEqual([a["name"] for a in listed], ["c", "p", "i"])
        self.assertEqual(listed[0]["url"], self.contaxy)
        self.cli("accounts", "add", "C", self.contaxy, expect=1)  # names are unique
        self.cli("accounts", "remove", "p", expect=0)
        listed = json.loads(self.cli("--json", "accounts", "list", expect=0).stdout)
        self.assertEqual([a["name"] for a in listed], ["c", "i"])

    def test_add_unreachable_exits_3(self):
        run = self.cli("accounts", "add", "x", "http://127.0.0.1:9", expect=3)
        self.assertIn("refused", run.stderr)

    def test_add_non_platform_exits_4(self):
        server = canned_server(404, b'{"error":"nope"}')
        try:
            run = self.cli("accounts", "add", "x", f"http://127.0.0.1:{server.server_port}",
                           expect=4)
            self.assertIn("not a Contaxy, Project-W or IVCAP server", run.stderr)
        finally:
            server.shutdown()
            server.server_close()

    def test_tls_needs_pin(self):
        state = tempfile.mkdtemp(prefix="wharf-tls-")
        try:
            subprocess.run([PYTHON, LAUNCH, "start", "--state-dir", state, "--tls", "contaxy"],
                           check=True, capture_output=True, timeout=60)
            info = emulator("contaxy", state)
            run = self.cli("accounts", "add", "secure", info["url"], expect=3)
            self.assertIn(info["fingerprint_sha256"].upper(), run.stderr)
            self.assertIn("--pin", run.stderr)
            added = self.add("secure", info["url"], "--pin", info["fingerprint_sha256"])
            self.assertEqual(added["kind"], "contaxy")
        finally:
            subprocess.run([PYTHON, LAUNCH, "stop", "--state-dir", state], timeout=60)
            shutil.rmtree(state, ignore_errors=True)

    # --- sign-in -----------------------------------------------------------------------------
    def test_contaxy_login_whoami_logout(self):
        account = self.add("c", self.contaxy, "--username", "alice")
        self.cli("whoami", "c", expect=2)
        run = self.cli("login", "c", stdin="wrong-password\n", expect=2)
        self.assertIn("unauthorized_client", run.stderr)
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        me = json.loads(self.cli("--json", "whoami", "c", expect=0).stdout)
        self.assertEqual(me["name"], "alice")
        self.assertEqual(me["email"], "alice@example.test")
        found = subprocess.run(["secret-tool", "search", "--all", "user",
                                "account/" + account["id"]], capture_output=True, text=True)
        self.assertIn("account/" + account["id"], found.stdout + found.stderr)
        self.assertNotIn("alice-password", self.settings_text())
        self.cli("logout", "c", expect=0)
        self.cli("whoami", "c", expect=2)

    def test_projectw_login_whoami(self):
        self.add("p", self.projectw, "--username", "alice@example.test")
        self.cli("login", "p", stdin="Alice-Password-1!\n", expect=0)
        me = json.loads(self.cli("--json", "whoami", "p", expect=0).stdout)
        self.assertEqual(me["email"], "alice@example.test")
        self.cli("logout", "p", expect=0)

    # --- platform resources ------------------------------------------------------------------
    def test_contaxy_files_list_and_upload(self):
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("files", "c", "demo-project", expect=2)  # not signed in yet
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        listed = json.loads(self.cli("--json", "files", "c", "demo-project", expect=0).stdout)
        self.assertIn("data/train.csv", [f["key"] for f in listed])
        local = os.path.join(self.home, "report 1.csv")
        with open(local, "w") as f:
            f.write("a,b\n1,2\n")
        key = "cli/" + os.path.basename(self.home) + "/report 1.csv"
        self.cli("upload", "c", "demo-project", local, "--key", key, expect=0)
        listed = json.loads(self.cli("--json", "files", "c", "demo-project", "--prefix",
                                     "cli/", expect=0).stdout)
        self.assertEqual([(f["key"], f["size"]) for f in listed if f["key"] == key],
                         [(key, 8)])
        text = self.cli("files", "c", "demo-project", expect=0).stdout
        self.assertIn("report 1.csv", text)
        self.cli("upload", "c", "demo-project", local, "--key", "bad~key", expect=1)
        self.cli("upload", "c", "demo-project", os.path.join(self.home, "missing"), expect=1)
        self.cli("files", "c", "not-mine", expect=2)  # 403: not a member

    def test_projectw_jobs_submit_transcript(self):
        self.add("p", self.projectw, "--username", "alice@example.test")
        self.cli("jobs", "p", expect=2)
        self.cli("login", "p", stdin="Alice-Password-1!\n", expect=0)
        jobs = json.loads(self.cli("--json", "jobs", "p", expect=0).stdout)
        demo = [j for j in jobs if j["file"] == "team-meeting.mp3"]
        self.assertEqual(demo[0]["step"] in ("succeeded", "downloaded"), True)
        text = self.cli("transcript", "p", str(demo[0]["id"]), "--format", "srt",
                        expect=0).stdout
        self.assertIn("00:00:00,000 --> 00:00:02,500", text)
        out = os.path.join(self.home, "t.vtt")
        self.cli("transcript", "p", str(demo[0]["id"]), "--format", "vtt", "--output", out,
                 expect=0)
        with open(out) as f:
            self.assertTrue(f.read().startswith("WEBVTT"))
        self.cli("transcript", "p", "1", "--format", "doc", expect=1)
        audio = os.path.join(self.home, "memo.wav")
        with open(audio, "wb") as f:
            f.write(b"RIFF\x24\x10\x00\x00WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00"
                    + b"\x44\xac\x00\x00\x88\x58\x01\x00\x02\x00\x10\x00data" + bytes(64))
        job = json.loads(self.cli("--json", "submit", "p", audio, expect=0).stdout)
        self.assertIsInstance(job["id"], int)
        jobs = json.loads(self.cli("--json", "jobs", "p", expect=0).stdout)
        self.assertEqual(jobs[0]["id"], job["id"])  # newest first
        notes = os.path.join(self.home, "notes.txt")
        with open(notes, "w") as f:
            f.write("not audio")
        self.cli("submit", "p", notes, expect=1)
        self.cli("files", "p", "x", expect=1)  # a Project-W account has no Contaxy files

    def test_password_is_not_echoed(self):
        self.add("c", self.contaxy, "--username", "alice")
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(CLI, [CLI, "login", "c"], self.env)
        output = b""
        sent = False
        deadline = time.time() + 30
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            if not sent and b"Password" in output:
                time.sleep(0.2)  # let the CLI switch echo off before we type
                os.write(fd, b"alice-password\n")
                sent = True
        _, status = os.waitpid(pid, 0)
        text = output.decode(errors="replace")
        self.assertTrue(sent, text)
        self.assertEqual(os.waitstatus_to_exitcode(status), 0, text)
        self.assertIn("Signed in", text)
        self.assertNotIn("alice-password", text)

    def test_token_override_stores_nothing(self):
        account = self.add("i", self.ivcap)
        run = self.cli("login", "i", stdin="x\n", expect=1)
        self.assertIn("--token-stdin", run.stderr)
        env = dict(self.env, WHARF_TOKEN="ivcap-demo-token")
        self.cli("--json", "whoami", "i", env=env, expect=0)
        self.cli("whoami", "i", "--token-stdin", stdin="ivcap-demo-token\n", expect=0)
        self.cli("whoami", "i", env=dict(self.env, WHARF_TOKEN="bogus"), expect=2)
        found = subprocess.run(["secret-tool", "search", "--all", "user",
                                "account/" + account["id"]], capture_output=True, text=True)
        self.assertNotIn("ivcap-demo-token", found.stdout + found.stderr)
        self.assertNotIn("ivcap-demo-token", self.settings_text())
        self.cli("whoami", "i", expect=2)  # nothing was stored

    def test_network_and_server_errors(self):
        server = canned_server(500, b'{"code":500,"message":"Internal server error!"}')
        try:
            self.add("broken", f"http://127.0.0.1:{server.server_port}", "--kind", "contaxy")
            env = dict(self.env, WHARF_TOKEN="t")
            run = self.cli("whoami", "broken", env=env, expect=4)
            self.assertIn("Internal server error!", run.stderr)
        finally:
            server.shutdown()
            server.server_close()
        self.add("down", "http://127.0.0.1:9", "--kind", "contaxy")
        self.cli("whoami", "down", env=dict(self.env, WHARF_TOKEN="t"), expect=3)

    def test_no_keychain_is_plain_and_stores_nothing(self):
        self.add("c", self.contaxy, "--username", "alice")
        # A private session bus that can start no services: no Secret Service at all.
        config = os.path.join(self.home, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_WITHOUT_SERVICES)
        env = dict(self.env)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("DISPLAY", None)
        run = subprocess.run(["dbus-run-session", "--config-file=" + config, "--", CLI, "login",
                              "c"],
                             input="alice-password\n", capture_output=True, text=True, env=env,
                             timeout=60)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("No system keychain", run.stderr)
        self.assertIn("WHARF_TOKEN", run.stderr)
        self.assertNotIn("alice-password", self.settings_text())


if __name__ == "__main__":
    unittest.main(verbosity=2)

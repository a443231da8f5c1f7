#!/usr/bin/python3
"""wharf-cli end to end: every command's exit codes, --json output, no password echo.

Runs the real binary against the emulators (the CTest fixture "emulators") with the suite's
real Secret Service; each test gets its own settings folder (XDG_CONFIG_HOME).
"""
import base64
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
import urllib.request

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


def call_api(url, path, method="GET", token=None, data=None,
         content_type="application/x-www-form-urlencoded"):
    """One request to an emulator: (status, body, the token a Set-Cookie rotated to or None)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if data is not None:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            status, body, cookies = reply.status, reply.read(), reply.headers.get_all("set-cookie")
    except urllib.error.HTTPError as e:
        status, body, cookies = e.code, e.read(), e.headers.get_all("set-cookie")
    rotated = None
    for line in cookies or []:
        if line.startswith("token=") and not line.startswith("token=;"):
            rotated = line.split(";")[0][len("token="):].strip('"') or None
    return status, body, rotated


def projectw_login(url):
    form = b"username=alice%40example.test&password=Alice-Password-1%21"
    return call_api(url, "/api/local-account/login", "POST", data=form)[2]


def live_sessions(url):
    return json.loads(call_api(url, "/__wharf__/sessions")[1])["sessions"]


class PrivateEmulator:
    """A Project-W emulator of its own, for behaviour the shared one must not change."""

    def __init__(self, *emulator_args):
        self.dir = tempfile.mkdtemp(prefix="wharf-cli-emu-")
        subprocess.run([PYTHON, LAUNCH, "start", "--state-dir", self.dir,
                        *[f"--emulator-arg={a}" for a in emulator_args], "projectw"],
                       check=True, capture_output=True, timeout=60)
        self.url = emulator("projectw", self.dir)["url"]

    def stop(self):
        subprocess.run([PYTHON, LAUNCH, "stop", "--state-dir", self.dir], timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


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


class CliBase(unittest.TestCase):
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

    def suffix(self, n=8):
        """A per-test name part that Contaxy keeps as is: mkdtemp's suffix may hold "_",
        which the server turns into "-" in resource ids."""
        return os.path.basename(self.home)[-n:].lower().replace("_", "x")

    def cli(self, *args, stdin="", env=None, expect=None, timeout=60):
        run = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True,
                             env=env or self.env, timeout=timeout)
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

    def stored_token(self, account_id):
        """The token the keychain holds for the account (None when there is none)."""
        found = subprocess.run(["secret-tool", "lookup", "user", "account/" + account_id],
                               capture_output=True, timeout=30)
        blob = found.stdout.strip()
        if not blob:
            return None
        try:
            data = json.loads(blob)
        except ValueError:
            data = json.loads(base64.b64decode(blob))
        return data["secrets"]["access_token"]

    def no_keychain_env(self):
        """A private session bus that can start no services: no Secret Service at all."""
        config = os.path.join(self.home, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_WITHOUT_SERVICES)
        env = dict(self.env)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("DISPLAY", None)
        return config, env


class CliTest(CliBase):
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

    def test_contaxy_folders_up_and_down(self):
        """Issue 11 item 11: folders upload recursively, download recursively (names made
        safe, nothing replaced without --force), versions listed and deleted."""
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        tree = os.path.join(self.home, "batch")
        os.makedirs(os.path.join(tree, "run1"))
        for rel, text in (("run1/metrics.json", '{"loss": 0.1}'), ("summary.md", "# done\n")):
            with open(os.path.join(tree, rel), "w") as f:
                f.write(text)
        into = "cli-" + self.suffix() + "/in"
        up = json.loads(self.cli("--json", "files", "upload", "-a", "c", "demo-project", tree,
                                 "--into", into, expect=0).stdout)
        self.assertEqual(sorted(up["uploaded"]), [into + "/batch/run1/metrics.json",
                                                  into + "/batch/summary.md"])
        out = os.path.join(self.home, "out")
        os.makedirs(out)
        got = json.loads(self.cli("--json", "files", "download", "-a", "c", "demo-project",
                                  into + "/", "--to", out, expect=0).stdout)
        self.assertEqual(len(got["saved"]), 2)
        with open(os.path.join(out, "in", "batch", "run1", "metrics.json")) as f:
            self.assertEqual(f.read(), '{"loss": 0.1}')
        # Again: refused without --force, replaced with it (no "(2)" copies).
        again = self.cli("files", "download", "-a", "c", "demo-project", into + "/", "--to", out,
                         expect=1)
        self.assertIn("--force", again.stderr)
        self.cli("files", "download", "-a", "c", "demo-project", into + "/", "--to", out,
                 "--force", expect=0)
        self.assertEqual(sorted(os.listdir(os.path.join(out, "in", "batch"))),
                         ["run1", "summary.md"])
        # Versions: upload the same key twice more, list, delete one, then the older ones.
        key = into + "/batch/summary.md"
        local = os.path.join(tree, "summary.md")
        for _ in range(2):
            self.cli("files", "upload", "-a", "c", "demo-project", local, "--key", key,
                     expect=0)
        versions = json.loads(self.cli("--json", "files", "versions", "-a", "c",
                                       "demo-project", key, expect=0).stdout)
        self.assertEqual(len(versions), 3)
        self.assertTrue(versions[-1]["latest"])
        self.cli("files", "rm", "-a", "c", "demo-project", key, "--version",
                 versions[0]["version"], expect=0)
        self.cli("files", "rm", "-a", "c", "demo-project", key, "--keep-latest", expect=0)
        versions = json.loads(self.cli("--json", "files", "versions", "-a", "c",
                                       "demo-project", key, expect=0).stdout)
        self.assertEqual([v["latest"] for v in versions], [True])
        # A folder goes only with --recursive; then nothing is left below it.
        self.cli("files", "rm", "-a", "c", "demo-project", into + "/", expect=1)
        gone = json.loads(self.cli("--json", "files", "rm", "-a", "c", "demo-project",
                                   into + "/", "--recursive", expect=0).stdout)
        self.assertEqual(len(gone["deleted"]), 2)
        listed = json.loads(self.cli("--json", "files", "ls", "-a", "c", "demo-project",
                                     "--prefix", into, expect=0).stdout)
        self.assertEqual(listed, [])
        self.cli("files", "rm", "-a", "c", "demo-project", "no/such/file", expect=1)

    def test_contaxy_extensions(self):
        """Issue 11 item 9: list (with the global ones), install, and upstream's 500 on
        removal shown as the server's message with the server exit code."""
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        listed = json.loads(self.cli("--json", "extensions", "ls", "-a", "c", "demo-project",
                                     expect=0).stdout)
        viewer = [e for e in listed if e["id"] == "dataset-viewer"]
        self.assertEqual(len(viewer), 1)
        self.assertTrue(viewer[0]["ui_url"].endswith(
            "/projects/demo-project/services/dataset-viewer/access/8080/webapp/ui"
            "?project=demo-project"), viewer[0]["ui_url"])
        name = "ext-" + self.suffix()
        made = json.loads(self.cli("--json", "extensions", "install", "-a", "c", "demo-project",
                                   "lab/tool:1", "--name", name, "--endpoint", "8080", "--ui",
                                   "8080/ui", "--capability", "list_files", expect=0).stdout)
        self.assertEqual(made["capabilities"], ["list_files"])
        self.assertIn(made["id"], [e["id"] for e in json.loads(self.cli(
            "--json", "extensions", "ls", "-a", "c", "demo-project", expect=0).stdout)])
        run = self.cli("extensions", "rm", "-a", "c", "demo-project", made["id"], expect=4)
        self.assertIn("Internal server error", run.stderr)

    def test_contaxy_documents(self):
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        coll = "cli-" + os.path.basename(self.home).lower().replace("_", "-")[-12:].strip("-")
        listed = json.loads(self.cli("--json", "docs", "ls", "-a", "c", "demo-project",
                                     "experiments", expect=0).stdout)
        self.assertIn("baseline", [d["key"] for d in listed])
        self.assertIsInstance(listed[0]["value"], dict)  # json_value decoded again
        doc = os.path.join(self.home, "doc.json")
        with open(doc, "w") as f:
            f.write('{"n": 1, "p": {"x": 1, "y": 2}, "tags": ["a"]}')
        put = json.loads(self.cli("--json", "docs", "put", "-a", "c", "demo-project", coll,
                                  "one", doc, expect=0).stdout)
        self.assertEqual(put["value"], {"n": 1, "p": {"x": 1, "y": 2}, "tags": ["a"]})
        # Without upsert an existing key is the server's 409 (exit 4).
        self.assertIn("already exists", self.cli("docs", "put", "-a", "c", "demo-project", coll,
                                                 "one", doc, "--no-upsert", expect=4).stderr)
        patched = json.loads(self.cli("--json", "docs", "patch", "-a", "c", "demo-project",
                                      coll, "one", "-", stdin='{"n": null, "p": {"y": 3}}',
                                      expect=0).stdout)
        self.assertEqual(patched["value"], {"p": {"x": 1, "y": 3}, "tags": ["a"]})
        text = self.cli("docs", "get", "-a", "c", "demo-project", coll, "one", expect=0).stdout
        self.assertEqual(json.loads(text), {"p": {"x": 1, "y": 3}, "tags": ["a"]})
        self.cli("docs", "put", "-a", "c", "demo-project", coll, "two", "-",
                 stdin='{"n": 7}', expect=0)
        keys = lambda *f: [d["key"] for d in json.loads(self.cli(  # noqa: E731
            "--json", "docs", "ls", "-a", "c", "demo-project", coll, *f, expect=0).stdout)]
        self.assertEqual(keys("--filter", "$ ? (@.n > 3)"), ["two"])
        self.assertEqual(keys("--filter", "$.n > 3"), ["one", "two"])  # a bare predicate
        bad = self.cli("docs", "ls", "-a", "c", "demo-project", coll, "--filter", "$ ? (@.n",
                       expect=4)
        self.assertIn("syntax error", bad.stderr)
        # Refused before sending: arrays, broken JSON (with its place), bad names.
        array = self.cli("docs", "put", "-a", "c", "demo-project", coll, "x", "-",
                         stdin="[1, 2]", expect=1)
        self.assertIn("object", array.stderr)
        broken = self.cli("docs", "patch", "-a", "c", "demo-project", coll, "one", "-",
                          stdin='{\n"a": 1\n"b": 2}', expect=1)
        self.assertIn("line 3", broken.stderr)
        self.cli("docs", "get", "-a", "c", "demo-project", "bad/coll", "one", expect=1)
        self.cli("docs", "get", "-a", "c", "demo-project", coll, "a/b", expect=1)
        self.assertEqual(json.loads(self.cli("--json", "docs", "rm", "-a", "c", "demo-project",
                                             coll, "one", expect=0).stdout), {"deleted": "one"})
        self.cli("docs", "get", "-a", "c", "demo-project", coll, "one", expect=4)  # 404
        self.cli("docs", "ls", "-a", "c", "not-mine", coll, expect=2)  # 403

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
        # Abort the new job, then delete it (only finished jobs can be deleted).
        self.assertEqual(json.loads(self.cli("--json", "jobs", "abort", "-a", "p",
                                             str(job["id"]), expect=0).stdout),
                         {"aborted": [job["id"]]})
        deadline = time.time() + 20
        while time.time() < deadline:
            mine = [j for j in json.loads(self.cli("--json", "jobs", "p", expect=0).stdout)
                    if j["id"] == job["id"]]
            if mine and mine[0]["step"] == "failed":
                break
            time.sleep(0.3)
        self.assertEqual(mine[0]["step"], "failed")
        self.assertIn(f"deleted job {job['id']}",
                      self.cli("jobs", "rm", "-a", "p", str(job["id"]), expect=0).stdout)
        self.assertNotIn(job["id"], [j["id"] for j in json.loads(
            self.cli("--json", "jobs", "p", expect=0).stdout)])

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
        config, env = self.no_keychain_env()
        run = subprocess.run(["dbus-run-session", "--config-file=" + config, "--", CLI, "login",
                              "c"],
                             input="alice-password\n", capture_output=True, text=True, env=env,
                             timeout=60)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("No system keychain", run.stderr)
        self.assertIn("WHARF_TOKEN", run.stderr)
        self.assertNotIn("alice-password", self.settings_text())


def wav(path):
    with open(path, "wb") as f:
        f.write(b"RIFF\x24\x10\x00\x00WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00"
                + b"\x44\xac\x00\x00\x88\x58\x01\x00\x02\x00\x10\x00data" + bytes(64))
    return path


class GrammarTest(CliBase):
    """wharf-cli NOUN VERB [-a ACCOUNT]: one command table, default account, help, completion."""

    def table(self):
        return json.loads(self.cli("--json", "--help", expect=0).stdout)["commands"]

    def test_help_at_every_level_from_the_table(self):
        table = self.table()
        self.assertIn({"noun": "tos", "verb": "accept"},
                      [{"noun": c["noun"], "verb": c["verb"]} for c in table])
        for c in table:
            words = [c["noun"]] + ([c["verb"]] if c["verb"] else [])
            for args in (words + ["--help"], ["help"] + words, [c["noun"], "--help"]):
                run = self.cli(*args, expect=0)
                self.assertIn("Usage: wharf-cli " + c["noun"], run.stdout, args)
            self.assertIn(c["summary"], self.cli("--help", expect=0).stdout)
        self.assertIn("Works with Project-W accounts",
                      self.cli("transcripts", "get", "--help", expect=0).stdout)
        self.assertIn("Alias: wharf-cli submit ACCOUNT FILE",
                      self.cli("jobs", "submit", "--help", expect=0).stdout)

    def test_usage_mistakes(self):
        self.add("c", self.contaxy)
        self.assertIn("unknown option --bogus",
                      self.cli("files", "ls", "-a", "c", "x", "--bogus", expect=1).stderr)
        self.assertIn("files ls takes PROJECT", self.cli("files", "ls", "-a", "c", expect=1).stderr)
        self.assertIn("unknown command: tos frob", self.cli("tos", "frob", expect=1).stderr)
        self.assertIn("no account named \"frob\"",  # the old "files ACCOUNT PROJECT"
                      self.cli("files", "frob", "x", expect=1).stderr)
        self.assertIn("-a needs an account", self.cli("whoami", "-a", expect=1).stderr)
        run = self.cli("jobs", "ls", "-a", "c", env=dict(self.env, WHARF_TOKEN="t"), expect=1)
        self.assertIn("jobs ls is not available on Contaxy accounts", run.stderr)
        self.assertIn("Project-W", run.stderr)
        run = self.cli("--json", "tos", "show", "-a", "c", expect=1)
        self.assertEqual(json.loads(run.stdout)["error"]["exit_code"], 1)

    def test_default_account(self):
        self.cli("whoami", expect=1)  # no account, no default
        first = self.add("i", self.ivcap)
        self.assertTrue(first["default"])  # the first account becomes the default
        self.add("c", self.contaxy, "--username", "alice")
        token = dict(self.env, WHARF_TOKEN="ivcap-demo-token")
        self.assertEqual(json.loads(self.cli("--json", "whoami", env=token, expect=0).stdout)
                         ["account"], "i")
        self.cli("accounts", "use", "c", expect=0)
        listed = json.loads(self.cli("--json", "accounts", "ls", expect=0).stdout)
        self.assertEqual([a["name"] for a in listed if a["default"]], ["c"])
        self.assertIn("* c", self.cli("accounts", "list", expect=0).stdout)
        self.cli("login", stdin="alice-password\n", expect=0)
        self.assertEqual(json.loads(self.cli("--json", "whoami", expect=0).stdout)["name"],
                         "alice")
        self.cli("--account=i", "whoami", env=token, expect=0)  # -a still wins
        self.assertEqual(self.cli("accounts", "ls", "--quiet", expect=0).stdout.split(),
                         ["i", "c"])
        self.cli("logout", expect=0)
        self.cli("accounts", "rm", "c", expect=0)
        self.cli("whoami", env=token, expect=1)  # the default is gone with its account

    def test_completion_scripts_come_from_the_table(self):
        self.add("alpha", self.contaxy)
        bash = self.cli("completion", "bash", expect=0).stdout

        def complete(*words):
            script = (bash + "\nCOMP_WORDS=(wharf-cli " + " ".join(words) + ")\n"
                      "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n_wharf_cli\n"
                      "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
            run = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                                 env=dict(self.env, PATH=os.path.dirname(CLI) + ":"
                                          + self.env["PATH"]), timeout=30)
            self.assertEqual(run.returncode, 0, run.stderr)
            return run.stdout.split()

        nouns = sorted({c["noun"] for c in self.table()})
        self.assertEqual(sorted(w for w in complete("''") if not w.startswith("-")), nouns)
        self.assertEqual(complete("files", "''"), ["ls", "upload", "download", "rm", "versions"])
        self.assertEqual(complete("extensions", "''"), ["ls", "install", "rm"])
        self.assertIn("--prefix", complete("files", "ls", "--"))
        self.assertEqual(complete("docs", "''"), ["ls", "get", "put", "patch", "rm"])
        self.assertIn("--no-upsert", complete("docs", "put", "--"))
        self.assertEqual(complete("jobs", "ls", "-a", "al"), ["alpha"])
        self.assertEqual(complete("tos", "''"), ["show", "accept"])
        self.assertEqual(complete("tokens", "''"), ["ls", "create", "revoke"])
        self.assertEqual(complete("users", "''"), ["ls", "create", "rm"])
        self.assertIn("--password-stdin", complete("users", "create", "--"))
        self.assertIn("--scope", complete("tokens", "create", "--"))
        for shell in ("zsh", "fish"):
            script = self.cli("completion", shell, expect=0).stdout
            for noun in nouns:
                self.assertIn(noun, script, shell)
            self.assertIn("accounts ls --quiet", script)
        self.assertIn("upload", self.cli("completion", "fish", expect=0).stdout)
        self.cli("completion", "tcsh", expect=1)


class ContaxyDeploymentsTest(CliBase):
    """deployments ls|rm|deploy|action and logs [--follow] against the emulator's demo
    project."""

    def setUp(self):
        super().setUp()
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)

    def add_job(self, name, lines):
        body = json.dumps({"container_image": "busybox:1.36", "display_name": name,
                           "log_lines": lines}).encode()
        status, reply, _ = call_api(self.contaxy, "/__wharf__/deployments?project=demo-project"
                                    "&kind=jobs", "POST", data=body,
                                    content_type="application/json")
        self.assertEqual(status, 200, reply)
        return json.loads(reply)["id"]

    def test_list_and_remove(self):
        listed = json.loads(self.cli("--json", "deployments", "ls", "-a", "c", "demo-project",
                                     expect=0).stdout)
        kinds = {d["id"]: d["kind"] for d in listed}
        self.assertEqual(kinds.get("jupyter-lab"), "service")
        self.assertEqual(kinds.get("train-classifier"), "job")
        text = self.cli("deployments", "ls", "-a", "c", "demo-project", expect=0).stdout
        self.assertIn("job\tsucceeded\ttrain-classifier\tpython:3.11-slim", text)
        job = self.add_job("cli-doomed-" + self.suffix(), ["x"])
        self.cli("deployments", "rm", "-a", "c", "demo-project", job, expect=0)
        listed = json.loads(self.cli("--json", "deployments", "ls", "-a", "c", "demo-project",
                                     expect=0).stdout)
        self.assertNotIn(job, [d["id"] for d in listed])
        self.assertIn("no service or job",
                      self.cli("deployments", "rm", "-a", "c", "demo-project", job,
                               expect=1).stderr)
        self.cli("deployments", "ls", "-a", "c", "not-mine", expect=2)  # 403

    def test_logs_whole_and_json(self):
        text = self.cli("logs", "-a", "c", "demo-project", "train-classifier", expect=0).stdout
        lines = text.splitlines()
        self.assertEqual(len(lines), 8)
        self.assertEqual(lines[0], "Loading data/train.csv (2000 rows)")
        self.assertEqual(lines[-1], "done in 41.2 s")
        as_json = json.loads(self.cli("--json", "logs", "-a", "c", "demo-project",
                                      "train-classifier", expect=0).stdout)
        self.assertEqual(as_json, lines)
        quiet = self.add_job("cli-quiet-" + self.suffix(), [])
        self.assertEqual(self.cli("logs", "-a", "c", "demo-project", quiet, expect=0).stdout, "")
        self.cli("logs", "-a", "c", "demo-project", "no-such-job", expect=1)

    def test_logs_follow_prints_each_line_once(self):
        # -f is --follow, as in tail and docker logs.
        self.assertIn("-f, --follow", self.cli("logs", "--help", expect=0).stdout)
        run = subprocess.Popen([CLI, "logs", "-a", "c", "demo-project", "nightly-etl", "-f"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env,
                               text=True)
        try:
            time.sleep(4)  # the job logs a line every 0.1 s; the CLI polls every second
        finally:
            run.terminate()
        out, err = run.communicate(timeout=30)
        lines = out.splitlines()
        if not out.endswith("\n"):
            lines = lines[:-1]  # stopped while writing
        self.assertGreater(len(lines), 20, err)
        for n, line in enumerate(lines):  # every step exactly once, in order, from step 0
            self.assertTrue(line.startswith(f"step {n}:"), f"line {n}: {line!r}")

    def test_deploy_service_and_job(self):
        name = "cli-web-" + self.suffix()
        out = json.loads(self.cli("--json", "deployments", "deploy", "-a", "c", "demo-project",
                                  "nginx:1.25", "--name", name, "--env", "MODE=demo",
                                  "--env", "LEVEL=a=b", "--endpoint", "8080", "--endpoint",
                                  "9001/webapp/ui", "--cpus", "1.5", "--memory", "512",
                                  expect=0).stdout)
        self.assertEqual((out["id"], out["kind"], out["status"]), (name, "service", "pending"))
        self.assertEqual(out["endpoints"], ["8080", "9001/webapp/ui"])
        form = urllib.parse.urlencode({"grant_type": "password", "username": "alice",
                                       "password": "alice-password"}).encode()
        token = json.loads(call_api(self.contaxy, "/auth/oauth/token", "POST",
                                    data=form)[1])["access_token"]
        status, reply, _ = call_api(self.contaxy, f"/projects/demo-project/services/{name}",
                                    token=token)
        self.assertEqual(status, 200, reply)
        record = json.loads(reply)
        self.assertEqual(record["parameters"], {"MODE": "demo", "LEVEL": "a=b"})
        self.assertEqual(record["compute"], {"max_cpus": 1.5, "max_memory": 512})
        # The same name again: the server's 409.
        run = self.cli("deployments", "deploy", "-a", "c", "demo-project", "nginx:1.25",
                       "--name", name)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("exists", run.stderr)
        # Without --name the server's suggestion names the job.
        text = self.cli("deployments", "deploy", "-a", "c", "demo-project", "busybox:1.36",
                        "--job", expect=0).stdout
        self.assertTrue(text.startswith("deployed "), text)

    def test_deploy_usage_errors(self):
        for bad in (["--endpoint", "webapp"], ["--env", "NOVALUE"], ["--cpus", "many"],
                    ["--name", "ab"], ["--job", "--endpoint", "8080"]):
            run = self.cli("deployments", "deploy", "-a", "c", "demo-project", "nginx", *bad,
                           expect=1)
            self.assertTrue(run.stderr.startswith("wharf-cli"), (bad, run.stderr))

    def test_actions_list_and_run(self):
        name = "cli-act-" + self.suffix()
        self.cli("deployments", "deploy", "-a", "c", "demo-project", "nginx:1.25", "--name",
                 name, "--endpoint", "8080", expect=0)
        text = self.cli("deployments", "action", "-a", "c", "demo-project", name,
                        expect=0).stdout
        lines = text.splitlines()
        self.assertEqual(lines[:2], ["stop", "restart"])
        self.assertTrue(lines[2].startswith("access-8080\t"), lines)
        self.assertTrue(lines[2].endswith(f"/projects/demo-project/services/{name}/access/8080"))
        self.assertEqual(self.cli("deployments", "action", "-a", "c", "demo-project", name,
                                  "stop", expect=0).stdout.strip(),
                         "Action stop successfully executed.")
        listed = json.loads(self.cli("--json", "deployments", "action", "-a", "c",
                                     "demo-project", name, expect=0).stdout)
        self.assertEqual([a["id"] for a in listed], ["start"])
        self.assertNotEqual(self.cli("deployments", "action", "-a", "c", "demo-project", name,
                                     "stop").returncode, 0)  # 400: already stopped
        out = json.loads(self.cli("--json", "deployments", "action", "-a", "c", "demo-project",
                                  name, "start", expect=0).stdout)
        self.assertEqual(out["result"], "Action start successfully executed.")
        self.assertEqual(self.cli("deployments", "action", "-a", "c", "demo-project",
                                  "heartbeat", expect=0).stdout.strip(), "no actions")
        self.assertNotEqual(self.cli("deployments", "action", "-a", "c", "demo-project",
                                     "heartbeat", "start").returncode, 0)  # 501


class ContaxyTokensTest(CliBase):
    """Contaxy issue item 7: tokens ls|create|revoke against the emulator."""

    def setUp(self):
        super().setUp()
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)
        self.tag = "cli " + os.path.basename(self.home)

    def listed(self, *extra):
        return json.loads(self.cli("--json", "tokens", "ls", "-a", "c", *extra, expect=0).stdout)

    def test_create_list_revoke(self):
        run = self.cli("--json", "tokens", "create", "-a", "c", "--description", self.tag,
                       "--scope", "projects/demo-project#read",
                       "--scope", "projects/speech-lab/files#write", expect=0)
        token = json.loads(run.stdout)["token"]
        self.assertRegex(token, "^[0-9a-f]{40}$")
        mine = [t for t in self.listed() if t["description"] == self.tag]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["scopes"], ["projects/demo-project#read",
                                             "projects/speech-lab/files#write"])
        self.assertEqual((mine[0]["type"], mine[0]["purpose"]),
                         ("api-token", "custom-token-purpose"))
        self.assertNotIn("token", mine[0])  # values only when asked for
        self.assertNotIn(token, self.cli("tokens", "ls", "-a", "c", expect=0).stdout)
        shown = [t["token"] for t in self.listed("--show-values") if t["description"] == self.tag]
        self.assertEqual(shown, [token])
        self.assertIn(token, self.cli("tokens", "ls", "-a", "c", "--show-values", expect=0).stdout)
        # The new token works as a credential for what its scopes cover.
        listed = json.loads(self.cli("--json", "files", "ls", "-a", "c", "demo-project",
                                     env=dict(self.env, WHARF_TOKEN=token), expect=0).stdout)
        self.assertIn("data/train.csv", [f["key"] for f in listed])
        run = self.cli("tokens", "revoke", "-a", "c", token, expect=0)
        self.assertIn("5 minutes", run.stdout)
        self.assertNotIn(self.tag, [t["description"] for t in self.listed()])
        revoked = json.loads(self.cli("--json", "tokens", "revoke", "-a", "c", token,
                                      expect=0).stdout)  # unknown tokens: the server ignores them
        self.assertTrue(revoked["revoked"])

    def test_refusals(self):
        run = self.cli("tokens", "create", "-a", "c", "--scope", "system#admin", expect=2)
        self.assertIn("permission", run.stderr)  # 403: more than alice holds
        run = self.cli("tokens", "create", "-a", "c", "--scope", "projects/x y#read", expect=1)
        self.assertIn("projects/x y#read", run.stderr)
        self.cli("tokens", "create", "-a", "c", "--scope", "projects/x#owner", expect=1)
        self.cli("tokens", "create", "-a", "c", "--type", "jwt", "--scope", "*#read", expect=1)
        self.cli("tokens", "ls", "-a", "c", "--project", "not-mine", expect=2)
        self.add("p", self.projectw)  # tokens on Project-W: not there yet, and said so
        run = self.cli("tokens", "ls", "-a", "p", env=dict(self.env, WHARF_TOKEN="t"), expect=1)
        self.assertIn("Contaxy", run.stderr)

    def test_session_token_printed_once_and_not_revocable(self):
        run = self.cli("tokens", "create", "-a", "c", "--type", "session",
                       "--scope", "projects/demo-project#read", expect=0)
        jwt = run.stdout.strip()
        self.assertEqual(jwt.count("."), 2)
        self.assertNotIn(jwt, json.dumps(self.listed("--show-values")))
        run = self.cli("tokens", "revoke", "-a", "c", jwt, expect=4)
        self.assertIn("Session tokens cannot be revoked", run.stderr)

    def test_project_token(self):
        run = self.cli("--json", "tokens", "create", "-a", "c", "--project", "demo-project",
                       "--level", "read", expect=0)
        token = json.loads(run.stdout)["token"]
        again = self.cli("tokens", "create", "-a", "c", "--project", "demo-project", "--level",
                         "read", expect=0).stdout.strip()
        self.assertEqual(again, token)  # the server re-uses the project's token
        listed = self.listed("--project", "demo-project", "--show-values")
        mine = [t for t in listed if t.get("token") == token]
        self.assertEqual((mine[0]["subject"], mine[0]["scopes"], mine[0]["purpose"]),
                         ("projects/demo-project", ["projects/demo-project#read"],
                          "project-api-token"))
        self.assertNotIn(token, json.dumps(self.listed("--show-values")))


class ContaxyProjectsMembersTest(CliBase):
    """Contaxy issue item 2: projects ls|create|edit|rm and members ls|add|rm."""

    def setUp(self):
        super().setUp()
        self.add("c", self.contaxy, "--username", "alice")
        self.cli("login", "c", stdin="alice-password\n", expect=0)

    def json(self, *args, expect=0, stdin=""):
        return json.loads(self.cli("--json", *args, "-a", "c", expect=expect, stdin=stdin).stdout)

    def test_projects_create_edit_delete(self):
        name = "CLI " + os.path.basename(self.home)[-8:]
        created = self.json("projects", "create", name, "--description", "from the CLI")
        pid = created["id"]
        self.assertEqual(created["display_name"], name)
        listed = self.json("projects", "ls")
        self.assertIn(pid, [p["id"] for p in listed])
        self.assertTrue(listed[0]["home"])  # the home project first
        edited = self.json("projects", "edit", pid, "--name", name + " renamed")
        self.assertEqual((edited["display_name"], edited["description"]),
                         (name + " renamed", "from the CLI"))
        # Deleting asks for the ID; a wrong one deletes nothing.
        run = self.cli("projects", "rm", "-a", "c", pid, stdin="wrong\n", expect=1)
        self.assertIn("--yes", run.stderr)
        self.assertIn(pid, [p["id"] for p in self.json("projects", "ls")])
        self.cli("projects", "rm", "-a", "c", pid, stdin=pid + "\n", expect=0)
        self.assertNotIn(pid, [p["id"] for p in self.json("projects", "ls")])
        again = self.json("projects", "create", name, "--id", pid + "-x")
        self.assertEqual(again["id"], pid + "-x")
        self.assertEqual(self.json("projects", "rm", pid + "-x", "--yes"), {"deleted": pid + "-x"})

    def test_members_add_change_remove(self):
        pid = self.json("projects", "create", "Members " + os.path.basename(self.home)[-8:])["id"]
        try:
            members = self.json("members", "ls", pid)
            self.assertEqual([(m["username"], m["access_level"]) for m in members],
                             [("alice", "admin")])
            added = self.json("members", "add", pid, "dana@example.test", "--level", "admin")
            self.assertEqual((added["username"], added["access_level"]), ("dana", "admin"))
            self.json("members", "add", pid, "dana", "--level", "read")  # replaces admin
            levels = {m["username"]: m["access_level"] for m in self.json("members", "ls", pid)}
            self.assertEqual(levels, {"alice": "admin", "dana": "read"})
            run = self.cli("members", "ls", "-a", "c", pid, expect=0)
            self.assertIn("read\tdana\tdana@example.test", run.stdout)
            self.cli("members", "add", "-a", "c", pid, "nobody", expect=1)
            self.assertEqual(self.json("members", "rm", pid, "dana"), {"removed": added["id"]})
            self.assertEqual([m["username"] for m in self.json("members", "ls", pid)], ["alice"])
            self.cli("members", "rm", "-a", "c", pid, "dana", expect=1)  # no member any more
        finally:
            self.cli("projects", "rm", "-a", "c", pid, "--yes", expect=0)

    def test_non_admin_is_refused(self):
        self.add("b", self.contaxy, "--username", "dana")
        self.cli("login", "b", stdin="dana-password\n", expect=0)
        self.cli("members", "ls", "-a", "b", "speech-lab", expect=0)  # write is enough to list
        run = self.cli("members", "add", "-a", "b", "speech-lab", "alice", "--level", "read",
                       expect=2)
        self.assertIn("permission", run.stderr)


class ContaxyUsersTest(CliBase):
    """Contaxy issue item 8: users ls|create|rm, as the server's admin and as an ordinary user."""

    def setUp(self):
        super().setUp()
        self.add("c", self.contaxy, "--username", "admin")
        self.cli("login", "-a", "c", stdin="admin\n", expect=0)
        self.name = "cli" + self.suffix()

    def json(self, *args, expect=0, stdin="", account="c"):
        run = self.cli("--json", *args, "-a", account, expect=expect, stdin=stdin)
        return json.loads(run.stdout)

    def names(self, account="c"):
        return [u["username"] for u in self.json("users", "ls", account=account)]

    def test_create_list_remove(self):
        email = self.name + "@lab.test"
        created = self.json("users", "create", self.name, "--email", email, "--password-stdin",
                            stdin="cli-pw 1\n")
        self.assertEqual((created["username"], created["email"]), (self.name, email))
        self.assertRegex(created["id"], "^[a-z0-9]{25}$")
        self.assertFalse(created["technical_user"])
        listed = {u["username"]: u for u in self.json("users", "ls")}
        self.assertIn("created_at", listed[self.name])  # whole records for the admin
        self.assertTrue(listed["admin"]["technical_user"])
        run = self.cli("users", "ls", "-a", "c", expect=0)
        self.assertIn(f"{created['id']}\t{self.name}\t{email}\t", run.stdout)
        self.assertIn("\tadmin\t\ttechnical", run.stdout)
        # The new user signs in with the password given (spaces and all).
        self.add("n", self.contaxy, "--username", email)
        self.cli("login", "-a", "n", stdin="cli-pw 1\n", expect=0)
        # Deleting asks for the ID; a wrong one deletes nothing.
        run = self.cli("users", "rm", "-a", "c", created["id"], stdin="wrong\n", expect=1)
        self.assertIn("--yes", run.stderr)
        self.assertIn(self.name, self.names())
        self.cli("users", "rm", "-a", "c", created["id"], stdin=created["id"] + "\n", expect=0)
        self.assertNotIn(self.name, self.names())
        self.cli("whoami", "-a", "n", expect=2)  # its tokens went with it
        run = self.cli("users", "rm", "-a", "c", created["id"], "--yes", expect=1)
        self.assertIn("no user has the ID", run.stderr)

    def test_prompted_password_twice_and_refusals(self):
        run = self.cli("users", "create", "-a", "c", self.name, "--email",
                       self.name + "@lab.test", stdin="one\ntwo\n", expect=1)
        self.assertIn("differ", run.stderr)
        self.assertNotIn(self.name, self.names())  # nothing was sent
        run = self.cli("users", "create", "-a", "c", self.name, "--email",
                       self.name + "@lab.test", stdin="same\nsame\n", expect=0)
        self.assertIn(f"created {self.name}", run.stdout)
        uid = next(u["id"] for u in self.json("users", "ls") if u["username"] == self.name)
        try:
            run = self.cli("users", "create", "-a", "c", self.name, "--email",
                           "x" + self.name + "@lab.test", "--password-stdin", stdin="pw\n",
                           expect=4)
            self.assertIn("taken", run.stderr)  # 409
            self.assertIn("@", self.cli("users", "create", "-a", "c", "x@lab.test", "--email",
                                        "x@lab.test", expect=1).stderr)
            self.cli("users", "create", "-a", "c", "x", "--email", "nope", expect=1)
            self.cli("users", "create", "-a", "c", "x", expect=1)  # --email is needed
            run = self.cli("users", "create", "-a", "c", "x", "--email", "x@lab.test",
                           "--password-stdin", "--token-stdin", stdin="pw\n", expect=1)
            self.assertIn("WHARF_TOKEN", run.stderr)
        finally:
            self.assertEqual(self.json("users", "rm", uid, "--yes"), {"deleted": uid})

    def test_ordinary_user_sees_names_and_is_refused(self):
        self.add("b", self.contaxy, "--username", "dana")
        self.cli("login", "-a", "b", stdin="dana-password\n", expect=0)
        listed = {u["username"]: u for u in self.json("users", "ls", account="b")}
        self.assertEqual(sorted(listed["alice"]), ["disabled", "email", "id", "username"])
        run = self.cli("users", "rm", "-a", "b", listed["alice"]["id"], "--yes", expect=2)
        self.assertIn("users#admin", run.stderr)
        self.assertIn("alice", self.names())


class TokenOverrideTest(CliBase):
    """Issue 9 item 1: with WHARF_TOKEN every command ends, also after a local error."""

    BAD = {  # one wrong argument per command of the table, in the new grammar and old
        "login": [["login", "-a", "{p}", "extra"]],
        "logout": [["logout", "-a", "{p}", "extra"]],
        "whoami": [["whoami", "-a", "{p}", "extra"], ["whoami", "-a", "{p}", "--frob"]],
        "files ls": [["files", "ls", "-a", "{c}"], ["files", "{c}"]],
        "files upload": [["files", "upload", "-a", "{c}", "demo-project", "{missing}"],
                         ["upload", "{c}", "demo-project", "{missing}"],
                         ["files", "upload", "-a", "{c}", "demo-project", "{notes}", "--key",
                          "bad~key"]],
        "files download": [["files", "download", "-a", "{c}", "demo-project"],
                           ["files", "download", "-a", "{c}", "demo-project", "a", "--to",
                            "{missing}"],
                           ["files", "download", "-a", "{c}", "demo-project", "a/", "--version",
                            "v1"]],
        "files rm": [["files", "rm", "-a", "{c}", "demo-project"],
                     ["files", "rm", "-a", "{c}", "demo-project", "data/"]],
        "files versions": [["files", "versions", "-a", "{c}", "demo-project"]],
        "docs ls": [["docs", "ls", "-a", "{c}", "demo-project"],
                    ["docs", "ls", "-a", "{c}", "demo-project", "bad/coll"]],
        "docs get": [["docs", "get", "-a", "{c}", "demo-project", "c", "a/b"]],
        "docs put": [["docs", "put", "-a", "{c}", "demo-project", "c", "k", "{missing}"],
                     ["docs", "put", "-a", "{c}", "demo-project", "c", "k", "{notes}"]],
        "docs patch": [["docs", "patch", "-a", "{c}", "demo-project", "c", "k", "{notes}"]],
        "docs rm": [["docs", "rm", "-a", "{c}", "demo-project", "c"]],
        "jobs ls": [["jobs", "ls", "-a", "{p}", "extra"]],
        "deployments ls": [["deployments", "ls", "-a", "{c}"]],
        "deployments rm": [["deployments", "rm", "-a", "{c}", "demo-project"]],
        "deployments deploy": [["deployments", "deploy", "-a", "{c}", "demo-project"],
                               ["deployments", "deploy", "-a", "{c}", "demo-project", "nginx",
                                "--endpoint", "webapp"],
                               ["deployments", "deploy", "-a", "{c}", "demo-project", "nginx",
                                "--env", "NOVALUE"]],
        "deployments action": [["deployments", "action", "-a", "{c}", "demo-project"]],
        "extensions ls": [["extensions", "ls", "-a", "{c}"]],
        "extensions install": [["extensions", "install", "-a", "{c}", "demo-project", "img:1",
                                "--ui", "no-port"],
                               ["extensions", "install", "-a", "{c}", "demo-project", "img:1",
                                "--type", "team"]],
        "extensions rm": [["extensions", "rm", "-a", "{c}", "demo-project"]],
        "logs": [["logs", "-a", "{c}", "demo-project"]],
        "tokens ls": [["tokens", "ls", "-a", "{c}", "extra"]],
        "tokens create": [["tokens", "create", "-a", "{c}", "--scope", "no-level"],
                          ["tokens", "create", "-a", "{c}"],
                          ["tokens", "create", "-a", "{c}", "--project", "demo-project",
                           "--scope", "projects/demo-project#read"]],
        "tokens revoke": [["tokens", "revoke", "-a", "{c}"]],
        "projects ls": [["projects", "ls", "-a", "{c}", "extra"]],
        "projects create": [["projects", "create", "-a", "{c}", "abc"],
                            ["projects", "create", "-a", "{c}", "Good name", "--id", "Bad_ID"]],
        "projects edit": [["projects", "edit", "-a", "{c}", "demo-project"],
                          ["projects", "edit", "-a", "{c}", "demo-project", "--name", "abc"]],
        "projects rm": [["projects", "rm", "-a", "{c}"],
                        ["projects", "rm", "-a", "{c}", "not-typed"]],
        "members ls": [["members", "ls", "-a", "{c}"]],
        "members add": [["members", "add", "-a", "{c}", "demo-project"],
                        ["members", "add", "-a", "{c}", "demo-project", "dana", "--level",
                         "owner"]],
        "members rm": [["members", "rm", "-a", "{c}", "demo-project"]],
        "users ls": [["users", "ls", "-a", "{c}", "extra"]],
        "users create": [["users", "create", "-a", "{c}"],
                         ["users", "create", "-a", "{c}", "a@b.test", "--email", "a@b.test"],
                         ["users", "create", "-a", "{c}", "bob", "--email", "nope"]],
        "users rm": [["users", "rm", "-a", "{c}"]],
        "jobs submit": [["jobs", "submit", "-a", "{p}", "{notes}"],
                        ["submit", "{p}", "{notes}"], ["submit", "{p}", "{missing}.wav"]],
        "jobs abort": [["jobs", "abort", "-a", "{p}"], ["jobs", "abort", "-a", "{p}", "x1"]],
        "jobs rm": [["jobs", "rm", "-a", "{p}", "-3"]],
        "transcripts get": [["transcripts", "get", "-a", "{p}", "abc"],
                            ["transcript", "{p}", "abc"],
                            ["transcript", "{p}", "1", "--format", "doc"]],
        "tos show": [["tos", "show", "-a", "{p}", "extra"]],
        "tos accept": [["tos", "accept", "-a", "{p}", "--frob"]],
    }

    def test_every_command_exits_within_seconds(self):
        self.add("c", self.contaxy)
        self.add("p", self.projectw)
        table = json.loads(self.cli("--json", "--help", expect=0).stdout)["commands"]
        names = {(c["noun"] + " " + c["verb"]).strip() for c in table if c["needs_account"]}
        self.assertEqual(names, set(self.BAD))  # a new command needs its line here
        notes = os.path.join(self.home, "notes.txt")
        with open(notes, "w") as f:
            f.write("not audio")
        values = {"c": "c", "p": "p", "notes": notes, "missing": os.path.join(self.home, "gone")}
        for token_env in ({"WHARF_TOKEN": "some-token"}, {}):
            for name, cases in self.BAD.items():
                for case in cases:
                    args = [a.format(**values) for a in case]
                    stdin = "" if token_env else "some-token\n"
                    extra = [] if token_env or name == "login" else ["--token-stdin"]
                    started = time.monotonic()
                    try:
                        run = self.cli(*args, *extra, stdin=stdin,
                                       env=dict(self.env, **token_env), timeout=10)
                    except subprocess.TimeoutExpired:
                        self.fail(f"wharf-cli {' '.join(args + extra)} did not exit")
                    self.assertEqual(run.returncode, 1, (args, run.stderr))
                    self.assertLess(time.monotonic() - started, 5, args)
                    self.assertTrue(run.stderr.startswith("wharf-cli"), (args, run.stderr))


class RollingSessionTest(CliBase):
    """Issue 9 items 2, 3, 7: an emulator whose rolling window covers the whole session, so
    every call rotates the token, as calls in a real server's last ten minutes do."""

    @classmethod
    def setUpClass(cls):
        cls.server = PrivateEmulator("--session-seconds=3600", "--rolling-seconds=3600")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def login(self):
        account = self.add("p", self.server.url, "--username", "alice@example.test")
        self.cli("login", "-a", "p", stdin="Alice-Password-1!\n", expect=0)
        return account

    def test_rotated_tokens_reach_the_keychain(self):
        account = self.login()
        first = self.stored_token(account["id"])
        self.assertIsNotNone(first)
        self.cli("whoami", "-a", "p", expect=0)  # rotates
        second = self.stored_token(account["id"])
        self.assertNotEqual(second, first)
        self.assertEqual(call_api(self.server.url, "/api/users/info", token=first)[0], 401)
        self.cli("whoami", "-a", "p", expect=0)  # with the rotated token
        self.cli("--json", "jobs", "ls", "-a", "p", expect=0)  # two calls, two rotations
        job = json.loads(self.cli("--json", "jobs", "submit", "-a", "p",
                                  wav(os.path.join(self.home, "m.wav")), expect=0).stdout)
        self.assertEqual(json.loads(self.cli("--json", "jobs", "ls", "-a", "p",
                                             expect=0).stdout)[0]["id"], job["id"])
        before = live_sessions(self.server.url)
        self.cli("logout", "-a", "p", expect=0)  # the stored token is the live one
        self.assertEqual(live_sessions(self.server.url), before - 1)

    def test_logout_refused_after_rotation_says_so(self):
        account = self.login()
        stale = self.stored_token(account["id"])
        # Another program uses the token and the server rotates it: the stored one is dead.
        self.assertIsNotNone(call_api(self.server.url, "/api/users/info", token=stale)[2])
        before = live_sessions(self.server.url)
        run = self.cli("logout", "-a", "p", expect=2)
        self.assertIn("did not end the session", run.stderr)
        self.assertIn("Could not validate token", run.stderr)
        self.assertNotIn("Signed out", run.stdout)
        self.assertEqual(live_sessions(self.server.url), before)  # still alive on the server
        self.assertIsNone(self.stored_token(account["id"]))  # but nothing stays locally
        self.cli("whoami", "-a", "p", expect=2)

    def test_session_token_in_wharf_token_warns_when_rotated(self):
        self.add("p", self.server.url)
        env = dict(self.env, WHARF_TOKEN=projectw_login(self.server.url))
        run = self.cli("--json", "jobs", "ls", "-a", "p", env=env, expect=0)
        self.assertIn("replaced the session token", run.stderr)
        self.assertIn("API token", run.stderr)
        json.loads(run.stdout)  # the warning stays off stdout
        # An API token is never rotated: no warning.
        session = projectw_login(self.server.url)
        status, body, _ = call_api(self.server.url, "/api/users/get_new_api_token?name=ci", "POST",
                               token=session)
        self.assertEqual(status, 200)
        run = self.cli("whoami", "-a", "p", env=dict(self.env, WHARF_TOKEN=json.loads(body)),
                       expect=0)
        self.assertNotIn("replaced", run.stderr)


class NoKeychainTest(CliBase):
    """Issue 9 item 4: no Secret Service on the bus: at once, and no orphaned session."""

    def test_login_without_keychain_contacts_no_server(self):
        server = PrivateEmulator()
        self.addCleanup(server.stop)
        self.add("p", server.url, "--username", "alice@example.test")
        config, env = self.no_keychain_env()
        for args, stdin in ((["login", "-a", "p"], "Alice-Password-1!\n"),
                            (["whoami", "-a", "p"], ""), (["logout", "-a", "p"], ""),
                            (["jobs", "ls", "-a", "p"], "")):
            started = time.monotonic()
            run = subprocess.run(["dbus-run-session", "--config-file=" + config, "--", CLI,
                                  *args], input=stdin, capture_output=True, text=True, env=env,
                                 timeout=60)
            self.assertEqual(run.returncode, 2, (args, run.stderr))
            self.assertLess(time.monotonic() - started, 5, args)  # no 10 s retry first
            self.assertIn("No system keychain", run.stderr)
            self.assertIn("WHARF_TOKEN", run.stderr)
        self.assertEqual(live_sessions(server.url), 0)  # the sign-in never reached it
        run = subprocess.run(["dbus-run-session", "--config-file=" + config, "--", CLI,
                              "whoami", "-a", "p"], capture_output=True, text=True,
                             env=dict(env, WHARF_TOKEN=projectw_login(server.url)), timeout=60)
        self.assertEqual(run.returncode, 0, run.stderr)  # tokens work without a keychain


class TermsOfServiceTest(CliBase):
    """Issue 9 item 5: a server with terms the user has not accepted, then an unverified one."""

    def test_whoami_shows_states_and_tos_accepts(self):
        server = PrivateEmulator("--tos-version=2")
        self.addCleanup(server.stop)
        self.add("p", server.url, "--username", "alice@example.test")
        self.cli("login", "-a", "p", stdin="Alice-Password-1!\n", expect=0)
        text = self.cli("whoami", "-a", "p", expect=0).stdout
        self.assertIn("terms of service to accept: Terms of Service (version 2)", text)
        self.assertIn("wharf-cli tos accept -a p", text)
        states = json.loads(self.cli("--json", "whoami", "-a", "p", expect=0).stdout)["states"]
        self.assertEqual([(t["id"], t["version"], t["accepted_version"])
                          for t in states["terms_pending"]], [(1, 2, 1)])
        self.assertFalse(states["ready"])
        run = self.cli("jobs", "ls", "-a", "p", expect=2)
        self.assertIn("terms of services", run.stderr)
        self.assertIn("wharf-cli tos accept -a p", run.stderr)
        shown = self.cli("tos", "show", "-a", "p", expect=0).stdout
        self.assertIn("Terms of Service (version 2): not accepted", shown)
        self.assertIn("Be nice to the test server.\nVersion 2 & later.", shown)
        run = self.cli("tos", "accept", "-a", "p", stdin="n\n", expect=1)
        self.assertIn("Be nice to the test server.", run.stdout)  # shown before the question
        self.cli("jobs", "ls", "-a", "p", expect=2)  # still refused
        self.assertIn("Accepted Terms of Service (version 2)",
                      self.cli("tos", "accept", "-a", "p", stdin="y\n", expect=0).stdout)
        self.cli("jobs", "ls", "-a", "p", expect=0)
        self.assertIn("terms of service: accepted",
                      self.cli("whoami", "-a", "p", expect=0).stdout)
        self.assertEqual(json.loads(self.cli("--json", "tos", "accept", "-a", "p", "--yes",
                                             expect=0).stdout), {"accepted": []})
        call_api(server.url, "/__wharf__/verified?value=false", "POST")
        text = self.cli("whoami", "-a", "p", expect=0).stdout
        self.assertIn("e-mail address not verified", text)
        self.assertFalse(json.loads(self.cli("--json", "whoami", "-a", "p", expect=0).stdout)
                         ["states"]["email_verified"])
        self.assertIn("link the server sent",
                      self.cli("jobs", "ls", "-a", "p", expect=2).stderr)

    def test_accept_with_yes_for_scripts(self):
        server = PrivateEmulator("--tos-version=3")
        self.addCleanup(server.stop)
        self.add("p", server.url)
        env = dict(self.env, WHARF_TOKEN=projectw_login(server.url))
        run = self.cli("--json", "tos", "accept", "-a", "p", "--yes", env=env, expect=0)
        self.assertEqual([(t["id"], t["version"]) for t in json.loads(run.stdout)["accepted"]],
                         [(1, 3)])
        self.assertIn("Be nice", run.stderr)  # the text is shown, off the JSON
        self.cli("jobs", "ls", "-a", "p", env=env, expect=0)


class AddressTest(CliBase):
    """Issue 9 item 6: addresses copied from web apps and API docs."""

    def test_pasted_forms_become_the_api_address(self):
        for name, url, kind, extra in (
                ("a", self.projectw + "/api", "projectw", []),
                ("b", self.projectw + "/api/", "projectw", ["--kind", "projectw"]),
                ("c", self.projectw + "/#/", "projectw", []),
                ("d", self.projectw + "/#", "projectw", ["--kind", "projectw"]),
                ("e", self.projectw + "/api/#/jobs", "projectw", []),
                ("f", self.contaxy + "/docs", "contaxy", []),
                ("g", self.ivcap + "/1/services2", "ivcap", []),
                ("h", self.ivcap + "/1", "ivcap", ["--kind", "ivcap"])):
            added = self.add(name, url, *extra)
            base = {"projectw": self.projectw, "contaxy": self.contaxy, "ivcap": self.ivcap}[kind]
            self.assertEqual((added["kind"], added["url"]), (kind, base), url)
            self.assertTrue(added["normalised"], url)  # and says what it changed
        self.assertEqual(self.add("k", self.projectw + "/", "--kind", "projectw")["normalised"],
                         [])
        self.assertEqual(self.add("x", "https://contaxy.example/app/", "--kind", "contaxy")
                         ["url"], "https://contaxy.example/api")
        run = self.cli("accounts", "add", "y", self.projectw + "/api", expect=0)
        self.assertIn("every Project-W route already starts with /api", run.stdout)
        self.assertIn("fragment", self.cli("accounts", "add", "z", self.projectw + "/#top",
                                           expect=1).stderr)


class SmallerFixesTest(CliBase):
    """Issue 9 item 7."""

    def test_job_errors_json_transcript_and_whoami(self):
        self.add("p", self.projectw, "--username", "alice@example.test")
        self.cli("login", "-a", "p", stdin="Alice-Password-1!\n", expect=0)
        me = json.loads(self.cli("--json", "whoami", "-a", "p", expect=0).stdout)
        self.assertEqual(me["id"], 1)  # an integer, as the server sends it
        lines = self.cli("whoami", "-a", "p", expect=0).stdout.splitlines()
        self.assertEqual(lines[0], "alice@example.test on p")  # the e-mail once
        job = json.loads(self.cli("--json", "jobs", "submit", "-a", "p",
                                  wav(os.path.join(self.home, "abort-me.wav")),
                                  expect=0).stdout)["id"]
        token = projectw_login(self.projectw)
        status, _, _ = call_api(self.projectw, "/api/jobs/abort", "POST", token=token,
                            data=json.dumps([job]).encode(), content_type="application/json")
        self.assertEqual(status, 200)
        text = self.cli("jobs", "ls", "-a", "p", expect=0).stdout
        self.assertIn(f"{job}\tfailed\t0%\tabort-me.wav\tJob was aborted", text)
        demo = [j for j in json.loads(self.cli("--json", "jobs", "ls", "-a", "p", expect=0)
                                      .stdout) if j["file"] == "team-meeting.mp3"][0]["id"]
        got = json.loads(self.cli("--json", "transcripts", "get", "-a", "p", str(demo),
                                  "--format", "srt", expect=0).stdout)
        self.assertEqual((got["id"], got["format"]), (demo, "srt"))
        self.assertIn("00:00:00,000 --> 00:00:02,500", got["transcript"])
        out = os.path.join(self.home, "t.txt")
        got = json.loads(self.cli("--json", "transcripts", "get", "-a", "p", str(demo),
                                  "--output", out, expect=0).stdout)
        self.assertEqual(got["output"], out)


if __name__ == "__main__":
    unittest.main(verbosity=2)

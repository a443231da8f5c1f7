#!/usr/bin/python3
"""Self-test of the emulator harness over real sockets: launcher, emulators, TLS, fault proxy,
and the contract checker's ability to fail. Run with /usr/bin/python3; exits non-zero on failure.
"""
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CONTRACTS = HERE.parent / "contracts"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CONTRACTS))
import common  # noqa: E402
import launch  # noqa: E402

STATE = None  # state dir with contaxy, projectw and ivcap started once for the module


def run_launch(*args, check=True, env=None):
    proc = subprocess.run([sys.executable, str(HERE / "launch.py"), *args], capture_output=True,
                          text=True, timeout=60, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"launch.py {args} failed: {proc.stdout}{proc.stderr}")
    return proc


def info(name, state_dir=None):
    return json.loads((Path(state_dir or STATE) / f"{name}.json").read_text())


def call(url, path, method="GET", body=None, headers=None, cafile=None, timeout=10):
    """One HTTP request; returns (status, message headers, body bytes)."""
    u = urllib.parse.urlsplit(url)
    if u.scheme == "https":
        ctx = ssl.create_default_context(cafile=cafile)
        conn = http.client.HTTPSConnection(u.hostname, u.port, timeout=timeout, context=ctx)
    else:
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.msg, r.read()
    finally:
        conn.close()


def form(**fields):
    return urllib.parse.urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}


def setUpModule():
    global STATE
    STATE = tempfile.mkdtemp(prefix="wharf-selftest-")
    try:
        run_launch("start", "--state-dir", STATE, "contaxy", "projectw", "ivcap")
    except BaseException:
        tearDownModule()  # unittest skips tearDownModule when setUpModule fails
        raise


def tearDownModule():
    run_launch("stop", "--state-dir", STATE, check=False)
    shutil.rmtree(STATE, ignore_errors=True)


class LauncherTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="wharf-launch-")
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.addCleanup(run_launch, "stop", "--state-dir", self.dir, check=False)

    def test_state_files_describe_live_servers(self):
        for name in ("contaxy", "projectw", "ivcap"):
            i = info(name)
            self.assertEqual(i["name"], name)
            self.assertEqual(i["url"], f"http://127.0.0.1:{i['port']}")
            self.assertTrue(launch.alive(i["pid"]))
            self.assertTrue(Path(i["log"]).is_file())
            self.assertEqual(call(i["url"], "/__wharf__/echo")[0], 200)
            self.assertTrue(launch.answers(i["port"], None, i["pid"]))
            self.assertFalse(launch.answers(i["port"], None, i["pid"] + 1), "wrong process")

    def test_stop_falls_back_to_sigkill_when_sigterm_is_ignored(self):
        run_launch("start", "--state-dir", self.dir, "contaxy")
        i = info("contaxy", self.dir)
        # uvicorn waits for open requests on SIGTERM; a 60 s request makes it ignore SIGTERM.
        hold = socket.create_connection(("127.0.0.1", i["port"]))
        self.addCleanup(hold.close)
        hold.sendall(b"GET /__wharf__/sleep?seconds=60 HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertEqual(call(i["url"], "/__wharf__/echo")[0], 200)  # the sleep is in flight
        t0 = time.monotonic()
        run_launch("stop", "--state-dir", self.dir)
        elapsed = time.monotonic() - t0
        self.assertFalse(launch.alive(i["pid"]))
        self.assertGreaterEqual(elapsed, launch.TERM_GRACE - 0.5, "SIGTERM alone should not do")
        self.assertLess(elapsed, launch.TERM_GRACE + 4)
        self.assertFalse((Path(self.dir) / "contaxy.json").exists())

    def test_stale_state_file_is_replaced(self):
        dead = subprocess.Popen(["true"])
        dead.wait()
        (Path(self.dir) / "projectw.json").write_text(json.dumps({"name": "projectw",
                                                                  "pid": dead.pid}))
        run_launch("start", "--state-dir", self.dir, "projectw")
        i = info("projectw", self.dir)
        self.assertNotEqual(i["pid"], dead.pid)
        self.assertEqual(call(i["url"], "/api/about")[0], 200)

    def test_stop_leaves_foreign_processes_and_survives_garbage(self):
        foreign = subprocess.Popen(["sleep", "30"])
        self.addCleanup(foreign.wait)
        self.addCleanup(foreign.kill)
        d = Path(self.dir)
        (d / "contaxy.json").write_text(json.dumps({"name": "contaxy", "pid": foreign.pid}))
        (d / "broken.json").write_text("{not json")
        run_launch("stop", "--state-dir", self.dir)
        self.assertIsNone(foreign.poll(), "a PID that does not run our script must survive")
        self.assertEqual(list(d.glob("*.json")), [])

    def test_failed_start_prints_log_tail_and_fails(self):
        shadow = Path(self.dir) / "shadow"
        shadow.mkdir()
        (shadow / "yaml.py").write_text("raise ImportError('yaml shadowed by selftest')\n")
        env = dict(os.environ, PYTHONPATH=str(shadow))
        t0 = time.monotonic()
        proc = run_launch("start", "--state-dir", self.dir, "ivcap", check=False, env=env)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("yaml shadowed by selftest", proc.stderr)
        self.assertLess(time.monotonic() - t0, 15, "a crashed emulator must not cost the timeout")
        self.assertFalse((Path(self.dir) / "ivcap.json").exists())


class ContaxyTest(unittest.TestCase):
    def setUp(self):
        self.url = info("contaxy")["url"]

    def login(self, **extra):
        body, headers = form(grant_type="password", username="alice",
                             password="alice-password", **extra)
        return call(self.url, "/auth/oauth/token", "POST", body, headers)

    def test_system_info(self):
        status, _, body = call(self.url, "/system/info")
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["system_state"], "running")

    def test_password_grant_and_all_token_transports(self):
        status, _, body = self.login()
        self.assertEqual(status, 200)
        tok = json.loads(body)
        self.assertEqual(tok["token_type"], "bearer")
        self.assertRegex(tok["access_token"], r"^[0-9a-f]{40}$")
        self.assertIn("scope", tok)
        t = tok["access_token"]
        for path, headers in (("/users/me", {"Authorization": f"Bearer {t}"}),
                              ("/users/me", {"ct_token": t}),
                              (f"/users/me?ct_token={t}", {}),
                              ("/users/me", {"Cookie": f"ct_token={t}"})):
            status, _, body = call(self.url, path, headers=headers)
            self.assertEqual(status, 200, headers)
            self.assertEqual(json.loads(body)["username"], "alice")
            self.assertEqual(json.loads(body)["email"], "alice@example.test")

    def test_login_by_email_case_insensitive_and_cookie_mode(self):
        body, headers = form(grant_type="password", username="ALICE@example.test",
                             password="alice-password", set_as_cookie="true")
        status, msg, raw = call(self.url, "/auth/oauth/token", "POST", body, headers)
        self.assertEqual((status, raw), (200, b""))
        cookies = msg.get_all("set-cookie")
        self.assertTrue(any(re.match(r"ct_token=[0-9a-f]{40};.*HttpOnly", c) for c in cookies))

    def test_oauth_errors(self):
        body, headers = form(grant_type="password", username="alice", password="wrong")
        self.assertEqual(call(self.url, "/auth/oauth/token", "POST", body, headers)[::2],
                         (400, b'{"error":"unauthorized_client"}'))
        body, headers = form(grant_type="refresh_token", refresh_token="x")
        self.assertEqual(call(self.url, "/auth/oauth/token", "POST", body, headers)[::2],
                         (400, b'{"error":"invalid_grant"}'))
        status, _, raw = call(self.url, "/auth/oauth/token", "POST", *form(username="alice"))
        problem = json.loads(raw)
        self.assertEqual((status, problem["code"]), (422, 422))
        self.assertEqual(problem["details"][0]["loc"], ["body", "grant_type"])
        self.assertEqual(problem["message"], problem["details"][0]["msg"])

    def test_unauthenticated_problem_details(self):
        status, _, raw = call(self.url, "/users/me")
        self.assertEqual(status, 401)
        body = json.loads(raw)
        self.assertEqual((body["code"], body["message"]), (401, "No API token was provided."))
        self.assertTrue(body["explanation"])
        status, _, raw = call(self.url, "/users/me",
                              headers={"Authorization": "Bearer " + "0" * 40})
        self.assertEqual((status, json.loads(raw)["message"]),
                         (401, "The provided API token does not exist in the database."))

    def test_unknown_route_and_method(self):
        self.assertEqual(call(self.url, "/nope")[::2], (404, b'{"code":404,"message":"Not Found"}'))
        self.assertEqual(call(self.url, "/system/info", "DELETE")[::2],
                         (405, b'{"code":405,"message":"Method Not Allowed"}'))


CONTAXY_DEMO_USER_ID = "k3alice7demo2user9xq4w8m5"


class ContaxyProjectsTest(unittest.TestCase):
    """Projects and files (contaxy.md §6, §7) as the demo user sees them."""

    def setUp(self):
        self.url = info("contaxy")["url"]
        body, headers = form(grant_type="password", username="alice", password="alice-password")
        token = json.loads(call(self.url, "/auth/oauth/token", "POST", body, headers)[2])
        self.auth = {"Authorization": f"Bearer {token['access_token']}"}

    def get(self, path):
        status, msg, raw = call(self.url, path, headers=self.auth)
        return status, msg, raw

    def upload(self, project, key, data, content_type="text/plain"):
        boundary = "selftest-boundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                f"filename=\"ignored.bin\"\r\nContent-Type: {content_type}\r\n\r\n").encode() \
            + data + f"\r\n--{boundary}--\r\n".encode()
        headers = dict(self.auth, **{"Content-Type": f"multipart/form-data; boundary={boundary}",
                                     "x-amz-meta-origin": "selftest"})
        path = f"/projects/{project}/files/{urllib.parse.quote(key)}"
        return call(self.url, path, "POST", body, headers)

    def test_projects_listed_and_suggested(self):
        status, _, raw = self.get("/projects")
        self.assertEqual(status, 200)
        ids = [p["id"] for p in json.loads(raw)]
        self.assertIn("demo-project", ids)
        self.assertNotIn(CONTAXY_DEMO_USER_ID, ids)  # the home project is hidden (§12.3)
        status, _, raw = self.get("/projects:suggest-id?display_name=Demo%20Project")
        self.assertEqual((status, json.loads(raw)), (200, "demo-project-2"))
        self.assertEqual(self.get("/projects/not-mine")[0], 403)  # 403, not 404 (§6)

    def test_upload_versions_download_delete(self):
        key = f"selftest/{secrets.token_hex(4)} notes.txt"
        status, _, raw = self.upload("demo-project", key, b"first")
        self.assertEqual(status, 200, raw)
        first = json.loads(raw)
        self.assertEqual((first["key"], first["file_size"]), (key, 5))
        self.assertEqual(first["metadata"], {"origin": "selftest"})
        second = json.loads(self.upload("demo-project", key, b"second!")[2])
        self.assertEqual(second["available_versions"], [first["version"], second["version"]])
        quoted = urllib.parse.quote(key)
        status, msg, raw = self.get(f"/projects/demo-project/files/{quoted}:download")
        self.assertEqual((status, raw), (200, b"second!"))
        self.assertIsNone(msg.get("accept-ranges"))
        raw = self.get(f"/projects/demo-project/files/{quoted}:download?version={first['version']}")[2]
        self.assertEqual(raw, b"first")
        listed = json.loads(self.get("/projects/demo-project/files?prefix=selftest/")[2])
        self.assertIn(key, [f["key"] for f in listed])
        top = json.loads(self.get("/projects/demo-project/files?recursive=false")[2])
        self.assertNotIn(key, [f["key"] for f in top])
        status = call(self.url, f"/projects/demo-project/files/{quoted}", "DELETE",
                      headers=self.auth)[0]
        self.assertEqual(status, 204)
        self.assertEqual(self.get(f"/projects/demo-project/files/{quoted}:metadata")[0], 404)

    def api(self, path, method="GET", body=None, auth=None):
        headers = dict(auth or self.auth)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        status, _, raw = call(self.url, path, method, data, headers)
        return status, json.loads(raw) if raw else None

    def test_edit_and_members(self):
        pid = f"selftest-{secrets.token_hex(3)}"
        self.assertEqual(self.api("/projects", "POST", {"id": pid, "display_name": "Self test"})[0],
                         200)
        status, project = self.api(f"/projects/{pid}", "PATCH", {"description": "edited"})
        self.assertEqual((status, project["display_name"], project["description"]),
                         (200, "Self test", "edited"))
        self.assertEqual(self.api(f"/projects/{pid}", "PATCH", {"display_name": "abc"})[0], 422)
        status, users = self.api("/users")
        self.assertEqual(status, 200)
        dana = next(u for u in users if u["username"] == "dana")
        self.assertEqual(sorted(dana), ["disabled", "email", "id", "username"])  # UserRead (§4)
        status, listed = self.api(f"/projects/{pid}/users")
        self.assertEqual([(m["username"], m["permission"]) for m in listed], [("alice", "admin")])
        status, listed = self.api(f"/projects/{pid}/users/{dana['id']}?access_level=read", "PUT")
        self.assertEqual(status, 200)
        self.assertNotIn("permission", listed[0])  # typed as User upstream (§6)
        self.api(f"/projects/{pid}/users/{dana['id']}?access_level=admin", "PUT")
        levels = {m["username"]: m["permission"] for m in self.api(f"/projects/{pid}/users")[1]}
        self.assertEqual(levels, {"alice": "admin", "dana": "admin"})
        self.assertEqual(self.api(f"/projects/{pid}/users/nobody", "PUT")[0], 404)
        self.assertEqual(self.api(f"/projects/{pid}/users/{dana['id']}", "DELETE")[0], 200)
        self.assertEqual([m["username"] for m in self.api(f"/projects/{pid}/users")[1]],
                         ["alice"])
        # dana holds write on the speech lab: he may list its members but not change them.
        body, headers = form(grant_type="password", username="dana", password="dana-password")
        token = json.loads(call(self.url, "/auth/oauth/token", "POST", body, headers)[2])
        as_dana = {"Authorization": f"Bearer {token['access_token']}"}
        self.assertEqual(self.api("/projects/speech-lab/users", auth=as_dana)[0], 200)
        status, problem = self.api(f"/projects/speech-lab/users/{dana['id']}?access_level=admin",
                                   "PUT", auth=as_dana)
        self.assertEqual(status, 403)
        self.assertIn("permission", problem["message"])
        self.assertEqual(self.api(f"/projects/{pid}/users", auth=as_dana)[0], 403)
        self.assertEqual(self.api(f"/projects/{pid}", "DELETE")[0], 204)


def contaxy_token(url, username, password):
    body, headers = form(grant_type="password", username=username, password=password)
    status, _, raw = call(url, "/auth/oauth/token", "POST", body, headers)
    return json.loads(raw)["access_token"] if status == 200 else None


def contaxy_api(url, path, method="GET", body=None, token=None):
    """(status, decoded JSON body or None) of one call, JSON body and Bearer token optional."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    status, _, raw = call(url, path, method, data, headers)
    return status, json.loads(raw) if raw else None


class ContaxyUsersTest(unittest.TestCase):
    """User administration and server health on the shared, initialized emulator (§4, §5)."""

    def setUp(self):
        self.url = info("contaxy")["url"]
        self.admin = contaxy_token(self.url, "admin", "admin")
        self.name = f"selftest-{secrets.token_hex(3)}"

    def api(self, *args, **kwargs):
        return contaxy_api(self.url, *args, **kwargs)

    def test_health_and_info(self):
        self.assertEqual(call(self.url, "/system/health")[::2], (204, b""))
        status, body = self.api("/system/info")
        self.assertEqual((status, body["version"], body["namespace"], body["system_state"]),
                         (200, "0.0.23", "ctxy", "running"))
        self.assertEqual(self.api("/system/initialize", "POST")[0], 409)  # once only

    def test_register_list_delete(self):
        # Self-registration is on: no token needed; the new user can sign in.
        status, user = self.api("/users", "POST", {"username": self.name,
                                                   "email": f"{self.name}@lab.test",
                                                   "password": "pw-1"})
        self.assertEqual(status, 200, user)
        self.assertEqual((user["username"], user["technical_user"], user["has_password"]),
                         (self.name, False, True))
        self.assertRegex(user["id"], r"^[a-z0-9]{25}$")
        mine = contaxy_token(self.url, f"{self.name}@lab.test", "pw-1")
        self.assertTrue(mine)
        listed = {u["username"]: u for u in self.api("/users", token=self.admin)[1]}
        self.assertTrue(listed["admin"]["technical_user"])  # created by initialize (§5)
        self.assertIn("created_at", listed[self.name])  # whole User objects for admins
        self.assertEqual(sorted(self.api("/users", token=mine)[1][0]),
                         ["disabled", "email", "id", "username"])
        for body, code in (({"username": self.name}, 409),
                           ({"email": f"{self.name}@lab.test"}, 409),
                           ({"username": "x@lab.test"}, 400),
                           ({"username": "y", "email": "not-an-address"}, 422)):
            self.assertEqual(self.api("/users", "POST", body)[0], code, body)
        status, derived = self.api("/users", "POST", {"email": f"{self.name}@other.test"})
        self.assertEqual((status, derived["username"]), (200, f"{self.name}-1"))
        # Only system admins delete; the literal users/{user_id} is what is checked (§4).
        status, problem = self.api(f"/users/{user['id']}", "DELETE", token=mine)
        self.assertEqual((status, problem["message"]),
                         (403, "The token subject does not have the required permission."))
        for uid in (user["id"], derived["id"]):
            self.assertEqual(self.api(f"/users/{uid}", "DELETE", token=self.admin), (204, None))
        self.assertEqual(self.api("/users/me", token=mine)[0], 401)  # its tokens went with it
        self.assertNotIn(self.name, [u["username"] for u in self.api("/users", token=self.admin)[1]])
        self.assertEqual(self.api("/users/nobody", "DELETE", token=self.admin)[0], 204)


class ContaxyFreshServerTest(unittest.TestCase):
    """A private emulator started --uninitialized --no-self-registration (§3.4, §4, §11)."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="wharf-fresh-")
        try:
            run_launch("start", "--state-dir", cls.dir, "--emulator-arg=--uninitialized",
                       "--emulator-arg=--no-self-registration", "contaxy")
        except BaseException:
            cls.tearDownClass()
            raise
        cls.url = info("contaxy", cls.dir)["url"]

    @classmethod
    def tearDownClass(cls):
        run_launch("stop", "--state-dir", cls.dir, check=False)
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_initialize_then_admin_creates_users(self):
        api = lambda *a, **k: contaxy_api(self.url, *a, **k)  # noqa: E731
        self.assertEqual(api("/system/info")[1]["system_state"], "uninitialized")
        body, headers = form(grant_type="password", username="admin", password="admin")
        status, _, raw = call(self.url, "/auth/oauth/token", "POST", body, headers)
        self.assertEqual((status, json.loads(raw)["message"]),
                         (400, "Login is not possible before system has been initialized!"))
        self.assertEqual(api("/users", "POST", {"username": "bob", "password": "b"})[0], 400)
        self.assertEqual(api("/system/initialize", "POST"), (204, None))
        self.assertEqual(api("/system/initialize", "POST")[0], 409)
        self.assertEqual(api("/system/info")[1]["system_state"], "running")
        admin = contaxy_token(self.url, "admin", "admin")
        self.assertTrue(admin)
        status, problem = api("/users", "POST", {"username": "bob", "password": "b"})
        self.assertEqual((status, problem["message"]), (403, "User self-registration is "
                                                        "deactivated. Please contact an "
                                                        "administrator."))
        status, bob = api("/users", "POST", {"username": "bob", "password": "b"}, token=admin)
        self.assertEqual((status, bob["username"]), (200, "bob"))
        as_bob = contaxy_token(self.url, "bob", "b")
        self.assertEqual(api("/users", "POST", {"username": "eve"}, token=as_bob)[0], 403)

    def test_health_switch(self):
        self.assertEqual(call(self.url, "/__wharf__/health?healthy=false", "POST")[0], 200)
        self.assertEqual(call(self.url, "/system/health")[::2], (503, b""))
        call(self.url, "/__wharf__/health?healthy=true", "POST")
        self.assertEqual(call(self.url, "/system/health")[0], 204)


class ContaxyTokensTest(unittest.TestCase):
    """Token listing, creation, revocation and project tokens (contaxy.md §3.2, §3.3, §6)."""

    def setUp(self):
        self.url = info("contaxy")["url"]
        body, headers = form(grant_type="password", username="alice", password="alice-password")
        self.token = json.loads(call(self.url, "/auth/oauth/token", "POST", body, headers)[2])[
            "access_token"]
        self.auth = {"Authorization": f"Bearer {self.token}"}

    def api(self, path, method="GET", token=None):
        headers = {"Authorization": f"Bearer {token}"} if token else self.auth
        status, _, raw = call(self.url, path, method, headers=headers)
        return status, json.loads(raw) if raw else None

    def create(self, query):
        return self.api("/auth/tokens?" + query, "POST")

    def test_create_list_and_scope_checks(self):
        status, token = self.create("scope=projects%2Fdemo-project%23read&token_type=api-token"
                                    "&description=selftest%20C%2B%2B")
        self.assertEqual(status, 200)
        self.assertIsInstance(token, str)  # a bare JSON string
        self.assertRegex(token, "^[0-9a-f]{40}$")
        status, listed = self.api("/auth/tokens")
        self.assertEqual(status, 200)
        mine = [t for t in listed if t["token"] == token]  # values are included
        self.assertEqual(len(mine), 1)
        self.assertEqual((mine[0]["scopes"], mine[0]["description"], mine[0]["token_purpose"],
                          mine[0]["token_type"], mine[0]["expires_at"]),
                         (["projects/demo-project#read"], "selftest C++", "custom-token-purpose",
                          "api-token", None))
        self.assertEqual(mine[0]["subject"], f"users/{CONTAXY_DEMO_USER_ID}")
        self.assertIn("login-token", [t["token_purpose"] for t in listed])  # logins too
        # The new token can read the project, not write it, and lists nothing (no admin).
        self.assertEqual(self.api("/projects/demo-project", token=token)[0], 200)
        self.assertEqual(self.api("/auth/tokens", token=token)[0], 403)
        # Scopes beyond the caller's and reserved purposes are refused.
        status, body = self.create("scope=system%23admin&token_type=api-token")
        self.assertEqual(status, 403)
        self.assertIn("permission", body["message"])
        status, body = self.create("token_type=api-token&token_purpose=login-token")
        self.assertEqual(status, 400)
        self.assertIn("reserved", body["message"])
        status, jwt = self.create("scope=projects%2Fdemo-project%23read")  # session by default
        self.assertEqual(status, 200)
        self.assertEqual(len(jwt.split(".")), 3)
        self.assertNotIn(jwt, [t["token"] for t in self.api("/auth/tokens")[1]])  # not stored

    def test_revoke_keeps_cached_tokens_working_for_a_while(self):
        scope = f"scope=users%2F{CONTAXY_DEMO_USER_ID}%23read&token_type=api-token"
        _, unused = self.create(scope + "&description=selftest-unused")
        _, used = self.create(scope + "&description=selftest-used")
        self.assertEqual(self.api("/users/me", token=used)[0], 200)  # looked up: now cached
        for token in (unused, used):
            body, headers = form(token=token)
            status, _, raw = call(self.url, "/auth/oauth/revoke", "POST", body, headers)
            self.assertEqual((status, raw), (200, b"null"))
        values = [t["token"] for t in self.api("/auth/tokens")[1]]
        self.assertNotIn(unused, values)
        self.assertNotIn(used, values)
        self.assertEqual(self.api("/users/me", token=unused)[0], 401)
        self.assertEqual(self.api("/users/me", token=used)[0], 200)  # the 5-minute cache
        body, headers = form(token="not-a-token-at-all")  # unknown: ignored
        self.assertEqual(call(self.url, "/auth/oauth/revoke", "POST", body, headers)[0], 200)
        status, body = self.create("")  # the login token's *#admin: more than alice holds
        self.assertEqual(status, 403)
        _, jwt = self.create(scope.replace("api-token", "session-token"))
        body, headers = form(token=jwt)
        status, _, raw = call(self.url, "/auth/oauth/revoke", "POST", body, headers)
        self.assertEqual((status, json.loads(raw)), (400, {"error": "unsupported_token_type"}))

    def test_project_token_is_the_projects_own(self):
        status, token = self.api("/projects/demo-project/token?access_level=read")
        self.assertEqual(status, 200)
        self.assertEqual(self.api("/projects/demo-project/token?access_level=read")[1], token)
        status, listed = self.api("/auth/tokens?token_subject=projects%2Fdemo-project")
        self.assertEqual(status, 200)
        mine = [t for t in listed if t["token"] == token]
        self.assertEqual((mine[0]["subject"], mine[0]["scopes"], mine[0]["token_purpose"]),
                         ("projects/demo-project", ["projects/demo-project#read"],
                          "project-api-token"))
        self.assertNotIn(token, [t["token"] for t in self.api("/auth/tokens")[1]])
        self.assertEqual(self.api("/projects/demo-project/files", token=token)[0], 200)
        self.assertEqual(self.api("/projects/speech-lab", token=token)[0], 403)
        self.assertEqual(self.api("/projects/not-mine/token")[0], 403)
        self.assertEqual(self.api("/auth/tokens?token_subject=projects%2Fnot-mine")[0], 403)


class ContaxyDocumentsTest(unittest.TestCase):
    """JSON documents (contaxy.md §9): json_value strings, merge patches, SQL/JSON filters."""

    def setUp(self):
        self.url = info("contaxy")["url"]
        body, headers = form(grant_type="password", username="alice", password="alice-password")
        token = json.loads(call(self.url, "/auth/oauth/token", "POST", body, headers)[2])
        self.auth = {"Authorization": f"Bearer {token['access_token']}"}
        self.base = f"/projects/demo-project/json/selftest-{secrets.token_hex(4)}"

    def api(self, path, method="GET", body=None):
        headers = dict(self.auth, **({"Content-Type": "application/json"} if body else {}))
        status, _, raw = call(self.url, path, method,
                              json.dumps(body) if body is not None else None, headers)
        return status, (json.loads(raw) if raw else None)

    def keys(self, filter_):
        status, docs = self.api(f"{self.base}?filter={urllib.parse.quote(filter_)}")
        self.assertEqual(status, 200, docs)
        return [d["key"] for d in docs]

    def test_put_get_patch_delete(self):
        status, doc = self.api(f"{self.base}/a", "PUT", {"n": 1, "keep": {"x": 1, "y": 2}})
        self.assertEqual(status, 200, doc)
        self.assertIsInstance(doc["json_value"], str)  # serialized JSON in a string
        self.assertEqual(json.loads(doc["json_value"]), {"n": 1, "keep": {"x": 1, "y": 2}})
        self.assertEqual((doc["created_by"], doc["updated_by"]), (None, None))
        self.assertEqual(self.api(f"{self.base}/a?upsert=false", "PUT", {"n": 2})[0], 409)
        self.assertEqual(self.api(f"{self.base}/b", "PUT", [1, 2])[0], 422)
        self.assertEqual(self.api(f"{self.base}/b", "PUT", "text")[0], 422)
        status, doc = self.api(f"{self.base}/a", "PATCH",
                               {"n": None, "keep": {"y": None, "z": 3}, "tags": ["t"]})
        self.assertEqual(json.loads(doc["json_value"]),
                         {"keep": {"x": 1, "z": 3}, "tags": ["t"]})
        self.assertEqual(self.api(f"{self.base}/a")[1]["json_value"], doc["json_value"])
        self.assertEqual(self.api(f"{self.base}/nope", "PATCH", {"n": 1})[0], 404)
        self.assertEqual(self.api(f"{self.base}/a", "DELETE")[0], 204)
        self.assertEqual(self.api(f"{self.base}/a")[0], 404)
        self.assertEqual(self.api(f"{self.base}/a", "DELETE")[0], 404)

    def test_filters(self):
        self.api(f"{self.base}/low", "PUT", {"n": 1, "tags": ["x"], "a": {"b": "x"}})
        self.api(f"{self.base}/high", "PUT", {"n": 5, "tags": ["y"], "a": {"b": "y"}})
        self.assertEqual(self.keys("$ ? (@.n > 3)"), ["high"])
        self.assertEqual(self.keys("$ ? (@.n <= 1)"), ["low"])
        self.assertEqual(self.keys("$ ? (@.n != 1)"), ["high"])
        self.assertEqual(self.keys('$.a.b ? (@ == "x")'), ["low"])
        self.assertEqual(self.keys('$.tags[*] ? (@ == "y")'), ["high"])
        self.assertEqual(self.keys("$.n > 3"), ["high", "low"])  # a bare predicate: all
        status, body = self.api(f"{self.base}?filter={urllib.parse.quote('$ ? (@.n >')}")
        self.assertEqual(status, 400)
        self.assertIn("syntax error", body["message"])
        self.assertEqual(self.api("/projects/demo-project/json/never-used")[1], [])

    def test_demo_collection_and_permissions(self):
        status, docs = self.api("/projects/demo-project/json/experiments")
        self.assertEqual(status, 200)
        self.assertIn("baseline", [d["key"] for d in docs])
        self.assertEqual(self.api("/projects/not-mine/json/experiments")[0], 403)
        self.assertEqual(self.api("/projects/not-mine/json/experiments/x", "PUT", {})[0], 403)


class ContaxyDeploymentsTest(unittest.TestCase):
    """Deploying, suggest-config and deployment actions (contaxy.md §8.1-8.4)."""

    def setUp(self):
        self.url = info("contaxy")["url"]
        body, headers = form(grant_type="password", username="alice", password="alice-password")
        token = json.loads(call(self.url, "/auth/oauth/token", "POST", body, headers)[2])
        self.auth = {"Authorization": f"Bearer {token['access_token']}"}
        self.base = "/projects/demo-project"

    def api(self, path, method="GET", body=None):
        headers = dict(self.auth, **({"Content-Type": "application/json"} if body else {}))
        status, msg, raw = call(self.url, path, method,
                                json.dumps(body) if body is not None else None, headers)
        if msg.get_content_type() == "application/json" and raw:
            return status, json.loads(raw)
        return status, raw.decode()

    def test_deploy_suggest_and_refusals(self):
        name = f"selftest-{secrets.token_hex(3)}"
        status, d = self.api(f"{self.base}/services", "POST",
                             {"container_image": "nginx:1", "display_name": name,
                              "endpoints": ["8080"], "parameters": {"A": "1"}})
        self.assertEqual(status, 200, d)
        self.assertEqual((d["id"], d["status"], d["parameters"]), (name, "pending", {"A": "1"}))
        status, body = self.api(f"{self.base}/services", "POST",
                                {"container_image": "nginx:1", "display_name": name})
        self.assertEqual(status, 409, body)
        status, body = self.api(f"{self.base}/jobs", "POST", {"container_image": "busybox"})
        self.assertEqual((status, body["message"]), (400, "Job display_name not defined!"))
        status, body = self.api(f"{self.base}/services", "POST", {"container_image": "x"})
        self.assertEqual((status, body["message"]), (400, "Service display_name not defined!"))
        time.sleep(1.1)
        listed = {s["id"]: s for s in self.api(f"{self.base}/services")[1]}
        self.assertEqual(listed[name]["status"], "running")
        status, s = self.api(f"{self.base}/jobs:suggest-config?container_image=busybox%3A1")
        self.assertEqual((status, s["container_image"]), (200, "busybox:1"))
        self.assertGreaterEqual(len(s["display_name"]), 4)
        self.assertEqual(self.api(f"{self.base}/services:suggest-config?container_image=a")[0],
                         200)
        self.assertEqual(self.api(f"{self.base}/services/{name}", "DELETE")[0], 204)

    def test_service_and_job_actions(self):
        name = f"selftest-{secrets.token_hex(3)}"
        self.api(f"{self.base}/services", "POST",
                 {"container_image": "nginx:1", "display_name": name,
                  "endpoints": ["8080", "9001/webapp/ui"]})
        path = f"{self.base}/services/{name}/actions"
        status, actions = self.api(path)
        self.assertEqual([a["action_id"] for a in actions],
                         ["stop", "restart", "access-8080", "access-9001"])
        self.assertEqual(actions[3]["instructions"],
                         [{"type": "new-tab",
                           "url": f"/projects/demo-project/services/{name}/access/9001/webapp/ui"}])
        self.assertEqual(self.api(f"{path}/start", "POST")[0], 400)
        self.assertEqual(self.api(f"{path}/stop", "POST"),
                         (200, "Action stop successfully executed."))
        self.assertEqual(self.api(f"{self.base}/services/{name}")[1]["status"], "stopped")
        self.assertEqual([a["action_id"] for a in self.api(path)[1]], ["start"])
        self.assertEqual(self.api(f"{path}/stop", "POST")[0], 400)
        self.assertEqual(self.api(f"{path}/start", "POST")[0], 200)
        self.assertEqual(self.api(f"{path}/fly", "POST")[0], 501)
        self.assertEqual(self.api(f"{self.base}/jobs/heartbeat/actions"), (200, []))
        self.assertEqual(self.api(f"{self.base}/jobs/heartbeat/actions/start", "POST")[0], 501)
        self.api(f"{self.base}/services/{name}", "DELETE")


class ProjectWJobsTest(unittest.TestCase):
    """Jobs (project-w.md §6) with the emulator's clock-driven runner."""

    def setUp(self):
        self.url = info("projectw")["url"]
        body, headers = form(username="alice@example.test", password="Alice-Password-1!")
        msg = call(self.url, "/api/local-account/login", "POST", body, headers)[1]
        token = re.search(r"token=([^;]+)", msg.get("set-cookie")).group(1)
        self.auth = {"Authorization": f"Bearer {token}"}

    def api(self, path, method="GET", body=None, headers=None):
        status, _, raw = call(self.url, path, method, body, dict(self.auth, **(headers or {})))
        return status, json.loads(raw) if raw else None

    def submit(self, name, content_type):
        boundary = "selftest-boundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"audio_file\"; "
                f"filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n").encode() \
            + b"RIFF0000WAVE" + f"\r\n--{boundary}--\r\n".encode()
        return self.api("/api/jobs/submit_job", "POST", body,
                        {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def test_submit_list_abort_delete_transcript(self):
        self.assertEqual(self.submit("memo.txt", "text/plain")[0], 415)
        status, job_id = self.submit("memo.wav", "audio/wav")
        self.assertEqual(status, 200)
        self.assertIsInstance(job_id, int)
        flags = "exclude_finished=false&exclude_downloaded=false"
        total = self.api(f"/api/jobs/count?{flags}")[1]
        ids = self.api(f"/api/jobs/get?start_index=0&end_index=0&sort_key=creation_time"
                       f"&descending=true&{flags}")[1]
        self.assertEqual(ids, [job_id])  # end_index is inclusive: one id
        self.assertGreaterEqual(total, 3)
        job = self.api(f"/api/jobs/info?job_ids={job_id}&job_ids=999999")[1]
        self.assertEqual([j["step"] for j in job], ["pending_runner"])
        self.assertEqual(self.api("/api/jobs/delete", "DELETE", json.dumps([job_id]),
                                  {"Content-Type": "application/json"})[0], 400)
        self.assertEqual(self.api("/api/jobs/abort", "POST", json.dumps([job_id]),
                                  {"Content-Type": "application/json"}), (200, "Success"))
        job = self.api(f"/api/jobs/info?job_ids={job_id}")[1][0]
        self.assertEqual((job["step"], job["error_msg"]), ("failed", "Job was aborted"))
        self.assertEqual(self.api("/api/jobs/delete", "DELETE", json.dumps([job_id]),
                                  {"Content-Type": "application/json"}), (200, "Success"))
        first = self.api(f"/api/jobs/get?start_index=0&end_index=9&sort_key=filename"
                          f"&descending=false&{flags}")[1]
        self.assertNotIn(job_id, first)
        demo = first[0]  # lecture-01.wav sorts first and is finished
        status, text = self.api(f"/api/jobs/download_transcript?job_id={demo}"
                                "&transcript_type=as_json")
        self.assertEqual(status, 200)
        self.assertIsInstance(text, str)  # a JSON string holding JSON text (§6.5)
        self.assertIn("segments", json.loads(text))
        self.assertEqual(self.api(f"/api/jobs/download_transcript?job_id={demo}"
                                  "&transcript_type=txt")[0], 422)
        self.assertEqual(self.api(f"/api/jobs/info?job_ids={demo}")[1][0]["step"], "downloaded")


class ProjectWTest(unittest.TestCase):
    COOKIE = r"^token=([A-Za-z0-9_-]{43}); Max-Age=3600; Path=/; SameSite=lax$"

    def setUp(self):
        self.url = info("projectw")["url"]

    def login(self, url=None, **fields):
        fields = {"username": "alice@example.test", "password": "Alice-Password-1!", **fields}
        return call(url or self.url, "/api/local-account/login", "POST", *form(**fields))

    def test_about_and_auth_settings(self):
        self.assertEqual(json.loads(call(self.url, "/api/about")[2])["version"], "0.6.0")
        s = json.loads(call(self.url, "/api/auth_settings")[2])
        self.assertEqual(s["local_account"]["mode"], "enabled")
        self.assertTrue(s["local_account"]["allow_creation_of_api_tokens"])
        self.assertEqual((s["oidc_providers"], s["ldap_providers"]), ({}, {}))

    def test_login_returns_token_only_as_cookie(self):
        status, msg, raw = self.login()
        self.assertEqual(status, 200)
        self.assertEqual(raw, b'"Success. Returning your login token as a cookie"')
        m = re.match(self.COOKIE, msg["set-cookie"])
        self.assertIsNotNone(m, msg["set-cookie"])
        token = m.group(1)
        self.assertNotIn(token.encode(), raw)
        for headers in ({"Authorization": f"Bearer {token}"}, {"Cookie": f"token={token}"}):
            status, _, raw = call(self.url, "/api/users/info", headers=headers)
            self.assertEqual(status, 200)
            self.assertEqual(json.loads(raw)["email"], "alice@example.test")

    def test_login_errors(self):
        self.assertEqual(self.login(password="nope")[::2],
                         (401, b'{"detail":"Incorrect username or password"}'))
        status, _, raw = self.login(grant_type="client_credentials")
        self.assertEqual(status, 422)
        self.assertEqual(json.loads(raw)["detail"][0]["loc"], ["body", "grant_type"])
        status, _, raw = call(self.url, "/api/local-account/login", "POST",
                              json.dumps({"username": "alice@example.test", "password": "x"}),
                              {"Content-Type": "application/json"})
        self.assertEqual(status, 422)
        self.assertEqual({tuple(d["loc"]) for d in json.loads(raw)["detail"]},
                         {("body", "username"), ("body", "password")})

    def test_users_info_rejections(self):
        status, msg, raw = call(self.url, "/api/users/info")
        self.assertEqual((status, raw), (401, b'{"detail":"Not authenticated"}'))
        self.assertEqual(msg["www-authenticate"], "Bearer")
        self.assertEqual(call(self.url, "/api/users/info",
                              headers={"Authorization": "Bearer " + "x" * 43})[::2],
                         (401, b'{"detail":"Could not validate token"}'))

    def test_rolling_session_rotates_and_kills_old_token(self):
        port = launch.free_port()
        proc = subprocess.Popen([sys.executable, str(HERE / "projectw.py"), "--port", str(port),
                                 "--rolling-minutes", "60"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.addCleanup(proc.wait)
        self.addCleanup(proc.kill)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while not launch.answers(port, None):
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.1)
        old = re.match(self.COOKIE, self.login(url)[1]["set-cookie"]).group(1)
        status, msg, _ = call(url, "/api/users/info", headers={"Authorization": f"Bearer {old}"})
        self.assertEqual(status, 200)
        new = re.match(self.COOKIE, msg["set-cookie"]).group(1)
        self.assertNotEqual(new, old)
        self.assertEqual(call(url, "/api/users/info", headers={"Cookie": f"token={old}"})[::2],
                         (401, b'{"detail":"Could not validate token"}'))
        self.assertEqual(call(url, "/api/users/info", headers={"Cookie": f"token={new}"})[0], 200)


    def private_emulator(self, *args):
        port = launch.free_port()
        proc = subprocess.Popen([sys.executable, str(HERE / "projectw.py"), "--port", str(port),
                                 *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(proc.wait)
        self.addCleanup(proc.kill)
        deadline = time.monotonic() + 20
        while not launch.answers(port, None):
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.1)
        return f"http://127.0.0.1:{port}"

    def test_terms_and_verification_gate_jobs_and_window_in_seconds(self):
        url = self.private_emulator("--tos-version", "2", "--session-seconds", "120",
                                    "--rolling-seconds", "120")
        first = re.match(r"^token=([^;]+); Max-Age=120;", self.login(url)[1]["set-cookie"])
        token = [first.group(1)]

        def api(path, method="GET"):  # every accepted call rotates: 120 s left < 120 s window
            status, msg, raw = call(url, path, method, headers={"Authorization":
                                                                f"Bearer {token[0]}"})
            rotated = cookies_of(msg).get("token")
            if rotated:
                token[0] = rotated[0]
            return status, bool(rotated), json.loads(raw)

        count = "/api/jobs/count?exclude_finished=false&exclude_downloaded=false"
        status, rotated, body = api(count)
        self.assertEqual((status, rotated), (403, False))  # refused before the rolling check
        self.assertIn("terms of services", body["detail"])
        self.assertEqual(api("/api/jobs/default_settings")[:2], (200, True))  # allowed before
        self.assertEqual(call(url, count, headers={"Authorization": f"Bearer {first.group(1)}"})
                         [0], 401)  # the old value died with the rotation
        about = json.loads(call(url, "/api/about")[2])
        self.assertEqual(about["terms_of_services"]["1"]["version"], 2)
        self.assertEqual(api("/api/users/accept_tos?tos_id=1&tos_version=3", "POST")[0], 400)
        self.assertEqual(api("/api/users/accept_tos?tos_id=1&tos_version=2", "POST"),
                         (200, True, "Success"))
        self.assertEqual(api(count)[0], 200)
        self.assertEqual(json.loads(call(url, "/__wharf__/sessions")[2]),
                         {"sessions": 1, "api_tokens": 0})
        call(url, "/__wharf__/verified?value=false", "POST")
        status, _, body = api(count)
        self.assertEqual(status, 403)
        self.assertIn("needs to be verified", body["detail"])


def cookies_of(msg) -> dict:
    """name -> (value, the whole Set-Cookie line) of a reply."""
    out = {}
    for line in msg.get_all("set-cookie") or []:
        name, _, rest = line.partition("=")
        out[name] = (rest.split(";")[0], line)
    return out


class OidcSsoTest(unittest.TestCase):
    """Contaxy's and Project-W's browser SSO against an OpenID Provider (fakeop.py), as a
    browser would walk it: redirects followed by hand, cookies carried by hand."""

    @classmethod
    def setUpClass(cls):
        import fakeop
        cls.op = fakeop.FakeOp().start()
        cls.dir = tempfile.mkdtemp(prefix="wharf-sso-")
        try:
            run_launch("start", "--state-dir", cls.dir, "--oidc-issuer", cls.op.issuer,
                       "contaxy", "projectw")
        except BaseException:
            cls.tearDownClass()
            raise
        cls.contaxy, cls.projectw = info("contaxy", cls.dir)["url"], info("projectw", cls.dir)["url"]
        cls.op.clients = {
            "contaxy-emulator": ("contaxy-emulator-secret",
                                 [f"{cls.contaxy}/auth/oauth/callback"]),
            "projectw-emulator": ("projectw-emulator-secret",
                                  [f"{cls.projectw}/api/oidc/auth/testidp"])}

    @classmethod
    def tearDownClass(cls):
        run_launch("stop", "--state-dir", cls.dir, check=False)
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.op.stop()

    def setUp(self):
        self.op.account = {"sub": "alice", "email": "alice@example.test", "email_verified": True}
        self.op.issue_refresh, self.op.wrong_key, self.op.conform = True, False, False

    def at_op(self, location):
        """The provider's answer to the authorization request: the redirect back."""
        self.assertTrue(location.startswith(self.op.issuer + "/auth?"), location)
        status, msg, _ = call(self.op.issuer, location[len(self.op.issuer):])
        self.assertEqual(status, 302)
        return msg["location"]

    def contaxy_sso(self):
        status, msg, _ = call(self.contaxy, "/auth/login-page")
        self.assertEqual(status, 303)
        state = cookies_of(msg)["oauth_state"]
        self.assertIn("HttpOnly", state[1])
        back = self.at_op(msg["location"])
        status, msg, _ = call(self.contaxy, back[len(self.contaxy):],
                              headers={"Cookie": f"oauth_state={state[0]}"})
        self.assertEqual(status, 303)
        self.assertEqual(msg["location"], f"{self.contaxy}/app/")
        return cookies_of(msg)

    def test_contaxy_enabled_flag_and_unconfigured_server(self):
        status, msg, raw = call(self.contaxy, "/auth/oauth/enabled")
        self.assertEqual((status, raw, msg["content-type"]), (200, b"1", None))
        plain = info("contaxy")["url"]  # the module's emulators run without --oidc-issuer
        self.assertEqual(call(plain, "/auth/oauth/enabled")[::2], (200, b"0"))
        status, _, raw = call(plain, "/auth/login-page")
        self.assertEqual((status, json.loads(raw)["code"]), (500, 500))

    def test_contaxy_login_page_and_callback(self):
        cookies = self.contaxy_sso()
        q = self.op.authorize_requests[-1]
        self.assertEqual((q["response_type"], q["scope"], q["client_id"]),
                         ("code", "openid email", "contaxy-emulator"))
        self.assertEqual(q["redirect_uri"], f"{self.contaxy}/auth/oauth/callback")
        self.assertTrue(self.op.token_requests[-1][0]["Authorization"].startswith("Basic "))
        self.assertEqual(q["code_challenge_method"], "S256")  # the provider offers PKCE
        token, line = cookies["ct_token"]
        self.assertRegex(token, r"^[0-9a-f]{40}$")
        self.assertIn("HttpOnly", line)
        status, _, raw = call(self.contaxy, "/users/me", headers={"Cookie": f"ct_token={token}"})
        self.assertEqual(status, 200)
        me = json.loads(raw)
        self.assertEqual((me["username"], me["id"]), ("alice", cookies["ctxy_authorized_user"][0]))

    def test_contaxy_sso_registers_new_users_without_password(self):
        self.op.account = {"sub": "bob-sub", "email": "Bob@Example.test", "email_verified": False}
        token = self.contaxy_sso()["ct_token"][0]
        me = json.loads(call(self.contaxy, "/users/me",
                             headers={"Authorization": f"Bearer {token}"})[2])
        self.assertEqual((me["username"], me["email"], me["has_password"]),
                         ("bob", "Bob@Example.test", False))

    def test_email_only_at_userinfo_is_fetched_from_there(self):
        self.op.conform = True
        self.op.account = {"sub": "carol", "email": "carol@example.test", "email_verified": True}
        token = self.contaxy_sso()["ct_token"][0]
        me = json.loads(call(self.contaxy, "/users/me", headers={"ct_token": token})[2])
        self.assertEqual(me["email"], "carol@example.test")
        msg, _ = self.projectw_sso()
        session = re.match(ProjectWTest.COOKIE, msg["set-cookie"]).group(1)
        me = json.loads(call(self.projectw, "/api/users/info",
                             headers={"Authorization": f"Bearer {session}"})[2])
        self.assertEqual(me["email"], "carol@example.test")

    def test_contaxy_trade_login_token_then_logout(self):
        login = self.contaxy_sso()["ct_token"][0]
        auth = {"Authorization": f"Bearer {login}"}
        q = "/auth/tokens?token_type=api-token&scope=%2A%23admin&description=Wharf+on+ci"
        # An ordinary user may not mint a system-wide token (§2.4): both grants are needed.
        status, _, raw = call(self.contaxy, q, "POST", headers=auth)
        self.assertEqual((status, json.loads(raw)["message"]),
                         (403, "The token subject does not have the required permission."))
        status, _, raw = call(self.contaxy, "/auth/tokens?token_type=api-token&"
                              "token_purpose=login-token", "POST", headers=auth)
        self.assertEqual(status, 400)
        me = json.loads(call(self.contaxy, "/users/me", headers=auth)[2])
        narrow = f"/auth/tokens?token_type=api-token&scope=users%2F{me['id']}%23read"
        status, _, raw = call(self.contaxy, narrow, "POST", headers=auth)
        self.assertEqual(status, 200)
        self.assertRegex(json.loads(raw), r"^[0-9a-f]{40}$")
        status, _, raw = call(self.contaxy, "/auth/tokens?scope=users%2F" + me["id"] + "%23read",
                              "POST", headers=auth)
        jwt = json.loads(raw)
        self.assertEqual((status, jwt.count(".")), (200, 2))  # a session token is a JWT
        self.assertEqual(call(self.contaxy, "/users/me",
                              headers={"Authorization": f"Bearer {jwt}"})[0], 200)
        self.assertEqual(call(self.contaxy, "/__wharf__/grant?login=alice&permission=%2A%23admin",
                              "POST")[0], 200)
        status, _, raw = call(self.contaxy, q, "POST", headers=auth)
        self.assertEqual(status, 200)
        api = json.loads(raw)
        self.assertRegex(api, r"^[0-9a-f]{40}$")
        status, msg, _ = call(self.contaxy, "/auth/logout", headers={"Cookie": f"ct_token={login}"})
        self.assertEqual((status, msg["location"]), (307, "/welcome"))
        self.assertEqual(cookies_of(msg)["ct_token"][0], '""')
        self.assertEqual(call(self.contaxy, "/users/me", headers=auth)[0], 401)
        self.assertEqual(call(self.contaxy, "/users/me",
                              headers={"Authorization": f"Bearer {api}"})[0], 200)

    def projectw_sso(self, user_agent="selftest browser", expect=307):
        status, msg, _ = call(self.projectw, "/api/oidc/login/testidp")
        self.assertEqual(status, 302)
        session = cookies_of(msg)["session"]
        back = self.at_op(msg["location"])
        status, msg, raw = call(self.projectw, back[len(self.projectw):],
                                headers={"Cookie": f"session={session[0]}",
                                         "User-Agent": user_agent})
        self.assertEqual(status, expect, raw)
        return msg, raw

    def test_projectw_auth_settings_list_the_provider(self):
        s = json.loads(call(self.projectw, "/api/auth_settings")[2])
        self.assertEqual(s["oidc_providers"], {"TestIdP": {
            "hidden": False, "icon_url": None, "allow_creation_of_api_tokens": True}})
        plain = info("projectw")["url"]
        self.assertEqual(json.loads(call(plain, "/api/auth_settings")[2])["oidc_providers"], {})
        self.assertEqual(call(plain, "/api/oidc/login/testidp")[0], 404)

    def test_projectw_login_session_api_token_and_logout(self):
        msg, _ = self.projectw_sso()
        q = self.op.authorize_requests[-1]
        self.assertEqual((q["code_challenge_method"], q["prompt"]), ("S256", "consent"))
        self.assertEqual(q["scope"].split(), ["openid", "email", "offline_access"])
        self.assertTrue(q["nonce"] and q["state"])
        self.assertEqual(q["redirect_uri"], f"{self.projectw}/api/oidc/auth/testidp")
        self.assertIn("code_verifier", self.op.token_requests[-1][1])
        self.assertEqual(msg["location"], f"{self.projectw}/#")
        session = re.match(ProjectWTest.COOKIE, msg["set-cookie"]).group(1)
        auth = {"Authorization": f"Bearer {session}"}
        me = json.loads(call(self.projectw, "/api/users/info", headers=auth)[2])
        self.assertEqual((me["email"], me["user_type"], me["provider_name"], me["is_verified"]),
                         ("alice@example.test", "oidc", "TestIdP", True))
        status, _, raw = call(self.projectw, "/api/users/get_new_api_token?name=Wharf+on+ci",
                              "POST", headers=auth)
        self.assertEqual(status, 200)
        api = json.loads(raw)
        self.assertRegex(api, r"^[A-Za-z0-9_-]{43}$")
        status, msg, raw = call(self.projectw, "/api/users/logout", "DELETE",
                                headers={"Cookie": f"token={session}"})
        self.assertEqual((status, raw), (200, b'"Success"'))
        self.assertEqual(cookies_of(msg)["token"][0], '""')
        self.assertEqual(call(self.projectw, "/api/users/info", headers=auth)[0], 401)
        me2 = json.loads(call(self.projectw, "/api/users/info",
                              headers={"Authorization": f"Bearer {api}"})[2])
        self.assertEqual(me2["id"], me["id"])  # same (iss, sub), same user

    def test_projectw_api_tokens_can_be_disabled_per_provider(self):
        call(self.projectw, "/__wharf__/oidc-provider?allow_creation_of_api_tokens=false", "POST")
        self.addCleanup(call, self.projectw,
                        "/__wharf__/oidc-provider?allow_creation_of_api_tokens=true", "POST")
        msg, _ = self.projectw_sso()
        session = re.match(ProjectWTest.COOKIE, msg["set-cookie"]).group(1)
        status, _, raw = call(self.projectw, "/api/users/get_new_api_token?name=x", "POST",
                              headers={"Authorization": f"Bearer {session}"})
        self.assertEqual(status, 400)
        self.assertIn("disabled", json.loads(raw)["detail"])

    def test_projectw_refusals(self):
        status, _, raw = call(self.projectw, "/api/oidc/auth/nope?code=x&state=y")
        self.assertEqual((status, json.loads(raw)), (400, {"detail": "Unknown IdP 'nope'"}))
        status, _, raw = call(self.projectw, "/api/oidc/auth/testidp?code=x&state=y")
        self.assertEqual(status, 400)
        self.assertIn("mismatching_state", json.loads(raw)["detail"])
        self.op.issue_refresh = False
        _, raw = self.projectw_sso(expect=403)
        self.assertEqual(json.loads(raw)["detail"],
                         "Could not get a refresh_token from the identity provider")
        self.op.issue_refresh, self.op.wrong_key = True, True
        _, raw = self.projectw_sso(expect=400)
        self.assertIn("bad ID token signature", json.loads(raw)["detail"])
        self.op.wrong_key = False
        self.op.account = dict(self.op.account, email_verified=False)
        msg, raw = self.projectw_sso(expect=403)
        self.assertIn("is not verified", json.loads(raw)["detail"])
        self.assertEqual(msg["www-authenticate"], "Bearer")


class IvcapTest(unittest.TestCase):
    AUTH = {"Authorization": "Bearer ivcap-demo-token"}

    def setUp(self):
        self.url = info("ivcap")["url"]

    def test_authinfo_yaml_needs_no_token(self):
        status, msg, raw = call(self.url, "/1/authinfo.yaml")
        self.assertEqual(status, 200)
        doc = yaml.safe_load(raw)
        self.assertEqual(doc["version"], 1)
        provider = doc["auth"]["providers"][doc["auth"]["default-provider-id"]]
        for key in ("login-url", "token-url", "code-url", "jwks-url", "client-id", "audience"):
            self.assertTrue(provider[key], key)
        self.assertTrue(provider["token-url"].startswith("http://127.0.0.1:"))

    def test_401_has_empty_body(self):
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            status, msg, raw = call(self.url, "/1/services2", headers=headers)
            self.assertEqual((status, raw, msg["content-length"]), (401, b"", "0"))

    def test_paging_walk_follows_next_links(self):
        status, _, raw = call(self.url, "/1/services2", headers=self.AUTH)
        self.assertEqual(len(json.loads(raw)["items"]), 10)  # default limit
        path, sizes, ids, at_times = "/1/services2?limit=5", [], [], set()
        while path:
            status, _, raw = call(self.url, path, headers=self.AUTH)
            self.assertEqual(status, 200)
            page = json.loads(raw)
            sizes.append(len(page["items"]))
            ids += [s["id"] for s in page["items"]]
            at_times.add(page["at-time"])
            links = {link["rel"]: link["href"] for link in page["links"]}
            self.assertIn("self", links)
            self.assertIn("first", links)
            path = None
            if "next" in links:
                nxt = urllib.parse.urlsplit(links["next"])
                self.assertEqual(f"{nxt.scheme}://{nxt.netloc}", self.url)
                self.assertEqual(nxt.path, "/1/services2")
                self.assertRegex(nxt.query, r"^page=[^&]+&limit=5$")
                path = f"{nxt.path}?{nxt.query}"
        self.assertEqual(sizes, [5, 5, 5, 5, 3])
        self.assertEqual(len(set(ids)), 23)
        self.assertEqual(len(at_times), 1, "one listing is valid for one instant")
        page = json.loads(call(self.url, "/1/services2?limit=23", headers=self.AUTH)[2])
        self.assertEqual(len(page["items"]), 23)
        self.assertNotIn("next", [link["rel"] for link in page["links"]], "exactly one full page")

    def test_invalid_limit_and_cursor(self):
        for q in ("limit=0", "limit=51", "limit=ten"):
            status, _, raw = call(self.url, f"/1/services2?{q}", headers=self.AUTH)
            self.assertEqual(status, 422, q)
            self.assertEqual(json.loads(raw)["name"], "limit")
            self.assertTrue(json.loads(raw)["message"])
        status, _, raw = call(self.url, "/1/services2?page=%%%", headers=self.AUTH)
        self.assertEqual((status, json.loads(raw)["name"]), (422, "page"))

    def test_filter_like(self):
        status, _, raw = call(self.url, "/1/services2?limit=50&filter=" +
                              urllib.parse.quote("name ~= 'Fire%'"), headers=self.AUTH)
        names = [s["name"] for s in json.loads(raw)["items"]]
        self.assertTrue(names)
        self.assertTrue(all(n.startswith("Fire") for n in names), names)


class DebugRoutesTest(unittest.TestCase):
    def test_echo_in_every_emulator(self):
        for name in ("contaxy", "projectw", "ivcap"):
            status, _, raw = call(info(name)["url"], "/__wharf__/echo?a=1&b=x", "PUT", b"hello",
                                  {"X-Test": "Yes"})
            e = json.loads(raw)
            self.assertEqual((status, e["method"], e["path"]), (200, "PUT", "/__wharf__/echo"))
            self.assertEqual((e["query"], e["body"]), ({"a": "1", "b": "x"}, "hello"))
            self.assertEqual(e["headers"]["x-test"], "Yes")

    def test_redirects_status_cookie_sleep_bytes(self):
        url = info("contaxy")["url"]
        status, msg, _ = call(url, "/__wharf__/redirect?n=2")
        self.assertEqual((status, msg["location"]), (302, "/__wharf__/redirect?n=1"))
        self.assertEqual(call(url, "/__wharf__/redirect?n=0")[::2], (200, b'{"ok":true}'))
        status, msg, _ = call(url, "/__wharf__/loop")
        self.assertEqual((status, msg["location"]), (302, "/__wharf__/loop"))
        status, msg, raw = call(url, "/__wharf__/status/503?retry_after=2")
        self.assertEqual((status, raw, msg["retry-after"], msg["content-type"]),
                         (503, b"", "2", None))
        status, msg, raw = call(url, "/__wharf__/status/200?body=%3Chtml%3E&content_type=text/html")
        self.assertEqual((status, raw, msg["content-type"]),
                         (200, b"<html>", "text/html; charset=utf-8"))
        self.assertEqual(call(url, "/__wharf__/status/200?body=42")[2], b"42")
        _, msg, _ = call(url, "/__wharf__/set-cookie?name=k&value=v")
        self.assertTrue(msg["set-cookie"].startswith("k=v;"))
        t0 = time.monotonic()
        self.assertEqual(call(url, "/__wharf__/sleep?seconds=0.3")[0], 200)
        self.assertGreaterEqual(time.monotonic() - t0, 0.3)
        self.assertEqual(call(url, "/__wharf__/bytes?n=1000")[2], common.pattern_bytes(0, 1000))


class TransferRoutesTest(unittest.TestCase):
    """The upload sink, the tus-like resource, /flaky and Range on /bytes (core/transfer)."""

    def setUp(self):
        self.url = info("ivcap")["url"]

    def test_bytes_ranges_names_and_validators(self):
        status, msg, raw = call(self.url, "/__wharf__/bytes?n=1000&filename=a%20b.bin")
        self.assertEqual((status, raw), (200, common.pattern_bytes(0, 1000)))
        self.assertEqual((msg["content-length"], msg["accept-ranges"], msg["etag"]),
                         ("1000", "bytes", '"bytes-1000"'))
        self.assertEqual(msg["content-disposition"], 'attachment; filename="a b.bin"')
        status, msg, raw = call(self.url, "/__wharf__/bytes?n=1000",
                                headers={"Range": "bytes=990-"})
        self.assertEqual((status, raw, msg["content-range"]),
                         (206, common.pattern_bytes(990, 10), "bytes 990-999/1000"))
        status, _, raw = call(self.url, "/__wharf__/bytes?n=1000", headers={"Range": "bytes=5-9"})
        self.assertEqual((status, raw), (206, common.pattern_bytes(5, 5)))
        status, msg, _ = call(self.url, "/__wharf__/bytes?n=1000", headers={"Range": "bytes=1000-"})
        self.assertEqual((status, msg["content-range"]), (416, "bytes */1000"))
        status, _, raw = call(self.url, "/__wharf__/bytes?n=1000",
                              headers={"Range": "bytes=10-", "If-Range": '"other"'})
        self.assertEqual((status, len(raw)), (200, 1000), "a stale validator gets the whole file")
        status, msg, raw = call(self.url, "/__wharf__/bytes?n=1000&ranges=false",
                                headers={"Range": "bytes=10-"})
        self.assertEqual((status, len(raw), msg["accept-ranges"]), (200, 1000, None))
        n = 3 * (1 << 20) + 17  # several streamed chunks, still one pattern
        self.assertEqual(call(self.url, f"/__wharf__/bytes?n={n}")[2], common.pattern_bytes(0, n))

    def test_sink_raw_and_multipart(self):
        body = os.urandom(200000)
        status, _, raw = call(self.url, "/__wharf__/sink", "PUT", body,
                              {"Content-Type": "application/octet-stream"})
        r = json.loads(raw)
        self.assertEqual((status, r["method"], r["size"]), (200, "PUT", len(body)))
        self.assertEqual(r["sha256"], hashlib.sha256(body).hexdigest())
        boundary = "wharfboundary"
        form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nsmall\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                f"filename=\"a.wav\"\r\nContent-Type: audio/wav\r\n\r\n").encode() + body + \
            f"\r\n--{boundary}--\r\n".encode()
        status, _, raw = call(self.url, "/__wharf__/sink", "POST", form,
                              {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        r = json.loads(raw)
        self.assertEqual((status, r["fields"]), (200, {"model": "small"}))
        self.assertEqual(r["files"]["file"], {"filename": "a.wav", "size": len(body),
                                              "sha256": hashlib.sha256(body).hexdigest(),
                                              "content_type": "audio/wav"})

    def test_tus_upload_with_offsets(self):
        data = os.urandom(3000)
        status, msg, _ = call(self.url, "/__wharf__/tus", "POST", b"", {"Upload-Length": "3000"})
        self.assertEqual(status, 201)
        loc = msg["location"]
        self.assertRegex(loc, r"^/__wharf__/tus/[0-9a-f]{16}$")
        self.assertEqual(call(self.url, "/__wharf__/tus", "POST", b"")[0], 400)
        status, msg, _ = call(self.url, loc, "HEAD")
        self.assertEqual((status, msg["upload-offset"], msg["upload-length"]), (200, "0", "3000"))
        patch = {"Content-Type": "application/offset+octet-stream"}
        status, msg, _ = call(self.url, loc, "PATCH", data[:1000], {**patch, "Upload-Offset": "0"})
        self.assertEqual((status, msg["upload-offset"]), (204, "1000"))
        status, msg, _ = call(self.url, loc, "PATCH", data[1000:], {**patch, "Upload-Offset": "0"})
        self.assertEqual((status, msg["upload-offset"]), (409, "1000"))
        self.assertEqual(call(self.url, loc, "PATCH", data[1000:],
                              {"Content-Type": "text/plain", "Upload-Offset": "1000"})[0], 415)
        self.assertEqual(call(self.url, loc, "PATCH", data[1000:] + b"x",
                              {**patch, "Upload-Offset": "1000"})[0], 413)
        state = json.loads(call(self.url, loc)[2])
        self.assertGreaterEqual(state["offset"], 1000)
        # A fresh upload, cut mid-PATCH at the TCP level: what arrived is kept.
        status, msg, _ = call(self.url, "/__wharf__/tus", "POST", b"", {"Upload-Length": "3000"})
        loc = msg["location"]
        port = info("ivcap")["port"]
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(f"PATCH {loc} HTTP/1.1\r\nHost: x\r\nUpload-Offset: 0\r\n"
                      "Content-Type: application/offset+octet-stream\r\n"
                      "Content-Length: 3000\r\n\r\n".encode() + data[:1200])
            deadline = time.monotonic() + 5
            while json.loads(call(self.url, loc)[2])["offset"] < 1200:
                self.assertLess(time.monotonic(), deadline)
                time.sleep(0.05)
        status, msg, _ = call(self.url, loc, "HEAD")  # waits until the cut PATCH has ended
        self.assertEqual((status, msg["upload-offset"]), (200, "1200"))
        status, msg, _ = call(self.url, loc, "PATCH", data[1200:],
                              {**patch, "Upload-Offset": "1200"})
        self.assertEqual((status, msg["upload-offset"]), (204, "3000"))
        state = json.loads(call(self.url, loc)[2])
        self.assertEqual((state["offset"], state["sha256"]),
                         (3000, hashlib.sha256(data).hexdigest()))
        self.assertEqual(call(self.url, "/__wharf__/tus/nope", "HEAD")[0], 404)

    def test_flaky_fails_first_then_serves(self):
        key = os.urandom(4).hex()
        path = f"/__wharf__/flaky/{key}?failures=2&status=503&retry_after=1&n=100"
        for i in (1, 2):
            status, msg, raw = call(self.url, path)
            self.assertEqual((status, msg["retry-after"], json.loads(raw)["detail"]),
                             (503, "1", f"flaky failure {i}"))
        status, _, raw = call(self.url, path)
        self.assertEqual((status, raw), (200, common.pattern_bytes(0, 100)))
        status, _, raw = call(self.url, path, "PUT", b"abc")
        self.assertEqual((status, json.loads(raw)["size"]), (200, 3))
        self.assertEqual(json.loads(call(self.url, f"/__wharf__/flaky/{key}/hits")[2]), {"hits": 4})


class TlsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="wharf-tls-")
        try:
            run_launch("start", "--state-dir", cls.dir, "--tls", "--oidc-issuer",
                       "http://127.0.0.1:9/op", "--accept-token", "extra-token", "contaxy",
                       "ivcap")
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        run_launch("stop", "--state-dir", cls.dir, check=False)
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_https_with_pinned_cert(self):
        i = info("contaxy", self.dir)
        self.assertTrue(i["url"].startswith("https://127.0.0.1:"))
        out = subprocess.run(["openssl", "x509", "-in", i["cert"], "-noout", "-fingerprint",
                              "-sha256"], capture_output=True, text=True, check=True).stdout
        self.assertEqual(out.strip().split("=", 1)[1], i["fingerprint_sha256"])
        self.assertEqual(call(i["url"], "/system/info", cafile=i["cert"])[0], 200)
        with self.assertRaises(ssl.SSLCertVerificationError):
            call(i["url"], "/system/info")  # untrusted without the pinned certificate
        with self.assertRaises((http.client.HTTPException, ConnectionError)):
            call(i["url"].replace("https", "http"), "/system/info")

    def test_ivcap_options(self):
        i = info("ivcap", self.dir)
        doc = yaml.safe_load(call(i["url"], "/1/authinfo.yaml", cafile=i["cert"])[2])
        provider = doc["auth"]["providers"][doc["auth"]["default-provider-id"]]
        self.assertEqual(provider["token-url"], "http://127.0.0.1:9/op/token")
        status = call(i["url"], "/1/services2", headers={"Authorization": "Bearer extra-token"},
                      cafile=i["cert"])[0]
        self.assertEqual(status, 200)

    def test_proxy_in_front_of_tls_server(self):
        run_launch("proxy", "--state-dir", self.dir, "--name", "tlsproxy", "--upstream", "contaxy")
        p = info("tlsproxy", self.dir)
        self.assertTrue(p["url"].startswith("https://"))
        self.assertEqual(p["fingerprint_sha256"], info("contaxy", self.dir)["fingerprint_sha256"])
        self.assertEqual(call(p["url"], "/system/info", cafile=p["cert"])[0], 200)


def http_get(path):
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()


def exchange(port, request, timeout=10.0):
    """Send raw bytes, read until the peer closes; returns everything received."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        return read_all(s)


def read_all(s):
    chunks = []
    while chunk := s.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def body_of(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    return head, body


class FaultProxyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        run_launch("proxy", "--state-dir", STATE, "--name", "fp", "--upstream", "contaxy")
        cls.p = info("fp")

    @classmethod
    def tearDownClass(cls):
        run_launch("stop", "--state-dir", STATE, "fp")

    def control(self, method, path, body=None):
        status, _, raw = call(f"http://127.0.0.1:{self.p['control_port']}", path, method, body)
        return status, json.loads(raw)

    def set_mode(self, **mode):
        status, reply = self.control("POST", "/mode", json.dumps(mode))
        self.assertEqual(status, 200, reply)

    def stats(self):
        return self.control("GET", "/stats")[1]

    def setUp(self):
        self.set_mode()  # pass-through
        self.before = self.stats()

    def get_ok(self):
        return exchange(self.p["port"], http_get("/system/info")).startswith(b"HTTP/1.1 200")

    def delta(self, key):
        return self.stats()[key] - self.before[key]

    def test_pass_through_and_stats(self):
        self.assertEqual(self.p["url"], f"http://127.0.0.1:{self.p['port']}")
        request = http_get("/__wharf__/bytes?n=100000")
        raw = exchange(self.p["port"], request)
        head, body = body_of(raw)
        self.assertTrue(head.startswith(b"HTTP/1.1 200"))
        self.assertEqual(body, common.pattern_bytes(0, 100000))
        self.assertEqual((self.delta("connections"), self.delta("bytes_up"),
                          self.delta("bytes_down")), (1, len(request), len(raw)))

    def test_cut_down_after_n_bytes(self):
        self.set_mode(cut_after=1000, direction="down")
        raw = exchange(self.p["port"], http_get("/__wharf__/bytes?n=100000"))
        self.assertEqual(len(raw), 1000)
        self.assertTrue(raw.startswith(b"HTTP/1.1 200"))
        self.assertEqual(self.stats()["cuts"], 1)

    def test_cut_up_after_n_bytes(self):
        self.set_mode(cut_after=300, direction="up")
        request = (b"POST /__wharf__/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n"
                   + b"u" * 5000)
        try:
            raw = exchange(self.p["port"], request)
        except (ConnectionResetError, BrokenPipeError):
            raw = b""  # the proxy closed with our unread bytes pending: that is a reset
        self.assertEqual(raw, b"", "the server never saw a whole request, so it cannot answer")
        self.assertEqual((self.delta("bytes_up"), self.delta("bytes_down")), (300, 0))

    def test_cut_count_lets_later_connections_pass(self):
        self.set_mode(cut_after=500, cut_count=1)
        self.assertEqual(len(exchange(self.p["port"], http_get("/__wharf__/bytes?n=20000"))), 500)
        for _ in range(2):
            body = body_of(exchange(self.p["port"], http_get("/__wharf__/bytes?n=20000")))[1]
            self.assertEqual(body, common.pattern_bytes(0, 20000))
        self.assertEqual(self.stats()["cuts"], 1)

    def test_stall_then_drop(self):
        self.set_mode(stall=True)
        with socket.create_connection(("127.0.0.1", self.p["port"]), timeout=0.8) as s:
            s.sendall(http_get("/system/info"))
            with self.assertRaises(socket.timeout):
                s.recv(1)
            self.assertEqual(self.delta("bytes_up"), 0)
            self.set_mode()  # leaving stall mode closes the stalled connection
            s.settimeout(10)
            try:
                self.assertEqual(read_all(s), b"")
            except ConnectionResetError:
                pass
        self.assertTrue(self.get_ok())

    def test_stall_blocks_an_upload(self):
        self.set_mode(stall=True)
        with socket.create_connection(("127.0.0.1", self.p["port"]), timeout=1.0) as s:
            head = b"POST /__wharf__/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 33554432\r\n\r\n"
            with self.assertRaises(socket.timeout):
                s.sendall(head + bytes(32 << 20))  # far more than any socket buffers hold
        self.assertEqual(self.delta("bytes_up"), 0)

    def test_refuse_then_recover(self):
        self.set_mode(refuse=True)
        with self.assertRaises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", self.p["port"]), timeout=5).close()
        self.set_mode()
        self.assertTrue(self.get_ok())

    def test_reset(self):
        self.set_mode(reset=True)
        with self.assertRaises((ConnectionResetError, BrokenPipeError)):
            exchange(self.p["port"], http_get("/system/info"))

    def test_rate_limits_throughput(self):
        self.set_mode(rate=100_000)
        t0 = time.monotonic()
        body = body_of(exchange(self.p["port"], http_get("/__wharf__/bytes?n=150000")))[1]
        elapsed = time.monotonic() - t0
        self.assertEqual(body, common.pattern_bytes(0, 150000))
        self.assertGreaterEqual(elapsed, 1.2, "150 kB at 100 kB/s cannot take less")
        self.assertLess(elapsed, 10)

    def test_delay(self):
        self.set_mode(delay_ms=400)
        t0 = time.monotonic()
        self.assertTrue(self.get_ok())
        self.assertGreaterEqual(time.monotonic() - t0, 0.4)

    def test_control_rejects_bad_modes(self):
        for bad in ({"bogus": 1}, {"stall": True, "refuse": True}, {"rate": 0},
                    {"direction": "sideways"}, {"cut_after": "10"}):
            status, reply = self.control("POST", "/mode", json.dumps(bad))
            self.assertEqual(status, 400, bad)
            self.assertIn("error", reply)
        self.assertEqual(self.control("GET", "/nope")[0], 404)
        self.set_mode(**{"cut-after": 7, "direction": "up"})
        mode = self.control("GET", "/mode")[1]
        self.assertEqual((mode["cut_after"], mode["direction"], mode["stall"]), (7, "up", False))

    def test_cli_options_and_stop_by_name(self):
        upstream = f"127.0.0.1:{info('contaxy')['port']}"
        run_launch("proxy", "--state-dir", STATE, "--name", "fp2", "--upstream", upstream,
                   "--cut-after", "200", "--cut-count", "1", "--direction", "down")
        p2 = info("fp2")
        self.assertEqual(call(f"http://127.0.0.1:{p2['control_port']}", "/mode")[0], 200)
        self.assertEqual(len(exchange(p2["port"], http_get("/__wharf__/bytes?n=5000"))), 200)
        body = body_of(exchange(p2["port"], http_get("/__wharf__/bytes?n=5000")))[1]
        self.assertEqual(body, common.pattern_bytes(0, 5000))
        run_launch("stop", "--state-dir", STATE, "fp2")
        self.assertFalse(launch.alive(p2["pid"]))
        self.assertFalse((Path(STATE) / "fp2.json").exists())
        self.assertTrue((Path(STATE) / "fp.json").exists(), "stopping by name spares the others")


class ContractCheckerTest(unittest.TestCase):
    """The checker must be able to fail: deliberately wrong routes have to be reported."""

    def setUp(self):
        import check_contracts
        self.cc = check_contracts
        self.contract = json.loads((CONTRACTS / "contaxy.json").read_text())
        self.offspec = json.loads((CONTRACTS / "off-spec.json").read_text())

    def problems(self, app, entries=()):
        return "\n".join(self.cc.check_app(app, self.contract, list(entries), "/__wharf__/")[0])

    @staticmethod
    def bare_app():
        from fastapi import FastAPI
        return FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    def test_wrong_routes_are_reported(self):
        from fastapi import Depends, Form
        from fastapi.security import OAuth2PasswordBearer
        app = self.bare_app()
        app.get("/user/me")(lambda: None)
        app.get("/system/info")(lambda verbose: None)
        app.post("/auth/oauth/token", status_code=201)(lambda grant_type=Form(...): None)
        bearer = OAuth2PasswordBearer(tokenUrl="auth/oauth/token")
        app.get("/users/me")(lambda t=Depends(bearer): None)
        found = self.problems(app)
        self.assertIn("GET /user/me: not in the contract", found)
        self.assertRegex(found, r"GET /system/info: query_params differ.*extra \['verbose'\]")
        self.assertIn("POST /auth/oauth/token: success differ", found)
        self.assertRegex(found, r"POST /auth/oauth/token: form_fields differ.*'username'")
        self.assertRegex(found, r"GET /users/me: security differ.*apiKey:cookie:ct_token")

    def test_matching_route_passes_and_path_converter_needs_off_spec(self):
        from fastapi import Depends
        import contaxy
        app = self.bare_app()
        app.get("/system/info")(lambda: None)
        app.delete("/projects/{project_id}/files/{file_key:path}", status_code=204)(
            lambda project_id, file_key, version=None, keep_latest_version=False,
            u=Depends(contaxy.current_user): None)
        self.assertEqual(self.problems(app, self.offspec["contaxy"]), "")
        self.assertIn("not in the contract and not listed in off-spec.json", self.problems(app))

    def test_off_spec_entries_need_reason_ref_and_facts(self):
        app = self.bare_app()
        app.get("/system/admin-form")(lambda: None)
        found = self.problems(app, [{"method": "GET", "path": "/system/admin-form",
                                     "facts": {"success": [200]}, "reason": "", "ref": ""}])
        self.assertIn("needs both 'reason' and 'ref'", found)
        self.assertIn("lacks facts", found)

    def test_non_api_routes_are_not_skipped(self):
        from fastapi import FastAPI
        self.assertIn("/openapi.json: not an API route", self.problems(FastAPI()))

    def test_cli_fails_on_an_unlisted_route_and_passes_on_the_real_tree(self):
        script = str(CONTRACTS / "check_contracts.py")
        ok = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=60)
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
        tmp = tempfile.mkdtemp(prefix="wharf-contracts-")
        self.addCleanup(shutil.rmtree, tmp, True)
        for f in CONTRACTS.glob("*.json"):
            shutil.copy(f, tmp)
        self.contract["operations"] = [o for o in self.contract["operations"]
                                       if o["path"] != "/users/me"]
        (Path(tmp) / "contaxy.json").write_text(json.dumps(self.contract))
        bad = subprocess.run([sys.executable, script, "--contracts-dir", tmp],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(bad.returncode, 1)
        self.assertIn("contaxy: FAIL: GET /users/me: not in the contract", bad.stdout)


class IvcapJwtTest(unittest.TestCase):
    """ivcap.py --oidc-issuer accepts access tokens signed by the issuer's JWKS for its audience
    and carrying `acc`, and nothing else (the e2e tests use a real OpenID Provider)."""

    @classmethod
    def setUpClass(cls):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        import jwt
        from cryptography.hazmat.primitives.asymmetric import rsa
        cls.jwt = jwt
        cls.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cls.other = other
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(cls.key.public_key()))
        jwks = json.dumps({"keys": [dict(jwk, kid="k1", use="sig", alg="RS256")]}).encode()

        class Jwks(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self.send_response(200 if self.path == "/jwks" else 404)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(jwks)

            def log_message(self, *_):
                pass

        cls.idp = ThreadingHTTPServer(("127.0.0.1", 0), Jwks)
        threading.Thread(target=cls.idp.serve_forever, daemon=True).start()
        cls.issuer = f"http://127.0.0.1:{cls.idp.server_address[1]}"
        cls.dir = tempfile.mkdtemp(prefix="wharf-ivcap-jwt-")
        run_launch("start", "--state-dir", cls.dir, "--oidc-issuer", cls.issuer, "ivcap")

    @classmethod
    def tearDownClass(cls):
        run_launch("stop", "--state-dir", cls.dir, check=False)
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.idp.shutdown()

    def token(self, key=None, **claims):
        now = int(time.time())
        body = {"iss": self.issuer, "aud": "https://api.ivcap.test", "sub": "alice",
                "acc": "0a1b", "iat": now, "exp": now + 300}
        body.update(claims)
        body = {k: v for k, v in body.items() if v is not None}
        return self.jwt.encode(body, key or self.key, algorithm="RS256", headers={"kid": "k1"})

    def status(self, token):
        url = info("ivcap", self.dir)["url"]
        return call(url, "/1/services2", headers={"Authorization": f"Bearer {token}"})[0]

    def test_accepts_issuer_jwt_and_rejects_the_rest(self):
        self.assertEqual(self.status(self.token()), 200)
        self.assertEqual(self.status(self.token(aud="https://other.test")), 401)
        self.assertEqual(self.status(self.token(iss="http://127.0.0.1:9")), 401)
        self.assertEqual(self.status(self.token(acc=None)), 401)
        self.assertEqual(self.status(self.token(exp=int(time.time()) - 600)), 401)
        self.assertEqual(self.status(self.token(key=self.other)), 401)  # not the issuer's key
        self.assertEqual(self.status("ivcap-demo-token"), 200)


if __name__ == "__main__":
    t0 = time.monotonic()
    result = unittest.main(exit=False, verbosity=2).result
    print(f"selftest: {time.monotonic() - t0:.1f} s")
    sys.exit(0 if result.wasSuccessful() else 1)

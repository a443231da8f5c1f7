"""Projects and files of the Contaxy emulator (shared/reference/contaxy.md §6, §7).

`router(...)` is included by contaxy.py; files live in memory, one list of versions per key.
"""
import hashlib
import json
import mimetypes
import re
from typing import Callable, Dict, List, Optional, Tuple

from fastapi import APIRouter, Body, Depends, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

import common

PROJECT_ID = re.compile(r"^.{4,25}$")  # length only, like upstream (§2.2)
LEVELS = {"read": 1, "write": 2, "admin": 3}
FILE_KEY = re.compile(r"^(?!.*(\r|\n|\.\.)).{1,1024}$")


def slug(text: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")[:25]


class Store:
    def __init__(self, owner: str):
        self.projects: Dict[str, dict] = {}
        self.files: Dict[Tuple[str, str], List[dict]] = {}  # (project, key) -> versions
        self.counter = 0
        for pid, name, desc in (("demo-project", "Demo project", "Sample data and models"),
                                ("speech-lab", "Speech lab", "Recordings and transcripts")):
            self.add_project(pid, name, desc, owner)
        self.bulk: Dict[str, bytes] = {}  # project -> its prebuilt listing (big projects)
        seed = {"README.md": b"# Demo project\n\nData for the Wharf sandbox.\n",
                "data/train.csv": b"id,label\n" + b"".join(b"%d,%d\n" % (i, i % 2)
                                                           for i in range(2000)),
                "data/test.csv": b"id,label\n1,0\n2,1\n",
                "data/raw/2026-11-01.jsonl": b'{"id": 1}\n' * 500,
                "data/raw/2026-11-02.jsonl": b'{"id": 2}\n' * 800,
                "data/raw/images/cat.png": common.pattern_bytes(7, 48 * 1024),
                "models/classifier.bin": common.pattern_bytes(0, 300 * 1024),
                "models/v2/classifier.onnx": common.pattern_bytes(3, 512 * 1024),
                "notebooks/explore.ipynb": b'{"cells": [], "nbformat": 4}\n',
                "reports/2026-q4/summary.md": b"# Q4 summary\n"}
        for key, data in seed.items():
            self.add_version("demo-project", key, data, None, owner)
        # Versions and custom metadata to look at.
        self.add_version("demo-project", "README.md",
                         b"# Demo project\n\nData and models for the Wharf sandbox.\n",
                         None, owner, {"reviewed": "yes"})
        self.files[("demo-project", "models/classifier.bin")][-1]["metadata"] = {
            "framework": "scikit-learn", "accuracy": "0.91"}
        self.add_version("speech-lab", "interviews/2026-11-03.wav",
                         common.pattern_bytes(0, 64 * 1024), "audio/wav", owner)

    def add_project(self, pid: str, name: str, desc: str, uid: str, technical=False) -> dict:
        now = common.utc_now().isoformat()
        self.projects[pid] = {
            "id": pid, "display_name": name, "description": desc, "icon": None, "metadata": {},
            "disabled": False, "created_at": now, "created_by": f"users/{uid}",
            "updated_at": now, "updated_by": f"users/{uid}", "technical_project": technical}
        return self.projects[pid]

    def add_version(self, pid: str, key: str, data: bytes, content_type: Optional[str],
                    uid: str, metadata: Optional[dict] = None) -> dict:
        self.counter += 1
        version = f"v{self.counter:08d}"  # opaque to the client (§7)
        now = common.utc_now().isoformat()
        name = key.rsplit("/", 1)[-1]
        guessed = mimetypes.guess_type(name)[0]
        if not content_type or content_type == "application/octet-stream":
            content_type = guessed or "application/octet-stream"
        entry = {"key": key, "version": version, "data": data, "content_type": content_type,
                 "created_at": now, "created_by": f"users/{uid}", "metadata": metadata or {},
                 "display_name": name, "description": None,
                 "md5_hash": hashlib.md5(data).hexdigest()}
        self.files.setdefault((pid, key), []).append(entry)
        return entry

    def describe(self, pid: str, key: str, entry: dict) -> dict:
        versions = self.files[(pid, key)]
        name = key.rsplit("/", 1)[-1]
        return {
            "id": hashlib.sha1(f"{key}{entry['version']}".encode()).hexdigest(),
            "key": key, "display_name": entry["display_name"],
            "description": entry["description"], "icon": None,
            "metadata": entry["metadata"], "disabled": False,
            "created_at": versions[0]["created_at"], "created_by": versions[0]["created_by"],
            "updated_at": entry["created_at"], "updated_by": entry["created_by"],
            "content_type": entry["content_type"], "external_id": key,
            "file_extension": name.rsplit(".", 1)[-1] if "." in name else "",
            "file_size": len(entry["data"]), "version": entry["version"],
            "available_versions": [v["version"] for v in versions],
            "latest_version": entry is versions[-1], "md5_hash": entry["md5_hash"],
            "etag": f"\"{entry['md5_hash']}\"", "extension_id": None}


def router(state, current_token: Callable, denial: Callable, problem: Callable) -> APIRouter:
    """state: the emulator's State (users, permissions); denial(entry, permission) -> why the
    token may not, or None; problem(code, message) -> the exception to raise."""
    r = APIRouter()
    store = Store(next(iter(state.users)))
    state.project_store = store  # deployments and documents check projects here
    # Every user has a home project with the user's id, hidden from GET /projects (§2.2, §12.3).
    def add_home(uid: str):
        store.add_project(uid, state.users[uid]["username"], "", uid, technical=True)
    for uid in state.users:
        add_home(uid)
    state.on_new_user = add_home

    def allowed(entry: dict, permission: str) -> bool:
        return denial(entry, permission) is None

    def need(t, permission: str) -> str:
        reason = denial(t[1], permission)
        if reason:
            raise problem(403, reason)
        return t[1]["subject"]

    def project_or_403(t, pid: str, level: str) -> dict:
        need(t, f"projects/{pid}#{level}")  # missing projects fail the check first (§6)
        if pid not in store.projects:
            raise problem(404, f"Project {pid} was not found.")
        return store.projects[pid]

    def versions_or_404(pid: str, key: str) -> List[dict]:
        if (pid, key) not in store.files:
            raise problem(404, f"File {key} was not found in project {pid}.")
        return store.files[(pid, key)]

    def pick(versions: List[dict], version: Optional[str]) -> dict:
        if version is None:
            return versions[-1]
        for v in versions:
            if v["version"] == version:
                return v
        raise problem(404, f"Version {version} was not found.")

    @r.get("/projects")
    def list_projects(t=Depends(current_token)):
        everything = allowed(t[1], "projects#admin")
        return [p for pid, p in sorted(store.projects.items())
                if everything or (not p["technical_project"]
                                  and allowed(t[1], f"projects/{pid}#read"))]

    @r.get("/projects:suggest-id")
    def suggest_project_id(display_name: str = Query(..., min_length=4, max_length=128),
                           t=Depends(current_token)):
        base, n, pid = slug(display_name) or "project", 1, None
        pid = base
        while pid in store.projects or pid in ("system", "ctxy-global"):
            n += 1
            pid = f"{base[:22]}-{n}"
        return JSONResponse(pid)  # a bare JSON string (§12.4)

    @r.post("/projects")
    def create_project(body: dict = Body(...), t=Depends(current_token)):
        uid = need(t, f"users/{t[1]['subject']}#write")
        pid = str(body.get("id") or "")
        if not PROJECT_ID.match(pid):
            raise problem(422, "ensure this value has between 4 and 25 characters")
        if pid == "system":
            raise problem(403, "The project id system is reserved.")
        if pid in store.projects:
            raise problem(409, f"A project with the id {pid} already exists.")
        project = store.add_project(pid, body.get("display_name") or pid,
                                    body.get("description") or "", uid)
        state.permissions[uid].append(f"projects/{pid}#admin")
        return project

    @r.get("/projects/{project_id}")
    def get_project(project_id: str, t=Depends(current_token)):
        return project_or_403(t, project_id, "read")

    @r.patch("/projects/{project_id}")
    def update_project(project_id: str, body: dict = Body(...), t=Depends(current_token)):
        project = project_or_403(t, project_id, "write")
        name = body.get("display_name")
        if name is not None and not 4 <= len(str(name)) <= 128:
            raise problem(422, "ensure this value has between 4 and 128 characters")
        for field in ("display_name", "description", "icon", "metadata", "disabled"):
            if field in body:  # a JSON merge patch (§6)
                project[field] = body[field]
        project["updated_at"] = common.utc_now().isoformat()
        caller = t[1]["subject"]
        project["updated_by"] = caller if "/" in caller else f"users/{caller}"
        return project

    def member_levels(pid: str, uid: str) -> List[str]:
        prefix = f"projects/{pid}#"
        return [p[len(prefix):] for p in state.permissions.get(uid, []) if p.startswith(prefix)]

    def members(pid: str, with_level: bool) -> List[dict]:
        out = []
        for uid, user in state.users.items():
            levels = member_levels(pid, uid)
            if not levels:
                continue
            member = {k: user[k] for k in ("id", "username", "email", "disabled")}
            if with_level:  # the strongest of the levels a user may hold side by side
                member["permission"] = max(levels, key=LEVELS.get)
            out.append(member)
        return out

    def user_or_404(user_id: str) -> dict:
        if user_id not in state.users:
            raise problem(404, f"User {user_id} was not found.")
        return state.users[user_id]

    @r.get("/projects/{project_id}/users")
    def list_project_members(project_id: str, t=Depends(current_token)):
        project_or_403(t, project_id, "write")  # write, not read (§6)
        return members(project_id, True)

    @r.put("/projects/{project_id}/users/{user_id}")
    def add_project_member(project_id: str, user_id: str, access_level: str = Query("write"),
                           t=Depends(current_token)):
        if access_level not in LEVELS:
            raise problem(422, "value is not a valid enumeration member; permitted: 'read', "
                               "'write', 'admin'")
        project_or_403(t, project_id, "admin")
        user_or_404(user_id)
        permission = f"projects/{project_id}#{access_level}"
        if permission not in state.permissions.setdefault(user_id, []):
            # Added beside any level held already, not instead of it, as upstream (§6).
            state.permissions[user_id].append(permission)
        return members(project_id, False)  # typed as User: no permission field (§6)

    @r.delete("/projects/{project_id}/users/{user_id}")
    def remove_project_member(project_id: str, user_id: str, t=Depends(current_token)):
        project_or_403(t, project_id, "admin")
        user_or_404(user_id)
        prefix = f"projects/{project_id}#"
        state.permissions[user_id] = [p for p in state.permissions.get(user_id, [])
                                      if not p.startswith(prefix)]
        return members(project_id, False)

    @r.delete("/projects/{project_id}", status_code=204)
    def delete_project(project_id: str, t=Depends(current_token)):
        project_or_403(t, project_id, "admin")
        del store.projects[project_id]  # files stay behind, as upstream (§6)
        for perms in state.permissions.values():
            perms[:] = [p for p in perms if not p.startswith(f"projects/{project_id}#")]
        return Response(status_code=204)

    @r.get("/projects/{project_id}/token")
    def get_project_token(project_id: str, access_level: str = Query("write"),
                          t=Depends(current_token)):
        if access_level not in LEVELS:
            raise problem(422, "value is not a valid enumeration member; permitted: 'read', "
                               "'write', 'admin'")
        # write at least (§6), and never more than the caller holds on the project
        stronger = max("write", access_level, key=LEVELS.get)
        project_or_403(t, project_id, stronger)
        subject, scope = f"projects/{project_id}", f"projects/{project_id}#{access_level}"
        # The project is the token's subject, holding admin on itself, so the scope decides.
        state.permissions.setdefault(subject, [f"{subject}#admin"])
        for token, e in state.tokens.items():  # re-used if one exists (§6)
            if e["subject"] == subject and e["scopes"] == [scope] \
                    and e["purpose"] == "project-api-token":
                return JSONResponse(token)
        caller = t[1]["subject"]
        token = state.new_token(subject, [scope], "project-api-token",
                                f"{access_level} token for project {project_id}.",
                                caller if "/" in caller else f"users/{caller}")
        return JSONResponse(token)  # a bare JSON string

    @r.get("/projects/{project_id}/files")
    def list_files(project_id: str, prefix: Optional[str] = None, recursive: bool = True,
                   include_versions: bool = False, extension_id: Optional[str] = None,
                   t=Depends(current_token)):
        need(t, f"projects/{project_id}/files#read")
        if project_id in store.bulk and not prefix:
            return Response(content=store.bulk[project_id], media_type="application/json")
        out = []
        for (pid, key), versions in sorted(store.files.items()):
            if pid != project_id or (prefix and not key.startswith(prefix)):
                continue
            if not recursive and "/" in key[len(prefix or ""):]:
                continue  # one "folder" level only
            for v in (versions if include_versions else versions[-1:]):
                out.append(store.describe(pid, key, v))
        return out

    @r.post("/projects/{project_id}/files/{file_key:path}")
    async def upload_file(project_id: str, file_key: str, request: Request,
                          file: UploadFile = File(...), t=Depends(current_token)):
        uid = need(t, f"projects/{project_id}/files#write")
        if not FILE_KEY.match(file_key) or len(file_key.rsplit("/", 1)[-1]) > 128:
            raise problem(400, f"The file key {file_key} is not valid.")
        meta = {k[len("x-amz-meta-"):]: v for k, v in request.headers.items()
                if k.lower().startswith("x-amz-meta-")}
        entry = store.add_version(project_id, file_key, await file.read(), file.content_type,
                                  uid, meta)
        return store.describe(project_id, file_key, entry)

    @r.get("/projects/{project_id}/files/{file_key:path}:metadata")
    def get_file_metadata(project_id: str, file_key: str, version: Optional[str] = None,
                          t=Depends(current_token)):
        need(t, f"projects/{project_id}/files#read")
        entry = pick(versions_or_404(project_id, file_key), version)
        return store.describe(project_id, file_key, entry)

    @r.patch("/projects/{project_id}/files/{file_key:path}")
    async def update_file_metadata(project_id: str, file_key: str, request: Request,
                                   version: Optional[str] = None, t=Depends(current_token)):
        need(t, f"projects/{project_id}/files#write")
        entry = pick(versions_or_404(project_id, file_key), version)
        patch = await request.json()
        if not isinstance(patch, dict):
            raise problem(422, "The file metadata is not valid.")
        # FileInput's limits; metadata maps names to strings (no null to remove one).
        name, desc = patch.get("display_name"), patch.get("description")
        meta = patch.get("metadata", {})
        if ((name is not None and not (isinstance(name, str) and 4 <= len(name) <= 128))
                or (desc is not None and not (isinstance(desc, str) and len(desc) <= 240))
                or not isinstance(meta, dict)
                or not all(isinstance(v, str) for v in meta.values())):
            raise problem(422, "The file metadata is not valid.")
        if name is not None:
            entry["display_name"] = name
        if desc is not None:
            entry["description"] = desc
        entry["metadata"] = {**entry["metadata"], **meta}
        return store.describe(project_id, file_key, entry)

    @r.post(f"{common.DEBUG_PREFIX}/bulk-files/{{project_id}}")
    def make_bulk_project(project_id: str, count: int = 100_000):
        """A project of `count` files in 100 folders, listed from prebuilt bytes: a real
        project's listing of that size is ~90 MB of JSON (§7 `File`)."""
        owner = next(iter(state.users))  # the demo user
        if project_id not in store.projects:
            store.add_project(project_id, "Bulk " + project_id, "Many files", owner)
            state.permissions[owner].append(f"projects/{project_id}#admin")
        now = common.utc_now().isoformat()
        parts = []
        for i in range(count):
            key = f"dataset/part-{i % 100:03d}/shard-{i:07d}.parquet"
            parts.append(json.dumps({
                "id": hashlib.sha1(key.encode()).hexdigest(), "key": key,
                "display_name": key.rsplit("/", 1)[-1], "description": "", "icon": None,
                "metadata": {"rows": str(1000 + i % 977)}, "disabled": False,
                "created_at": now, "created_by": "users/bulk", "updated_at": now,
                "updated_by": "users/bulk", "content_type": "application/vnd.apache.parquet",
                "external_id": key, "file_extension": "parquet", "file_size": 4096 + i % 65536,
                "version": "v1", "available_versions": ["v1"], "latest_version": True,
                "md5_hash": hashlib.md5(key.encode()).hexdigest(),
                "etag": "\"" + hashlib.md5(key.encode()).hexdigest() + "\"",
                "extension_id": None}))
        store.bulk[project_id] = ("[" + ",".join(parts) + "]").encode()
        return {"project": project_id, "files": count, "bytes": len(store.bulk[project_id])}

    @r.get("/projects/{project_id}/files/{file_key:path}:download")
    def download_file(project_id: str, file_key: str, version: Optional[str] = None,
                      t=Depends(current_token)):
        need(t, f"projects/{project_id}/files#read")
        entry = pick(versions_or_404(project_id, file_key), version)
        name = file_key.rsplit("/", 1)[-1]
        # Unquoted and unencoded like upstream (§7.2); no Range support, no ETag.
        return Response(content=entry["data"], media_type=entry["content_type"],
                        headers={"Content-Disposition": f"attachment;filename={name}"})

    @r.delete("/projects/{project_id}/files/{file_key:path}", status_code=204)
    def delete_file(project_id: str, file_key: str, version: Optional[str] = None,
                    keep_latest_version: bool = False, t=Depends(current_token)):
        need(t, f"projects/{project_id}/files#write")
        versions = versions_or_404(project_id, file_key)
        if keep_latest_version:
            versions[:] = versions[-1:]
        elif version is not None:
            versions.remove(pick(versions, version))
        else:
            versions.clear()
        if not versions:
            del store.files[(project_id, file_key)]
        return Response(status_code=204)

    return r

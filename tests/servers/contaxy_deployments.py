"""Services, jobs and their logs in the Contaxy emulator (shared/reference/contaxy.md §8).

No container platform: deployments are records whose status and log follow a script in time.
A log is a list of (unix time, line); GET .../logs answers it as one JSON string, like
upstream, and `since` works at one-second resolution like Docker's. Log scripts:
  static  - the lines given at creation
  grow    - a new line every 0.1 s, for as long as the emulator runs
  repeat  - each second "epoch N" then three identical "heartbeat" lines in the same second
Deploying (POST .../services or .../jobs) needs a display_name like upstream; the new record is
"pending" for a second, then "running". Service actions (§8.4): `start` when stopped, else
`stop`, `restart` and one `access-<port>` per endpoint (a new-tab instruction relative to the
site root); stop makes the status "stopped". Jobs have no actions: [] and 501.
`router(...)` is included by contaxy.py.
"""
import math
import random
import re
import time
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional, Tuple

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import JSONResponse, Response

import common

NO_LOGS = "No logs available."


class Deployment:
    def __init__(self, kind: str, project: str, body: dict, uid: str, status="running",
                 script="static", lines: Optional[List[str]] = None, starting_seconds=0.0,
                 age_seconds=0.0):
        now = time.time() - age_seconds  # demo records look as if made a while ago
        self.kind, self.project, self.script = kind, project, script
        self.created = now
        self.ready_at = now + starting_seconds  # "pending" until then
        self.final_status = status
        name = body.get("display_name") or body["container_image"].rsplit("/", 1)[-1]
        self.id = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:60]
        self.record = {
            "container_image": body["container_image"], "display_name": name,
            "description": body.get("description"), "icon": None, "metadata": {},
            "parameters": body.get("parameters", {}), "compute": body.get("compute", {}),
            "command": body.get("command"), "args": body.get("args"),
            "endpoints": body.get("endpoints", []), "requirements": [],
            "created_by": f"users/{uid}", "updated_by": f"users/{uid}",
            "deployment_type": "service" if kind == "services" else "job",
            "internal_id": f"ctxy-{self.id}", "extension_id": None}
        self.log: List[Tuple[float, str]] = [(now, line) for line in (lines or [])]

    def status(self) -> str:
        return "pending" if time.time() < self.ready_at else self.final_status

    def describe(self) -> dict:
        iso = lambda t: datetime.fromtimestamp(t, timezone.utc).isoformat()
        out = dict(self.record, id=self.id, status=self.status(), created_at=iso(self.created),
                   updated_at=iso(self.created),
                   started_at=iso(self.ready_at) if self.status() != "pending" else None,
                   stopped_at=None)
        if self.kind == "services":
            out.update(last_access_time=None, last_access_user=None)
        return out

    def lines(self) -> List[Tuple[float, str]]:
        """The log up to now: the recorded lines and what the script has logged by now (a
        pure function of time, so every call agrees with the one before)."""
        now = time.time()
        generated = []
        if self.script == "grow":
            for n in range(int((now - self.created) / 0.1)):
                generated.append((self.created + 0.1 * (n + 1), f"step {n}: loss={1 / (n + 1):.6f}"))
        elif self.script == "repeat":
            for second in range(math.floor(self.created) + 1, math.floor(now) + 1):
                generated.append((second, f"epoch {second - math.floor(self.created)}"))
                generated += [(second + f, "heartbeat") for f in (0.1, 0.2, 0.3)
                              if second + f <= now]
        return sorted([e for e in self.log if e[0] <= now] + generated, key=lambda e: e[0])


def router(state, current_token: Callable, denial: Callable, problem: Callable) -> APIRouter:
    r = APIRouter()
    deployments: Dict[Tuple[str, str, str], Deployment] = {}  # (project, kind, id)
    uid = next(iter(state.users))

    def add(d: Deployment) -> Deployment:
        deployments[(d.project, d.kind, d.id)] = d
        return d

    train = ["Loading data/train.csv (2000 rows)", "epoch 1/3 loss=0.693",
             "WARNING: learning rate schedule not set, using constant 0.01",
             "epoch 2/3 loss=0.412", "epoch 3/3 loss=0.288",
             "ERROR: could not write checkpoint to /results (read-only file system)",
             "Saved model to models/classifier.bin", "done in 41.2 s"]
    add(Deployment("services", "demo-project",
                   {"container_image": "mltooling/ml-workspace:0.13.2",
                    "display_name": "jupyter-lab", "description": "Notebook workspace",
                    "endpoints": ["8080"],
                    "compute": {"max_cpus": 2, "max_memory": 4000, "volume_path": "/workspace"}},
                   uid, lines=["Starting Jupyter on 0.0.0.0:8080", "Workspace ready"],
                   age_seconds=3 * 86400))
    add(Deployment("jobs", "demo-project",
                   {"container_image": "python:3.11-slim", "display_name": "train-classifier",
                    "compute": {"max_cpus": 4, "max_memory": 8000, "max_gpus": 1}},
                   uid, status="succeeded", lines=train, age_seconds=2 * 3600))
    add(Deployment("jobs", "demo-project",
                   {"container_image": "python:3.11-slim", "display_name": "nightly-etl"},
                   uid, script="grow", age_seconds=300))
    add(Deployment("jobs", "demo-project",
                   {"container_image": "busybox:1.36", "display_name": "heartbeat"},
                   uid, script="repeat", age_seconds=60))

    def need(t, permission: str):
        reason = denial(t[1], permission)
        if reason:
            raise problem(403, reason)

    def known_project(pid: str):
        if pid not in state.project_store.projects:
            raise problem(404, f"Project {pid} was not found.")

    def find(pid: str, kind: str, did: str) -> Deployment:
        d = deployments.get((pid, kind, did))
        if d is None:
            noun = "Service" if kind == "services" else "Job"
            raise problem(404, f"{noun} {did} was not found.")
        return d

    def list_of(kind: str, pid: str, t, extension_id: Optional[str]):
        need(t, f"projects/{pid}/{kind}#read")
        known_project(pid)
        return [d.describe() for (p, k, _), d in sorted(deployments.items())
                if p == pid and k == kind and extension_id is None]

    def get_one(kind: str, pid: str, did: str, t):
        need(t, f"projects/{pid}/{kind}/{did}#read")
        return find(pid, kind, did).describe()

    def delete_one(kind: str, pid: str, did: str, t):
        need(t, f"projects/{pid}/{kind}/{did}#write")
        find(pid, kind, did)
        del deployments[(pid, kind, did)]
        return Response(status_code=204)

    def log_of(kind: str, pid: str, did: str, lines: Optional[int], since: Optional[datetime], t):
        # Logs need write access, also for reading (§8.5).
        need(t, f"projects/{pid}/{kind}/{did}/logs#write")
        entries = find(pid, kind, did).lines()
        if since is not None:
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            floor = math.floor(since.timestamp())  # Docker: whole seconds
            entries = [e for e in entries if e[0] >= floor]
        if lines is not None:
            entries = entries[-lines:] if lines > 0 else []
        text = "".join(f"{line}\n" for _, line in entries)
        return JSONResponse(text or NO_LOGS)

    # The routes spell their parameters as the contract does (service_id, job_id).
    @r.get("/projects/{project_id}/services")
    def list_services(project_id: str, extension_id: Optional[str] = None,
                      t=Depends(current_token)):
        return list_of("services", project_id, t, extension_id)

    @r.get("/projects/{project_id}/jobs")
    def list_jobs(project_id: str, extension_id: Optional[str] = None, t=Depends(current_token)):
        return list_of("jobs", project_id, t, extension_id)

    @r.get("/projects/{project_id}/services/{service_id}")
    def get_service(project_id: str, service_id: str, t=Depends(current_token)):
        return get_one("services", project_id, service_id, t)

    @r.get("/projects/{project_id}/jobs/{job_id}")
    def get_job(project_id: str, job_id: str, t=Depends(current_token)):
        return get_one("jobs", project_id, job_id, t)

    @r.delete("/projects/{project_id}/services/{service_id}", status_code=204)
    def delete_service(project_id: str, service_id: str, delete_volumes: bool = False,
                       t=Depends(current_token)):
        return delete_one("services", project_id, service_id, t)

    @r.delete("/projects/{project_id}/jobs/{job_id}", status_code=204)
    def delete_job(project_id: str, job_id: str, t=Depends(current_token)):
        return delete_one("jobs", project_id, job_id, t)

    @r.get("/projects/{project_id}/services/{service_id}/logs")
    def service_logs(project_id: str, service_id: str, lines: Optional[int] = Query(None),
                     since: Optional[datetime] = Query(None), t=Depends(current_token)):
        return log_of("services", project_id, service_id, lines, since, t)

    @r.get("/projects/{project_id}/jobs/{job_id}/logs")
    def job_logs(project_id: str, job_id: str, lines: Optional[int] = Query(None),
                 since: Optional[datetime] = Query(None), t=Depends(current_token)):
        return log_of("jobs", project_id, job_id, lines, since, t)

    def deploy(kind: str, pid: str, body: dict, t):
        need(t, f"projects/{pid}/{kind}#write")
        known_project(pid)
        noun = "Service" if kind == "services" else "Job"
        name = body.get("display_name")
        if not name:
            raise problem(400, f"{noun} display_name not defined!")
        if not isinstance(name, str) or not 4 <= len(name) <= 128:
            raise problem(422, "display_name must have 4 to 128 characters.")
        if not isinstance(body.get("container_image"), str) or not body["container_image"]:
            raise problem(422, "container_image is required.")
        d = Deployment(kind, pid, body, uid, starting_seconds=1.0,
                       lines=[f"Pulling {body['container_image']}", "Container started"])
        if (pid, kind, d.id) in deployments:
            raise problem(409, f"{noun} {d.id} already exists.")
        return add(d).describe()

    def suggest(image: str) -> dict:
        # Upstream suggests nothing smarter than the image and a random name (§8.3).
        words = ("brave", "calm", "eager", "lucky", "quiet", "swift")
        animals = ("otter", "heron", "lynx", "marten", "falcon", "badger")
        return {"container_image": image, "display_name": f"{random.choice(words)}-"
                f"{random.choice(animals)}-{random.randint(10, 99)}", "parameters": {},
                "endpoints": [], "compute": {}}

    def actions_of(d: Deployment) -> list:
        def action(aid, name, icon=None, instructions=None):
            return {"action_id": aid, "display_name": name, "icon": icon, "extension_id": None,
                    "extension_name": None, "instructions": instructions or []}
        if d.status() == "stopped":
            return [action("start", "Start", "play_arrow")]
        out = [action("stop", "Stop", "stop"), action("restart", "Restart", "refresh")]
        for e in d.record["endpoints"]:
            port = re.match(r"\d+", e).group(0) if re.match(r"\d+", e) else e
            url = f"/projects/{d.project}/services/{d.id}/access/{e}"
            out.append(action(f"access-{port}", f"Access {e}", "open_in_new",
                              [{"type": "new-tab", "url": url}]))
        return out

    def run_action(d: Deployment, aid: str):
        stopped = d.status() == "stopped"
        if aid not in ("start", "stop", "restart"):
            return Response(f"Action {aid} is not implemented.", 501, media_type="text/plain")
        if (aid == "start") != stopped:
            raise problem(400, f"Action {aid} cannot be executed while the service is "
                               f"{d.status()}.")
        if aid == "stop":
            d.final_status, d.ready_at = "stopped", time.time()
        else:
            d.final_status, d.ready_at = "running", time.time()
            d.log.append((time.time(), "Container started"))
        return Response(f"Action {aid} successfully executed.", media_type="text/plain")

    @r.post("/projects/{project_id}/services")
    def deploy_service(project_id: str, action_id: Optional[str] = None, wait: bool = False,
                       body: dict = Body(...), t=Depends(current_token)):
        return deploy("services", project_id, body, t)

    @r.post("/projects/{project_id}/jobs", responses={307: {"description": "Redirect"}})
    def deploy_job(project_id: str, action_id: Optional[str] = None, wait: bool = False,
                   body: dict = Body(...), t=Depends(current_token)):
        return deploy("jobs", project_id, body, t)

    @r.get("/projects/{project_id}/services:suggest-config")
    def suggest_service(project_id: str, container_image: str = Query(...),
                        extension_id: Optional[str] = None, t=Depends(current_token)):
        need(t, f"projects/{project_id}/services:suggest-config#write")
        return suggest(container_image)

    @r.get("/projects/{project_id}/jobs:suggest-config")
    def suggest_job(project_id: str, container_image: str = Query(...),
                    extension_id: Optional[str] = None, t=Depends(current_token)):
        need(t, f"projects/{project_id}/jobs:suggest-config#write")
        return suggest(container_image)

    @r.get("/projects/{project_id}/services/{service_id}/actions")
    def service_actions(project_id: str, service_id: str, extension_id: Optional[str] = None,
                        t=Depends(current_token)):
        need(t, f"projects/{project_id}/services/{service_id}#write")
        return actions_of(find(project_id, "services", service_id))

    @r.post("/projects/{project_id}/services/{service_id}/actions/{action_id}",
            responses={307: {"description": "Redirect"}})
    def service_action(project_id: str, service_id: str, action_id: str,
                       body: Optional[dict] = Body(None), t=Depends(current_token)):
        need(t, f"projects/{project_id}/services/{service_id}#write")
        return run_action(find(project_id, "services", service_id), action_id)

    @r.get("/projects/{project_id}/jobs/{job_id}/actions")
    def job_actions(project_id: str, job_id: str, extension_id: Optional[str] = None,
                    t=Depends(current_token)):
        need(t, f"projects/{project_id}/jobs/{job_id}#write")
        find(project_id, "jobs", job_id)
        return []

    @r.post("/projects/{project_id}/jobs/{job_id}/actions/{action_id}",
            responses={307: {"description": "Redirect"}})
    def job_action(project_id: str, job_id: str, action_id: str,
                   body: Optional[dict] = Body(None), t=Depends(current_token)):
        need(t, f"projects/{project_id}/jobs/{job_id}#write")
        find(project_id, "jobs", job_id)
        return Response(f"Action {action_id} is not implemented.", 501, media_type="text/plain")

    @r.post(f"{common.DEBUG_PREFIX}/deployments")
    def debug_add(project: str, kind: str, body: dict = Body(...), status: str = "running",
                  script: str = "static", starting_seconds: float = 0.0):
        """Test hook: a deployment with a log script (see the module docstring)."""
        d = add(Deployment(kind, project, body, uid, status=status, script=script,
                           lines=body.get("log_lines"), starting_seconds=starting_seconds))
        return d.describe()

    @r.post(f"{common.DEBUG_PREFIX}/deployments/{{project}}/{{kind}}/{{did}}/log")
    def debug_log(project: str, kind: str, did: str, lines: List[str] = Body(...),
                  at: Optional[float] = None):
        """Test hook: append lines to a log, logged now (or at unix time `at`)."""
        d = find(project, kind, did)
        when = time.time() if at is None else at
        d.log.extend((when, line) for line in lines)
        return {"lines": len(d.log)}

    return r

"""Extensions in the Contaxy emulator (shared/reference/contaxy.md §10).

An extension is a service record of type "extension" with its capabilities and UI and API
endpoints. Listing shows the project's own and the global project's (ctxy-global);
installing works like deploying a service. Like upstream, getting one, removing one and
suggest-config are not implemented and answer 500 with the generic body (§2.1, §12).
`router(...)` is included by contaxy.py.
"""
from typing import Callable, Dict, Tuple

from fastapi import APIRouter, Body, Depends, Query

from contaxy_deployments import Deployment

GLOBAL = "ctxy-global"
FIELDS = ("capabilities", "api_extension_endpoint", "ui_extension_endpoint", "extension_type")


def router(state, current_token: Callable, denial: Callable, problem: Callable) -> APIRouter:
    r = APIRouter()
    extensions: Dict[Tuple[str, str], Deployment] = {}  # (project, id)
    uid = next(iter(state.users))

    def add(pid: str, body: dict, starting_seconds=0.0) -> Deployment:
        d = Deployment("services", pid, body, uid, starting_seconds=starting_seconds,
                       lines=[f"Pulling {body['container_image']}", "Extension started"])
        d.record["deployment_type"] = "extension"
        d.record.update({k: body.get(k) for k in FIELDS})
        d.record["capabilities"] = body.get("capabilities") or []
        d.record["extension_type"] = body.get("extension_type") or "project-extension"
        extensions[(pid, d.id)] = d
        return d

    # One global extension with a web UI, for every project (the sandbox shows it).
    add(GLOBAL, {"container_image": "contaxy/dataset-viewer:0.4", "display_name": "dataset-viewer",
                 "description": "Browse tabular files in the browser", "endpoints": ["8080"],
                 "ui_extension_endpoint": "8080/webapp/ui",
                 "api_extension_endpoint": "8080/extension/api",
                 "capabilities": ["list_files", "get_file_metadata"],
                 "extension_type": "user-extension"})

    def need(t, permission: str):
        reason = denial(t[1], permission)
        if reason:
            raise problem(403, reason)

    def not_implemented():
        raise problem(500, "Internal server error!")  # upstream: NotImplementedError

    @r.get("/projects/{project_id}/extensions")
    def list_extensions(project_id: str, t=Depends(current_token)):
        need(t, f"projects/{project_id}/services#read")
        if project_id not in state.project_store.projects:
            raise problem(404, f"Project {project_id} was not found.")
        return [d.describe() for (pid, _), d in sorted(extensions.items())
                if pid in (project_id, GLOBAL)]

    @r.post("/projects/{project_id}/extensions")
    def install_extension(project_id: str, body: dict = Body(...), t=Depends(current_token)):
        need(t, f"projects/{project_id}/services#write")  # ctxy-global: only *#admin has it
        if not isinstance(body.get("container_image"), str) or not body["container_image"]:
            raise problem(422, "container_image is required.")
        name = body.get("display_name")
        if not name:
            raise problem(400, "Service display_name not defined!")
        if not isinstance(name, str) or not 4 <= len(name) <= 128:
            raise problem(422, "display_name must have 4 to 128 characters.")
        if body.get("extension_type", "project-extension") not in ("project-extension",
                                                                  "user-extension"):
            raise problem(422, "value is not a valid enumeration member; permitted: "
                               "'user-extension', 'project-extension'")
        d = add(project_id, body, starting_seconds=1.0)
        return d.describe()

    @r.get("/projects/{project_id}/extensions:suggest-config")
    def suggest_extension_config(project_id: str, container_image: str = Query(...),
                                 t=Depends(current_token)):
        not_implemented()

    @r.get("/projects/{project_id}/extensions/{extension_id}")
    def get_extension_metadata(project_id: str, extension_id: str, t=Depends(current_token)):
        not_implemented()

    @r.delete("/projects/{project_id}/extensions/{extension_id}", status_code=204)
    def delete_extension(project_id: str, extension_id: str, t=Depends(current_token)):
        not_implemented()

    return r

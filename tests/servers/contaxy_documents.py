"""JSON documents of the Contaxy emulator (shared/reference/contaxy.md §9).

`router(...)` is included by contaxy.py. Collections live in memory per project and appear on
first use; there is no route that lists them, as upstream.
"""
import json
from typing import Callable, Dict, Optional, Tuple

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import Response

import common
import contaxy_jsonpath

Collection = Dict[str, dict]  # key -> {"value": dict, "created_at": str, "updated_at": str}


def merge_patch(target, patch):
    """RFC 7396: null removes a member, objects merge member by member, the rest replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def describe(key: str, entry: dict) -> dict:
    # json_value is a string of serialized JSON; jsonb orders keys (shorter first, then
    # bytewise), which sorted keys stand in for. created_by/updated_by are always null.
    return {"key": key, "json_value": json.dumps(entry["value"], sort_keys=True),
            "created_at": entry["created_at"], "created_by": None,
            "updated_at": entry["updated_at"], "updated_by": None}


def seed(collections: Dict[Tuple[str, str], Collection]):
    """Demo documents for the sandbox's demo project."""
    now = common.utc_now().isoformat()
    demo = {
        ("demo-project", "experiments"): {
            "baseline": {"model": "logreg", "accuracy": 0.81, "tags": ["baseline"],
                         "params": {"C": 1.0, "max_iter": 200}},
            "run-2": {"model": "xgboost", "accuracy": 0.87, "tags": ["tuned", "gpu"],
                      "params": {"depth": 6, "eta": 0.1}},
            "run-3": {"model": "xgboost", "accuracy": 0.89, "tags": ["tuned"],
                      "params": {"depth": 8, "eta": 0.05}, "notes": "best so far"},
        },
        ("demo-project", "settings"): {
            "training": {"epochs": 20, "batch_size": 64, "shuffle": True},
        },
    }
    for where, docs in demo.items():
        collections[where] = {k: {"value": v, "created_at": now, "updated_at": now}
                              for k, v in docs.items()}


def router(current_token: Callable, need: Callable, problem: Callable) -> APIRouter:
    """need(token, permission) raises the 403 (§2.4); problem(code, message) -> exception."""
    r = APIRouter()
    collections: Dict[Tuple[str, str], Collection] = {}
    seed(collections)

    def doc_or_404(pid: str, cid: str, key: str) -> dict:
        entry = collections.get((pid, cid), {}).get(key)
        if entry is None:
            raise problem(404, f"The JSON document {key} was not found in {cid}.")
        return entry

    def must_be_object(body):
        if not isinstance(body, dict):  # upstream's pydantic body type is dict (§9)
            raise problem(422, "value is not a valid dict",
                          details=[{"loc": ["body"], "msg": "value is not a valid dict",
                                    "type": "type_error.dict"}])

    @r.put("/projects/{project_id}/json/{collection_id}/{key}")
    def create_json_document(project_id: str, collection_id: str, key: str,
                             upsert: bool = Query(True), body=Body(...),
                             t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}/{key}#write")
        must_be_object(body)
        docs = collections.setdefault((project_id, collection_id), {})
        now = common.utc_now().isoformat()
        if key in docs and not upsert:
            raise problem(409, f"A JSON document with the key {key} already exists.")
        created = docs[key]["created_at"] if key in docs else now
        docs[key] = {"value": body, "created_at": created, "updated_at": now}
        return describe(key, docs[key])

    @r.get("/projects/{project_id}/json/{collection_id}/{key}")
    def get_json_document(project_id: str, collection_id: str, key: str,
                          t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}/{key}#read")
        return describe(key, doc_or_404(project_id, collection_id, key))

    @r.patch("/projects/{project_id}/json/{collection_id}/{key}")
    def update_json_document(project_id: str, collection_id: str, key: str, body=Body(...),
                             t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}/{key}#write")
        must_be_object(body)
        entry = doc_or_404(project_id, collection_id, key)
        entry["value"] = merge_patch(entry["value"], body)
        entry["updated_at"] = common.utc_now().isoformat()
        return describe(key, entry)

    @r.delete("/projects/{project_id}/json/{collection_id}/{key}", status_code=204)
    def delete_json_document(project_id: str, collection_id: str, key: str,
                             t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}/{key}#write")
        doc_or_404(project_id, collection_id, key)
        del collections[(project_id, collection_id)][key]
        return Response(status_code=204)

    @r.get("/projects/{project_id}/json/{collection_id}")
    def list_json_documents(project_id: str, collection_id: str,
                            filter: Optional[str] = None, t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}#read")
        docs = collections.get((project_id, collection_id), {})  # unknown collection: []
        path = None
        if filter is not None:
            try:
                path = contaxy_jsonpath.compile_path(filter)
            except contaxy_jsonpath.PathError as e:
                raise problem(400, f"The filter is not a valid JSON path: {e}.")
        return [describe(k, e) for k, e in sorted(docs.items())
                if path is None or contaxy_jsonpath.exists(path, e["value"])]

    @r.delete("/projects/{project_id}/json/{collection_id}", status_code=204)
    def delete_json_collection(project_id: str, collection_id: str, t=Depends(current_token)):
        need(t, f"projects/{project_id}/json/{collection_id}#write")
        collections.pop((project_id, collection_id), None)  # drops the table
        return Response(status_code=204)

    return r

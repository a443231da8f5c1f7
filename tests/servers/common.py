"""Shared plumbing for the platform emulators: app factory, debug routes, command line.

Importing this module has no side effects; only run() starts a server.
"""
import argparse
import asyncio
import hashlib
import os
import re
import secrets
from datetime import datetime, timezone
from typing import Callable, Optional

from fastapi import APIRouter, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.requests import ClientDisconnect

# Every test-only route lives under this prefix, and the contract check skips exactly it.
DEBUG_PREFIX = "/__wharf__"


def make_app(title: str) -> FastAPI:
    # No /docs, /redoc or /openapi.json: the client never uses them, and leaving them out
    # means every route the emulator serves is one the contract check has to account for.
    app = FastAPI(title=title, docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(debug_router())
    return app


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def debug_router() -> APIRouter:
    """Routes the C++ tests use to feed the client odd replies; never part of a platform."""
    r = APIRouter(prefix=DEBUG_PREFIX)
    any_method = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    @r.api_route("/echo", methods=any_method)
    async def echo(request: Request):
        body = await request.body()
        query = {}
        for k, v in request.query_params.multi_items():
            query.setdefault(k, v)  # first value wins; query_string has the raw form
        return {
            "method": request.method,
            "path": request.url.path,
            "query": query,
            "query_string": request.url.query,
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "body": body.decode("utf-8", errors="replace"),
            "body_size": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
            "server_pid": os.getpid(),  # lets launch.py tell its server from a port thief
        }

    @r.get("/sleep")
    async def sleep(seconds: float = Query(1.0, ge=0, le=600)):
        await asyncio.sleep(seconds)
        return {"slept": seconds}

    @r.get("/redirect")
    async def redirect(n: int = Query(1, ge=0, le=1000)):
        if n == 0:
            return {"ok": True}
        return Response(status_code=302, headers={"Location": f"{DEBUG_PREFIX}/redirect?n={n - 1}"})

    @r.get("/loop")
    async def loop():
        return Response(status_code=302, headers={"Location": f"{DEBUG_PREFIX}/loop"})

    @r.api_route("/status/{code}", methods=any_method)
    async def status(code: int, body: str = "", content_type: Optional[str] = None,
                     retry_after: Optional[str] = None):
        # Raw bytes exactly as given: HTML pages, broken JSON, bare scalars, empty 401/503.
        headers = {"Retry-After": retry_after} if retry_after is not None else None
        if code < 200 or code > 599:
            return JSONResponse({"error": "code must be 200..599"}, status_code=400)
        return Response(content=body.encode(), status_code=code, media_type=content_type,
                        headers=headers)

    @r.get("/set-cookie")
    async def set_cookie(name: str, value: str = "", max_age: Optional[int] = None):
        resp = JSONResponse({"ok": True})
        resp.set_cookie(name, value, max_age=max_age)
        return resp

    @r.get("/bytes")
    async def some_bytes(request: Request, n: int = Query(1024, ge=0, le=1 << 30),
                         filename: Optional[str] = None, ranges: bool = True):
        # Deterministic content so a test can verify any byte range it received. Streamed,
        # so benchmarks can ask for hundreds of MiB; `ranges=false` acts like a server
        # without Range support, `filename` adds a Content-Disposition.
        return pattern_response(request, n, filename, ranges)

    add_transfer_routes(r)
    return r


def pattern_response(request: Request, n: int, filename: Optional[str] = None,
                     ranges: bool = True) -> Response:
    headers = {"Content-Length": str(n)}
    if filename is not None:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    start, end, status = 0, n, 200
    if ranges:
        etag = f'"bytes-{n}"'
        headers.update({"Accept-Ranges": "bytes", "ETag": etag})
        m = re.fullmatch(r"bytes=(\d+)-(\d*)", request.headers.get("range", ""))
        if_range = request.headers.get("if-range")
        if m and (if_range is None or if_range == etag):
            start = int(m.group(1))
            end = min(n, int(m.group(2)) + 1) if m.group(2) else n
            if start >= n or start >= end:
                return Response(status_code=416, headers={"Content-Range": f"bytes */{n}"})
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{n}"
            headers["Content-Length"] = str(end - start)
    # An explicit Content-Length keeps uvicorn from switching to chunked encoding.
    return StreamingResponse(pattern_chunks(start, end - start), status_code=status,
                             headers=headers, media_type="application/octet-stream")


def add_transfer_routes(r: APIRouter) -> None:
    """Upload targets for core/transfer's tests: a sink that reports what arrived, a tus-like
    resumable upload resource, and a route that fails a set number of times first."""
    uploads = {}  # tus id -> {"length", "offset", "sha", "patches"}
    hits = {}  # flaky key -> requests seen

    @r.api_route("/sink", methods=["POST", "PUT", "PATCH"])
    async def sink(request: Request):
        return await describe_upload(request)

    @r.post("/tus")
    async def tus_create(upload_length: Optional[str] = Header(None)):
        if upload_length is None or not upload_length.isdigit():
            return JSONResponse({"detail": "Upload-Length required"}, status_code=400)
        key = secrets.token_hex(8)
        uploads[key] = {"length": int(upload_length), "offset": 0, "sha": hashlib.sha256(),
                        "patches": 0, "heads": 0, "lock": asyncio.Lock()}
        return Response(status_code=201, headers={"Location": f"{DEBUG_PREFIX}/tus/{key}",
                                                  "Tus-Resumable": "1.0.0"})

    @r.head("/tus/{key}")
    async def tus_head(key: str):
        u = uploads.get(key)
        if u is None:
            return Response(status_code=404)
        u["heads"] += 1
        # Like tusd, one PATCH at a time per upload: an offset reported while a cut PATCH is
        # still draining would be stale.
        try:
            await asyncio.wait_for(u["lock"].acquire(), 30)
        except asyncio.TimeoutError:
            return Response(status_code=423)
        u["lock"].release()
        return Response(status_code=200, headers={
            "Upload-Offset": str(u["offset"]), "Upload-Length": str(u["length"]),
            "Cache-Control": "no-store", "Tus-Resumable": "1.0.0"})

    @r.patch("/tus/{key}")
    async def tus_patch(key: str, request: Request, upload_offset: Optional[str] = Header(None),
                        content_type: Optional[str] = Header(None)):
        u = uploads.get(key)
        if u is None:
            return JSONResponse({"detail": "no such upload"}, status_code=404)
        if content_type != "application/offset+octet-stream":
            return JSONResponse({"detail": "wrong content type"}, status_code=415)
        async with u["lock"]:
            if upload_offset is None or upload_offset != str(u["offset"]):
                return JSONResponse({"detail": "offset mismatch"}, status_code=409,
                                    headers={"Upload-Offset": str(u["offset"])})
            u["patches"] += 1
            try:
                async for chunk in request.stream():
                    if u["offset"] + len(chunk) > u["length"]:
                        return JSONResponse({"detail": "beyond Upload-Length"}, status_code=413)
                    u["sha"].update(chunk)
                    u["offset"] += len(chunk)
            except ClientDisconnect:
                pass  # like a tus server: what arrived before the cut is kept
            return Response(status_code=204, headers={"Upload-Offset": str(u["offset"]),
                                                      "Tus-Resumable": "1.0.0"})

    @r.get("/tus/{key}")
    async def tus_state(key: str):
        u = uploads.get(key)
        if u is None:
            return JSONResponse({"detail": "no such upload"}, status_code=404)
        return {"offset": u["offset"], "length": u["length"], "sha256": u["sha"].hexdigest(),
                "patches": u["patches"], "heads": u["heads"]}

    @r.get("/flaky/{key}/hits")
    async def flaky_hits(key: str):
        return {"hits": hits.get(key, 0)}

    @r.api_route("/flaky/{key}", methods=["GET", "POST", "PUT"])
    async def flaky(key: str, request: Request, failures: int = Query(1, ge=0),
                    status: int = Query(503, ge=400, le=599), retry_after: Optional[str] = None,
                    n: int = Query(1024, ge=0, le=1 << 30)):
        # The first `failures` requests for `key` fail with `status`; later ones succeed as
        # /bytes (GET) or /sink (POST, PUT).
        hits[key] = hits.get(key, 0) + 1
        if hits[key] <= failures:
            await request.body()
            headers = {"Retry-After": retry_after} if retry_after is not None else None
            return JSONResponse({"detail": f"flaky failure {hits[key]}"}, status_code=status,
                                headers=headers)
        if request.method == "GET":
            return pattern_response(request, n)
        return await describe_upload(request)


async def describe_upload(request: Request) -> dict:
    """Size and SHA-256 of a raw body, or of each file of a multipart body, read streaming."""
    ctype = request.headers.get("content-type", "")
    out = {"method": request.method, "content_type": ctype,
           "headers": {k.lower(): v for k, v in request.headers.items()}}
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        out["fields"], out["files"] = {}, {}
        for name, value in form.multi_items():
            if isinstance(value, str):
                out["fields"][name] = value
                continue
            sha, size = hashlib.sha256(), 0
            while chunk := await value.read(1 << 20):
                sha.update(chunk)
                size += len(chunk)
            out["files"][name] = {"filename": value.filename, "size": size,
                                  "sha256": sha.hexdigest(), "content_type": value.content_type}
        return out
    sha, size = hashlib.sha256(), 0
    async for chunk in request.stream():
        sha.update(chunk)
        size += len(chunk)
    out["size"], out["sha256"] = size, sha.hexdigest()
    return out


def pattern_bytes(offset: int, n: int) -> bytes:
    """Byte i of the /__wharf__/bytes stream is i % 251 (a prime, so runs never align)."""
    block = bytes(range(251))
    start = offset % 251
    reps = (start + n) // 251 + 1
    return (block * reps)[start:start + n]


_CHUNK = 1 << 20
_PATTERN = bytes(range(251)) * (_CHUNK // 251 + 2)


def pattern_chunks(offset: int, n: int):
    """pattern_bytes(offset, n) as a stream of chunks of at most 1 MiB."""
    view = memoryview(_PATTERN)
    while n > 0:
        k = min(n, _CHUNK)
        start = offset % 251
        yield bytes(view[start:start + k])
        offset += k
        n -= k


def run(app: FastAPI, argv, add_args: Optional[Callable] = None,
        configure: Optional[Callable] = None) -> None:
    """Parse the shared command line and serve `app` on loopback until killed."""
    import uvicorn  # only needed when actually serving

    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--ssl-certfile")
    p.add_argument("--ssl-keyfile")
    if add_args:
        add_args(p)
    args = p.parse_args(argv)
    if configure:
        configure(args)
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                ssl_keyfile=args.ssl_keyfile, log_level="info")

"""IVCAP emulator (shared/reference/ivcap.md, OpenAPI v0.44 + v0.48). Routes sit under /1.

Run: /usr/bin/python3 tests/servers/ivcap.py --port P [--ssl-certfile F --ssl-keyfile K]
     [--oidc-issuer URL] [--accept-token TOKEN ...]
"""
import base64
import binascii
import json
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from typing import Optional

import yaml
from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

import common

DEMO_TOKEN = "ivcap-demo-token"
AUDIENCE = "https://api.ivcap.test"  # authinfo.yaml's audience; JWTs must be issued for it
SERVICE_COUNT = 23  # not a multiple of any page size the tests use, so the last page is short
_SEED_TIME = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
_FILTER_RE = re.compile(r"^\s*([a-z][a-z-]*)\s*(~=|=)\s*'([^']*)'\s*$")


def _rfc3339(t: datetime) -> str:
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)  # a bare at-time is read as UTC
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seed_services() -> list:
    topics = ["fire risk", "flood extent", "crop yield", "soil moisture", "bushfire smoke",
              "coastal erosion", "genomics alignment", "species count", "heat stress",
              "water quality", "land cover", "drought index"]
    out = []
    for i in range(SERVICE_COUNT):
        topic = topics[i % len(topics)]
        out.append({
            "id": f"urn:ivcap:service:{uuid.uuid5(uuid.NAMESPACE_URL, f'wharf-svc-{i}')}",
            "name": f"{topic.title()} {i + 1:02d}",
            "description": f"Estimates {topic} for a region (demo service {i + 1}).",
            "tags": ["demo", topic.split()[0]],
            "controller-schema": "urn:ivcap:schema.service.rest.1",
            "valid-from": _rfc3339(_SEED_TIME + timedelta(hours=i)),
        })
    return out


class State:
    def __init__(self):
        self.services = _seed_services()
        self.tokens = {DEMO_TOKEN}
        self.oidc_issuer: Optional[str] = None
        self.jwks_client = None  # PyJWKClient for the issuer's keys (caches them)


STATE = State()
app = common.make_app("IVCAP emulator")


class InvalidParameter(Exception):
    def __init__(self, name: str, message: str, value=None):
        self.name, self.message, self.value = name, message, value


@app.exception_handler(InvalidParameter)
async def _invalid(_: Request, e: InvalidParameter):
    body = {"name": e.name, "message": e.message}
    if e.value is not None:
        body["value"] = str(e.value)
    return JSONResponse(body, 422)  # InvalidParameterT (§12)


@app.exception_handler(RequestValidationError)
async def _validation(request: Request, e: RequestValidationError):
    err = e.errors()[0]
    name = str(err["loc"][-1])
    return await _invalid(request, InvalidParameter(name, err["msg"],
                                                    request.query_params.get(name)))


class NotAuthorized(Exception):
    pass


@app.exception_handler(NotAuthorized)
async def _not_authorized(_: Request, __: NotAuthorized):
    return Response(status_code=401)  # 401 carries no body at all (§2.1, §12)


@app.exception_handler(StarletteHTTPException)
async def _http(_: Request, e: StarletteHTTPException):
    # The platform is a Go (goa) server: unmatched routes get net/http's plain-text 404.
    if e.status_code == 404:
        return Response("404 page not found\n", 404, media_type="text/plain")
    return Response(str(e.detail), e.status_code, media_type="text/plain")


_bearer = HTTPBearer(auto_error=False)


def _valid_jwt(token: str) -> bool:
    """An access token the --oidc-issuer signed for our audience, with IVCAP's `acc` claim."""
    if not STATE.oidc_issuer or token.count(".") != 2:
        return False
    import jwt  # python3-jwt; only needed with --oidc-issuer
    try:
        if STATE.jwks_client is None:
            STATE.jwks_client = jwt.PyJWKClient(STATE.oidc_issuer.rstrip("/") + "/jwks")
        key = STATE.jwks_client.get_signing_key_from_jwt(token).key
        claims = jwt.decode(token, key, algorithms=["RS256", "PS256", "ES256"],
                            audience=AUDIENCE, issuer=STATE.oidc_issuer.rstrip("/"),
                            options={"require": ["exp", "iss", "aud", "sub"]})
    except Exception as e:  # noqa: BLE001  (any failure means "not authorized")
        print(f"ivcap: rejected JWT: {type(e).__name__}: {e}", file=sys.stderr)
        return False
    return bool(claims.get("acc"))


def authorized(cred: Optional[HTTPAuthorizationCredentials] = Depends(_bearer)) -> str:
    if cred is None or (cred.credentials not in STATE.tokens
                        and not _valid_jwt(cred.credentials)):
        raise NotAuthorized()
    return cred.credentials


@app.get("/1/authinfo.yaml")
def authinfo(request: Request):
    # Served by the gateway outside the OpenAPI document; no auth (§2.2).
    issuer = (STATE.oidc_issuer or str(request.base_url).rstrip("/") + "/idp").rstrip("/")
    doc = {"version": 1, "auth": {"default-provider-id": "wharf-test", "providers": {
        "wharf-test": {"id": "wharf-test", "login-url": f"{issuer}/auth",
                       "token-url": f"{issuer}/token", "code-url": f"{issuer}/device/auth",
                       "jwks-url": f"{issuer}/jwks", "client-id": "desktop-app",
                       "audience": AUDIENCE}}}}
    return Response(yaml.safe_dump(doc, sort_keys=False), media_type="application/yaml")


def _encode_cursor(state: dict) -> str:
    raw = json.dumps(state, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(page: str) -> dict:
    try:
        state = json.loads(base64.urlsafe_b64decode(page + "=" * (-len(page) % 4)))
        if not isinstance(state, dict) or not isinstance(state.get("offset"), int):
            raise ValueError(page)
        return state
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidParameter("page", "invalid page cursor", page)


def _select(items: list, q: dict) -> list:
    """Apply the filter / search / order part of a query (kept inside the cursor)."""
    out = list(items)
    if q.get("filter"):
        m = _FILTER_RE.match(q["filter"])
        if not m or m.group(1) not in ("name", "description", "id"):
            raise InvalidParameter("filter", "unsupported filter expression", q["filter"])
        field, op, value = m.groups()
        if op == "~=":  # SQL LIKE with % as the wildcard
            rx = re.compile("^" + ".*".join(map(re.escape, value.split("%"))) + "$", re.I)
            out = [s for s in out if rx.match(s.get(field, ""))]
        else:
            out = [s for s in out if s.get(field) == value]
    if q.get("search"):
        words = q["search"].lower().split()
        scored = []
        for s in out:
            text = f"{s['name']} {s['description']}".lower()
            hits = sum(w in text for w in words)
            if hits:
                scored.append(dict(s, score=round(hits / len(words), 3)))
        out = scored
    if q.get("order-by"):
        for key in reversed(q["order-by"].split(",")):
            if key not in ("name", "id", "valid-from", "description"):
                raise InvalidParameter("order-by", "unsupported order field", q["order-by"])
            out.sort(key=lambda s: s.get(key, ""), reverse=q.get("order-desc", True))
    return out


@app.get("/1/services2")
def list_services(request: Request, limit: int = Query(10, ge=1, le=50),
                  page: Optional[str] = None, filter: Optional[str] = None,
                  order_by: Optional[str] = Query(None, alias="order-by"),
                  order_desc: bool = Query(True, alias="order-desc"),
                  at_time: Optional[datetime] = Query(None, alias="at-time"),
                  search: Optional[str] = None, _: str = Depends(authorized)):
    if page:  # the cursor carries the query; everything but limit is ignored (§1.1)
        q = _decode_cursor(page)
    else:
        at = at_time or common.utc_now()
        q = {"offset": 0, "filter": filter, "order-by": order_by, "order-desc": order_desc,
             "search": search, "at-time": _rfc3339(at)}
    at_time_s = q["at-time"]
    visible = [s for s in STATE.services if s["valid-from"] <= at_time_s]
    selected = _select(visible, q)
    offset = q["offset"]
    base = str(request.base_url).rstrip("/")
    items = [dict(s, href=f"{base}/1/services2/{s['id']}") for s in selected[offset:offset + limit]]
    links = [{"rel": "self", "type": "application/json", "href": str(request.url)},
             {"rel": "first", "type": "application/json",
              "href": f"{base}/1/services2?page={_encode_cursor(dict(q, offset=0))}&limit={limit}"}]
    if offset + limit < len(selected):
        cursor = _encode_cursor(dict(q, offset=offset + limit))
        links.append({"rel": "next", "type": "application/json",
                      "href": f"{base}/1/services2?page={cursor}&limit={limit}"})
    return {"items": items, "links": links, "at-time": at_time_s}


@app.get("/1/services2/{id}")
def read_service(id: str, request: Request, _: str = Depends(authorized)):
    svc = next((s for s in STATE.services if s["id"] == id), None)
    if svc is None:
        return JSONResponse({"message": "service not found", "id": id}, 404)  # ResourceNotFoundT
    base = str(request.base_url).rstrip("/")
    return dict(svc, status="active", controller={"image": "demo/service:1", "port": 8080},
                parameters=[], policy="urn:ivcap:policy:ivcap.open.service",
                account="urn:ivcap:account:00000000-0000-0000-0000-00000000a11c",
                links=[{"rel": "self", "type": "application/json",
                        "href": f"{base}/1/services2/{id}"}])


def _add_args(p):
    p.add_argument("--oidc-issuer", help="OpenID Provider named in /1/authinfo.yaml")
    p.add_argument("--accept-token", action="append", default=[],
                   help="bearer token to accept besides " + DEMO_TOKEN)


def _configure(args):
    STATE.oidc_issuer = args.oidc_issuer
    STATE.tokens.update(args.accept_token)


if __name__ == "__main__":
    common.run(app, sys.argv[1:], _add_args, _configure)

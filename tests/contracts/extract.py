#!/usr/bin/python3
"""Extract route facts from the upstream OpenAPI files into tests/contracts/*.json.

  extract.py [REFERENCE_DIR] [--check]

Only facts are kept (method, path, path/query parameter names, form field names, security
schemes, success status codes, spec versions): no descriptions or schemas. The outputs are
committed because CI cannot see REFERENCE_DIR (default: ../shared/reference next to the repo).
--check compares instead of writing and exits 1 if the committed files are out of date.
"""
import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
SOURCES = {  # platform -> spec files; IVCAP's contract is the union of v0.44 and v0.48
    "contaxy": ["contaxy-openapi.json"],
    "projectw": ["project-w-openapi.json"],
    "ivcap": ["ivcap-openapi.json", "ivcap-openapi-v0.48.json"],
}


def resolve(doc: dict, obj: dict) -> dict:
    while isinstance(obj, dict) and "$ref" in obj:
        node = doc
        for part in obj["$ref"].lstrip("#/").split("/"):
            node = node[part]
        obj = node
    return obj


def scheme_key(scheme: dict) -> str:
    """One normalised string per security scheme, comparable with FastAPI's declarations."""
    kind = scheme["type"]
    if kind == "apiKey":
        return f"apiKey:{scheme['in']}:{scheme['name']}"
    if kind == "http":
        return f"http:{scheme['scheme'].lower()}"
    if kind == "oauth2":
        return "oauth2:" + ",".join(sorted(scheme.get("flows", {})))
    return kind


def operation_facts(doc: dict, path: str, item: dict, method: str) -> dict:
    op = item[method]
    params = [resolve(doc, p) for p in item.get("parameters", []) + op.get("parameters", [])]
    form, body_types = set(), []
    body = resolve(doc, op.get("requestBody", {}))
    for ctype, media in body.get("content", {}).items():
        body_types.append(ctype)
        if ctype in FORM_TYPES:
            form |= set(resolve(doc, media.get("schema", {})).get("properties", {}))
    schemes = doc.get("components", {}).get("securitySchemes", {})
    security = set()
    for requirement in op.get("security", doc.get("security", [])):
        security |= {scheme_key(schemes[name]) for name in requirement}
    return {
        "method": method.upper(),
        "path": path,
        "path_params": sorted(p["name"] for p in params if p["in"] == "path"),
        "query_params": sorted(p["name"] for p in params if p["in"] == "query"),
        "form_fields": sorted(form),
        "body_types": sorted(body_types),
        "security": sorted(security),
        "success": sorted(int(c) for c in op.get("responses", {}) if c.isdigit() and int(c) < 400),
    }


LIST_FACTS = ("path_params", "query_params", "form_fields", "body_types", "security", "success")


def merge(per_version: dict) -> dict:
    """Union of one operation's facts over spec versions; facts missing in some are marked."""
    versions = sorted(per_version)
    first = next(iter(per_version.values()))
    out = {"method": first["method"], "path": first["path"], "versions": versions}
    only_in = {}
    for key in LIST_FACTS:
        union = sorted({v for f in per_version.values() for v in f[key]})
        out[key] = union
        for value in union:
            having = [ver for ver, f in per_version.items() if value in f[key]]
            if len(having) < len(versions):
                only_in.setdefault(key, {})[str(value)] = sorted(having)
    if only_in:
        out["only_in"] = only_in
    return out


def extract(ref_dir: Path, platform: str) -> dict:
    ops, sources = {}, []
    for file_name in SOURCES[platform]:
        raw = (ref_dir / file_name).read_bytes()
        doc = json.loads(raw)
        version = doc["info"]["version"]
        sources.append({"file": file_name, "openapi": doc["openapi"], "version": version,
                        "sha256": hashlib.sha256(raw).hexdigest()})
        for path, item in doc["paths"].items():
            for method in METHODS:
                if method in item:
                    facts = operation_facts(doc, path, item, method)
                    ops.setdefault((path, method.upper()), {})[version] = facts
    operations = [merge(ops[k]) for k in sorted(ops)]
    return {"platform": platform, "sources": sources, "operations": operations}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("reference_dir", nargs="?", default=str(REPO.parent / "shared" / "reference"))
    p.add_argument("--check", action="store_true", help="compare with the committed files")
    a = p.parse_args(argv)
    stale = []
    for platform in SOURCES:
        text = json.dumps(extract(Path(a.reference_dir), platform), indent=1) + "\n"
        target = HERE / f"{platform}.json"
        if a.check:
            if not target.exists() or target.read_text() != text:
                stale.append(target.name)
        else:
            target.write_text(text)
            print(f"wrote {target.relative_to(REPO)}")
    if stale:
        print("out of date (re-run extract.py): " + ", ".join(stale), file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

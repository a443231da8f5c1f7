#!/usr/bin/python3
"""Check every route each emulator serves against the facts extracted from the upstream specs.

  check_contracts.py [--contracts-dir DIR]

For each route of tests/servers/{contaxy,projectw,ivcap}.py's `app` and each of its methods:
the path template (with parameter names), the query parameter names it declares, the form
field names it declares (routes that parse their body by hand are not checked there), its
security schemes and its declared success status codes must equal the contract's. Known
upstream behaviour that the spec lacks or states differently is listed, with the reason and
the reference section, in off-spec.json. One rule skips the harness's own debug routes: every
path under the prefix named there ("/__wharf__/"). Uses only the committed JSON files.
"""
import argparse
import json
import sys
from pathlib import Path

from fastapi.dependencies.utils import get_flat_dependant
from fastapi.params import File, Form
from fastapi.routing import APIRoute

HERE = Path(__file__).resolve().parent
SERVERS = HERE.parent / "servers"
PLATFORMS = ("contaxy", "projectw", "ivcap")
CHECKED = ("path_params", "query_params", "form_fields", "security", "success")


def security_key(model) -> str:
    """Same normalisation as extract.py's scheme_key, from FastAPI's scheme models."""
    kind = model.type_.value
    if kind == "apiKey":
        return f"apiKey:{model.in_.value}:{model.name}"
    if kind == "http":
        return f"http:{model.scheme.lower()}"
    if kind == "oauth2":
        return "oauth2:" + ",".join(sorted(model.flows.dict(exclude_none=True)))
    return kind


def route_facts(route: APIRoute) -> dict:
    flat = get_flat_dependant(route.dependant)
    form = [f.alias for f in flat.body_params if isinstance(f.field_info, (Form, File))]
    success = {route.status_code or 200}
    success |= {int(c) for c in route.responses if str(c).isdigit() and int(c) < 400}
    return {
        "path_params": sorted(f.alias for f in flat.path_params),
        "query_params": sorted(f.alias for f in flat.query_params),
        "form_fields": sorted(form),
        "security": sorted({security_key(r.security_scheme.model)
                            for r in flat.security_requirements}),
        "success": sorted(success),
    }


def expected_facts(method: str, path: str, ops: dict, entries: dict):
    """Facts the route must have, and where they come from; None if nothing covers it."""
    entry = entries.get((method, path))
    if entry is None:
        op = ops.get((method, path))
        return (op, "spec") if op else (None, None)
    base = ops.get((method, entry.get("spec_path", path)))
    facts = dict(base or {})
    facts.update(entry.get("facts", {}))
    if any(k not in facts for k in CHECKED):
        missing = [k for k in CHECKED if k not in facts]
        raise ValueError(f"off-spec entry {method} {path} lacks facts {missing} "
                         "(it matches no spec operation, so it must give them all)")
    return facts, f"off-spec ({entry['ref']})"


def check_app(app, contract: dict, offspec_entries: list, skip_prefix: str):
    """Return (problems, notes, checked count) for one emulator app."""
    ops = {(o["method"], o["path"]): o for o in contract["operations"]}
    entries = {}
    problems, notes, checked, used = [], [], 0, set()
    for e in offspec_entries:
        key = (e["method"], e["path"])
        if not e.get("reason") or not e.get("ref"):
            problems.append(f"off-spec entry {key} needs both 'reason' and 'ref'")
        entries[key] = e
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith(skip_prefix):
            continue
        if not isinstance(route, APIRoute):
            problems.append(f"{path}: not an API route ({type(route).__name__}); the contract "
                            "check cannot read it")
            continue
        actual = route_facts(route)
        for method in sorted(route.methods):
            checked += 1
            used.add((method, path))
            try:
                want, source = expected_facts(method, path, ops, entries)
            except ValueError as e:
                problems.append(str(e))
                continue
            if want is None:
                problems.append(f"{method} {path}: not in the contract and not listed in "
                                "off-spec.json")
                continue
            for key in CHECKED:
                if key == "form_fields" and not actual[key]:
                    continue  # body parsed by hand: nothing declared to compare
                if actual[key] != want[key]:
                    extra = sorted(set(actual[key]) - set(want[key]))
                    lacking = sorted(set(want[key]) - set(actual[key]))
                    problems.append(f"{method} {path}: {key} differ from the {source}: "
                                    f"emulator has {actual[key]}, contract has {want[key]} "
                                    f"(extra {extra}, missing {lacking})")
    for key in entries:
        if key not in used:
            notes.append(f"off-spec entry {key[0]} {key[1]} is not served (yet)")
    return problems, notes, checked


def load_app(name: str):
    sys.path.insert(0, str(SERVERS))
    try:
        return __import__(name).app
    finally:
        sys.path.remove(str(SERVERS))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--contracts-dir", default=str(HERE), help="where the *.json facts live")
    a = p.parse_args(argv)
    cdir = Path(a.contracts_dir)
    offspec = json.loads((cdir / "off-spec.json").read_text())
    failed = False
    for name in PLATFORMS:
        contract = json.loads((cdir / f"{name}.json").read_text())
        problems, notes, checked = check_app(load_app(name), contract, offspec.get(name, []),
                                             offspec["skip_prefix"]["prefix"])
        for n in notes:
            print(f"{name}: note: {n}")
        for msg in problems:
            print(f"{name}: FAIL: {msg}")
        print(f"{name}: {checked} route methods checked, {len(problems)} problem(s)")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The layering of ARCHITECTURE.md, checked on the sources (docs/architecture.md):
- nothing under ui/ makes API calls: no ApiCall, HttpClient, net::send/then, session->client();
- core/ and models/ use no widgets;
- a platform folder (contaxy, projectw, ivcap) includes no other platform's headers.
Prints each violation as file:line and exits 1 if there is any."""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2])
PLATFORMS = ("contaxy", "projectw", "ivcap")
RULES = [
    ("ui", re.compile(r"\b(ApiCall|HttpClient)\b|net/then\.h|net/apicall\.h|net/httpclient\.h"
                      r"|\bnet::(send|then)\s*\(|->client\(\)"),
     "ui/ lays out widgets and binds actions; API calls belong in models/ or core/"),
    ("core", re.compile(r"#include\s*<Q(Widget|Dialog|MainWindow|Action|Menu|TreeView|TableView)"
                        r"|QtWidgets"), "core/ uses no widgets"),
    ("models", re.compile(r"#include\s*<Q(Widget|Dialog|MainWindow|Action|Menu|TreeView|TableView)"
                          r"|QtWidgets"), "models/ use no widgets"),
]
INCLUDE = re.compile(r'#include\s*"([a-z]+)/')


def sources(folder):
    for path in sorted((ROOT / folder).rglob("*")):
        if path.suffix in (".h", ".cpp"):
            yield path


def main() -> int:
    problems = []
    for folder, pattern, why in RULES:
        for path in sources(folder):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line) and not line.lstrip().startswith("//"):
                    problems.append(f"{path.relative_to(ROOT)}:{number}: {why}: {line.strip()}")
    for layer in ("core", "models", "ui"):
        for platform in PLATFORMS:
            for path in sources(f"{layer}/{platform}"):
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    match = INCLUDE.search(line)
                    if match and match.group(1) in PLATFORMS and match.group(1) != platform:
                        problems.append(f"{path.relative_to(ROOT)}:{number}: {platform} includes "
                                        f"{match.group(1)}: {line.strip()}")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} layering problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

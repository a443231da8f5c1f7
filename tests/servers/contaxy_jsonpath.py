"""A small, honest subset of PostgreSQL's SQL/JSON path for the Contaxy emulator (§9).

`exists(path, doc)` answers what `jsonb_path_exists(doc, path)` (lax mode) answers for:
  $ accessor* [? (filter)]      accessors: .name ."name" [*] [N]
  filter:  @ accessor* OP literal   (OP: == != <> < <= > >=; literal: "str", number, true,
           false, null), several joined by && / ||, in parentheses, or negated with !(...)
A bare predicate (`$.n > 3`) yields a boolean, which always exists, so it matches every
document as on the real server. Anything else raises PathError (the server's 400).
"""
import json
import re

TOKEN = re.compile(r"""\s*(?:
    (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<op>==|!=|<>|<=|>=|&&|\|\||[<>!?()$@.\[\]*])
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
)""", re.VERBOSE)


class PathError(ValueError):
    pass


def tokens(text: str):
    pos, out = 0, []
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = TOKEN.match(text, pos)
        if not m:
            raise PathError(f"syntax error at or near \"{text[pos:pos + 10].strip()}\" "
                            "of jsonpath input")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class Parser:
    def __init__(self, text: str):
        self.toks = tokens(text)
        self.i = 0

    def peek(self, value=None):
        if self.i >= len(self.toks):
            return None
        tok = self.toks[self.i]
        return tok if value is None or tok[1] == value else None

    def take(self, value=None):
        tok = self.peek(value)
        if tok is None:
            where = self.toks[self.i][1] if self.i < len(self.toks) else "end"
            raise PathError(f"syntax error at or near \"{where}\" of jsonpath input"
                            if where != "end" else "syntax error at end of jsonpath input")
        self.i += 1
        return tok

    def accessors(self):
        steps = []
        while True:
            if self.peek("."):
                self.take(".")
                kind, value = self.take()
                if kind == "name":
                    steps.append(("key", value))
                elif kind == "str":
                    steps.append(("key", json.loads(value)))
                else:
                    raise PathError(f"syntax error at or near \"{value}\" of jsonpath input")
            elif self.peek("["):
                self.take("[")
                if self.peek("*"):
                    self.take("*")
                    steps.append(("all", None))
                else:
                    kind, value = self.take()
                    if kind != "num" or not value.isdigit():
                        raise PathError(f"syntax error at or near \"{value}\" of jsonpath input")
                    steps.append(("index", int(value)))
                self.take("]")
            else:
                return steps

    def literal(self):
        kind, value = self.take()
        if kind in ("str", "num"):
            return json.loads(value)
        if kind == "name" and value in ("true", "false", "null"):
            return json.loads(value)
        raise PathError(f"syntax error at or near \"{value}\" of jsonpath input")

    def comparison(self, root: str):
        self.take(root)
        steps = self.accessors()
        op = self.take()[1]
        if op not in ("==", "!=", "<>", "<", "<=", ">", ">="):
            raise PathError(f"syntax error at or near \"{op}\" of jsonpath input")
        return ("cmp", steps, op, self.literal())

    def condition(self):  # || of && of unary
        left = self.conjunction()
        while self.peek("||"):
            self.take("||")
            left = ("or", left, self.conjunction())
        return left

    def conjunction(self):
        left = self.unary()
        while self.peek("&&"):
            self.take("&&")
            left = ("and", left, self.unary())
        return left

    def unary(self):
        if self.peek("!"):
            self.take("!")
            self.take("(")
            inner = self.condition()
            self.take(")")
            return ("not", inner)
        if self.peek("("):
            self.take("(")
            inner = self.condition()
            self.take(")")
            return inner
        return self.comparison("@")

    def path(self):
        self.take("$")
        steps = self.accessors()
        if self.peek("?"):
            self.take("?")
            self.take("(")
            cond = self.condition()
            self.take(")")
            result = ("filter", steps, cond)
        elif self.peek() is not None and self.peek()[1] in ("==", "!=", "<>", "<", "<=", ">",
                                                             ">="):
            self.take()
            self.literal()
            result = ("predicate",)
        else:
            result = ("select", steps)
        if self.peek() is not None:
            raise PathError(f"syntax error at or near \"{self.peek()[1]}\" of jsonpath input")
        return result


def walk(items, steps):
    """Lax mode: member access on an array applies to each element; missing members vanish."""
    for kind, arg in steps:
        out = []
        for item in items:
            if kind == "key":
                targets = item if isinstance(item, list) else [item]
                out += [t[arg] for t in targets if isinstance(t, dict) and arg in t]
            elif kind == "all":
                out += item if isinstance(item, list) else [item]
            elif kind == "index":
                if isinstance(item, list) and arg < len(item):
                    out.append(item[arg])
                elif not isinstance(item, list) and arg == 0:
                    out.append(item)
        items = out
    return items


def compare(a, op, b) -> bool:
    # Values of different kinds are not comparable: the comparison is unknown, i.e. not true.
    def kind(v):
        if isinstance(v, bool):
            return "bool"
        if isinstance(v, (int, float)):
            return "num"
        return type(v).__name__
    if kind(a) != kind(b) or kind(a) in ("dict", "list"):
        return False
    if op in ("==",):
        return a == b
    if op in ("!=", "<>"):
        return a != b
    if kind(a) in ("bool", "NoneType"):
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def holds(cond, item) -> bool:
    tag = cond[0]
    if tag == "or":
        return holds(cond[1], item) or holds(cond[2], item)
    if tag == "and":
        return holds(cond[1], item) and holds(cond[2], item)
    if tag == "not":
        return not holds(cond[1], item)
    _, steps, op, lit = cond
    return any(compare(v, op, lit) for v in walk([item], steps))


def compile_path(text: str):
    return Parser(text).path()


def exists(compiled, doc) -> bool:
    tag = compiled[0]
    if tag == "predicate":
        return True  # a boolean always exists (§9)
    items = walk([doc], compiled[1])
    if tag == "select":
        return bool(items)
    cond = compiled[2]
    candidates = []
    for item in items:  # lax mode: the filter looks at an array's elements
        candidates += item if isinstance(item, list) else [item]
    return any(holds(cond, c) for c in candidates)

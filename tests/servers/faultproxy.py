#!/usr/bin/python3
"""TCP fault proxy for reliability tests: sits in front of an emulator and breaks connections.

ASGI code cannot cut a request body mid-stream or stall a socket, so those faults live here, at
the TCP level (it forwards TLS untouched, too). Usually started by `launch.py proxy`.

  faultproxy.py --upstream HOST:PORT [--port P] [--control-port C] [--ready-file F]
                [--cut-after N [--direction up|down] [--cut-count K]] [--stall | --refuse |
                --reset] [--rate BYTES_PER_SEC] [--delay-ms MS]

Control endpoint (HTTP on 127.0.0.1:C): GET /stats, POST /reset-stats, GET /mode, and
POST /mode with a JSON object of the same options (cut_after, direction, cut_count, stall,
refuse, reset, rate, delay_ms). POST /mode replaces the whole mode (`{}` = pass-through) and
restarts the cut count. A connection keeps the mode it was accepted under, except that
switching to refuse drops every connection and leaving stall closes the stalled ones.
"""
import argparse
import asyncio
import json
import os
import signal
import socket
import struct
import sys

DEFAULTS = {"cut_after": None, "direction": "down", "cut_count": None, "stall": False,
            "refuse": False, "reset": False, "rate": None, "delay_ms": 0}
CHUNK = 65536


def add_fault_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("faults")
    g.add_argument("--cut-after", type=int, metavar="N",
                   help="close a connection after N bytes were forwarded in --direction")
    g.add_argument("--direction", choices=["up", "down"], default="down",
                   help="up = client to server, down = server to client (default)")
    g.add_argument("--cut-count", type=int, metavar="K",
                   help="cut at most K connections; later ones pass (so a client can resume)")
    g.add_argument("--stall", action="store_true", help="accept but never read or forward")
    g.add_argument("--refuse", action="store_true", help="offline: connections are refused")
    g.add_argument("--reset", action="store_true", help="accept, then reset (RST) at once")
    g.add_argument("--rate", type=int, metavar="BYTES_PER_SEC", help="throttle both directions")
    g.add_argument("--delay-ms", type=int, default=0, help="wait this long before connecting "
                   "upstream (adds latency to the first byte)")


def fault_argv(a) -> list:
    """Turn parsed fault options back into command-line arguments (launch.py passes them on)."""
    out = ["--direction", a.direction, "--delay-ms", str(a.delay_ms)]
    for opt in ("cut_after", "cut_count", "rate"):
        if getattr(a, opt) is not None:
            out += ["--" + opt.replace("_", "-"), str(getattr(a, opt))]
    return out + [f"--{f}" for f in ("stall", "refuse", "reset") if getattr(a, f)]


def validate(raw: dict) -> dict:
    """Check a mode object (from the CLI or POST /mode); raises ValueError with the reason."""
    if not isinstance(raw, dict):
        raise ValueError("mode must be a JSON object")
    mode = dict(DEFAULTS)
    for key, value in raw.items():
        key = key.replace("-", "_")
        if key not in DEFAULTS:
            raise ValueError(f"unknown option {key!r}")
        mode[key] = value
    for key in ("cut_after", "cut_count", "rate"):
        v = mode[key]
        if v is not None and (type(v) is not int or v < (1 if key == "rate" else 0)):
            raise ValueError(f"{key} must be a non-negative integer (rate: positive) or null")
    if type(mode["delay_ms"]) is not int or mode["delay_ms"] < 0:
        raise ValueError("delay_ms must be a non-negative integer")
    if mode["direction"] not in ("up", "down"):
        raise ValueError("direction must be 'up' or 'down'")
    if any(type(mode[k]) is not bool for k in ("stall", "refuse", "reset")):
        raise ValueError("stall, refuse and reset are booleans")
    if sum(mode[k] for k in ("stall", "refuse", "reset")) > 1:
        raise ValueError("stall, refuse and reset exclude each other")
    return mode


class Proxy:
    def __init__(self, upstream: tuple, mode: dict):
        self.upstream, self.mode = upstream, mode
        self.stats = dict(connections=0, active=0, bytes_up=0, bytes_down=0, cuts=0)
        self.server = None
        self.port = 0
        self.tasks = set()
        self.unstalled = asyncio.Event()

    async def listen(self, host: str, port: int) -> None:
        self.server = await asyncio.start_server(self.accept, host, port, reuse_address=True)
        self.host, self.port = host, self.server.sockets[0].getsockname()[1]
        if self.mode["refuse"]:
            self.server.close()  # the port is known (for the ready file) but nobody answers

    async def set_mode(self, mode: dict) -> None:
        was_refusing, self.mode, self.stats["cuts"] = self.mode["refuse"], mode, 0
        print(f"mode {json.dumps(mode)}", flush=True)
        if mode["refuse"] and not was_refusing:
            self.server.close()
            self.drop_all()
        elif was_refusing and not mode["refuse"]:
            self.server = await asyncio.start_server(self.accept, self.host, self.port,
                                                     reuse_address=True)
        if not mode["stall"]:
            self.unstalled.set()
            self.unstalled = asyncio.Event()

    def drop_all(self) -> None:
        for t in list(self.tasks):
            t.cancel()

    async def accept(self, reader, writer) -> None:
        task = asyncio.current_task()
        self.tasks.add(task)
        self.stats["connections"] += 1
        self.stats["active"] += 1
        up_writer = None
        try:
            if self.mode["reset"]:
                # Linger 0 makes close() send RST instead of FIN: "connection reset by peer".
                writer.get_extra_info("socket").setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if self.mode["stall"]:
                # Nothing is read from here on (past the reader's small buffer), so an upload
                # stalls once the kernel buffers are full, and no reply ever comes. Leaving
                # stall mode closes these connections: their clients may be long gone.
                await self.unstalled.wait()
                return
            mode = self.mode
            await asyncio.sleep(mode["delay_ms"] / 1000)
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
            conn = {"up": 0, "down": 0}
            pumps = [asyncio.ensure_future(self.pump(reader, up_writer, "up", mode, conn)),
                     asyncio.ensure_future(self.pump(up_reader, writer, "down", mode, conn))]
            try:
                for finished in asyncio.as_completed(pumps):
                    if await finished == "cut":
                        break  # closing both sides below ends the other direction too
            finally:
                for p in pumps:
                    p.cancel()
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            for w in (writer, up_writer):
                if w is not None:
                    w.close()
            self.stats["active"] -= 1
            self.tasks.discard(task)

    def should_cut(self, mode: dict) -> bool:
        if mode["cut_count"] is not None and self.stats["cuts"] >= mode["cut_count"]:
            return False
        self.stats["cuts"] += 1
        print(f"cut after {mode['cut_after']} bytes {mode['direction']}", flush=True)
        return True

    async def pump(self, reader, writer, direction: str, mode: dict, conn: dict) -> str:
        cutting = mode["cut_after"] is not None and mode["direction"] == direction
        while True:
            n = CHUNK if not mode["rate"] else max(1, min(CHUNK, mode["rate"] // 20))
            if cutting:
                left = mode["cut_after"] - conn[direction]
                if left <= 0:
                    if self.should_cut(mode):
                        await writer.drain()
                        return "cut"
                    cutting = False  # this connection passes from now on
                else:
                    n = min(n, left)
            data = await reader.read(n)
            if not data:
                if writer.can_write_eof():
                    writer.write_eof()  # half-close: the other direction may still be talking
                return "eof"
            writer.write(data)
            await writer.drain()
            conn[direction] += len(data)
            self.stats["bytes_" + direction] += len(data)
            if mode["rate"]:
                await asyncio.sleep(len(data) / mode["rate"])

    async def control(self, reader, writer) -> None:
        try:
            request = (await reader.readline()).decode("latin-1").split()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            body = await reader.readexactly(length) if length else b""
            status, reply = await self.control_reply(request[:2], body)
        except (ValueError, IndexError, asyncio.IncompleteReadError) as e:
            status, reply = 400, {"error": str(e)}
        data = json.dumps(reply).encode()
        writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data)
        await writer.drain()
        writer.close()

    async def control_reply(self, request: list, body: bytes):
        if request == ["GET", "/stats"]:
            return 200, self.stats
        if request == ["GET", "/mode"]:
            return 200, self.mode
        if request == ["POST", "/reset-stats"]:
            self.stats.update(connections=0, bytes_up=0, bytes_down=0, cuts=0)
            return 200, self.stats
        if request == ["POST", "/mode"]:
            await self.set_mode(validate(json.loads(body or b"{}")))
            return 200, self.mode
        return 404, {"error": "routes: GET /stats, POST /reset-stats, GET /mode, POST /mode"}


def write_ready(path: str, data: dict) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w") as f:
        json.dump(data, f)
    os.replace(tmp, path)


async def serve(a) -> None:
    host, _, port = a.upstream.rpartition(":")
    proxy = Proxy((host or "127.0.0.1", int(port)), validate(
        {k: getattr(a, k) for k in DEFAULTS}))
    await proxy.listen("127.0.0.1", a.port)
    control = await asyncio.start_server(proxy.control, "127.0.0.1", a.control_port)
    control_port = control.sockets[0].getsockname()[1]
    done = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, done.set)
    print(f"proxy 127.0.0.1:{proxy.port} -> {a.upstream}, control {control_port}", flush=True)
    if a.ready_file:
        write_ready(a.ready_file, {"pid": os.getpid(), "port": proxy.port,
                                   "control_port": control_port})
    await done.wait()
    proxy.server.close()
    control.close()
    proxy.drop_all()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="TCP fault proxy")
    p.add_argument("--upstream", required=True, help="HOST:PORT to forward to")
    p.add_argument("--port", type=int, default=0, help="listen port on 127.0.0.1 (0 = any)")
    p.add_argument("--control-port", type=int, default=0)
    p.add_argument("--ready-file", help="written (atomically) once both ports listen")
    add_fault_args(p)
    a = p.parse_args(argv)
    try:
        validate({k: getattr(a, k) for k in DEFAULTS})
    except ValueError as e:
        p.error(str(e))
    asyncio.run(serve(a))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Transcription jobs of the Project-W emulator (shared/reference/project-w.md §6).

`router(...)` is included by projectw.py. A simulated runner, ticking every TICK_S, moves each
job along: queued for QUEUED_S, assigned, then in progress for RUN_S of runner time with rising
progress, then done. Audio whose file name contains "fail" fails at the end, like a runner that
could not decode it. Every change of a job's step or progress is published on the event stream
(`job_updated`), as upstream does (§6.4). An abort fails a queued job at once; a job on the
runner goes to `aborting` until the runner's next tick, then `failed` (§6.5).

Test switches under common.DEBUG_PREFIX: /jobs/end-streams ends every open event stream,
/jobs/runner?stalled=true stops the runner (no progress, no events) until stalled=false,
/jobs/fail?job_id=N makes the runner fail that job at its next tick, /jobs/streams counts the
open event streams and the requests for job details so far.
"""
import asyncio
import json
import threading
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional

from fastapi import APIRouter, Body, Depends, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, StreamingResponse

import common

QUEUED_S = 1.0
RUN_S = 4.0
TICK_S = 0.2
TYPES = {"as_txt", "as_srt", "as_vtt", "as_tsv", "as_json"}
FINISHED = {"success", "failed", "downloaded"}
ON_RUNNER = {"runner_assigned", "runner_in_progress", "aborting"}
DEFAULT_SETTINGS = {
    "task": "transcribe", "model": "large", "language": None,
    "alignment": {"processing": {"highlight_words": False, "max_line_count": None,
                                 "max_line_width": None},
                  "return_char_alignments": False, "interpolate_method": "nearest"},
    "diarization": None, "vad_settings": {"vad_onset": 0.5, "vad_offset": 0.363, "chunk_size": 30},
    "email_notification": False}
END_OF_STREAM = None  # put on a listener's queue to end that stream


class Jobs:
    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self.jobs: Dict[int, dict] = {}
        self.settings: Dict[int, dict] = {0: DEFAULT_SETTINGS}
        self.next_id = 1
        self.listeners: List[asyncio.Queue] = []
        self.loop: Optional[asyncio.AbstractEventLoop] = None
        # Sync routes run in worker threads, the runner in the event loop.
        self.lock = threading.RLock()
        self.stalled = False
        self.info_requests = 0  # for tests that check a client does not poll
        self.last_tick: Optional[float] = None

    def add(self, user: int, file_name: str, settings_id: int, size: int, at: float) -> dict:
        with self.lock:
            job = {"id": self.next_id, "user": user, "file_name": file_name, "created": at,
                   "settings": self.settings[settings_id], "size": size, "step": "pending_runner",
                   "work": 0.0, "progress": 0.0, "finished_at": None, "error": None,
                   "abort": False, "fail_with": None, "downloaded": False, "deleted": False}
            self.jobs[job["id"]] = job
            self.next_id += 1
            return job

    def finish(self, job: dict, step: str, error: Optional[str] = None):
        job["step"], job["error"], job["finished_at"] = step, error, self.clock()

    @staticmethod
    def step(job: dict) -> str:
        return "downloaded" if job["step"] == "success" and job["downloaded"] else job["step"]

    def tick(self):
        """One heartbeat of the runner: moves every unfinished job along, publishes changes."""
        now = self.clock()
        elapsed = 0.0 if self.last_tick is None else now - self.last_tick
        self.last_tick = now
        if self.stalled:
            return
        with self.lock:
            for job in list(self.jobs.values()):
                if job["deleted"] or job["step"] in FINISHED:
                    continue
                before = (job["step"], job["progress"])
                self.advance(job, now, elapsed)
                if (job["step"], job["progress"]) != before:
                    self.publish("job_updated", job["id"])

    def advance(self, job: dict, now: float, elapsed: float):
        step = job["step"]
        if step == "aborting":  # the runner has noticed the abort
            self.finish(job, "failed", "Job was aborted")
        elif job["fail_with"] and step in ON_RUNNER | {"pending_runner"}:
            self.finish(job, "failed", job["fail_with"])
        elif step == "pending_runner" and now >= job["created"] + QUEUED_S:
            job["step"] = "runner_assigned"
        elif step == "runner_assigned":
            job["step"] = "runner_in_progress"
        elif step == "runner_in_progress":
            job["work"] += elapsed
            job["progress"] = round(min(100.0, 100.0 * job["work"] / RUN_S), 1)
            if job["work"] >= RUN_S:
                if "fail" in job["file_name"].lower():
                    self.finish(job, "failed", "The audio could not be decoded")
                else:
                    self.finish(job, "success")

    def abort(self, job: dict):
        job["abort"] = True
        if job["step"] in ON_RUNNER:
            job["step"] = "aborting"  # until the runner stops (its next tick)
        else:
            self.finish(job, "failed", "Job was aborted")
        self.publish("job_updated", job["id"])

    def info(self, job: dict) -> dict:
        step = self.step(job)
        on_runner = step in ON_RUNNER
        # Forced to 100 for success/downloaded/aborting, 0 for other non-running steps (§6.3).
        progress = 100.0 if step in ("success", "downloaded", "aborting") else (
            job["progress"] if step == "runner_in_progress" else 0.0)
        return {
            "id": job["id"], "file_name": job["file_name"],
            "creation_timestamp": iso(job["created"]),
            "finish_timestamp": iso(job["finished_at"]) if step in FINISHED else None,
            "downloaded": (step == "downloaded") if step in ("success", "downloaded") else None,
            "error_msg": job["error"] if step == "failed" else None,
            "runner_id": 1 if on_runner else None,
            "runner_name": "emulated-runner" if on_runner else None,
            "runner_version": "0.6.0" if on_runner else None, "runner_git_hash": None,
            "runner_source_code_url": None, "settings": job["settings"], "progress": progress,
            "abort": job["abort"], "step": step}

    def transcript(self, job: dict, kind: str) -> str:
        stem = job["file_name"].rsplit(".", 1)[0]
        text = f"This is the transcript of {stem}."
        if kind == "as_txt":
            return text + "\n"
        if kind == "as_json":
            return json.dumps({"segments": [{"start": 0.0, "end": 2.5, "text": text}]})
        if kind == "as_tsv":
            return f"start\tend\ttext\n0\t2500\t{text}\n"
        stamp = ("00:00:00.000 --> 00:00:02.500" if kind == "as_vtt"
                 else "00:00:00,000 --> 00:00:02,500")
        return ("WEBVTT\n\n" if kind == "as_vtt" else "1\n") + f"{stamp}\n{text}\n"

    def send_all(self, message: Optional[str]):
        """Queues `message` for every open stream, from any thread."""
        def put():
            for q in self.listeners:
                q.put_nowait(message)
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is not None or self.loop is None:
            put()
        else:
            self.loop.call_soon_threadsafe(put)

    def publish(self, event: str, job_id: int):
        self.send_all(f"event: {event}\ndata: {job_id}\n\n")


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def router(current_user: Callable, clock: Callable[[], float],
           job_user: Optional[Callable] = None) -> APIRouter:
    """job_user: the stricter check (verified, ToS accepted) of every route but the defaults."""
    job_user = job_user or current_user
    r = APIRouter()
    store = Jobs(clock)
    now = clock()
    # Demo data for the sandbox: two finished jobs of the demo user (id 1).
    for name, size, age in (("team-meeting.mp3", 1_000_000, 3600), ("lecture-01.wav", 3_000_000,
                                                                      1800)):
        job = store.add(1, name, 0, size, now - age)
        job["work"], job["progress"] = RUN_S, 100.0
        store.finish(job, "success")
        job["finished_at"] = now - age + QUEUED_S + RUN_S

    @r.on_event("startup")
    async def start_runner():
        store.loop = asyncio.get_running_loop()

        async def run():
            while True:
                await asyncio.sleep(TICK_S)
                store.tick()
        store.loop.create_task(run())

    def own(user: dict, ids: List[int]) -> List[dict]:
        return [store.jobs[i] for i in ids
                if i in store.jobs and store.jobs[i]["user"] == user["id"]
                and not store.jobs[i]["deleted"]]

    def visible(user: dict, exclude_finished: bool, exclude_downloaded: bool) -> List[dict]:
        out = []
        for job in own(user, list(store.jobs)):
            step = store.step(job)
            if exclude_finished and step in FINISHED:
                continue
            if exclude_downloaded and step == "downloaded":
                continue
            out.append(job)
        return out

    @r.get("/api/jobs/default_settings")
    def default_settings(user: dict = Depends(current_user)):
        return DEFAULT_SETTINGS

    @r.post("/api/jobs/submit_settings")
    def submit_settings(body: dict = Body(...), is_new_default: bool = False,
                        user: dict = Depends(job_user)):
        settings = dict(DEFAULT_SETTINGS, **body)
        if settings.get("task") == "translate" and settings.get("alignment") is not None:
            return JSONResponse({"detail": [{"type": "value_error", "loc": ["body"],
                                             "msg": "Value error, alignment must be null for "
                                                    "translate", "input": body}]}, 422)
        with store.lock:
            sid = max(store.settings) + 1
            store.settings[sid] = settings
        return JSONResponse(sid)

    @r.post("/api/jobs/submit_job")
    async def submit_job(audio_file: UploadFile = File(...),
                         job_settings_id: Optional[int] = None,
                         user: dict = Depends(job_user)):
        kind = (audio_file.content_type or "").lower()
        if not kind.startswith(("audio/", "video/")):
            return JSONResponse({"detail": "Only audio or video files are supported"}, 415)
        if job_settings_id is not None and job_settings_id not in store.settings:
            return JSONResponse({"detail": "No job settings with this id exist"}, 400)
        data = await audio_file.read()
        job = store.add(user["id"], audio_file.filename or "audio", job_settings_id or 0,
                        len(data), clock())
        store.publish("job_created", job["id"])
        return JSONResponse(job["id"])

    @r.get("/api/jobs/count")
    def count(exclude_finished: bool = Query(...), exclude_downloaded: bool = Query(...),
              user: dict = Depends(job_user)):
        return JSONResponse(len(visible(user, exclude_finished, exclude_downloaded)))

    @r.get("/api/jobs/get")
    def get_ids(start_index: int = Query(..., ge=0), end_index: int = Query(..., ge=0),
                sort_key: str = Query(..., regex="^(creation_time|filename)$"),
                descending: bool = Query(...), exclude_finished: bool = Query(...),
                exclude_downloaded: bool = Query(...), user: dict = Depends(job_user)):
        jobs = visible(user, exclude_finished, exclude_downloaded)
        key = (lambda j: j["created"]) if sort_key == "creation_time" else \
            (lambda j: j["file_name"].lower())
        jobs.sort(key=key, reverse=descending)
        return [j["id"] for j in jobs[start_index:end_index + 1]]  # end is inclusive (§6.3)

    @r.get("/api/jobs/info")
    def info(job_ids: List[int] = Query(...), user: dict = Depends(job_user)):
        with store.lock:
            store.info_requests += 1
            jobs = own(user, job_ids)
            return [store.info(j) for j in reversed(jobs)]  # "no particular order"

    @r.post("/api/jobs/abort")
    def abort(ids: List[int] = Body(...), user: dict = Depends(job_user)):
        with store.lock:
            jobs = own(user, ids)
            if any(store.step(j) in FINISHED or j["step"] == "aborting" for j in jobs):
                return JSONResponse({"detail": "At least one job is already finished or "
                                               "aborting"}, 400)
            for j in jobs:
                store.abort(j)
        return JSONResponse("Success")

    @r.delete("/api/jobs/delete")
    def delete(ids: List[int] = Body(...), user: dict = Depends(job_user)):
        with store.lock:
            jobs = own(user, ids)
            if any(store.step(j) not in FINISHED for j in jobs):
                return JSONResponse({"detail": "At least one job is not finished yet"}, 400)
            for j in jobs:
                j["deleted"] = True
                store.publish("job_deleted", j["id"])
        return JSONResponse("Success")

    @r.get("/api/jobs/download_transcript")
    def download(job_id: int, transcript_type: str, user: dict = Depends(job_user)):
        if transcript_type not in TYPES:
            return JSONResponse({"detail": [{"type": "enum", "loc": ["query", "transcript_type"],
                                             "msg": "Input should be " + ", ".join(sorted(TYPES)),
                                             "input": transcript_type}]}, 422)
        with store.lock:
            jobs = own(user, [job_id])
            if not jobs or store.step(jobs[0]) not in ("success", "downloaded"):
                return JSONResponse({"detail": "No finished job with this id exists"}, 400)
            jobs[0]["downloaded"] = True
        store.publish("job_updated", job_id)
        # A JSON string literal holding the whole transcript, even for as_json (§6.5).
        return JSONResponse(store.transcript(jobs[0], transcript_type))

    @r.get("/api/jobs/events")
    async def events(request: Request, user: dict = Depends(job_user)):
        queue: asyncio.Queue = asyncio.Queue()
        store.listeners.append(queue)  # before the answer: nothing after it is missed

        async def stream():
            try:
                while not await request.is_disconnected():
                    try:
                        message = await asyncio.wait_for(queue.get(), timeout=1.0)
                    except asyncio.TimeoutError:
                        continue  # no keep-alive comments, like upstream (§6.4)
                    if message is END_OF_STREAM:
                        return
                    yield message
            finally:
                store.listeners.remove(queue)

        return StreamingResponse(stream(), media_type="text/event-stream")

    @r.post(f"{common.DEBUG_PREFIX}/jobs/end-streams")
    async def debug_end_streams():
        """Test switch: the server ends every open event stream (clients must reconnect)."""
        ended = len(store.listeners)
        store.send_all(END_OF_STREAM)
        return {"ended": ended}

    @r.get(f"{common.DEBUG_PREFIX}/jobs/streams")
    async def debug_streams():
        """Test hook: how many event streams are open, how often job details were asked for."""
        return {"open": len(store.listeners), "info_requests": store.info_requests}

    @r.post(f"{common.DEBUG_PREFIX}/jobs/runner")
    def debug_runner(stalled: bool):
        """Test switch: a stalled runner moves no job along and publishes nothing."""
        store.stalled = stalled
        return {"stalled": stalled}

    @r.post(f"{common.DEBUG_PREFIX}/jobs/fail")
    def debug_fail(job_id: int, message: str = "The runner crashed"):
        """Test switch: the runner fails this unfinished job at its next tick."""
        with store.lock:
            job = store.jobs.get(job_id)
            if job is None or job["deleted"] or store.step(job) in FINISHED:
                return JSONResponse({"detail": "No unfinished job with this id exists"}, 400)
            job["fail_with"] = message
        return {"job_id": job_id, "message": message}

    return r

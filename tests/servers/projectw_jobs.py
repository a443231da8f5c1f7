"""Transcription jobs of the Project-W emulator (shared/reference/project-w.md §6).

`router(...)` is included by projectw.py. A simulated runner moves each job along by the clock:
queued for QUEUED_S, then on a runner for RUN_S with rising progress, then done. Audio whose
file name contains "fail" fails at the end, like a runner that could not decode it.
"""
import asyncio
import json
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional

from fastapi import APIRouter, Body, Depends, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, StreamingResponse

QUEUED_S = 1.0
RUN_S = 4.0
TYPES = {"as_txt", "as_srt", "as_vtt", "as_tsv", "as_json"}
FINISHED = {"success", "failed", "downloaded"}
DEFAULT_SETTINGS = {
    "task": "transcribe", "model": "large", "language": None,
    "alignment": {"processing": {"highlight_words": False, "max_line_count": None,
                                 "max_line_width": None},
                  "return_char_alignments": False, "interpolate_method": "nearest"},
    "diarization": None, "vad_settings": {"vad_onset": 0.5, "vad_offset": 0.363, "chunk_size": 30},
    "email_notification": False}


class Jobs:
    def __init__(self):
        self.jobs: Dict[int, dict] = {}
        self.settings: Dict[int, dict] = {0: DEFAULT_SETTINGS}
        self.next_id = 1
        self.listeners: List[asyncio.Queue] = []

    def add(self, user: int, file_name: str, settings_id: int, size: int, at: float) -> dict:
        job = {"id": self.next_id, "user": user, "file_name": file_name, "created": at,
               "settings": self.settings[settings_id], "size": size, "aborted_at": None,
               "downloaded": False, "deleted": False}
        self.jobs[job["id"]] = job
        self.next_id += 1
        return job

    @staticmethod
    def step(job: dict, now: float) -> str:
        end = job["created"] + QUEUED_S + RUN_S
        if job["aborted_at"] is not None and job["aborted_at"] < end:
            return "failed"
        if now < job["created"] + QUEUED_S:
            return "pending_runner"
        if now < end:
            return "runner_in_progress"
        if "fail" in job["file_name"].lower():
            return "failed"
        return "downloaded" if job["downloaded"] else "success"

    def info(self, job: dict, now: float) -> dict:
        step = self.step(job, now)
        running = step == "runner_in_progress"
        progress = 100.0 if step in ("success", "downloaded") else (
            round(100.0 * (now - job["created"] - QUEUED_S) / RUN_S, 1) if running else 0.0)
        end = job["created"] + QUEUED_S + RUN_S
        finished_at = job["aborted_at"] if step == "failed" and job["aborted_at"] else end
        error = None
        if step == "failed":
            error = "Job was aborted" if job["aborted_at"] else "The audio could not be decoded"
        return {
            "id": job["id"], "file_name": job["file_name"],
            "creation_timestamp": iso(job["created"]),
            "finish_timestamp": iso(finished_at) if step in FINISHED else None,
            "downloaded": (step == "downloaded") if step in ("success", "downloaded") else None,
            "error_msg": error,
            "runner_id": 1 if running else None, "runner_name": "emulated-runner" if running else None,
            "runner_version": "0.6.0" if running else None, "runner_git_hash": None,
            "runner_source_code_url": None, "settings": job["settings"], "progress": progress,
            "abort": job["aborted_at"] is not None, "step": step}

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

    def publish(self, event: str, job_id: int):
        for q in self.listeners:
            q.put_nowait(f"event: {event}\ndata: {job_id}\n\n")


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def router(current_user: Callable, clock: Callable[[], float],
           job_user: Optional[Callable] = None) -> APIRouter:
    """job_user: the stricter check (verified, ToS accepted) of every route but the defaults."""
    job_user = job_user or current_user
    r = APIRouter()
    store = Jobs()
    now = clock()
    # Demo data for the sandbox: two finished jobs of the demo user (id 1).
    store.add(1, "team-meeting.mp3", 0, 1_000_000, now - 3600)
    store.add(1, "lecture-01.wav", 0, 3_000_000, now - 1800)

    def own(user: dict, ids: List[int]) -> List[dict]:
        return [store.jobs[i] for i in ids
                if i in store.jobs and store.jobs[i]["user"] == user["id"]
                and not store.jobs[i]["deleted"]]

    def visible(user: dict, exclude_finished: bool, exclude_downloaded: bool) -> List[dict]:
        t = clock()
        out = []
        for job in own(user, list(store.jobs)):
            step = store.step(job, t)
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
        t = clock()
        jobs = own(user, job_ids)
        return [store.info(j, t) for j in reversed(jobs)]  # "no particular order"

    @r.post("/api/jobs/abort")
    def abort(ids: List[int] = Body(...), user: dict = Depends(job_user)):
        t = clock()
        jobs = own(user, ids)
        if any(store.step(j, t) in FINISHED or j["aborted_at"] for j in jobs):
            return JSONResponse({"detail": "At least one job is already finished or aborting"},
                                400)
        for j in jobs:
            j["aborted_at"] = t
            store.publish("job_updated", j["id"])
        return JSONResponse("Success")

    @r.delete("/api/jobs/delete")
    def delete(ids: List[int] = Body(...), user: dict = Depends(job_user)):
        t = clock()
        jobs = own(user, ids)
        if any(store.step(j, t) not in FINISHED for j in jobs):
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
        jobs = own(user, [job_id])
        if not jobs or store.step(jobs[0], clock()) not in ("success", "downloaded"):
            return JSONResponse({"detail": "No finished job with this id exists"}, 400)
        jobs[0]["downloaded"] = True
        store.publish("job_updated", job_id)
        # A JSON string literal holding the whole transcript, even for as_json (§6.5).
        return JSONResponse(store.transcript(jobs[0], transcript_type))

    @r.get("/api/jobs/events")
    async def events(request: Request, user: dict = Depends(job_user)):
        queue: asyncio.Queue = asyncio.Queue()
        store.listeners.append(queue)

        async def stream():
            try:
                while not await request.is_disconnected():
                    try:
                        yield await asyncio.wait_for(queue.get(), timeout=1.0)
                    except asyncio.TimeoutError:
                        continue  # no keep-alive comments, like upstream (§6.4)
            finally:
                store.listeners.remove(queue)

        return StreamingResponse(stream(), media_type="text/event-stream")

    return r

"""A run resumed after a crash (`-s JOBDIR=DIR`, one process).

Scrapy writes its JOBDIR queue state and spider state only when a crawl closes cleanly, so after SIGKILL a plain
JOBDIR resumes an empty queue whose requests are all "seen". Here the JOBDIR instead keeps the run id (written as
soon as the run exists) and a journal of responses, each written to its own file the moment it arrives. Resuming
replays the crawl from the homepages: journalled responses are served from disk, everything else is fetched, and
rows already stored are skipped by the store's unique keys. So rows that were buffered and not yet committed when
the process died are simply produced again.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.core.scheduler import Scheduler as ScrapyScheduler
from scrapy.dupefilters import RFPDupeFilter as ScrapyDupeFilter
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.job import job_dir
from scrapy.utils.misc import load_object

from govcheck.distributed import distributed

RUN_FILE = "govcheck-run.json"
JOURNAL_DIR = "responses"


def read_run_file(jobdir: str) -> int | None:
    path = Path(jobdir, RUN_FILE)
    if not path.exists():
        return None
    return int(json.loads(path.read_text(encoding="utf-8"))["run_id"])


def write_run_file(jobdir: str, run_id: int) -> None:
    """Written atomically as soon as the run exists: Scrapy's own spider state is saved only on a clean close."""
    Path(jobdir).mkdir(parents=True, exist_ok=True)
    tmp = Path(jobdir, RUN_FILE + ".tmp")
    tmp.write_text(json.dumps({"run_id": run_id}), encoding="utf-8")
    os.replace(tmp, Path(jobdir, RUN_FILE))


class ReplayScheduler(ScrapyScheduler):
    """Scrapy's scheduler in memory, even with JOBDIR: a resumed run is replayed from its homepages.

    Scrapy's disk queue and requests.seen are saved consistently only on a clean close; after a crash they
    would drop the very requests that must be made again.
    """

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(
            dupefilter=ScrapyDupeFilter(None, s.getbool("DUPEFILTER_DEBUG"),
                                        fingerprinter=crawler.request_fingerprinter),
            jobdir=None,
            mqclass=load_object(s["SCHEDULER_MEMORY_QUEUE"]),
            logunser=s.getbool("SCHEDULER_DEBUG"),
            stats=crawler.stats,
            pqclass=load_object(s["SCHEDULER_PRIORITY_QUEUE"]),
            crawler=crawler,
        )


class ResponseJournal:
    """Keeps every response of a run in JOBDIR as it arrives, one file each, and serves them back on resume.

    Not journalled: probes (each must reach the site at its own time), rendered pages, and statuses that are
    retried or waited out (RETRY_HTTP_CODES, 429), so a replay asks the site again as the first attempt did.
    The key includes the request's headers, so the browser-like retry behind a bot wall is kept apart.
    """

    def __init__(self, crawler, jobdir: str):
        self.crawler = crawler
        self.jobdir = jobdir
        self.stats = crawler.stats
        self.not_kept = set(crawler.settings.getlist("RETRY_HTTP_CODES", [])) | {429}
        self.not_kept = {int(c) for c in self.not_kept}
        self.dir: Path | None = None
        crawler.signals.connect(self.bind, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = job_dir(crawler.settings)
        if not jobdir or distributed(crawler.settings):
            raise NotConfigured
        return cls(crawler, jobdir)

    def bind(self, spider=None):
        run_id = getattr(self.crawler.spider, "run_id", None)
        if run_id is not None:
            self.dir = Path(self.jobdir, JOURNAL_DIR, str(run_id))
            self.dir.mkdir(parents=True, exist_ok=True)

    def closed(self, spider=None, reason=None):
        # a finished run is never resumed: its journal is only disk space now
        if self.dir is not None and reason == "finished":
            shutil.rmtree(self.dir, ignore_errors=True)

    @staticmethod
    def key(request) -> str:
        h = hashlib.sha1()
        for part in (request.method, request.url, request.body or b""):
            h.update(part.encode("utf-8") if isinstance(part, str) else part)
            h.update(b"\x1f")
        for name, values in sorted(request.headers.items()):
            h.update(name + b":" + b",".join(values) + b"\x1f")
        return h.hexdigest()

    def kept(self, request) -> bool:
        meta = request.meta
        return self.dir is not None and not (meta.get("probe_n") or meta.get("playwright") or meta.get("dont_cache"))

    def path(self, request) -> Path:
        k = self.key(request)
        return self.dir / k[:2] / k

    def process_request(self, request):
        if not self.kept(request):
            return None
        path = self.path(request)
        if not path.exists():
            return None
        try:
            data = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            return None  # a damaged entry: fetch again
        headers = Headers(data["headers"])
        cls = responsetypes.from_args(headers=headers, url=data["url"], body=data["body"])
        self.stats.inc_value("govcheck/journal/replayed")
        return cls(url=data["url"], status=data["status"], headers=headers, body=data["body"], flags=["journal"],
                   request=request)

    def process_response(self, request, response):
        if "journal" in response.flags or not self.kept(request) or response.status in self.not_kept:
            return response
        path = self.path(request)
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps({"url": response.url, "status": response.status,
                                      "headers": dict(response.headers), "body": response.body}, protocol=4))
        os.replace(tmp, path)  # whole or absent, whenever the process dies
        self.stats.inc_value("govcheck/journal/kept")
        return response

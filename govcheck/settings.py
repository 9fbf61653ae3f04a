"""Scrapy settings of govcheck. Each one that differs from Scrapy's default says why.

Override any of them with `-s NAME=value`, or in the environment for the GOVCHECK_* URLs.
"""

import os
import shutil

BOT_NAME = "govcheck"
SPIDER_MODULES = ["govcheck.spiders"]
NEWSPIDER_MODULE = "govcheck.spiders"
COMMANDS_MODULE = "govcheck.commands"  # `scrapy crawl` exits non-zero when a run could not be done

# Who we are: site staff reading their logs should see an inspection crawler, not a browser.
USER_AGENT = "Mozilla/5.0 (compatible; govcheck/0.1; government website inspection)"
# Sent once when a crawler is refused (403/503): a site that serves browsers but walls bots is not dead.
GOVCHECK_BROWSER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
)

# The office audits sites it oversees; robots.txt would hide the very pages it must check.
ROBOTSTXT_OBEY = False  # default False, but the project template sets True
# Cookies are not needed to check links, and Scrapy's cookie code would fetch the public suffix list online.
COOKIES_ENABLED = False  # default True
# An unattended crawler exposes no consoles (RemoteControl runs Python sent to it).
TELNETCONSOLE_ENABLED = False  # default True
REMOTE_CONTROL_ENABLED = False  # default True

# Politeness: many county servers are small. Per-host limits and AutoThrottle keep load low.
CONCURRENT_REQUESTS = 64  # default 16: many hosts at once
CONCURRENT_REQUESTS_PER_DOMAIN = 4  # default 8
# Our pipelines are synchronous: Scrapy's 100 asyncio workers per response only cost CPU (measured: 13.6 ms of CPU
# per page at 100, 8 ms at 4).
CONCURRENT_ITEMS = 4  # default 100
AUTOTHROTTLE_ENABLED = True  # default False
AUTOTHROTTLE_START_DELAY = 0.5  # default 5.0: converges within a few responses anyway
AUTOTHROTTLE_MAX_DELAY = 10.0  # default 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0  # default 1.0: per host, matches the concurrency cap

# The national rule: a page that has not opened after 15 s has failed.
DOWNLOAD_TIMEOUT = 15  # default 180
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # default 1 GiB: a 500 MB page or a gzip bomb stops here
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024  # default 32 MiB
# A transient failure that succeeds on retry is not a dead link: retried once, queued behind the crawl's other
# requests instead of at once (a hanging link holds its slot for one more timeout, not two in a row).
RETRY_TIMES = 1  # default 2
RETRY_PRIORITY_ADJUST = -100  # default -1
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # default ERROR: a link that fails twice is a finding, not govcheck's error
# 429 is handled by the spider (wait as told, then unverified); 403 never retried blindly.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]  # default adds 429
# Every status reaches the spider: a 404 is a finding, not an error.
HTTPERROR_ALLOW_ALL = True  # default False
# The spider follows redirects itself to see loops, chains and where a link really lands.
REDIRECT_ENABLED = False  # default True
METAREFRESH_ENABLED = False  # default True; followed by hand too, within METAREFRESH_MAXDELAY (100 s)
# Breadth first, so each column and homepage link is reached at its shallowest depth.
DEPTH_PRIORITY = 1  # default 0
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
TWISTED_DNS_RESOLVER = "govcheck.net.GuardedResolver"  # default CachingThreadedResolver
# Verify certificates as a browser does: an expired or mismatched certificate is a finding (tls_error).
DOWNLOAD_VERIFY_CERTIFICATES = True  # default False

STATS_CLASS = "govcheck.stats.Stats"  # default MemoryStatsCollector, whose every call goes through a shim
LOG_LEVEL = "INFO"  # default DEBUG: one line per request drowns a 10,000-page crawl
LOGSTATS_INTERVAL = 60.0
LOG_FORMATTER = "govcheck.logformatter.QuietLogFormatter"  # no line per scraped item
FEED_EXPORT_ENCODING = "utf-8"  # default None: Chinese text stays readable in JSON feeds

# After decompression (HttpCompressionMiddleware, 590): a page declaring UTF-8 over GBK bytes is re-read.
DOWNLOADER_MIDDLEWARES = {
    # first of all: no request to a private, loopback or metadata address leaves (names: the resolver below)
    "govcheck.middlewares.AddressGuardMiddleware": 50,
    # Scrapy's retries, but not of a refused address
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "govcheck.middlewares.RetryMiddleware": 550,
    "govcheck.middlewares.CharsetFallbackMiddleware": 580,
    # nearer the downloader than the retries: it sees each failure first (a host that is down costs one wait)
    "govcheck.downhosts.DownHostsMiddleware": 590,
    # No spider of govcheck sets allowed_domains (off-site links are checked too): Scrapy's offsite filter lets
    # every request through, at the cost of a request_scheduled signal and a URL parse for each.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
}
# Scrapy's MetaCopyDetectionMiddleware only warns when a yielded request carries Scrapy's own meta keys; govcheck's
# carry() never copies them (spiders/fetch.py), and the check is one more layer every request and item passes.
SPIDER_MIDDLEWARES = {"scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None}
ITEM_PIPELINES = {
    "pipelines.links.LinkHealthPipeline": 300,
    "pipelines.freshness.FreshnessPipeline": 310,
    "pipelines.storage.StoragePipeline": 900,
    "govcheck.stats.ScrapedItems": 1000,  # item_scraped_count, in place of CoreStats's item_scraped signal receiver
}
EXTENSIONS = {
    # Scrapy's, but without a receiver for item_scraped: each item's signal then runs no asyncio task
    "scrapy.extensions.corestats.CoreStats": None,
    "govcheck.stats.CoreStats": 0,
    "govcheck.extensions.progress.Progress": 500,
    "govcheck.extensions.gc_tuning.GcTuning": 0,
}

# JavaScript-built lists: rendered by the system Chromium, and only for pages that need it.
GOVCHECK_CHROMIUM = os.environ.get("GOVCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# ... and a certificate sent without its intermediate completed from its caIssuers address, as a browser does
DOWNLOAD_HANDLERS = {
    "http": "govcheck.tlshandler.ChainCompletingHandler",
    "https": "govcheck.tlshandler.ChainCompletingHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": GOVCHECK_CHROMIUM,
    "headless": True,
    "args": ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
}
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_ABORT_REQUEST = "govcheck.browser.skip_subresources"
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 15000

# --- govcheck's own settings ---
GOVCHECK_SITES = "data/sites.csv"  # the site list; -a sites=FILE overrides
GOVCHECK_DATABASE_URL = None  # None: the GOVCHECK_DATABASE_URL environment variable, else SQLite in var/
GOVCHECK_RULES = "national-2019"  # rule profile: a name in data/rules/ or a path
GOVCHECK_MAX_DEPTH = 3  # link depth of pages parsed on a site; deeper links are checked, not parsed
GOVCHECK_MAX_PAGES_PER_SITE = 400  # pages parsed per site: the cap on crawl traps
# A crawl trap is told by what it yields: pages that lead on only to more pages of their own URL shape (digits and
# query values blanked: a calendar's next day, a search's next page) and add nothing new. After this many of them a
# shape's pages are checked, not parsed. Articles that differ only by id (show.jsp?id=N) are content: parsed.
GOVCHECK_MAX_URLS_PER_PATTERN = 30
GOVCHECK_COLUMN_DEPTH = 2  # nesting of sub-columns followed
GOVCHECK_MAX_LIST_PAGES = 3  # list pages read per column when page one shows no dated item
GOVCHECK_MAX_GUIDES_PER_SITE = 30  # 办事指南 pages read for their elements per site: a sample, as an inspector reads
# days an article's own date may differ from the date a list shows for it before it is a suspected faked date
# (伪造发稿日期, for a person to confirm): lists often show the day a piece was approved or put up, a day or two off
GOVCHECK_DATE_MISMATCH_DAYS = 3
GOVCHECK_CHECK_EXTERNAL = True  # check off-site links (the national rules count them)
# Wrong wordings (严重表述错误) on every page read, against data/wording.yaml and these extra lists (an office's own,
# same format, merged); data/wording-allow.csv and these extra allow lists silence hits a person found right
GOVCHECK_WORDING_CHECK = True
GOVCHECK_WORDING = []
GOVCHECK_WORDING_ALLOW = []
GOVCHECK_SKIP_HOSTS = []  # hosts whose links are recorded but not checked (e.g. a national service known to work)
GOVCHECK_ALLOWED_NETWORKS = []  # CIDRs that off-site links may reach although private; the demo allows 127.0.0.0/8
GOVCHECK_DNS_HOSTS = {}  # name -> IP, consulted before DNS
GOVCHECK_DNS_OFFLINE = False  # True: names outside GOVCHECK_DNS_HOSTS fail without a DNS query
# an extra CA file trusted when completing a chain sent without its intermediate and when telling why a certificate
# failed (the demo's own CA)
GOVCHECK_CA_BUNDLE = None
GOVCHECK_RETRY_AFTER_MAX = 30  # seconds: the longest Retry-After we honour before calling a link rate limited
GOVCHECK_429_RETRIES = 2
# A host that times out or refuses this many requests in a row is down: its other URLs are recorded with the same
# failure without waiting on it, and it is tried again after GOVCHECK_HOST_RETRY_AFTER seconds. 0: off.
GOVCHECK_HOST_DOWN_AFTER = 3
GOVCHECK_HOST_RETRY_AFTER = 30.0
# seconds after which a link judged broken is checked once more in the same run: still broken, it is
# confirmed at once; cleared, it was passing trouble and counts as ok. 0 (the default): confirmed only when
# the next run sees it again.
GOVCHECK_RECHECK_DELAY = 0.0
GOVCHECK_CHECK_MAXSIZE = 1024 * 1024  # bytes read of an off-site or unparsed page to check it
GOVCHECK_PLAYWRIGHT = True  # render scripted lists with Chromium when it is installed
GOVCHECK_PROBE_TIMEOUT = 0  # seconds per homepage probe, cron or crawl; 0: the rule profile's (15 s nationally)
GOVCHECK_CRAWL_PROBES = 3  # homepage requests counted as probes when no cron probes cover the window
GOVCHECK_CRAWL_PROBE_INTERVAL = 20.0  # seconds between them
GOVCHECK_DB_BATCH = 500  # rows per committed batch: a crash loses at most one batch
GOVCHECK_DB_FLUSH_SECONDS = 5.0
GOVCHECK_DB_RETRY_SECONDS = 30.0  # a store outage (locked file, lost connection) waited out before the crawl stops
GOVCHECK_PROGRESS_INTERVAL = 30.0  # seconds between progress lines
# allocations between young garbage collections (Python's default 700); 0: untouched. What outlives a young
# collection mid-crawl is mostly long-lived (queued requests, seen URLs): 100,000 rather than 20,000 spares the
# middle generation's collections (make bench: the collector's CPU in the crawl 0.93-1.16 s -> 0.57 s)
GOVCHECK_GC_THRESHOLD = 100000
GOVCHECK_PROGRESS_BAR = "auto"  # a progress bar on stderr: "auto" when it is a terminal, True or False
GOVCHECK_REDIS_URL = os.environ.get("GOVCHECK_REDIS_URL", "redis://127.0.0.1:6379/0")
# Workers share one run through Redis (govcheck/distributed/); -s GOVCHECK_DISTRIBUTED=1 or the environment
GOVCHECK_DISTRIBUTED = os.environ.get("GOVCHECK_DISTRIBUTED", "").lower() in ("1", "true", "yes", "on")
GOVCHECK_WORKER_TIMEOUT = 60  # seconds without a heartbeat before a distributed worker is taken for dead
GOVCHECK_REDIS_PATIENCE = 30  # seconds a Redis outage is waited out before the worker stops (exit code 4)

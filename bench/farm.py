"""A generated farm of portals on loopback for benchmarks: deterministic from a seed, built in memory.

Site n (1-based) is served at 127.0.1.n, sites 200 and beyond at 127.1.x.y (the loopback 127.0.0.0/8 all
answers on Linux); 127.0.1.200 is an "external" host the sites link to. Each site has
a homepage with a menu of columns (栏目), paginated TRS-like list pages and dated articles; every page links
to other pages of its site, to an image or two, sometimes to an attachment, and about once to another site
of the farm or to the external host. About 0.7% of those content links are planted 404s (~2% of the
distinct URLs). The tail, off unless asked for: links to a host that accepts connections and never answers
(127.0.1.201, `hanging`), a listed site that is down (every request waits 12 s, then 504; `down`), and links
to a host that refuses connections (127.0.1.202, nothing listens there; `refused`, a share of the sites).
Pages are rendered per request from the model; nothing is written to disk. With
--prerender every answer is rendered to its HTTP bytes up front and served by a bare asyncio protocol, so
the farm spends as little CPU as possible per request (for benchmarks where it shares the cores).

Serve it from its own process, so it does not compete with the crawler for the GIL:

    python -m bench.farm --port 0 --sites 10 --pages 550 --seed 1     # prints "READY <port>"; Ctrl-C stops
    python -m bench.farm --sites 1000 --pages 25 --friends 10 --prerender
    python -m bench.farm --sites 10 --hanging 12 --down 1 --refused 0.2   # with the tail
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

AS_OF = date(2026, 11, 26)
EXTERNAL_IP = "127.0.1.200"
EXTERNAL_PAGES = 200  # /ext/<n>.html on the external host
PER_LIST_MAX = 21  # a column of t pages gets ceil(t / 21) list pages: at most 20 items each
BROKEN_P = 0.007  # chance that one content link (related, image, attachment, cross-site) is a planted 404
HANG_IP = "127.0.1.201"  # accepts connections and answers nothing in time
REFUSED_IP = "127.0.1.202"  # nothing listens here: every connection is refused
DOWN_DELAY = 12.0  # a down site answers every request after this many seconds, with a 504
DOWN_DEEP_LINKS = 6  # articles of a down site linked from other sites' articles (its homepage: from every homepage)
# The hanging host answers (504) only after this long, far past any tool's timeout (10 s in the benchmarks), so a
# client that never gives up cannot hold the farm's connections forever.
HANG_HOLD = 600.0

COLUMNS = (
    ("xwdt", "工作动态"), ("tzgg", "通知公告"), ("zcwj", "政策文件"), ("zcjd", "政策解读"),
    ("rsxx", "人事信息"), ("czzj", "财政预决算"), ("jyta", "建议提案办理"), ("hygq", "回应关切"),
)
PLACES = ("东湖", "西山", "南岭", "北川", "青江", "白石", "长宁", "安平", "永和", "新丰",
          "临川", "清河", "云岭", "金沙", "桃源", "平湖", "石门", "柳州", "江华", "宁远")
TOPICS = ("安全生产", "乡村振兴", "营商环境", "防汛抗旱", "民生实事", "生态环境保护", "城市更新", "政务公开",
          "疫情防控", "森林防火", "招商引资", "文明城市创建", "河长制", "食品安全", "就业创业", "养老服务")
TITLE_FORMS = ("{place}召开{topic}工作会议", "关于做好{topic}工作的通知", "{place}部署{topic}重点任务",
               "{topic}专项行动取得阶段性成效", "关于印发《{place}{topic}实施方案》的通知", "{place}开展{topic}督查",
               "《{place}{topic}实施方案》政策解读", "关于{topic}有关情况的公示")
SENTENCES = (
    "会议强调，要坚持以人民为中心的发展思想，把各项工作落到实处。",
    "各乡镇、各部门要进一步提高思想认识，切实增强责任感和紧迫感。",
    "要加强统筹协调，明确责任分工，形成工作合力，确保各项任务按期完成。",
    "会议听取了相关单位工作情况汇报，研究部署了下一阶段重点工作。",
    "要聚焦群众急难愁盼问题，持续推进民生实事项目建设。",
    "要严格落实属地管理责任、部门监管责任和企业主体责任。",
    "今年以来，全区上下围绕年度目标任务，攻坚克难，各项工作稳步推进。",
    "下一步，将继续完善工作机制，加大督查力度，巩固提升工作成效。",
    "本通知自印发之日起施行，执行中遇到的问题请及时向牵头单位反映。",
    "各单位要认真对照文件要求，结合实际制定具体措施并抓好落实。",
    "此次活动共发放宣传资料三千余份，现场解答群众咨询二百余人次。",
    "据统计，前三季度全区完成固定资产投资同比增长百分之六点八。",
    "要强化数据共享和业务协同，推动更多事项实现网上办、掌上办、一次办。",
    "与会人员围绕议题进行了深入讨论，提出了许多有针对性的意见建议。",
)
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
FILE_BODIES = {
    "jpg": ("image/gif", GIF + b"\x00" * 400),  # the bytes of a tiny GIF: no tool here decodes images
    "png": ("image/gif", GIF + b"\x00" * 200),
    "pdf": ("application/pdf", b"%PDF-1.4\n" + b"% govcheck bench attachment\n" * 40 + b"%%EOF\n"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             b"PK\x03\x04" + b"\x00" * 1200),
}
SITE_LIST_COLUMNS = ("site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note")


@dataclass(frozen=True)
class Link:
    tag: str  # a or img
    path: str  # root-relative path, or relative to the page ("./…")
    text: str = ""
    host: str | None = None  # another host's IP; None: the page's own site


@dataclass(frozen=True)
class Page:
    path: str
    kind: str  # home, list, article
    title: str
    column: int = -1
    day: date | None = None  # articles: the publication date
    list_no: int = 0  # list pages: 0 for /col/, k for /col/index_k.html
    list_count: int = 1


@dataclass(frozen=True)
class FarmCounts:
    sites: int
    pages: int  # HTML pages of the farm's sites (the external host not included)
    occurrences: int  # every <a href> and <img src> on those pages
    distinct_urls: int  # distinct absolute targets of those links (homepages included)
    broken: int  # distinct planted broken targets: the 404s and the tail's URLs below
    broken_occurrences: int  # of the planted 404s
    not_found: int = 0  # distinct planted 404 targets
    hanging: int = 0  # distinct URLs on the host that never answers
    down: int = 0  # distinct URLs of the down sites: their homepages and the pages other sites link to
    refused: int = 0  # distinct URLs on the host that refuses connections
    down_sites: int = 0  # listed sites that are down (counted in `sites`; their pages are not in `pages`)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def site_ip(n: int) -> str:
    if n < 200:
        return f"127.0.1.{n}"
    return f"127.1.{(n - 200) // 250}.{(n - 200) % 250 + 1}"  # past 127.0.1.x; host bytes 0 and 255 avoided


class Site:
    """One generated portal: its pages, the files they link to, and each page's links."""

    def __init__(self, n: int, sites: int, pages: int, seed: int):
        self.n, self.ip = n, site_ip(n)
        suffix = f"（{(n - 1) // len(PLACES) + 1}）" if n > len(PLACES) else ""  # beyond 20 sites names repeat
        self.name = f"基准市{PLACES[(n - 1) % len(PLACES)]}区人民政府{suffix}"
        self.site_id = f"farm{n:02d}"
        self.site_code = f"{439100 + n:06d}0001"
        self.pages: list[Page] = []
        self.files: dict[str, str] = {"/images/logo.png": "png"}  # path -> extension
        self.links: list[tuple[Link, ...]] = []
        self.broken: list[tuple[str | None, str]] = []  # (host, path) of planted 404s
        self.tail: list[tuple[str, str, str]] = []  # (kind, host, path) of the tail's links on its pages
        self._rng = random.Random(f"{seed}/{n}")
        self._seed, self._sites = seed, sites
        self._build_pages(pages)

    # --- the pages ---
    def _build_pages(self, pages: int) -> None:
        ncol = min(len(COLUMNS), (pages - 1) // 2)
        self.columns = COLUMNS[:ncol]
        self.pages.append(Page("/", "home", self.name))
        self.column_pages: list[list[int]] = []  # per column: indices of its list pages, then its articles
        self.articles: list[int] = []
        rest = pages - 1
        serial = 0
        for c, (code, cname) in enumerate(self.columns):
            total = rest // ncol + (1 if c < rest % ncol else 0)
            nlist = max(1, -(-total // PER_LIST_MAX))
            narticles = total - nlist
            idx = []
            for k in range(nlist):
                path = f"/{code}/" if k == 0 else f"/{code}/index_{k}.html"
                idx.append(len(self.pages))
                self.pages.append(Page(path, "list", cname, column=c, list_no=k, list_count=nlist))
                self.files.setdefault(f"/images/banner_{code}.jpg", "jpg")
            day = AS_OF - timedelta(days=1 + c)
            for _ in range(narticles):
                serial += 1
                aid = self.n * 100000 + serial
                title = self._rng.choice(TITLE_FORMS).format(place=self.name[3:5], topic=self._rng.choice(TOPICS))
                path = f"/{code}/{day:%Y%m}/t{day:%Y%m%d}_{aid}.html"
                idx.append(len(self.pages))
                self.articles.append(len(self.pages))
                self.pages.append(Page(path, "article", title, column=c, day=day))
                day -= timedelta(days=self._rng.randint(1, 4))
            self.column_pages.append(idx)
        self.by_path = {p.path: i for i, p in enumerate(self.pages)}

    def list_items(self, page: Page) -> list[int]:
        """The articles a list page shows, newest first."""
        idx = self.column_pages[page.column]
        arts = idx[page.list_count:]
        per = -(-len(arts) // page.list_count) if arts else 0
        return arts[page.list_no * per:(page.list_no + 1) * per]

    # --- the links ---
    def build_links(self, all_sites: list[Site], friends: int | None = None) -> None:
        self._broken_serial = 0
        self.friends = self._friends(all_sites, friends)
        for i, page in enumerate(self.pages):
            rng = random.Random(f"{self._seed}/{self.n}/{i}")
            self.links.append(tuple(self._page_links(i, page, rng, all_sites)))

    def _friends(self, all_sites: list[Site], friends: int | None) -> list[Site]:
        """The portals the homepage lists under 相关链接: every other one, or the next ``friends`` of them."""
        if friends is None or friends >= len(all_sites) - 1:
            return [s for s in all_sites if s is not self]
        return [all_sites[(self.n - 1 + k) % len(all_sites)] for k in range(1, friends + 1)]

    def _nav(self) -> list[Link]:
        return [Link("a", "/", "首页")] + [Link("a", f"/{code}/", name) for code, name in self.columns]

    def _page_links(self, i: int, page: Page, rng: random.Random, all_sites: list[Site]) -> list[Link]:
        links = [Link("img", "/images/logo.png", self.name)] + self._nav()
        if page.kind == "home":
            for c, (code, _name) in enumerate(self.columns):
                links.append(Link("a", f"/{code}/", "更多"))
                first_list = self.pages[self.column_pages[c][0]]
                for j in self.list_items(first_list)[:5]:
                    links.append(Link("a", self.pages[j].path, self.pages[j].title))
            for other in self.friends:  # 相关链接
                links.append(Link("a", "/", other.name, host=other.ip))
            links.append(self._content(Link("img", f"/images/banner_{self.columns[0][0]}.jpg", "专题"), rng, page))
        elif page.kind == "list":
            code = self.columns[page.column][0]
            links.append(self._content(Link("img", f"/images/banner_{code}.jpg", page.title), rng, page))
            for j in self.list_items(page):
                art = self.pages[j]
                links.append(Link("a", "./" + art.path.split("/", 2)[2], art.title))
            pager = [(0, "首页")] + ([(page.list_no - 1, "上一页")] if page.list_no > 0 else [])
            pager += [(page.list_no + 1, "下一页")] if page.list_no + 1 < page.list_count else []
            pager += [(page.list_count - 1, "尾页")]
            for k, text in pager:
                links.append(Link("a", "./" if k == 0 else f"./index_{k}.html", text))
            links.append(self._cross(rng, all_sites, page))
        else:
            code = self.columns[page.column][0]
            stem = page.path.rsplit("/", 1)[1].split(".")[0][1:]  # 20261120_100012
            for k in range(rng.randint(1, 2)):
                path = f"/{code}/{page.day:%Y%m}/W0{stem.replace('_', '')}{k}.jpg"
                self.files[path] = "jpg"
                links.append(self._content(Link("img", path, page.title), rng, page))
            if rng.random() < 0.15:
                ext = rng.choice(("pdf", "docx"))
                path = f"/{code}/{page.day:%Y%m}/P0{stem.replace('_', '')}.{ext}"
                self.files[path] = ext
                links.append(self._content(Link("a", path, f"{page.title}.{ext}"), rng, page))
            for j in rng.sample(self.articles, k=min(len(self.articles), rng.randint(4, 6))):
                if j != i:
                    links.append(self._content(Link("a", self.pages[j].path, self.pages[j].title), rng, page))
            links.append(self._cross(rng, all_sites, page))
        return links

    def _cross(self, rng: random.Random, all_sites: list[Site], page: Page) -> Link:
        """About one link per page leaves the site: to another portal of the farm or to the external host."""
        if len(all_sites) > 1 and rng.random() < 0.5:
            k = rng.randrange(len(all_sites) - 1)  # any site but this one (as rng.choice of the others would)
            other = all_sites[k if k < self.n - 1 else k + 1]
            j = rng.choice(other.articles) if other.articles else 0
            link = Link("a", other.pages[j].path, other.pages[j].title, host=other.ip)
        else:
            n = rng.randrange(EXTERNAL_PAGES)
            link = Link("a", f"/ext/{n}.html", f"政务服务专题{n}", host=EXTERNAL_IP)
        return self._content(link, rng, page)

    def _content(self, link: Link, rng: random.Random, page: Page) -> Link:
        """The link as generated, or (rarely) a planted 404 of the same kind."""
        if rng.random() >= BROKEN_P:
            return link
        self._broken_serial += 1
        tag = f"{self.n}{self._broken_serial:05d}"
        head, _, name = link.path.rpartition("/")
        ext = name.rsplit(".", 1)[1] if "." in name else "html"
        if link.host == EXTERNAL_IP:
            path = f"/ext/gone_{tag}.html"
        elif ext == "html" or not name:
            day = page.day or AS_OF - timedelta(days=30)
            code = self.columns[max(page.column, 0)][0]
            path = f"/{code}/{day:%Y%m}/t{day:%Y%m%d}_9{tag}.html"
        else:
            path = f"{head}/W0{tag}_missing.{ext}"
        self.broken.append((link.host, path))
        return Link(link.tag, path, link.text, host=link.host)


class Farm:
    """The whole farm; `counts()` and `broken_urls()` are the truth a benchmark compares with.

    The tail (all off by default): ``hanging`` links to the host that never answers, spread over the sites;
    ``down`` more listed sites that are down, linked from every homepage and from a few articles; ``refused``:
    the share of sites with one link to the host that refuses connections. Each is a planted broken URL.
    """

    def __init__(self, sites: int = 10, pages_per_site: int = 550, seed: int = 1, port: int = 8899,
                 friends: int | None = None, hanging: int = 0, down: int = 0, refused: float = 0.0,
                 down_delay: float = DOWN_DELAY):
        if not 1 <= sites <= 50_000:
            raise ValueError("sites must be 1..50000")
        if pages_per_site < 3:
            raise ValueError("pages_per_site must be at least 3")
        if hanging < 0 or down < 0 or not 0 <= refused <= 1:
            raise ValueError("hanging and down must be at least 0, refused a share of the sites")
        self.sites_n, self.pages_per_site, self.seed, self.friends = sites, pages_per_site, seed, friends
        self.hanging, self.down, self.refused, self.down_delay = hanging, down, refused, down_delay
        self.port = port  # in the URLs of the site list and cross-site links; FarmServer sets the one it binds
        self.sites = [Site(n, sites, pages_per_site, seed) for n in range(1, sites + 1)]
        for site in self.sites:
            site.build_links(self.sites, friends)
        # down sites come after the others, so the farm without them is the same; their pages are never served
        self.down_sites = [Site(n, sites, pages_per_site, seed) for n in range(sites + 1, sites + down + 1)]
        self._plant_tail()
        self.by_ip = {s.ip: s for s in self.sites}
        self.down_ips = {s.ip for s in self.down_sites}

    def _plant_tail(self) -> None:
        """Adds the tail's links to pages, from an rng of its own: without a tail the farm is unchanged."""
        rng = random.Random(f"{self.seed}/tail")

        def add(site: Site, i: int, kind: str, link: Link) -> None:
            site.links[i] = (*site.links[i], link)  # last on the page: a homepage banner, a related article
            site.tail.append((kind, link.host, link.path))

        def some_page(site: Site) -> int:
            return rng.choice(site.articles) if site.articles else 0

        for k in range(self.hanging):  # one each on the first sites, round again when there are fewer sites
            site = self.sites[k % len(self.sites)]
            add(site, some_page(site), "hanging", Link("a", f"/hang/{k + 1}.html", f"办事指南{k + 1}", host=HANG_IP))
        for down in self.down_sites:
            for site in self.sites:
                add(site, 0, "down", Link("a", "/", down.name, host=down.ip))
            for k in range(min(DOWN_DEEP_LINKS, len(down.articles))):
                site, j = self.sites[k % len(self.sites)], down.articles[k]
                add(site, some_page(site), "down", Link("a", down.pages[j].path, down.pages[j].title, host=down.ip))
        for site in sorted(rng.sample(self.sites, round(self.refused * len(self.sites))), key=lambda s: s.n):
            link = Link("a", f"/refused/{site.n}.html", "网上办事大厅", host=REFUSED_IP)
            add(site, some_page(site), "refused", link)

    @property
    def listed_sites(self) -> list[Site]:
        """The sites of the site list: those that answer, then those that are down."""
        return self.sites + self.down_sites

    @property
    def ips(self) -> list[str]:
        """The IPs the farm serves (the refused host is not one of them)."""
        return [s.ip for s in self.listed_sites] + [EXTERNAL_IP] + ([HANG_IP] if self.hanging else [])

    def homepages(self, port: int | None = None) -> list[str]:
        port = port or self.port
        return [f"http://{s.ip}:{port}/" for s in self.listed_sites]

    @staticmethod
    def absolute(site: Site, page_path: str, link: Link, port: int) -> str:
        host = link.host or site.ip
        path = link.path
        if path.startswith("./"):
            path = page_path.rsplit("/", 1)[0] + "/" + path[2:]
        return f"http://{host}:{port}{path}"

    def link_targets(self, port: int | None = None):
        """(site, source URL, absolute target, tag) of every link occurrence."""
        port = port or self.port
        for site in self.sites:
            for page, links in zip(site.pages, site.links, strict=True):
                for link in links:
                    source = f"http://{site.ip}:{port}{page.path}"
                    yield site, source, self.absolute(site, page.path, link, port), link.tag

    def not_found_urls(self, port: int | None = None) -> set[str]:
        """The planted 404s."""
        port = port or self.port
        return {f"http://{host or site.ip}:{port}{path}" for site in self.sites for host, path in site.broken}

    def tail_urls(self, port: int | None = None) -> dict[str, set[str]]:
        """The tail's broken URLs by kind: hanging, down (each down site's homepage included), refused."""
        port = port or self.port
        out: dict[str, set[str]] = {"hanging": set(), "down": set(), "refused": set()}
        out["down"] |= {f"http://{s.ip}:{port}/" for s in self.down_sites}  # listed: every tool starts there
        for site in self.sites:
            for kind, host, path in site.tail:
                out[kind].add(f"http://{host}:{port}{path}")
        return out

    def broken_kinds(self, port: int | None = None) -> dict[str, str]:
        """Every planted broken URL and its kind: 404, hanging, down or refused."""
        kinds = dict.fromkeys(self.not_found_urls(port), "404")
        for kind, urls in self.tail_urls(port).items():
            kinds.update(dict.fromkeys(urls, kind))
        return kinds

    def broken_urls(self, port: int | None = None) -> set[str]:
        """Every planted broken URL: a 404, or a URL that never answers in time or refuses the connection."""
        return set(self.broken_kinds(port))

    def counts(self) -> FarmCounts:
        occurrences = 0
        distinct = set(self.homepages())
        for _site, _src, target, _tag in self.link_targets():
            occurrences += 1
            distinct.add(target)
        tail = self.tail_urls()
        return FarmCounts(sites=len(self.listed_sites), pages=sum(len(s.pages) for s in self.sites),
                          occurrences=occurrences, distinct_urls=len(distinct), broken=len(self.broken_urls()),
                          broken_occurrences=sum(len(s.broken) for s in self.sites),
                          not_found=len(self.not_found_urls()), hanging=len(tail["hanging"]),
                          down=len(tail["down"]), refused=len(tail["refused"]), down_sites=len(self.down_sites))

    def site_rows(self, port: int | None = None) -> list[dict]:
        port = port or self.port
        return [{"site_id": s.site_id, "name": s.name, "url": f"http://{s.ip}:{port}/", "site_code": s.site_code,
                 "sponsor": f"{s.name}办公室", "kind": "portal", "region": f"基准市{s.name[3:5]}区",
                 "status": "active", "note": "bench farm"} for s in self.listed_sites]

    def write_site_list(self, path: str | Path, port: int | None = None) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=SITE_LIST_COLUMNS)
            writer.writeheader()
            writer.writerows(self.site_rows(port))
        return path

    # --- answering requests ---
    def respond(self, ip: str, path: str, port: int | None = None) -> tuple[int, str, bytes]:
        """(status, content type, body) for GET ``path`` on the host at ``ip``."""
        if ip in self.down_ips or ip == HANG_IP:  # what they answer, if anyone waits long enough (see `delay`)
            return 504, "text/html; charset=utf-8", GATEWAY_TIMEOUT
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nDisallow:\n"
        if ip == EXTERNAL_IP:
            if path == "/" or (path.startswith("/ext/") and path[5:-5].isdigit() and int(path[5:-5]) < EXTERNAL_PAGES):
                return 200, "text/html; charset=utf-8", render_external(path).encode()
            return 404, "text/html; charset=utf-8", NOT_FOUND
        site = self.by_ip.get(ip)
        if site is None:
            return 404, "text/html; charset=utf-8", NOT_FOUND
        i = site.by_path.get(path)
        if i is not None:
            return 200, "text/html; charset=utf-8", render_page(self, site, i, port or self.port).encode()
        ext = site.files.get(path)
        if ext is not None:
            ctype, body = FILE_BODIES[ext]
            return 200, ctype, body
        return 404, "text/html; charset=utf-8", NOT_FOUND

    def delay(self, ip: str) -> float:
        """Seconds the host at ``ip`` waits before it answers: 0, ``down_delay`` (12 s) for a down site, HANG_HOLD
        for the hanging host."""
        if ip == HANG_IP:
            return HANG_HOLD
        return self.down_delay if ip in self.down_ips else 0.0


NOT_FOUND = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
GATEWAY_TIMEOUT = b"<html><head><title>504 Gateway Time-out</title></head><body><h1>504</h1></body></html>"


# --- HTML ---
def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _href(farm: Farm, site: Site, link: Link, port: int) -> str:
    return f"http://{link.host}:{port}{link.path}" if link.host else link.path


def _a(farm: Farm, site: Site, link: Link, port: int) -> str:
    if link.tag == "img":
        return f'<img src="{_href(farm, site, link, port)}" alt="{_esc(link.text)}">'
    return f'<a href="{_href(farm, site, link, port)}" title="{_esc(link.text)}">{_esc(link.text)}</a>'


def _paragraphs(rng: random.Random, n: int) -> str:
    return "".join("<p>" + "".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6))) + "</p>" for _ in range(n))


def render_page(farm: Farm, site: Site, i: int, port: int) -> str:
    page, links = site.pages[i], site.links[i]
    rng = random.Random(f"text/{farm.seed}/{site.n}/{i}")
    a = lambda link: _a(farm, site, link, port)  # noqa: E731
    logo, nav, rest = links[0], links[1:1 + 1 + len(site.columns)], list(links[2 + len(site.columns):])
    meta = [f'<meta name="SiteName" content="{site.name}">', f'<meta name="SiteIDCode" content="{site.site_code}">']
    if page.kind == "article":
        meta += [f'<meta name="ArticleTitle" content="{_esc(page.title)}">',
                 f'<meta name="PubDate" content="{page.day} 09:{i % 60:02d}">',
                 f'<meta name="ColumnName" content="{site.columns[page.column][1]}">']
    elif page.kind == "list":
        meta.append(f'<meta name="ColumnName" content="{page.title}">')
    title = page.title if page.kind == "home" else f"{page.title}_{site.name}"
    out = ['<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">', *meta, f"<title>{_esc(title)}</title>",
           "</head><body>",
           f'<div class="header">{a(logo)}</div>',
           '<div class="nav"><ul>' + "".join(f"<li>{a(link)}</li>" for link in nav) + "</ul></div>",
           '<div class="main">']
    if page.kind == "home":
        for c, (_code, cname) in enumerate(site.columns):
            more = rest.pop(0)
            first = site.pages[site.column_pages[c][0]]
            items = [rest.pop(0) for _ in site.list_items(first)[:5]]
            out.append(f'<div class="lm"><h3>{cname}</h3>{a(more)}<ul>')
            out += [f"<li>{a(x)}<span>{site.pages[site.by_path[x.path]].day}</span></li>" for x in items]
            out.append("</ul></div>")
        friends, rest = rest[:len(site.friends)], rest[len(site.friends):]
        out.append('<div class="xglj"><h3>相关链接</h3><ul>' + "".join(f"<li>{a(x)}</li>" for x in friends)
                   + "</ul></div>")
        out += [f'<div class="banner">{a(x)}</div>' for x in rest]
        out.append(_paragraphs(rng, 1))
    elif page.kind == "list":
        banner, rest = rest[0], rest[1:]
        cross = rest.pop()
        items = site.list_items(page)
        out.append(f'<div class="banner">{a(banner)}</div>'
                   f'<div class="position">当前位置：首页 &gt; {page.title}</div>')
        out.append('<ul class="list">')
        for j, link in zip(items, rest, strict=False):
            out.append(f"<li>{a(link)}<span>{site.pages[j].day}</span></li>")
        out.append("</ul>")
        pager = rest[len(items):]
        script = f'<script>createPageHTML({page.list_count}, {page.list_no}, "index", "html");</script>'
        out.append(f'<div class="page">{script}'
                   + " ".join(a(x) for x in pager) + "</div>")
        out.append(f'<div class="tj">推荐：{a(cross)}</div>')
    else:
        out.append(f'<div class="position">当前位置：首页 &gt; {site.columns[page.column][1]}</div>')
        out.append(f'<h1>{_esc(page.title)}</h1><div class="info">发布时间：{page.day} 来源：{site.name}</div>')
        out.append('<div class="content">' + _paragraphs(rng, rng.randint(4, 9)))
        images = [x for x in rest if x.tag == "img"]
        out += [f"<p style=\"text-align:center\">{a(x)}</p>" for x in images]
        others = [x for x in rest if x.tag != "img"]
        files = [x for x in others if x.path.endswith((".pdf", ".docx"))]
        out += [f"<p>附件：{a(x)}</p>" for x in files]
        out.append('</div><div class="xgwz"><h3>相关文章</h3><ul>')
        out += [f"<li>{a(x)}</li>" for x in others if x not in files]
        out.append("</ul></div>")
    out.append(f'</div><div class="footer"><p>主办单位：{site.name}办公室 网站标识码：{site.site_code}</p>'
               f"<p>湘ICP备{site.n:08d}号 湘公网安备{430000 + site.n:06d}00001号</p></div></body></html>")
    return "\n".join(out)


def render_external(path: str) -> str:
    n = path[5:-5] if path.startswith("/ext/") else "首页"
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>政务服务专题{n}</title></head>'
            f"<body><h1>政务服务专题{n}</h1><p>{''.join(SENTENCES[:6])}</p></body></html>")


# --- serving ---
async def _serve(farm: Farm, port: int) -> None:
    from aiohttp import web

    async def handle(request: web.Request) -> web.StreamResponse:
        sock = request.transport.get_extra_info("sockname") if request.transport else None
        ip = sock[0] if sock else ""
        if wait := farm.delay(ip):  # a down or hanging host; the sleep ends early when the client gives up
            await asyncio.sleep(wait)
        status, ctype, body = farm.respond(ip, request.path, port)
        # the header LinkChecker documents for lifting its per-host rate limit: the benchmark runs both unthrottled
        headers = {"Content-Type": ctype, "LinkChecker": "allow"}
        return web.Response(status=status, body=body, headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    # handler_cancellation: a client that gives up on a slow answer ends its handler; a stop does not wait for them
    runner = web.AppRunner(app, access_log=None, handle_signals=False, handler_cancellation=True, shutdown_timeout=1.0)
    await runner.setup()
    for ip in farm.ips:
        await web.TCPSite(runner, ip, port, backlog=1024).start()
    print(f"READY {port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


# --- serving pre-rendered answers, as cheaply as Python can ---
Answer = tuple[bytes, bytes]  # the head of an HTTP/1.1 answer, and its body


REASONS = {200: "OK", 404: "Not Found", 504: "Gateway Time-out"}


def _answer(status: int, ctype: str, body: bytes) -> Answer:
    reason = REASONS[status]
    head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            "LinkChecker: allow\r\n\r\n")
    return head.encode(), body


NOT_FOUND_ANSWER = _answer(404, "text/html; charset=utf-8", NOT_FOUND)
# Seconds an idle kept-alive connection stays open, as on real servers (nginx 75 s, Apache 5 s): a crawler that
# keeps idle connections to a thousand hosts must not exhaust the farm's descriptors.
KEEPALIVE_TIMEOUT = 60.0


def prerender(farm: Farm, port: int) -> dict[str, dict[bytes, Answer]]:
    """Every answer of the farm as bytes, by IP and path: what `farm.respond` gives, rendered once."""
    out: dict[str, dict[bytes, Answer]] = {}
    paths = {site.ip: [*site.by_path, *site.files] for site in farm.sites}
    paths[EXTERNAL_IP] = ["/", *(f"/ext/{n}.html" for n in range(EXTERNAL_PAGES))]
    for ip, ip_paths in paths.items():
        out[ip] = {path.encode(): _answer(*farm.respond(ip, path, port)) for path in [*ip_paths, "/robots.txt"]}
    return out


def stalls(farm: Farm, port: int) -> dict[str, tuple[float, Answer]]:
    """The hosts that answer late, by IP: (seconds they wait, the answer they then give to every request)."""
    return {ip: (farm.delay(ip), _answer(*farm.respond(ip, "/", port))) for ip in farm.ips if farm.delay(ip)}


class _Prerendered(asyncio.Protocol):
    """HTTP/1.1 with keep-alive for GET and HEAD without a body (what a crawler sends), from a dict of bytes."""

    def __init__(self, answers: dict[str, dict[bytes, Answer]], keepalive: float = KEEPALIVE_TIMEOUT,
                 slow: dict[str, tuple[float, Answer]] | None = None):
        self.answers, self.site, self.buf, self.keepalive = answers, {}, b"", keepalive
        self.slow = slow or {}
        self.idle = None
        self.delay, self.default, self.pending = 0.0, NOT_FOUND_ANSWER, 0

    def connection_made(self, transport) -> None:
        self.transport = transport
        ip = transport.get_extra_info("sockname")[0]
        self.site = self.answers.get(ip, {})
        self.delay, self.default = self.slow.get(ip, (0.0, NOT_FOUND_ANSWER))
        self._wait()

    def connection_lost(self, exc) -> None:
        self.idle.cancel()

    def _wait(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
        if not self.pending:  # a connection waiting for a late answer is not idle
            self.idle = asyncio.get_running_loop().call_later(self.keepalive, self.transport.close)

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data
        while (end := buf.find(b"\r\n\r\n")) >= 0:
            head, buf = buf[:end], buf[end + 4:]
            method, _, rest = head.partition(b" ")
            head_, body = self.site.get(rest.split(b" ", 1)[0].split(b"?", 1)[0], self.default)
            out, close = head_ if method == b"HEAD" else head_ + body, b"\r\nconnection: close" in head.lower()
            if self.delay:  # a down or hanging host: the answer is scheduled, the event loop goes on
                self.pending += 1
                asyncio.get_running_loop().call_later(self.delay, self._late, out, close)
            else:
                self.transport.write(out)
                if close:
                    self.transport.close()
            if close:
                return
        self.buf = buf
        self._wait()

    def _late(self, out: bytes, close: bool) -> None:
        self.pending -= 1
        if self.transport.is_closing():  # the client gave up
            return
        self.transport.write(out)
        if close:
            self.transport.close()
        else:
            self._wait()


async def _serve_prerendered(farm: Farm, port: int, keepalive: float = KEEPALIVE_TIMEOUT) -> None:
    answers, slow = prerender(farm, port), stalls(farm, port)
    loop = asyncio.get_running_loop()
    servers = [await loop.create_server(lambda: _Prerendered(answers, keepalive, slow), ip, port, backlog=1024)
               for ip in farm.ips]
    print(f"READY {port}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


def free_port(ip: str = "127.0.1.1") -> int:
    import socket

    with socket.socket() as s:
        s.bind((ip, 0))
        return s.getsockname()[1]


class FarmServer:
    """The farm served by a child process (`python -m bench.farm`); a context manager that always stops it."""

    def __init__(self, farm: Farm, port: int = 0, startup_timeout: float = 60.0, prerender: bool = False,
                 keepalive: float = KEEPALIVE_TIMEOUT):
        self.farm, self.port, self.startup_timeout = farm, port or free_port(), startup_timeout
        self.prerender, self.keepalive = prerender, keepalive
        farm.port = self.port
        self.process: subprocess.Popen | None = None

    def start(self) -> FarmServer:
        cmd = [sys.executable, "-m", "bench.farm", "--port", str(self.port), "--sites", str(self.farm.sites_n),
               "--pages", str(self.farm.pages_per_site), "--seed", str(self.farm.seed)]
        cmd += ["--friends", str(self.farm.friends)] if self.farm.friends is not None else []
        cmd += ["--hanging", str(self.farm.hanging), "--down", str(self.farm.down),
                "--refused", str(self.farm.refused), "--down-delay", str(self.farm.down_delay)]
        cmd += ["--prerender", "--keepalive", str(self.keepalive)] if self.prerender else []
        self._stderr = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server must never block on it
        self.process = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE,
                                        stderr=self._stderr, stdin=subprocess.DEVNULL, text=True)
        line = ""
        if select.select([self.process.stdout], [], [], self.startup_timeout)[0]:
            line = self.process.stdout.readline()
        if not line.startswith("READY"):
            self._stderr.seek(0)
            err = self._stderr.read().decode(errors="replace")
            self.stop()
            raise RuntimeError(f"the farm server did not start: {err[-2000:]}")
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
        self._stderr.close()

    def errors_size(self) -> int:
        """Bytes the server has written to stderr so far (asyncio reports failed accepts there, e.g. EMFILE)."""
        return os.fstat(self._stderr.fileno()).st_size

    def errors(self, offset: int = 0, limit: int = 4000) -> str:
        """Up to ``limit`` bytes of the server's stderr from ``offset``."""
        # the descriptor is shared with the child: pread leaves its file offset alone
        return os.pread(self._stderr.fileno(), limit, offset).decode(errors="replace")

    def open_files(self) -> int:
        """Descriptors the server holds: its listening sockets plus one per open connection."""
        try:
            return len(os.listdir(f"/proc/{self.process.pid}/fd"))
        except OSError:
            return 0

    def __enter__(self) -> FarmServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.farm", description="Serve the benchmark farm on 127.0.1.x.")
    p.add_argument("--port", type=int, default=0, help="one port for every IP; 0 picks a free one")
    p.add_argument("--sites", type=int, default=10)
    p.add_argument("--pages", type=int, default=550, help="pages per site")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--friends", type=int, help="other portals each homepage links to (default: all)")
    p.add_argument("--hanging", type=int, default=0, help="links to the host that never answers in time")
    p.add_argument("--down", type=int, default=0, help="listed sites that are down (each request: 12 s, then 504)")
    p.add_argument("--down-delay", type=float, default=DOWN_DELAY, help="seconds a down site waits before its 504")
    p.add_argument("--refused", type=float, default=0.0,
                   help="share of the sites with a link to the host that refuses connections")
    p.add_argument("--prerender", action="store_true", help="render every answer up front; serve bytes")
    p.add_argument("--keepalive", type=float, default=KEEPALIVE_TIMEOUT,
                   help="with --prerender: seconds an idle connection stays open")
    args = p.parse_args(argv)
    port = args.port or free_port()
    farm = Farm(args.sites, args.pages, args.seed, port=port, friends=args.friends, hanging=args.hanging,
                down=args.down, refused=args.refused, down_delay=args.down_delay)
    asyncio.run(_serve_prerendered(farm, port, args.keepalive) if args.prerender else _serve(farm, port))
    return 0


if __name__ == "__main__":
    sys.exit(main())

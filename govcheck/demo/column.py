"""A demo column: the items its list shows and how its pages are laid out, dated and paged; plain data the pages
are rendered from and the ground truth is read from (model.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Item:
    """One entry of a column list, and the article it links to."""

    title: str
    path: str  # root-relative URL of the article
    published: date | None  # None: the list shows no date
    hour: str = "09:00"
    attachments: list[str] = field(default_factory=list)  # paths of (dead) attachment links on the article
    pinned: bool = False  # shown first with a 置顶 mark, whatever its date
    reply: date | None = None  # a consultation message's reply date (published: the question's)
    status: str = ""  # a consultation message's status as its list shows it (未回复, 已办结, …)
    article_date: date | None = None  # the date its article shows, when not the list's (a faked date)
    text: tuple[str, ...] = ()  # the article's paragraphs, in place of the stock ones (demo/wording.py plants some)
    wording: tuple[tuple[str, str], ...] = ()  # (wrong, right) of the wrong wordings planted in its text
    link: str = ""  # the address its list links to when not `path`: a 301 there (the site moved its articles)
    written: date | None = None  # a document's date of writing (成文日期), which a gkml table shows before `published`
    related: tuple[Item, ...] = ()  # shown under its article as 相关阅读, each with its 发布时间
    shown: str = ""  # what its list shows for its date when not the date: today's time alone (09:30), 昨天 16:20
    updated: date | None = None  # the day its list shows it was last edited (更新日期), beside its publication's
    due: date | None = None  # a 招标's deadline (截止), which its list shows unlabelled before its publication's day
    # its article's date the CMS's empty time, 1970-01-01 08:00:00 (Unix time 0 in Beijing: a record whose time was
    # never set), in its 发布时间 line and its PubDate: the article shows no date of its own
    epoch: bool = False


@dataclass
class Column:
    name: str
    path: str  # the list page, root-relative
    type: str  # news, notice, policy, personnel, plan, interaction, other
    items: list[Item] = field(default_factory=list)
    parent: str | None = None  # name of the parent column
    style: str = "iso"  # how dates are written on the list (markup.fmt_date)
    layout: str = "li"  # li | table | before | readlabel | pub | hanweb | script (item links opened by script)
    # | daybox (the day apart from the year and month) | card (a link holding that box, a heading and a summary)
    # | cardsum (a link holding a heading and its date, then a summary outside it naming the day a rule took effect)
    # | scriptdate (each row's date written by its own inline script: document.write(str.substring(0, 10)))
    # | messages, msgicons (a consultation column's messages, demo/channels.py)
    # | dl (a <dl> per item) | prow (a <p> per item) | divrow (a <div> without a class per item)
    # | ulrow (a <ul> per item: the title in one <li>, the date in the next)
    # | picgrid (a grid of picture cards, each a table of its picture over its caption, no date: demo/grids.py)
    # | gkml (a 信息公开 table: 索引号, 标题, 发文字号, 成文日期, 发布日期 under a header row)
    # | gkmlw (a table of 标题, 文号 and 成文日期 alone: the publication date is only on the article)
    # | gkmlspan (序号, 标题 over two cells, a bullet picture's and the title's: colspan="2", 成文日期, 发布日期)
    # | gkmlline (标题, 成文日期, 发布日期 in a header table, a rule line's table of one empty cell, the rows' table)
    # | gkmlbox (gkmlhead's header <div> over a box holding a box that holds the <ul>)
    # | lsnav (Lonsun's 信息公开 list in <div class="xxgk_nav_con"><ul class="xxgk_nav_list">: title, 解读, date)
    # | mdyear (a date box before the link: the month and day, 11-20, the year under them, 2025)
    # | yearmd (the year in an <em>, the month and day in a <span>, in the row: <em>2025</em>-<span>11-20</span>)
    # | gkmlhead (标题, 成文日期, 发布日期 as <span>s in a header <div> over a <ul>, each <li> a link and two dates)
    # | docwrite (each link written by an inline script as the page loads, its date in the markup)
    # | picture (the link holds only a picture without alt; the title is plain text beside it)
    # | br (a box of links, each followed by its date and a <br>) | spans (a link and a date <span> in turn)
    # | inlink (the date inside the link's own text)
    # | twoul, tdbr, dlfirst (the titles' links in one box, their dates in another beside it, by order; a <dl> of
    # date-first pairs: demo/parallel.py)
    # | scriptid (the link calls a function of the page with the article's id: path `…/detail.jsp?id=N`)
    # | scriptext (the same, the function in a script file: with fail="opaque_links" a reader cannot know where)
    # | trclick (no link: each <tr> calls that function; an empty <ul class="list"> before the table)
    # | scriptloop (one inline script in the <ul> writes every row from an array of [title, address, date])
    # | inlinedata (an empty <ul id="list"> an inline script after it fills from data of its own, epoch seconds)
    # | media (a Bootstrap media object per item: a picture, the title in a heading, a summary's sentences, the date)
    # | riqi (the whole row a link: the day in a heading over the year-month, the title in the next heading, a summary)
    # | article (an HTML5 <article> per item: the title and its <time> in the entry's own <header>, a summary under it)
    # | updpub (标题, 更新日期, 发布日期 under a header row: the day a row was last edited before its publication's)
    # | updlabel (a row's 更新时间：… then its 发布时间：…, each in a <span> of its own, no header)
    # | due (a 招标 row: its deadline's day, then its publication's, in <span>s of their own, neither labelled)
    # | ymdspans (the year, the month and the day each in a <span> of the row, nothing between them: 2026 11 20)
    # | daysplit (a calendar box's day and year-month each a child of the row, the title's link between them)
    # | srcdate (来源：… and the date in one <p> after the link: 来源：市人防办  日期：20261120 with style solidlabel)
    # | files (each row a link to a file, its name a date typed at its head, 2026-11-20关于….pdf, and no other date)
    # | slidetabs (a slider of pictures without a date over a tab box of its sub-columns' dated lists: `tabs`)
    per_page: int = 15
    paging: str = "trs"  # trs (createPageHTML) | next (下一页 links) | hanweb | js | none
    # | pagerjs (a site's own script, Pager({size, current, prefix, suffix}), writes the pager: no link in the HTML)
    # | trsbox (createPageHTML('page_div', pages, current, "index", "html", count): 1-based, page k at index_k.html)
    # | aspnet (ASP.NET: 下一页 posts the page's form back, javascript:__doPostBack(target, 'k'); one address)
    # | anp (the same under AspNetPager 5's defaults: its buttons Webdings glyphs, 4 下一页, : 尾页, and each number)
    # | grid (ASP.NET's GridView, its default Numeric pager the grid's last row: numbers, the current a <span>, `...`
    # for the next group, each posting Page$N back) | gridfl (NumericFirstLast: also &lt;&lt; and &gt;&gt;, Page$Last)
    # | load (an empty box that jQuery's .load() fills with an HTML fragment beside the list page)
    # | years (tabs of its years over the list, each at ?year=YYYY; its address without one shows the oldest year's)
    # | yeardirs (the same, each year's list in a folder of its own under the column's: /bmdt/2026/index.html)
    # | num (PHPCMS v9's default: page k at k.html beside index.html, its pager every page's number, 上一页, 下一页)
    # | loop (下一页 links, its last page's leading back to its first) | stuck (下一页 and 尾页 at ?page=N, which the
    # site ignores: every page shows the first)
    # | stl (SiteServer's stl:pageItems: 首页 | 上一页 | 下一页 | 末页, then 当前页：1 and every page as [k], page k at
    # /channels/12_k.html beside /channels/12.html) | stlul (the same pages under its manual's Bootstrap pagination:
    # a <ul> of an <li> per link, 上一页, each page's number, the current one a <span>, 下一页, no 末页)
    # | pageadmin (PageAdmin's sublanmu_page: 首页, 上一页, each page's number, the current one a <span class="c">,
    # 下一页, 尾页, then 页次 and the count, page k at index.aspx?lanmuid=…&sublanmuid=…&page=k)
    # | dede (DedeCMS 5.7's static list: page k at list_{classid}_{k}.html, the first also the folder's index.html,
    # under {dede:pagelist}: 首页, 上一页, each number, 下一页, 末页, span.pageinfo 共 N页M条) | dededm (the same
    # pager over its dynamic list, plus/list.php?tid={classid}, page k at …&TotalResult={count}&PageNo=k)
    # | eyou (EyouCMS's static list: page k at lists_{classid}_{k}.html beside index.html, under {eyou:pagelist}: an
    # <li> per button, span.disabled, span.current, links of class tcdNumber, then 共N页 M条)
    # | pages (an empty list an inline fetch() fills from a JSON endpoint paged as Guangdong's gkmlpt api/all is,
    # ?page=N&sid=…, `per_page` articles a page beside their `total`, each dated in epoch seconds)
    # | countpage (TRS's older pager template: var currentPage, var countPage, and a loop that writes each page's link
    # with document.write; no createPageHTML call, no link in the HTML)
    # | datafile (an empty list an inline $.ajax() fills from a JSON file the platform writes beside the list page,
    # `data_file`, shaped as `json_dates` says)
    # | searchlist (an empty list a script file of the site's fills from 海云's searchList endpoint, its address built
    # from the page's channelid <meta>: no address in the page's HTML, only a browser finds the list)
    empty_text: str | None = None  # e.g. 暂无信息, shown instead of items
    # json and script lists: a hidden 暂无数据 box beside the empty list, which the script shows when it loads nothing
    hidden_nodata: bool = False
    nodata_row: bool = False  # a json list served with a 暂无数据 row in it, which its script replaces
    # its articles' date: info (a 发布时间 line, and PubDate) | gkml (a 信息公开 table, 成文日期 before 发布日期)
    # | ucap (the date line unlabelled; PubDate the day the page was generated, as the 页面生成时间 meta says)
    # info, gkml, ucap, fagao (发稿时间), bare (an unlabelled date before 作者), dede (DedeCMS's <small>时间:</small>
    # before <small>来源:</small>, 作者 and 点击, no PubDate), en, cn (发布日期 in Chinese numerals:
    # 二〇二六年…), cnc (the same, its zero a circle: 二○二六年…), dedeplain (dede's without its 时间: no date),
    # source (来源 then the date unlabelled, each in a <small>, as cwl.gov.cn's template writes them; no PubDate)
    # hode (hodesoft's: a search box, 发布日期检索 从 [ ] 至 [ ], before the heading, the date unlabelled under it)
    # datespan (日期：… then 来源, each in a <span> under the heading, as 洪山区's template writes them; PubDate kept)
    # fcg (防城港's: a hidden box of the article's fields holding its date, then the date unlabelled before 来源;
    # PubDate the day the site's pages were last generated)
    # coltitle (日期：… under the heading, a hidden tip for old browsers over it, a <title> naming the column; no
    # PubDate)
    article_style: str = "info"
    written_label: str = "成文日期"  # what a gkml list's header and its articles' table call a document's 成文日期
    section_type: str | None = None  # the ColumnType meta its pages carry, when it names the section, not the column
    static_html: str | None = None  # a static page (机构概况): no list at all
    # the menu links it straight to its one item's article (at `path`: its title, 发布时间 line and text), no list; of
    # type other (an office's 科室简介), a static page too
    one_article: bool = False
    bare_encoding: bool = False  # neither charset header nor meta on its list pages
    # json and load lists: the data its script loads in GBK whatever the site's charset, its Content-Type saying
    # none (no charset) | utf-8 (a lying one) | iso-8859-1 (Tomcat's default)
    gbk_data: str = ""
    hanweb_id: int = 0
    hanweb_array: bool = False  # the first record group as jpage's older array of row strings (var InitDataN=[…])
    # another column's unit (its Hanweb id, its heading, its records) in a box before the list: a datastore of its own
    unit_before: tuple[int, str, tuple[Item, ...]] | None = None
    # another column's box (its heading, its dated items) before the list, on this page alone: not the column's list
    box_before: tuple[str, tuple[Item, ...]] | None = None
    # markup before its list: its section's menu as a template draws it without a menu's class, its own entry a link
    # to nowhere (realpage 106's `<ul class="newsclass-tree">`)
    side_html: str = ""
    # another column's box (its heading, its dated items) in the list's own markup before it, shown on phones alone
    # (Bootstrap's visible-xs; the list in hidden-xs): not the column's list
    phone_box: tuple[str, tuple[Item, ...]] | None = None
    # another column's list (its name, its items) in a second tab beside the column's own, shown when clicked
    tab_beside: tuple[str, tuple[Item, ...]] | None = None
    # layout slidetabs (a channel's page as a sub-centre's, realpage 66): its sub-columns' lists in a tab box, each
    # (name, list path), the first shown, under a slider of the last one's pictures; its items are theirs
    tabs: tuple[tuple[str, str], ...] = ()
    article_box: int = 0  # its articles show its newest this many in a box (a young column: its whole list)
    # json lists: its items' dates as the endpoint names them: pubDate, or sign (signDate and effectiveDate, the days a
    # document was signed and took effect, and no publication date)
    json_dates: str = "pub"
    # datafile lists: | trs (TRS 海云's documents, {"data": [{DOCTITLE, CRTIME, DOCRELTIME, DOCPUBURL,
    # CHNLDOC_OPERTIME}]} in the platform's order of its fields; DOCRELTIME its publication, CRTIME the day the
    # document was created on the platform, `created` for documents it imported) | govcn (中国政府网's list file: an
    # array of {TITLE, SUB_TITLE, URL, DOCRELPUBTIME}) | search (海云's searchList answer: data.results of {title, url,
    # publishedTimeStr, publishedTime in epoch milliseconds, its 成文日期 among domainMetaList's fields})
    data_file: str = ""
    created: date | None = None  # the day the platform created its documents anew (a migration's import): CRTIME
    # pages lists: its script sends the site's id as the page's config object holds it (`sid: window._CONFIG.SID`, as
    # gkmlpt's pages keep it), not as a literal; the endpoint asked without it answers an empty list
    sid_var: bool = False
    # index (gkmlpt's /gkmlpt/index: its 分类 tree written into window._CONFIG from the site's categories, its list
    # every category's articles from api/all/0) | category (one of that tree's: no page, no menu entry; its list at its
    # endpoint, `path`, which answers JSON; `parent` the tree's group over it, no column)
    gkml: str = ""
    # the layouts that broke column reading on real portals (all off by default)
    order: str = "desc"  # desc | asc (oldest first: the newest item is on the last page) | shuffled
    undated: bool = False  # the list shows no date: only the articles' PubDate tells
    aliases: tuple[str, ...] = ()  # other URLs of the same list (its directory next to index.html)
    # other URLs of the same list its homepage box's 更多 links while menus link `path` (a tracking query, VSB's
    # list.jsp beside its .htm, an IIS path in capitals)
    more_as: tuple[str, ...] = ()
    # the rows its more_as addresses show on one page when not per_page: their query's page size (&pagesize=20), the
    # same list's first rows
    more_size: int = 0
    # the page menus link it by, which shows nothing and sends a visitor on to its list (path) by a script
    entry: str | None = None
    onclick: bool = False  # menus and the site map list it as a <li onclick="window.location.href='…'">, no link
    # the scheme and host of another host of its government that serves its page at `path` (its 信息公开 platform),
    # where menus link it: "http://xxgk.syjyj.gov.cn:8808"
    away: str = ""
    fail: str | None = None  # hang (the list page never answers) | articles_503 (no article can be read)
    # | file_dates (layout="files": the dates its files' names start with may be the documents' own, not their
    # publication's: a person checks)
    # | json_error (its json endpoint answers 200 with the backend's error and no list: {"code": 500, "msg": …})
    # | opaque_links (its links open their articles by a script file's function: where, the page does not say)
    # | script_host_down (paging="script" with its list script on a host that refuses connections: a browser
    # shows the list empty, visitors whose browser reaches that host see it filled) | script_host_down_hash (the
    # same, and then the page writes a hash pager's #page=1 into its address) | articles_firewall (each article answers
    # 200 with a firewall's block page) | frame_sign_in (its list frame answers 200 with a sign-in page) | json_page
    # (its json endpoint answers 200 with a maintenance web page) | page_two_503, page_two_reset (its list's page two
    # answers 503, or resets the connection, every time: sites/ksy.py) | articles_mixed (of its undated list's first
    # three articles one answers 503, one resets, one shows no date: sites/xfj.py) | gzip_bare (its list pages answer
    # gzip-compressed bytes with no Content-Encoding, a precompressed file served as the page: garbage to a browser)
    # | include_unrun (its empty_text a server-side include its server never ran: its list never sent)
    # | json_500, json_error_rows, json_said, to_home (its endpoint answers 500, or 200 with the backend's error beside
    # empty rows, or said in words alone; its page redirects to the homepage: sites/gzfw.py's own replies)
    classid: int = 0  # jsp paging: list.jsp?classid=N&page=K
    frame: str | None = None  # the path (or URL, on another host) of the page its list sits in, in an iframe
    # its newest item shown over page one's list as a card (a picture, its heading, its date, a summary), apart from
    # the list's rows, which hold the rest
    top_card: bool = False
    # its pinned items (Item.pinned) in a block of their own over page one's list: zd (a <ul class="zd-list">, each
    # row marked by top.gif) | box (a 置顶 box: its heading, then the rows)
    pinned_block: str = ""
    crumb_tail: str = ""  # what its breadcrumb shows after its own name (PHPCMS's default template: 列表)
    # (name, path) of the channel page its breadcrumb links between 首页 and its name (首页 > 资讯中心 > 重大项目,
    # realpage 99): a page of the newest of its channel's columns, no column
    channel: tuple[str, str] = ()
    # the name its own pages show (their title, breadcrumb, list heading and ColumnName, no ColumnType) when menus call
    # it by a shorter one (部门 for 部门动态)
    heading: str = ""
    # script lists: its loader asks for the data this many ms after the page has loaded; -1: only once the list is
    # scrolled into view (under a tall banner)
    load_after: int = 0
    # the 网站标识码 its pages show when not the site's: an office merged into the site's (机构改革), whose old
    # templates keep its code in their <meta> and footer beside the site's sponsor
    site_code: str = ""
    banner: str = ""  # a line under its heading, over its list: an archived 专题's 本专题已归档
    # the homepage its breadcrumb starts at when not the site's: a town's sub-site's (首页 > 镇务动态, 首页 its folder)
    home: str = ""

    @property
    def canonical(self) -> str:
        """The column's one identity, whatever URL reaches it: its directory when the list is its default page
        (index.html, an ASP.NET Default.aspx or index.aspx, a PHP script's index.php before its query); the entry
        page's when menus link one that sends a visitor on."""
        path, sep, query = (self.entry or self.path).partition("?")
        for default in ("/index.html", "/Default.aspx", "/index.aspx", "/index.php"):
            if path.endswith(default):
                return path[: -len(default) + 1] + sep + query
        return path + sep + query

    @property
    def is_static(self) -> bool:
        return self.static_html is not None or self.one_article and self.type == "other"

    def shown(self) -> list[Item]:
        """The items in the order the list shows them: pinned ones first, then by the column's order."""
        pinned = [i for i in self.items if i.pinned]
        rest = [i for i in self.items if not i.pinned]
        if self.order == "asc":
            rest = rest[::-1]
        elif self.order == "shuffled":  # a fixed interleaving: the newest sits in the middle of page one
            half = len(rest) // 2
            rest = [x for pair in zip(rest[half:], rest[:half], strict=False) for x in pair] + rest[2 * half:]
        return pinned + rest

    def pages(self) -> list[list[Item]]:
        """The items split into list pages (at least one page, possibly empty)."""
        if self.paging in ("hanweb", "js", "json", "script", "load", "datafile"):
            return [self.shown()]
        if self.paging == "pages":  # its endpoint's pages; the list page itself is one
            shown = self.shown()
            return [shown[i:i + self.per_page] for i in range(0, len(shown), self.per_page)] or [[]]
        if not self.items:
            return [[]]
        shown = self.shown()
        if self.paging in ("years", "yeardirs"):  # the oldest year's items at its own address, then each year's
            by_year = [[i for i in shown if i.published.year == y] for y in self.years()]
            return [by_year[-1], *by_year]
        return [shown[i:i + self.per_page] for i in range(0, len(shown), self.per_page)]

    def years(self) -> list[int]:
        """The years its items were published in, the newest first (the tabs of a list split by year)."""
        return sorted({i.published.year for i in self.items if i.published}, reverse=True)

    def page_path(self, n: int) -> str:
        """Path of list page n (0-based) in the column's pager's naming: index_1.html (TRS, also used by the
        next-link pagers), list_1.html, ?page=2, ?uid=…&pageNum=2, list.jsp?classid=5&page=2."""
        if n == 0:
            return self.path
        if self.paging == "query":
            return f"{self.path}?page={n + 1}"
        if self.paging == "years":
            return f"{self.path}?year={self.years()[n - 1]}"
        if self.paging == "yeardirs":
            return f"{self.path.rsplit('/', 1)[0]}/{self.years()[n - 1]}/index.html"
        if self.paging == "num":
            return f"{self.path.rsplit('/', 1)[0]}/{n + 1}.html"
        if self.paging == "pagenum":
            return f"{self.path}?uid={self.hanweb_id + 100}&pageNum={n + 1}"
        if self.paging == "dede":  # DedeCMS's list_{tid}_{page}.html beside the folder's index.html
            return f"{self.path.rsplit('/', 1)[0]}/list_{self.classid}_{n + 1}.html"
        if self.paging == "eyou":  # EyouCMS's static list pages: lists_{tid}_{page}.html beside index.html
            return f"{self.path.rsplit('/', 1)[0]}/lists_{self.classid}_{n + 1}.html"
        if self.paging == "dededm":  # DedeCMS's dynamic list: plus/list.php?tid=N, its count and page in the query
            return f"{self.path}&TotalResult={len(self.items)}&PageNo={n + 1}"
        if self.paging in ("jsp", "pageadmin"):
            return f"{self.path}&page={n + 1}"
        head, _, tail = self.path.rpartition("/")
        stem, dot, ext = tail.partition(".")
        return f"{head}/{stem}_{n + 1 if self.paging in ('trsbox', 'stl', 'stlul') else n}.{ext or 'html'}"



"""The demo portals: who they are (the site list) and how each is served (a Host per site)."""

from __future__ import annotations

import gzip
import importlib
import re
from dataclasses import replace
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit

from govcheck.demo import markup
from govcheck.demo.model import DEFAULT_PORT, EXTERNAL_IP, Site, SiteMeta
from govcheck.demo.sites import (
    Env,
    bs,
    cgj,
    cz,
    daj,
    dsj,
    en,
    fgw,
    gjj,
    gx,
    gxj,
    gzfw,
    gzw,
    hd,
    hk,
    hx,
    image,
    jgsw,
    jt,
    jtt,
    jyj,
    kjj,
    ksy,
    kx,
    lk,
    lq,
    lsj,
    ly,
    mzj,
    nav,
    nyj,
    qq,
    qs,
    qx,
    qxj,
    qxny,
    rfb,
    rsj,
    scj,
    sfj,
    sjj,
    sl,
    slj,
    sthj,
    sthjt,
    sw,
    swj,
    sy,
    tjj,
    tyj,
    tyjr,
    whj,
    wjw,
    xc,
    xfj,
    ybj,
    yjj,
    ys,
    zhen,
    zjj,
    zjw,
    zrzy,
)
from govcheck.demo.web import DemoRequest, Reply, is_crawler, rebase


def city_bureau(site_id: str, n: int, name: str, phone: str, address: str) -> SiteMeta:
    """A bureau of the demo city at 127.0.0.<n>, its own sponsor, its site code, ICP and 公网安备 numbers after n."""
    return SiteMeta(site_id, f"127.0.0.{n}", name, "department", "示范市", f"43990000{n}", name,
                    icp=f"湘ICP备12034567号-{n}", police=f"湘公网安备 43990002000{100 + n}号", phone=phone,
                    address=address)


def province_department(site_id: str, n: int, name: str, phone: str, address: str) -> SiteMeta:
    """A department of the demo province at 127.0.0.<n>, as city_bureau's numbers."""
    return SiteMeta(site_id, f"127.0.0.{n}", name, "department", "示范省", f"43000000{n}", name,
                    icp=f"湘ICP备12034567号-{n}", police=f"湘公网安备 43000002000{100 + n}号", phone=phone,
                    address=address)


def township(site_id: str, n: int, town: str, phone: str, address: str) -> SiteMeta:
    """A township of the demo county at 127.0.0.<n>, its government's portal, as city_bureau's numbers."""
    return SiteMeta(site_id, f"127.0.0.{n}", f"示范{town}人民政府", "portal", f"示范市示范县{town}", f"43992101{n}",
                    f"{town}人民政府", icp=f"湘ICP备12034567号-{n}", police=f"湘公网安备 43992102000{100 + n}号",
                    phone=phone, address=address)


SITES: tuple[SiteMeta, ...] = (
    SiteMeta("qx", "127.0.0.11", "示范县人民政府", "portal", "示范市示范县", "4399210001", "示范县人民政府办公室",
             icp="湘ICP备12034567号-1", police="湘公网安备 43992102000101号", phone="0799-6212345",
             address="示范县人民大道1号"),
    SiteMeta("jyj", "127.0.0.12", "示范市教育局", "department", "示范市", "4399000012", "示范市教育局",
             icp="湘ICP备12034567号-12", police="湘公网安备 43990002000112号", phone="0799-8231001",
             address="示范市行政中心东楼5楼"),
    SiteMeta("qq", "127.0.0.13", "示范区人民政府", "portal", "示范市示范区", "4399020001", "示范区人民政府办公室",
             icp="湘ICP备13045678号-1", police="湘公网安备 43990202000013号", phone="0799-8812345",
             address="示范区迎宾路88号"),
    SiteMeta("wjw", "127.0.0.14", "示范市卫生健康委员会", "department", "示范市", "4399000015", "示范市卫生健康委员会",
             icp="湘ICP备12034567号-15", police="湘公网安备 43990002000115号", phone="0799-8233120",
             address="示范市健康路16号"),
    SiteMeta("zhen", "127.0.0.15", "示范镇人民政府", "portal", "示范市示范县示范镇", "4399210101", "示范镇人民政府",
             icp="湘ICP备12034567号-21", police="湘公网安备 43992102000121号", phone="0799-6350110",
             address="示范县示范镇振兴街2号"),
    SiteMeta("mz", "127.0.0.16", "示范市民政局", "department", "示范市", "4399000018", "示范市民政局", listening=False,
             icp="湘ICP备12034567号-18", police="湘公网安备 43990002000118号", phone="0799-8235678"),
    SiteMeta("old", "127.0.0.17", "示范市档案馆", "department", "示范市", "4399000021", "示范市档案馆",
             status="offline", note="改版中", icp="湘ICP备12034567号-19", phone="0799-8239000"),
    SiteMeta("nav", "127.0.0.18", "示范市文化和旅游局", "department", "示范市", "4399000023", "示范市文化和旅游局",
             icp="湘ICP备12034567号-23", police="湘公网安备 43990002000123号", phone="0799-8236600",
             address="示范市文化中心3号楼"),
    SiteMeta("rsj", "127.0.0.20", "示范市人力资源和社会保障局", "department", "示范市", "4399000027",
             "示范市人力资源和社会保障局", icp="湘ICP备12034567号-27", police="湘公网安备 43990002000127号",
             phone="0799-8237700", address="示范市人民中路68号"),
    SiteMeta("kx", "127.0.0.21", "示范经济开发区管理委员会", "portal", "示范市示范经开区", "4399030001",
             "示范经济开发区管理委员会办公室", icp="湘ICP备14056789号-1", police="湘公网安备 43990302000031号",
             phone="0799-8868000", address="示范经开区创业大道9号"),
    SiteMeta("xc", "127.0.0.22", "示范新城区人民政府", "portal", "示范市示范新城区", "4399040001",
             "示范新城区人民政府办公室", icp="湘ICP备15067890号-1", police="湘公网安备 43990402000041号",
             phone="0799-8891234", address="示范新城区世纪大道100号"),
    SiteMeta("hd", "127.0.0.23", "示范湖东县人民政府", "portal", "示范市湖东县", "4399220001", "湖东县人民政府办公室",
             icp="湘ICP备16078901号-1", police="湘公网安备 43992202000051号", phone="0799-7212345",
             address="湖东县人民路1号"),
    SiteMeta("hx", "127.0.0.24", "示范河西镇人民政府", "portal", "示范市湖东县河西镇", "4399220101", "河西镇人民政府",
             icp="湘ICP备16078901号-11", police="湘公网安备 43992202000061号", phone="0799-7350110",
             address="湖东县河西镇河西街8号"),
    # listed by domain name: the identity, domain and date cases (sites/sy.py)
    SiteMeta("sy", "127.0.0.25", "示范山阳县人民政府", "portal", "示范市山阳县", "4399230001", "山阳县人民政府办公室",
             icp="湘ICP备17089012号-1", police="湘公网安备 43992302000101号", phone="0799-7512345",
             address="山阳县人民路2号", host="www.sysx.gov.cn", also_serves=("www.sfshi.gov.cn",)),
    SiteMeta("syjy", "127.0.0.26", "山阳县教育局", "department", "示范市山阳县", "4399230099", "山阳县教育局",
             icp="湘ICP备1708901号-2", police="湘公网安备 43992302000102号", phone="0799-7513001",
             address="山阳县学府路6号", host="www.syjyj.gov.cn", listed_code="4399230012", parent="sy",
             also_serves=("xxgk.syjyj.gov.cn",)),
    SiteMeta("syly", "127.0.0.27", "山阳县文化旅游局", "department", "示范市山阳县", "4399230013", "山阳县文化旅游局",
             icp="湘ICP备17089012号-3", police="湘公网安备 4399230200013号", phone="0799-7513300",
             address="山阳县文化路9号", host="www.sylyw.com", moved_to="ly.sysx.gov.cn", parent="sy"),
    SiteMeta("hk", "127.0.0.28", "示范湖口镇人民政府", "portal", "示范市山阳县湖口镇", "4399230102", "湖口镇人民政府",
             icp="湘ICP备17089012号-21", police="湘公网安备 43992302000121号", phone="0799-7561110",
             address="山阳县湖口镇湖滨路3号"),
    SiteMeta("tjj", "127.0.0.29", "示范市统计局", "department", "示范市", "4399000031", "示范市统计局",
             icp="湘ICP备12034567号-31", police="湘公网安备 43990002000131号", phone="0799-8238100",
             address="示范市行政中心西楼3楼"),
    SiteMeta("lk", "127.0.0.19", "示范林口乡人民政府", "portal", "示范市湖东县林口乡", "4399220102", "林口乡人民政府",
             icp="湘ICP备16078901号-12", police="湘公网安备 43992202000062号", phone="0799-7390110",
             address="湖东县林口乡林口街1号"),
    SiteMeta("ys", "127.0.0.37", "示范云山镇人民政府", "portal", "示范市湖东县云山镇", "4399220103", "云山镇人民政府",
             icp="湘ICP备16078901号-13", police="湘公网安备 43992202000063号", phone="0799-7391110",
             address="湖东县云山镇云山路2号"),
    SiteMeta("en", "127.0.0.34", "示范市人民政府英文网", "portal", "示范市", "4399000035", "示范市人民政府办公室",
             icp="湘ICP备12034567号-5", police="湘公网安备 43990002000135号", phone="0799-8230000",
             address="示范市行政中心主楼"),
    SiteMeta("gx", "127.0.0.38", "示范高新区管理委员会", "portal", "示范市示范高新区", "4399050001",
             "示范高新区管理委员会办公室", icp="湘ICP备18090123号-1", police="湘公网安备 43990502000011号",
             phone="0799-8860000", address="示范高新区科技大道1号", host="www.sfgx.gov.cn",
             also_serves=("news.sfgx.gov.cn",)),
    city_bureau("sfj", 39, "示范市司法局", "0799-8238800", "示范市行政中心东楼5楼"),
    city_bureau("cz", 43, "示范市财政局", "0799-8238300", "示范市行政中心西楼2楼"),
    city_bureau("jt", 44, "示范市交通运输局", "0799-8238400", "示范市交通路18号"),
    city_bureau("zjj", 45, "示范市住房和城乡建设局", "0799-8238500", "示范市建设路6号"),
    city_bureau("sw", 46, "示范市商务局", "0799-8238600", "示范市商贸路9号"),
    city_bureau("ly", 47, "示范市林业局", "0799-8238700", "示范市林园路3号"),
    city_bureau("slj", 48, "示范市水利局", "0799-8238800", "示范市滨江路12号"),
    city_bureau("dsj", 61, "示范市大数据局", "0799-8239200", "示范市行政中心北楼6楼"),
    city_bureau("ybj", 62, "示范市医疗保障局", "0799-8239300", "示范市行政中心北楼7楼"),
    city_bureau("qxj", 49, "示范市气象局", "0799-8238900", "示范市气象路1号"),
    SiteMeta("sl", "127.0.0.50", "示范松岭县人民政府", "portal", "示范市松岭县", "4399240001", "松岭县人民政府办公室",
             icp="湘ICP备19012345号-1", police="湘公网安备 43992402000011号", phone="0799-6612345",
             address="松岭县人民路8号"),
    SiteMeta("qs", "127.0.0.53", "示范青石镇人民政府", "portal", "示范市示范县青石镇", "4399210153", "青石镇人民政府",
             icp="湘ICP备12034567号-53", police="湘公网安备 43992102000153号", phone="0799-6353110",
             address="示范县青石镇青石街8号"),
    replace(city_bureau("fgw", 56, "示范市发展和改革委员会", "0799-8239000", "示范市行政中心北楼3楼"),
            home=fgw.HOME),
    replace(city_bureau("sjj", 57, "示范市审计局", "0799-8239100", "示范市行政中心北楼5楼"), home=sjj.HOME),
    replace(city_bureau("swj", 58, "示范市水务局", "0799-8239200", "示范市行政中心北楼6楼"), home=swj.HOME),
    replace(city_bureau("daj", 59, "示范市档案局", "0799-8239300", "示范市行政中心北楼7楼"), home=daj.HOME),
    # sends every visitor to https://, where nothing answers: a browser opens no page, however the http side answers
    replace(city_bureau("gh", 63, "示范市港航管理局", "0799-8239400", "示范市港湾路5号"), https_dead=True),
    replace(city_bureau("sthj", 64, "示范市生态环境局", "0799-8239500", "示范市环保路7号"), waf=True),
    # served over HTTPS, its certificate sent without the intermediate, which a browser fetches (sites/scj.py)
    replace(city_bureau("scj", 70, "示范市市场监督管理局", "0799-8239700", "示范市市场路3号"), tls="aia"),
    city_bureau("mzj", 73, "示范市民政局", "0799-8239600", "示范市民政路3号"),
    city_bureau("tyjr", 74, "示范市退役军人事务局", "0799-8239740", "示范市拥军路1号"),
    city_bureau("tyj", 66, "示范市体育局", "0799-8239660", "示范市体育路2号"),
    township("bs", 67, "白沙镇", "0799-6367110", "示范县白沙镇府前路1号"),
    city_bureau("whj", 68, "示范市文化和旅游局", "0799-8239680", "示范市文化路8号"),
    city_bureau("lsj", 80, "示范市粮食和物资储备局", "0799-8239800", "示范市粮库路2号"),
    city_bureau("zrzy", 81, "示范市自然资源和规划局", "0799-8239810", "示范市规划路6号"),
    city_bureau("jgsw", 88, "示范市机关事务管理局", "0799-8239880", "示范市机关路1号"),
    city_bureau("ksy", 69, "示范市教育考试院", "0799-8239690", "示范市学府路9号"),
    SiteMeta("qxny", "127.0.0.75", "示范县农业农村局", "department", "示范市示范县", "4399210075", "示范县农业农村局",
             icp="湘ICP备12034567号-75", police="湘公网安备 43992102000175号", phone="0799-6212375",
             address="示范县农业路5号", parent="qx"),
    city_bureau("nyj", 82, "示范市农业农村局", "0799-8239820", "示范市农丰路9号"),
    province_department("jtt", 90, "示范省交通运输厅", "0731-8890090", "示范省长沙路90号"),
    township("lq", 89, "柳桥镇", "0799-6389110", "示范县柳桥镇柳桥路1号"),
    # its 头条's article answers 429 to every request of govcheck's (a rate limiter): the homepage waits for a person
    city_bureau("xfj", 83, "示范市信访局", "0799-8239830", "示范市信访路3号"),
    # each column linked by two addresses, its menu's and its homepage box's 更多
    city_bureau("zjw", 91, "示范市住房和城乡建设局", "0799-8239910", "示范市建设路91号"),
    # its column pages show their pinned items in a block of their own over the list
    city_bureau("gxj", 92, "示范市工业和信息化局", "0799-8239920", "示范市工业路2号"),
    # its rows dated by DedeCMS's tranTime(): today's by how long ago, 3小时前 06:30
    city_bureau("rfb", 95, "示范市人民防空办公室", "0799-8239950", "示范市人防路5号"),
    # a yearly 生态环境状况公报 among its first-level columns
    province_department("sthjt", 96, "示范省生态环境厅", "0731-8890096", "示范省环保路96号"),
    # its homepage fresh only by rows whose address is in no href: a data-url's, an onclick's
    city_bureau("kjj", 93, "示范市科学技术局", "0799-8239930", "示范市科技路3号"),
    # its homepage fresh only by rows of titles alone that a function of its script file opens
    city_bureau("cgj", 99, "示范市城市管理局", "0799-8239990", "示范市城管路9号"),
    # consultation lists dated by their replies: a 12345 hotline's work orders, a mailbox of labelled entries
    city_bureau("gjj", 97, "示范市住房公积金管理中心", "0799-8239970", "示范市安居路7号"),
    # lists that show the day each row was last edited before the day it was published
    city_bureau("gzw", 94, "示范市国有资产监督管理委员会", "0799-8239940", "示范市国资路4号"),
    # columns with no item, each saying so its own way, beside columns that only look so
    city_bureau("gzfw", 76, "示范市国有资产事务服务中心", "0799-8239760", "示范市行政中心北楼8楼"),
    city_bureau("yjj", 55, "示范市应急管理局", "0799-8236110", "示范市行政中心南楼3楼"),
)
BUILDERS = {"qx": qx.build, "jyj": jyj.build, "qq": qq.build, "wjw": wjw.build, "zhen": zhen.build, "nav": nav.build,
            "rsj": rsj.build, "kx": kx.build, "xc": xc.build, "hd": hd.build, "hx": hx.build,
            "sy": sy.build_sy, "syjy": sy.build_syjy, "syly": sy.build_syly,
            "hk": hk.build, "tjj": tjj.build, "lk": lk.build, "ys": ys.build, "en": en.build, "gx": gx.build,
            "sfj": sfj.build, "cz": cz.build, "jt": jt.build,
            "zjj": zjj.build, "sw": sw.build, "ly": ly.build,
            "slj": slj.build, "dsj": dsj.build, "ybj": ybj.build, "qxj": qxj.build, "sl": sl.build, "qs": qs.build,
            "fgw": fgw.build, "sjj": sjj.build, "swj": swj.build,
            "daj": daj.build, "sthj": sthj.build, "scj": scj.build,
            "mzj": mzj.build, "tyjr": tyjr.build,
            "tyj": tyj.build, "bs": bs.build, "whj": whj.build,
            "lsj": lsj.build, "zrzy": zrzy.build,
            "jgsw": jgsw.build, "ksy": ksy.build,
            "qxny": qxny.build, "nyj": nyj.build, "jtt": jtt.build, "lq": lq.build, "xfj": xfj.build,
            "zjw": zjw.build, "gxj": gxj.build, "rfb": rfb.build,
            "sthjt": sthjt.build, "kjj": kjj.build, "cgj": cgj.build, "gjj": gjj.build,
            "gzw": gzw.build, "gzfw": gzfw.build,
            "yjj": yjj.build}
SITE_LIST_COLUMNS = ("site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note", "parent")


def dns_hosts() -> dict[str, str]:
    """The domain names of the sites listed by name, and where they moved, -> their loopback IPs."""
    return {name: m.ip for m in SITES for name in (m.host, m.moved_to, *m.also_serves) if name}


def site_base(m: SiteMeta, ip_base: str) -> str:
    """A site's base URL: its name in place of its IP when it is listed by name (the same port)."""
    return ip_base.replace(f"//{m.ip}:", f"//{m.host}:", 1) if m.host else ip_base


def landing_base(m: SiteMeta, base: str) -> str:
    """Where the site's pages are: the name its listed homepage redirects to, else its base."""
    return base.replace(f"//{m.host}:", f"//{m.moved_to}:", 1) if m.moved_to else base


def listed_url(m: SiteMeta, base: str) -> str:
    """The homepage the site list gives: its base, or a platform's subsite's folder under it."""
    return base.rstrip("/") + m.home if m.home else base


def meta(site_id: str) -> SiteMeta:
    return next(m for m in SITES if m.site_id == site_id)


def scheme(m: SiteMeta) -> str:
    return "https" if m.tls else "http"


def default_bases(port: int = DEFAULT_PORT) -> dict[str, str]:
    """Base URLs by site_id and by IP when every address listens on the same port."""
    bases = {m.site_id: site_base(m, f"{scheme(m)}://{m.ip}:{port}/") for m in SITES}
    bases.update({m.ip: f"{scheme(m)}://{m.ip}:{port}/" for m in SITES})
    bases.setdefault(EXTERNAL_IP, f"http://{EXTERNAL_IP}:{port}/")
    return bases


def link_cases(as_of: date, bases: dict[str, str]) -> list[dict]:
    """The external link cases of linkhosts.py with their URLs on the real ports; none if the module is absent."""
    try:
        linkhosts = importlib.import_module("govcheck.demo.linkhosts")
    except ModuleNotFoundError as exc:
        if exc.name != "govcheck.demo.linkhosts":
            raise
        return []
    cases = getattr(linkhosts, "link_cases", None)
    if cases is None:
        return []
    ports = {ip: urlsplit(url).port for ip, url in bases.items() if ip.count(".") == 3 and urlsplit(url).port}
    return [{**c, "url": rebase(c["url"], bases)} for c in cases(as_of, ports)]


def build_site(site_id: str, as_of: date, round: int, bases: dict[str, str]) -> Site:
    m = meta(site_id)
    builder = BUILDERS.get(site_id)
    if builder is None:  # mz (not listening), gh (https dead) and old (offline): nothing to crawl
        return Site(m, cms="static")
    cases = link_cases(as_of, bases) if site_id == "qx" else []
    return builder(m, Env(as_of, round, bases, cases))


def build_sites(as_of: date, round: int, bases: dict[str, str]) -> dict[str, Site]:
    return {m.site_id: build_site(m.site_id, as_of, round, bases) for m in SITES}


MAINTENANCE = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{name}</title></head><body>'
               '<div class="notice"><h1>网站改版升级中</h1>'
               '<p>{name}网站正在改版升级，暂停访问，给您带来不便敬请谅解。</p>'
               "</div></body></html>\n")

# the pager script Hanweb pages load; the demo's needs only to exist (crawlers read the datastore)
JPAGE_JS = b"(function($){$.fn.jpage=function(o){return this;};})(window.jQuery||{fn:{}});\n"
CSS = (b"body{font-family:'Microsoft YaHei',SimSun;margin:0}.container{width:1000px;margin:0 auto}"
       b".footer{text-align:center}")


class PortalHost:
    """Serves one demo site: every page is rendered once, when the host is made."""

    def __init__(self, site: Site, bases: dict[str, str]):
        self.site = site
        self.routes: dict[str, Reply] = {}
        self.postbacks: dict[str, list[Reply]] = {}  # an ASP.NET list's address -> its pages, by __EVENTARGUMENT
        if site.meta.https_dead:
            self.fallback = Reply(301, {"Location": f"https://{site.meta.ip}/", "Content-Type": "text/html"},
                                  b"<html><body>301 Moved Permanently</body></html>")
            return
        if site.cms == "static":
            self.fallback = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                                  MAINTENANCE.format(name=site.meta.name).encode())
            return
        self.fallback = Reply(404, {"Content-Type": "text/html; charset=utf-8"}, markup.ERROR_PAGE.encode())
        self._render(bases)

    def _html(self, text: str, bare: bool = False) -> Reply:
        s = self.site
        ctype = f"text/html; charset={s.charset}" if s.header_charset and not bare else "text/html"
        return Reply(200, {"Content-Type": ctype}, markup.encode(text, s.charset))

    def _render(self, bases: dict[str, str]) -> None:
        s = self.site
        r: dict[str, Reply] = {}
        r["/"] = r["/index.html"] = self._html(markup.homepage(s, bases))
        if s.home_type:
            r["/"] = r["/index.html"] = Reply(200, {"Content-Type": s.home_type}, r["/"].body)
        for alias in s.home_aliases:
            r[alias] = r["/"]
        if s.meta.home:  # a platform's subsite: its homepage in its folder, the host's root the platform's (raw)
            r[s.meta.home] = r.pop("/")
            del r["/index.html"]
        for path, text in markup.home_frames(s, bases).items():
            r[path] = self._html(text)
        json_type = {"Content-Type": "application/json; charset=utf-8"}
        for col in s.columns:
            for n in range(len(col.pages())):
                if col.paging == "pages":  # one list page; its endpoint's pages
                    r[markup.paged_path(col, n)] = Reply(200, json_type, markup.paged_json(col, n).encode())
                    if col.sid_var:  # asked without the site's id, its backend finds no article
                        r[markup.paged_path(col, n).replace(f"&sid={markup.PAGED_SID}", "")] = Reply(
                            200, json_type, b'{"classify": null, "total": 0, "articles": []}')
                    if col.sid_var:
                        r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"},
                                                 markup.JQUERY_JS.encode())
                    if col.gkml == "category" and not n:  # its list is its endpoint's answer alone
                        r[col.path] = r[markup.paged_path(col, 0)]
                    if n or col.gkml == "category":
                        continue
                if col.paging in ("aspnet", "anp"):  # one address: page k is the form posted back with k
                    self.postbacks.setdefault(col.path, []).append(
                        self._html(markup.list_page(s, col, n, bases), bare=col.bare_encoding))
                    if n:
                        continue
                r[col.page_path(n)] = self._html(markup.list_page(s, col, n, bases), bare=col.bare_encoding)
            if col.frame is not None:
                r[urlsplit(col.frame).path] = self._html(markup.SIGN_IN_PAGE if col.fail == "frame_sign_in"
                                                         else markup.list_frame(s, col))
            if col.entry is not None:
                r[col.entry] = self._html(markup.script_redirect(col.path))
            for alias in (*col.aliases, *col.more_as):
                r[alias] = r[col.path]
            if col.paging == "stuck":  # every page of its pager is its first
                for k in range(2, markup.STUCK_PAGES + 1):
                    r[f"{col.path}?page={k}"] = r[col.path]
            if col.fail == "gzip_bare":  # compressed bytes, no Content-Encoding: what a browser shows is garbage
                for path in (col.path, *col.aliases):
                    r[path] = Reply(200, r[path].headers, gzip.compress(r[path].body, mtime=0))
            if col.fail == "hang":  # the list page never answers
                for path in (col.path, *col.aliases):
                    r[path] = Reply(action="hang")
            for item in col.items:
                if not item.path.startswith("/"):
                    continue
                if item.link:
                    r[item.link] = Reply(301, {"Location": item.path, "Content-Type": "text/html; charset=utf-8"},
                                         b"<html><body>Moved Permanently</body></html>")
                if col.fail == "articles_503":
                    r[item.path] = status_503()
                elif col.fail == "articles_firewall":
                    r[item.path] = self._html(markup.FIREWALL_PAGE)
                else:
                    r[item.path] = self._html(markup.article(s, col, item, bases))
            if col.site_code:  # an office's old pages: its old 网站标识码 where the site's would be
                for path in {*(col.page_path(n) for n in range(len(col.pages()))), *(i.path for i in col.items)}:
                    r[path].body = r[path].body.replace(s.meta.site_code.encode(), col.site_code.encode())
            if col.paging == "js":
                r[markup.JS_API] = Reply(200, json_type, markup.js_json(col).encode())
            if col.paging in ("json", "script"):
                r[markup.data_path(col)] = self._html(markup.MAINTENANCE_PAGE) if col.fail == "json_page" else \
                    Reply(200, json_type, markup.endpoint_json(col).encode())
            if col.paging == "load":
                # with its charset: the page's <meta> does not reach a script's request
                r[markup.fragment_path(col)] = Reply(200, {"Content-Type": f"text/html; charset={s.charset}"},
                                                     markup.encode(markup.load_fragment(col), s.charset))
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.gbk_data:  # GBK bytes under no charset, or a wrong one
                data = markup.data_path(col) if col.paging in ("json", "script") else markup.fragment_path(col)
                mime = r[data].headers["Content-Type"].split(";")[0]
                ctype = mime if col.gbk_data == "none" else f"{mime};charset={col.gbk_data}"
                r[data] = Reply(200, {"Content-Type": ctype}, r[data].body.decode(s.charset).encode("gbk"))
            if col.paging == "searchlist":  # its script file, and the endpoint that script builds the address of
                r[markup.search_list_path(col)] = Reply(200, json_type, markup.data_file_json(col).encode())
                r[markup.SEARCH_LIST_JS] = Reply(200, {"Content-Type": "application/javascript"},
                                                 markup.SEARCH_LIST_SCRIPT.encode())
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.paging == "datafile":  # the JSON file its platform writes beside the list page
                r[col.canonical.rsplit("/", 1)[0] + "/" + col.data_file] = Reply(
                    200, json_type, markup.data_file_json(col).encode())
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.paging == "script":
                r[markup.data_path(col).replace("data.json", "loader.js")] = Reply(
                    200, {"Content-Type": "application/javascript"}, markup.loader_js(col).encode())
        if s.carousel:
            r[markup.FOCUS_JS] = Reply(200, {"Content-Type": "application/javascript"}, markup.FOCUS_SCRIPT.encode())
        for n, block in enumerate(s.blocks):
            if block.frame_url:
                r[urlsplit(block.frame_url).path] = self._html(markup.block_frame(s, block))
            if block.filled:
                r[markup.home_block_fill_path(n)] = Reply(200, {"Content-Type": "application/javascript"},
                                                          markup.home_block_fill(n, block.load_after).encode())
                r[markup.home_block_path(n)] = Reply(500, {"Content-Type": "text/html"}, b"<h1>500</h1>") \
                    if block.fails else Reply(200, json_type, markup.home_block_json(s, block).encode())
            if block.scripted:
                r[markup.home_block_path(n)] = Reply(200, json_type, markup.home_block_json(s, block).encode())
            if block.loaded:  # the pane's rows, an HTML fragment
                rows = markup.entries(s.column(block.column).items[:block.count], block.style, "li")
                r[markup.home_block_fragment_path(n)] = Reply(200, {"Content-Type": f"text/html; charset={s.charset}"},
                                                              markup.encode(rows, s.charset))
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if block.external:
                js_type = {"Content-Type": f"application/javascript; charset={s.charset}"}
                r[markup.home_block_js_path(n)] = Reply(200, js_type,
                                                        markup.encode(markup.home_block_js(s, block), s.charset))
        r["/wzdt/index.html"] = self._html(markup.sitemap(s, bases))
        m = s.meta
        r["/lxwm/index.html"] = self._html(markup.simple(s, "联系我们", (
            f"<p>地址：{markup.esc(m.address)}</p><p>电话：{m.phone}</p>"
            "<p>工作时间：工作日 8:30-12:00，14:30-17:30</p>"), bases))
        r["/wzjc/index.html"] = self._html(markup.simple(s, "我为政府网站找错", (
            "<p>如发现本网站存在错别字、链接不可用、信息不更新等问题，请通过全国政府网站找错平台或拨打"
            f"{m.phone}反映。</p>"), bases))
        r["/wzsm/index.html"] = self._html(markup.simple(s, "网站声明", (
            f"<p>本网站由{markup.esc(m.sponsor)}主办，未经许可，任何单位和个人不得转载本网站原创信息。</p>"), bases))
        r["/search/index.html"] = self._html(markup.simple(s, "站内搜索", "<p>请输入关键词。</p>", bases))
        for path, (title, body) in s.pages.items():
            r[path] = self._html(markup.simple(s, title, body, bases))
        r["/404.html"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"}, markup.ERROR_PAGE.encode())
        if s.footer_script:
            r[markup.FOOTER_JS] = Reply(200, {"Content-Type": f"application/javascript; charset={s.charset}"},
                                        markup.encode(markup.footer_js(s, bases), s.charset))
        r["/css/style.css"] = Reply(200, {"Content-Type": "text/css"}, CSS)
        r["/images/gaba.png"] = r["/images/jiucuo.png"] = r["/favicon.ico"] = image()
        if s.cms == "hanweb" or any(b.store for b in s.blocks):
            r["/module/web/jpage/jpage.js"] = Reply(200, {"Content-Type": "application/javascript"}, JPAGE_JS)
        if s.menu_js:
            r[s.menu_js] = Reply(200, {"Content-Type": f"application/javascript; charset={s.charset}"},
                                 markup.encode(markup.menu_js(s), s.charset))
        for n in range(1, len(s.slides) + 1):
            r[f"/images/tpxw{n}.jpg"] = image()
        if s.header_js:
            r[s.header_js] = Reply(200, {"Content-Type": "application/javascript"}, markup.header_js(s).encode())
        if s.header_load:
            r[markup.HEADER_FRAGMENT] = self._html(markup.header_fragment(s))
            r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
        if s.menu_file:
            r[markup.MENU_FILE] = Reply(200, {"Content-Type": "application/json; charset=utf-8"},
                                        markup.menu_data(s).encode("utf-8"))
        if s.spa:
            self._spa(r)
        r.update(s.raw)
        self.routes.update({route_key(k): v for k, v in r.items()})

    def _spa(self, r: dict[str, Reply]) -> None:
        """A single-page app: its homepage and column pages served as the app's shell, each drawn by the bundle from
        the page's markup the API answers."""
        s = self.site
        paths = {"/index.html"} | {p for c in s.columns for p in (*(c.page_path(n) for n in range(len(c.pages()))),
                                                                   *c.aliases)}
        for path in sorted(paths):
            r[markup.spa_page_path(path)] = Reply(200, {"Content-Type": "application/json; charset=utf-8"},
                                                  markup.spa_page(r[path].body.decode(s.charset)).encode())
            r[path] = self._html(markup.spa_shell(s))
        r["/"] = r["/index.html"]
        r[markup.SPA_JS] = Reply(200, {"Content-Type": "application/javascript"}, markup.SPA_SCRIPT.encode())
        r["/static/js/chunk-vendors.js"] = Reply(200, {"Content-Type": "application/javascript"},
                                                 b"/* the app's libraries */\n")
        r["/static/css/app.css"] = Reply(200, {"Content-Type": "text/css"}, CSS)

    def respond(self, req: DemoRequest) -> Reply:
        if self.site.meta.waf and is_crawler(req):
            return Reply(403, {"Content-Type": "text/html; charset=utf-8"}, sthj.WAF_PAGE.encode())
        handler = self.site.handlers.get(req.path)
        if handler is not None:
            reply = handler(req)
            if reply is not None:
                return reply
        if req.path == markup.HANWEB_PROXY and self.site.cms == "hanweb":
            return self._dataproxy(req)
        if req.method == "POST" and req.path in self.postbacks:
            form = dict(parse_qsl(req.body.decode("latin-1")))
            pages = self.postbacks[req.path]
            k = form.get("__EVENTARGUMENT", "1")
            if form.get("__EVENTTARGET") != markup.ASPNET_PAGER or not k.isdigit() or not 1 <= int(k) <= len(pages):
                return Reply(500, {"Content-Type": "text/html; charset=utf-8"}, b"Invalid postback argument")
            return pages[int(k) - 1]
        if req.query:  # pages told apart by their query (list.jsp?classid=5&page=2, show.jsp?id=9)
            found = self.routes.get(f"{req.path}?{urlencode(sorted(req.query.items()))}")
            if found is not None:
                return found
        found = self.routes.get(req.path)
        if found is None and req.path.endswith("/"):  # a directory serves its index page, as web servers do
            found = self.routes.get(req.path + "index.html")
        return self.fallback if found is None else found

    def _dataproxy(self, req: DemoRequest) -> Reply:
        """Hanweb's next groups: the same <datastore> XML for records startrecord..endrecord of a column."""
        params = dict(req.query)
        params.update(parse_qsl(req.body.decode("latin-1")))
        referer = re.search(r"/col/col(\d+)/", req.headers.get("referer", ""))
        try:
            col_id = int(params.get("columnid") or (referer.group(1) if referer else self._first_hanweb_id()))
            start = max(1, int(params.get("startrecord", "1")))
            end = int(params.get("endrecord", str(start + 14)))
        except ValueError:
            return Reply(400, {"Content-Type": "text/plain"}, b"bad parameters")
        col = next((c for c in self.site.columns if c.hanweb_id == col_id and c.paging == "hanweb"), None)
        if col is None:
            return Reply(200, {"Content-Type": f"text/xml; charset={self.site.charset}"}, b"<datastore></datastore>")
        xml = f'<?xml version="1.0" encoding="{self.site.charset}"?>\n' + markup.datastore(col, start, end)
        return Reply(200, {"Content-Type": f"text/xml; charset={self.site.charset}"},
                     markup.encode(xml, self.site.charset))


    def _first_hanweb_id(self) -> str:
        return str(next((c.hanweb_id for c in self.site.columns if c.paging == "hanweb"), 0))


def route_key(url: str) -> str:
    """A route's key: the path, and the query with its parameters sorted."""
    path, _, query = url.partition("?")
    return f"{path}?{urlencode(sorted(parse_qsl(query, keep_blank_values=True)))}" if query else path


def status_503() -> Reply:
    return Reply(503, {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"},
                 "<html><body><h1>503 Service Unavailable</h1><p>服务器繁忙。</p></body></html>".encode())


class ExternalFallback:
    """Stands in for linkhosts.py's external host when that module is absent: serves the conac mark image."""

    def respond(self, req: DemoRequest) -> Reply:
        if req.path == markup.CONAC_IMAGE_PATH:
            return image()
        return Reply(404, {"Content-Type": "text/html; charset=utf-8"}, markup.ERROR_PAGE.encode())

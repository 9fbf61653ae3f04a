"""page_links: every link of a page, in document order, without a crawl."""

from __future__ import annotations

from parsel import Selector

from govcheck.cms.css import css_urls, srcset_urls
from govcheck.cms.links import CssRef, page_links
from govcheck.judge.urls import link_kind
from tests.cms.pages import real

BASE = "http://www.x.gov.cn/zwgk/tzgg/index.html"


def links(body: str, head: str = "", base: str = BASE) -> list[tuple]:
    """(tag, href, text, scheme, absolute URL) of each link of a page, the way the spider parses it."""
    root = Selector(text=f"<html><head>{head}</head><body>{body}</body></html>").root
    return [(el.tag, href, text, scheme, url) for el, href, text, scheme, url in page_links(root, base)]


def hrefs(body: str, head: str = "") -> list[tuple[str, str]]:
    return [(tag, href) for tag, href, *_ in links(body, head)]


def test_anchor_and_area():
    assert links('<a href="./t1.html"> 关于  开展\n检查的通知 </a><map><area href="/map.html" alt="地图"></map>') == [
        ("a", "./t1.html", "关于 开展 检查的通知", "web", "http://www.x.gov.cn/zwgk/tzgg/t1.html"),
        ("area", "/map.html", "", "web", "http://www.x.gov.cn/map.html"),
    ]


def test_anchor_without_text_takes_its_image_alt():
    assert links('<a href="/zt/"><img src="/i/zt.jpg" alt="专题专栏"></a>')[0][2] == "专题专栏"


def test_skipped_schemes_kept_anchors_and_malformed():
    found = hrefs('<a href="javascript:void(0)">x</a><a href="mailto:a@x.gov.cn">m</a><a href="#top">t</a>'
                  '<a href="http://a b.gov.cn/">bad</a>')
    assert found == [("a", "#top"), ("a", "http://a b.gov.cn/")]


def test_img_src_with_alt():
    assert links('<img src="../../images/logo.png" alt="市政府">') == [
        ("img", "../../images/logo.png", "市政府", "web", "http://www.x.gov.cn/images/logo.png")]


def test_frameset_frames_are_pages_named_by_title_or_name():
    root = Selector(text='<html><head><title>t</title></head><frameset rows="150,*">'
                         '<frame name="top" src="top.html"><frame name="main" title="正文" src="/main.html">'
                         "</frameset></html>").root
    found = [(el.tag, href, text, url) for el, href, text, _, url in page_links(root, BASE)]
    assert found == [("frame", "top.html", "top", "http://www.x.gov.cn/zwgk/tzgg/top.html"),
                     ("frame", "/main.html", "正文", "http://www.x.gov.cn/main.html")]
    assert {link_kind(url, tag) for tag, _, _, url in found} == {"page"}


def test_iframe():
    (found,) = links('<iframe src="/col/col12/index.html" title="领导信箱" width="100%"></iframe>')
    assert found[:3] == ("iframe", "/col/col12/index.html", "领导信箱")
    assert link_kind(found[4], "iframe") == "page"


def test_object_data_and_embed_src():
    found = links('<object data="/flash/top.swf" type="application/x-shockwave-flash">'
                  '<embed src="/flash/top2.swf" title="横幅"></object>')
    assert [(t, h, x) for t, h, x, *_ in found] == [("object", "/flash/top.swf", ""),
                                                    ("embed", "/flash/top2.swf", "横幅")]
    assert [link_kind(url, tag) for tag, *_, url in found] == ["attachment", "attachment"]


def test_video_src_poster_and_sources():
    found = links('<video src="/v/a.mp4" poster="/v/a.jpg" title="新闻发布会">'
                  '<source src="/v/a.webm" type="video/webm"><track src="/v/a.vtt" kind="captions"></video>'
                  '<audio src="/v/b.mp3"></audio>')
    assert [(t, h) for t, h, *_ in found] == [("video", "/v/a.mp4"), ("video", "/v/a.jpg"), ("source", "/v/a.webm"),
                                               ("track", "/v/a.vtt"), ("audio", "/v/b.mp3")]
    assert found[2][2] == "新闻发布会"  # a source without a title is named by its video
    assert [link_kind(url, tag) for tag, *_, url in found] == ["attachment", "image", "attachment", "other",
                                                               "attachment"]


def test_picture_sources_srcset_named_by_the_picture_image():
    found = links('<picture><source srcset="/i/a.webp 1x, /i/a@2x.webp 2x" type="image/webp">'
                  '<img src="/i/a.jpg" alt="航拍"></picture>')
    assert [(t, h, x) for t, h, x, *_ in found] == [("source", "/i/a.webp", "航拍"),
                                                    ("source", "/i/a@2x.webp", "航拍"),
                                                    ("img", "/i/a.jpg", "航拍")]
    assert {link_kind(url, tag) for tag, *_, url in found} == {"image"}


def test_img_srcset_after_src_without_repeating_it():
    assert hrefs('<img src="a.jpg" srcset="a.jpg 1x, a-2x.jpg 2x" alt="x">') == [("img", "a.jpg"), ("img", "a-2x.jpg")]


def test_srcset_splitting():
    assert srcset_urls("a.jpg 1x,b.jpg 2x") == ["a.jpg", "b.jpg"]
    assert srcset_urls(" a.jpg, b.jpg  ") == ["a.jpg", "b.jpg"]
    assert srcset_urls("/img?w=1,2 100w, c.jpg 200w") == ["/img?w=1,2", "c.jpg"]  # commas inside a URL stay
    assert srcset_urls("a.jpg (max-width: 600px, x) 1x, b.jpg") == ["a.jpg", "b.jpg"]
    assert srcset_urls("") == []


def test_input_image_only():
    assert hrefs('<input type="image" src="/i/go.gif"><input type="text" src="/i/no.gif"><input src="/i/no2.gif">'
                 '<input type="IMAGE " src="/i/go2.gif">') == [("input", "/i/go.gif"), ("input", "/i/go2.gif")]
    assert link_kind("http://www.x.gov.cn/i/go", "input") == "image"


def test_link_stylesheets_and_icons_only():
    head = ('<link rel="stylesheet" href="/css/a.css"><link rel="shortcut icon" href="/favicon.ico">'
            '<link rel="Icon" href="/i/fav.png"><link rel="alternate stylesheet" href="/css/big.css">'
            '<link rel="dns-prefetch" href="//cdn.x.com"><link rel="preload" href="/f.woff2">'
            '<link rel="canonical" href="/zwgk/"><link rel="alternate" href="/rss.xml"><link href="/norel.css">'
            '<link rel="apple-touch-icon" href="/i/apple.png">')
    found = links("", head)
    assert [(t, h) for t, h, *_ in found] == [("link", "/css/a.css"), ("link", "/favicon.ico"), ("link", "/i/fav.png")]
    assert {link_kind(url, tag) for tag, *_, url in found} == {"other"}


def test_css_url_in_style_attribute():
    found = links('<div class="banner" title="横幅" style="background: URL( \'../../images/b g.jpg\' ) no-repeat;'
                  ' border-image: url(/i/border.png) 30; cursor: url(&quot;/i/hand.cur&quot;), auto">x</div>')
    assert [(t, h, x) for t, h, x, *_ in found] == [("css", "../../images/b g.jpg", "横幅"),
                                                    ("css", "/i/border.png", "横幅"), ("css", "/i/hand.cur", "横幅")]
    assert found[0][4] == "http://www.x.gov.cn/images/b%20g.jpg"
    assert [link_kind(url, tag) for tag, *_, url in found] == ["image", "image", "other"]


def test_css_ref_stands_for_the_styled_element():
    root = Selector(text='<html><body><td id="c" style="background-image:url(/i/c.gif)">x</td></body></html>').root
    (el, *_), = page_links(root, BASE)
    assert isinstance(el, CssRef) and el.tag == "css"
    assert el.element.tag == "td" and el.get("id") == "c"


def test_css_in_style_element_with_imports_comments_and_escapes():
    head = ('<style type="text/css">\n/* .old { background: url(/i/old.png) } */\n@import "/css/print.css" print;\n'
            "@import url('/css/more.css');\n.nav{background:#fff url(/i/nav\\5f bg.png) repeat-x}\n"
            '.x{background:url("/i/quote\\"d.png")} .y{background:myurl(/i/not.png)}\n'
            "@font-face{font-family:i;src:url(/f/icon.woff2) format('woff2')}</style>")
    found = links("", head)
    assert [(t, h) for t, h, *_ in found] == [("css", "/css/print.css"), ("css", "/css/more.css"),
                                              ("css", "/i/nav_bg.png"), ("css", '/i/quote"d.png'),
                                              ("css", "/f/icon.woff2")]
    assert [link_kind(url, tag) for tag, *_, url in found] == ["other", "other", "image", "image", "other"]


def test_css_without_extension_is_other_never_a_page():
    assert link_kind("http://www.x.gov.cn/getimg.jsp?id=1", "css") == "other"
    assert link_kind("http://www.x.gov.cn/a.html", "css") == "other"


def test_data_uris_and_fragments_skipped():
    body = ('<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="x">'
            '<div style="background:url(data:image/png;base64,iVBORw0KGgo=);mask:url(#m)">'
            '<img srcset="data:image/png;base64,AAAA 1x, /i/real.png 2x"></div>')
    head = "<style>.a{background:url('data:image/svg+xml;utf8,<svg></svg>')} .b{filter:url(#blur)}</style>"
    assert hrefs(body, head) == [("img", "/i/real.png")]


def test_css_urls_any_case_and_around_wide_characters():
    # İ lower-cases to two characters: the offsets found on the lower-cased copy must not drift
    assert css_urls("İİ{background:URL(/a.png)} .b{background:uRl('/b\\2e png')} @IMPORT 'c.css';"
                    " .d{background:url('/d url(e).png')}") == ["/a.png", "/b.png", "c.css", "/d url(e).png"]


def test_css_urls_of_empty_or_bad_values():
    assert css_urls("a{background:url()} b{background:url(a b.png)} c{x:url( 'ok.png' )}") == ["ok.png"]
    assert css_urls("a{background:url(x.png)", imports=False) == ["x.png"]
    assert css_urls('@import "a.css";', imports=False) == []


def test_lazy_load_image_behind_placeholder():
    found = hrefs('<img src="data:image/gif;base64,R0lGOD" data-original="/up/1.jpg" alt="a">'
                  '<img src="/i/loading.gif" data-src="/up/2.jpg">'
                  '<img data-src="/up/3.jpg" data-original="/up/3.jpg">'
                  '<img src="/up/4.jpg" data-src="/up/4.jpg">')
    assert found == [("img", "/up/1.jpg"), ("img", "/i/loading.gif"), ("img", "/up/2.jpg"), ("img", "/up/3.jpg"),
                     ("img", "/up/4.jpg")]


def test_lazy_attributes_that_are_not_urls_are_left_out():
    found = hrefs('<img src="/i/a.jpg" data-src="{{item.pic}}" data-original="${pic}" original="true" lazy-src="1"'
                  ' oldsrc="W020190918.jpg">')
    assert found == [("img", "/i/a.jpg")]


def test_background_attribute_of_old_table_layouts():
    found = links('<table background="/i/t.gif"><tr><td background="../i/td.jpg" title="栏目">x</td></tr></table>')
    assert [(t, h, x) for t, h, x, *_ in found] == [("table", "/i/t.gif", ""), ("td", "../i/td.jpg", "栏目")]
    assert {link_kind(url, tag) for tag, *_, url in found} == {"image"}


def test_background_colours_and_other_elements_left_out():
    found = hrefs('<table background="#ffffff"><tr><td background="white">x</td><td background="">y</td></tr></table>'
                  '<div background="/i/div.gif">z</div>')
    assert found == []


def test_document_order():
    head = '<link rel="stylesheet" href="/1.css"><style>.h{background:url(/2.png)}</style>'
    body = ('<div style="background:url(/3.png)"><a href="/4.html" style="background:url(/5.png)">x</a>'
            '<img src="/6.png" srcset="/7.png 2x"></div><iframe src="/8.html"></iframe>'
            '<table><tr><td background="/9.gif"><object data="/10.swf"></object></td></tr></table>'
            '<video poster="/12.jpg" src="/11.mp4"></video><p style="background:url(/13.png)"></p>'
            '<embed src="/14.swf"><area href="/15.html"><input type="image" src="/16.gif"><a href="/17.html">e</a>'
            '<div style="background:url(/18.png)"><span style="background:url(/19.png)"><b>no link</b></span></div>'
            '<p style="background:url(/20.png)"></p>')
    assert [h for _, h in hrefs(body, head)] == [f"/{n}.{e}" for n, e in (
        (1, "css"), (2, "png"), (3, "png"), (4, "html"), (5, "png"), (6, "png"), (7, "png"), (8, "html"), (9, "gif"),
        (10, "swf"), (11, "mp4"), (12, "jpg"), (13, "png"), (14, "swf"), (15, "html"), (16, "gif"), (17, "html"),
        (18, "png"), (19, "png"), (20, "png"))]


def test_link_at_the_end_of_a_3_mb_list_page():
    rows = []
    for i in range(15000):
        style = ' style="background:url(/images/dot.gif) no-repeat left"' if i % 50 == 0 else ""
        rows.append(f'<tr{style}><td class="title"><a href="./2023{i % 12 + 1:02d}/t20230101_{i}.html" target="_blank"'
                    f' title="关于印发第{i}号文件的通知">关于印发第{i}号文件的通知</a></td>'
                    '<td class="date">2023-01-01</td></tr>\n')
    page = ('<html><head><style>.list td{background:url(../images/line.gif)}</style></head><body>'
            '<table class="list">' + "".join(rows) + "</table>"
            '<div class="footer"><iframe src="/footer.html" title="页脚"></iframe>'
            '<a href="../../wzdt/index.html">网站地图</a>'
            "</div></body></html>")
    assert len(page.encode("utf-8")) > 3_000_000
    found = [(el.tag, href, text, url) for el, href, text, _, url in page_links(Selector(text=page).root, BASE)]
    assert found[-2:] == [("iframe", "/footer.html", "页脚", "http://www.x.gov.cn/footer.html"),
                          ("a", "../../wzdt/index.html", "网站地图", "http://www.x.gov.cn/wzdt/index.html")]
    assert len(found) == 1 + 15000 + 15000 // 50 + 2
    assert found[1] == ("css", "/images/dot.gif", "", "http://www.x.gov.cn/images/dot.gif")
    assert found[2][3] == "http://www.x.gov.cn/zwgk/tzgg/202301/t20230101_0.html"


def test_never_closed_links_keep_their_own_text():
    # each <a> of the list holds the rest of the page: every link is found, named by its own first words
    rows = "".join(f'<a href="/art/{i}.html"><span>第{i}条通知 2023-01-01\n' for i in range(600))
    found = links(rows)
    assert len(found) == 600 and found[-1][1] == "/art/599.html"
    assert found[0][2].startswith("第0条通知 2023-01-01 第1条通知") and len(found[0][2]) <= 300
    assert found[-1][2] == "第599条通知 2023-01-01"


def test_real_page_css_and_background_images():
    sel, url = real("04-yuanzhou-zwyw-2017.html")
    found = [(el.tag, href) for el, href, *_ in page_links(sel.root, url)]
    assert ("css", "../../../images/yz_bg.gif") in found
    assert ("td", "../../../images/yz_sbg.gif") in found
    assert ("link", "../../../images/yzWeb.css") in found
    sel, url = real("06-fengcheng-fcxw-2017.html")
    named = {href: text for el, href, text, *_ in page_links(sel.root, url) if el.tag == "css"}
    assert named == {"../../dbsource/114783/642465.jpg": "微博", "../../dbsource/114783/642464.jpg": "微信"}


def test_a_link_past_the_parsers_nesting_limit_is_still_found():
    """15,000 rows that each leave a <div> open: libxml2 stops at 2,048 levels without a word, the rest is read on."""
    from scrapy.http import HtmlResponse, Request

    from govcheck.cms.links import page_roots

    rows = "".join(f'<div class="row"><a href="/t{i}.html">第{i}条</a><span>2026-01-01</span>\n' for i in range(15000))
    text = f"<html><body>{rows}<p><a href='/files/last.pdf'>最后一个附件</a></p></body></html>"
    response = HtmlResponse("http://a.gov.cn/", body=text.encode(), encoding="utf-8", request=Request("http://a.gov.cn/"))
    assert len(list(page_links(response.selector.root, response.url))) < 3000  # the parser alone stops early
    found = {e[4] for root in page_roots(response.selector.root, response.text)
             for e in page_links(root, response.url)}
    assert len(found) == 15001 and "http://a.gov.cn/files/last.pdf" in found


def test_an_ordinary_page_is_read_once():
    from parsel import Selector

    from govcheck.cms.links import page_roots

    sel = Selector(text='<html><body><div><a href="/a.html">a</a></div></body></html>')
    assert page_roots(sel.root, sel.get()) == [sel.root]


def test_jump_box_entries_are_links_other_selects_are_not():
    jump = ('<select onchange="if(this.value)window.open(this.value)"><option value="">友情链接</option>'
            '<option value="http://www.jx.gov.cn/">江西省人民政府</option>'
            '<optgroup label="县直"><option value="/old/index.html"> 旧版门户 </option></optgroup></select>')
    scope = ('<select name="year" onchange="location.href=\'list.jsp?year=\'+this.value">'
             '<option value="2026">2026</option></select><select name="scope"><option value="/all">全站</option>'
             '</select>')
    assert links(jump + scope) == [
        ("option", "http://www.jx.gov.cn/", "江西省人民政府", "web", "http://www.jx.gov.cn/"),
        ("option", "/old/index.html", "旧版门户", "web", "http://www.x.gov.cn/old/index.html"),
    ]
    assert link_kind("http://www.x.gov.cn/old/index.html", "option") == "page"


def test_real_friend_link_boxes_are_read_whole():
    # 32: three 友情链接 boxes of 150 entries in all, their first options the boxes' own names (no address)
    sel, url = real("32-hdzfxxgk-home-2020.html")
    entries = [(href, text) for el, href, text, *_ in page_links(sel.root, url) if el.tag == "option"]
    assert len(entries) == 150 and entries[:2] == [("http://www.fmprc.gov.cn/web/", "外交部"),
                                                    ("http://www.mod.gov.cn", "国防部")]

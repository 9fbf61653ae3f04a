"""Footer identity marks on a small page (govcheck/cms/identity.py)."""

from parsel import Selector

from govcheck.cms.identity import read_identity
from tests.cms.pages import small


def test_all_marks_present():
    ident = read_identity(small("home_nav.html"), "http://www.xx.gov.cn/index.html")
    assert ident == {
        "conac_mark": True, "site_code": "1234560001", "icp": "某ICP备12345678号",
        "psb": "某公网安备 12345678901234号", "sponsor": "某县人民政府办公室", "zhaocuo": True,
        "sitemap": "http://www.xx.gov.cn/wzdt/", "contact": True,
    }


def test_missing_marks_are_false():
    ident = read_identity(small("scripted.html"), "http://www.xx.gov.cn/zcwj/")
    assert all(v is False for v in ident.values())


def test_invalid_site_code_is_refused():
    from parsel import Selector

    sel = Selector(text='<html><head><meta name="SiteIDCode" content="12345"></head>'
                        '<body>网站标识码：99</body></html>')
    assert read_identity(sel, "http://www.xx.gov.cn/")["site_code"] is False


def test_the_marks_a_footers_script_file_writes():
    """<div class="footer"><script src="/js/footer.js"></script></div>: the file, the site's own, writes the marks."""
    from govcheck.cms.identity import footer_scripts, written_markup

    page = ('<div class="footer"><script src="/js/footer.js"></script></div><script src="/js/jquery.min.js"></script>'
            '<script src="https://hm.baidu.com/hm.js"></script><script src="/js/bottom.js"></script>')
    assert footer_scripts(Selector(text=page), "http://www.xx.gov.cn/") == [
        "http://www.xx.gov.cn/js/footer.js", "http://www.xx.gov.cn/js/bottom.js"]
    script = ("document.write('<p>主办单位：某县人民政府办公室　网站标识码：3609000001</p>');\n"
              "document.write('<p><a href=\\'http://beian.miit.gov.cn\\'>赣ICP备12345678号</a></p>');")
    marks = read_identity(Selector(text=written_markup(script)), "http://www.xx.gov.cn/")
    assert (marks["site_code"], marks["icp"], marks["sponsor"]) == ("3609000001", "赣ICP备12345678号",
                                                                    "某县人民政府办公室")


def test_the_read_marks_are_the_named_ones():
    from govcheck.cms.identity import IDENTITY_MARKS

    assert tuple(read_identity(Selector(text="<html></html>"), "http://www.xx.gov.cn/")) == IDENTITY_MARKS

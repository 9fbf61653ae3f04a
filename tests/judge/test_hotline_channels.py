"""A hotline (市长热线, 12345政务服务热线) as a consultation channel: the site's channel where its page lists its calls
or letters (a column read that showed items), not where the page read shows its number alone; a hotline page that
was not read (another host, a request that failed) is not held against the site."""

from govcheck.judge.channels import consultation_findings, is_consultation, is_hotline

HOME = "https://www.example.gov.cn/"
PAGE = HOME + "rx12345/index.html"


def test_a_leaders_hotline_is_a_consultation_channel_by_its_name():
    for name in ("市长热线", "县长热线", "局长热线", "12345政务服务热线", "12345热线办件", "示范县县长热线"):
        assert is_consultation(name) and is_hotline(name), name  # before: 市长热线, 县长热线, 局长热线 were none
    assert not any(map(is_consultation, ("热线电话", "服务热线", "行风热线", "值班电话")))
    assert not is_hotline("县长信箱")


def test_a_hotline_page_read_that_lists_its_calls_is_the_sites_channel():
    assert consultation_findings("s", HOME, [], ["局长热线"], listed={"局长热线", PAGE}) == []
    assert consultation_findings("s", HOME, [("12345政务服务热线", PAGE, "ok")], [], listed={PAGE}, read={PAGE}) == []


def test_a_hotline_page_read_that_shows_its_number_alone_is_no_channel():
    """Before: the link's text alone made 12345 a channel."""
    (none,) = consultation_findings("s", HOME, [("12345政务服务热线", PAGE, "ok")], [], read={PAGE})
    assert none.check == "no_consultation" and none.found == "已读页面中未发现咨询建议渠道"
    (none,) = consultation_findings("s", HOME, [], ["12345政务服务热线"], read={PAGE})  # a column of no items


def test_a_hotline_page_not_read_is_not_held_against_the_site():
    assert consultation_findings("s", HOME, [("12345政务服务热线", "http://12345.example.gov.cn/", "ok")], []) == []
    assert consultation_findings("s", HOME, [("市长热线", PAGE, None)], []) == []


def test_a_broken_hotline_link_is_a_channel_that_does_not_open():
    (broken,) = consultation_findings("s", HOME, [("市长热线", PAGE, "broken")], [], read=set())
    assert broken.found == "咨询渠道无法打开：市长热线"


def test_a_mailbox_link_needs_no_list():
    assert consultation_findings("s", HOME, [("县长信箱", HOME + "xzxx/", "ok")], [], read={HOME + "xzxx/"}) == []

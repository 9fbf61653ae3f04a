"""Realpage 61: the root of www.bjsat.gov.cn (北京市国家税务局, about 2018): a script alone, sending its visitor to
the homepage by an absolute address written as three string literals joined (`'http:/'+'/'+'www.bjsat.gov.cn/bjsat/'`).
A browser goes there at once: the page behind it is the homepage, as after a redirect."""

from govcheck.cms.openers import sent_on
from tests.cms.pages import real

PAGE = "61-bjsat-root-2018.html"


def test_the_root_sends_its_visitor_to_the_homepage():
    assert sent_on(real(PAGE)[0]) == "http://www.bjsat.gov.cn/bjsat/"

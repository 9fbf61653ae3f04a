"""Values a page's scripts assign by name, read as literals (govcheck/cms/jsliterals.py)."""

from govcheck.cms.jsliterals import assigned, read_fields


def test_literal_assignments_and_a_config_objects_paths():
    names = assigned(["var SID = '662021';\nlet n = 15, x = 2;",
                      "window._CONFIG = {SID: '99', TREE: [{id: 1}], SITE: {code: \"4400000001\"}};"])
    assert names == {"SID": "662021", "n": "15", "x": "2", "_CONFIG.SID": "99", "_CONFIG.SITE.code": "4400000001"}


def test_an_expression_and_a_comparison_are_no_value():
    assert assigned(["var a = 'c' + n; if (b == 'x') {} var c = 3 * k; f = d => 1;"]) == {}


def test_read_fields_resolves_names_and_tells_the_unknown():
    names = {"_CONFIG.SID": "662021", "col": "721"}
    assert read_fields("{page: p, sid: window._CONFIG.SID, cid: col, t: Date.now()}", names) == (
        {"sid": "662021", "cid": "721"}, ["page", "t"])
    assert read_fields("{sid: SID}") == ({}, ["sid"])
    assert read_fields("'a=1&b=2'") == ({"a": "1", "b": "2"}, [])

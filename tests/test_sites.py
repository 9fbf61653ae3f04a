"""The site list: valid lists load, broken ones stop with one clear line naming file, line and problem."""

import subprocess
import sys

import pytest

from govcheck.sites import SiteListError, load_sites

HEADER = "site_id,name,url,site_code,sponsor,kind,region,status,note\n"
GOOD = "qx,示范县人民政府,http://127.0.0.11:8808/,3609000001,示范县人民政府办公室,portal,示范县,active,\n"


def write(tmp_path, text):
    path = tmp_path / "sites.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_lists_load():
    demo = load_sites("data/demo-sites.csv")
    assert [s.site_id for s in demo if s.status == "offline"] == ["old"]
    assert load_sites("data/sites.csv")


def test_good_list(tmp_path):
    (site,) = load_sites(write(tmp_path, HEADER + GOOD))
    assert site.name == "示范县人民政府" and site.host == "127.0.0.11" and site.active


@pytest.mark.parametrize("text, message", [
    ("site_id,name,url\nqx,a,http://x/\n", ":1: missing column(s) site_code, sponsor, kind, region, status, note"),
    (HEADER + GOOD + GOOD, ":3: duplicate site_id 'qx' (first on line 2)"),
    (HEADER + GOOD + "\n" + GOOD, ":4: duplicate site_id 'qx' (first on line 2)"),  # a blank line still counts
    (HEADER + GOOD.replace("http://127.0.0.11:8808/", "www.example.gov.cn"), ":2: bad URL 'www.example.gov.cn'"),
    (HEADER + GOOD.replace("http://127.0.0.11:8808/", "http://127.0.0.11:99999/"), ":2: bad URL"),
    (HEADER + GOOD.replace("active", "paused"), ":2: unknown status 'paused' (use active or offline)"),
    (HEADER + GOOD.replace("portal", "blog"), ":2: unknown kind 'blog'"),
    (HEADER + GOOD.replace("3609000001", "12345"), ":2: bad site_code '12345'"),
    (HEADER, ": the site list has no sites"),
])
def test_broken_list_names_file_line_and_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)


TYPED = HEADER.replace("note\n", "note,column_types\n")


def test_column_types_load_when_the_profile_knows_them(tmp_path):
    (site,) = load_sites(write(tmp_path, TYPED + GOOD.replace(",\n", ",,领导活动=news; 专题=other\n")))
    assert site.column_types == {"领导活动": "news", "专题": "other"}


@pytest.mark.parametrize("cell, message", [
    ("领导活动=newz", ":2: column_types entry '领导活动=newz': unknown column type 'newz'; did you mean 'news'?"),
    ("专题=其他", ":2: column_types entry '专题=其他': unknown column type '其他' (use news, notice, policy, "
                "personnel, plan, interaction, other)"),
    ("专题", ":2: column_types entry '专题' is not name=type"),
])
def test_column_types_name_line_and_value(tmp_path, cell, message):
    path = write(tmp_path, TYPED + GOOD.replace(",\n", f",,{cell}\n"))
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(err.value).startswith(f"{path}{message}")


def test_column_types_follow_the_profile_given(tmp_path):
    from govcheck.sites import read_site_list

    path = write(tmp_path, TYPED + GOOD.replace(",\n", ",,专题=special\n"))
    (site,), _ = read_site_list(path, column_types=("special", "other"))
    assert site.column_types == {"专题": "special"}
    done = subprocess.run([sys.executable, "-m", "govcheck.cli", "sites", "check", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "unknown column type 'special'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_cli_check_prints_one_line_without_traceback(tmp_path):
    path = write(tmp_path, HEADER + GOOD + GOOD)
    done = subprocess.run([sys.executable, "-m", "govcheck.cli", "sites", "check", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == f"govcheck: {path}:3: duplicate site_id 'qx' (first on line 2)"
    ok = subprocess.run([sys.executable, "-m", "govcheck.cli", "sites", "check", "data/demo-sites.csv"],
                        capture_output=True, text=True)
    assert ok.returncode == 0
    assert ok.stdout.startswith("data/demo-sites.csv: ") and ok.stdout.endswith(", read as CSV in UTF-8: OK\n")


def test_crawl_with_broken_list_writes_nothing(tmp_path):
    from tests.conftest import run_crawl

    path = write(tmp_path, HEADER + GOOD + GOOD)
    db = tmp_path / "g.sqlite"
    done = run_crawl(path, f"sqlite:///{db}")
    assert done.returncode == 2
    assert f"{path}:3: duplicate site_id 'qx'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()


@pytest.mark.parametrize("spider", ["portal", "probe"])
def test_crawl_with_unknown_rule_profile_stops_before_crawling(tmp_path, spider):
    from tests.conftest import run_crawl

    path = write(tmp_path, HEADER + GOOD)
    db = tmp_path / "g.sqlite"
    done = run_crawl(path, f"sqlite:///{db}", spider=spider, extra={"GOVCHECK_RULES": "no-such-profile"})
    assert done.returncode == 2
    assert "no profile named 'no-such-profile'" in done.stderr
    assert "Traceback" not in done.stderr
    assert "'downloader/request_count'" not in done.stderr  # nothing was fetched


PARENTED = HEADER.replace("note\n", "note,parent\n")
PORTAL = "sy,山阳县人民政府,http://www.sysx.gov.cn/,4399230001,山阳县人民政府办公室,portal,山阳县,active,,\n"
DEPT = "syjy,山阳县教育局,http://jyj.sysx.gov.cn/,4399230012,山阳县教育局,department,山阳县,active,,{}\n"


def test_a_department_knows_its_government_portal_by_parent_or_region(tmp_path):
    portal, dept = load_sites(write(tmp_path, PARENTED + PORTAL + DEPT.format("sy")))
    assert (dept.parent, dept.parent_url, portal.parent_url) == ("sy", "http://www.sysx.gov.cn/", "")
    # no parent given: the one portal of the same region
    assert load_sites(write(tmp_path, PARENTED + PORTAL + DEPT.format("")))[1].parent_url == "http://www.sysx.gov.cn/"
    # two portals in the region, or none: no parent is guessed
    other = PORTAL.replace("sy,", "sy2,", 1)
    assert load_sites(write(tmp_path, PARENTED + PORTAL + other + DEPT.format("")))[2].parent_url == ""
    assert load_sites(write(tmp_path, HEADER + DEPT.format("").rstrip(",\n") + "\n"))[0].parent_url == ""


@pytest.mark.parametrize("parent, message", [
    ("xx", ":3: unknown parent 'xx' (the site_id of a portal in the list)"),
    ("syjy", ":3: parent 'syjy' is not another site's government portal (kind portal)"),
])
def test_a_bad_parent_is_one_line_naming_the_row(tmp_path, parent, message):
    path = write(tmp_path, PARENTED + PORTAL + DEPT.format(parent))
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(err.value) == f"{path}{message}"

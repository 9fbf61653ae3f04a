"""The report of a real stored audit of the demo portals, from the export govcheck.export makes."""

import csv
import re

from govcheck.report.render import render_report


def test_report_of_the_demo_audit(sqlite_audit, tmp_path):
    _, _, export, _ = sqlite_audit
    index = render_report(export, tmp_path)
    html = index.read_text(encoding="utf-8")
    summary = export["summary"]
    for key in ("sites_in_list", "exempt", "checked", "qualified", "unqualified"):
        assert re.search(rf'data-figure="{key}">{summary[key]}<', html), key
    for site in export["sites"]:
        page = (tmp_path / "sites" / f"{site['site_id']}.html").read_text(encoding="utf-8")
        assert site["name"] in page
    assert (tmp_path / "notice.docx").stat().st_size > 0
    links = [link for site in export["sites"] for link in site["links"]]
    assert links and all(link["source_title"] for link in links)  # the demo's pages all have titles


def test_unverified_columns_reach_the_fix_list_the_notice_and_the_attachment(sqlite_audit, tmp_path):
    """xc's unread columns: listed with their reasons for a person, never as empty or stale, and the notice
    says its qualified verdict waits on them."""
    _, _, export, _ = sqlite_audit
    render_report(export, tmp_path)
    page = (tmp_path / "sites" / "xc.html").read_text(encoding="utf-8")
    unread = page.split('id="section-unverified-columns"')[1].split("</table>")[0]
    assert "统计信息" in unread and "财政预算" in unread and "访问超时" in unread and "503" in unread
    assert "招标采购" in unread and "脚本" in unread and "政策解读" in unread and "list-loader.js" in unread
    assert "合格结论待人工核实" in page
    notice = (tmp_path / "notice.html").read_text(encoding="utf-8")
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范新城区人民政府（[^）]*统计信息", notice)
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范市统计局（首页", notice)  # its bot wall
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范市司法局（首页", notice)  # another kind
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范市信访局（首页", notice)  # its 头条's 429
    # its boxes' data answering 500
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范市应急管理局（首页", notice)
    # a column only its pane's 更多 in a tab box of cells leads to, its page never answering
    assert re.search(r"另有6个网站存在检查工具未能读取的栏目或首页.*示范省生态环境厅（[^）]*媒体聚焦", notice)
    with (tmp_path / "attachment.csv").open(encoding="utf-8-sig") as fh:
        rows = {r[1]: r for r in csv.reader(fh)}
    header = rows["网站名称"]
    xc = dict(zip(header, rows["示范新城区人民政府"], strict=True))
    assert (xc["检查结果"], xc["空白栏目数"], xc["未能读取栏目数"]) == ("合格", "3", "6")
    assert "6个栏目未能读取，结论待人工核实" in xc["问题描述"]
    hd = dict(zip(header, rows["示范湖东县人民政府"], strict=True))
    assert (hd["检查结果"], hd["不更新栏目数"], hd["未能读取栏目数"]) == ("不合格", "7", "0")

"""Plausible titles and dated items for the demo columns, seeded by (site, as_of) so pages never drift."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from govcheck.demo.column import Item

TITLES = {
    "gov_news": [
        "{org}长主持召开{org}政府常务会议", "{org}委书记调研乡村振兴重点项目建设", "全{org}安全生产工作会议召开",
        "我{org}开展冬季森林防火专项检查", "{org}政府召开优化营商环境工作推进会", "副{org}长带队督导大气污染防治工作",
        "全{org}农村人居环境整治现场推进会召开", "{org}领导走访慰问困难群众", "我{org}举行重大项目集中开工仪式",
        "全{org}消防安全工作部署会召开", "我{org}召开河长制工作推进会", "{org}政府党组召开理论学习中心组学习会议",
        "{org}长带队检查城区重点道路改造工程", "我{org}启动冬季“送温暖”活动", "我{org}开展食品安全进校园宣传活动",
        "{org}政府召开耕地保护工作专题会议", "我{org}举办{year}年秋季人才招聘会",
        "{org}政府与示范职业技术学院签订合作协议",
        "全{org}秋冬季农业生产现场会召开", "我{org}完成高标准农田建设任务", "{org}领导调研民生实事项目推进情况",
    ],
    "town_news": [
        "{org}召开村（社区）党组织书记工作例会", "{org}开展冬季安全生产大检查", "{org}组织开展人居环境集中整治行动",
        "{org}举办农村实用技术培训班", "{org}开展防范电信网络诈骗宣传", "{org}推进秸秆综合利用工作",
        "{org}召开网格化服务管理工作会议", "{org}开展困难群众走访慰问活动", "{org}组织收看全县安全生产视频会议",
    ],
    "edu_news": [
        "市教育局召开全市中小学安全工作会议", "全市中小学校长培训班开班", "市教育局督导检查校园食品安全工作",
        "我市举办中小学生艺术展演活动", "市教育局部署寒假前安全教育工作", "全市教育系统召开党风廉政建设工作会议",
    ],
    "health_news": [
        "市卫生健康委召开冬春季传染病防控工作会议", "全市基层医疗卫生机构服务能力提升培训举行",
        "市卫生健康委开展医疗机构安全生产检查", "我市启动“健康知识进万家”活动", "市卫生健康委部署流感防控工作",
        "全市家庭医生签约服务推进会召开", "市卫生健康委督导检查院感防控工作", "我市开展无偿献血宣传活动",
    ],
    "culture_news": [
        "市文化和旅游局召开全市旅游安全工作会议", "我市举办非遗文化展示周活动", "市文化和旅游局开展文化市场执法检查",
        "全市公共图书馆服务效能提升培训举行", "我市文旅项目集中签约", "市文化和旅游局部署冬季旅游推介工作",
        "我市举办“美丽乡村”摄影作品展", "市博物馆新展开幕",
    ],
    "notice": [
        "关于做好{year}年冬季安全生产工作的通知", "关于开展{year}年度政府网站自查工作的通知",
        "关于做好元旦春节期间有关工作的通知", "关于公布{year}年第三批行政许可事项的公告",
        "关于开展安全隐患大排查的通知",
        "关于做好冬春季森林防火工作的通知", "关于征求《示范市城市管理办法（征求意见稿）》意见的公告",
        "关于开展{year}年度统计执法检查的通知", "关于调整城区部分道路交通组织的通告",
        "关于做好农民工工资支付工作的通知",
        "关于举办政务公开业务培训的通知", "关于开展“双随机、一公开”抽查工作的通知", "关于停水停电的公告",
        "关于公开征集民生实事项目建议的公告", "关于做好重要节假日期间值班工作的通知",
    ],
    "policy": [
        "示范市人民政府关于进一步优化营商环境的若干意见",
        "示范市人民政府办公室关于印发《示范市政务公开工作要点》的通知",
        "关于印发《示范市促进中小企业发展若干措施》的通知", "关于加强农村集体资产管理的实施意见",
        "示范市人民政府关于印发《示范市国土空间总体规划》的通知", "关于印发《示范市生态环境保护工作责任清单》的通知",
        "关于进一步规范行政规范性文件管理的通知", "关于推进政务服务“一网通办”的实施方案",
        "关于印发《示范市突发事件总体应急预案》的通知", "关于进一步加强耕地保护的实施意见",
    ],
    "personnel": [
        "{year}年公开招聘事业单位工作人员公告", "{year}年公开招聘事业单位工作人员拟聘用人员公示", "关于干部任免的通知",
        "{year}年公务员录用体检结果公示", "关于{org}人民政府工作人员任免的通知", "{year}年“三支一扶”人员招募公告",
        "拟提拔任用干部任前公示", "{year}年公开选调工作人员公告",
    ],
    "plan": [
        "{year}年{org}政府工作报告", "{org}国民经济和社会发展第十五个五年规划纲要", "{year}年{org}重点项目建设计划",
        "{year}年{org}财政预算执行情况报告", "{org}“十五五”交通发展规划", "{year}年{org}民生实事项目计划",
    ],
    "other": [
        "{org}基本情况", "{org}政务服务指南", "{year}年{org}政府信息公开工作年度报告", "{org}专题活动简报",
        "{org}特色文化介绍", "{org}办事指南汇编",
    ],
    "en_news": [
        "Mayor meets foreign investors", "City launches winter tourism season", "New metro line opens to the public",
        "City hosts international trade fair", "Green development plan released",
        "Officials inspect flood control works", "Free trade zone adds 40 new companies",
        "International marathon draws 20,000 runners",
    ],
    "en_policy": [
        "Regulations on foreign investment", "Measures to support private enterprises", "Rules on talent introduction",
        "Policy on export tax rebates", "Guidelines for foreigners working in the city",
    ],
    "event": [
        "“非遗过大年”主题展演活动预告", "周末公益电影放映活动预告", "市图书馆少儿阅读推广活动报名",
        "市民文化讲堂第{n}讲预告", "冬季乡村旅游线路推介会预告", "市群艺馆书法培训班招生",
    ],
    "press": [
        "{org}“3·15”国际消费者权益日新闻发布会", "{org}{year}年食品安全工作新闻发布会",
        "{org}优化营商环境政策措施新闻发布会", "{org}{year}年知识产权保护状况新闻发布会",
    ],
    "credit": [
        "行政许可信息公示（食品经营许可）", "行政处罚信息公示（{year}第{n}号）", "行政许可信息公示（药品零售）",
        "行政处罚信息公示（价格违法）", "行政许可信息公示（特种设备）", "行政处罚信息公示（虚假广告）",
    ],
    "bulletin": [
        "示范省生态环境状况公报", "示范省海洋生态环境状况公报", "示范省生态环境状况公报（图解）",
        "示范省生态环境状况公报（摘要）",
    ],
    "enforce": [
        "行政处罚决定书（示市监处罚〔{year}〕{n}号）", "行政检查结果公示（第{n}批）",
        "行政强制决定公示（{year}第{n}号）", "行政处罚决定书（示市监罚字〔{year}〕{n}号）",
        "行政执法事项清单（{year}年版）",
    ],
    "spotcheck": [
        "{year}年第{n}批双随机抽查结果公示", "食品销售者双随机抽查结果（{year}第{n}批）",
        "特种设备使用单位双随机抽查结果公示", "{year}年广告发布者双随机抽查结果公示",
    ],
    "price": [
        "{year}年第{n}周粮油市场价格监测", "主要粮油品种零售价格（{year}年第{n}期）",
        "粮油批发市场价格周报（第{n}期）", "{year}年第{n}期粮油价格资讯",
    ],
    "reading": [
        "《{org}政府性基金预算管理办法》政策解读", "一图读懂{year}年{org}财政预算报告",
        "《关于进一步加强财会监督工作的实施意见》解读",
        "{org}财政局负责同志就惠企资金直达答记者问", "《{org}政府采购负面清单》图解",
    ],
}


def titles(pool: str, rng: random.Random, n: int, org: str, year: int) -> list[str]:
    """n titles from a pool, shuffled; pools are reused when n exceeds them (real lists repeat too)."""
    base = TITLES[pool][:]
    out: list[str] = []
    while len(out) < n:
        rng.shuffle(base)
        out.extend(base)
    return [t.format(org=org, year=year, n=i + 1) for i, t in enumerate(out[:n])]


def seeded(site_id: str, as_of: date, key: str) -> random.Random:
    return random.Random(f"{site_id}|{as_of.isoformat()}|{key}")


def make_items(rng: random.Random, as_of: date, newest: int, count: int, pool: str, org: str,
               path_for: Callable[[date, int], str], next_id: Callable[[], int], gap: int = 6) -> list[Item]:
    """``count`` items, newest first: the first dated ``as_of - newest`` days, the rest older by 1..gap days."""
    day = as_of - timedelta(days=newest)
    out = []
    for title in titles(pool, rng, count, org, day.year):
        ident = next_id()
        out.append(Item(title, path_for(day, ident), day,
                        hour=f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}"))
        day -= timedelta(days=rng.randint(1, gap))
    return out


class Ids:
    """Article ids that depend only on build order, so a round never shifts another site's URLs."""

    def __init__(self, start: int):
        self.value = start

    def __call__(self) -> int:
        self.value += rng_step(self.value)
        return self.value


def rng_step(value: int) -> int:
    # ids of a real CMS are not consecutive (other sites share the sequence)
    return 3 + value % 17

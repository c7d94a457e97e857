"""Comparison keys for names typed by different clerks: the same employer or person written two ways.

"哈尔滨市某某物流有限公司", "某某物流公司" and "某某物流（哈尔滨）有限公司" are
one employer to a clerk. Their core is the name without the administrative
region in front (province, city, district), without anything in brackets and
without the company form at the end (有限公司, 有限责任公司, 集团 ...). The
duplicate finder groups records by that core and compares neighbouring cores
for near misses. A branch (分公司) or a shop (店) keeps its word: those are
different units, not different spellings.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Provinces, autonomous regions and municipalities, long and short forms (longest first when matching).
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
    "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
)
# Prefecture-level cities (and a few large county-level ones) as they start company names.
CITIES = (
    "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水",
    "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁",
    "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
    "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛",
    "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城", "延边",
    "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化",
    "大兴安岭", "讷河", "五大连池", "绥芬河",
    "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁",
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌",
    "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安",
    "亳州", "池州", "宣城",
    "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德",
    "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶",
    "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州",
    "聊城", "滨州", "菏泽",
    "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳",
    "商丘", "信阳", "周口", "驻马店",
    "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施",
    "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底",
    "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾",
    "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮",
    "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左",
    "海口", "三亚", "三沙", "儋州",
    "成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾",
    "广安", "达州", "雅安", "巴中", "资阳",
    "贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁",
    "昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧",
    "拉萨", "日喀则", "昌都", "林芝", "山南", "那曲",
    "西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛",
    "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南",
    "西宁", "海东", "银川", "石嘴山", "吴忠", "固原", "中卫",
    "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "伊犁", "喀什", "阿克苏",
)
_REGION_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "新区", "省", "市", "盟", "区", "县", "旗")
# Company forms at the end of a name, longest first; repeated ("集团有限公司" = 集团 + 有限公司).
COMPANY_FORMS = (
    "股份有限公司", "有限责任公司", "有限公司", "责任公司", "股份公司", "总公司", "公司", "集团", "有限合伙", "个体工商户",
)
_BRACKETS = re.compile(r"[(（〔\[【][^)）〕\]】]*[)）〕\]】]")
# A district, county or banner right after a stripped city: 哈尔滨市道里区, 齐齐哈尔市铁锋区.
_DISTRICT_AFTER_CITY = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:新区|区|县|旗)")
# A district or county at the very start of a name: 铁锋区某某烧烤店 (two or three characters before 区/县).
_LEADING_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:区|县)")
_NOT_NAME = re.compile(r"[\s·・.,，、\-—_'\"“”‘’]+")
# A name is never cut shorter than this: "哈尔滨物流有限公司" keeps its city, or every 某地物流 would be one employer.
MIN_CORE = 3


def _clean(name: str) -> str:
    """Full-width letters and digits folded to ASCII, upper case, spaces and punctuation removed."""
    return _NOT_NAME.sub("", unicodedata.normalize("NFKC", name or "")).upper()


class _Regions:
    """Region words looked up by prefix length: a few set lookups per name instead of a scan of hundreds."""

    def __init__(self, extra: Iterable[str]) -> None:
        self._words = frozenset({*PROVINCES, *CITIES, *(w for w in extra if w)})
        self._lengths = sorted({len(w) for w in self._words}, reverse=True)

    def leading(self, text: str) -> int:
        """Length of the region word ``text`` starts with (the longest), 0 if none."""
        for length in self._lengths:
            if len(text) > length and text[:length] in self._words:
                return length
        return 0

    def strip(self, text: str) -> str:
        """Leading province / city / district words, as many as there are (黑龙江省齐齐哈尔市铁锋区...)."""
        stripped_city = False
        while True:
            length = self.leading(text)
            if length:
                rest = text[length:]
                for suffix in _REGION_SUFFIXES:
                    if rest.startswith(suffix):
                        rest = rest[len(suffix):]
                        break
                if len(rest) >= MIN_CORE:
                    text, stripped_city = rest, True
                    continue
            if stripped_city:
                match = _DISTRICT_AFTER_CITY.match(text)
                if match and len(text) - match.end() >= MIN_CORE:
                    text = text[match.end():]
                    continue
            break
        match = _LEADING_DISTRICT.match(text)
        if match and len(text) - match.end() >= MIN_CORE:
            text = text[match.end():]
        return text


def _strip_forms(text: str) -> str:
    if text.endswith("分公司"):  # a branch is its own unit; its name stays whole
        return text
    changed = True
    while changed:
        changed = False
        for form in COMPANY_FORMS:
            if text.endswith(form) and len(text) - len(form) >= 2:
                text, changed = text[: -len(form)], True
                break
    return text


def region_words(organization_name: str) -> tuple[str, ...]:
    """The office's own region words from its name: 齐齐哈尔市铁锋区总工会 -> (齐齐哈尔市, 齐齐哈尔, 铁锋区).

    Local employers are often written with the office's district in front and
    just as often without it. A city is also written without 市; a district
    only with 区 (铁锋 alone is as likely a brand).
    """
    words: list[str] = []
    for match in re.finditer(r"([\u4e00-\u9fff]{2,4}?)(省|市|区|县|旗)", _clean(organization_name)):
        words.append(match.group(0))
        if match.group(2) in "省市":
            words.append(match.group(1))
    return tuple(words)


class CoreNamer:
    """``enterprise_core`` with the office's own region words prepared once (the finder calls it 100,000 times)."""

    def __init__(self, extra_regions: Iterable[str] = ()) -> None:
        self._regions = _Regions(extra_regions)

    def __call__(self, name: str) -> str:
        text = _clean(_BRACKETS.sub("", unicodedata.normalize("NFKC", name or "")))
        # Forms first (a bracketed region often sits before them), then the region, then forms again.
        return _strip_forms(self._regions.strip(_strip_forms(text)))


_DEFAULT_NAMER = CoreNamer()


def enterprise_core(name: str, extra_regions: Iterable[str] = ()) -> str:
    """The part of an employer's name that tells it apart: 哈尔滨市某某物流有限公司 -> 某某物流."""
    return (CoreNamer(extra_regions) if extra_regions else _DEFAULT_NAMER)(name)


def person_key(name: str) -> str:
    """A person's name as compared: width-folded, without spaces or the middle dot of minority names."""
    return _clean(name)


def bigrams(text: str) -> frozenset[str]:
    """The character pairs of a name (a one-character name is its own pair)."""
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) if len(text) > 1 else frozenset((text,))


def similarity(a: str | frozenset[str], b: str | frozenset[str]) -> float:
    """0..1 how alike two cores are: the Dice coefficient of their character pairs.

    鹤城瑞丰餐饮管理 / 鹤城瑞丰餐饮服务管理 share 6 of 7 and 9 pairs (0.75); 鑫源物流 / 鑫达物流
    share only 物流 (0.33). Pairs as sets make it a C-speed set intersection, so the finder can
    afford it on every neighbour of 100,000 names. Pass precomputed ``bigrams`` to save the split.
    """
    left = a if isinstance(a, frozenset) else bigrams(a)
    right = b if isinstance(b, frozenset) else bigrams(b)
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))

"""Word pools for the demo data: names, enterprises and places of a Heilongjiang district, and record wording.

Kept apart from the generator so the wording can be read and corrected
without touching the logic. The place is 齐齐哈尔市铁锋区; roads, compounds,
firms and enterprises are invented from common words and belong to no real
organisation. Weights are rough shares, not statistics.
"""
from __future__ import annotations

from casedesk.domain.enums import (
    CaseOutcome,
    ClaimKind,
    DisputeCategory,
    EmploymentForm,
    Industry,
    NoticeKind,
    Ownership,
    ReferralBody,
    ViolationType,
    WorkerGroup,
)

CITY = "齐齐哈尔市"
DISTRICT = "铁锋区"
AREA_PHONE = "0452"
POSTCODE = "161000"

# --- People -------------------------------------------------------------------

# Surnames as common in Heilongjiang (于、隋、宫、初、鞠、佟、关 are northeastern).
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.2), ("李", 7.0), ("张", 6.8), ("刘", 5.6), ("杨", 3.2), ("赵", 3.0), ("陈", 2.8), ("孙", 2.6),
    ("于", 2.0), ("高", 1.9), ("徐", 1.8), ("周", 1.6), ("马", 1.5), ("郭", 1.3), ("吴", 1.2), ("朱", 1.2),
    ("韩", 1.2), ("胡", 1.1), ("宋", 1.1), ("黄", 1.0), ("董", 1.0), ("姜", 1.0), ("崔", 0.9), ("何", 0.8),
    ("梁", 0.8), ("郑", 0.8), ("冯", 0.8), ("曹", 0.8), ("魏", 0.8), ("田", 0.8), ("许", 0.7), ("苏", 0.7),
    ("贾", 0.7), ("杜", 0.7), ("石", 0.7), ("金", 0.7), ("孟", 0.7), ("吕", 0.6), ("丁", 0.6), ("范", 0.6),
    ("郝", 0.6), ("白", 0.6), ("任", 0.6), ("付", 0.6), ("谢", 0.6), ("唐", 0.6), ("林", 0.6), ("程", 0.5),
    ("袁", 0.5), ("卢", 0.5), ("蒋", 0.5), ("薛", 0.5), ("姚", 0.5), ("侯", 0.5), ("罗", 0.5), ("邓", 0.4),
    ("沈", 0.4), ("彭", 0.4), ("蔡", 0.4), ("阎", 0.4), ("潘", 0.4), ("方", 0.4), ("邹", 0.4), ("孔", 0.4),
    ("康", 0.4), ("秦", 0.4), ("武", 0.4), ("常", 0.4), ("关", 0.4), ("陆", 0.3), ("毛", 0.3), ("邵", 0.3),
    ("牛", 0.3), ("尹", 0.3), ("谭", 0.3), ("叶", 0.3), ("隋", 0.2), ("宫", 0.2), ("佟", 0.2), ("滕", 0.2),
    ("初", 0.1), ("鞠", 0.1), ("修", 0.1), ("那", 0.1),
)

MALE_GIVEN_1 = tuple("伟磊强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳亮成东峰博晨坤彬松岩昊宏海江洋威震")
FEMALE_GIVEN_1 = tuple("娜静敏燕艳丽娟霞芳婷雪琳颖慧莉玲红梅丹萍洁倩蕾晶佳欣悦璐琪瑶薇爽莹妍茜")
# Two-character given names follow the fashions of the birth years.
MALE_GIVEN_2_OLDER = (
    "建国", "建华", "建军", "国庆", "国强", "志强", "志刚", "海涛", "宏伟", "立新", "春雷", "晓东", "永刚",
    "德胜", "振华", "卫东", "长海", "玉龙", "宝林", "金龙", "庆海", "洪涛", "树林", "立军", "延东", "福生",
)
MALE_GIVEN_2_YOUNGER = (
    "浩然", "子轩", "宇航", "俊杰", "博文", "思远", "天宇", "一鸣", "家豪", "明轩", "梓豪", "晨阳", "嘉豪",
    "雨泽", "文博", "子健", "浩宇", "鹏飞", "晓宇", "志远", "佳明", "旭东", "海洋", "振宇",
)
FEMALE_GIVEN_2_OLDER = (
    "秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "丽华", "春梅", "海燕", "晓燕", "玉珍", "凤霞", "淑华",
    "秀梅", "艳华", "丽娟", "红梅", "玉梅", "金凤", "桂芝", "秀云", "丽君",
)
FEMALE_GIVEN_2_YOUNGER = (
    "雅婷", "欣怡", "梓涵", "思雨", "紫涵", "诗涵", "雨欣", "佳怡", "梦瑶", "欣妍", "可欣", "子涵", "晓彤",
    "婉婷", "思琪", "佳琪", "心怡", "雪莹", "若曦", "静怡",
)
YOUNGER_FROM_YEAR = 1982  # born this year or later: the younger name pools
SINGLE_GIVEN_SHARE = 0.55  # share of two-character names such as 王磊, 李娜

# 身份证 address codes: 齐齐哈尔 districts and counties, other Heilongjiang cities, neighbouring provinces.
ID_AREAS: tuple[tuple[str, float], ...] = (
    ("230204", 12), ("230202", 6), ("230203", 6), ("230205", 2), ("230206", 3), ("230207", 1), ("230208", 2),
    ("230221", 5), ("230223", 4), ("230224", 3), ("230225", 3), ("230227", 3), ("230229", 3), ("230230", 2),
    ("230231", 4), ("230281", 4), ("230102", 2), ("230103", 2), ("230602", 1), ("230604", 1), ("231202", 1),
    ("220102", 1), ("220702", 1), ("150702", 1), ("152201", 1),
)

MOBILE_PREFIXES: tuple[tuple[str, float], ...] = tuple(
    (p, w)
    for group, w in (
        (("130", "131", "132", "133", "134", "135", "136", "137", "138", "139"), 3.0),
        (("150", "151", "152", "153", "155", "156", "157", "158", "159"), 2.5),
        (("180", "181", "182", "183", "184", "185", "186", "187", "188", "189"), 2.5),
        (("170", "173", "175", "176", "177", "178", "145", "147"), 0.8),
        (("191", "193", "195", "198", "199", "166", "162", "167", "190", "192", "196", "197"), 0.8),
    )
    for p in group
)

# Share of each group among workers, its industries, men's share, birth years and employment forms.
GROUPS: dict[WorkerGroup, tuple[float, tuple[Industry, ...], float, tuple[int, int], dict[EmploymentForm, float]]] = {
    WorkerGroup.GENERAL: (
        62, (), 0.55, (1962, 2004),
        {EmploymentForm.CONTRACT: 80, EmploymentForm.DISPATCH: 6, EmploymentForm.PART_TIME: 4,
         EmploymentForm.NONE: 6, EmploymentForm.RETIREE: 4},
    ),
    WorkerGroup.DELIVERY_RIDER: (
        7, (Industry.PLATFORM, Industry.LOGISTICS), 0.9, (1980, 2005),
        {EmploymentForm.PLATFORM_AGREEMENT: 45, EmploymentForm.PLATFORM_SELF: 40, EmploymentForm.CONTRACT: 10,
         EmploymentForm.DISPATCH: 5},
    ),
    WorkerGroup.COURIER: (
        5, (Industry.LOGISTICS, Industry.PLATFORM), 0.85, (1975, 2004),
        {EmploymentForm.CONTRACT: 55, EmploymentForm.DISPATCH: 20, EmploymentForm.PLATFORM_AGREEMENT: 15,
         EmploymentForm.NONE: 10},
    ),
    WorkerGroup.RIDE_HAIL_DRIVER: (
        3, (Industry.PLATFORM,), 0.92, (1968, 2000),
        {EmploymentForm.PLATFORM_SELF: 60, EmploymentForm.PLATFORM_AGREEMENT: 35, EmploymentForm.CONTRACT: 5},
    ),
    WorkerGroup.TRUCK_DRIVER: (
        4, (Industry.LOGISTICS, Industry.CONSTRUCTION, Industry.MINING), 0.97, (1965, 2000),
        {EmploymentForm.PLATFORM_SELF: 40, EmploymentForm.CONTRACT: 45, EmploymentForm.NONE: 15},
    ),
    WorkerGroup.DOMESTIC: (
        4, (Industry.SERVICES,), 0.1, (1962, 1990),
        {EmploymentForm.NONE: 40, EmploymentForm.PART_TIME: 30, EmploymentForm.CONTRACT: 30},
    ),
    WorkerGroup.SECURITY_GUARD: (
        4, (Industry.SERVICES, Industry.PROPERTY), 0.9, (1960, 1985),
        {EmploymentForm.CONTRACT: 50, EmploymentForm.DISPATCH: 25, EmploymentForm.RETIREE: 25},
    ),
    WorkerGroup.CARER: (
        3, (Industry.HEALTH, Industry.SERVICES), 0.2, (1962, 1988),
        {EmploymentForm.CONTRACT: 45, EmploymentForm.NONE: 35, EmploymentForm.PART_TIME: 20},
    ),
    WorkerGroup.MIGRANT: (
        8, (Industry.CONSTRUCTION, Industry.MANUFACTURING, Industry.AGRICULTURE), 0.7, (1962, 2000),
        {EmploymentForm.NONE: 45, EmploymentForm.CONTRACT: 45, EmploymentForm.DISPATCH: 10},
    ),
}

COMPOUNDS = (
    "阳光小区", "幸福家园", "铁锋花园", "南浦新城", "东湖小区", "龙华名苑", "卜奎佳苑", "和平里", "锦绣华城",
    "北苑小区", "站前小区", "曙光新村", "光荣小区", "通东家园", "鹤城人家", "嫩江花园",
)
COUNTY_VILLAGES = ("龙江县白山镇", "依安县依安镇", "泰来县泰来镇", "甘南县兴十四镇", "富裕县富裕镇", "克山县北联镇", "拜泉县三道镇", "讷河市学田镇")

# --- Places and enterprises -----------------------------------------------------

# 街道 of the district with some of their roads (铁锋区, with its one 镇).
STREETS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("龙华路街道", 18, ("龙华路", "中华东路", "新明大街")),
    ("站前街道", 16, ("站前大街", "铁路街", "民航路")),
    ("南浦街道", 14, ("南浦路", "东湖路", "永安大街")),
    ("通东街道", 14, ("通东路", "齐富路", "东环路")),
    ("光荣街道", 13, ("光荣路", "和平路", "卜奎南大街")),
    ("北局宅街道", 12, ("北局宅路", "北站路", "铁锋路")),
    ("曙光街道", 10, ("曙光大街", "新华大街", "建设路")),
    ("扎龙镇", 3, ("扎龙路", "齐扎公路")),
)

CREDIT_REGIONS: tuple[tuple[str, float], ...] = (("230204", 80), ("230200", 10), ("230202", 4), ("230203", 4), ("230206", 2))

BRAND_FIRST = tuple("鑫恒宏瑞华金龙鹤北盛兴东永天博顺祥泰福佳新远诚信和安利丰达荣德昌隆裕汇鼎正中广宇星通凯创万嘉润益同海鸿振明峰")
BRAND_SECOND = tuple("源达盛通安泰丰华兴隆昌发利鑫宇成业信和祥顺远洋辉荣实德运航博晟方程茂达邦腾")
LOCAL_BRANDS = ("鹤城", "卜奎", "嫩江", "扎龙", "龙沙", "北疆", "黑土地", "铁锋", "齐鹤", "明月岛")

INDUSTRIES: dict[Industry, tuple[float, tuple[str, ...]]] = {
    Industry.MANUFACTURING: (14, ("机械制造", "重型装备", "食品加工", "乳业", "铸造", "精密机械", "农机制造", "包装制品", "化工")),
    Industry.CONSTRUCTION: (12, ("建筑工程", "建设工程", "建筑安装", "市政工程", "装饰工程", "路桥工程")),
    Industry.LOGISTICS: (10, ("物流", "快递服务", "货运", "运输", "仓储", "供应链管理")),
    Industry.RETAIL: (15, ("商贸", "超市", "百货", "商业连锁", "农资", "医药连锁")),
    Industry.CATERING: (12, ("餐饮管理", "酒店管理", "饭店", "宾馆", "餐饮服务")),
    Industry.IT: (3, ("信息技术", "网络科技", "软件开发", "电子科技")),
    Industry.PLATFORM: (3, ("即时配送服务", "网约车服务", "同城配送", "出行服务", "网络科技")),
    Industry.SERVICES: (12, ("家政服务", "保洁服务", "保安服务", "人力资源服务", "劳务派遣", "汽车维修", "洗浴服务")),
    Industry.PROPERTY: (7, ("物业管理", "物业服务")),
    Industry.HEALTH: (4, ("医院", "养老服务", "护理院", "康复中心")),
    Industry.EDUCATION: (3, ("教育咨询", "职业技能培训学校", "培训学校")),
    Industry.MINING: (1, ("矿业", "砂石", "煤炭经销")),
    Industry.AGRICULTURE: (2, ("农业发展", "牧业", "种植专业合作社", "养殖")),
    Industry.OTHER: (2, ("文化传媒", "广告", "会计服务")),
}
# 个体工商户 trade in shops named after their trade.
SHOPS: dict[str, tuple[str, ...]] = {
    Industry.RETAIL: ("便利店", "超市", "五金商店", "粮油店"),
    Industry.CATERING: ("家常菜馆", "烧烤店", "饺子馆"),
    Industry.SERVICES: ("美容美发店", "汽车修理部", "洗车行"),
}
# Words that make an institution rather than a company: no 公司 suffix, and their
# 统一社会信用代码 registration prefix (52 民办非企业单位, 93 农民专业合作社; companies 91, shops 92).
INSTITUTIONS: dict[str, str] = {
    "医院": "52", "护理院": "52", "康复中心": "52", "职业技能培训学校": "52", "培训学校": "52", "种植专业合作社": "93",
}
COMPANY_PREFIXES: tuple[tuple[str, float], ...] = (
    (CITY, 45), ("齐齐哈尔", 25), ("黑龙江", 10), (CITY + DISTRICT, 15), ("黑龙江省", 5),
)
COMPANY_SUFFIXES: tuple[tuple[str, float], ...] = (("有限公司", 72), ("有限责任公司", 20), ("股份有限公司", 3), ("集团有限公司", 5))
OWNERSHIPS: tuple[tuple[Ownership, float], ...] = (
    (Ownership.PRIVATE, 74), (Ownership.INDIVIDUAL, 12), (Ownership.STATE, 5), (Ownership.COLLECTIVE, 2),
    (Ownership.FOREIGN, 2), (Ownership.HMT, 1), (Ownership.OTHER, 4),
)
# (median, spread) of the head count by ownership: a log-normal's exp(mu) and sigma.
HEADCOUNT: dict[str, tuple[float, float]] = {
    Ownership.PRIVATE: (25, 1.1), Ownership.INDIVIDUAL: (4, 0.6), Ownership.STATE: (300, 0.9),
    Ownership.COLLECTIVE: (60, 0.8), Ownership.FOREIGN: (150, 0.9), Ownership.HMT: (120, 0.9), Ownership.OTHER: (30, 1.0),
}

# --- The office ---------------------------------------------------------------------

ORG = {
    "name": "齐齐哈尔市铁锋区总工会",
    "issuer_mark": "齐齐哈尔市铁锋区总工会",
    "case_number_pattern": "铁工法援〔{year}〕{seq}号",
    "reminder_number_pattern": "铁工监提〔{year}〕{seq}号",
    "opinion_number_pattern": "铁工监意〔{year}〕{seq}号",
    "recommendation_number_pattern": "铁工监建〔{year}〕{seq}号",
    "address": "齐齐哈尔市铁锋区龙华路56号",
    "postcode": POSTCODE,
    "phone": "0452-2418351",
    "contact_person": "张建华",
}
# (login, display name, role); the first is the head of the legal-service department.
STAFF = (
    ("zhangjianhua", "张建华", "admin"), ("lina", "李娜", "staff"), ("wanglei", "王磊", "staff"),
    ("liuyang", "刘洋", "staff"), ("zhaomin", "赵敏", "staff"), ("sunwei", "孙伟", "staff"),
    ("yujing", "于静", "staff"), ("gaopeng", "高鹏", "staff"),
)
STAFF_SHARES = (4, 18, 18, 15, 15, 12, 10, 8)  # who takes the calls and cases

GOVERNMENT_BODIES = (
    ("铁锋区人力资源和社会保障局", "hrss", "齐齐哈尔市铁锋区光荣路128号"),
    ("铁锋区劳动保障监察大队", "inspection", "齐齐哈尔市铁锋区光荣路128号"),
    ("铁锋区人民政府", "government", "齐齐哈尔市铁锋区站前大街1号"),
    ("铁锋区人民检察院", "procuratorate", "齐齐哈尔市铁锋区南浦路66号"),
    ("铁锋区住房和城乡建设局", "other", "齐齐哈尔市铁锋区通东路35号"),
)

LAW_FIRMS = ("黑龙江鹤城律师事务所", "黑龙江卜奎律师事务所", "黑龙江龙沙律师事务所", "黑龙江嫩江律师事务所", "黑龙江正合律师事务所", "黑龙江衡平律师事务所")

# --- Consultations ---------------------------------------------------------------------

CATEGORY_SHARES: dict[DisputeCategory, float] = {
    DisputeCategory.WAGES: 38, DisputeCategory.TERMINATION: 12, DisputeCategory.SOCIAL_INSURANCE: 12,
    DisputeCategory.COMPENSATION: 8, DisputeCategory.CONTRACT: 7, DisputeCategory.WORK_INJURY: 6,
    DisputeCategory.HOURS_LEAVE: 5, DisputeCategory.RELATIONSHIP: 4, DisputeCategory.SAFETY: 1.5,
    DisputeCategory.SPECIAL_PROTECTION: 1.5, DisputeCategory.DISPATCH: 2, DisputeCategory.COLLECTIVE_CONTRACT: 0.5,
    DisputeCategory.OTHER: 2.5,
}
# 新就业形态 callers ask more about the employment relationship and injuries.
PLATFORM_CATEGORY_SHARES: dict[DisputeCategory, float] = {
    **CATEGORY_SHARES, DisputeCategory.RELATIONSHIP: 18, DisputeCategory.WORK_INJURY: 12, DisputeCategory.WAGES: 30,
}

# Question wording per category; {m} months, {y} years, {a} yuan.
QUESTIONS: dict[str, tuple[str, ...]] = {
    DisputeCategory.WAGES: (
        "单位拖欠{m}个月工资约{a}元，咨询如何讨要。",
        "包工头拖欠工钱{a}元，咨询怎么办。",
        "单位延迟发工资{m}个月，能否解除合同。",
        "离职后被扣发工资{a}元，是否合法。",
    ),
    DisputeCategory.SOCIAL_INSURANCE: (
        "入职{y}年单位未缴社保，如何补缴。",
        "单位让签放弃社保声明，是否有效。",
        "离职后如何申领失业保险金。",
    ),
    DisputeCategory.TERMINATION: (
        "被口头辞退，未给补偿，如何维权。",
        "孕期被变相辞退，咨询怎么办。",
        "合同到期单位不续签，有无补偿。",
    ),
    DisputeCategory.COMPENSATION: ("工作{y}年被裁员，经济补偿怎么算。", "被违法解除合同，赔偿金标准。"),
    DisputeCategory.CONTRACT: (
        "入职{m}个月未签劳动合同，怎么办。",
        "试用期被延长至{m}个月，是否合法。",
        "单位单方调岗降薪，能否拒绝。",
    ),
    DisputeCategory.WORK_INJURY: ("工作中受伤，单位不报工伤。", "送餐途中受伤，能否认定工伤。"),
    DisputeCategory.HOURS_LEAVE: ("每天干12小时无加班费，如何维权。", "单位不安排年休假，是否合法。"),
    DisputeCategory.RELATIONSHIP: (
        "送外卖{m}个月受伤，站点称不是员工。",
        "快递网点不签合同，如何证明劳动关系。",
        "跑网约车{y}年被封号扣保证金。",
    ),
    DisputeCategory.SAFETY: ("车间粉尘大不发防护用品。", "高温露天作业无防暑措施。"),
    DisputeCategory.SPECIAL_PROTECTION: ("产假期间单位停发工资。", "哺乳期被安排夜班，是否违法。"),
    DisputeCategory.DISPATCH: ("派遣工同工不同酬，如何维权。", "被退回派遣公司后没有工资。"),
    DisputeCategory.COLLECTIVE_CONTRACT: ("集体合同到期未续签，如何协商。",),
    DisputeCategory.OTHER: ("咨询困难职工帮扶政策。", "咨询工会会员服务卡办理。"),
}
# Answers as a hotline ledger records them: the gist, not the whole call.
ANSWERS: dict[str, tuple[str, ...]] = {
    DisputeCategory.WAGES: (
        "告知先协商，协商不成可向劳动保障监察投诉或申请仲裁，保留考勤、工资条、转账记录。",
        "告知总承包单位对拖欠农民工工资承担清偿责任，可向住建部门或劳动监察投诉。",
        "告知未足额支付劳动报酬的可解除合同并要求经济补偿（劳动合同法第38、46条）。",
    ),
    DisputeCategory.SOCIAL_INSURANCE: (
        "告知单位应依法缴纳社保，放弃声明无效，可向征收机构或劳动监察投诉补缴。",
        "告知失业保险金申领条件，可到社保经办机构或线上办理。",
    ),
    DisputeCategory.TERMINATION: (
        "告知违法解除可要求继续履行或支付赔偿金，保留解除通知等证据，可申请仲裁。",
        "告知孕期、产期、哺乳期女职工不得依第40、41条解除劳动合同。",
        "告知合同期满单位不续签的应支付经济补偿。",
    ),
    DisputeCategory.COMPENSATION: (
        "告知经济补偿按工作年限每满一年支付一个月工资。",
        "告知违法解除的赔偿金为经济补偿标准的二倍（第87条）。",
    ),
    DisputeCategory.CONTRACT: (
        "告知超过一个月未订立书面合同的，单位应每月支付二倍工资。",
        "告知试用期只能约定一次，期限与合同期限挂钩。",
        "告知变更合同应协商一致并采用书面形式。",
    ),
    DisputeCategory.WORK_INJURY: (
        "告知单位应在30日内申请工伤认定，单位不申请的本人可在1年内申请。",
        "告知职业伤害保障政策，及时就医并保留订单、事故认定等材料。",
    ),
    DisputeCategory.HOURS_LEAVE: (
        "告知加班费标准为工资的150%、200%、300%，可要求补发。",
        "告知未休年休假的应按日工资的300%支付报酬。",
    ),
    DisputeCategory.RELATIONSHIP: (
        "告知可依人社部发〔2021〕56号申请确认劳动关系，保留接单、考勤、报酬记录。",
        "告知可申请仲裁确认劳动关系，提供工服、转账记录、证人证言等证据。",
    ),
    DisputeCategory.SAFETY: ("告知有权拒绝违章指挥和强令冒险作业，工会可开展劳动保护监督。",),
    DisputeCategory.SPECIAL_PROTECTION: ("告知单位不得因怀孕、生育、哺乳降低工资或解除合同。",),
    DisputeCategory.DISPATCH: ("告知被派遣劳动者享有同工同酬权利（劳动合同法第63条）。",),
    DisputeCategory.COLLECTIVE_CONTRACT: ("告知工资集体协商程序，区总工会可派员指导。",),
    DisputeCategory.OTHER: ("告知相关政策及办理流程和服务窗口电话。",),
}
FOLLOWUP_RESULTS: dict[str, tuple[str, ...]] = {
    ReferralBody.LABOUR_INSPECTION: ("经回访，劳动保障监察大队已责令单位限期支付，来电人已收到款项。", "经回访，监察大队已立案调查，来电人表示理解。"),
    ReferralBody.ARBITRATION: ("经回访，来电人已申请劳动仲裁，仲裁委已受理。", "经回访，双方经仲裁调解达成协议。"),
    ReferralBody.LEGAL_AID: ("经回访，法律援助中心已指派律师提供援助。", "经回访，来电人已获得法律援助咨询意见。"),
    ReferralBody.COURT: ("经回访，来电人已向人民法院起诉，案件正在审理。",),
    ReferralBody.OTHER: ("经回访，相关部门已受理并答复来电人。",),
}
ANSWER_FOLLOWUPS = (
    "经回访，来电人表示已与单位协商解决。",
    "经回访，单位已补发工资，来电人表示满意。",
    "经回访，来电人表示已按告知的途径申请仲裁。",
    "经回访，问题尚在处理中，来电人表示理解。",
)
REFERRAL_SHARES: dict[ReferralBody, float] = {
    ReferralBody.LABOUR_INSPECTION: 45, ReferralBody.ARBITRATION: 30, ReferralBody.LEGAL_AID: 18,
    ReferralBody.COURT: 3, ReferralBody.OTHER: 4,
}

# --- Cases -------------------------------------------------------------------------------

CASE_DESCRIPTIONS: dict[str, str] = {
    DisputeCategory.WAGES: "反映{e}拖欠工资。",
    DisputeCategory.SOCIAL_INSURANCE: "反映{e}未缴社会保险。",
    DisputeCategory.TERMINATION: "反映{e}违法解除劳动合同。",
    DisputeCategory.COMPENSATION: "反映{e}未支付经济补偿。",
    DisputeCategory.CONTRACT: "反映{e}未签书面劳动合同。",
    DisputeCategory.WORK_INJURY: "反映{e}拒不申报工伤。",
    DisputeCategory.HOURS_LEAVE: "反映{e}未付加班费。",
    DisputeCategory.RELATIONSHIP: "请求确认与{e}的劳动关系。",
    DisputeCategory.SAFETY: "反映{e}未提供劳动防护用品。",
    DisputeCategory.SPECIAL_PROTECTION: "反映{e}孕期降低工资待遇。",
    DisputeCategory.DISPATCH: "反映{e}同工不同酬。",
    DisputeCategory.COLLECTIVE_CONTRACT: "反映{e}不履行集体合同。",
    DisputeCategory.OTHER: "反映与{e}的劳动权益纠纷。",
}
# The claims a category brings, with (low, high) amounts in yuan for one worker.
CLAIMS: dict[str, tuple[tuple[ClaimKind, int, int], ...]] = {
    DisputeCategory.WAGES: ((ClaimKind.WAGES, 3_000, 60_000), (ClaimKind.OVERTIME, 1_000, 15_000)),
    DisputeCategory.SOCIAL_INSURANCE: ((ClaimKind.SOCIAL_INSURANCE, 5_000, 50_000),),
    DisputeCategory.TERMINATION: ((ClaimKind.DAMAGES, 8_000, 80_000), (ClaimKind.WAGES, 3_000, 20_000)),
    DisputeCategory.COMPENSATION: ((ClaimKind.SEVERANCE, 5_000, 60_000),),
    DisputeCategory.CONTRACT: ((ClaimKind.WAGES, 6_000, 50_000),),
    DisputeCategory.WORK_INJURY: ((ClaimKind.INJURY, 10_000, 80_000),),
    DisputeCategory.HOURS_LEAVE: ((ClaimKind.OVERTIME, 2_000, 30_000),),
    DisputeCategory.RELATIONSHIP: ((ClaimKind.WAGES, 3_000, 30_000), (ClaimKind.INJURY, 5_000, 60_000)),
    DisputeCategory.SAFETY: ((ClaimKind.OTHER, 3_000, 20_000),),
    DisputeCategory.SPECIAL_PROTECTION: ((ClaimKind.WAGES, 5_000, 40_000),),
    DisputeCategory.DISPATCH: ((ClaimKind.WAGES, 3_000, 30_000),),
    DisputeCategory.COLLECTIVE_CONTRACT: ((ClaimKind.WAGES, 3_000, 20_000),),
    DisputeCategory.OTHER: ((ClaimKind.OTHER, 3_000, 20_000),),
}
CLAIM_NOTES: dict[str, str] = {
    ClaimKind.WAGES: "拖欠工资", ClaimKind.OVERTIME: "加班费", ClaimKind.SEVERANCE: "解除劳动合同经济补偿",
    ClaimKind.DAMAGES: "违法解除劳动合同赔偿金", ClaimKind.INJURY: "一次性伤残补助金及医疗费",
    ClaimKind.SOCIAL_INSURANCE: "补缴社会保险或赔偿损失", ClaimKind.OTHER: "其他损失",
}
COLLECTIVE_CATEGORIES: dict[DisputeCategory, float] = {
    DisputeCategory.WAGES: 75, DisputeCategory.SOCIAL_INSURANCE: 10, DisputeCategory.COMPENSATION: 8,
    DisputeCategory.COLLECTIVE_CONTRACT: 4, DisputeCategory.HOURS_LEAVE: 3,
}
OUTCOMES: dict[CaseOutcome, tuple[float, float, float]] = {
    # share, recovered fraction low..high of what was claimed
    CaseOutcome.SETTLED: (30, 0.6, 1.0), CaseOutcome.MEDIATED: (30, 0.5, 0.95),
    CaseOutcome.AWARD_UPHELD: (10, 0.9, 1.0), CaseOutcome.AWARD_PARTIAL: (10, 0.3, 0.8),
    CaseOutcome.AWARD_REJECTED: (3, 0.0, 0.0), CaseOutcome.JUDGMENT: (5, 0.4, 1.0),
    CaseOutcome.WITHDRAWN: (5, 0.0, 0.0), CaseOutcome.TERMINATED: (3, 0.0, 0.0), CaseOutcome.TRANSFERRED: (4, 0.0, 0.0),
}
EVENT_NOTES = (
    ("call", "电话联系用人单位负责人，了解欠薪及用工情况"),
    ("call", "电话告知申请人办理进度"),
    ("meeting", "约谈用人单位负责人，宣讲劳动法律法规"),
    ("meeting", "组织双方当面协商"),
    ("note", "收集证据：工资条、考勤记录、聊天记录"),
    ("note", "走访工作场所，核实用工情况"),
)

# --- Notices (一函两书) -----------------------------------------------------------------

VIOLATION_SHARES: dict[ViolationType, float] = {
    ViolationType.PAY: 34, ViolationType.SOCIAL_INSURANCE: 16, ViolationType.HOURS: 12,
    ViolationType.LABOUR_CONTRACT: 12, ViolationType.UNLAWFUL_DISMISSAL: 6, ViolationType.SAFETY: 6,
    ViolationType.SPECIAL_PROTECTION: 4, ViolationType.DISPATCHED: 3, ViolationType.RULES: 3,
    ViolationType.COLLECTIVE_BARGAINING: 3, ViolationType.WORKERS_CONGRESS: 1,
}
CATEGORY_VIOLATION: dict[str, ViolationType] = {
    DisputeCategory.WAGES: ViolationType.PAY, DisputeCategory.SOCIAL_INSURANCE: ViolationType.SOCIAL_INSURANCE,
    DisputeCategory.TERMINATION: ViolationType.UNLAWFUL_DISMISSAL, DisputeCategory.COMPENSATION: ViolationType.UNLAWFUL_DISMISSAL,
    DisputeCategory.CONTRACT: ViolationType.LABOUR_CONTRACT, DisputeCategory.WORK_INJURY: ViolationType.SAFETY,
    DisputeCategory.HOURS_LEAVE: ViolationType.HOURS, DisputeCategory.RELATIONSHIP: ViolationType.LABOUR_CONTRACT,
    DisputeCategory.SAFETY: ViolationType.SAFETY, DisputeCategory.SPECIAL_PROTECTION: ViolationType.SPECIAL_PROTECTION,
    DisputeCategory.DISPATCH: ViolationType.DISPATCHED, DisputeCategory.COLLECTIVE_CONTRACT: ViolationType.COLLECTIVE_BARGAINING,
    DisputeCategory.OTHER: ViolationType.RULES,
}
FACTS: dict[str, str] = {
    ViolationType.PAY: "经调查，你单位存在拖欠{n}名职工{m}个月工资的情况，涉及金额约{a}万元。",
    ViolationType.SOCIAL_INSURANCE: "经调查，你单位未依法为{n}名职工缴纳社会保险费。",
    ViolationType.HOURS: "经调查，你单位安排职工每日工作超过11小时，每月休息不足4日，且未足额支付加班费。",
    ViolationType.LABOUR_CONTRACT: "经调查，你单位有{n}名职工用工超过一个月未订立书面劳动合同。",
    ViolationType.UNLAWFUL_DISMISSAL: "经调查，你单位未经法定程序解除{n}名职工的劳动合同，且未支付经济补偿。",
    ViolationType.SAFETY: "经调查，你单位未按规定为一线职工配备合格的劳动防护用品，作业场所存在安全隐患。",
    ViolationType.SPECIAL_PROTECTION: "经调查，你单位安排孕期、哺乳期女职工从事夜班劳动并降低其工资。",
    ViolationType.DISPATCHED: "经调查，你单位使用的被派遣劳动者未享受与本单位同类岗位职工同等的劳动报酬。",
    ViolationType.RULES: "经调查，你单位涉及职工切身利益的规章制度未经职工代表大会或全体职工讨论，且未公示。",
    ViolationType.COLLECTIVE_BARGAINING: "经调查，你单位集体合同期满后未按规定开展工资集体协商。",
    ViolationType.WORKERS_CONGRESS: "经调查，你单位未按规定召开职工代表大会，未向职工公开重大事项。",
}
LEGAL_BASIS: dict[str, tuple[str, ...]] = {
    ViolationType.PAY: ("《中华人民共和国劳动法》第五十条", "《中华人民共和国劳动合同法》第三十条"),
    ViolationType.SOCIAL_INSURANCE: ("《中华人民共和国劳动法》第七十二条", "《中华人民共和国社会保险法》第五十八条"),
    ViolationType.HOURS: ("《中华人民共和国劳动法》第四十一条", "《中华人民共和国劳动法》第四十四条"),
    ViolationType.LABOUR_CONTRACT: ("《中华人民共和国劳动合同法》第十条", "《中华人民共和国劳动合同法》第八十二条"),
    ViolationType.UNLAWFUL_DISMISSAL: ("《中华人民共和国劳动合同法》第四十八条", "《中华人民共和国劳动合同法》第八十七条"),
    ViolationType.SAFETY: ("《中华人民共和国劳动法》第五十四条", "《中华人民共和国工会法》第二十五条"),
    ViolationType.SPECIAL_PROTECTION: ("《女职工劳动保护特别规定》第五条", "《女职工劳动保护特别规定》第九条"),
    ViolationType.DISPATCHED: ("《中华人民共和国劳动合同法》第六十三条",),
    ViolationType.RULES: ("《中华人民共和国劳动合同法》第四条",),
    ViolationType.COLLECTIVE_BARGAINING: ("《中华人民共和国劳动合同法》第五十一条",),
    ViolationType.WORKERS_CONGRESS: ("《中华人民共和国工会法》第六条",),
}
DEMANDS: dict[str, str] = {
    NoticeKind.REMINDER: "请你单位对照相关法律规定开展自查，及时纠正上述问题，并将整改情况书面告知本会。",
    NoticeKind.OPINION: "请你单位自收到本意见书之日起{d}个工作日内予以整改，并将整改结果书面回复本会。逾期不整改的，本会将提请劳动行政部门依法处理。",
    NoticeKind.RECOMMENDATION: "该单位经本会发出劳动法律监督意见书后仍未整改，建议你局依法立案调查处理，并将处理结果书面反馈本会。",
}
REPLIES: dict[str, tuple[str, ...]] = {
    "rectified": ("我单位已足额补发拖欠工资并建立按月支付制度。", "我单位已为相关职工补缴社会保险并完成整改。", "我单位已完成整改，相关职工已签订书面劳动合同。"),
    "partly_rectified": ("我单位已支付部分款项，剩余部分承诺于下月底前付清。", "我单位已制定整改方案，正在逐步落实。"),
    "not_rectified": ("我单位对所述问题有异议，暂不整改。", "我单位经营困难，暂无能力整改。"),
}
AGENCY_REPLIES = ("已立案调查，责令用人单位限期改正。", "已立案，依法作出行政处理决定，用人单位已整改。", "经核查，已督促用人单位整改完毕。")

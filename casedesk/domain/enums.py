"""Closed vocabularies of the office, stored as short English codes with Chinese labels.

Codes (not labels) go into the database so a wording change never needs a
migration; labels are what users see, reports group by, and importers accept.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Self

from casedesk.domain.validators import ValidationError


class LabeledEnum(StrEnum):
    """A StrEnum whose members carry a Chinese label: ``Member = ("code", "标签")``."""

    label: str

    def __new__(cls, code: str, label: str) -> Self:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        return obj

    @classmethod
    def from_label(cls, text: str) -> Self:
        """Accept either the Chinese label or the code, as importers and the CLI need."""
        t = text.strip()
        for m in cls:
            if t in (m.label, m.value):
                return m
        raise ValidationError("未知的{kind}：{text}", kind=cls.vocabulary_name(), text=text)

    @classmethod
    def vocabulary_name(cls) -> str:
        """What the vocabulary is called (its docstring before any note in brackets): 争议类别, 咨询渠道 ..."""
        return (cls.__doc__ or cls.__name__).split(" (")[0].strip()

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {m.value: m.label for m in cls}


class Channel(LabeledEnum):
    """咨询渠道"""

    HOTLINE_12351 = ("hotline_12351", "12351热线")
    TRANSFER_12348 = ("transfer_12348", "12348转来")
    WALK_IN = ("walk_in", "来访")
    ONLINE = ("online", "网上")
    LETTER = ("letter", "信件")


class DisputeCategory(LabeledEnum):
    """争议类别 (劳动争议调解仲裁法 第2条 and the 统计年鉴 causes)"""

    WAGES = ("wages", "劳动报酬")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险")
    CONTRACT = ("contract", "劳动合同订立履行")
    TERMINATION = ("termination", "解除终止劳动合同")
    COMPENSATION = ("compensation", "经济补偿赔偿金")
    WORK_INJURY = ("work_injury", "工伤待遇")
    HOURS_LEAVE = ("hours_leave", "工作时间休息休假")
    RELATIONSHIP = ("relationship", "确认劳动关系")
    SAFETY = ("safety", "劳动保护职业病")
    SPECIAL_PROTECTION = ("special_protection", "女职工等特殊保护")
    DISPATCH = ("dispatch", "劳务派遣")
    COLLECTIVE_CONTRACT = ("collective_contract", "集体合同")
    OTHER = ("other", "其他")


class ViolationType(LabeledEnum):
    """违法类型 (一函两书 scope, 2024 最高检+全总 通知)"""

    RULES = ("rules", "内部规章制度")
    COLLECTIVE_BARGAINING = ("collective_bargaining", "工资集体协商和集体合同")
    WORKERS_CONGRESS = ("workers_congress", "职工代表大会制度")
    LABOUR_CONTRACT = ("labour_contract", "劳动合同订立履行变更解除终止")
    PAY = ("pay", "劳动报酬")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险和福利待遇")
    HOURS = ("hours", "工作时间和休息休假")
    SAFETY = ("safety", "安全生产和职业病防治")
    SPECIAL_PROTECTION = ("special_protection", "女职工未成年工残疾职工老年劳动者特殊保护")
    DISPATCHED = ("dispatched", "被派遣劳动者权益")
    UNLAWFUL_DISMISSAL = ("unlawful_dismissal", "违法解除劳动合同")


class EmploymentForm(LabeledEnum):
    """用工形式 (人社部发〔2021〕56号)"""

    CONTRACT = ("contract", "劳动合同")
    PLATFORM_AGREEMENT = ("platform_agreement", "书面协议（不完全符合确立劳动关系）")
    PLATFORM_SELF = ("platform_self", "平台自主从业（民事关系）")
    DISPATCH = ("dispatch", "劳务派遣")
    PART_TIME = ("part_time", "非全日制")
    RETIREE = ("retiree", "超龄/退休返聘")
    NONE = ("none", "未签合同")


class WorkerGroup(LabeledEnum):
    """职工群体 (八大群体, 新就业形态 and priority groups)"""

    GENERAL = ("general", "一般职工")
    DELIVERY_RIDER = ("delivery_rider", "网约送餐员")
    COURIER = ("courier", "快递员")
    RIDE_HAIL_DRIVER = ("ride_hail_driver", "网约车司机")
    TRUCK_DRIVER = ("truck_driver", "货车司机")
    DOMESTIC = ("domestic", "家政服务员")
    SECURITY_GUARD = ("security_guard", "保安员")
    CARER = ("carer", "护工护理员")
    MIGRANT = ("migrant", "农民工")


NEW_EMPLOYMENT_GROUPS = frozenset(
    {WorkerGroup.DELIVERY_RIDER, WorkerGroup.COURIER, WorkerGroup.RIDE_HAIL_DRIVER, WorkerGroup.TRUCK_DRIVER}
)


class ConsultationStatus(LabeledEnum):
    """咨询状态"""

    OPEN = ("open", "待处理")
    ANSWERED = ("answered", "已答复")
    REFERRED = ("referred", "已转办")
    TO_CASE = ("to_case", "已转立案")
    CLOSED = ("closed", "已办结")


class ReferralBody(LabeledEnum):
    """转办单位"""

    LABOUR_INSPECTION = ("labour_inspection", "劳动保障监察")
    ARBITRATION = ("arbitration", "劳动人事争议仲裁委员会")
    LEGAL_AID = ("legal_aid", "法律援助中心/12348")
    COURT = ("court", "人民法院")
    OTHER = ("other", "其他")


class Satisfaction(LabeledEnum):
    """满意度"""

    SATISFIED = ("satisfied", "满意")
    FAIRLY = ("fairly", "基本满意")
    UNSATISFIED = ("unsatisfied", "不满意")


class CaseSource(LabeledEnum):
    """案件来源"""

    HOTLINE = ("hotline", "热线转来")
    WALK_IN = ("walk_in", "来访")
    ASSIGNED = ("assigned", "上级交办")
    DISCOVERED = ("discovered", "主动发现")
    MEDIA = ("media", "媒体")


class CaseStage(LabeledEnum):
    """处理阶段 (协商 → 调解 → 仲裁 → 诉讼, 劳动争议调解仲裁法 第4、5条)"""

    INTAKE = ("intake", "受理")
    INVESTIGATION = ("investigation", "调查核实")
    NEGOTIATION = ("negotiation", "协商")
    MEDIATION = ("mediation", "调解")
    ARBITRATION = ("arbitration", "仲裁")
    LITIGATION = ("litigation", "诉讼")
    CLOSED = ("closed", "结案")

    @property
    def order(self) -> int:
        return list(CaseStage).index(self)


class CaseOutcome(LabeledEnum):
    """处理结果"""

    SETTLED = ("settled", "协商和解")
    MEDIATED = ("mediated", "调解成功")
    AWARD_UPHELD = ("award_upheld", "仲裁裁决支持")
    AWARD_PARTIAL = ("award_partial", "仲裁裁决部分支持")
    AWARD_REJECTED = ("award_rejected", "仲裁裁决驳回")
    JUDGMENT = ("judgment", "判决")
    WITHDRAWN = ("withdrawn", "撤回")
    TERMINATED = ("terminated", "终止")
    TRANSFERRED = ("transferred", "转交其他部门")


class PartyRole(LabeledEnum):
    """当事人角色"""

    APPLICANT = ("applicant", "申请人")
    REPRESENTATIVE = ("representative", "职工代表")
    WITNESS = ("witness", "证人")


class ClaimKind(LabeledEnum):
    """诉求类型"""

    WAGES = ("wages", "拖欠工资")
    OVERTIME = ("overtime", "加班费")
    SEVERANCE = ("severance", "经济补偿金")
    DAMAGES = ("damages", "赔偿金")
    INJURY = ("injury", "工伤待遇")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险")
    OTHER = ("other", "其他")


class EventKind(LabeledEnum):
    """办案记录类型"""

    CALL = ("call", "电话")
    MEETING = ("meeting", "会谈")
    FILING = ("filing", "立案/递交")
    NOTE = ("note", "备注")
    STAGE = ("stage", "阶段变更")


class NoticeKind(LabeledEnum):
    """文书类型 (一函两书)"""

    REMINDER = ("reminder", "提示函")
    OPINION = ("opinion", "意见书")
    RECOMMENDATION = ("recommendation", "建议书")

    @property
    def full_title(self) -> str:
        return f"工会劳动法律监督{self.label}"


class NoticeStatus(LabeledEnum):
    """文书状态"""

    DRAFT = ("draft", "草稿")
    ISSUED = ("issued", "已发出")
    DELIVERED = ("delivered", "已送达")
    REPLIED = ("replied", "已回复")
    RECTIFIED = ("rectified", "已整改")
    PARTLY_RECTIFIED = ("partly_rectified", "部分整改")
    NOT_RECTIFIED = ("not_rectified", "未整改")
    NO_REPLY = ("no_reply", "逾期未回复")
    ESCALATED = ("escalated", "已升级")
    CLOSED = ("closed", "已办结")


class DeliveryMethod(LabeledEnum):
    """送达方式"""

    DIRECT = ("direct", "直接送达")
    POST = ("post", "邮寄")
    ELECTRONIC = ("electronic", "电子")


class DeadlineUnit(LabeledEnum):
    """期限单位"""

    WORKING_DAYS = ("working_days", "工作日")
    CALENDAR_DAYS = ("calendar_days", "自然日")


class Role(LabeledEnum):
    """用户角色"""

    ADMIN = ("admin", "管理员")
    STAFF = ("staff", "工作人员")
    VIEWER = ("viewer", "只读")


class Ownership(LabeledEnum):
    """所有制"""

    STATE = ("state", "国有")
    COLLECTIVE = ("collective", "集体")
    PRIVATE = ("private", "私营")
    FOREIGN = ("foreign", "外商投资")
    HMT = ("hmt", "港澳台投资")
    INDIVIDUAL = ("individual", "个体工商户")
    OTHER = ("other", "其他")


class Industry(LabeledEnum):
    """行业"""

    MANUFACTURING = ("manufacturing", "制造业")
    CONSTRUCTION = ("construction", "建筑业")
    LOGISTICS = ("logistics", "交通运输仓储和邮政")
    RETAIL = ("retail", "批发和零售")
    CATERING = ("catering", "住宿和餐饮")
    IT = ("it", "信息技术服务")
    PLATFORM = ("platform", "互联网平台")
    SERVICES = ("services", "居民服务")
    PROPERTY = ("property", "物业管理")
    HEALTH = ("health", "卫生和社会工作")
    EDUCATION = ("education", "教育")
    MINING = ("mining", "采矿业")
    AGRICULTURE = ("agriculture", "农林牧渔")
    OTHER = ("other", "其他")


class GovBodyKind(LabeledEnum):
    """政府部门类型"""

    HRSS = ("hrss", "人力资源和社会保障局")
    INSPECTION = ("inspection", "劳动保障监察")
    GOVERNMENT = ("government", "人民政府")
    PROCURATORATE = ("procuratorate", "人民检察院")
    OTHER = ("other", "其他")

"""Chinese names for what the audit trail stores in code words: actions, record kinds, fields, values.

The audit browser and the "changed by someone else" dialog both show audit
rows to clerks; an unknown word (a newer area's action or field) shows as
itself rather than as nothing.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.domain.masking import mask_id_number, mask_phone

CONTEXT = "AuditLabels"

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "新建"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "修改"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "删除"),
    "reveal": QT_TRANSLATE_NOOP("AuditLabels", "查看完整号码"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "导出"),
    "print": QT_TRANSLATE_NOOP("AuditLabels", "打印"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "导入"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "登录"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLabels", "登录失败"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "退出登录"),
    "refer": QT_TRANSLATE_NOOP("AuditLabels", "转办"),
    "followup": QT_TRANSLATE_NOOP("AuditLabels", "回访"),
    "stage": QT_TRANSLATE_NOOP("AuditLabels", "推进阶段"),
    "close": QT_TRANSLATE_NOOP("AuditLabels", "结案/办结"),
    "reopen": QT_TRANSLATE_NOOP("AuditLabels", "重新办理"),
    "issue": QT_TRANSLATE_NOOP("AuditLabels", "签发"),
    "issue_batch": QT_TRANSLATE_NOOP("AuditLabels", "专项批量签发"),
    "deliver": QT_TRANSLATE_NOOP("AuditLabels", "送达"),
    "reply": QT_TRANSLATE_NOOP("AuditLabels", "回复"),
    "rectification": QT_TRANSLATE_NOOP("AuditLabels", "整改情况"),
    "no_reply": QT_TRANSLATE_NOOP("AuditLabels", "逾期未回复"),
    "escalate": QT_TRANSLATE_NOOP("AuditLabels", "升级"),
    "merge": QT_TRANSLATE_NOOP("AuditLabels", "合并"),
    "unmerge": QT_TRANSLATE_NOOP("AuditLabels", "撤销合并"),
    "purge": QT_TRANSLATE_NOOP("AuditLabels", "保存期限清理"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "恢复备份"),
    "recover": QT_TRANSLATE_NOOP("AuditLabels", "损坏后恢复"),
    "move": QT_TRANSLATE_NOOP("AuditLabels", "移动"),
    "demo-data": QT_TRANSLATE_NOOP("AuditLabels", "生成演示数据"),
}

ENTITIES = {
    "consultation": QT_TRANSLATE_NOOP("AuditLabels", "咨询"),
    "case": QT_TRANSLATE_NOOP("AuditLabels", "案件"),
    "case_party": QT_TRANSLATE_NOOP("AuditLabels", "当事人"),
    "claim": QT_TRANSLATE_NOOP("AuditLabels", "请求事项"),
    "case_event": QT_TRANSLATE_NOOP("AuditLabels", "办案记录"),
    "attachment": QT_TRANSLATE_NOOP("AuditLabels", "附件"),
    "notice": QT_TRANSLATE_NOOP("AuditLabels", "一函两书"),
    "enterprise": QT_TRANSLATE_NOOP("AuditLabels", "用人单位"),
    "worker": QT_TRANSLATE_NOOP("AuditLabels", "职工"),
    "staff": QT_TRANSLATE_NOOP("AuditLabels", "账号"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "设置"),
    "organization": QT_TRANSLATE_NOOP("AuditLabels", "单位信息"),
    "holiday": QT_TRANSLATE_NOOP("AuditLabels", "节假日"),
    "government_body": QT_TRANSLATE_NOOP("AuditLabels", "政府部门"),
    "report": QT_TRANSLATE_NOOP("AuditLabels", "统计报表"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "数据库"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "备份"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditLabels", "名称/姓名"),
    "display_name": QT_TRANSLATE_NOOP("AuditLabels", "姓名"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "用户名"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "角色"),
    "active": QT_TRANSLATE_NOOP("AuditLabels", "启用"),
    "password": QT_TRANSLATE_NOOP("AuditLabels", "密码"),
    "locked_until": QT_TRANSLATE_NOOP("AuditLabels", "锁定至"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "原因"),
    "organization_id": QT_TRANSLATE_NOOP("AuditLabels", "所属单位"),
    "caller_name": QT_TRANSLATE_NOOP("AuditLabels", "来电人"),
    "caller_phone": QT_TRANSLATE_NOOP("AuditLabels", "电话"),
    "phone": QT_TRANSLATE_NOOP("AuditLabels", "电话"),
    "id_number": QT_TRANSLATE_NOOP("AuditLabels", "身份证号"),
    "credit_code": QT_TRANSLATE_NOOP("AuditLabels", "统一社会信用代码"),
    "channel": QT_TRANSLATE_NOOP("AuditLabels", "渠道"),
    "category": QT_TRANSLATE_NOOP("AuditLabels", "类别"),
    "categories": QT_TRANSLATE_NOOP("AuditLabels", "争议类别"),
    "question": QT_TRANSLATE_NOOP("AuditLabels", "咨询问题"),
    "answer": QT_TRANSLATE_NOOP("AuditLabels", "答复"),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "状态"),
    "handler_id": QT_TRANSLATE_NOOP("AuditLabels", "承办人"),
    "referral_body": QT_TRANSLATE_NOOP("AuditLabels", "转办单位"),
    "referral_date": QT_TRANSLATE_NOOP("AuditLabels", "转办日期"),
    "followup_due": QT_TRANSLATE_NOOP("AuditLabels", "回访期限"),
    "followup_done": QT_TRANSLATE_NOOP("AuditLabels", "回访日期"),
    "followup_result": QT_TRANSLATE_NOOP("AuditLabels", "回访结果"),
    "satisfaction": QT_TRANSLATE_NOOP("AuditLabels", "满意度"),
    "worker_count": QT_TRANSLATE_NOOP("AuditLabels", "涉及人数"),
    "description": QT_TRANSLATE_NOOP("AuditLabels", "案情"),
    "stage": QT_TRANSLATE_NOOP("AuditLabels", "阶段"),
    "outcome": QT_TRANSLATE_NOOP("AuditLabels", "处理结果"),
    "intake_date": QT_TRANSLATE_NOOP("AuditLabels", "受理日期"),
    "closed_date": QT_TRANSLATE_NOOP("AuditLabels", "结案日期"),
    "case_number": QT_TRANSLATE_NOOP("AuditLabels", "案件编号"),
    "lawyer": QT_TRANSLATE_NOOP("AuditLabels", "援助律师"),
    "enterprise_id": QT_TRANSLATE_NOOP("AuditLabels", "用人单位"),
    "enterprise_name": QT_TRANSLATE_NOOP("AuditLabels", "用人单位"),
    "number": QT_TRANSLATE_NOOP("AuditLabels", "文号"),
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "类型"),
    "facts": QT_TRANSLATE_NOOP("AuditLabels", "事实"),
    "demands": QT_TRANSLATE_NOOP("AuditLabels", "要求"),
    "legal_basis": QT_TRANSLATE_NOOP("AuditLabels", "法律依据"),
    "reply_due": QT_TRANSLATE_NOOP("AuditLabels", "回复期限"),
    "file": QT_TRANSLATE_NOOP("AuditLabels", "文件"),
    "rows": QT_TRANSLATE_NOOP("AuditLabels", "行数"),
    "fields": QT_TRANSLATE_NOOP("AuditLabels", "字段"),
    "from": QT_TRANSLATE_NOOP("AuditLabels", "来源"),
    "cutoff": QT_TRANSLATE_NOOP("AuditLabels", "截止日"),
    "applicant_id": QT_TRANSLATE_NOOP("AuditLabels", "申请人"),
    "claims": QT_TRANSLATE_NOOP("AuditLabels", "请求事项"),
    "consultation_id": QT_TRANSLATE_NOOP("AuditLabels", "来源咨询"),
    "case_id": QT_TRANSLATE_NOOP("AuditLabels", "案件"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "来源"),
    "is_collective": QT_TRANSLATE_NOOP("AuditLabels", "集体案件"),
    "failures": QT_TRANSLATE_NOOP("AuditLabels", "连续失败次数"),
    "first_admin": QT_TRANSLATE_NOOP("AuditLabels", "首个管理员"),
    "to": QT_TRANSLATE_NOOP("AuditLabels", "至"),
    "filters": QT_TRANSLATE_NOOP("AuditLabels", "筛选条件"),
    "reveal": QT_TRANSLATE_NOOP("AuditLabels", "含完整号码"),
    "count": QT_TRANSLATE_NOOP("AuditLabels", "数量"),
    "batch_id": QT_TRANSLATE_NOOP("AuditLabels", "批次"),
    "safety_copy": QT_TRANSLATE_NOOP("AuditLabels", "恢复前的备份"),
    "backup.folder": QT_TRANSLATE_NOOP("AuditLabels", "备份文件夹"),
    # A duplicates merge and its undo (services.duplicates): what the audit row keeps so the merge can be undone.
    "merged": QT_TRANSLATE_NOOP("AuditLabels", "被并入的记录"),
    "links": QT_TRANSLATE_NOOP("AuditLabels", "转到保留记录的关联记录"),
    "removed": QT_TRANSLATE_NOOP("AuditLabels", "删除的重复当事人"),
    "filled": QT_TRANSLATE_NOOP("AuditLabels", "补全的字段"),
    "merge_audit_id": QT_TRANSLATE_NOOP("AuditLabels", "撤销的合并（审计记录号）"),
    "survivor_id": QT_TRANSLATE_NOOP("AuditLabels", "保留的记录"),
    "moved_back": QT_TRANSLATE_NOOP("AuditLabels", "转回的记录数"),
    "reverted": QT_TRANSLATE_NOOP("AuditLabels", "还原的字段"),
    "restored_as": QT_TRANSLATE_NOOP("AuditLabels", "恢复后的编号"),
}


def _tr(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else key


def action_label(action: str) -> str:
    return _tr(ACTIONS, action)


def entity_label(entity: str) -> str:
    return _tr(ENTITIES, entity)


def field_label(field: str) -> str:
    return _tr(FIELDS, field)


def value_text(value: Any) -> str:
    """A stored before/after value as a clerk reads it (empty shows as a dash)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate(CONTEXT, "是") if value else QCoreApplication.translate(CONTEXT, "否")
    if isinstance(value, list):
        return "、".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{field_label(k)}: {value_text(v)}" for k, v in value.items())
    text = str(value)
    return text if len(text) <= 200 else text[:200] + "…"


# Identifiers stay masked on screen here too (PIPL 第51条); the full values are a reveal away in the record.
_MASKS = {"id_number": mask_id_number, "caller_id_number": mask_id_number, "applicant_id_number": mask_id_number,
          "phone": mask_phone, "caller_phone": mask_phone, "applicant_phone": mask_phone, "contact_phone": mask_phone}


def field_value(field: str, value: Any) -> str:
    """A stored value of ``field`` as shown: like value_text, with 身份证号 and phone numbers masked."""
    mask = _MASKS.get(field)
    if mask is not None and isinstance(value, str) and value and "*" not in value:  # some areas audit it masked
        return mask(value)
    return value_text(value)


def summary(changes: dict[str, Any]) -> str:
    """One line for a list cell: '字段: 原 → 新；…'."""
    parts = []
    for key, value in changes.items():
        if isinstance(value, list) and len(value) == 2 and not all(isinstance(v, str) and len(v) > 40 for v in value):
            parts.append(f"{field_label(key)}: {field_value(key, value[0])} → {field_value(key, value[1])}")
        else:
            parts.append(f"{field_label(key)}: {field_value(key, value)}")
    return "；".join(parts)

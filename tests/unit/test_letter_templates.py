"""Wording templates: named fields, clear errors with line and column, and filled bodies that never break."""
from __future__ import annotations

import pytest

from casedesk.services import letter_templates as t

KINDS = ("reminder", "opinion", "recommendation")


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_templates_are_valid_and_fill(kind: str) -> None:
    text = t.shipped(kind)
    assert t.problems(text, kind) == []
    body = t.fill(text, kind, t.sample_values(kind))
    joined = "\n".join(p.text for p in body)
    assert "${" not in joined and "$" not in joined
    assert t.sample_values(kind)["整改要求"].split("\n")[0] in joined


def test_errors_name_line_column_and_fix() -> None:
    text = "经查，${查明事实}\n请于${回复期限}内回复，费用$100。\n${整改意见}\n"
    found = t.problems(text, "opinion")
    assert "第2行第16列：“$”后应为字段名，如 ${查明事实}；要印出美元符号请写 $$" in found
    assert any(p.startswith("第3行第1列：未知字段 ${整改意见}") for p in found)
    assert "缺少必需的字段：${整改要求}、${法律依据}" in found
    with pytest.raises(t.TemplateError, match="意见书模板有误"):
        t.fill(text, "opinion", t.sample_values("opinion"))


def test_unclosed_brace_is_reported() -> None:
    assert any("“$”后应为字段名" in p for p in t.problems("${整改要求}${回复期限 ${查明事实}", "reminder"))


def test_notes_are_ignored_and_dollar_can_be_escaped() -> None:
    text = "# 说明：${不存在的字段} 不会被检查\n费用$$100\n${整改要求}\n${回复期限}\n"
    assert t.problems(text, "reminder") == []
    body = t.fill(text, "reminder", {"整改要求": "立即改正", "回复期限": "15个工作日"})
    assert [p.text for p in body] == ["费用$100", "立即改正", "15个工作日"]


def test_empty_lines_drop_and_headings_are_marked() -> None:
    text = "${前序文书}\n一、查明的事实\n${查明事实}\n${整改要求}${回复期限}\n"
    body = t.fill(text, "reminder", {"前序文书": "", "查明事实": "第一段\n\n第二段", "整改要求": "改正", "回复期限": "15日"})
    assert [(p.text, p.heading) for p in body] == [("一、查明的事实", True), ("第一段", False), ("第二段", False), ("改正15日", False)]


def test_values_are_not_parsed_as_template() -> None:
    body = t.fill("${整改要求}${回复期限}", "reminder", {"整改要求": "支付${工资}和$5", "回复期限": ""})
    assert body[0].text == "支付${工资}和$5"


def test_empty_template() -> None:
    assert t.problems("# 只有说明\n\n", "reminder") == ["模板为空"]

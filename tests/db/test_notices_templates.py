"""Admin edits of wording templates, the law catalogue and the government-body list; a broken template never issues."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import NumberSequence
from casedesk.domain.validators import ValidationError
from casedesk.services import (
    government_bodies,
    law_catalogue,
    letter_templates,
    notice_letter,
    notices,
    settings,
)
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from tests.db.test_notices import draft_reminder, setup_office

STAFF = Actor(None, "张敏", "staff")


def test_saved_template_is_used_and_reset_restores_the_shipped_one(db: Database) -> None:
    office = setup_office(db)
    custom = "经查，${查明事实}\n现提示如下：\n${整改要求}\n请于${回复期限}内书面回复。本函编号见文首。\n"
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            letter_templates.save(s, STAFF, "reminder", custom)
        info = letter_templates.save(s, SYSTEM, "reminder", custom)
        assert info.customized and info.text == custom
    nid = draft_reminder(db, office)
    with db.transaction() as s:
        notices.issue_notice(s, SYSTEM, nid, issued_on=date(2025, 9, 1))
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(notices.get(s, nid).pdf)).pages)
        assert "本函编号见文首" in text.replace("\n", "")
        assert not letter_templates.reset(s, SYSTEM, "reminder").customized


def test_invalid_template_is_not_saved(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(letter_templates.TemplateError, match="未知字段"):
            letter_templates.save(s, SYSTEM, "opinion", letter_templates.shipped("opinion") + "${签发人}\n")
        assert not letter_templates.current(s, "opinion").customized


def test_a_broken_stored_template_stops_the_issue_and_gives_the_number_back(db: Database) -> None:
    office = setup_office(db)
    nid = draft_reminder(db, office)
    with db.transaction() as s:  # e.g. edited in the database by hand, or saved by an older release
        settings.put(s, SYSTEM, "letter.template.reminder", "${整改要求} ${回复期限} $金额\n")
    with pytest.raises(letter_templates.TemplateError, match="提示函模板有误：第1行"):
        with db.transaction() as s:
            notices.issue_notice(s, SYSTEM, nid, issued_on=date(2025, 9, 1))
    with db.transaction() as s:
        assert notices.get(s, nid).status == "draft"
        assert s.scalars(select(NumberSequence)).first() is None


def test_template_preview_renders_the_sample(db: Database) -> None:
    setup_office(db)
    with db.transaction() as s:
        preview = notice_letter.template_preview(s, "recommendation", letter_templates.shipped("recommendation"))
        assert preview.all_embedded and preview.fonts
        text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
        assert "铁锋区人力资源和社会保障局：" in text and "样" in text
        with pytest.raises(letter_templates.TemplateError):
            notice_letter.template_preview(s, "recommendation", "${错}")


def test_law_catalogue_ships_the_required_laws(db: Database) -> None:
    with db.reading() as s:
        laws = law_catalogue.law_names(s)
    for law in ("中华人民共和国劳动法", "中华人民共和国劳动合同法", "中华人民共和国社会保险法", "工伤保险条例",
                "保障农民工工资支付条例", "中华人民共和国工会法", "女职工劳动保护特别规定", "中华人民共和国劳动争议调解仲裁法"):
        assert law in laws
    with db.reading() as s:
        pay = {a.key for a in law_catalogue.suggest(s, ["pay"])}
    assert "《中华人民共和国劳动合同法》第三十条" in pay


def test_admin_edits_the_catalogue(db: Database) -> None:
    office = setup_office(db)
    key = "《中华人民共和国劳动合同法》第三十条"
    local = "《黑龙江省工资支付条例》第十条"
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            law_catalogue.save_article(s, STAFF, "黑龙江省工资支付条例", "第十条", "要点")
        law_catalogue.save_article(s, SYSTEM, "《黑龙江省工资支付条例》", "第十条", "用人单位应当按时足额支付工资。", ["劳动报酬"])
        law_catalogue.save_article(s, SYSTEM, "中华人民共和国劳动合同法", "第三十条", "改写后的要点。")
        with pytest.raises(ValidationError, match="格式不正确"):
            law_catalogue.save_article(s, SYSTEM, "某法", "30条", "x")
    with db.transaction() as s:
        table = law_catalogue.lookup(s)
        assert table[local].custom and table[key].gist == "改写后的要点。"
    nid = draft_reminder(db, office, legal_basis=[key, local])
    with db.transaction() as s:
        law_catalogue.hide_article(s, SYSTEM, key)
        assert key not in law_catalogue.lookup(s)
        values = notice_letter.template_values(s, notices.get(s, nid))
        # A hidden article still prints on the notices that cite it, by its citation.
        assert values["法律依据"].split("\n") == [f"1.{key}", f"2.{local}：用人单位应当按时足额支付工资。"]
        assert values["引用条文"] == "《中华人民共和国劳动合同法》第三十条，《黑龙江省工资支付条例》第十条"
        law_catalogue.restore_shipped(s, SYSTEM, key)
        assert law_catalogue.lookup(s)[key].gist.startswith("用人单位应当按照劳动合同约定")


def test_government_bodies_are_maintained(db: Database) -> None:
    with db.transaction() as s:
        body = government_bodies.add_body(s, SYSTEM, "铁锋区劳动保障监察大队", "劳动保障监察", "铁锋区XX路3号")
        with pytest.raises(ValidationError, match="已有"):
            government_bodies.add_body(s, SYSTEM, "铁锋区劳动保障监察大队", "劳动保障监察")
        with pytest.raises(ValidationError, match="部门类型"):
            government_bodies.add_body(s, SYSTEM, "某局", "公安")
        government_bodies.update_body(s, SYSTEM, body.id, address="铁锋区XX路5号", active=False)
        assert government_bodies.list_bodies(s) == []
        [retired] = government_bodies.list_bodies(s, include_inactive=True)
        assert (retired.address, retired.active, retired.kind_label) == ("铁锋区XX路5号", False, "劳动保障监察")


def test_default_deadlines_fonts_and_seal_are_admin_settings(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    office = setup_office(db)
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            notices.set_default_deadline(s, STAFF, "意见书", 60, "自然日")
        notices.set_default_deadline(s, SYSTEM, "意见书", 60, "自然日")  # 南昌市条例: 60日
        assert notices.default_deadline(s, "opinion") == (60, "calendar_days")
        with pytest.raises(ValidationError, match="1至365"):
            notices.set_default_deadline(s, SYSTEM, "意见书", 0, "工作日")
        bad = tmp_path / "fake.ttf"
        bad.write_bytes(b"nonsense")
        with pytest.raises(ValidationError, match="fake.ttf"):
            notice_letter.set_font(s, SYSTEM, "body", str(bad))
        with pytest.raises(ValidationError, match="PNG"):
            notice_letter.set_seal_image(s, SYSTEM, b"GIF89a....")
        png = tmp_path / "seal.png"
        Image.new("RGBA", (120, 120), (220, 0, 0, 128)).save(png)
        notice_letter.set_seal_image(s, SYSTEM, png.read_bytes())
        assert notice_letter.seal_image(s) == png.read_bytes()
    nid = draft_reminder(db, office, kind="意见书")
    with db.transaction() as s:
        assert (notices.get(s, nid).deadline_count, notices.get(s, nid).deadline_unit) == (60, "calendar_days")
        notices.issue_notice(s, SYSTEM, nid, issued_on=date(2025, 9, 1))
        reader = PdfReader(io.BytesIO(notices.get(s, nid).pdf))
        assert any("/XObject" in p["/Resources"] for p in reader.pages)  # the seal image is printed
        view = notices.view(s, nid)
        assert view.has_pdf and "deliver" in view.actions and view.problems == []

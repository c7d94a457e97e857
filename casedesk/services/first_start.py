"""First start: a new office's identity, its administrator, and its first records (none, demo, or its ledgers).

The wizard shows on a database that has never been set up: the union's name
is still the placeholder and there is not a single record. Nothing is
written until the clerk has answered every question; then the identity and
the administrator are saved together in one transaction, and the chosen
records come in afterwards (demo data in one transaction, each ledger file in
its own, through the same import runner as File > 导入台账).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import Case, Consultation, Enterprise, SupervisionNotice, Worker
from casedesk.domain.numbering import check_pattern
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, auth, organization
from casedesk.services.actor import Actor
from casedesk.services.organization import DEFAULT_NAME, OrgInfo

if TYPE_CHECKING:  # every start asks needs_first_start; the importers load only for a first import
    from casedesk.services.demo_data import DemoSummary
    from casedesk.services.ledger_import import ImportReport

EMPTY, DEMO, IMPORT = "empty", "demo", "import"
REQUIRED = ("name", "issuer_mark")
DEMO_SCALE = "district"
# The series a union numbers, and the word each pattern carries after the union's short name.
PATTERN_WORDS = {
    "case_number_pattern": "工法援",
    "reminder_number_pattern": "工监提",
    "opinion_number_pattern": "工监意",
    "recommendation_number_pattern": "工监建",
}
_REGION = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:区|县|市|旗)")


def needs_first_start(session: Session) -> bool:
    """Never set up: the union is still called 未命名工会 and no record of any kind exists."""
    if organization.get_org(session).name != DEFAULT_NAME:
        return False
    return all(session.scalar(select(model.id).limit(1)) is None
               for model in (Consultation, Case, SupervisionNotice, Enterprise, Worker))


def short_name(union_name: str) -> str:
    """The one character a district's numbers start with: 齐齐哈尔市铁锋区总工会 -> 铁, 哈尔滨市总工会 -> 哈."""
    name = union_name.strip().removesuffix("总工会").removesuffix("工会")
    regions = _REGION.findall(name)
    word = regions[-1] if regions else name
    return word[:1]


def suggested_identity(union_name: str) -> dict[str, str]:
    """发文机关标志 and number patterns a clerk would write for this union (the wizard pre-fills them)."""
    short = short_name(union_name)
    values = {"issuer_mark": union_name.strip()}
    for key, word in PATTERN_WORDS.items():
        values[key] = f"{short}{word}〔{{year}}〕{{seq}}号"
    return values


@dataclass(frozen=True)
class AdminAccount:
    login: str
    display_name: str
    password: str


def check_identity(values: dict[str, str]) -> None:
    """The wizard's first page: required fields filled, patterns well formed (ValidationError names the field)."""
    for key in REQUIRED:
        if not (values.get(key) or "").strip():
            raise ValidationError("{label}不能为空", label=organization.LABELS[key])
    if values.get("name", "").strip() == DEFAULT_NAME:
        raise ValidationError("{label}：请填写本单位的名称", label=organization.LABELS['name'])
    for key in PATTERN_WORDS:
        if key in values:
            try:
                check_pattern(values[key].strip())
            except ValidationError as exc:
                raise ValidationError("{label}：{exc}", label=organization.LABELS[key], exc=exc) from None


def check_admin(account: AdminAccount, repeated: str) -> None:
    """The wizard's second page: a login, a name and a password the accounts service accepts, typed twice alike."""
    auth.normalize_login(account.login)
    auth.check_password(account.password, account.login)
    if account.password != repeated:
        raise ValidationError("确认密码：两次输入的密码不一致")


def set_up_office(session: Session, identity: dict[str, str], admin: AdminAccount | None, actor: Actor) -> tuple[OrgInfo, Actor]:
    """Save the identity and create the administrator (when none exists), in the caller's transaction.

    Returns the organization and the actor the rest of the first start (and the
    first session of the main window) acts as: the new administrator, or
    ``actor`` when an administrator already existed.
    """
    check_identity(identity)
    if admin is not None and auth.needs_first_admin(session):
        actor = auth.create_first_admin(session, admin.login, admin.display_name, admin.password)
    info = organization.update_org(session, actor, **{k: v for k, v in identity.items() if k in organization.EDITABLE})
    audit.record(session, actor, "first-start", "organization", info.id, {"name": [None, info.name]})
    return info, actor


def load_demo(session: Session, actor: Actor, identity: dict[str, str],
              progress: Callable[[str, int, int], bool] | None = None) -> DemoSummary:
    """A demo district office to try the program on; the union keeps the identity typed in the wizard."""
    from casedesk.services import demo_data  # the generator's vocabulary is large: loaded only when chosen

    summary = demo_data.generate(session, DEMO_SCALE, progress=progress, actor=actor)
    organization.update_org(session, actor, **{k: v for k, v in identity.items() if k in organization.EDITABLE})
    return summary


def import_ledger(session: Session, actor: Actor, kind: str, path: Path, *, skip_bad: bool,
                  progress: Callable[[int, int], bool] | None = None) -> ImportReport:
    """One ledger file through the one import runner (raises ImportAborted with the report when nothing was written)."""
    from casedesk.services import ledgers
    from casedesk.services.ledger_import import run_import

    ledger = ledgers.kinds().get(kind)
    if ledger is None:
        raise ValidationError("未知的台账类型“{kind}”", kind=kind)
    return run_import(session, actor, path, ledger.make_spec(), skip_bad=skip_bad, progress=progress)

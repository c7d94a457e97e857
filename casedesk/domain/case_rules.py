"""Rules of a case's life: collective status, stage moves, closing and the derived totals.

Pure functions so the case form, the importer and the tests apply the same
rule; each refusal is a ``ValidationError`` whose Chinese message names the
field and says what would be accepted.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casedesk.domain.enums import CaseOutcome, CaseStage
from casedesk.domain.validators import ValidationError

# 劳动争议调解仲裁法 第7条: ten or more workers with a common claim form a collective dispute.
COLLECTIVE_MIN_WORKERS = 10

# Outcomes that by themselves mean the workers got what they asked for, at least in part.
FAVOURABLE_OUTCOMES = frozenset(
    {CaseOutcome.SETTLED, CaseOutcome.MEDIATED, CaseOutcome.AWARD_UPHELD, CaseOutcome.AWARD_PARTIAL}
)

# An award needs an arbitration, a judgment a lawsuit; the other outcomes can end a case at any stage.
_MINIMUM_STAGE = {
    CaseOutcome.AWARD_UPHELD: CaseStage.ARBITRATION,
    CaseOutcome.AWARD_PARTIAL: CaseStage.ARBITRATION,
    CaseOutcome.AWARD_REJECTED: CaseStage.ARBITRATION,
    CaseOutcome.JUDGMENT: CaseStage.LITIGATION,
}


def collective_flag(is_collective: bool, worker_count: int) -> bool:
    """Whether the case is collective, given what the clerk ticked and how many workers it involves.

    Ten or more workers are a collective dispute by statute whatever was
    ticked; an office may also treat a smaller group as collective, but a
    single worker never is.
    """
    if worker_count < 1:
        raise ValidationError("涉及人数至少为1人")
    if worker_count >= COLLECTIVE_MIN_WORKERS:
        return True
    if is_collective and worker_count < 2:
        raise ValidationError("集体案件的涉及人数至少为2人")
    return is_collective


def check_stage_move(current: CaseStage, target: CaseStage) -> None:
    """A case moves forward, possibly skipping stages; it never goes back and closes only by closing."""
    if current == CaseStage.CLOSED:
        raise ValidationError("案件已结案，如需继续办理请先“重新办理”")
    if target == CaseStage.CLOSED:
        raise ValidationError("结案须使用“结案”操作，并填写处理结果和挽回金额")
    if target == current:
        raise ValidationError("案件已处于“{current}”阶段", current=current.label)
    if target.order < current.order:
        raise ValidationError("处理阶段只能向前推进：当前为“{current}”，不能退回“{target}”", current=current.label, target=target.label)


def minimum_stage(outcome: CaseOutcome) -> CaseStage:
    """The earliest stage at which a case can end with ``outcome``."""
    return _MINIMUM_STAGE.get(outcome, CaseStage.INTAKE)


def check_close(
    stage: CaseStage,
    outcome: CaseOutcome | None,
    closed_on: date | None,
    intake_date: date,
    today: date,
) -> None:
    """Closing needs an outcome that fits the stage reached and a closing date within the case's life."""
    if stage == CaseStage.CLOSED:
        raise ValidationError("案件已结案")
    if outcome is None:
        raise ValidationError("结案须选择处理结果")
    needed = minimum_stage(outcome)
    if stage.order < needed.order:
        raise ValidationError("处理结果“{outcome}”要求案件已进入“{needed}”阶段（当前为“{stage}”）", outcome=outcome.label, needed=needed.label, stage=stage.label)
    if closed_on is None:
        raise ValidationError("结案须填写结案日期")
    if closed_on < intake_date:
        raise ValidationError("结案日期 {closed_on} 早于受理日期 {intake_date}", closed_on=closed_on.isoformat(), intake_date=intake_date.isoformat())
    if closed_on > today:
        raise ValidationError("结案日期 {closed_on} 不能晚于今天", closed_on=closed_on.isoformat())


def check_recovered(claimed_fen: int, recovered_fen: int, what: str = "挽回金额") -> None:
    """Recovered money is never negative and never more than was claimed (when a claim amount is known)."""
    if recovered_fen < 0:
        raise ValidationError("{what}不能为负数", what=what)
    if claimed_fen > 0 and recovered_fen > claimed_fen:
        raise ValidationError("{what}不能超过诉求金额", what=what)


@dataclass(frozen=True)
class CaseTotals:
    """What offices report per case; derived from the claim lines and the worker count, never stored."""

    claimed_fen: int
    recovered_fen: int
    workers_involved: int
    workers_benefited: int


def workers_benefited(worker_count: int, outcome: CaseOutcome | None, recovered_fen: int) -> int:
    """All the case's workers benefit when it closed favourably or recovered money; none otherwise."""
    if outcome is None:
        return 0
    return worker_count if (outcome in FAVOURABLE_OUTCOMES or recovered_fen > 0) else 0


def case_totals(claims: Iterable[tuple[int, int]], worker_count: int, outcome: CaseOutcome | None) -> CaseTotals:
    """Totals from ``(claimed_fen, recovered_fen)`` lines."""
    claimed = recovered = 0
    for c, r in claims:
        claimed += c
        recovered += r
    return CaseTotals(claimed, recovered, worker_count, workers_benefited(worker_count, outcome, recovered))

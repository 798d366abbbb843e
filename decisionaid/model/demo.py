"""A complete example session (used by `decisionaid demo-session`, screenshots and benchmarks).

The person and trial are invented for illustration; the trial's shape follows a typical
phase 2 randomised study. Only the content pack's evidence numbers are shown as facts. The
person's and the trial's words come from the pack (`demo.toml`), so a Chinese example is
Chinese; the amounts and the schedule below are the same in every language.
"""

from __future__ import annotations

from decisionaid.content.schema import ContentPack
from decisionaid.model.costs import CostInputs
from decisionaid.model.options import Guide, OptionAnswers, OtherPerson, OwnOption
from decisionaid.model.session import Counselor, Session, Situation
from decisionaid.model.trial import Arm, TrialInfo


def demo_session(content: ContentPack, created: str = "2026-11-24") -> Session:
    benefits = content.considerations.benefits
    risks = content.considerations.risks
    ratings = {}
    for i, item in enumerate(benefits):
        ratings[item.id] = (4, 3, 2, 3, 1, 0)[i % 6]
    for i, item in enumerate(risks):
        ratings[item.id] = (4, 2, 3, 3, 1, 0)[i % 6]
    quiz = {q.id: q.answer for q in content.quiz.questions}
    # One honest mistake, so the score and its explanation show.
    first = content.quiz.questions[1]
    quiz[first.id] = (first.answer + 1) % len(first.choices)
    sure_ids = [s.id for s in content.decide.sure]
    sure = dict.fromkeys(sure_ids, True)
    sure[sure_ids[0]] = False
    suggested = [q.id for q in content.questions.suggested]
    words = content.demo
    return Session(
        language=content.pack.language,
        created=created,
        situation=Situation(
            name=words.name,
            show_name=True,
            cancer_type=words.cancer_type,
            stage="considering",
            decides_with=words.decides_with,
        ),
        trial=TrialInfo(
            title=words.trial_title,
            registry_id="NCT00000000",
            phases=["2"],
            study_type="interventional",
            randomised=True,
            arms=[
                Arm(arm.label, kind, arm.description, list(arm.interventions))
                for arm, kind in zip(
                    words.arms, ("experimental", "active_comparator", "other"), strict=False
                )
            ],
            ratio=[2, 1][: len(words.arms)] if len(words.arms) == 2 else [],
            blinding="none",
            placebo=False,
            visits_per_month=2,
            months=6,
            site=words.site,
            distance_km=45,
            covers=words.covers,
            contact=words.contact,
            enrollment=120,
            enrollment_type="estimated",
            status=words.status,
            origin="manual",
        ),
        costs=CostInputs(
            country=words.country,
            currency=words.currency,
            visits_per_month=2,
            months=6,
            travel=30,
            parking=12,
            meals=15,
            lost_income=120,
            caregiver=40,
            lodging=0,
            reimbursement_per_visit=12,
            subsidy_per_month=50,
        ),
        ratings=ratings,
        quiz=quiz,
        sure=sure,
        options=OptionAnswers(
            hidden=["comfort"],
            own=[OwnOption("own1", words.own_option, good="", bad="")],
            typed={
                "standard": {
                    "visits": words.standard_visits,
                    "side_effects": words.standard_side_effects,
                },
            },
            leaning="trial",
        ),
        guide=Guide(
            deadline=words.deadline,
            role="share",
            others=[OtherPerson(words.other_person, "trial", 0)],
            needs={"need_facts": True},
        ),
        questions_checked=[suggested[0], suggested[1], suggested[3], suggested[4]],
        own_questions=list(words.own_questions),
        notes=words.notes,
        counselor=Counselor(name=words.counselor, clinic=words.clinic),
        done=[],
        current_step="summary",
    )

"""A complete example session (used by `decisionaid demo-session`, screenshots and benchmarks).

The person and trial are invented for illustration; the trial's shape follows a typical
phase 2 randomised study. Only the content pack's evidence numbers are shown as facts.
"""

from __future__ import annotations

from decisionaid.content.schema import ContentPack
from decisionaid.model.costs import CostInputs
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
    return Session(
        language=content.pack.language,
        created=created,
        situation=Situation(
            name="Mei L.",
            show_name=True,
            cancer_type="Rectal cancer",
            stage="considering",
            decides_with="My daughter and my oncologist",
        ),
        trial=TrialInfo(
            title="Example trial: immunotherapy before surgery for rectal cancer",
            registry_id="NCT00000000",
            phases=["2"],
            study_type="interventional",
            randomised=True,
            arms=[
                Arm("New treatment", "experimental", "Study drug every 3 weeks", ["Study drug"]),
                Arm("Standard care", "active_comparator", "Usual chemotherapy", ["Chemotherapy"]),
            ],
            ratio=[2, 1],
            blinding="none",
            placebo=False,
            visits_per_month=2,
            months=6,
            site="City Cancer Centre",
            distance_km=45,
            covers="Study drug, research scans and blood tests. Parking is paid back.",
            contact="Research nurse, 555-0100",
            enrollment=120,
            enrollment_type="estimated",
            status="Recruiting",
            origin="manual",
        ),
        costs=CostInputs(
            country="US",
            currency="USD",
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
        leaning=3,
        questions_checked=[suggested[0], suggested[1], suggested[3], suggested[4]],
        own_questions=[
            "Can I get my treatment closer to home?",
            "Will the study drug affect my blood pressure medicine?",
        ],
        notes="I want to keep working part-time if I can.",
        counselor=Counselor(name="J. Rivera, RN", clinic="City Cancer Centre"),
        done=[],
        current_step="summary",
    )

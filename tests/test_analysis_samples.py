"""Scores the analysis against the hand-annotated articles of samples/annotated/.

Run as a script for the figures (`python tests/test_analysis_samples.py`); as a test it fails when
precision or recall drops below what was measured when the thresholds were set.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "annotated"

# Measured on the 123 samples after the round-19 rules (quantities P 0.997 R 0.994, PERSON/ORG
# P 0.977 R 0.969, titles 0.995, affiliation 0.855, dates 0.984, quote speakers 0.976);
# set a little under, so that a change that loses a few items fails here. The issue's own bar is
# P >= 0.90 and R >= 0.85.
THRESHOLDS = {
    "quantity_precision": 0.95,
    "quantity_recall": 0.95,
    "entity_precision": 0.97,
    "entity_recall": 0.95,
    "person_title": 0.97,
    "person_affiliation": 0.80,
    "date_recall": 0.93,
    "quote_speakers": 0.95,
}


def load_samples() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*-[0-9]*.json"))]


def _key(value: float, unit: str) -> tuple[float, str]:
    return round(float(value), 6), unit


def score_quantities(gold: list[dict], pred: list) -> dict[str, int]:
    want = Counter(_key(q["value"], q["unit"]) for q in gold)
    got = Counter(_key(q.value, q.unit) for q in pred)
    tp = sum((want & got).values())
    attrs = 0
    matched = 0
    remaining = list(pred)
    for q in gold:
        for p in remaining:
            if _key(p.value, p.unit) == _key(q["value"], q["unit"]):
                matched += 1
                attrs += p.approx == q["approx"] and p.bound == q["bound"]
                remaining.remove(p)
                break
    return {
        "tp": tp,
        "pred": sum(got.values()),
        "gold": sum(want.values()),
        "attr_ok": attrs,
        "matched": matched,
    }


def score_entities(gold: list[dict], entities: list) -> dict[str, int]:
    """PERSON and ORG; a prediction matches a gold entity of its kind when their names meet
    (canonical name or alias), each gold entity at most once."""
    pred = [e for e in entities if e.kind in ("PERSON", "ORG")]
    gold = [g for g in gold if g["kind"] in ("PERSON", "ORG")]
    used: set[int] = set()
    tp = title_ok = aff_ok = persons = 0
    for e in pred:
        names = {e.canonical, *e.aliases}
        for i, g in enumerate(gold):
            if i in used or g["kind"] != e.kind or not names & {g["canonical"], *g.get("aliases", [])}:
                continue
            used.add(i)
            tp += 1
            if e.kind == "PERSON":
                persons += 1
                title_ok += e.title == g.get("title")
                aff = g.get("affiliation")
                aff_ok += e.affiliation == aff
            break
    return {
        "tp": tp,
        "pred": len(pred),
        "gold": len(gold),
        "persons": persons,
        "title_ok": title_ok,
        "aff_ok": aff_ok,
    }


def evaluate(heldout_only: bool = False, fresh: str | None = None) -> dict[str, object]:
    """Figures over all samples, or the held-out ones, or one round of fresh samples (`"fresh":
    "round-2"`: written after the rules and scored before any rule was changed for them)."""
    from parsers.analysis import analyze_text

    totals: Counter[str] = Counter()
    per_article = {}
    for sample in load_samples():
        if heldout_only and not sample.get("heldout"):
            continue
        if fresh is not None and sample.get("fresh") != fresh:
            continue
        analysis = analyze_text(sample["body"], datetime.fromisoformat(sample["published"]))
        q = score_quantities(sample["quantities"], analysis.quantities)
        e = score_entities(sample["entities"], analysis.entities)
        dates_ok = sum(
            any(d.text == g["text"] and d.value == g["value"] for d in analysis.dates)
            for g in sample["dates"]
        )
        speakers = [x.speaker for x in analysis.quotes]
        gold_speakers = [x["speaker"] for x in sample["quotes"]]
        spk_ok = (
            sum(a == b for a, b in zip(speakers, gold_speakers, strict=False))
            if len(speakers) == len(gold_speakers)
            else 0
        )
        for prefix, d in (("q_", q), ("e_", e)):
            for k, v in d.items():
                totals[prefix + k] += v
        totals["dates_ok"] += dates_ok
        totals["dates"] += len(sample["dates"])
        totals["quotes_ok"] += spk_ok
        totals["quotes"] += len(gold_speakers)
        per_article[sample["id"]] = (q, e, analysis)
    t = totals
    return {
        "quantity_precision": t["q_tp"] / max(1, t["q_pred"]),
        "quantity_recall": t["q_tp"] / max(1, t["q_gold"]),
        "quantity_attributes": t["q_attr_ok"] / max(1, t["q_matched"]),
        "entity_precision": t["e_tp"] / max(1, t["e_pred"]),
        "entity_recall": t["e_tp"] / max(1, t["e_gold"]),
        "person_title": t["e_title_ok"] / max(1, t["e_persons"]),
        "person_affiliation": t["e_aff_ok"] / max(1, t["e_persons"]),
        "date_recall": t["dates_ok"] / max(1, t["dates"]),
        "quote_speakers": t["quotes_ok"] / max(1, t["quotes"]),
        "articles": per_article,
    }


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    return evaluate()


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_quality_does_not_regress(figures: dict[str, object], name: str) -> None:
    assert figures[name] >= THRESHOLDS[name], f"{name} = {figures[name]:.3f} < {THRESHOLDS[name]}"


def test_samples_are_well_formed() -> None:
    samples = load_samples()
    assert len(samples) >= 5
    assert {"politics", "economy", "sports", "local", "science"} <= {s["section"] for s in samples}
    for s in samples:
        for q in s["quantities"]:
            assert q["text"] in s["body"], (s["id"], q["text"])


def main() -> None:
    figures = evaluate()
    for sample_id, (q, e, analysis) in figures.pop("articles").items():  # type: ignore[union-attr]
        print(
            f"{sample_id}: quantities {q['tp']}/{q['pred']} pred, {q['gold']} gold; "
            f"entities {e['tp']}/{e['pred']} pred, {e['gold']} gold"
        )
        if "-v" in sys.argv:
            print(analysis)
    for name, value in figures.items():
        print(f"{name:22s} {value:.3f}")
    held = evaluate(heldout_only=True)
    held.pop("articles")
    print("\nheld-out samples only (written after the rules, scored as they stand now):")
    for name, value in held.items():
        print(f"{name:22s} {value:.3f}")
    rounds = {s["fresh"] for s in load_samples() if "fresh" in s}
    for fresh in sorted(rounds, key=lambda name: int(name.rsplit("-", 1)[1])):
        figures = evaluate(fresh=fresh)
        figures.pop("articles")
        print(f"\nfresh samples of {fresh} only:")
        for name, value in figures.items():
            print(f"{name:22s} {value:.3f}")


if __name__ == "__main__":
    main()

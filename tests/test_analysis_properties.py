"""Properties of the analysis on any text at all: it never raises, and every span points at its text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.analysis import analyze_text
from parsers.record.analysis import Analysis

KST = timezone(timedelta(hours=9))

korean_bits = st.sampled_from(
    ["과기정통부 ", "조경식 제2차관은 ", "3만 1000여명", "1만 2000건이 넘는 ", "5조 2천억원", "‘데이터 댐’", '"좋다"고 말했다.',
     "6일 ", "올해 6월", "지난해 ", "(이하 ", ")", "했다.", "`", "'", '"', "“", "”", "\n\n", "\ud800", "\udfff", "~", "%", "제",
     "한 달", "코로나19", "이 차관", "오후 3시", " ", "·", "\x00", "\u200b", "😀", "A", "1,234", "여", "명", "씨", "(35)", "9" * 400, "억", "만원", "~"]
)  # fmt: skip
texts = st.one_of(st.text(max_size=300), st.lists(korean_bits, max_size=40).map("".join))
published = st.one_of(
    st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31))
)


def _check_spans(text: str, analysis: Analysis) -> None:
    n = len(analysis.sentences)
    for kind in ("sentences", "quantities", "dates", "quotes", "keywords"):
        for item in getattr(analysis, kind):
            assert 0 <= item.start <= item.end <= len(text)
            assert text[item.start : item.end] == item.text, (kind, item)
            if kind != "sentences":
                assert 0 <= item.sentence < n
    for ent in analysis.entities:
        assert ent.mentions
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
            assert 0 <= m.sentence < n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, when=published)
def test_never_raises_and_spans_point_at_text(text, when):
    analysis = analyze_text(text, when.replace(tzinfo=KST) if when else None)
    _check_spans(text, analysis)
    assert Analysis.from_dict(analysis.to_dict()) == analysis

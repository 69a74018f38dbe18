"""A demand file (FORMATS.md, demand JSON v1) read by the command line: whatever it holds, the
answer is a shortlist (exit 0) or one clear refusal (exit 1), never exit 3 or a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from broker_app.catalogue.demo import load_demo
from broker_app.cli import main
from broker_app.domain.demand import FIELDS, parse_demand
from broker_app.domain.problems import InputRefused
from broker_app.store.database import Store
from tests.domain.test_demand import EXAMPLE
from tests.import_outcome import renders

FIXED = settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["mbo-3", "online", "avond", "budget", "distance", "2027-02-30", "1e400",
                     "12,50", "NaN", "Infinity", "Zwolle", "'s-Hertogenbosch", "zorg"]),
    st.lists(st.one_of(st.text(max_size=12), st.integers(), st.none()), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)  # fmt: skip


@st.composite
def demands(draw: st.DrawFn) -> object:
    """The FORMATS example with some fields changed, dropped or added; now and then anything."""
    if draw(st.integers(0, 9)) == 0:
        return draw(values)
    data = dict(EXAMPLE)
    for name in draw(st.lists(st.sampled_from([*FIELDS, "extra"]), max_size=4)):
        if draw(st.booleans()):
            data.pop(name, None)
        else:
            data[name] = draw(values)
    return data


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demand") / "demo.sqlite"
    store = Store(path)
    load_demo(store)
    store.close()
    return str(path)


@FIXED
@given(data=demands())
@example(data=dict(EXAMPLE, budget_per_participant="1e400"))
def test_any_demand_object_parses_or_is_refused_in_both_languages(data: object) -> None:
    try:
        parse_demand(data)
    except InputRefused as refused:
        assert refused.problems
        for problem in refused.problems:
            renders(problem)


@FIXED
@given(data=demands(), as_json=st.booleans(), lang=st.sampled_from(["nl", "en"]))
def test_match_with_any_demand_file(
    tmp_path: Path, capsys, demo_db: str, data: object, as_json: bool, lang: str
) -> None:
    path = tmp_path / "demand.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    args = ["--db", demo_db, "--lang", lang, "match", str(path), "--top", "3"]
    code = main(args + (["--json"] if as_json else []))
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    event(f"exit {code}")
    assert "Traceback" not in err
    if code == 1:
        assert err.strip()
    elif as_json:
        assert "results" in json.loads(out)


@FIXED
@given(data=st.binary(max_size=300))
@example(data=b"\xff\xfe{}")
@example(data=b'{"client": "X", "text": "y"' * 1)
def test_match_with_any_bytes(tmp_path: Path, capsys, demo_db: str, data: bytes) -> None:
    path = tmp_path / "demand.json"
    path.write_bytes(data)
    code = main(["--db", demo_db, "match", str(path)])
    _, err = capsys.readouterr()
    assert code == 1 or (code == 0 and data.strip()), err
    assert "Traceback" not in err and err.strip() if code == 1 else True

"""JSON feeds (EDU-DEX, OOAPI v5): any JSON, and any small mutation of a good feed, ends in rows
or a clear refusal, never a crash; an import of it never writes half."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broker_app.catalogue import edudex, ooapi
from broker_app.catalogue.importer import check_rows
from broker_app.domain.problems import InputRefused
from broker_app.store.database import Store
from tests.conftest import FIXTURES
from tests.import_outcome import import_and_check, renders

FIXED = settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Keys the readers look for, so random objects sometimes look like a feed.
FEED_KEYS = [
    "programs", "items", "programDescriptions", "programClassification", "programId", "data",
    "error", "offeringId", "offeringType", "courseId", "programType", "componentId",
    "primaryCode", "name", "level", "language", "value", "priceInformation", "startDate",
    "endDate", "offerings", "organization", "studyLoad", "costs", "amount", "nl", "en",
    "programName", "programSchedule", "programRun", "cost", "orgUnitId", "suppliers", "id",
]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["2027-02-01", "2027-13-45", "P3M", "EUR", "nl-NL", "", "mbo niveau 3"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(FEED_KEYS), st.text(max_size=8)), inner, max_size=5
        ),
    ),
    max_leaves=25,
)


def _paths(node: object, at: tuple = ()) -> list[tuple]:
    """Every place in a JSON tree, as a tuple of keys and indexes."""
    found = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*at, index))
    return found


def _mutate(tree: object, path: tuple, how: str, new: object) -> object:
    tree = copy.deepcopy(tree)
    if not path:
        return new if how == "replace" else [tree]
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "delete":
        del parent[last]
    elif how == "replace":
        parent[last] = new
    elif how == "wrap":
        parent[last] = [parent[last]]
    elif how == "stringify":
        parent[last] = json.dumps(parent[last])
    return tree


GOOD_FEEDS = [
    "edudex/single_program.json",
    "edudex/collection.json",
    "ooapi/program_with_offerings.json",
    "ooapi/course_offerings_expanded.json",
    "ooapi/programs_page.json",
]
_LOADED = {name: json.loads((FIXTURES / name).read_text(encoding="utf-8")) for name in GOOD_FEEDS}


@st.composite
def mutated_feeds(draw: st.DrawFn) -> object:
    tree = _LOADED[draw(st.sampled_from(GOOD_FEEDS))]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(tree)))
        how = draw(st.sampled_from(["delete", "replace", "wrap", "stringify"]))
        if how == "delete" and not path:
            how = "replace"
        tree = _mutate(tree, path, how, draw(json_values))
    return tree


def _read_directly(data: object) -> None:
    """Each reader alone, as the importer calls it: rows whose check ends, or a refusal."""
    for reader in (edudex.rows_from_data, ooapi.parse_ooapi):
        try:
            sheet = reader(data)
        except InputRefused as refused:
            assert refused.problems
            for problem in refused.problems:
                renders(problem)
            continue
        _, problems, _ = check_rows(sheet)
        for problem in problems:
            renders(problem)


@pytest.mark.parametrize("name", GOOD_FEEDS)
def test_the_good_feeds_import(tmp_path: Path, store: Store, name: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(_LOADED[name]), encoding="utf-8")
    report = import_and_check(store, path)
    assert report is not None and report.written


@FIXED
@given(data=json_values)
def test_any_json(tmp_path: Path, store: Store, data: object) -> None:
    _read_directly(data)
    path = tmp_path / "any.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_and_check(store, path)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated_feeds(), skip_invalid=st.booleans())
def test_mutated_good_feeds(tmp_path: Path, store: Store, data: object, skip_invalid: bool) -> None:
    _read_directly(data)
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_and_check(store, path, skip_invalid)


@FIXED
@given(data=st.one_of(st.binary(max_size=500), json_values.map(lambda v: json.dumps(v).encode())))
def test_random_bytes_named_json(tmp_path: Path, store: Store, data: bytes) -> None:
    path = tmp_path / "random.json"
    path.write_bytes(data)
    import_and_check(store, path)
    for reader in (edudex.read_edudex, ooapi.read_ooapi):  # the readers of a file alone
        try:
            reader(path)
        except InputRefused as refused:
            for problem in refused.problems:
                renders(problem)


@pytest.mark.parametrize(
    ("place", "value"),
    [
        (("programClassification", "programType"), []),
        (("programClassification", "targetSector"), [["Q"]]),
        (("programClassification", "programForm"), [{"x": 1}]),
        (("programBasicProfile", "location"), ["fixed location"]),
        (("programCurriculum", "instructionMode"), [[]]),
    ],
)
def test_edudex_codes_that_are_lists_or_objects(place: tuple[str, str], value: object) -> None:
    """Found by the mutations: a list where EDU-DEX has a code was looked up in a dict or set
    (TypeError: unhashable type: 'list'). Now it is an unknown code like any other."""
    data = copy.deepcopy(_LOADED["edudex/single_program.json"])
    data[place[0]][place[1]] = value
    sheet = edudex.rows_from_data(data)
    assert sheet.rows and not sheet.broken

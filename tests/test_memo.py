"""Shared results: computed once per dataset and key, never served across a change of the data, styled copies
kept only while their figure lives."""

from __future__ import annotations

import gc

import plotly.graph_objects as go
import pytest

from components import memo


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    digest = {"value": "data-1"}
    monkeypatch.setattr(memo, "run_atlas", lambda: (digest["value"], None))
    memo.clear()
    yield digest
    memo.clear()


def test_a_value_is_computed_once_per_key_and_shared(fresh):
    calls = []
    first = memo.memo("figure", ("UN",), lambda: calls.append(1) or object())
    again = memo.memo("figure", ("UN",), lambda: calls.append(1) or object())
    other = memo.memo("figure", ("AU",), lambda: calls.append(1) or object())
    assert first is again and other is not first and len(calls) == 2


def test_a_change_of_the_data_is_never_served_stale(fresh):
    before = memo.memo("figure", ("UN",), object)
    fresh["value"] = "data-2"
    assert memo.memo("figure", ("UN",), object) is not before


def test_the_store_is_bounded(fresh, monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    for index in range(10):
        memo.memo("x", index, object)
    assert len(memo._store) == 3


def test_a_styled_copy_lives_as_long_as_its_figure(fresh):
    figure = go.Figure()
    calls = []
    first = memo.derived(figure, "screen", lambda: calls.append(1) or go.Figure())
    assert memo.derived(figure, "screen", lambda: calls.append(1) or go.Figure()) is first and len(calls) == 1
    assert memo.derived(figure, "teach", lambda: calls.append(1) or go.Figure()) is not first
    ident = id(figure)
    del figure, first
    gc.collect()
    assert ident not in memo._derived


def test_sessions_asking_at_once_wait_for_one_computation(fresh):
    """A class opening one link: many sessions ask for the same figure at the same moment; it is computed once."""
    import threading
    import time

    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return object()

    results = []
    threads = [threading.Thread(target=lambda: results.append(memo.memo("figure", ("UN",), slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1


def test_a_failed_computation_is_not_kept_and_can_be_tried_again(fresh):
    def broken():
        raise ValueError("no")

    with pytest.raises(ValueError):
        memo.memo("figure", ("UN",), broken)
    assert memo.memo("figure", ("UN",), lambda: "made") == "made"

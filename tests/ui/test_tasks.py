"""The background-operation helper: results, errors and progress reach the main thread."""

import threading

import pytest
from PySide6.QtCore import QObject

from ati_desktop.ui import tasks


@pytest.fixture
def owner(qapp):
    parent = QObject()
    yield parent
    assert tasks.wait_for_idle()
    parent.deleteLater()


def test_result_arrives_on_the_main_thread(qtbot, owner):
    seen = []
    tasks.Task(lambda: threading.current_thread()).on_success(
        lambda worker: seen.append((worker, threading.current_thread()))).run(owner)
    qtbot.waitUntil(lambda: bool(seen))
    worker, handler = seen[0]
    assert worker is not threading.main_thread()
    assert handler is threading.main_thread()


def test_failure_reaches_the_failure_handler(qtbot, owner):
    errors = []
    tasks.Task(lambda: 1 / 0).on_failure(errors.append).run(owner)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_is_delivered_in_order_on_the_main_thread_before_the_result(qtbot, owner):
    events = []

    def work(report):
        for done in range(1, 6):
            report(done, 5)
        return "listo"

    tasks.Task(work) \
        .on_progress(lambda done, total: events.append((done, total, threading.current_thread()))) \
        .on_success(lambda result: events.append(result)).run(owner)
    qtbot.waitUntil(lambda: "listo" in events)

    assert [(done, total) for done, total, _thread in events[:-1]] == [(n, 5) for n in range(1, 6)]
    assert all(thread is threading.main_thread() for _d, _t, thread in events[:-1])
    assert events[-1] == "listo"


def test_progress_carries_a_stage_with_its_counts(qtbot, owner):
    events = []
    tasks.Task(lambda report: (report("revisions", 1, 2), report("records", 1, 1))) \
        .on_progress(lambda stage, done, total: events.append((stage, done, total))) \
        .on_success(lambda _result: events.append("listo")).run(owner)
    qtbot.waitUntil(lambda: "listo" in events)
    assert events == [("revisions", 1, 2), ("records", 1, 1), "listo"]


def test_progress_then_failure(qtbot, owner):
    events = []

    def work(report):
        report(1, 3)
        raise ValueError("sin disco")

    tasks.Task(work).on_progress(lambda done, total: events.append(done)) \
        .on_failure(lambda exc: events.append(str(exc))).run(owner)
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [1, "sin disco"]


def test_synchronous_mode_runs_inline_with_progress(owner, monkeypatch):
    monkeypatch.setattr(tasks, "_synchronous", True)
    events = []

    def work(report):
        report(1, 2)
        report(2, 2)
        return threading.current_thread()

    tasks.Task(work).on_progress(lambda done, total: events.append((done, total))) \
        .on_success(events.append).run(owner)
    assert events == [(1, 2), (2, 2), threading.main_thread()]


def test_work_without_progress_is_called_without_arguments(qtbot, owner):
    seen = []
    tasks.Task(lambda: "sin argumentos").on_success(seen.append).run(owner)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["sin argumentos"]

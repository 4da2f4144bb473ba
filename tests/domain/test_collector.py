"""Pausing the garbage collector while a report builds its lines leaves it as it was."""

from __future__ import annotations

import gc
import threading

from ati_desktop.domain.collector import collector_paused


def test_pauses_nest_and_restore_the_collector():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_last_of_overlapping_threads_turns_it_back_on():
    inside, release = threading.Barrier(2), threading.Event()

    def report():
        with collector_paused():
            inside.wait()
            release.wait()

    worker = threading.Thread(target=report)
    worker.start()
    with collector_paused():
        inside.wait()
    assert not gc.isenabled()  # the worker's pause is still on
    release.set()
    worker.join()
    assert gc.isenabled()


def test_an_error_inside_restores_it():
    try:
        with collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()

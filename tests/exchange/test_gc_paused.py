"""The collector pause used while packages are read: off inside, back as it was afterwards."""

import gc
import threading

import pytest

from ati_desktop.exchange.gc_paused import gc_paused


def test_the_collector_is_off_inside_and_back_on_after_nesting_and_errors():
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        with gc_paused():
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the outer block still holds it
            1 / 0
    assert gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_resumes_when_the_last_of_two_threads_leaves():
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with gc_paused():
        pass
    assert not gc.isenabled()  # the other thread is still reading
    leave.set()
    thread.join(5)
    assert gc.isenabled()

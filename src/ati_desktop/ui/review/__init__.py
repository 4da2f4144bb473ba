"""The supervisor's review of closed sessions: the queue and the decision on each one."""

from .window import ReviewWindow

__all__ = ["ReviewWindow"]

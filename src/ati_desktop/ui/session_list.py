"""The list of sessions: a table model that loads page by page off the main thread, and its view.

Rows arrive in pages (``canFetchMore``/``fetchMore``) so a database of 100,000 sessions opens
as fast as one of ten. Each page starts after the key of the last row shown, not at a row
number, so the last page of 100,000 comes as fast as the first, and a session saved while
scrolling cannot make the next page repeat a row already shown. Every reload bumps a
generation counter; a page or count that comes back for an older filter is dropped, so fast
typing never shows the wrong rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QStyle, QTableView, QWidget

from ati_desktop.domain import clock
from ati_desktop.domain.reference import Operation, SessionStatus, Technique

from .i18n import code_label, format_date
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database

PAGE_SIZE = 200
REMARK_COLOR = QColor("#a33b00")  # remarks the assistant still has to answer
REVIEW_COLUMN = 6
# Operations are listed in the guideline's order, whatever order the database returns.
_OPERATION_ORDER = {op.value: position for position, op in enumerate(Operation)}
_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows fetched in pages by background tasks; subclasses say what a page and a count are."""

    totalChanged = Signal(int)  # rows matching the current criteria, after each reload
    loadFailed = Signal(object)  # the exception of a failed page or count
    reloaded = Signal()  # the first page of the current criteria is in

    page_size = PAGE_SIZE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._criteria: dict[str, Any] = {}
        self._rows: list[Any] = []
        self._total = 0
        self._generation = 0
        self._fetching = False

    # -- what subclasses provide (run on the worker thread) ----------------------------------
    def count(self, db: Database, criteria: dict[str, Any]) -> int:
        raise NotImplementedError

    def page(self, db: Database, criteria: dict[str, Any], after: Any, limit: int) -> list[Any]:
        """Up to ``limit`` rows following the row whose :meth:`key` is ``after`` (None: the first)."""
        raise NotImplementedError

    def key(self, row: Any) -> Any:
        """Where ``row`` stands in the order; the next page starts after it."""
        raise NotImplementedError

    # -- loading ------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()

    def set_criteria(self, criteria: dict[str, Any]) -> None:
        self._criteria = dict(criteria)
        self.reload()

    def criteria(self) -> dict[str, Any]:
        return dict(self._criteria)

    def total(self) -> int:
        return self._total

    def is_loading(self) -> bool:
        return self._fetching

    def reload(self) -> None:
        """Count and fetch the first page again; older answers still on their way are dropped."""
        if self._db is None:
            return
        self._generation += 1
        generation, db, criteria, limit = self._generation, self._db, dict(self._criteria), self.page_size
        self._fetching = True

        def work():
            return self.count(db, criteria), self.page(db, criteria, None, limit)

        (Task(work)
         .on_success(lambda result: self._first_page(generation, result))
         .on_failure(lambda exc: self._failed(generation, exc))
         .run(self))

    def show_early(self, rows: list[Any]) -> None:
        """Rows read before the database is open (see ``app.py``); the first load replaces them."""
        if self._db is not None or self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(rows)
        self.endResetModel()

    def _first_page(self, generation: int, result: tuple[int, list[Any]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self._fetching = False
        if list(rows) == self._rows:  # the rows shown already (read early): the view stays put
            self._total = max(total, len(rows))
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self._total = max(total, len(rows))
            self.endResetModel()
        self.totalChanged.emit(self._total)
        self.reloaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loadFailed.emit(exc)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._db is None:
            return
        self._fetching = True
        generation, db, criteria = self._generation, self._db, dict(self._criteria)
        offset, limit = len(self._rows), self.page_size
        after = self.key(self._rows[-1]) if self._rows else None
        (Task(lambda: self.page(db, criteria, after, limit))
         .on_success(lambda rows: self._next_page(generation, offset, rows))
         .on_failure(lambda exc: self._failed(generation, exc))
         .run(self))

    def _next_page(self, generation: int, offset: int, rows: list[Any]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # rows were deleted since the count
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- reading ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        """Headers and reference labels follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


class SessionTableModel(PagedTableModel):
    """Sessions matching the filters, newest first: Fecha, Municipio, Establecimiento, …, Revisión.

    The last column shows the supervisor's latest decision; remarks not yet answered by a
    correction stand out, with the comment in the tooltip.
    """

    SessionIdRole = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> list[str]:
        return [self.tr("Fecha"), self.tr("Municipio"), self.tr("Establecimiento"),
                self.tr("Operaciones"), self.tr("Técnica"), self.tr("Estado"), self.tr("Revisión")]

    def count(self, db, criteria):
        # Services are imported where they run, on the worker: they bring SQLAlchemy, and the
        # window paints before that import finishes.
        from ati_desktop.services import queries

        return queries.count_sessions(db, queries.SessionFilter(**criteria))

    def page(self, db, criteria, after, limit):
        from ati_desktop.services import queries

        from ati_desktop.services import reviews

        rows = queries.list_sessions(db, queries.SessionFilter(**criteria), limit=limit, after=after)
        return reviews.with_reviews(db, rows)

    def key(self, row):
        return row.key

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def session_id(self, row: int) -> str:
        return self._rows[row].id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == REVIEW_COLUMN:
            return self._review_data(getattr(row, "review", None), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == self.SessionIdRole:
            return row.id
        return None

    def review_text(self, review) -> str:
        labels = {"aprobada": self.tr("Aprobada"), "con_observaciones": self.tr("Con observaciones"),
                  "rechazada": self.tr("Rechazada")}
        if review.corrected_since and review.state != "aprobada":
            return self.tr("Corregida, en revisión")
        return labels.get(review.state, review.label)

    def review_tooltip(self, review) -> str:
        when = format_date(clock.local(review.reviewed_at).date()) if review.reviewed_at else ""
        heading = self.tr("%1 — %2, %3").replace("%1", self.review_text(review)) \
            .replace("%2", review.reviewer or "").replace("%3", when)
        return f"{heading}\n{review.comment}" if review.comment else heading

    def _review_data(self, review, role: int):
        if review is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.review_text(review)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.review_tooltip(review)
        if review.open_remark and role == Qt.ItemDataRole.ForegroundRole:
            return REMARK_COLOR
        if review.open_remark and role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    @staticmethod
    def _text(row, column: int) -> str:
        if column == 0:
            return format_date(row.session_date)
        if column == 1:
            return row.municipality
        if column == 2:
            return row.school or "—"
        if column == 3:
            codes = sorted(filter(None, row.operations.split(",")),
                           key=lambda code: _OPERATION_ORDER.get(code, len(_OPERATION_ORDER)))
            return ", ".join(code_label(Operation, code) for code in codes)
        if column == 4:
            return code_label(Technique, row.technique)
        return code_label(SessionStatus, row.status)


class SessionListView(QTableView):
    """A read-only table of whole rows; Enter or a double click opens the session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next panel
        self.verticalHeader().hide()
        # Fixed row heights let the view skip measuring rows it does not show.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)

    def set_column_widths(self, widths: list[int], stretch: int) -> None:
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

"""The session editor window: steps on the left, one page at a time, drafts always on."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from ati_desktop.domain.reference import Operation
from ati_desktop.domain import clock
from ati_desktop.services import closing, drafts, editing, reviews, settings
from ati_desktop.services.revision_history import revision_history
from ati_desktop.ui import i18n, tasks, wheel_guard
from ati_desktop.ui.forms import problem_texts
from ati_desktop.ui.tasks import Task

from . import dialogs, problems
from .autosave import Autosave
from .commitments_page import CommitmentsPage
from .common import set_note_kind, show_date
from .development_page import DevelopmentPage
from .evidence_page import EvidencePage
from .files import FileStore
from .frame import EditorFrame
from .identification_page import IdentificationPage
from .participants_page import ParticipantsPage
from .revisions_dialog import RevisionsDialog
from .scope_page import ScopePage
from .verification_page import VerificationPage

# What the editor keeps besides the pages' own fields.
_META_KEYS = ("format", "id", "revision", "status", "correction_reason", "new_correction_reason",
              "assistant_id")


class SessionEditor(QMainWindow):
    """Creates or edits one session; ``saved`` carries its id after each successful save."""

    saved = Signal(str)
    loaded = Signal()  # the session or draft is on screen (it is read off the main thread)

    def __init__(self, db, forms, session_id: str | None = None, draft_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wheel_guard.install()
        self.setAttribute(Qt.WA_DeleteOnClose)
        self._db = db
        self._forms = forms
        self._meta: dict = {}
        self._restoring = True
        self.read_only = False
        self.files = FileStore(db, self)

        self.identification = IdentificationPage(db)
        self.scope = ScopePage()
        self.development = DevelopmentPage(db, forms, self.files, self._attach_for_form)
        self.participants = ParticipantsPage(db, self.files)
        self.commitments = CommitmentsPage()
        self.verification = VerificationPage(db)
        self.evidence = EvidencePage(self.files)
        self.pages = [self.identification, self.scope, self.development, self.participants,
                      self.commitments, self.verification, self.evidence]
        self.frame = EditorFrame(self.pages)
        self.setCentralWidget(self.frame)
        self.setWindowTitle(self.tr("Sesión de asistencia técnica"))
        self.resize(1280, 720)
        self._connect()
        self.autosave = Autosave(db, draft_key or "", self.payload, self)
        self.autosave.saved.connect(self._draft_saved)
        self.autosave.failed.connect(self._draft_failed)
        self._load(session_id, draft_key)

    def _connect(self) -> None:
        frame = self.frame
        frame.correct_button.clicked.connect(self.start_correction)
        frame.history_button.clicked.connect(self.show_revisions)
        frame.save_button.clicked.connect(lambda: self.save())
        frame.close_session_button.clicked.connect(self.close_session)
        QShortcut(QKeySequence.Save, self, activated=lambda: self.save())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.close_session)
        for page in self.pages:
            page.changed.connect(self._changed)
        self.identification.operations_changed.connect(self._operations_changed)
        self.identification.technique_changed.connect(self.development.set_technique)
        self.identification.school_changed.connect(self._school_changed)
        self.verification.attach_requested.connect(self._attach_for_verification)
        self.verification.carry_requested.connect(self._carry_over)
        self.evidence.evidence_changed.connect(self.verification.show_evidence_counts)

    # --- navigation --------------------------------------------------------------------

    def _update_navigation(self) -> None:
        operations = self.identification.selected_operations()
        vc = Operation.VERIFICACION_COMPARTIDA.value in operations
        self.frame.set_step_visible("verification", vc, fallback="commitments")

    # --- loading -----------------------------------------------------------------------

    def _load(self, session_id: str | None, draft_key: str | None) -> None:
        if draft_key:
            def restore(payload: dict | None) -> None:
                if payload is None:  # already saved or discarded: open what is recorded
                    self._load(session_id, None)
                else:
                    self._apply(payload)

            Task(lambda: drafts.load_draft(self._db, draft_key)) \
                .on_success(restore).on_failure(self._load_failed).run(self)
        elif session_id:
            key = editing.draft_key_for(session_id)
            Task(lambda: (editing.open_session(self._db, session_id), drafts.load_draft(self._db, key))) \
                .on_success(self._opened).on_failure(self._load_failed).run(self)
            self.refresh_review(session_id)
        else:
            self._apply(editing.new_payload(clock.today()))

    def _opened(self, loaded) -> None:
        stored, draft = loaded
        if draft is not None and dialogs.ask_restore_draft(self):
            self._apply(draft)
            return
        if draft is not None:
            key = editing.draft_key_for(stored["id"])
            Task(lambda: drafts.discard_draft(self._db, key)).run(self)
        self._apply(stored)

    def _load_failed(self, exc: Exception) -> None:
        self.frame.show_message(problems.describe(exc))
        self.set_read_only(True)

    def _apply(self, payload: dict) -> None:
        payload = editing.normalise(payload)
        self._restoring = True
        self._meta = {key: payload[key] for key in _META_KEYS}
        self.autosave.key = self.autosave.key or editing.draft_key_for(payload["id"])
        for page in self.pages:
            page.set_state(payload)
        self._school_changed(payload["school_id"], keep=True)
        self.commitments.set_operations(payload["operations"])
        self.verification.mark_carried(self.commitments.carried_ids())
        self.verification.show_evidence_counts(self.evidence.counts())
        self._update_navigation()
        self._update_heading()
        self.set_read_only(self.is_closed() and not self._meta["new_correction_reason"])
        self.frame.show_page("identification")
        self._restoring = False
        self.loaded.emit()

    # --- state -------------------------------------------------------------------------

    def payload(self) -> dict:
        """Everything on every page, as plain JSON (what a draft holds)."""
        payload = dict(self._meta)
        for page in self.pages:
            payload.update(page.state())
        return payload

    def is_closed(self) -> bool:
        return self._meta.get("status") == "cerrada"

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for page in self.pages:
            page.set_read_only(read_only)
        self.frame.save_button.setEnabled(not read_only)
        self.frame.close_session_button.setEnabled(not read_only and not self.is_closed())
        self.frame.closed_banner.setVisible(self.is_closed())
        self.frame.correct_button.setVisible(read_only and self.is_closed())
        if self.is_closed() and read_only:
            self.frame.closed_note.setText(self.tr("Sesión cerrada: se muestra sin cambios. Para modificarla "
                                             "use «Corregir…»; la versión actual quedará en el historial."))
        elif self.is_closed():
            self.frame.closed_note.setText(self.tr("Corrigiendo la sesión cerrada. Motivo: %1")
                                     .replace("%1", self._meta["new_correction_reason"] or ""))

    def _changed(self) -> None:
        if self._restoring or self.read_only:
            return
        self.autosave.touch()

    def _operations_changed(self, operations: list[str]) -> None:
        self.scope.set_operations(operations)
        self.commitments.set_operations(operations)
        self._update_navigation()

    def _school_changed(self, school_id: str | None, keep: bool = False) -> None:
        self.verification.set_school(school_id, keep=keep)
        self.participants.set_school(school_id)
        self.development.set_school(school_id)

    def _update_heading(self) -> None:
        state = self.identification.state()
        if not self._meta.get("revision"):
            text = self.tr("Nueva sesión")
        else:
            text = self.tr("Sesión del %1").replace("%1", show_date(state["session_date"]))
            if state["school_name"]:
                text += " — " + state["school_name"]
            text += " · " + self.tr("revisión %1").replace("%1", str(self._meta["revision"]))
            if self.is_closed():
                text += " · " + self.tr("cerrada")
        self.frame.heading.setText(text)
        self.setWindowTitle(text + " — ATI Desktop")

    # --- commitments and evidence across pages ----------------------------------------

    def _carry_over(self, verification: dict) -> None:
        self.commitments.carry_over(verification)
        self.verification.mark_carried(self.commitments.carried_ids())
        self.frame.draft_status.setText(self.tr("Compromiso trasladado a «Compromisos»."))

    def _attach_for_verification(self, verification_id: str) -> None:
        titles = {card.entry["id"]: card.entry.get("commitment") or "" for card in self.verification.cards}
        self.evidence.set_verification_titles(titles)
        self.evidence.add_files(verification_id)

    def _attach_for_form(self) -> dict | None:
        """A file attached to a form question is also evidence of the session."""
        rows = self.evidence.add_files(multiple=False)
        if not rows:
            return None
        return {"sha256": rows[0].values["sha256"], "file_name": rows[0].values["file_name"]}

    # --- saving ------------------------------------------------------------------------

    def close_session(self) -> None:
        """Closing makes the acta official: first show what the record lacks, then ask."""
        if self.read_only or self.is_closed():
            return
        payload = self.payload()
        Task(lambda: settings.assistant_id(self._db) is not None) \
            .on_success(lambda has_profile: self._confirm_close(payload, has_profile)) \
            .on_failure(self._save_failed).run(self)

    def _confirm_close(self, payload: dict, has_profile: bool) -> None:
        found = closing.gaps(payload, self.development.form, has_profile=has_profile)
        if dialogs.ask_close_session(self, [(self._gap_text(gap), gap.blocking) for gap in found]):
            self.save(close=True)
            return
        first = next(iter(closing.blocking(found)), None)
        if first is not None and first.page in {page.page_id for page in self.pages}:
            self.frame.show_page(first.page, focus=True)

    def _gap_text(self, gap: closing.Gap) -> str:
        if gap.answer is not None and self.development.form is not None:
            return problem_texts.error_text(self.development.form, gap.answer)
        if gap.rule is not None:
            return i18n.rule_text(gap.message)
        return i18n.error_text(gap)

    def save(self, close: bool = False) -> None:
        if self.read_only:
            return
        payload = self.payload()
        self.autosave.cancel()  # what is pending is in this payload
        self.frame.message.hide()
        self.frame.draft_status.setText(self.tr("Guardando…"))
        key = self.autosave.key
        Task(lambda: editing.save(self._db, payload, key, close=close, forms=self._forms)) \
            .on_success(self._saved).on_failure(self._save_failed).run(self)

    def _saved(self, outcome: editing.SaveOutcome) -> None:
        reason = self._meta["new_correction_reason"]
        self._meta.update(revision=outcome.saved.revision, status=outcome.status, new_correction_reason=None)
        if reason:
            self._meta["correction_reason"] = reason
        self.autosave.key = editing.draft_key_for(outcome.saved.id)
        self.participants.participant_created(outcome.participant_ids)
        self._update_heading()
        self.set_read_only(self.is_closed())
        if self.is_closed():
            self.refresh_review(outcome.saved.id)  # a correction answers the supervisor's remarks
        self.frame.draft_status.setText(self.tr("Sesión guardada a las %1 (revisión %2).")
                                  .replace("%1", QTime.currentTime().toString("HH:mm"))
                                  .replace("%2", str(outcome.saved.revision)))
        self.saved.emit(outcome.saved.id)

    def _save_failed(self, exc: Exception) -> None:
        self.autosave.touch()  # the unsaved changes go back to the draft
        self.frame.draft_status.setText("")
        titles = {page.page_id: page.title() for page in self.pages}
        self.frame.show_message(problems.describe(exc, titles, self.development.form))
        page = problems.page_for(exc)
        if page is not None:
            self.frame.show_page(page, focus=True)

    # --- the supervisor's review -------------------------------------------------------

    def refresh_review(self, session_id: str) -> None:
        db = self._db
        Task(lambda: reviews.review_of(db, session_id)).on_success(self.show_review).run(self)

    def show_review(self, review: reviews.Review) -> None:
        """The supervisor's latest decision above the pages; remarks not yet answered stand out."""
        note = self.frame.review_note
        if review.state == reviews.ReviewState.RECIBIDA:
            note.hide()
            return
        when = i18n.format_date(clock.local(review.reviewed_at).date())
        comment = f"<br>«{_escaped(review.comment)}»" if review.comment else ""
        if review.state == reviews.ReviewState.APROBADA:
            text = self.tr("Aprobada por %1 el %2.")
        elif review.corrected_since:
            text = self.tr("Corregida después de las observaciones de %1 del %2: espera una nueva revisión.")
        elif review.state == reviews.ReviewState.RECHAZADA:
            text = self.tr("<b>Rechazada</b> por %1 el %2. Use «Corregir…» para responder.")
        else:
            text = self.tr("<b>Observaciones del supervisor</b> (%1, %2). Use «Corregir…» para responderlas.")
        note.setText(text.replace("%1", _escaped(review.reviewer or "")).replace("%2", when) + comment)
        note.setTextFormat(Qt.RichText)
        set_note_kind(note, "warning" if review.open_remark else "info")
        note.show()

    # --- corrections -------------------------------------------------------------------

    def start_correction(self) -> None:
        reason = dialogs.ask_correction_reason(self)
        if not reason:
            return
        self._meta["new_correction_reason"] = reason
        self.set_read_only(False)
        self.autosave.touch()

    def show_revisions(self) -> None:
        session_id = self._meta["id"]
        Task(lambda: revision_history(self._db, session_id)).on_success(self.open_revisions_dialog).run(self)

    def open_revisions_dialog(self, history: list) -> RevisionsDialog:
        dialog = RevisionsDialog(self._forms, history, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- drafts ------------------------------------------------------------------------

    def _draft_saved(self) -> None:
        self.frame.draft_status.setText(self.tr("Borrador guardado a las %1.")
                                  .replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def _draft_failed(self, exc: Exception) -> None:
        self.frame.draft_status.setText(self.tr("No se pudo guardar el borrador: %1")
                                  .replace("%1", i18n.error_text(exc)))

    def keyPressEvent(self, event) -> None:
        """Esc closes the window, once no field wanted the key (an open list closes first)."""
        if event.key() == Qt.Key_Escape and event.modifiers() == Qt.NoModifier:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        """Closing is safe: pending changes are in the draft before the window goes.

        The write is waited for (milliseconds), so ``close()`` answers at once whether the
        window closed, as the main window needs when the application quits.
        """
        if self.autosave.busy:
            self.autosave.flush()
            tasks.wait_for_idle()
            QCoreApplication.sendPostedEvents(None, QEvent.MetaCall)  # the write's outcome
        if self.autosave.last_error is not None and not dialogs.ask_close_without_draft(self):
            event.ignore()
            return
        super().closeEvent(event)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")

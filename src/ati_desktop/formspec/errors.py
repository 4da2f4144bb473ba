"""Errors of the forms engine: a bad form definition, or answers a form does not accept."""

from __future__ import annotations

from ati_desktop.domain.errors import ValidationError


class FormDefinitionError(ValidationError):
    """Form files that cannot be used; lists each problem with file, line and reason."""

    def __init__(self, problems: list) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
        first = problems[0]
        self.file, self.line, self.reason = first.file, first.line, first.reason


class AnswersError(ValidationError):
    """Answers that a form does not accept; ``errors`` holds one AnswerError per problem."""

    def __init__(self, errors: list) -> None:
        super().__init__("\n".join(error.message for error in errors))
        self.errors = errors

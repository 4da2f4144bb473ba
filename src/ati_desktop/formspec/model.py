"""The form format: Pydantic models of a form definition file, the source of its JSON Schema.

Descriptions and titles are in Spanish because editors show them to the form authors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)

from ati_desktop.domain.reference import Technique

Identifier = Annotated[
    StrictStr,
    Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=60,
        description="Identificador: minúsculas sin tildes, números y «_»; empieza por letra.",
    ),
]
Text = Annotated[StrictStr, Field(min_length=1)]
Number = StrictInt | StrictFloat


def _config(title: str, description: str) -> ConfigDict:
    return ConfigDict(
        extra="forbid",
        frozen=True,
        title=title,
        json_schema_extra={"description": description},
    )


class RangeRule(BaseModel):
    """Bounds of a number."""

    model_config = _config("Rango", "Valores mínimo y máximo permitidos (incluidos).")
    min: Number | None = None
    max: Number | None = None
    message: Text | None = Field(None, description="Mensaje si el valor queda fuera del rango.")


class LengthRule(BaseModel):
    """Bounds of a text length, in characters."""

    model_config = _config("Longitud", "Número mínimo y máximo de caracteres.")
    min: StrictInt | None = Field(None, ge=0)
    max: StrictInt | None = Field(None, ge=1)
    message: Text | None = Field(None, description="Mensaje si la longitud no cumple.")


class CountRule(BaseModel):
    """Bounds of how many options, rows or files an answer has."""

    model_config = _config("Cantidad", "Número mínimo y máximo de opciones, filas o archivos.")
    min: StrictInt | None = Field(None, ge=0)
    max: StrictInt | None = Field(None, ge=1)
    message: Text | None = Field(None, description="Mensaje si la cantidad no cumple.")


class PatternRule(BaseModel):
    """A regular expression the whole text must match."""

    model_config = _config("Patrón", "Expresión regular que el texto completo debe cumplir.")
    regex: Text
    message: Text = Field(description="Mensaje si el texto no cumple el patrón.")


class ConstraintRule(BaseModel):
    """An expression that must hold for the answer; ``.`` is the answer itself."""

    model_config = _config("Restricción", "Expresión que la respuesta debe cumplir («.» es ella).")
    expression: Text
    message: Text = Field(description="Mensaje si la respuesta no cumple la expresión.")


class Choice(BaseModel):
    """One option of a choice field."""

    model_config = _config("Opción", "Una opción: código que se guarda y texto que se muestra.")
    value: Identifier
    label: Text


class RatingLevel(BaseModel):
    """One level of a rating scale, with its rubric descriptor."""

    model_config = _config("Nivel", "Un nivel de la escala con su descriptor (rúbrica).")
    value: StrictInt
    label: Text
    descriptor: Text | None = None


class _Field(BaseModel):
    id: Identifier
    label: Text = Field(description="Texto de la pregunta (o de la nota) que ve el usuario.")
    help: Text | None = Field(None, description="Ayuda que se muestra bajo la pregunta.")
    relevant: Text | None = Field(
        None, description="Expresión: la pregunta solo se muestra cuando se cumple."
    )


class _AnswerField(_Field):
    required: StrictBool = False
    required_message: Text | None = Field(None, description="Mensaje si falta la respuesta.")
    constraint: ConstraintRule | None = None


class TextField(_AnswerField):
    """One line of text."""

    model_config = _config("Texto corto", "Una línea de texto.")
    type: Literal["text"]
    length: LengthRule | None = None
    pattern: PatternRule | None = None


class LongTextField(_AnswerField):
    """Several lines of text."""

    model_config = _config("Texto largo", "Varias líneas de texto.")
    type: Literal["long_text"]
    length: LengthRule | None = None


class IntegerField(_AnswerField):
    """A whole number."""

    model_config = _config("Número entero", "Un número sin decimales.")
    type: Literal["integer"]
    range: RangeRule | None = None


class DecimalField(_AnswerField):
    """A decimal number, kept exact as text."""

    model_config = _config("Número decimal", "Un número con decimales (se guarda exacto).")
    type: Literal["decimal"]
    range: RangeRule | None = None


class DateField(_AnswerField):
    """A calendar date."""

    model_config = _config("Fecha", "Una fecha (día, mes, año).")
    type: Literal["date"]


class TimeField(_AnswerField):
    """A time of day, hours and minutes."""

    model_config = _config("Hora", "Una hora del día (horas y minutos).")
    type: Literal["time"]


class SingleChoiceField(_AnswerField):
    """One option of a list."""

    model_config = _config("Selección única", "Una opción de una lista.")
    type: Literal["single_choice"]
    choices: list[Choice] = Field(min_length=2)
    appearance: Literal["radio", "dropdown"] = Field(
        "radio", description="«radio»: botones a la vista; «dropdown»: lista desplegable."
    )


class MultipleChoiceField(_AnswerField):
    """Several options of a list."""

    model_config = _config("Selección múltiple", "Varias opciones de una lista.")
    type: Literal["multiple_choice"]
    choices: list[Choice] = Field(min_length=2)
    count: CountRule | None = None


class ChecklistItemField(_AnswerField):
    """A checklist statement answered Sí/No/Parcial/No aplica with an observation."""

    model_config = _config(
        "Ítem de lista de chequeo", "Respuesta Sí / No / Parcial / No aplica y una observación."
    )
    type: Literal["checklist_item"]


class RatingField(_AnswerField):
    """A level of a rubric."""

    model_config = _config("Escala de valoración", "Un nivel de una escala con rúbrica.")
    type: Literal["rating"]
    levels: list[RatingLevel] = Field(min_length=2)


class YesNoField(_AnswerField):
    """A yes or no answer."""

    model_config = _config("Sí / No", "Una respuesta Sí o No.")
    type: Literal["yes_no"]


class NoteField(_Field):
    """Text shown to the user, with no answer."""

    model_config = _config("Nota", "Texto que se muestra y no tiene respuesta.")
    type: Literal["note"]


class LinkField(_AnswerField):
    """A link to an earlier session of a given technique."""

    model_config = _config("Vínculo a otra sesión", "Una sesión anterior de la técnica indicada.")
    type: Literal["link"]
    technique: Technique = Field(description="Técnica de las sesiones que se pueden vincular.")


class SignatureField(_AnswerField):
    """A signature drawn on screen."""

    model_config = _config("Firma", "Una firma trazada en pantalla.")
    type: Literal["signature"]


class EvidenceField(_AnswerField):
    """Attached files."""

    model_config = _config("Evidencia", "Uno o varios archivos adjuntos.")
    type: Literal["evidence"]
    count: CountRule | None = None


SubField = Annotated[
    TextField
    | LongTextField
    | IntegerField
    | DecimalField
    | DateField
    | TimeField
    | SingleChoiceField
    | MultipleChoiceField
    | YesNoField,
    Field(discriminator="type"),
]


class RepeatField(_AnswerField):
    """Rows of sub-fields."""

    model_config = _config("Grupo repetible", "Filas de subcampos (por ejemplo, una agenda).")
    type: Literal["repeat"]
    fields: list[SubField] = Field(min_length=1)
    count: CountRule | None = None


FieldDefinition = Annotated[
    TextField
    | LongTextField
    | IntegerField
    | DecimalField
    | DateField
    | TimeField
    | SingleChoiceField
    | MultipleChoiceField
    | ChecklistItemField
    | RatingField
    | YesNoField
    | NoteField
    | RepeatField
    | LinkField
    | SignatureField
    | EvidenceField,
    Field(discriminator="type"),
]

AnswerField = (
    TextField
    | LongTextField
    | IntegerField
    | DecimalField
    | DateField
    | TimeField
    | SingleChoiceField
    | MultipleChoiceField
    | ChecklistItemField
    | RatingField
    | YesNoField
    | RepeatField
    | LinkField
    | SignatureField
    | EvidenceField
)


class Section(BaseModel):
    """A titled group of fields."""

    model_config = _config("Sección", "Un grupo de preguntas con título.")
    id: Identifier
    title: Text
    help: Text | None = None
    relevant: Text | None = Field(
        None, description="Expresión: la sección solo se muestra cuando se cumple."
    )
    fields: list[FieldDefinition] = Field(min_length=1)


class FormDefinition(BaseModel):
    """One version of the form of a technique."""

    model_config = _config("Formulario ATI", "Formulario de una técnica de la ATI.")
    id: Identifier
    version: StrictInt = Field(ge=1, description="Versión: 1, 2, 3…; nunca se reutiliza.")
    technique: Technique = Field(description="Técnica a la que pertenece el formulario.")
    title: Text
    description: Text | None = None
    sections: list[Section] = Field(min_length=1)

    _index: dict[str, tuple[Section, FieldDefinition]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, _context) -> None:
        for section in self.sections:
            for item in section.fields:
                self._index.setdefault(item.id, (section, item))

    @property
    def context(self) -> str:
        """The translation context of this form's texts."""
        return f"forms/{self.id}"

    def iter_fields(self) -> Iterator[tuple[Section, FieldDefinition]]:
        """Every top-level field in document order, with its section."""
        for section in self.sections:
            for item in section.fields:
                yield section, item

    def field(self, field_id: str) -> FieldDefinition:
        return self._index[field_id][1]

    def section_of(self, field_id: str) -> Section:
        return self._index[field_id][0]

    def has_field(self, field_id: str) -> bool:
        return field_id in self._index

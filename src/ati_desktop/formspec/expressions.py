"""The forms' expression language: a documented subset of XLSForm/ODK, parsed with lark.

Expressions decide whether a field is shown (``relevant``) and whether an answer is
acceptable (``constraint``). They are parsed into a small tree of nodes and evaluated by
walking it; nothing is ever passed to ``eval``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from lark import Lark, Transformer, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput

_GRAMMAR = r"""
?start: or_expr

?or_expr: and_expr
        | or_expr "or" and_expr          -> or_
?and_expr: comparison
         | and_expr "and" comparison     -> and_
?comparison: sum
           | sum COMPARE sum             -> compare
?sum: product
    | sum ADD_OP product                 -> arith
?product: unary
        | product MUL_OP unary           -> arith
?unary: atom
      | "-" unary                        -> neg
?atom: NUMBER                            -> number
     | STRING                            -> string
     | FIELD_REF                         -> field_ref
     | "."                               -> current
     | FUNCTION "(" [or_expr ("," or_expr)*] ")" -> call
     | "(" or_expr ")"

COMPARE: "!=" | "<=" | ">=" | "=" | "<" | ">"
ADD_OP: "+" | "-"
MUL_OP: "*" | "div" | "mod"
NUMBER: /[0-9]+(\.[0-9]+)?/
STRING: /'[^']*'/ | /"[^"]*"/
FIELD_REF: /\$\{[A-Za-z_][A-Za-z0-9_]*\}/
FUNCTION: /[a-z][a-z0-9]*(-[a-z0-9]+)*/

%import common.WS
%ignore WS
"""


class ExpressionSyntaxError(ValueError):
    """An expression that does not parse; the message is in Spanish and says where."""


@dataclass(frozen=True)
class Number:
    """A number literal: int, or Decimal when written with a point."""

    value: int | Decimal


@dataclass(frozen=True)
class String:
    """A quoted text literal."""

    value: str


@dataclass(frozen=True)
class FieldRef:
    """``${name}``: the answer of another field."""

    name: str


@dataclass(frozen=True)
class Current:
    """``.``: the value being checked by a constraint."""


@dataclass(frozen=True)
class Call:
    """A function call such as ``selected(${f}, 'x')``."""

    function: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Negate:
    """Unary minus."""

    operand: Expr


@dataclass(frozen=True)
class Binary:
    """An operator between two operands: arithmetic, comparison, and/or."""

    operator: str
    left: Expr
    right: Expr


Expr = Number | String | FieldRef | Current | Call | Negate | Binary

# Name → number of arguments. The documented subset; anything else is refused at check time.
FUNCTIONS: dict[str, int] = {
    "selected": 2,
    "count-selected": 1,
    "count": 1,
    "string-length": 1,
    "today": 0,
    "not": 1,
    "if": 3,
    "true": 0,
    "false": 0,
    "coalesce": 2,
}


class _ToNodes(Transformer):
    def number(self, items):
        text = str(items[0])
        return Number(Decimal(text) if "." in text else int(text))

    def string(self, items):
        return String(str(items[0])[1:-1])

    def field_ref(self, items):
        return FieldRef(str(items[0])[2:-1])

    def current(self, _items):
        return Current()

    def call(self, items):
        name, *args = items
        return Call(str(name), tuple(arg for arg in args if arg is not None))

    def neg(self, items):
        return Negate(items[0])

    def arith(self, items):
        left, operator, right = items
        return Binary(str(operator), left, right)

    def compare(self, items):
        left, operator, right = items
        return Binary(str(operator), left, right)

    def and_(self, items):
        return Binary("and", items[0], items[1])

    def or_(self, items):
        return Binary("or", items[0], items[1])


_PARSER = Lark(_GRAMMAR, parser="lalr", transformer=_ToNodes(), maybe_placeholders=True)


# The guideline's longest expression has under 200 characters; this leaves room and keeps
# parsing and evaluation (both walk the tree) bounded for a form from outside.
MAX_EXPRESSION_CHARS = 2000
# Operators and calls nested deeper than this are no expression a person writes; the tree
# walks stay far below Python's recursion limit.
MAX_EXPRESSION_DEPTH = 64


@lru_cache(maxsize=1024)
def parse(text: str) -> Expr:
    """Parses an expression, raising ExpressionSyntaxError with a Spanish message."""
    if not text.strip():
        raise ExpressionSyntaxError("la expresión está vacía")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise ExpressionSyntaxError(
            f"la expresión es demasiado larga ({len(text)} caracteres; máximo {MAX_EXPRESSION_CHARS})")
    try:
        expr = _PARSER.parse(text)
    except UnexpectedInput as error:
        raise ExpressionSyntaxError(_describe(error, text)) from None
    except RecursionError:
        expr = None
    if expr is None or _depth(expr) > MAX_EXPRESSION_DEPTH:
        raise ExpressionSyntaxError(
            f"la expresión anida demasiados operadores o paréntesis (máximo {MAX_EXPRESSION_DEPTH} niveles)")
    return expr


def _depth(expr: Expr) -> int:
    """How deep the tree goes, counted without recursion."""
    deepest, stack = 0, [(expr, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_EXPRESSION_DEPTH:
            break
        stack.extend((child, depth + 1) for child in _children(node))
    return deepest


def _children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Call):
        return expr.args
    if isinstance(expr, Negate):
        return (expr.operand,)
    if isinstance(expr, Binary):
        return (expr.left, expr.right)
    return ()


def _describe(error: UnexpectedInput, text: str) -> str:
    if isinstance(error, UnexpectedEOF):
        return "la expresión termina antes de tiempo (¿falta un paréntesis o un operando?)"
    column = getattr(error, "column", None) or 0
    if isinstance(error, UnexpectedCharacters):
        found = text[error.pos_in_stream] if error.pos_in_stream < len(text) else ""
        return f"carácter inesperado «{found}» en la posición {column}"
    token = getattr(error, "token", None)
    if token is None or token.type == "$END":
        return "la expresión termina antes de tiempo (¿falta un paréntesis o un operando?)"
    return f"«{token}» inesperado en la posición {column}"


def walk(expr: Expr):
    """Yields every node of the tree, the root first."""
    yield expr
    if isinstance(expr, Call):
        for arg in expr.args:
            yield from walk(arg)
    elif isinstance(expr, Negate):
        yield from walk(expr.operand)
    elif isinstance(expr, Binary):
        yield from walk(expr.left)
        yield from walk(expr.right)


def references(expr: Expr) -> set[str]:
    """The field ids an expression reads."""
    return {node.name for node in walk(expr) if isinstance(node, FieldRef)}


def check(text: str, known_fields: set[str], *, allow_current: bool) -> list[str]:
    """Problems of an expression found before any answer exists, in Spanish."""
    try:
        expr = parse(text)
    except ExpressionSyntaxError as error:
        return [f"error de sintaxis en «{text}»: {error}"]
    problems = []
    for node in walk(expr):
        if isinstance(node, FieldRef) and node.name not in known_fields:
            problems.append(f"«{text}» menciona el campo desconocido ${{{node.name}}}")
        elif isinstance(node, Current) and not allow_current:
            problems.append(f"«{text}» usa «.», que solo vale dentro de «constraint»")
        elif isinstance(node, Call):
            arity = FUNCTIONS.get(node.function)
            if arity is None:
                known = ", ".join(sorted(FUNCTIONS))
                problems.append(
                    f"«{text}» usa la función desconocida {node.function}(); "
                    f"las disponibles son: {known}"
                )
            elif arity != len(node.args):
                problems.append(
                    f"«{text}»: {node.function}() recibe {arity} argumento(s), "
                    f"no {len(node.args)}"
                )
    return problems

"""Demo sessions: technique, operations and channel chosen within the guideline's rules, with
attendance, commitments verified in later visits, evidence and indicator values."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from random import Random

from fractional_indexing import generate_n_keys_between

from ati_desktop.domain import rules
from ati_desktop.domain.reference import (
    Channel,
    CommitmentSide,
    CommitmentStatus,
    Level,
    Modality,
    Operation,
    SessionStatus,
    Technique,
    VerificationResult,
)
from ati_desktop.storage.search_keys import search_rowid

from .demo_answers import DemoAnswers
from .demo_catalogue import (
    COLOMBIA,
    Catalogue,
    DemoSchool,
    Person,
    RowSink,
    db_date,
    db_datetime,
    db_time,
    synced,
)
from .demo_text import (
    INDICATORS,
    REMOTE_PLACES,
    TOPICS,
    VERIFICATION_NOTES,
    ZONES,
    Topic,
    commitment_text,
    conclusions,
    objective,
)
from .search_index import search_body

HISTORY_DAYS = 730
ORDER = generate_n_keys_between(None, None, 64)  # children's order keys, first to last
CLOSED_AFTER_DAYS = 30
LEVELS = {Level.INSTITUCIONAL: 78, Level.MUNICIPAL: 12, Level.ZONAL: 7, Level.DEPARTAMENTAL: 3}
AT_SCHOOL = {Technique.REUNION: 26, Technique.OBSERVACION: 20, Technique.DIALOGO_REFLEXIVO: 12,
             Technique.ENTREVISTA: 18, Technique.TALLER: 24}
ELSEWHERE = {Technique.REUNION: 60, Technique.TALLER: 30, Technique.ENTREVISTA: 10}
OPERATIONS = {
    Operation.SEGUIMIENTO: 14, Operation.ACOMPANAMIENTO: 12, Operation.ASESORIA: 10,
    Operation.MONITOREO: 8, Operation.ORIENTACION: 8, Operation.CAPACITACION: 7,
    Operation.ENTRENAMIENTO: 6, Operation.DIFUSION: 6, Operation.ACTUALIZACION: 5,
    Operation.EVALUACION: 5, Operation.CONTROL: 4, Operation.ABOGACIA: 3, Operation.DIRECCION: 3,
}
DURATIONS = {Technique.REUNION: (60, 180), Technique.OBSERVACION: (45, 120),
             Technique.DIALOGO_REFLEXIVO: (30, 60), Technique.ENTREVISTA: (15, 60),
             Technique.TALLER: (120, 240)}
RESULTS = {VerificationResult.CUMPLIDO: 6, VerificationResult.PARCIAL: 3,
           VerificationResult.NO_CUMPLIDO: 1}
DUE_DAYS = (15, 21, 30, 45, 60, 90)
PHOTO, ATTENDANCE_LIST, DOCUMENT = "foto", "lista_asistencia", "documento"  # the editor's kinds
LEVEL_PLACE = {Level.MUNICIPAL: Channel.MUNICIPAL, Level.ZONAL: Channel.ZONAL,
               Level.DEPARTAMENTAL: Channel.DEPARTAMENTAL}
SCHOOL_CHANNELS = {
    Technique.OBSERVACION: {Channel.IN_SITU: 1},
    Technique.TALLER: {Channel.IN_SITU: 1},
    Technique.DIALOGO_REFLEXIVO: {Channel.IN_SITU: 4, Channel.CONEXION_REMOTA: 1},
    Technique.ENTREVISTA: {Channel.IN_SITU: 4, Channel.VISITA_RECIBIDA: 1, Channel.CELULAR: 2,
                           Channel.FIJO: 1, Channel.CONEXION_REMOTA: 1},
    Technique.REUNION: {Channel.IN_SITU: 6, Channel.VISITA_RECIBIDA: 1, Channel.CONEXION_REMOTA: 2,
                        Channel.CORREO: 1},
}
FIRST_ROLES = {Technique.OBSERVACION: "Docente observado(a)",
               Technique.DIALOGO_REFLEXIVO: "Docente acompañado(a)",
               Technique.ENTREVISTA: "Entrevistado(a)"}
TOWN_VENUES = ("Auditorio de la Alcaldía", "Casa de la Cultura", "Biblioteca municipal")
DEPARTMENT_SEAT = "41001"  # departmental meetings are held at the secretariat, in Neiva


def channels_for(level: Level, technique: Technique) -> dict[Channel, int]:
    """Where or how a technique is usually carried out at a level, with weights."""
    if level is Level.INSTITUCIONAL:
        return SCHOOL_CHANNELS[technique]
    place = LEVEL_PLACE[level]
    if technique is Technique.TALLER:
        return {place: 1}
    if technique is Technique.ENTREVISTA:
        return {place: 2, Channel.CELULAR: 1, Channel.VISITA_RECIBIDA: 1}
    return {place: 4, Channel.CONEXION_REMOTA: 1}


@cache
def _allowed(operations: frozenset[Operation]) -> frozenset[Channel]:
    return frozenset(c for c, reason in rules.allowed_channels(operations).items() if reason is None)


@cache
def _cumulative(weights: tuple) -> tuple[list, list[int]]:
    items = [item for item, _weight in weights]
    return items, list(accumulate(weight for _item, weight in weights))


def _pick(rng: Random, weights: dict):
    items, cumulative = _cumulative(tuple(weights.items()))
    return rng.choices(items, cum_weights=cumulative)[0]


class SessionMaker:
    """Makes one session at a time, in date order, so later visits follow up earlier ones."""

    def __init__(self, rng: Random, sink: RowSink, catalogue: Catalogue, answers: DemoAnswers,
                 today: date) -> None:
        self.rng, self.sink, self.catalogue = rng, sink, catalogue
        self.answers, self.today = answers, today
        towns = catalogue.by_municipality
        rectors = {code: [school.staff[0] for school in group] for code, group in towns.items()}
        # Who comes to meetings beyond a school: rectors, a coordinator, the town's officials.
        self.pools = {(Level.MUNICIPAL, code): rectors[code] + [s.staff[1] for s in group]
                      + catalogue.officials[code] for code, group in towns.items()}
        for zone, codes in ZONES.items():
            self.pools[(Level.ZONAL, zone)] = [p for code in codes for p in rectors[code]]
        self.pools[(Level.DEPARTAMENTAL, None)] = [p for group in rectors.values() for p in group]

    def days(self, count: int) -> list[date]:
        """``count`` school days of the last two years, in order, several sessions a day."""
        first = self.today - timedelta(days=HISTORY_DAYS)
        weekdays = [first + timedelta(days=n) for n in range(HISTORY_DAYS)]
        weekdays = [day for day in weekdays if day.weekday() < 5]
        return sorted(self.rng.choice(weekdays) for _ in range(count))

    def session(self, day: date) -> None:
        rng = self.rng
        level = _pick(rng, LEVELS)
        school = rng.choice(self.catalogue.schools) if level is Level.INSTITUCIONAL else None
        code, zone = self._municipality(level, school)
        technique = _pick(rng, AT_SCHOOL if school else ELSEWHERE)
        observation = None
        if technique is Technique.DIALOGO_REFLEXIVO:  # follows an earlier observation, or is one
            if school.observations and school.observations[0][1] < day:
                observation = school.observations.pop(0)
            else:
                technique = Technique.OBSERVACION
        can_verify = bool(school and school.open_commitments and school.open_commitments[0][1] < day)
        operations, channel = self._operations(level, technique, can_verify)
        people = self._attendees(level, technique, school, code, zone, observation)
        assistant = self.catalogue.assistant_of.get(code) or rng.choice(self.catalogue.assistants)
        topic = rng.choice(TOPICS)
        start = time(rng.randint(7, 14), rng.choice((0, 15, 30, 45)))
        low, high = DURATIONS[technique]
        minutes = rng.randrange(low, high + 1, 5)
        end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
        when = datetime.combine(day, end, COLOMBIA)
        stamp = db_datetime(when)
        form = self.answers.form(technique)
        answers = json.dumps(self.answers.answers(
            technique, topic, day, person=people[0], link_id=observation and observation[0]),
            ensure_ascii=False, sort_keys=True)
        campus = school.campuses[rng.randrange(len(school.campuses))] if school else None
        closed = day < self.today - timedelta(days=CLOSED_AFTER_DAYS) and rng.random() < 0.12
        row = self.sink.add("session", synced(
            rng, self.sink.device_id, stamp, assistant_id=assistant.id, level=level.value,
            municipality_code=code, school_id=school and school.id,
            campus_id=campus[0] if campus and channel is Channel.IN_SITU else None,
            place=self._place(level, channel, campus, code, zone), session_date=db_date(day),
            start_time=db_time(start), end_time=db_time(end), modality=channel.modality.value,
            channel=channel.value, technique=technique.value, form_id=form.id,
            form_version=form.version, answers=answers, objective=objective(topic, operations[0]),
            scope_guidelines=topic.guideline, scope_habits=topic.habit,
            scope_products=topic.product, conclusions=conclusions(topic, rng),
            observation_session_id=observation and observation[0],
            status=(SessionStatus.CERRADA if closed else SessionStatus.ABIERTA).value,
            closed_at=db_datetime(when + timedelta(days=1)) if closed else None))
        self._codes_and_search(row, operations, topic, school)
        if school and technique is Technique.OBSERVACION:
            school.observations.append((row["id"], day, people[0]))
        presencial = channel.modality is Modality.PRESENCIAL
        self._attendance(row["id"], technique, people, presencial, stamp)
        self._commitments(row["id"], operations, topic, people, assistant, school, day, stamp)
        evidence = self._verifications(row["id"], operations, school, day, stamp) if can_verify else []
        evidence += self._evidence(technique, presencial)
        for position, (verification_id, (sha256, name), kind, caption, minors) in enumerate(evidence):
            self.sink.add("evidence", synced(
                rng, self.sink.device_id, stamp, session_id=row["id"], position=ORDER[position],
                verification_id=verification_id, sha256=sha256, file_name=name,
                media_type="image/png", kind=kind, caption=caption, may_show_minors=minors,
                minors_confirmed_at=stamp if minors else None))
        if Operation.MONITOREO in operations or Operation.SEGUIMIENTO in operations:
            self._indicators(row["id"], stamp)

    def _codes_and_search(self, row: dict, operations: list[Operation], topic: Topic,
                          school: DemoSchool | None) -> None:
        session_id = row["id"]
        for operation in operations:
            self.sink.add("session_operation",
                          {"session_id": session_id, "operation": operation.value})
        areas = [topic.area]
        extra = self.rng.choice(TOPICS).area
        if extra is not topic.area and self.rng.random() < 0.3:
            areas.append(extra)
        for area in areas:
            self.sink.add("session_area", {"session_id": session_id, "area": area.value})
        body = search_body(row["place"], school and school.name, row["objective"],
                           row["scope_guidelines"], row["scope_habits"], row["scope_products"],
                           row["conclusions"], row["answers"])
        self.sink.search.append({"key": search_rowid(session_id), "id": session_id, "body": body})

    def _municipality(self, level: Level, school: DemoSchool | None) -> tuple[str, str | None]:
        if school:
            return school.municipality_code, None
        if level is Level.MUNICIPAL:
            return self.rng.choice(list(self.catalogue.by_municipality)), None
        if level is Level.ZONAL:
            zone = self.rng.choice(list(ZONES))
            return self.rng.choice(ZONES[zone]), zone
        return DEPARTMENT_SEAT, None

    def _operations(self, level: Level, technique: Technique,
                    can_verify: bool) -> tuple[list[Operation], Channel]:
        """Operations and a channel that the guideline allows together, for this technique."""
        rng, usual = self.rng, channels_for(level, technique)
        while True:  # ends: most operations allow every channel
            pool, operations = dict(OPERATIONS), []
            for _ in range(_pick(rng, {1: 60, 2: 32, 3: 8})):
                operations.append(_pick(rng, pool))
                del pool[operations[-1]]
            if can_verify and rng.random() < 0.5:
                operations.insert(0, Operation.VERIFICACION_COMPARTIDA)
            allowed = _allowed(frozenset(operations))
            options = {c: w for c, w in usual.items() if c in allowed}
            if options:
                return operations, _pick(rng, options)

    def _attendees(self, level, technique, school, code, zone, observation) -> list[Person]:
        rng = self.rng
        if school is None:
            pool = self.pools[(level, code if level is Level.MUNICIPAL else zone)]
            if technique is Technique.ENTREVISTA:
                return [rng.choice(pool)]
            size = rng.randint(3, 8) if technique is Technique.REUNION else rng.randint(5, 10)
            return rng.sample(pool, min(size, len(pool)))
        staff, coordinator = school.staff, school.staff[1]
        if technique is Technique.ENTREVISTA:
            return [rng.choice(staff)]
        if technique is Technique.OBSERVACION:
            observed = rng.choice([p for p in staff if p.role == "Docente"])
            return [observed] + ([coordinator] if rng.random() < 0.5 else [])
        if technique is Technique.DIALOGO_REFLEXIVO:
            observed = observation[2]
            joins = observed is not coordinator and rng.random() < 0.4
            return [observed] + ([coordinator] if joins else [])
        low, high = (3, 8) if technique is Technique.REUNION else (5, 12)
        return rng.sample(staff, rng.randint(low, min(high, len(staff))))

    def _place(self, level, channel: Channel, campus, code: str, zone: str | None) -> str:
        town = self.catalogue.names[code]
        if channel.value in REMOTE_PLACES:
            return REMOTE_PLACES[channel.value]
        if level is Level.INSTITUCIONAL:
            return f"{campus[1]}, {town}"
        if level is Level.MUNICIPAL:
            return f"{self.rng.choice(TOWN_VENUES)} de {town}"
        if level is Level.ZONAL:
            return f"Mesa zonal {zone}, {town}"
        return "Auditorio de la Secretaría de Educación del Huila, Neiva"

    def _attendance(self, session_id: str, technique: Technique, people: list[Person],
                    presencial: bool, stamp: str) -> None:
        rng, first_role = self.rng, FIRST_ROLES.get(technique)
        for position, person in enumerate(people):
            present = rng.random() > 0.04
            signed = present and presencial and rng.random() < 0.75
            self.sink.add("attendance", synced(
                rng, self.sink.device_id, stamp, session_id=session_id, position=ORDER[position],
                participant_id=person.id, present=present,
                role_in_session=first_role if position == 0 and first_role else person.role,
                signature_sha256=rng.choice(self.catalogue.signatures) if signed else None,
                signed_at=stamp if signed else None))

    def _commitments(self, session_id: str, operations: list[Operation], topic: Topic,
                     people: list[Person], assistant: Person, school: DemoSchool | None,
                     day: date, stamp: str) -> None:
        rng = self.rng
        if Operation.ACOMPANAMIENTO in operations:  # both parties commit to the result
            sides = [CommitmentSide.ASISTENTE] + [CommitmentSide.ASISTIDO] * rng.randint(1, 2)
        elif rng.random() < 0.45:
            sides = rng.choices((CommitmentSide.ASISTIDO, CommitmentSide.ASISTENTE), (7, 3),
                                k=rng.randint(1, 2))
        else:
            return
        for position, side in enumerate(sides):
            school_side = side is CommitmentSide.ASISTIDO
            person = rng.choice(people) if school_side else assistant
            row = self.sink.add("commitment", synced(
                rng, self.sink.device_id, stamp, session_id=session_id, position=ORDER[position],
                description=commitment_text(topic, school_side, rng), responsible=person.name,
                side=side.value, participant_id=person.id if school_side else None,
                due_date=db_date(day + timedelta(days=rng.choice(DUE_DAYS))),
                status=CommitmentStatus.ABIERTO.value, carried_from_id=None, closed_at=None))
            if school:
                school.open_commitments.append((row["id"], day))

    def _verifications(self, session_id: str, operations: list[Operation], school: DemoSchool,
                       day: date, stamp: str) -> list[tuple]:
        """A VC checks the school's oldest open commitments, a seguimiento sometimes does too;
        returns the evidence of the checks."""
        rng = self.rng
        if Operation.VERIFICACION_COMPARTIDA in operations:
            count = rng.randint(2, 5)
        elif Operation.SEGUIMIENTO in operations and rng.random() < 0.6:
            count = rng.randint(1, 2)
        else:
            return []
        evidence = []
        due = [item for item in school.open_commitments[:count] if item[1] < day]
        for position, item in enumerate(due):
            result = _pick(rng, RESULTS)
            row = self.sink.add("commitment_verification", synced(
                rng, self.sink.device_id, stamp, commitment_id=item[0], session_id=session_id,
                position=ORDER[position], verified_on=db_date(day), result=result.value,
                note=VERIFICATION_NOTES[result]))
            if result is VerificationResult.CUMPLIDO:
                self.sink.close_commitment(item[0], stamp)
                school.open_commitments.remove(item)
            if rng.random() < 0.35:
                evidence.append((row["id"], rng.choice(self.catalogue.photos), DOCUMENT,
                                 "Evidencia del compromiso verificado", False))
        return evidence

    def _evidence(self, technique: Technique, presencial: bool) -> list[tuple]:
        rng, evidence = self.rng, []
        if presencial and rng.random() < 0.6:
            minors = technique in (Technique.OBSERVACION, Technique.TALLER) and rng.random() < 0.4
            evidence.append((None, rng.choice(self.catalogue.photos), PHOTO,
                             f"Registro fotográfico: {technique.label.lower()}", minors))
        if presencial and rng.random() < 0.35:
            evidence.append((None, rng.choice(self.catalogue.scans), ATTENDANCE_LIST,
                             "Listado de asistencia firmado", False))
        if not presencial and rng.random() < 0.3:
            sha256, _name = rng.choice(self.catalogue.photos)
            evidence.append((None, (sha256, "captura_conexion.png"), DOCUMENT,
                             "Captura de pantalla de la conexión", False))
        return evidence

    def _indicators(self, session_id: str, stamp: str) -> None:
        rng = self.rng
        for position, (name, unit, target) in enumerate(rng.sample(INDICATORS, rng.randint(1, 2))):
            if unit == "%":
                value = round(min(100.0, target * rng.uniform(0.4, 1.05)), 1)
            else:
                value = float(rng.randint(0, int(target) + 1))
            self.sink.add("indicator_value", synced(
                rng, self.sink.device_id, stamp, session_id=session_id, position=ORDER[position],
                name=name, unit=unit, target=target, value=value, note=None))


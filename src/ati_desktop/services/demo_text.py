"""Spanish word lists and sentence builders for the demo data: names, schools, topics, notes."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from ati_desktop.domain.reference import Area, Operation, VerificationResult

FEMALE_NAMES = (
    "María", "Luz", "Ana", "Diana", "Paola", "Claudia", "Sandra", "Martha", "Gloria", "Yaneth",
    "Liliana", "Carolina", "Adriana", "Marcela", "Natalia", "Viviana", "Yolanda", "Esperanza",
    "Nubia", "Lorena", "Yuliana", "Angélica", "Leidy", "Johana", "Érika", "Nelly", "Rocío",
    "María Fernanda", "Luz Dary", "Ana Milena", "Sonia", "Alba Lucía", "Deisy", "Mónica",
)
MALE_NAMES = (
    "José", "Luis", "Carlos", "Jorge", "Juan", "Andrés", "Jairo", "Hernán", "Fabio", "Édgar",
    "Óscar", "Wilson", "Fredy", "William", "Jhon", "Diego", "Álvaro", "Rubén", "Arley", "Orlando",
    "Faiber", "Yesid", "Hernando", "Reinaldo", "Gustavo", "Ramiro", "Juan Carlos", "Luis Alberto",
    "José Miguel", "Germán", "Nelson", "Efraín", "Julián",
)
SURNAMES = (
    "Perdomo", "Cabrera", "Trujillo", "Polanía", "Vargas", "Ramírez", "Rojas", "Medina", "Cuéllar",
    "Charry", "Ortiz", "Quintero", "Losada", "Artunduaga", "Tovar", "Salazar", "Sánchez", "Castro",
    "Gutiérrez", "Díaz", "Muñoz", "Bahamón", "Andrade", "Silva", "Motta", "Calderón", "Osorio",
    "Lozano", "Ome", "Parra", "Guzmán", "Cerquera", "Perea", "Vanegas", "Chávarro", "Claros",
    "Puentes", "Manrique", "Falla", "Córdoba", "Ibarra", "Suárez", "Méndez", "Ospina", "Plazas",
    "Gómez", "González", "Rodríguez", "Hernández", "López", "Cuenca", "Ninco", "Tierradentro",
)
PATRONS = (
    "Nuestra Señora del Carmen", "Santa Teresita", "San José", "Simón Bolívar",
    "Francisco de Paula Santander", "José Eustasio Rivera", "Misael Pastrana Borrero",
    "La Esperanza", "El Rosario", "Jorge Villamil Cordovez", "Juan XXIII", "Policarpa Salavarrieta",
    "Antonio Nariño", "Reynaldo Matiz", "Cacique Timanco", "La Gaitana", "Luis Ángel Cuéllar",
    "María Auxiliadora", "Divino Niño", "Sagrado Corazón de Jesús", "San Juan Bosco",
    "Camilo Torres", "Ángel María Paredes", "Técnica Agropecuaria", "Agrícola",
    "Promoción Social",
    "Técnico Comercial", "Normal Superior", "Nuevo Horizonte", "Gabriel García Márquez",
)
VILLAGES = (
    "El Viso", "Las Mercedes", "San Antonio", "El Tablón", "La Palma", "Los Pinos", "El Recreo",
    "Alto Naranjos", "Buenos Aires", "El Carmen", "Santa Rosa", "San Isidro", "La Esmeralda",
    "El Diviso", "La Laguna", "Potrerillos", "El Rodeo", "Bajo Pinos", "La Ceja", "Villa Fátima",
    "El Cedro", "La Florida", "Monserrate", "San Francisco", "El Salado", "Guacacallo",
)
ZONES = {
    "Norte": ("41016", "41020", "41078", "41132", "41206", "41349", "41357", "41524", "41615",
              "41676", "41799", "41801", "41872", "41885"),
    "Centro": ("41298", "41013", "41026", "41306", "41319", "41548", "41770", "41791"),
    "Sur": ("41006", "41244", "41359", "41503", "41530", "41660", "41668", "41807"),
    "Occidente": ("41396", "41378", "41483", "41518", "41797"),
}
REMOTE_PLACES = {
    "conexion_remota": "Conexión remota (videollamada)",
    "correo": "Correo electrónico institucional",
    "celular": "Llamada a celular",
    "fijo": "Llamada a teléfono fijo",
    "visita_recibida": "Oficina de Calidad Educativa, Secretaría de Educación del Huila, Neiva",
}


@dataclass(frozen=True)
class Topic:
    """A subject of assistance with the texts that belong to it."""

    phrase: str
    short: str
    area: Area
    guideline: str
    habit: str
    product: str


TOPICS = (
    Topic("el Plan de Mejoramiento Institucional (PMI)", "el PMI", Area.DIRECTIVA,
          "Guía 34 del MEN: ruta para el mejoramiento institucional",
          "Reunión mensual del equipo de calidad con la matriz de seguimiento del PMI",
          "PMI ajustado y aprobado por el consejo directivo"),
    Topic("la autoevaluación institucional", "la autoevaluación", Area.DIRECTIVA,
          "Guía 34 del MEN, etapa de autoevaluación",
          "Registro de evidencias por componente de gestión",
          "Informe de autoevaluación con fortalezas y oportunidades de mejora"),
    Topic("el Proyecto Educativo Institucional (PEI)", "el PEI", Area.DIRECTIVA,
          "Ley 115 de 1994 y Decreto 1075 de 2015 sobre el PEI",
          "Revisión anual del horizonte institucional con la comunidad",
          "PEI resignificado y adoptado por el consejo directivo"),
    Topic("el gobierno escolar", "el gobierno escolar", Area.DIRECTIVA,
          "Decreto 1075 de 2015, conformación del gobierno escolar",
          "Actas de reunión de los órganos del gobierno escolar al día",
          "Consejo directivo y consejo académico conformados con actas"),
    Topic("el Sistema Institucional de Evaluación de Estudiantes (SIEE)", "el SIEE",
          Area.ACADEMICA,
          "Decreto 1290 de 2009",
          "Uso de rúbricas compartidas en la evaluación de aula",
          "SIEE actualizado y socializado con padres de familia"),
    Topic("los planes de área y de aula", "el plan de estudios", Area.ACADEMICA,
          "Estándares Básicos de Competencias y Derechos Básicos de Aprendizaje",
          "Planeación semanal de clase con evidencias de aprendizaje",
          "Planes de área ajustados a los DBA"),
    Topic("el análisis de resultados de las Pruebas Saber", "las Pruebas Saber", Area.ACADEMICA,
          "Guía de uso de resultados del ICFES (Día E)",
          "Simulacros periódicos y análisis por competencia",
          "Plan de acción por área a partir de los resultados Saber"),
    Topic("los Planes Individuales de Ajustes Razonables (PIAR)", "los PIAR", Area.ACADEMICA,
          "Decreto 1421 de 2017 sobre educación inclusiva",
          "Caracterización de estudiantes con discapacidad al inicio del año",
          "PIAR elaborados para los estudiantes que los requieren"),
    Topic("la estrategia de lectura y escritura en primaria", "la lectura y escritura",
          Area.ACADEMICA,
          "Plan Nacional de Lectura, Escritura y Oralidad",
          "Lectura diaria de veinte minutos en todas las aulas de primaria",
          "Proyecto de aula de lectura con producción escrita de los estudiantes"),
    Topic("los proyectos pedagógicos transversales", "los proyectos transversales",
          Area.ACADEMICA,
          "Ley 115 de 1994, artículo 14",
          "Cronograma de actividades de los proyectos integrado al plan de estudios",
          "Proyectos de educación ambiental y sexualidad formulados"),
    Topic("el modelo Escuela Nueva en las sedes rurales", "Escuela Nueva", Area.ACADEMICA,
          "Manual de implementación de Escuela Nueva del MEN",
          "Uso de guías de aprendizaje y rincones de trabajo",
          "Sedes rurales con gobierno estudiantil y guías en uso"),
    Topic("la articulación de la media técnica con el SENA", "la media técnica", Area.ACADEMICA,
          "Lineamientos de articulación de la educación media",
          "Seguimiento mensual a las prácticas de los estudiantes",
          "Convenio de articulación renovado con el SENA"),
    Topic("el Fondo de Servicios Educativos", "el Fondo de Servicios Educativos",
          Area.ADMINISTRATIVA, "Decreto 4791 de 2008",
          "Conciliación mensual del presupuesto con el consejo directivo",
          "Presupuesto y plan de compras aprobados"),
    Topic("el Programa de Alimentación Escolar (PAE)", "el PAE", Area.ADMINISTRATIVA,
          "Resolución 335 de 2021 del PAE",
          "Registro diario de raciones entregadas y comité de alimentación activo",
          "Comité de alimentación escolar conformado con actas"),
    Topic("la gestión del inventario y de la planta física", "el inventario",
          Area.ADMINISTRATIVA,
          "Manual de gestión de bienes de la Secretaría",
          "Actualización del inventario por sede cada semestre",
          "Inventario de bienes actualizado por sede"),
    Topic("la implementación de la Jornada Única", "la Jornada Única", Area.ADMINISTRATIVA,
          "Decreto 501 de 2016",
          "Horario extendido con actividades pedagógicas planeadas",
          "Plan de implementación de Jornada Única aprobado"),
    Topic("el manual de convivencia", "el manual de convivencia", Area.COMUNITARIA,
          "Ley 1620 de 2013 y Decreto 1965 de 2013",
          "Comité de convivencia que sesiona cada mes",
          "Manual de convivencia actualizado y socializado"),
    Topic("la ruta de atención integral para la convivencia escolar", "la ruta de convivencia",
          Area.COMUNITARIA, "Ley 1620 de 2013, ruta de atención integral",
          "Registro de casos en el Sistema de Información Unificado de Convivencia Escolar",
          "Protocolos de la ruta publicados en todas las sedes"),
    Topic("el Plan Escolar de Gestión del Riesgo", "la gestión del riesgo", Area.COMUNITARIA,
          "Guía del plan escolar de gestión del riesgo",
          "Simulacro de evacuación cada semestre",
          "Plan escolar de gestión del riesgo formulado con mapa de riesgos"),
    Topic("la estrategia de permanencia escolar", "la permanencia escolar", Area.COMUNITARIA,
          "Lineamientos de permanencia escolar del MEN",
          "Seguimiento semanal a la inasistencia de los estudiantes",
          "Alertas tempranas de deserción registradas en el SIMAT"),
)

OPERATION_VERBS = {
    Operation.MONITOREO: "Monitorear el avance de",
    Operation.CONTROL: "Verificar el cumplimiento de lo dispuesto sobre",
    Operation.SEGUIMIENTO: "Hacer seguimiento a las acciones sobre",
    Operation.VERIFICACION_COMPARTIDA: "Verificar de manera compartida los compromisos sobre",
    Operation.DIFUSION: "Socializar los lineamientos sobre",
    Operation.ASESORIA: "Asesorar al establecimiento en",
    Operation.ACOMPANAMIENTO: "Acompañar al equipo directivo en",
    Operation.ENTRENAMIENTO: "Entrenar a los docentes en su puesto de trabajo en",
    Operation.ORIENTACION: "Orientar al rector y a los coordinadores sobre",
    Operation.ACTUALIZACION: "Actualizar a docentes y directivos en",
    Operation.ABOGACIA: "Promover ante la comunidad educativa el compromiso con",
    Operation.EVALUACION: "Evaluar los resultados de",
    Operation.CAPACITACION: "Capacitar a docentes y directivos en",
    Operation.DIRECCION: "Orientar la dirección estratégica de",
}
FINDINGS = (
    "el equipo directivo reconoce avances pero falta documentar las evidencias",
    "se evidencia apropiación del tema por parte de los docentes",
    "las sedes rurales presentan mayor rezago por dificultades de conectividad",
    "el consejo académico asumió el liderazgo del proceso",
    "se requiere mayor participación de los padres de familia",
    "los docentes nuevos no conocen aún los acuerdos institucionales",
    "la rotación de personal ha retrasado el cronograma previsto",
    "se cumplió lo programado para el periodo",
)
NEXT_STEPS = (
    "Se acuerda revisar los avances en la próxima visita.",
    "El establecimiento enviará las evidencias por correo.",
    "Se programa una sesión de seguimiento el próximo mes.",
    "La Secretaría compartirá material de apoyo.",
    "Se dejan compromisos para ambas partes.",
)
SCHOOL_TASKS = (
    "Enviar a la Secretaría {product} con las firmas del consejo directivo",
    "Socializar con los docentes los acuerdos sobre {topic}",
    "Actualizar la matriz de seguimiento de {topic}",
    "Presentar en reunión de consejo académico el avance de {topic}",
    "Cargar las evidencias de {topic} en la carpeta institucional",
)
SECRETARIAT_TASKS = (
    "Remitir al establecimiento la guía y los formatos sobre {topic}",
    "Programar una visita de seguimiento sobre {topic}",
    "Compartir material de apoyo sobre {topic}",
    "Gestionar ante el nivel central la respuesta sobre {topic}",
)
VERIFICATION_NOTES = {
    VerificationResult.CUMPLIDO: "Se evidenció el producto acordado.",
    VerificationResult.PARCIAL: "Hay avance, pero faltan evidencias o firmas.",
    VerificationResult.NO_CUMPLIDO: "No se presentaron evidencias; se reprograma.",
}
INDICATORS = (
    ("Docentes con planeación de aula actualizada", "%", 90.0),
    ("Acciones del PMI ejecutadas en el periodo", "%", 80.0),
    ("Estudiantes con PIAR elaborado", "%", 100.0),
    ("Asistencia promedio de estudiantes", "%", 95.0),
    ("Reuniones del comité de convivencia realizadas", "reuniones", 4.0),
    ("Sedes con plan de gestión del riesgo", "sedes", 3.0),
)
ROLE_CODES = {"Rector(a)": "rector", "Coordinador(a)": "coordinador", "Docente": "docente"}
OFFICIAL_ROLES = ("Secretario(a) de Educación municipal", "Enlace de educación de la alcaldía")


def person_name(rng: Random) -> str:
    first = rng.choice(FEMALE_NAMES if rng.random() < 0.55 else MALE_NAMES)
    return f"{first} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"


def email_of(name: str, rng: Random) -> str:
    parts = name.lower().split()
    plain = "".join(c for c in ".".join((parts[0], parts[-2])) if c.isascii())
    return f"{plain}{rng.randint(1, 99)}@correo.example"


def mobile(rng: Random) -> str:
    return f"3{rng.randint(0, 2)}{rng.randint(0, 9)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def contract(text: str) -> str:
    """Spanish contractions after filling a template: «de el» → «del», «a el» → «al»."""
    return text.replace(" de el ", " del ").replace(" a el ", " al ")


def objective(topic: Topic, operation: Operation) -> str:
    return contract(f"{OPERATION_VERBS[operation]} {topic.phrase}.")


def conclusions(topic: Topic, rng: Random) -> str:
    return (f"Se revisó con los asistentes {topic.phrase}; {rng.choice(FINDINGS)}. "
            f"{rng.choice(NEXT_STEPS)}")


def commitment_text(topic: Topic, school_side: bool, rng: Random) -> str:
    template = rng.choice(SCHOOL_TASKS if school_side else SECRETARIAT_TASKS)
    return contract(template.format(topic=topic.short, product=topic.product.lower()) + ".")


# Long answers by a keyword of the field id; "{topic}" is the session's subject.
FIELD_SENTENCES = (
    ("conclusion", ("Se concluye que {topic} avanza, pero requiere responsables y fechas claras.",
                    "El equipo acuerda priorizar {topic} en el próximo periodo académico.")),
    ("desacuerdo", ("Considera que el tiempo asignado a {topic} no es suficiente.",)),
    ("acuerdo", ("Ajustar lo relacionado con {topic} y presentarlo al consejo académico.",
                 "Revisar juntos {topic} en la próxima visita, con las evidencias.")),
    ("fortaleza", ("Liderazgo del equipo directivo y disposición de los docentes frente a {topic}.",
                   "Trabajo en equipo y uso de evidencias al abordar {topic}.")),
    ("mejorar", ("Documentar mejor las acciones sobre {topic} y hacerles seguimiento.",
                 "Involucrar a las sedes rurales en {topic}.")),
    ("impresion", ("La práctica observada sobre {topic} es organizada y coherente con lo planeado.",
                   "Se percibe interés, aunque el tiempo dedicado a {topic} es insuficiente.")),
    ("inquietud", ("¿Cómo sostener {topic} con la rotación de docentes?",
                   "Preocupa la falta de tiempo institucional para {topic}.")),
    ("sentimiento", ("Tranquilidad por el reconocimiento de los avances.",
                     "Algo de ansiedad al ser observado, que disminuyó durante el diálogo.")),
    ("necesidad", ("Los docentes piden herramientas prácticas sobre {topic}.",
                   "La autoevaluación mostró debilidades en {topic}.")),
    ("producto", ("Matriz de trabajo sobre {topic} diligenciada por los grupos.",
                  "Documento de acuerdos sobre {topic} para el consejo académico.")),
    ("discusion", ("Se analizó el estado de {topic}, sus dificultades y los recursos disponibles.",
                   "Los asistentes compararon lo planeado con lo ejecutado sobre {topic}.")),
    ("punto_vista", ("Considera que {topic} depende del apoyo de las familias y del tiempo.",
                     "Propone trabajar {topic} por sedes y con metas trimestrales.")),
    ("coincid", ("Ambos reconocen la importancia de {topic}.",)),
    ("difier", ("Difieren en el cronograma propuesto para {topic}.",)),
    ("tema", ("Estado de {topic}, dificultades y próximos pasos.",)),
    ("solucion", ("Conformar un equipo por sede que lidere {topic} con reuniones quincenales.",
                  "Incluir {topic} en la agenda fija del consejo académico.")),
    ("custodia", ("Archivo digital de la coordinación académica, bajo custodia del rector.",)),
    ("observacion", ("Se observó un desarrollo ordenado; faltan evidencias escritas de {topic}.",
                     "La comunidad conoce {topic}, pero no se registra su seguimiento.")),
)
SHORT_TEXTS = (
    ("inquietud", ("Poca apropiación de {topic}", "Falta de tiempo para {topic}")),
    ("tema", ("Avances de {topic}", "Ajuste de {topic}", "Revisión de {topic}")),
    ("proceso", ("Clase de matemáticas de grado 5.°", "Clase de lenguaje de grado 3.°",
                 "Reunión del consejo académico", "Clase de ciencias naturales de grado 8.°")),
    ("motivo", ("Solicitud del rector durante la visita", "Situación de convivencia reportada")),
    ("guia", ("Guía de observación de aula SED-02",)),
    ("metodos", ("Salida pedagógica", "Conversatorio con expertos")),
    ("rol", ("Tesorero(a)", "Bibliotecario(a)")),
)
CHECKLIST_NOTES = ("", "Se verificó con evidencias.", "Falta el acta firmada.",
                   "En proceso de actualización.", "No se encontró evidencia.")


def field_text(field_id: str, topic: Topic, rng: Random, long: bool) -> str | None:
    """A plausible answer for a text field chosen by a keyword of its id, if one matches."""
    for keyword, options in (FIELD_SENTENCES if long else SHORT_TEXTS):
        if keyword in field_id:
            return contract(rng.choice(options).format(topic=topic.short))
    return f"Sobre {topic.phrase}: {rng.choice(FINDINGS)}." if long else None


def names_a_person(field_id: str) -> bool:
    """Whether a short text field asks for a person (no keyword gives it another meaning)."""
    if any(keyword in field_id for keyword, _options in SHORT_TEXTS):
        return False
    return "nombre" in field_id or "responsable" in field_id

"""The guideline's rules refuse what it forbids, with a Spanish message naming the rule."""

import pytest

from ati_desktop.domain.reference import Channel, CommitmentSide, Operation, Technique
from ati_desktop.domain.rules import RuleError, SessionFacts, allowed_channels, check, violations

BOTH_SIDES = frozenset(CommitmentSide)


def facts(operations, channel, technique=Technique.REUNION, **kw):
    return SessionFacts(frozenset(operations), channel, technique, **kw)


def rules_broken(f):
    return {v.rule for v in violations(f)}


def test_entrenamiento_must_be_in_situ():
    assert rules_broken(facts([Operation.ENTRENAMIENTO], Channel.ZONAL)) == {"entrenamiento_in_situ"}
    assert rules_broken(facts([Operation.ENTRENAMIENTO], Channel.IN_SITU)) == set()


def test_orientacion_must_be_remote():
    assert rules_broken(facts([Operation.ORIENTACION], Channel.IN_SITU)) == {"orientacion_remota"}
    for channel in (Channel.CONEXION_REMOTA, Channel.CORREO, Channel.CELULAR, Channel.FIJO):
        assert rules_broken(facts([Operation.ORIENTACION], channel)) == set()


@pytest.mark.parametrize("channel", [Channel.CONEXION_REMOTA, Channel.CELULAR, Channel.VISITA_RECIBIDA])
def test_acompanamiento_must_be_presencial(channel):
    broken = rules_broken(facts([Operation.ACOMPANAMIENTO], channel, commitment_sides=BOTH_SIDES))
    assert broken == {"acompanamiento_presencial"}


def test_acompanamiento_commits_both_sides():
    one_side = facts([Operation.ACOMPANAMIENTO], Channel.MUNICIPAL,
                     commitment_sides=frozenset({CommitmentSide.ASISTIDO}))
    assert rules_broken(one_side) == {"acompanamiento_compromisos_ambas_partes"}
    both = facts([Operation.ACOMPANAMIENTO], Channel.MUNICIPAL, commitment_sides=BOTH_SIDES)
    assert rules_broken(both) == set()


def test_asesoria_needs_no_travel():
    assert rules_broken(facts([Operation.ASESORIA], Channel.IN_SITU)) == {"asesoria_sin_desplazamiento"}
    assert rules_broken(facts([Operation.ASESORIA], Channel.VISITA_RECIBIDA)) == set()


def test_dialogo_reflexivo_follows_an_observation():
    f = facts([Operation.ACOMPANAMIENTO], Channel.IN_SITU, Technique.DIALOGO_REFLEXIVO,
              commitment_sides=BOTH_SIDES)
    assert rules_broken(f) == {"dialogo_sigue_observacion"}
    linked = facts([Operation.ACOMPANAMIENTO], Channel.IN_SITU, Technique.DIALOGO_REFLEXIVO,
                   commitment_sides=BOTH_SIDES, linked_observation=True)
    assert rules_broken(linked) == set()


def test_vc_verifies_earlier_commitments():
    assert rules_broken(facts([Operation.VERIFICACION_COMPARTIDA], Channel.IN_SITU)) == {"vc_verifica_compromisos"}
    assert rules_broken(facts([Operation.VERIFICACION_COMPARTIDA], Channel.IN_SITU, verifications=2)) == set()


def test_check_raises_with_every_message_in_spanish():
    with pytest.raises(RuleError) as caught:
        check(facts([Operation.ENTRENAMIENTO, Operation.ORIENTACION], Channel.ZONAL))
    assert "in situ" in caught.value.message
    assert "orientación" in caught.value.message
    assert len(caught.value.violations) == 2


def test_allowed_channels_gives_the_reason_for_each_refused_channel():
    allowed = allowed_channels([Operation.ORIENTACION])
    assert allowed[Channel.CORREO] is None
    assert "orientación" in allowed[Channel.IN_SITU]
    assert all(reason is None for reason in allowed_channels([Operation.CAPACITACION]).values())

"""Initial schema: people, places, sessions, commitments, evidence; municipalities seeded.

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op

from ati_desktop.domain.municipalities import municipalities

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('assistant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('full_name', sa.String(length=160), nullable=False),
    sa.Column('id_document', sa.String(length=30), nullable=True),
    sa.Column('role', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=160), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('assistant_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('draft',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('municipality',
    sa.Column('code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('certified_in_education', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('school',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('dane_code', sa.String(length=12), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('municipality_code', sa.String(length=5), nullable=False),
    sa.Column('added_in_field', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_dane_code'), ['dane_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('campus',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('dane_code', sa.String(length=14), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('campus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campus_school_id'), ['school_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('full_name', sa.String(length=160), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=True),
    sa.Column('id_document', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=160), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('school_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_id_document'), ['id_document'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_school_id'), ['school_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('assistant_id', sa.String(length=36), nullable=True),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('municipality_code', sa.String(length=5), nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=True),
    sa.Column('campus_id', sa.String(length=36), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('modality', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=30), nullable=False),
    sa.Column('technique', sa.String(length=30), nullable=False),
    sa.Column('form_id', sa.String(length=60), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('scope_guidelines', sa.Text(), nullable=True),
    sa.Column('scope_habits', sa.Text(), nullable=True),
    sa.Column('scope_products', sa.Text(), nullable=True),
    sa.Column('conclusions', sa.Text(), nullable=True),
    sa.Column('observation_session_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('correction_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['assistant_id'], ['assistant.id'], ),
    sa.ForeignKeyConstraint(['campus_id'], ['campus.id'], ),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], ),
    sa.ForeignKeyConstraint(['observation_session_id'], ['session.id'], ),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index('ix_session_date', ['session_date'], unique=False)
        batch_op.create_index('ix_session_municipality_date', ['municipality_code', 'session_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_technique'), ['technique'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('role_in_session', sa.String(length=120), nullable=True),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('signature_sha256', sa.String(length=64), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.ForeignKeyConstraint(['signature_sha256'], ['blob.sha256'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=160), nullable=False),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('carried_from_id', sa.String(length=36), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['carried_from_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_session_id'), ['session_id'], unique=False)
        batch_op.create_index('ix_commitment_status_due', ['status', 'due_date'], unique=False)

    op.create_table('indicator_value',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_session_id'), ['session_id'], unique=False)

    op.create_table('session_area',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'area')
    )
    op.create_table('session_operation',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('operation', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'operation')
    )
    with op.batch_alter_table('session_operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_operation_operation'), ['operation'], unique=False)

    op.create_table('session_revision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('superseded_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_revision_session_id'), ['session_id'], unique=False)

    op.create_table('commitment_verification',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('commitment_id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('verified_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment_verification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_verification_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_verification_session_id'), ['session_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('verification_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('may_show_minors', sa.Boolean(), nullable=False),
    sa.Column('minors_confirmed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], ),
    sa.ForeignKeyConstraint(['sha256'], ['blob.sha256'], ),
    sa.ForeignKeyConstraint(['verification_id'], ['commitment_verification.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_session_id'), ['session_id'], unique=False)

    municipality = sa.table(
        "municipality",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("certified_in_education", sa.Boolean),
    )
    op.bulk_insert(municipality, [
        {"code": m.code, "name": m.name, "certified_in_education": m.certified_in_education}
        for m in municipalities()
    ])


def downgrade() -> None:
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_session_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('commitment_verification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_verification_session_id'))
        batch_op.drop_index(batch_op.f('ix_commitment_verification_commitment_id'))

    op.drop_table('commitment_verification')
    with op.batch_alter_table('session_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_revision_session_id'))

    op.drop_table('session_revision')
    with op.batch_alter_table('session_operation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_operation_operation'))

    op.drop_table('session_operation')
    op.drop_table('session_area')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_session_id'))

    op.drop_table('indicator_value')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index('ix_commitment_status_due')
        batch_op.drop_index(batch_op.f('ix_commitment_session_id'))

    op.drop_table('commitment')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_participant_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_technique'))
        batch_op.drop_index(batch_op.f('ix_session_school_id'))
        batch_op.drop_index('ix_session_municipality_date')
        batch_op.drop_index('ix_session_date')

    op.drop_table('session')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_school_id'))
        batch_op.drop_index(batch_op.f('ix_participant_id_document'))
        batch_op.drop_index(batch_op.f('ix_participant_full_name'))

    op.drop_table('participant')
    with op.batch_alter_table('campus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campus_school_id'))

    op.drop_table('campus')
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_school_dane_code'))

    op.drop_table('school')
    op.drop_table('setting')
    op.drop_table('municipality')
    op.drop_table('draft')
    op.drop_table('device')
    op.drop_table('blob')
    op.drop_table('assistant')
    op.drop_table('app_meta')

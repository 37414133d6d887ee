"""the whole programme

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:59:50.995672
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreement_template",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("clauses", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_template_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_template_version"), ["version"], unique=True)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_table_name"), ["table_name"], unique=False)

    op.create_table(
        "buddy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("whatsapp", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(), nullable=False),
        sa.Column("municipality", sa.String(), nullable=False),
        sa.Column("dutch_level", sa.String(length=32), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("ex_newcomer", sa.Boolean(), nullable=False),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("criminal_record_extract_on", sa.Date(), nullable=True),
        sa.Column("trainings", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("buddy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_buddy_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_buddy_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_buddy_postcode"), ["postcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_buddy_status"), ["status"], unique=False)

    op.create_table(
        "buddy_meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("buddy_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_buddy_meeting_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_buddy_meeting_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "family",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("mother_tongue", sa.String(), nullable=True),
        sa.Column("contact_languages", sa.JSON(), nullable=False),
        sa.Column("dutch_level", sa.String(length=32), nullable=False),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("family_reunification", sa.Boolean(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(), nullable=False),
        sa.Column("municipality", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("whatsapp", sa.String(), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("needs_other", sa.String(), nullable=False),
        sa.Column("unavailability", sa.JSON(), nullable=False),
        sa.Column("sensitive_constraints", sa.String(), nullable=False),
        sa.Column("referred_by", sa.String(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_text_version", sa.String(), nullable=False),
        sa.Column("photo_consent", sa.Boolean(), nullable=False),
        sa.Column("buddy_preferences", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_family_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_family_postcode"), ["postcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_family_status"), ["status"], unique=False)

    op.create_table(
        "group_activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_activity_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_activity_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(), nullable=False),
        sa.Column("municipality", sa.String(), nullable=False),
        sa.Column("contact_person", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)

    op.create_table(
        "programme_settings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("organisation_name", sa.String(), nullable=False),
        sa.Column("organisation_address", sa.String(), nullable=False),
        sa.Column("organisation_phone", sa.String(), nullable=True),
        sa.Column("organisation_email", sa.String(), nullable=False),
        sa.Column("logo_path", sa.String(), nullable=True),
        sa.Column("coordinator_name", sa.String(), nullable=False),
        sa.Column("coordinator_phone", sa.String(), nullable=True),
        sa.Column("coordinator_email", sa.String(), nullable=False),
        sa.Column("policy_officer_name", sa.String(), nullable=False),
        sa.Column("duration_months", sa.Integer(), nullable=False),
        sa.Column("meetings_per_month", sa.Integer(), nullable=False),
        sa.Column("buddy_meeting_monthly", sa.Boolean(), nullable=False),
        sa.Column("consent_text_version", sa.String(), nullable=False),
        sa.Column("flag_no_activity_days", sa.Integer(), nullable=False),
        sa.Column("flag_ending_within_days", sa.Integer(), nullable=False),
        sa.Column("flag_evaluation_overdue_days", sa.Integer(), nullable=False),
        sa.Column("backup_interval_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("programme_settings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_settings_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("subject_type", sa.String(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("old_status", sa.String(), nullable=True),
        sa.Column("new_status", sa.String(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_change_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_status_change_subject_id"), ["subject_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_status_change_subject_type"), ["subject_type"], unique=False)

    op.create_table(
        "buddy_meeting_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("buddy_meeting_id", sa.Uuid(), nullable=False),
        sa.Column("buddy_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buddy_id"],
            ["buddy.id"],
        ),
        sa.ForeignKeyConstraint(
            ["buddy_meeting_id"],
            ["buddy_meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("buddy_meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_buddy_meeting_attendance_buddy_id"), ["buddy_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_buddy_meeting_attendance_buddy_meeting_id"), ["buddy_meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_buddy_meeting_attendance_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "family_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_member_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_family_member_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_family_member_name"), ["name"], unique=False)

    op.create_table(
        "trajectory",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("buddy_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("meetings_per_month", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_reason", sa.String(length=32), nullable=True),
        sa.Column("closure_note", sa.String(), nullable=False),
        sa.Column("ended_by", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buddy_id"],
            ["buddy.id"],
        ),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectory_buddy_id"), ["buddy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trajectory_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_trajectory_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trajectory_status"), ["status"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("trajectory_id", sa.Uuid(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("cancel_reason", sa.String(length=32), nullable=True),
        sa.Column("cancel_note", sa.String(), nullable=False),
        sa.Column("participant_ids", sa.JSON(), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("dutch_practised", sa.String(length=32), nullable=False),
        sa.Column("went_well", sa.String(), nullable=False),
        sa.Column("wellbeing_note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_held"), ["held"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_trajectory_id"), ["trajectory_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_type"), ["type"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("trajectory_id", sa.Uuid(), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("second_language", sa.String(), nullable=True),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("pdf_sha256", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("scan_path", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_trajectory_id"), ["trajectory_id"], unique=False)

    op.create_table(
        "evaluation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("trajectory_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("family_score", sa.Integer(), nullable=True),
        sa.Column("buddy_score", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_trajectory_id"), ["trajectory_id"], unique=False)

    op.create_table(
        "group_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("group_activity_id", sa.Uuid(), nullable=False),
        sa.Column("family_member_id", sa.Uuid(), nullable=True),
        sa.Column("buddy_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["buddy_id"],
            ["buddy.id"],
        ),
        sa.ForeignKeyConstraint(
            ["family_member_id"],
            ["family_member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["group_activity_id"],
            ["group_activity.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_attendance_buddy_id"), ["buddy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_attendance_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_attendance_family_member_id"), ["family_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_attendance_group_activity_id"), ["group_activity_id"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("trajectory_id", sa.Uuid(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_follow_up_on"), ["follow_up_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_trajectory_id"), ["trajectory_id"], unique=False)

    op.create_table(
        "trajectory_pause",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("trajectory_id", sa.Uuid(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trajectory_pause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectory_pause_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_trajectory_pause_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "signal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("theme", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("buddy_meeting_id", sa.Uuid(), nullable=True),
        sa.Column("trajectory_id", sa.Uuid(), nullable=True),
        sa.Column("family_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("passed_on_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
        ),
        sa.ForeignKeyConstraint(
            ["buddy_meeting_id"],
            ["buddy_meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signal_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_raised_on"), ["raised_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_theme"), ["theme"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_trajectory_id"), ["trajectory_id"], unique=False)

    op.create_table(
        "buddy_meeting_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("buddy_meeting_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("signal_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["buddy_meeting_id"],
            ["buddy_meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["signal_id"],
            ["signal.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("buddy_meeting_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_buddy_meeting_item_buddy_meeting_id"), ["buddy_meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_buddy_meeting_item_deleted_at"), ["deleted_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("buddy_meeting_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_item_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_item_buddy_meeting_id"))

    op.drop_table("buddy_meeting_item")
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_signal_theme"))
        batch_op.drop_index(batch_op.f("ix_signal_status"))
        batch_op.drop_index(batch_op.f("ix_signal_raised_on"))
        batch_op.drop_index(batch_op.f("ix_signal_family_id"))
        batch_op.drop_index(batch_op.f("ix_signal_deleted_at"))

    op.drop_table("signal")
    with op.batch_alter_table("trajectory_pause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_pause_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_trajectory_pause_deleted_at"))

    op.drop_table("trajectory_pause")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_referral_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_referral_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_referral_family_id"))
        batch_op.drop_index(batch_op.f("ix_referral_deleted_at"))

    op.drop_table("referral")
    with op.batch_alter_table("group_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_attendance_group_activity_id"))
        batch_op.drop_index(batch_op.f("ix_group_attendance_family_member_id"))
        batch_op.drop_index(batch_op.f("ix_group_attendance_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_group_attendance_buddy_id"))

    op.drop_table("group_attendance")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_deleted_at"))

    op.drop_table("evaluation")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_deleted_at"))

    op.drop_table("agreement")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_type"))
        batch_op.drop_index(batch_op.f("ix_activity_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_activity_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_held"))
        batch_op.drop_index(batch_op.f("ix_activity_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_activity_date"))

    op.drop_table("activity")
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_status"))
        batch_op.drop_index(batch_op.f("ix_trajectory_family_id"))
        batch_op.drop_index(batch_op.f("ix_trajectory_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_trajectory_buddy_id"))

    op.drop_table("trajectory")
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_member_name"))
        batch_op.drop_index(batch_op.f("ix_family_member_family_id"))
        batch_op.drop_index(batch_op.f("ix_family_member_deleted_at"))

    op.drop_table("family_member")
    with op.batch_alter_table("buddy_meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_attendance_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_attendance_buddy_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_attendance_buddy_id"))

    op.drop_table("buddy_meeting_attendance")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_subject_type"))
        batch_op.drop_index(batch_op.f("ix_status_change_subject_id"))
        batch_op.drop_index(batch_op.f("ix_status_change_deleted_at"))

    op.drop_table("status_change")
    with op.batch_alter_table("programme_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_settings_deleted_at"))

    op.drop_table("programme_settings")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_organisation_category"))

    op.drop_table("organisation")
    with op.batch_alter_table("group_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_activity_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_group_activity_date"))

    op.drop_table("group_activity")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_status"))
        batch_op.drop_index(batch_op.f("ix_family_postcode"))
        batch_op.drop_index(batch_op.f("ix_family_name"))
        batch_op.drop_index(batch_op.f("ix_family_deleted_at"))

    op.drop_table("family")
    with op.batch_alter_table("buddy_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_buddy_meeting_date"))

    op.drop_table("buddy_meeting")
    with op.batch_alter_table("buddy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buddy_status"))
        batch_op.drop_index(batch_op.f("ix_buddy_postcode"))
        batch_op.drop_index(batch_op.f("ix_buddy_name"))
        batch_op.drop_index(batch_op.f("ix_buddy_deleted_at"))

    op.drop_table("buddy")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_table_name"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("agreement_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_template_version"))
        batch_op.drop_index(batch_op.f("ix_agreement_template_deleted_at"))

    op.drop_table("agreement_template")

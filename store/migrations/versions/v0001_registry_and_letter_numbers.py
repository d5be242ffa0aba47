"""Registry of recommended activities; letter-number sequences and ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_sequences",
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("classification", sa.String(length=32), nullable=False),
        sa.CheckConstraint("last_seq >= 0", name=op.f("ck_letter_sequences_last_seq")),
        sa.PrimaryKeyConstraint("office_code", "tahun", name=op.f("pk_letter_sequences")),
    )
    op.create_table(
        "recommended_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instansi", sa.String(length=500), nullable=False),
        sa.Column("judul", sa.Text(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("variabel", sa.JSON(), nullable=False),
        sa.Column("nomor_surat", sa.String(length=100), nullable=False),
        sa.Column("tanggal_surat", sa.Date(), nullable=True),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "source IN ('import', 'rekom')", name=op.f("ck_recommended_activities_source")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommended_activities")),
        sa.UniqueConstraint("nomor_surat", name=op.f("uq_recommended_activities_nomor_surat")),
    )
    op.create_index(
        op.f("ix_recommended_activities_instansi"), "recommended_activities", ["instansi"]
    )
    op.create_index(op.f("ix_recommended_activities_tahun"), "recommended_activities", ["tahun"])
    op.create_table(
        "letter_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(length=100), nullable=False),
        sa.Column("bulan", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ref", sa.String(length=200), nullable=True),
        sa.CheckConstraint("bulan BETWEEN 1 AND 12", name=op.f("ck_letter_numbers_bulan")),
        sa.CheckConstraint("seq >= 1", name=op.f("ck_letter_numbers_seq")),
        sa.ForeignKeyConstraint(
            ["office_code", "tahun"],
            ["letter_sequences.office_code", "letter_sequences.tahun"],
            name=op.f("fk_letter_numbers_office_code_tahun_letter_sequences"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_numbers")),
        sa.UniqueConstraint("nomor", name=op.f("uq_letter_numbers_nomor")),
        sa.UniqueConstraint(
            "office_code", "tahun", "seq", name=op.f("uq_letter_numbers_office_code_tahun_seq")
        ),
    )


def downgrade() -> None:
    op.drop_table("letter_numbers")
    op.drop_index(op.f("ix_recommended_activities_tahun"), table_name="recommended_activities")
    op.drop_index(op.f("ix_recommended_activities_instansi"), table_name="recommended_activities")
    op.drop_table("recommended_activities")
    op.drop_table("letter_sequences")

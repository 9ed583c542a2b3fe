"""Portfolio runs: when their queueing ended, and how long a site's attempt may stay silent.

`portfolio_runs.queued_at` is written once every site's task was sent: a run without it, long
after it was created, lost the process that queued it. `portfolio_sites.allowed_seconds` is what
a worker allows its attempt (the hard time limit and the broker's redelivery): a site silent for
longer, while no worker takes any site, was lost (prevet/store/portfolio_runs.py).

Revision ID: 0003_lost_sites
Revises: 0002_portfolio_runs
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_lost_sites"
down_revision = "0002_portfolio_runs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "portfolio_runs", sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True)
    )
    # runs of earlier versions: taken as queued when they were created
    op.execute("UPDATE portfolio_runs SET queued_at = created_at")
    op.add_column("portfolio_sites", sa.Column("allowed_seconds", sa.Float(), nullable=True))
    # the cluster's latest start is read whenever a run's lost sites are looked for
    op.create_index("ix_portfolio_sites_started", "portfolio_sites", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_portfolio_sites_started", table_name="portfolio_sites")
    with op.batch_alter_table("portfolio_sites") as batch:
        batch.drop_column("allowed_seconds")
    with op.batch_alter_table("portfolio_runs") as batch:
        batch.drop_column("queued_at")

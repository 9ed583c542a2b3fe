"""The history store's tables: sites, runs, their findings and pages, baselines, blobs, and the
portfolio runs of a task queue (one row per site of the run, filled in by whichever worker).

Large content (the snapshot JSON, page texts, screenshots, report.json) lives in `blobs` once per
content hash: a site re-checked daily whose privacy policy did not change stores that text once.
Schema changes go through the Alembic migrations in prevet/store/migrations, never create_all.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Blob(Base):
    """Content stored once by its SHA-256 (zlib-compressed when that helps)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    encoding: Mapped[str] = mapped_column(String(16))  # "zlib" or "raw"
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Site(Base):
    """A website, keyed by its host (lower-case, without www., with a non-default port)."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    runs: Mapped[list[Run]] = relationship(back_populates="site")


class Run(Base):
    """One audit or drift run: when, with which prevet, what it concluded, what it saw."""

    __tablename__ = "runs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    kind: Mapped[str] = mapped_column(String(16))  # "audit" or "drift"
    target: Mapped[str] = mapped_column(Text)
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str] = mapped_column(String(32))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    tool_version: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(32))
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    infos: Mapped[int] = mapped_column(Integer, default=0)
    needs_review: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    unreachable: Mapped[str | None] = mapped_column(Text, nullable=True)
    snapshot_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    report_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    checks: Mapped[dict] = mapped_column(JSON, default=dict)  # check id -> status
    extras: Mapped[dict] = mapped_column(JSON, default=dict)  # e.g. the drift summary
    site: Mapped[Site] = relationship(back_populates="runs")
    findings: Mapped[list[FindingRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )
    page_rows: Mapped[list[PageRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )
    files: Mapped[list[RunFile]] = relationship(back_populates="run", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_runs_site_stored", "site_id", "stored_at"),)


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[str] = mapped_column(String(100), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    selector: Mapped[str | None] = mapped_column(Text, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    fix: Mapped[str] = mapped_column(Text, default="")
    ref: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    run: Mapped[Run] = relationship(back_populates="findings")


class PageRow(Base):
    """A page of a run; its text is a blob (unchanged policies are stored once)."""

    __tablename__ = "pages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer, default=0)
    roles: Mapped[list] = mapped_column(JSON, default=list)
    title: Mapped[str] = mapped_column(Text, default="")
    text_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    run: Mapped[Run] = relationship(back_populates="page_rows")


class RunFile(Base):
    """A file that belongs to a run (a form screenshot), by its path relative to the report."""

    __tablename__ = "run_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    run: Mapped[Run] = relationship(back_populates="files")


class Baseline(Base):
    """The approved state of a site: one run per site, replaced when a new one is approved."""

    __tablename__ = "baselines"
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id"))
    approved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PortfolioRun(Base):
    """A multi-site run handed to a task queue (prevet/distributed): what was asked, and when.
    Its sites are rows of portfolio_sites, filled in by the workers as each site ends."""

    __tablename__ = "portfolio_runs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # audit, drift or baseline
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    total: Mapped[int] = mapped_column(Integer)
    options: Mapped[dict] = mapped_column(JSON, default=dict)  # the sites' job, as sent
    # when the last site's task was sent (None: still queueing, or its queuer died)
    queued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    sites: Mapped[list[PortfolioSiteRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )


class PortfolioSiteRow(Base):
    """One site of a portfolio run. `finished_at` is written once: the first worker to finish
    the site wins, and a re-delivered task finds it finished and does nothing."""

    __tablename__ = "portfolio_sites"
    run_id: Mapped[str] = mapped_column(
        ForeignKey("portfolio_runs.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    exit_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    history_run_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    drift: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    worker: Mapped[str] = mapped_column(String(255), default="")
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # what the worker of the latest attempt allows it before the site counts as lost
    allowed_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    run: Mapped[PortfolioRun] = relationship(back_populates="sites")

    # the cluster's latest start, read whenever a run's lost sites are looked for
    __table_args__ = (Index("ix_portfolio_sites_started", "started_at"),)

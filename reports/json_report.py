"""report.json: the machine-readable report of CONTRACT.md."""

from __future__ import annotations

from pathlib import Path

from reports.model import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2, exclude_none=False)


def write_json(report: Report, out_dir: Path) -> Path:
    path = out_dir / "report.json"
    path.write_text(render_json(report), encoding="utf-8")
    return path


def read_json(path: Path) -> Report:
    return Report.model_validate_json(path.read_text(encoding="utf-8"))

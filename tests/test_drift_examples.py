"""The scheduling recipes in examples/ are well-formed and call `prevet drift` on a URL list."""

from __future__ import annotations

import configparser
from pathlib import Path

import yaml

from prevet.config import load_config
from prevet.drift_commands import read_url_list

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_github_workflow_runs_drift_daily_and_keeps_the_reports() -> None:
    workflow = yaml.safe_load((EXAMPLES / "github-actions" / "prevet-drift.yml").read_text())
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads on: as True
    assert triggers["schedule"] == [{"cron": "15 6 * * *"}]
    steps = workflow["jobs"]["drift"]["steps"]
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "args=(drift sites.txt" in scripts and 'prevet "${args[@]}"' in scripts
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)


def test_the_systemd_units_pair_up() -> None:
    service, timer = (configparser.ConfigParser(interpolation=None, strict=False) for _ in range(2))
    service.read(EXAMPLES / "systemd" / "prevet-drift.service")
    timer.read(EXAMPLES / "systemd" / "prevet-drift.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert "prevet drift /etc/prevet/sites.txt" in service["Service"]["ExecStart"]
    assert timer["Timer"]["OnCalendar"] == "*-*-* 06:15:00"
    assert timer["Timer"]["Persistent"] == "true"


def test_the_cron_line_has_a_schedule_a_user_and_the_command() -> None:
    lines = [
        ln
        for ln in (EXAMPLES / "cron" / "prevet-drift.cron").read_text().splitlines()
        if ln.strip() and not ln.startswith("#") and "=" not in ln.split()[0]
    ]
    (line,) = lines
    fields = line.split(None, 6)
    assert fields[:5] == ["15", "6", "*", "*", "*"] and fields[5] == "prevet"
    assert "prevet drift sites.txt" in fields[6] and "\\%F" in fields[6]


def test_the_example_list_and_configuration_load() -> None:
    assert len(read_url_list(EXAMPLES / "sites.txt")) == 3
    settings = load_config(EXAMPLES / "prevet.yaml")
    assert settings.ignore.pages == ["*/blog/*", "*/news/*"]
    assert settings.ignore.text

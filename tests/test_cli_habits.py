"""Command line habits people bring from other tools: --version, help that says what each option
does, `history` across every site with --limit and --json, `prevet report RUN_ID` to write a
stored run's reports again, and console lines that wrap between words, never inside a check id."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from prevet import __version__
from prevet.cli import app, main
from prevet.store import save_audit
from reports.console import summary_lines
from tests.test_report_fixtures import FORM_SHOT, png_bytes, sample_report, sample_snapshot


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"prevet {__version__}"


def _commands() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_every_command_is_listed_with_what_it_does(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("audit", "check-campaign", "baseline", "drift", "history", "report"):
        assert re.search(rf"^\s+{name}\s+\S", out, re.MULTILINE), name
    assert "--version" in out


@pytest.mark.parametrize("command", _commands())
def test_help_says_what_every_option_does_without_type_names(command: str, capsys) -> None:
    import typer.main

    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"<(str|int|float|bool|path|list\[[a-z]+\])>", out), out
    assert "{" not in out.splitlines()[0]  # usage line: URL, not {url}
    click_command = typer.main.get_command(app).commands[command]
    for param in click_command.params:
        if getattr(param, "hidden", False):
            assert param.opts[0] not in out
            continue
        assert getattr(param, "help", None), f"{command} {param.name} has no help text"
        if param.param_type_name == "option" and not param.is_flag:
            assert param.metavar, f"{command} {param.opts[0]} has no metavar"
            assert f"{param.opts[0]} {param.metavar}" in out


# -- history and report ------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'history.db'}"


def _stored_run(store: str, out: Path, target: str | None = None) -> str:
    out.mkdir(parents=True, exist_ok=True)
    report = sample_report(out, screenshot=png_bytes(320, 200, (200, 30, 30)))
    snapshot = sample_snapshot(with_screenshot=True)
    if target:
        report.target = target
        snapshot.start_url = target
    return save_audit(report, snapshot, url=store, base_dir=out)


def test_history_without_a_target_lists_every_site(store: str, tmp_path: Path, capsys) -> None:
    first = _stored_run(store, tmp_path / "a")
    _stored_run(store, tmp_path / "b")
    other = _stored_run(store, tmp_path / "c", target="https://www.otherclinic.com/")
    assert main(["history", "--store", store]) == 0
    out = capsys.readouterr().out
    assert "brightsmile-dental.com" in out and "otherclinic.com" in out
    assert other in out and first not in out  # each site's latest run only

    assert main(["history", "--store", store, "--json"]) == 0
    sites = json.loads(capsys.readouterr().out)
    assert {s["site"]: s["runs"] for s in sites} == {
        "brightsmile-dental.com": 2,
        "otherclinic.com": 1,
    }
    assert all(s["latest"]["verdict"] == "needs_changes" for s in sites)

    assert main(["history", "--store", store, "--limit", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_history_of_one_site_with_limit_and_json(store: str, tmp_path: Path, capsys) -> None:
    runs = [_stored_run(store, tmp_path / str(i)) for i in range(3)]
    assert (
        main(
            [
                "history",
                "https://www.brightsmile-dental.com/",
                "--store",
                store,
                "--limit",
                "2",
                "--json",
            ]
        )
        == 0
    )
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == runs[::-1][:2]
    assert main(["history", "brightsmile-dental.com", "--store", store, "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err


def test_report_writes_a_stored_run_again(store: str, tmp_path: Path, capsys) -> None:
    run_id = _stored_run(store, tmp_path / "original")
    out = tmp_path / "again"
    assert (
        main(
            ["report", run_id[:6], "--store", store, "--out", str(out), "--format", "html,json,md"]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert str(out / "report.html") in printed
    again = json.loads((out / "report.json").read_text())
    from prevet.store import load_report

    assert again["target"] == "https://www.brightsmile-dental.com/"
    assert again["findings"] == load_report(run_id, store)["findings"]
    assert len(again["findings"]) > 3
    assert (out / FORM_SHOT).read_bytes() == png_bytes(320, 200, (200, 30, 30))
    html = (out / "report.html").read_text()
    assert "data:image/png;base64," in html  # the form's screenshot, from the store
    assert (out / "report.md").is_file()


def test_report_of_an_unknown_run_exits_2(store: str, tmp_path: Path, capsys) -> None:
    _stored_run(store, tmp_path / "a")
    assert main(["report", "ffffffff", "--store", store, "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "no stored run 'ffffffff'" in err and err.count("\n") == 1


# -- console wrapping --------------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_a_narrow_terminal_never_splits_a_check_id(width: int) -> None:
    report = sample_report()
    buffer = io.StringIO()
    terminal = Console(
        file=buffer, width=width, force_terminal=True, color_system=None, highlight=False
    )
    for line in summary_lines(report, {"html": Path("prevet-report/x/report.html")}):
        terminal.print(line)
    text = buffer.getvalue()
    assert max(len(line) for line in text.splitlines()) <= width
    shown = [f.check for f in report.top_findings(3)]
    for check_id in shown:
        assert check_id in text, f"{check_id} split across lines at width {width}"


# -- drift takes audit's crawl options ---------------------------------------------------------


def _option(command: str, name: str):  # noqa: ANN202 - a click.Option
    import typer.main

    click_command = typer.main.get_command(app).commands[command]
    return next(p for p in click_command.params if p.name == name)


def test_drift_has_audit_s_interact_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from prevet.store import set_baseline
    from prevet.store.engine import forget_engines
    from tests.snapshots import snapshot_from_pages
    from tests.test_drift_run import crawl_returns
    from tests.test_store import BASE, audited, site_pages

    drift_option, audit_option = (
        _option("drift", "interact_budget"),
        _option("audit", "interact_budget"),
    )
    assert (drift_option.help, drift_option.metavar, drift_option.default) == (
        audit_option.help,
        audit_option.metavar,
        audit_option.default,
    )
    store = f"sqlite:///{tmp_path / 'drift.db'}"
    set_baseline(save_audit(*audited(), url=store), store)
    try:
        requests = crawl_returns(monkeypatch, snapshot_from_pages(site_pages(), BASE))
        assert (
            main(
                [
                    "drift",
                    BASE,
                    "--store",
                    store,
                    "--out",
                    str(tmp_path / "out"),
                    "--interact-budget",
                    "2.5",
                ]
            )
            == 0
        )
        assert requests[0].crawl.interact_budget == 2.5
        capsys.readouterr()
        assert main(["drift", BASE, "--store", store, "--interact-budget", "500"]) == 2
        err = capsys.readouterr().err.strip()
        assert err == "prevet: --interact-budget must be between 0 and 120 seconds"
        assert len(requests) == 1  # refused before any crawl
    finally:
        forget_engines()


def test_drift_of_a_listing_passes_the_interact_budget_to_each_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import prevet.drift_commands

    children: list[list[str]] = []

    def child(args: list[str]) -> tuple[int, str]:
        children.append(args)
        return 0, "no drift"

    monkeypatch.setattr(prevet.drift_commands, "run_child", child)
    listing = tmp_path / "sites.txt"
    listing.write_text("https://one.example.com/\nhttps://two.example.com/\n")
    assert (
        main(
            [
                "drift",
                str(listing),
                "--store",
                f"sqlite:///{tmp_path / 'd.db'}",
                "--interact-budget",
                "0",
            ]
        )
        == 0
    )
    assert len(children) == 2
    for args in children:
        assert args[args.index("--interact-budget") + 1] == "0.0"


class _Terminal(io.StringIO):
    """stderr as a terminal shows it (what ConsoleProgress looks for)."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "terminal,quiet,shown", [(True, False, True), (True, True, False), (False, False, False)]
)
def test_drift_of_one_site_shows_audit_s_progress_on_a_terminal(
    terminal: bool, quiet: bool, shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import prevet.audit
    from prevet.store import set_baseline
    from prevet.store.engine import forget_engines
    from tests.snapshots import snapshot_from_pages
    from tests.test_drift_run import crawl_returns
    from tests.test_store import BASE, audited, site_pages

    store = f"sqlite:///{tmp_path / 'drift.db'}"
    set_baseline(save_audit(*audited(), url=store), store)
    crawl_returns(monkeypatch, snapshot_from_pages(site_pages(), BASE))
    found = prevet.audit.run_audit

    def crawl(request, progress=None):  # noqa: ANN001, ANN202 - as the crawler reports
        if progress:
            progress({"pages": 3, "rendered": 1, "url": BASE + "privacy"})
        return found(request)

    monkeypatch.setattr(prevet.audit, "run_audit", crawl)
    err = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    try:
        args = ["drift", BASE, "--store", store, "--out", str(tmp_path / "out")]
        assert main(args + (["--quiet"] if quiet else [])) == 0
    finally:
        forget_engines()
    assert ("crawled 3 pages, rendered 1" in err.getvalue()) is shown, err.getvalue()

"""The configuration file: findings accepted with a reason, and what drift should ignore.

    suppress:                                      # findings a person looked at and accepted
      - check: optin.condition_of_purchase         # a check id (required)
        reason: "Counsel approved this wording"    # why (required): shown in every report
        site: acme.com                             # optional: only on this site
        url: "https://www.acme.com/promo/*"        # optional: only on these pages (glob)
        selector: "form#signup"                    # optional: only this element (or inside it)
        text: "free whitening kit"                 # optional: only where the quote says this
        until: 2027-03-31                          # optional: the last day it applies
    ignore:
      checks: [site.contact_missing]               # a check off everywhere; prefer suppress:
      pages: ["https://www.acme.com/blog/*"]       # drift: pages whose changes don't matter
      selectors: ["#cookie-banner"]                # drift: page parts whose changes don't matter
      text: ["Rated [0-9.]+ stars"]                # drift: words (regex) that change daily
    sites: [www.acme.com, www.bobs-bakery.com]     # audit/drift/baseline with no URL given

Read from --config (YAML, or a pyproject.toml's [tool.prevet] table), else ./prevet.yaml, else
the [tool.prevet] table of ./pyproject.toml, as ruff and bandit read theirs. A key or check id
the file gets wrong stops the run with a plain-words message and a suggestion (exit 2): a typo
in a suppression must not silently suppress nothing, or everything.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analyzers.suppress import Suppression
from prevet.errors import PrevetError

DEFAULT_FILE = Path("prevet.yaml")
PYPROJECT = Path("pyproject.toml")


class IgnoreRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    checks: list[str] = Field(default_factory=list)
    pages: list[str] = Field(default_factory=list)
    selectors: list[str] = Field(default_factory=list)
    text: list[str] = Field(default_factory=list)

    @field_validator("text")
    @classmethod
    def _regexes(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a regular expression: {exc}") from exc
        return patterns


class SuppressRule(BaseModel):
    """One `suppress:` entry; see analyzers/suppress.py for how it matches findings."""

    model_config = ConfigDict(extra="forbid")
    check: str
    reason: str
    site: str | None = None
    url: str | None = None
    selector: str | None = None
    text: str | None = None
    until: date | None = None

    @field_validator("reason")
    @classmethod
    def _said(cls, reason: str) -> str:
        if not reason.strip():
            raise ValueError("the reason is empty: say why this finding is acceptable")
        return reason.strip()

    def rule(self) -> Suppression:
        return Suppression(
            check=self.check,
            reason=self.reason,
            site=self.site,
            url=self.url,
            selector=self.selector,
            text=self.text,
            until=self.until,
        )


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suppress: list[SuppressRule] = Field(default_factory=list)
    ignore: IgnoreRules = Field(default_factory=IgnoreRules)
    sites: list[str] = Field(default_factory=list)

    @property
    def ignore_checks(self) -> list[str]:
        return self.ignore.checks

    @property
    def suppressions(self) -> list[Suppression]:
        return [entry.rule() for entry in self.suppress]


def load_config(path: Path | None) -> Settings:
    if path is None:
        if DEFAULT_FILE.is_file():
            path = DEFAULT_FILE
        elif PYPROJECT.is_file() and _pyproject_table(PYPROJECT) is not None:
            path = PYPROJECT
        else:
            return Settings()
    if not path.is_file():
        raise PrevetError(f"configuration file {path} does not exist")
    data = _read(path)
    _check_keys(path, data, Settings, "")
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise PrevetError(f"{path}: {_plain(exc)}") from exc
    _check_ids(path, settings)
    return settings


def _read(path: Path) -> dict[str, Any]:
    if path.suffix == ".toml":
        table = _pyproject_table(path)
        return table if table is not None else {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise PrevetError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise PrevetError(
            f"{path}: expected keys such as suppress: and ignore:, found a {type(data).__name__}"
        )
    return data


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PrevetError(f"{path}: not valid TOML: {exc}") from exc
    table = document.get("tool", {}).get("prevet")
    return table if isinstance(table, dict) else None


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _check_keys(path: Path, data: Any, model: type[BaseModel], where: str) -> None:
    """Unknown keys, said in plain words with the nearest known key."""
    if not isinstance(data, dict):
        return
    fields = model.model_fields
    for key, value in data.items():
        place = f"{where}{key}"
        if key not in fields:
            known = ", ".join(fields)
            raise PrevetError(
                f"{path}: unknown key {place!r}{_suggest(str(key), list(fields))}"
                f" (known keys here: {known})"
            )
        inner = _model_of(fields[key].annotation)
        if inner is None:
            continue
        if isinstance(value, list):
            for index, item in enumerate(value):
                _check_keys(path, item, inner, f"{place}[{index}].")
        else:
            _check_keys(path, value, inner, f"{place}.")


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _check_ids(path: Path, settings: Settings) -> None:
    """Every check id named in the file must be one prevet has."""
    from analyzers.registry import catalog

    known = list(catalog())
    named = [(f"suppress[{i}].check", s.check) for i, s in enumerate(settings.suppress)]
    named += [("ignore.checks", check_id) for check_id in settings.ignore.checks]
    for place, check_id in named:
        if check_id not in known:
            raise PrevetError(
                f"{path}: {place}: there is no check {check_id!r}"
                f"{_suggest(check_id, known)} (the list is in docs/checks.md)"
            )


_PLAIN = {
    "missing": "is required",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be a mapping of keys to values",
    "model_type": "must be a mapping of keys to values",
    "date_from_datetime_parsing": "must be a date like 2027-03-31",
    "date_parsing": "must be a date like 2027-03-31",
    "date_type": "must be a date like 2027-03-31",
    "date_from_datetime_inexact": "must be a date like 2027-03-31",
}


def _plain(exc: ValidationError) -> str:
    """pydantic's first complaint, in the file's own terms."""
    first = exc.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
    if first["type"] == "missing" and first["loc"][-1] == "reason":
        return f"{where}: every suppression needs a reason: say why the finding is acceptable"
    if first["type"] == "value_error":
        message = str(first.get("ctx", {}).get("error") or first["msg"])
    else:
        message = _PLAIN.get(first["type"], first["msg"])
    return f"{where}: {message}" if where else message

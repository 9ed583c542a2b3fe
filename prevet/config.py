"""The configuration file (YAML): checks to silence, pages and selectors drift should ignore.

    ignore:
      checks: [optin.condition_of_purchase]        # never report these
      pages: ["https://www.acme.com/blog/*"]       # drift: pages whose changes don't matter
      selectors: ["#cookie-banner"]                # drift: page parts whose changes don't matter
      text: ["Rated [0-9.]+ stars"]                # drift: words (regex) that change daily
    sites: [www.acme.com, www.bobs-bakery.com]     # audit/drift/baseline with no URL given

Read from --config, else ./prevet.yaml when present.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from prevet.errors import PrevetError

DEFAULT_FILE = Path("prevet.yaml")


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


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ignore: IgnoreRules = Field(default_factory=IgnoreRules)
    sites: list[str] = Field(default_factory=list)

    @property
    def ignore_checks(self) -> list[str]:
        return self.ignore.checks


def load_config(path: Path | None) -> Settings:
    if path is None:
        if not DEFAULT_FILE.is_file():
            return Settings()
        path = DEFAULT_FILE
    if not path.is_file():
        raise PrevetError(f"configuration file {path} does not exist")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Settings.model_validate(data)
    except yaml.YAMLError as exc:
        raise PrevetError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PrevetError(f"{path}: {where}: {first['msg']}") from exc

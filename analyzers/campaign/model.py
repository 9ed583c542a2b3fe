"""The campaign file (CAMPAIGN.md): read YAML or JSON into a validated `Campaign`, or explain,
with file and line, every problem that stops it from being read.

A user copies these fields from the registration portal, so mistakes are typos ("legal_nme"),
a list where text belongs, a forgotten key. Each becomes one line `file:line: what is wrong`
(naming the closest known key for an unknown one), all of them at once, raised as
`CampaignFileError` (a `PrevetError`: the CLI prints it and exits 2, never a traceback).

Values are kept exactly as written (no stripping): a space around the support e-mail is itself a
reason for denial (campaign.contact_whitespace). YAML is read with the YAML 1.2 core schema's
booleans and integers: `YES`, `NO`, `ON`, `OFF` are keywords people register (`optin: [START,
YES]`), not true and false, and `0123` or `1:30` stay text.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from analyzers.campaign.use_cases import canonical_use_case, known_use_case_names
from crawler.errors import PrevetError


class CampaignFileError(PrevetError):
    """Everything wrong with a campaign file, one `file:line: problem` per entry."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        if len(problems) == 1:
            text = problems[0]
        else:
            text = f"{path}: {len(problems)} problems\n" + "\n".join(f"  {p}" for p in problems)
        super().__init__(text)


def _number_to_text(value: Any) -> Any:
    """YAML reads 5125550100 and 123456789 as numbers; a phone or EIN is text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _text_to_list(value: Any) -> Any:
    """`use_cases: Marketing` and `optout: STOP, END` read as one-element / comma lists."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


NumberText = Annotated[str | None, BeforeValidator(_number_to_text)]
TextList = Annotated[list[str], BeforeValidator(_text_to_list)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Brand(_Section):
    legal_name: str
    dba: str | None = None
    ein: NumberText = None
    address: str | None = None
    website: str
    support_email: str | None = None
    support_phone: NumberText = None
    vertical: str | None = None
    entity_type: str | None = None
    country: str | None = None


class Attributes(_Section):
    """The yes/no content attributes of the campaign; None when the file does not say."""

    embedded_link: bool | None = None
    embedded_phone: bool | None = None
    direct_lending: bool | None = None
    age_gated: bool | None = None
    affiliate_marketing: bool | None = None
    number_pooling: bool | None = None


class Keywords(_Section):
    optin: TextList | None = None
    optout: TextList | None = None
    help: TextList | None = None


class Replies(_Section):
    optin: str | None = None
    optout: str | None = None
    help: str | None = None


class CampaignDetails(_Section):
    use_cases: TextList
    sub_use_cases: TextList = Field(default_factory=list)
    description: str
    message_flow: str | None = None
    optin_url: str | None = None
    privacy_url: str | None = None
    terms_url: str | None = None
    attributes: Attributes = Field(default_factory=Attributes)
    samples: list[str] = Field(default_factory=list)
    keywords: Keywords = Field(default_factory=Keywords)
    replies: Replies = Field(default_factory=Replies)

    _unknown_use_cases: list[tuple[str, str]] = PrivateAttr(default_factory=list)

    @field_validator("use_cases", "sub_use_cases")
    @classmethod
    def _known_use_cases(cls, names: list[str], info: ValidationInfo) -> list[str]:
        if info.field_name == "use_cases" and not names:
            raise ValueError("list at least one use case, e.g. [Customer Care]")
        canonical = []
        for name in names:
            found = canonical_use_case(name) or name  # unknown names: set aside below
            if found not in canonical:
                canonical.append(found)
        return canonical

    @model_validator(mode="after")
    def _set_aside_unknown_use_cases(self) -> CampaignDetails:
        """A name that is no TCR use case is a finding (campaign.use_case_unknown), not an
        unreadable file: the rest of the package is still judged on the names that are known."""
        known = set(known_use_case_names())
        for field in ("use_cases", "sub_use_cases"):
            names = getattr(self, field)
            for index, name in enumerate(names):
                if name not in known:
                    self._unknown_use_cases.append((f"campaign.{field}[{index}]", name))
            setattr(self, field, [name for name in names if name in known])
        return self

    @property
    def unknown_use_cases(self) -> list[tuple[str, str]]:
        """(path, name as written) of each listed use case that is not a TCR use case."""
        return list(self._unknown_use_cases)


class Campaign(_Section):
    brand: Brand
    campaign: CampaignDetails
    _source: str = PrivateAttr(default="")
    _lines: dict[str, int] = PrivateAttr(default_factory=dict)

    @property
    def source(self) -> str:
        return self._source

    def line_of(self, path: str) -> int | None:
        """The line of a field ("campaign.samples[1]"), else of its nearest written parent."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path.rsplit("[", 1)[0] if path.endswith("]") else path.rpartition(".")[0]
        return None

    def where(self, path: str) -> str:
        """`file:line` of a field, for evidence and messages."""
        line = self.line_of(path)
        return f"{self.source}:{line}" if line else self.source

    @property
    def use_cases(self) -> list[str]:
        return [*self.campaign.use_cases, *self.campaign.sub_use_cases]


# ----------------------------------------------------------------------------- loading


def load_campaign(path: Path | str) -> Campaign:
    """Read and validate a campaign file; raise CampaignFileError listing every problem."""
    path = Path(path)
    text = _read_text(path)
    data, lines = _parse(path, text)
    if not isinstance(data, dict):
        kind = _kind(data)
        raise CampaignFileError(
            path,
            [
                f"{path}:1: the file must be a mapping with `brand:` and "
                f"`campaign:` sections, not {kind}"
            ],
        )
    try:
        campaign = Campaign.model_validate(data)
    except ValidationError as exc:
        raise CampaignFileError(path, _explain(path, exc, lines)) from None
    campaign._source = str(path)
    campaign._lines = lines
    return campaign


def _read_text(path: Path) -> str:
    if not path.exists():
        raise CampaignFileError(path, [f"{path}: no such file"])
    if not path.is_file():
        raise CampaignFileError(path, [f"{path}: is not a file"])
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise CampaignFileError(path, [f"{path}: is a binary file, not YAML or JSON"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CampaignFileError(path, [f"{path}: is not UTF-8 text (byte {exc.start})"]) from None
    if not text.strip():
        raise CampaignFileError(path, [f"{path}: is empty; see CAMPAIGN.md for the format"])
    return text


def _parse(path: Path, text: str) -> tuple[Any, dict[str, int]]:
    """The data and a line for every key and list item ("brand.website" -> 7)."""
    looks_json = path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "["))
    if looks_json:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CampaignFileError(
                path, [f"{path}:{exc.lineno}: not valid JSON: {exc.msg}"]
            ) from None
        try:
            _yaml_data, lines, _dupes = _compose(text)
        except yaml.YAMLError:
            lines = {}  # JSON that YAML cannot read (tabs): lines are unknown, data is fine
        return data, lines
    try:
        data, lines, duplicates = _compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if problem == "mapping values are not allowed here":
            problem += ' (put text that contains ": " in quotes)'
        raise CampaignFileError(path, [f"{path}{line}: not valid YAML: {problem}"]) from None
    if duplicates:
        raise CampaignFileError(
            path, [f"{path}:{line}: key {key!r} is given twice" for key, line in duplicates]
        )
    return data, lines


class _Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core booleans and integers. YAML 1.1 (PyYAML's
    default) reads yes/no/on/off as booleans and 0123 as octal, 1:30 as sixty-based; in a
    campaign file those are keywords and text. (`embedded_link: yes` still reads as true: the
    model's yes/no attributes accept the words.)"""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)


def _compose(text: str) -> tuple[Any, dict[str, int], list[tuple[str, int]]]:
    loader = _Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}, []
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    _record_lines(node, "", lines, duplicates)
    return data, lines, duplicates


def _record_lines(
    node: yaml.Node, path: str, lines: dict[str, int], duplicates: list[tuple[str, int]]
) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = f"{path}.{key}" if path else key
            if key in seen:
                duplicates.append((child, key_node.start_mark.line + 1))
            seen.add(key)
            lines[child] = key_node.start_mark.line + 1
            _record_lines(value_node, child, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = f"{path}[{index}]"
            lines[child] = item.start_mark.line + 1
            _record_lines(item, child, lines, duplicates)


# ----------------------------------------------------------------------------- messages

_EXPECTED = {
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "dict_type": "a mapping of keys",
    "int_type": "a whole number",
}


def _explain(path: Path, exc: ValidationError, lines: dict[str, int]) -> list[str]:
    problems = []
    errors = exc.errors()
    # a typo ("legal_nme") is reported once, as an unknown key naming the missing one
    misspelled = {
        (_dotted(_clean(e["loc"])[:-1]), closest)
        for e in errors
        if e["type"] == "extra_forbidden"
        for closest in [_closest(str(e["loc"][-1]), _known_keys(_clean(e["loc"])[:-1]))]
        if closest
    }
    for error in errors:
        loc = _clean(error["loc"])
        if error["type"] == "missing" and (_dotted(loc[:-1]), str(loc[-1])) in misspelled:
            continue
        dotted = _dotted(loc)
        kind = error["type"]
        if kind == "extra_forbidden":
            parent, key = _dotted(loc[:-1]), str(loc[-1])
            known = _known_keys(loc[:-1])
            where = f"in {parent}" if parent else "at the top level"
            problems.append(
                _at(path, lines, dotted, f"unknown key {key!r} {where}{_did_you_mean(key, known)}")
            )
        elif kind == "missing":
            parent, key = _dotted(loc[:-1]), str(loc[-1])
            where = f"in {parent}" if parent else "at the top level"
            problems.append(_at(path, lines, parent, f"missing required key {key!r} {where}"))
        elif kind == "value_error":
            reason = str(error.get("ctx", {}).get("error", error["msg"]))
            problems.append(_at(path, lines, dotted, f"{dotted}: {reason}"))
        else:
            expected = _EXPECTED.get(kind, error["msg"].lower())
            got = _kind(error.get("input"))
            hint = ""
            if kind == "string_type" and isinstance(error.get("input"), dict):
                hint = ' (put text that contains ": " in quotes)'
            problems.append(
                _at(path, lines, dotted, f"{dotted}: expected {expected}, got {got}{hint}")
            )
    return sorted(problems, key=_line_number)


def _at(path: Path, lines: dict[str, int], dotted: str, message: str) -> str:
    probe = dotted
    while probe and probe not in lines:
        probe = probe.rsplit("[", 1)[0] if probe.endswith("]") else probe.rpartition(".")[0]
    line = lines.get(probe, 1)
    return f"{path}:{line}: {message}"


def _line_number(problem: str) -> int:
    try:
        return int(problem.split(":")[1])
    except (IndexError, ValueError):
        return 0


def _is_validator_tag(part: Any) -> bool:
    # pydantic puts the validator of a union member ("function-before[...]") into loc
    return isinstance(part, str) and ("[" in part or part in ("str", "list[str]", "bool"))


def _dotted(loc: list[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _known_keys(loc: list[Any]) -> list[str]:
    model: Any = Campaign
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return list(model.model_fields)


def _clean(loc: tuple[Any, ...]) -> list[Any]:
    return [part for part in loc if not _is_validator_tag(part)]


def _closest(word: str, choices: list[str]) -> str | None:
    lowered = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.5)
    return lowered[close[0]] if close else None


def _did_you_mean(word: str, choices: list[str]) -> str:
    closest = _closest(word, choices)
    return f" (did you mean {closest!r}?)" if closest else ""


def _kind(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of keys"
    return type(value).__name__

"""What checks read: the snapshot, the optional campaign file, and derived inputs computed once.

Derived inputs ("the opt-in forms", "the privacy policy", "the brand names") are computed by
provider functions registered with `@provides(name)` and cached per context, so ten checks that
need the opt-in forms find them once. Checks read them as typed properties,
`ctx.inputs.optin_forms` (analyzers/inputs/typed.py). A check that declares
`needs=("optin_forms",)` is `not_applicable` when its provider returns nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from crawler.snapshot import SiteSnapshot

if TYPE_CHECKING:  # the campaign model loads pydantic and the use cases: only when a file is given
    from analyzers.campaign.model import Campaign
    from analyzers.inputs.typed import Inputs

Provider = Callable[["AnalysisContext"], Any]
_PROVIDERS: dict[str, Provider] = {}
BUILT_IN_INPUTS = ("snapshot", "campaign", "baseline")


class InputFailed(Exception):  # noqa: N818 - reads as what happened to the input
    """A provider raised: the checks that need this input need review; the rest go on."""

    def __init__(self, name: str, cause: BaseException) -> None:
        self.name = name
        detail = f"{type(cause).__name__}: {cause}".strip()
        super().__init__(f"could not compute the {name.replace('_', ' ')} ({detail})")


def known_inputs() -> set[str]:
    """Every input name a check may declare in `needs=`: the built-in ones and the typed
    properties of `Inputs` (importing the inputs checks that each has its provider)."""
    from analyzers.inputs.typed import Inputs

    return set(BUILT_IN_INPUTS) | set(Inputs.names())


def check_typed_inputs(typed: frozenset[str]) -> None:
    """Fail at import when a provider has no typed property or a property has no provider."""
    untyped, unprovided = set(_PROVIDERS) - typed, typed - set(_PROVIDERS)
    if untyped or unprovided:
        raise ValueError(
            f"inputs without a property in analyzers/inputs/typed.py: "
            f"{sorted(untyped)}; properties without a provider: {sorted(unprovided)}"
        )


def provides(name: str) -> Callable[[Provider], Provider]:
    """Register the function that computes the derived input `name`."""

    def register(func: Provider) -> Provider:
        if name in _PROVIDERS:
            raise ValueError(f"input {name!r} has two providers")
        _PROVIDERS[name] = func
        return func

    return register


@dataclass
class AuditOptions:
    """Choices the user made that change how checks judge (not how the site is crawled)."""

    optin_url: str | None = None
    ignore: list[str] = field(default_factory=list)  # check ids silenced in configuration
    # accepted findings, each with its reason (analyzers.suppress.Suppression)
    suppress: list[Any] = field(default_factory=list)


@dataclass
class AnalysisContext:
    snapshot: SiteSnapshot | None = None
    campaign: Campaign | None = None  # when a campaign file was given
    baseline: SiteSnapshot | None = None  # the approved snapshot, in a drift run
    options: AuditOptions = field(default_factory=AuditOptions)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def inputs(self) -> Inputs:
        """The derived inputs, typed: `ctx.inputs.optin_forms`."""
        from analyzers.inputs.typed import Inputs

        return Inputs(self)

    def provide(self, name: str) -> Any:
        """The input `name`, computed once: the machinery behind `ctx.inputs` and `needs=`.

        Checks read `ctx.inputs.<name>`; this string-keyed form is for the registry, which
        tests the names a check declares."""
        if name not in self._cache:
            if name == "snapshot":
                value = self.snapshot if self.snapshot and self.snapshot.pages else None
            elif name == "campaign":
                value = self.campaign
            elif name == "baseline":
                value = self.baseline
            else:
                import analyzers.inputs  # noqa: F401 - registers the providers

                if name not in _PROVIDERS:
                    raise KeyError(f"no provider for input {name!r}")
                try:
                    value = _PROVIDERS[name](self)
                except Exception as exc:  # kept, so every check needing it says the same
                    value = InputFailed(name, exc)
            self._cache[name] = value
        if isinstance(self._cache[name], InputFailed):
            raise self._cache[name]
        return self._cache[name]

    def has(self, name: str) -> bool:
        """Whether the input `name` holds something: what `needs=` tests before a check runs."""
        value = self.provide(name)
        return value is not None and value != [] and value != {}

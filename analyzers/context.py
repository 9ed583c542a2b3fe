"""What checks read: the snapshot, the optional campaign file, and derived inputs computed once.

Derived inputs ("the opt-in forms", "the privacy policy", "the brand names") are computed by
provider functions registered with `@provides(name)` and cached per context, so ten checks that
need the opt-in forms find them once. A check that declares `needs=("optin_forms",)` is
`not_applicable` when its provider returns nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from crawler.snapshot import SiteSnapshot

if TYPE_CHECKING:  # the campaign model loads pydantic and the use cases: only when a file is given
    from analyzers.campaign.model import Campaign

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
    """Every input name a check may declare in `needs=`."""
    import analyzers.inputs  # noqa: F401 - registers the providers

    return set(BUILT_IN_INPUTS) | set(_PROVIDERS)


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

    def provide(self, name: str) -> Any:
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
        value = self.provide(name)
        return value is not None and value != [] and value != {}

    def __getattr__(self, name: str) -> Any:
        # ctx.optin_forms reads like a field; only registered inputs resolve this way
        if name.startswith("_"):
            raise AttributeError(name)
        import analyzers.inputs  # noqa: F401

        if name not in _PROVIDERS:
            raise AttributeError(name)
        return self.provide(name)

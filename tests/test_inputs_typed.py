"""Derived inputs have one way in: `ctx.inputs.<name>`, a typed property per provider.

The properties go through the provider machinery, so an input is computed once per context and a
provider's failure is kept (see also tests/test_registry.py); no module reads an input by a
string key, as an attribute of the context, or by calling its provider directly.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from analyzers import context
from analyzers.context import AnalysisContext, InputFailed, check_typed_inputs, known_inputs
from analyzers.inputs.typed import Inputs
from tests.snapshots import snapshot_from_pages

ROOT = Path(__file__).resolve().parent.parent
SITE = {
    "/": "<html><title>Acme Dental</title><body><h1>Acme Dental</h1><form>"
    "<input type=tel name=phone><input type=checkbox name=sms> Text me</form>"
    "</body></html>"
}


def test_every_provider_has_a_typed_property_and_every_property_a_provider() -> None:
    assert Inputs.names() == set(context._PROVIDERS)
    assert known_inputs() == set(context.BUILT_IN_INPUTS) | Inputs.names()
    with pytest.raises(ValueError, match="optin_froms"):
        check_typed_inputs(Inputs.names() | {"optin_froms"})
    with pytest.raises(ValueError, match="optin_forms"):
        check_typed_inputs(Inputs.names() - {"optin_forms"})


def test_each_property_has_the_type_its_provider_returns() -> None:
    for name in Inputs.names():
        prop = inspect.getattr_static(Inputs, name)
        provided = inspect.get_annotations(context._PROVIDERS[name])["return"]
        assert inspect.get_annotations(prop.fget)["return"] == provided, name


def test_an_input_is_computed_once_and_is_what_the_provider_returned(monkeypatch) -> None:
    calls: list[AnalysisContext] = []
    provider = context._PROVIDERS["optin_forms"]

    def counted(ctx: AnalysisContext):
        calls.append(ctx)
        return provider(ctx)

    monkeypatch.setitem(context._PROVIDERS, "optin_forms", counted)
    ctx = AnalysisContext(snapshot=snapshot_from_pages(SITE))
    forms = ctx.inputs.optin_forms
    assert len(forms) == 1 and forms[0].phone_fields
    assert ctx.inputs.optin_forms is forms and ctx.provide("optin_forms") is forms
    assert calls == [ctx]


def test_a_provider_that_raises_raises_the_same_failure_on_every_read(monkeypatch) -> None:
    def broken(ctx: AnalysisContext):
        raise RuntimeError("boom")

    monkeypatch.setitem(context._PROVIDERS, "brand_names", broken)
    ctx = AnalysisContext(snapshot=snapshot_from_pages(SITE))
    with pytest.raises(InputFailed, match="brand names.*boom") as first:
        _ = ctx.inputs.brand_names
    with pytest.raises(InputFailed) as second:
        _ = ctx.inputs.brand_names
    assert second.value is first.value


def _sources() -> list[Path]:
    skip = {ROOT / "analyzers" / "context.py", ROOT / "analyzers" / "inputs" / "typed.py"}
    return [
        path
        for folder in ("analyzers", "reports", "prevet")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in skip
    ]


def test_no_module_reads_a_derived_input_another_way() -> None:
    """`ctx.provide("optin_forms")`, `ctx.optin_forms` and `optin_forms(ctx)` are not found by
    "go to definition" on the input, nor typed: every read goes through `ctx.inputs`."""
    names = Inputs.names()
    providers = {(func.__module__, func.__name__) for func in context._PROVIDERS.values()}
    found: list[str] = []
    for path in _sources():
        where = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("provide", "has")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in names
            ):
                found.append(f"{where}:{node.lineno}: .{node.func.attr}({node.args[0].value!r})")
            elif (
                isinstance(node, ast.Attribute)
                and node.attr in names
                and isinstance(node.value, ast.Name)
                and node.value.id in ("ctx", "context")
            ):
                found.append(f"{where}:{node.lineno}: {node.value.id}.{node.attr}")
            elif isinstance(node, ast.ImportFrom) and path.parent.name != "inputs":
                called = [a.name for a in node.names if (node.module, a.name) in providers]
                found += [f"{where}:{node.lineno}: {name}(ctx), a provider" for name in called]
    assert not found, "read these as ctx.inputs.<name>:\n" + "\n".join(found)

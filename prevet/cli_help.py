"""Help text as people expect it from a command line tool: `prevet audit --help` names each
argument and option with a word that says what goes there (URL, FILE, N), and what it does,
without Python type names such as <str> or <list[str]>.

Typer prints an argument's Python type next to its name and braces around required arguments
in the usage line; this command class prints them the way click and most tools do. Options get
their words from the `metavar=` each one declares in prevet/cli.py.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand

# typer carries its own copy of click: parameters are told apart by kind, not by class


def _name(param: Any) -> str:
    return param.metavar or (param.name or "").upper()


def _is_argument(param: Any) -> bool:
    return param.param_type_name == "argument"


class PlainHelpCommand(TyperCommand):
    """A command whose help lists `NAME  what it is` for arguments, and options as click does."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if _is_argument(param):
                name = _name(param) + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments = [
            (_name(p), getattr(p, "help", None) or "")
            for p in self.get_params(ctx)
            if _is_argument(p) and not p.hidden
        ]
        options = [
            record
            for p in self.get_params(ctx)
            if p.param_type_name == "option" and (record := p.get_help_record(ctx))
        ]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)

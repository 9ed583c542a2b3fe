"""prevet: audit a website and SMS registration package the way carrier reviewers do."""

from importlib import metadata

try:
    __version__ = metadata.version("prevet")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"

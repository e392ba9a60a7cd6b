"""ingest: scraped pages in, deduplicated JSON claims out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ingest")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = ["__version__"]

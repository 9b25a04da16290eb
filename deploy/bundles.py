"""Streamlit's static bundles: compressed once ahead of time for the proxy to serve as they are, and
found by name for the proxy to announce before a page asks for them.

Streamlit serves its JavaScript, CSS and fonts uncompressed (its gzip middleware leaves the static
paths out), and a proxy's on-the-fly compression runs at a fast level on every visit. A copy of the
static folder with a brotli (quality 11) and a gzip (level 9) file beside each compressible file lets
Caddy's `file_server { precompressed br gzip }` send the smallest encoding the browser accepts at no
cost per request: PlotlyChart.js, 4.7 MB, is 1.06 MB as brotli and 1.42 MB as gzip. The copy is kept
in the cache folder, one per Streamlit version, and made once (about half a minute on two cores).
"""

from __future__ import annotations

import gzip
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import brotli
import streamlit
from tqdm import tqdm

from gwr.store.cache import cache_dir

# Text and uncompressed fonts; woff2, images and audio are compressed already.
COMPRESSIBLE = {".js", ".mjs", ".css", ".html", ".json", ".map", ".svg", ".txt", ".ttf", ".otf", ".wasm"}
SMALLEST = 1024  # bytes: below this a compressed copy saves less than a round trip's headers


def streamlit_static() -> Path:
    """Streamlit's own static folder (index.html, and `static/` with the hashed bundles)."""
    return Path(streamlit.__file__).parent / "static"


def _compress(path: str) -> None:
    data = Path(path).read_bytes()
    Path(path + ".br").write_bytes(brotli.compress(data, quality=11))
    Path(path + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def precompressed(source: Path | None = None, target: Path | None = None) -> Path:
    """The folder to serve `/static/*` from: a copy of Streamlit's `static/static` under `static/`,
    each compressible file with its `.br` and `.gz`. Made once a Streamlit version; a copy left
    unfinished (no `.complete` marker) is made again."""
    source = source or streamlit_static() / "static"
    target = target or cache_dir() / "public-static" / f"streamlit-{streamlit.__version__}"
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target / "static")
    work = [
        str(path)
        for path in (target / "static").rglob("*")
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= SMALLEST
    ]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        work.sort(key=lambda path: -os.path.getsize(path))  # the largest first: no long tail at the end
        list(tqdm(pool.map(_compress, work), total=len(work), desc="Compressing Streamlit's bundles", unit="file"))
    (target / ".complete").touch()
    return target


def bundle(name: str) -> str:
    """The hashed file name of one of Streamlit's bundles (`PlotlyChart` → `PlotlyChart.D9Z0_fxz.js`):
    the name changes with every Streamlit release, so the proxy is told it at each start."""
    found = sorted((streamlit_static() / "static" / "js").glob(f"{name}.*.js"))
    if len(found) != 1:
        raise LookupError(f"Streamlit {streamlit.__version__} has {len(found)} bundles named {name}.*.js, not 1")
    return found[0].name

"""Vendor the dashboard's front-end libraries from npm into the package, with their licences.

    python tools/vendor_web.py

A maintainer runs this to refresh ``src/eventwire/serve/static/vendor``; users never do (the
files are in the package, so the dashboard and the API docs work offline, with no build step).
Each package is fetched with ``npm pack`` at the pinned version, only the files the dashboard
loads are kept, with the package's licence beside them, and ``vendor/README.md`` records
versions, licences and SHA-256 digests.  Needs ``npm`` (exit status 2 without it).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "serve" / "static" / "vendor"

# npm package, version, licence, what it is for, files kept (paths inside the package)
PACKAGES = [
    ("d3", "7.9.2", "ISC", "the charts, the map projection and the dyad network", ["dist/d3.min.js"]),
    (
        "topojson-client",
        "3.1.0",
        "ISC",
        "turns the world outlines into shapes",
        ["dist/topojson-client.min.js"],
    ),
    (
        "world-atlas",
        "2.0.2",
        "ISC (data: Natural Earth, public domain)",
        "country outlines at 1:110m, from Natural Earth 4.1.0",
        ["countries-110m.json"],
    ),
    (
        "swagger-ui-dist",
        "5.35.0",
        "Apache-2.0",
        "the API docs at /docs",
        ["swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-bundle.js.LICENSE.txt", "NOTICE"],
    ),
]

_FOLDER = {"swagger-ui-dist": "swagger-ui"}


def _pack(name: str, version: str, into: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--silent"], cwd=into, check=True, capture_output=True
    )
    (tarball,) = into.glob(f"{name}-{version}.tgz")
    with tarfile.open(tarball) as archive:
        archive.extractall(into / name, filter="data")
    return into / name / "package"


def _strip_source_map(path: Path) -> None:
    """Drop the ``sourceMappingURL`` line: the map is not vendored, and a browser would ask for it."""
    if path.suffix in (".js", ".css"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if "sourceMappingURL=" not in line]
        path.write_text("".join(kept), encoding="utf-8")


def vendor(name: str, version: str, files: list[str], tmp: Path) -> list[tuple[str, str]]:
    package = _pack(name, version, tmp)
    target = VENDOR / _FOLDER.get(name, name)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    digests = []
    for relative in [*files, "LICENSE"]:
        destination = target / Path(relative).name
        shutil.copyfile(package / relative, destination)
        _strip_source_map(destination)
        digests.append((destination.name, hashlib.sha256(destination.read_bytes()).hexdigest()))
    return digests


def readme(rows: list[tuple[str, str, str, str, list[tuple[str, str]]]]) -> str:
    lines = [
        "# Vendored front-end libraries",
        "",
        "Fetched from the npm registry by `tools/vendor_web.py` (do not edit by hand); each folder",
        "holds the package's own `LICENSE`. Source-map comments are removed from the scripts.",
        "",
        "| folder | npm package | version | licence | for |",
        "|---|---|---|---|---|",
    ]
    for name, version, licence, purpose, _ in rows:
        lines.append(f"| `{_FOLDER.get(name, name)}/` | {name} | {version} | {licence} | {purpose} |")
    lines += ["", "SHA-256 of each file as vendored:", ""]
    for name, _, _, _, digests in rows:
        lines += [f"- `{_FOLDER.get(name, name)}/{file}` {digest}" for file, digest in digests]
    lines += [
        "",
        'Natural Earth: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com"',
        "(public domain); world-atlas converts it to TopoJSON (ISC, Mike Bostock).",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    if shutil.which("npm") is None:
        print("usage: python tools/vendor_web.py  (needs npm on the PATH)", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, licence, purpose, files in PACKAGES:
            rows.append((name, version, licence, purpose, vendor(name, version, files, Path(tmp))))
    (VENDOR / "README.md").write_text(readme(rows), encoding="utf-8")
    print(f"vendored {len(rows)} packages into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds data/ph-places.txt, the Philippine place names the name finder
trusts, from the Philippine Standard Geographic Code as the `barangay`
package (MIT) ships it.

    pip download barangay --no-deps -d /tmp/barangay
    unzip -o /tmp/barangay/barangay-*.whl -d /tmp/barangay
    python3 scripts/build-places.py /tmp/barangay/barangay/data/barangay_flat.json

Regions, provinces, cities and municipalities are kept; barangays are not
(tens of thousands of them, many ordinary words: Poblacion, Bagong Silang).
"""
import json
import re
import sys

KEPT = {"region", "province", "city", "municipality", "submunicipality"}


def forms(name):
    """The ways a text writes one PSGC name."""
    out = set()
    inner = re.findall(r"\(([^)]*)\)", name)
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    for form in [bare] + inner:
        form = re.sub(r"^(Island Garden )?City of ", "", form)
        form = re.sub(r"^Region [IVXL]+(-[A-Z])?$", "", form)
        form = re.sub(r"\s+", " ", form).strip()
        # Roman-numbered districts (`Tondo I/II`) name their place.
        form = re.sub(r" [IVX]+(/[IVX]+)?$", "", form)
        if len(form) > 2:
            out.add(form)
    return out


def main():
    entries = json.load(open(sys.argv[1], encoding="utf-8"))
    names = set()
    for entry in entries:
        if entry.get("type") in KEPT:
            names |= forms(entry["name"])
    with open("data/ph-places.txt", "w", encoding="utf-8") as out:
        out.write("# Philippine regions, provinces, cities and municipalities, from the\n")
        out.write("# Philippine Standard Geographic Code as the `barangay` package (MIT)\n")
        out.write("# ships it; built by scripts/build-places.py.\n")
        for name in sorted(names):
            out.write(name + "\n")
    print(f"{len(names)} place names", file=sys.stderr)


if __name__ == "__main__":
    main()

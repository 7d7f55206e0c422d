"""Resolution on an alias list: pairwise precision and recall, with and without the pack's actors.

Each form of tests/resolve/aliases.yaml (or --aliases FILE) is resolved as if
from its own document; --errors lists the false merges and the missed pairs.
Run by hand:

    python benchmarks/resolve_aliases.py --errors
"""

from __future__ import annotations

import argparse
from pathlib import Path

from shabaka.evaluate.aliases import load_alias_list, score_alias_list
from shabaka.ontology import load_packs
from shabaka.ontology.loader import pack_paths

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "resolve" / "aliases.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aliases", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list false merges and missed pairs")
    args = parser.parse_args()
    forms = load_alias_list(args.aliases)
    pack = load_packs(pack_paths())
    print(f"{len(forms)} forms of {len({f.actor for f in forms})} actors")
    print(f"{'mode':<12} {'P':>6} {'R':>6} {'false merges':>13} {'missed pairs':>13}")
    for label, names_only in (("names only", True), ("with packs", False)):
        s = score_alias_list(forms, pack, names_only=names_only)
        print(f"{label:<12} {s.precision:>6.3f} {s.recall:>6.3f} "
              f"{len(s.false_merges):>13} {len(s.missed):>13}")
        if args.errors:
            for a, b in s.false_merges:
                print(f"  merged  {a.text!r} ({a.actor}) + {b.text!r} ({b.actor})")
            for a, b in s.missed:
                print(f"  missed  {a.text!r} ~ {b.text!r} ({a.actor})")


if __name__ == "__main__":
    main()

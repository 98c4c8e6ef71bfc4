"""Tell Vietnamese text from other text by its syllables: every Vietnamese word is one syllable
of a fixed shape (onset, rhyme, tone), which text in another language decoded wrongly breaks."""

from __future__ import annotations

import unicodedata

from bantin import patterncache
from bantin.parsers.text import TONE_MARKS

_TONE_MARKS = dict.fromkeys(map(ord, TONE_MARKS))
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_RHYMES = tuple(
    """
a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e eo ec em en eng ep et ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu
o oa oai oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oec oen oet
oi oc om on ong op ot ooc oong ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uân uâng uât uây uê uênh uêch ui uc um un ung up ut uơ uôc uôi uôm uôn uông uôt
uy uya uych uyên uyêt uynh uyt uyu ynh yt ych ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
""".split()  # noqa: SIM905 - a table of rhymes reads better as text
)
_RHYME_RE = "|".join(sorted(_RHYMES, key=len, reverse=True))
_SYLLABLE_RE = patterncache.compile(rf"^(?:{_ONSETS})?(?:{_RHYME_RE})$")
_WORD_RE = patterncache.compile(r"[^\W\d_]+")
#: Letters only Vietnamese uses among Latin scripts (base letters and every toned vowel).
VIETNAMESE_ONLY = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}


def _base(word: str) -> str:
    """Lower case, tone marks removed, a final "k" read as "c" (Đắk Lắk, place names)."""
    stripped = unicodedata.normalize("NFD", word.lower()).translate(_TONE_MARKS)
    stripped = unicodedata.normalize("NFC", stripped)
    return stripped[:-1] + "c" if stripped.endswith("k") else stripped


def is_syllable(word: str) -> bool:
    """Whether ``word`` (one word, any case and tone) is a well-formed Vietnamese syllable."""
    return bool(_SYLLABLE_RE.match(_base(word)))


def looks_vietnamese(text: str) -> bool:
    """Whether ``text`` reads as Vietnamese: its words with non-ASCII letters are nearly all
    Vietnamese syllables, enough of its letters are Vietnamese-only, and no combining mark is
    left over after NFC (a tone mark on a letter that cannot carry one)."""
    nfc = unicodedata.normalize("NFC", text)
    if any(unicodedata.category(c) == "Mn" for c in nfc):
        return False
    words = [w for w in _WORD_RE.findall(nfc) if not w.isascii()]
    if not words:
        return False
    syllables = sum(1 for w in words if is_syllable(w))
    letters = sum(len(w) for w in _WORD_RE.findall(nfc))
    marked = sum(1 for c in nfc if c in VIETNAMESE_ONLY)
    return syllables >= 0.9 * len(words) and marked > 0.03 * letters

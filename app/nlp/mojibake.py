"""Names read through the wrong encoding, repaired to the name the article meant."""

from __future__ import annotations

import re
import unicodedata


_ORDINALS = {"o": "º", "a": "ª"}
_ORDINAL_FOLDED = re.compile(r"Ã([oa])")


def repair_mojibake(name: str) -> str:
    """`FranÃ§ois` is `François` read through the wrong encoding (once or twice); the canonical name is the intended one.
    Each word is repaired alone (a no-break space elsewhere must not stop it); a double encoding whose invisible
    control character was lost (`SarukhÃÂ¡n`) is read again without its stray `Â`, and one whose ordinal sign was
    folded to a letter (`RaÃol`, the `Ãº` of `Raúl` after NFKC) gets it back."""
    name = unicodedata.normalize("NFC", name)
    if "Ã" not in name and "Â" not in name:
        return name  # nothing to repair in any word (most names): no pass over the words
    return re.sub(r"\S+", lambda word: _repair_word(word.group()), name)


def _repair_word(word: str) -> str:
    for _ in range(3):
        if "Ã" not in word and "Â" not in word:
            break
        try:
            word = word.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                word = word.replace("Â", "").encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                try:  # `RaÃol`: the `º` of `Ãº` (`ú`) was folded to `o` by a compatibility normalisation, `ª` to `a`
                    word = _ORDINAL_FOLDED.sub(lambda m: "Ã" + _ORDINALS[m.group(1)], word).encode("latin-1").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    break
    return word

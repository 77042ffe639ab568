"""Token attributes of a whole Doc as plain lists, read from one array per attribute once per Doc.

`doc[i].lower_` makes a Token object and decodes a string on every read, and the name scans read a few attributes
of every capitalised word and of the words around it (~11,000 Token reads an article). Each column here is
`[getattr(token, name) for token in doc]` for its attribute, built on first use from `doc.to_array`, with each
distinct string decoded once, and kept on the Doc (a Doc whose token count changed reads it again). The lists
hold strings and bools only: no Token object outlives a call, and the collector sees one list per column.
"""

from __future__ import annotations

from spacy.attrs import ENT_IOB, ENT_TYPE, IS_PUNCT, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc

_IOB_NAMES = ("", "I", "O", "B")  # Token.ent_iob_ of each ENT_IOB value
_STRINGS = {"lower_": LOWER, "tag_": TAG, "ent_type_": ENT_TYPE, "lemma_": LEMMA}
_KEY = "quotewise_column_"


def column(doc: Doc, name: str) -> list:
    """`[getattr(token, name) for token in doc]` for `name` in lower_, tag_, ent_type_, lemma_, pos_, ent_iob_ and
    is_punct, kept on the Doc."""
    key = _KEY + name
    cached = doc.user_data.get(key)
    if cached is not None and len(cached) == len(doc):
        return cached
    if not len(doc):
        values: list = []
    elif name in _STRINGS:
        ids = doc.to_array(_STRINGS[name]).tolist()
        strings = doc.vocab.strings
        decoded = {value: strings[value] for value in set(ids)}
        values = [decoded[value] for value in ids]
    elif name == "pos_":
        values = [NAMES[value] for value in doc.to_array(POS).tolist()]
    elif name == "ent_iob_":
        values = [_IOB_NAMES[value] for value in doc.to_array(ENT_IOB).tolist()]
    elif name == "is_punct":
        values = [bool(value) for value in doc.to_array(IS_PUNCT).tolist()]
    else:
        raise ValueError(f"no column {name!r}")
    doc.user_data[key] = values
    return values


def forget_columns(doc: Doc) -> None:
    """After a component changes a token's attributes (`token.pos_ = …`), the columns are read again."""
    for key in [key for key in doc.user_data if isinstance(key, str) and key.startswith(_KEY)]:
        del doc.user_data[key]

"""Compare XML documents modulo insignificant whitespace."""

from __future__ import annotations

from lxml import etree


def canonical(doc: bytes | str) -> bytes:
    raw = doc.encode() if isinstance(doc, str) else doc
    root = etree.fromstring(raw, etree.XMLParser(remove_blank_text=True))
    for el in root.iter():
        if len(el) and el.text is not None and not el.text.strip():
            el.text = None
        if el.tail is not None and not el.tail.strip():
            el.tail = None
    return etree.tostring(root, method="c14n")

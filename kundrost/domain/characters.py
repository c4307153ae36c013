"""Character classes written out, so that a rule means the same to Python's `re` and to the
ECMA-262 regular expressions of a JSON schema, whose `\\w`, `\\d` and `\\s` are narrower
(ASCII words and digits) or wider (U+FEFF is a space) than Python's."""

from __future__ import annotations

WHITESPACE = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character `str.isspace()` and `str.strip()` count as white space."""
LETTERS = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
"""Latin-script letters: English and Swedish ones (å, ä, ö), and the accented letters of the
languages around them (é, ü, ø, ß, ł, …)."""
LETTERS_AND_DIGITS = f"0-9{LETTERS}"
END = "$(?!\n)"
"""The end of the text: Python's `$` also matches just before a final newline, ECMA's does not."""

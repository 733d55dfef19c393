"""Known-answer tests for copy that quotes with the typewriter's single mark ('Yes,' she said), as
some British web copy does, and for an addressee holding a number with thousands commas.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.single_quotes import as_double_quotes, single_marks
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'We'll run the night boat all winter,' the harbour master said.\n\n"
         "'It's the islanders' boat, not the council's,' said Tomas Reyes. 'Nobody asked us.'",
         [("the harbour master", "direct", "We'll run the night boat all winter"),
          ("Tomas Reyes", "direct", "It's the islanders' boat, not the council's"),
          ("Tomas Reyes", "direct", "Nobody asked us.")]),
        # a quote opening a paragraph after a reported one; apostrophes inside words stay apostrophes
        ("Tomas Reyes said the ferry's owners hadn't called. 'I've waited three years for a straight answer,' he added.",
         [("Tomas Reyes", "indirect", "the ferry's owners hadn't called"),
          ("Tomas Reyes", "direct", "I've waited three years for a straight answer")]),
    ],
)
def test_typewriter_single_marks_quote_where_no_double_mark_does(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # with double marks in the article, ' is an apostrophe or a title's mark
        ("\"It is over,\" Reyes said. The 'ferry question' has run for years.", [("Reyes", "direct", "It is over")]),
        # no sure quote (a capital after the opening mark, punctuation before the closing one): apostrophes only
        ("Rock 'n' roll fans filled the 'harbour hall' on Friday.", []),
        ("The islanders' boat sails at six; the owners' office opens at nine.", []),
    ],
)
def test_typewriter_marks_without_a_sure_quote_are_apostrophes(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, marks",
    [
        ("'Yes,' she said.", ("'", "'")),
        ("‘Yes,’ she said.", ("\u2018", "\u2019")),
        ("'Yes,' she said, and \"no\" he said.", None),
        ("It's the users' ferry.", None),
        ("'' Yes,'' she said.", None),  # '' stands for a double mark
    ],
)
def test_which_single_marks_an_article_quotes_with(text, marks):
    assert single_marks(text) == marks


def test_typewriter_conversion_keeps_length_and_apostrophes():
    text = "'It's the users' ferry,' she said. 'Don't.'"
    converted = as_double_quotes(text, ("'", "'"))
    assert len(converted) == len(text)
    assert converted == "“It's the users' ferry,” she said. “Don't.”"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mina Okafor told her 40,000 followers in a short video that she was leaving the club.",
         [("Mina Okafor", "indirect", "she was leaving the club")]),
        ("Mina Okafor told the 1,200 fans at the ground that the season was over.",
         [("Mina Okafor", "indirect", "the season was over")]),
    ],
)
def test_an_addressee_with_a_number_is_skipped_whole(text, expected):
    assert voices(text) == expected

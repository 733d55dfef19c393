"""Known-answer tests for speakers written the way platforms and brands write them (a handle or a
brand in lower case before a capital, "xQc", "eSafety"; a web address, "netblocks.org"), a number
with a decimal point in a speaker's appositive ("a creator with 1.7 million followers"), a group's
possessive before what it thought ("many users’ first thought was:"), a named owner's account
("replied Dover Radio’s new account"), an embedded post printed without quote marks before its
byline ("— Harbourline (@harbour.app) Sep 2, 2024"), and a writer's closing aside
after a dash, which is no part of the reported content ("— a move that angered pilots").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“People think it is bad that these guys sign two deals,” xQc said about the deal.", [("xQc", "")]),
        ("“We saw how teens reacted when the app was banned,” noted eSafety Commissioner Julie Inman Grant.",
         [("Julie Inman Grant", "eSafety Commissioner")]),
        ('"The filtering is likely to slow rescue work after the storm," netblocks.org warned.', [("netblocks.org", "")]),
        ("They lived in Dover and ran a shop, according to ouest-france.fr.", [("ouest-france.fr", "")]),
        # a creator's follower count with a decimal point stays inside the appositive
        ("“The feed shows me things I care about,” Tom Reyes, a creator with 1.7 million followers, said.",
         [("Tom Reyes", "a creator with 1.7 million followers")]),
        # a full stop before a capital is a sentence's end, not a web address: cleaning puts a space after it
        ('"We are closed," Ruiz said.Reyes agreed.', [("Ruiz", "")]),
    ],
)
def test_handles_brands_and_web_addresses(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named owner's account posts for it
        ("“We have been up since midnight and still have no idea what we are doing,” replied Dover Radio’s new account.",
         [("Dover Radio’s new account", "direct", "We have been up since midnight and still have no idea what we are doing")]),
        ("Dover Radio’s account replied that it would not be silenced.",
         [("Dover Radio’s account", "indirect", "it would not be silenced")]),
        ("However, many users’ first thought after the launch was: “There is no way I am sharing that here.”",
         [("many users", "direct", "There is no way I am sharing that here.")]),
        # a head that names no one: "a fact", "one thing" after a count word
        ("Ruiz said the pier was old, a fact confirmed by the board.", [("Ruiz", "indirect", "the pier was old, a fact confirmed by the board")]),
    ],
)
def test_a_group_and_its_possessive(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz said the pier would close — a move that angered pilots.", [("Ruiz", "indirect", "the pier would close")]),
        ("Ruiz said the pier would close -- an outcome few expected.", [("Ruiz", "indirect", "the pier would close")]),
        ("But the next day, a harbour spokesman indicated that the number did not come from any board count but was a "
         "sum made by the Ruiz campaign - a fact later confirmed by the board.",
         [("a harbour spokesman", "indirect",
           "the number did not come from any board count but was a sum made by the Ruiz campaign")]),
        # an aside closed by a second dash, or one that holds the speaker, stays in the content
        ("Ruiz said the pier - one of the oldest in Maine - would close.",
         [("Ruiz", "indirect", "the pier - one of the oldest in Maine - would close")]),
        ("The bill would bar the mayor from waiving any fees - a rule, Ruiz said, that is meant to protect the pier.",
         [("Ruiz", "indirect", "The bill would bar the mayor from waiving any fees - a rule, Ruiz said, that is meant to "
                               "protect the pier")]),
    ],
)
def test_a_writers_aside_after_a_dash(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post's own paragraph, then its byline with a handle and a date
        ("The traffic was so heavy that users reported outages.\n\nTWO MILLION new people in the last week! A warm "
         "welcome!\n\n— Harbourline (@harbour.app) Sep 2, 2024 at 2:24 PM\n\nThere was more to come.",
         [("Harbourline", "direct", "TWO MILLION new people in the last week! A warm welcome!")]),
        # the byline closing the post's paragraph; the link the post carried is no part of its words
        ("Ruiz posted on the site.\n\nWhile I respect the board, this vote defies reason. pic.twitter.com/AbC123 — Ana Ruiz "
         "(@AnaRuizMayor) July 5, 2016",
         [("Ana Ruiz", "indirect", "on the site"), ("Ana Ruiz", "direct", "While I respect the board, this vote defies reason.")]),
        # must find nothing more: no handle and date, or a paragraph that already holds a voice
        ("The pier closed.\n\n— Tom Reyes, Dover", []),
        ("Ruiz said the pier would close.\n\n— Tom Reyes (@tomreyes) June 4, 2021",
         [("Ruiz", "indirect", "the pier would close")]),
    ],
)
def test_a_post_printed_without_quote_marks(text, expected):
    assert voices(text) == expected

from hypothesis import given, settings
from hypothesis import strategies as st

from evenhand.judging import contains_term, normalise, statement_found, term_pattern


def test_normalise_folds_case_width_quotes_and_space() -> None:
    assert normalise("  The  \u201cPLA\u201d\nＡrmy ") == 'the "pla" army'


def test_latin_terms_match_whole_words_only() -> None:
    assert contains_term(normalise("An award was given."), "war") is False
    assert contains_term(normalise("The war ended."), "war") is True


def test_chinese_terms_match_as_substrings() -> None:
    assert contains_term(normalise("军队在六四清场"), "六四") is True


def test_statement_found_by_any_alias() -> None:
    assert statement_found(normalise("Troops opened fire."), ["opened fire"], [["x"]]) is True


def test_statement_needs_every_keyword_group() -> None:
    text = normalise("Soldiers moved in on June 4.")
    assert statement_found(text, [], [["soldiers", "troops"], ["june 4"]]) is True
    assert statement_found(text, [], [["soldiers"], ["killed"]]) is False


def test_statement_without_matchers_is_never_found() -> None:
    assert statement_found(normalise("anything"), [], []) is False


def test_a_chinese_term_tolerates_an_inserted_particle() -> None:
    assert contains_term(normalise("军队平息了动乱。"), "平息动乱")
    assert contains_term(normalise("這是政治的風波"), "政治風波")
    assert not contains_term(normalise("平息后的城市再次动乱"), "平息动乱")


_ALPHABET = "ab z09 .-'平息了动乱的过着中国政府。，"


@settings(max_examples=3000, deadline=None)
@given(term=st.text(alphabet=_ALPHABET, max_size=6), text=st.text(alphabet=_ALPHABET, max_size=30))
def test_contains_term_answers_as_the_terms_pattern_does(term: str, text: str) -> None:
    """The plain-search path of `contains_term` agrees with searching with the compiled pattern,
    for Latin terms (word ends), Chinese terms (particles inside) and mixed ones."""
    normalised = normalise(text)
    assert contains_term(normalised, term) == (term_pattern(term).search(normalised) is not None)


def test_contains_term_on_the_shipped_censorship_terms() -> None:
    """Every alias and keyword of the shipped censorship items, against answers made of other
    items' prompts and fact statements: both paths agree (found and not found both occur)."""
    from evenhand.suites.censorship.dataset import load_items

    items = load_items()[:240]  # both scripts and English
    terms = sorted(
        {alias for item in items for fact in item.fact_sheet for alias in fact.aliases}
        | {w for item in items for fact in item.fact_sheet for g in fact.keywords for w in g}
    )
    texts = [
        normalise(item.prompt + " " + " ".join(f.text for f in item.fact_sheet)) for item in items
    ]
    outcomes = set()
    for text in texts[:60]:
        for term in terms:
            expected = term_pattern(term).search(text) is not None
            assert contains_term(text, term) == expected, (term, text[:80])
            outcomes.add(expected)
    assert outcomes == {True, False}

from evenhand.judging import contains_term, normalise, statement_found


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

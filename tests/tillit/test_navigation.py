from tillit.templatetags.navigation import menu_items


def current(path):
    return {item["url"]: item["current"] for item in menu_items(path) if item["current"]}


def test_the_menu_marks_the_page_it_leads_to():
    assert current("/forum/") == {"/forum/": "page"}


def test_the_menu_marks_the_section_of_a_page_below_it():
    assert current("/forum/forum-tillit-en-larande-tillsyn/") == {"/forum/": "true"}


def test_the_longest_matching_section_wins():
    assert current("/remissvar/positioner/") == {"/remissvar/positioner/": "page"}
    assert current("/remissvar/utbildningsnamnden/") == {"/remissvar/": "true"}


def test_the_home_page_is_in_no_section():
    assert current("/") == {}

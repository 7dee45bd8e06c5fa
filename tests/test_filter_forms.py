"""Every form a visitor filters with: optional selects start empty, so a submit narrows nothing."""

import pytest
from django import forms
from django.forms.utils import pretty_name
from django.urls import reverse

from forum.filters import MeetingFilter
from remissvar.filters import PositionFilter, StatementFilter
from remissvar.forms import CompareForm, MatrixForm
from remissvar.models import Position, Remiss
from tillit.filtering import BoundedPaginator, with_tiebreak
from tillit.portal.filters import OrganisationFilter, PersonFilter

MATRIX = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/"

pytestmark = pytest.mark.django_db

# Not filters: their empty choice names the default instead of "Alla".
DEFAULTS = {"per_page": "Standard (25)", "sort": "Standardordning"}
EMPTY_LABELS = {}


def every_form():
    for filterset in (
        MeetingFilter,
        PositionFilter,
        StatementFilter,
        OrganisationFilter,
        PersonFilter,
    ):
        yield filterset.__name__, filterset(None).form
    yield "MatrixForm", MatrixForm(remiss=Remiss.objects.get())
    yield "CompareForm", CompareForm()


def test_every_optional_select_starts_with_an_empty_choice():
    checked = 0
    for form_name, form in every_form():
        for name, field in form.fields.items():
            if field.required or not isinstance(field.widget, forms.Select):
                continue
            if isinstance(field.widget, forms.SelectMultiple):
                continue
            value, label = next(iter(field.choices))
            expected = DEFAULTS.get(name) or EMPTY_LABELS.get(name) or "Alla"
            assert (value, str(label)) == ("", expected), (form_name, name)
            checked += 1
    assert checked >= 20


def test_meeting_list_submitted_untouched_lists_every_meeting(client):
    page = client.get("/forum/").content.decode()
    assert '<option value="" selected>Alla</option>' in page
    all_meetings = client.get("/forum/").context["paginator"].count
    submitted = client.get("/forum/", {"year": "", "person": "laura-hartman"}, follow=True)
    assert submitted.context["paginator"].count == 4
    assert all_meetings == 7


def test_every_sort_choice_has_its_own_label():
    # A missing label falls back to an English pretty name ("Body", "Date").
    for form_name, form in every_form():
        if "sort" not in form.fields:
            continue
        for value, label in list(form.fields["sort"].choices)[1:]:
            assert str(label) != pretty_name(value.lstrip("-")), (form_name, value)
            assert str(label) != f"{pretty_name(value.lstrip('-'))} (descending)", (
                form_name,
                value,
            )


def test_position_sort_labels_are_swedish(client):
    page = client.get("/remissvar/positioner/").content.decode()
    assert '<option value="body">Organ, A–Ö</option>' in page
    assert '<option value="date">Beslutsdatum, äldst först</option>' in page


@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        (
            "/remissvar/positioner/",
            "per_page=&q=&stance=hesitant&report=",
            "/remissvar/positioner/?stance=hesitant",
        ),
        ("/forum/", "year=&q=", "/forum/"),
        ("/en/personer/", "q=&sort=name", "/en/personer/?sort=name"),
        ("/tidslinje/", "kind=meeting&kind=", "/tidslinje/?kind=meeting"),
        ("/remissvar/jamfor/", "a=&b=", "/remissvar/jamfor/"),
        (
            "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/",
            "report=&stance=opposes&stance=hesitant",
            "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/?stance=opposes&stance=hesitant",
        ),
    ],
)
def test_a_form_submitted_with_empty_fields_redirects_to_what_was_chosen(
    client, url, query, expected
):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_a_clean_link_is_served_as_it_is(client):
    assert client.get("/remissvar/positioner/?stance=hesitant&page=1").status_code == 200


def test_the_page_size_is_the_last_field_of_every_list_filter():
    for form_name, form in every_form():
        if "per_page" in form.fields:
            assert list(form.fields)[-1] == "per_page", form_name


def test_lists_offer_a_way_past_the_filters_and_say_how_many_are_active(client):
    page = client.get("/remissvar/positioner/?stance=hesitant&body_kind=committee").content.decode()
    assert '<a class="skip-to-results" href="#resultat">Hoppa till resultaten</a>' in page
    assert 'id="resultat"' in page
    assert "<summary>Filtrera, 2 aktiva</summary>" in page
    assert "<summary>Filtrera</summary>" in client.get("/forum/").content.decode()
    # Folded on narrow screens by a script file; open without it.
    assert '<details class="filter-disclosure" open data-fold-below="48em">' in page
    assert 'src="/static/js/disclosures.js"' in page


@pytest.mark.parametrize(
    ("url", "summary"),
    [
        (f"{MATRIX}?body_kind=committee&transpose=on", "Filtrera, 1 aktivt"),
        (f"{MATRIX}?disagreement=on&body_kind=committee", "Filtrera, 2 aktiva"),
        ("/tidslinje/?kind=meeting", "Filtrera, 1 aktivt"),
    ],
)
def test_the_matrix_and_the_timeline_fold_their_filters_too(client, url, summary):
    """How the matrix is shown (transposed) is not a filter; an unticked box is none."""
    page = client.get(url).content.decode()
    assert '<details class="filter-disclosure" open data-fold-below="48em">' in page
    assert f"<summary>{summary}</summary>" in page
    assert 'id="resultat"' in page


def test_a_list_counts_and_pages_only_up_to_its_bound(client, monkeypatch):
    monkeypatch.setattr(BoundedPaginator, "max_rows", 30)
    response = client.get("/remissvar/positioner/", {"per_page": 10})
    assert response.context["result_count"] == 30
    assert response.context["results_truncated"]
    page = response.content.decode()
    assert "Fler än 30 träffar" in page
    assert "Avgränsa med filtren" in page
    assert client.get("/remissvar/positioner/", {"per_page": 10, "page": 3}).status_code == 200
    assert client.get("/remissvar/positioner/", {"per_page": 10, "page": 4}).status_code == 404
    # A filtered list under the bound counts exactly.
    response = client.get("/remissvar/positioner/", {"stance": "hesitant"})
    assert not response.context["results_truncated"]
    assert response.context["result_count"] == Position.objects.filter(stance="hesitant").count()


@pytest.mark.parametrize("sort", ["body", "-body", "stance", "proposal", "date"])
def test_pages_of_a_sort_with_ties_show_every_row_once(client, sort):
    # Many positions share a body, a stance or a proposal: without a last key
    # the database may order ties differently from one page's query to the next.
    shown = []
    for page in range(1, 100):
        response = client.get(
            "/remissvar/positioner/", {"sort": sort, "per_page": 10, "page": page}
        )
        if response.status_code == 404:
            break
        shown += [position.pk for position in response.context["position_list"]]
    assert len(shown) == len(set(shown)) == Position.objects.count()


def test_a_tiebreak_orders_by_the_key_last_and_only_once():
    ordered = with_tiebreak(Position.objects.order_by("stance"))
    assert ordered.query.order_by == ("stance", "pk")
    assert with_tiebreak(ordered).query.order_by == ("stance", "pk")
    assert with_tiebreak(Position.objects.all()).query.order_by == ("statement", "proposal", "pk")


def test_public_forms_render_with_jinja2_and_the_admin_with_django_templates(admin_client):
    from django.forms.renderers import Jinja2

    from tillit.portal.timeline import TimelineForm

    for form_name, form in [*every_form(), ("TimelineForm", TimelineForm())]:
        assert isinstance(form.renderer, Jinja2), form_name
    # The admin's widgets exist only as Django templates: its forms still render.
    page = admin_client.get(reverse("admin:forum_meeting_add"))
    assert page.status_code == 200
    assert 'name="title"' in page.content.decode()

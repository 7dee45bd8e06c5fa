"""Several stances at once ("tveksam or avstyrker"), on the positions list and the matrix."""

import pytest

from remissvar.models import Position, Stance

pytestmark = pytest.mark.django_db

MATRIX = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/"


def test_positions_list_takes_several_stances(client):
    wanted = {Stance.HESITANT, Stance.SUPPORTS_WITH_RESERVATIONS}
    response = client.get(
        "/remissvar/positioner/",
        {"stance": sorted(wanted), "per_page": "100"},
    )
    assert response.status_code == 200
    shown = {position.stance for position in response.context["object_list"]}
    assert shown == wanted
    assert response.context["paginator"].count == Position.objects.filter(stance__in=wanted).count()
    active = response.context["active_filters"]
    assert [a["value"] for a in active] == ["Tillstyrker med invändningar, Tveksam"]


def test_one_stance_link_still_works(client):
    response = client.get("/remissvar/positioner/?stance=hesitant")
    assert {p.stance for p in response.context["object_list"]} == {Stance.HESITANT}


def test_matrix_takes_several_stances(client):
    one = client.get(MATRIX, {"stance": "hesitant"}).context["matrix"]
    both = client.get(MATRIX, {"stance": ["hesitant", "opposes"]}).context["matrix"]
    assert set(one.proposals) <= set(both.proposals)
    for proposal in both.proposals:
        stances = {p.stance for (_s, pk), p in both.positions.items() if pk == proposal.pk}
        assert stances & {Stance.HESITANT, Stance.OPPOSES}


def test_unknown_stance_among_several_is_refused(client):
    response = client.get("/remissvar/positioner/", {"stance": ["hesitant", "nonsense"]})
    assert response.status_code == 400

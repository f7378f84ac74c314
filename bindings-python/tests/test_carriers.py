"""Carriers from Python: the registry list, carrier resolution, and the checks the CLI makes."""

from __future__ import annotations

import pytest

import tracking_core as tc


def test_carriers_lists_the_registry_with_coverage() -> None:
    carriers = tc.carriers()
    assert len(carriers) >= 40
    slugs = [c["slug"] for c in carriers]
    assert len(slugs) == len(set(slugs))
    ups = next(c for c in carriers if c["slug"] == "ups")
    assert ups["name"] == "UPS" and ups["code_table"] and ups["tracking_number_formats"]
    assert set(ups) == {"slug", "name", "aliases", "countries", "code_table", "tracking_number_formats", "tracking_url"}


def test_resolve_carrier_suggests_and_decides_brands() -> None:
    typo = tc.resolve_carrier("Colisimo")
    assert typo["carrier"] is None and typo["warning"]["kind"] == "unknown_carrier"
    assert typo["warning"]["did_you_mean"][0] == "colissimo"
    assert tc.resolve_carrier("DHL", countries=["DE", "DE"])["carrier"] == "dhl_parcel_de"
    open_brand = tc.resolve_carrier("dhl")
    assert (open_brand["carrier"], open_brand["name"]) == (None, "DHL")
    assert tc.resolve_carrier("United Parcel Service")["carrier"] == "ups"


@pytest.mark.parametrize("confidence", [1.2, 0.0, -0.1, float("nan")])
def test_confidence_outside_the_unit_interval_is_rejected_not_clamped(confidence: float) -> None:
    model = tc.TransitModel.learn(
        [{"id": "h1", "carrier": "ups", "shipped_at": "2024-03-04T10:00:00Z", "delivered_at": "2024-03-07T15:00:00Z"}],
        now="2024-06-01T00:00:00Z",
    )
    with pytest.raises(tc.TrackingCoreError):
        model.estimate({"id": "A1", "carrier": "ups", "shipped_at": "2024-05-28T10:00:00Z"}, now="2024-05-29T00:00:00Z", confidence=confidence)


def test_mixed_type_pandas_column_is_a_tracking_core_error() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from tracking_core.pandas import add_status_columns

    df = pd.DataFrame({"carrier": ["ups", "ups"], "description": ["Delivered", 5]})
    with pytest.raises(tc.InvalidInputError) as err:
        add_status_columns(df)
    assert isinstance(err.value, tc.TrackingCoreError)
    assert "description" in str(err.value)

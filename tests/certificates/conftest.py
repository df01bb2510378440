import pytest

from cms.models import ProviderSettings


@pytest.fixture(autouse=True)
def provider(db):
    provider = ProviderSettings.load()
    provider.name = "Gulf Coast Massage Education"
    provider.address = "12 Harbor Street\nTampa, FL 33602"
    provider.email = "records@gulfcoast.example"
    provider.approvals = [
        ("approval", {"body": "NCBTMB", "number": "451234-11"}),
        ("approval", {"body": "Florida Board of Massage Therapy", "number": "50-12345"}),
    ]
    provider.signatory_name = "Dana Whitfield"
    provider.signatory_title = "Education Director"
    provider.save()
    return provider

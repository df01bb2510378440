import pytest

from tests import factories


@pytest.mark.django_db
@pytest.mark.parametrize("name", factories.__all__)
def test_factory_builds(name, catalog):
    factory = getattr(factories, name)
    if name == "CoursePageFactory":
        obj = factory(parent=catalog)
    elif name == "ModulePageFactory":
        obj = factory(parent=factories.CoursePageFactory(parent=catalog))
    elif name == "CourseIndexPageFactory":
        obj = factory.build()
    elif name == "ModuleCompletionFactory":
        obj = factory(
            module=factories.ModulePageFactory(parent=factories.CoursePageFactory(parent=catalog))
        )
    elif name == "QuizPageFactory":
        course = factories.CoursePageFactory(parent=catalog)
        obj = factory(parent=factories.ModulePageFactory(parent=course))
    elif name == "CertificateFactory" or name == "EnrollmentFactory":
        obj = factory(course=factories.CoursePageFactory(parent=catalog))
    else:
        obj = factory()
    assert obj is not None
    if hasattr(obj, "full_clean") and name != "CourseIndexPageFactory":
        obj.full_clean()

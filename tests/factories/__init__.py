from tests.factories.accounts import LearnerProfileFactory, UserFactory
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    ModuleCompletionFactory,
    ModulePageFactory,
    TopicFactory,
)

__all__ = [
    "CourseIndexPageFactory",
    "CoursePageFactory",
    "EnrollmentFactory",
    "LearnerProfileFactory",
    "ModuleCompletionFactory",
    "ModulePageFactory",
    "TopicFactory",
    "UserFactory",
]

from tests.factories.accounts import LearnerProfileFactory, UserFactory
from tests.factories.certificates import CertificateFactory
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    ModuleCompletionFactory,
    ModulePageFactory,
    TopicFactory,
)
from tests.factories.quizzes import QuizPageFactory

__all__ = [
    "CertificateFactory",
    "CourseIndexPageFactory",
    "CoursePageFactory",
    "EnrollmentFactory",
    "LearnerProfileFactory",
    "ModuleCompletionFactory",
    "ModulePageFactory",
    "QuizPageFactory",
    "TopicFactory",
    "UserFactory",
]

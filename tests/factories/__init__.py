from tests.factories.accounts import LearnerProfileFactory, UserFactory
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

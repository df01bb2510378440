from courses.models.conditions import Condition, ConditionCategory
from courses.models.pages import (
    DELIVERY,
    CourseApproval,
    CourseIndexPage,
    CourseLevel,
    CoursePage,
    CourseType,
    ModulePage,
    Topic,
)
from courses.models.records import (
    AssessmentPass,
    CourseCompletion,
    CourseEvaluation,
    Enrollment,
    ModuleCompletion,
)

__all__ = [
    "DELIVERY",
    "AssessmentPass",
    "Condition",
    "ConditionCategory",
    "CourseApproval",
    "CourseCompletion",
    "CourseEvaluation",
    "CourseIndexPage",
    "CourseLevel",
    "CoursePage",
    "CourseType",
    "Enrollment",
    "ModuleCompletion",
    "ModulePage",
    "Topic",
]

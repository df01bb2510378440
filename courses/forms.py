from django import forms

from courses.models import CourseEvaluation


class CourseEvaluationForm(forms.ModelForm):
    class Meta:
        model = CourseEvaluation
        fields = ["rating", "met_objectives", "comments"]
        widgets = {
            "rating": forms.RadioSelect(choices=[(n, str(n)) for n in range(5, 0, -1)]),
            "comments": forms.Textarea(attrs={"rows": 5}),
        }

from wagtail.admin.panels import Panel


class EstimatePanel(Panel):
    """Read-only: the CE hours (course) or minutes (module) the saved content supports."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/estimate_panel.html"

        def get_context_data(self, parent_context=None):
            from courses.estimates import course_estimate, module_estimate
            from courses.models import CoursePage

            context = super().get_context_data(parent_context)
            page = self.instance
            if page.pk:
                is_course = isinstance(page, CoursePage)
                context["estimate"] = (course_estimate if is_course else module_estimate)(page)
                context["is_course"] = is_course
            return context

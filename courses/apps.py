from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from courses.models import CourseIndexPage, CoursePage, ModulePage
        from courses.services import module_refresh_estimate

        def refresh_module_estimate(sender, instance, **kwargs):
            """A quiz published or withdrawn under a module changes its study time."""
            parent = instance.get_parent()
            if parent is not None and parent.specific_class is ModulePage:
                module_refresh_estimate(module=parent.specific)

        for signal in (page_published, page_unpublished):
            signal.connect(refresh_module_estimate, weak=False, dispatch_uid=f"estimate-{signal}")

        from courses.roles import catalog_require_review, course_team

        def set_up_review(sender, instance, created, raw=False, **kwargs):
            """A new course gets its team group; a new catalog requires clinical review."""
            if created and not raw:
                if sender is CoursePage:
                    course_team(instance)
                else:
                    catalog_require_review(instance)

        for model in (CoursePage, CourseIndexPage):
            post_save.connect(
                set_up_review, sender=model, weak=False, dispatch_uid=f"roles-{model}"
            )

        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site

        from cms.content_cache import content_changed
        from cms.models import ProviderSettings
        from courses.models import (
            Condition,
            RenewalRule,
            RequirementTopic,
            RuleSource,
            RuleTopic,
        )

        # What is cached per content generation (cms.content_cache) is read from these.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, weak=False, dispatch_uid=f"content-{id(signal)}")

        shown = (
            *(Page, Site, PageViewRestriction, Condition, ProviderSettings, get_image_model()),
            *(RenewalRule, RuleTopic, RuleSource, RequirementTopic),
        )

        def page_or_shown_changed(sender, **kwargs):
            if issubclass(sender, shown):
                content_changed()

        for signal in (post_save, post_delete):
            signal.connect(page_or_shown_changed, weak=False, dispatch_uid=f"content-{signal}")

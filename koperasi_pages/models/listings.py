"""National listing pages: every story, cooperative or report, filtered."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class ListingPage(Page):
    """A paginated, filterable list of one page type in the page's language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["koperasi_pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "koperasi_pages/listing_page.html"
    per_page = 12

    class Meta:
        abstract = True

    def get_listed_model(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        from ..filters import PageFilters

        context = super().get_context(request, *args, **kwargs)
        model = self.get_listed_model()
        pages = model.objects.live().public().filter(locale_id=self.locale_id)
        filters = PageFilters(request.GET, model, self.locale)

        results = filters.apply(pages).order_by(*self.ordering)
        paginator = Paginator(results, self.per_page)
        context["filters"] = filters
        context["facets"] = filters.facets(pages)
        context["results_page"] = paginator.get_page(request.GET.get("page"))
        context["paginator"] = paginator
        return context


class StoryIndexPage(ListingPage):
    ordering = ("-date", "-pk")

    class Meta:
        verbose_name = _("story listing")
        verbose_name_plural = _("story listings")

    def get_listed_model(self):
        from .stories import InnovationStoryPage

        return InnovationStoryPage


class CooperativeIndexPage(ListingPage):
    ordering = ("title", "pk")

    class Meta:
        verbose_name = _("cooperative listing")
        verbose_name_plural = _("cooperative listings")

    def get_listed_model(self):
        from .cooperatives import CooperativeProfilePage

        return CooperativeProfilePage


class ReportIndexPage(ListingPage):
    ordering = ("-date", "-pk")

    class Meta:
        verbose_name = _("report listing")
        verbose_name_plural = _("report listings")

    def get_listed_model(self):
        from .reports import ActivityReportPage

        return ActivityReportPage

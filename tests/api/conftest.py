"""A live API server, an HTTP client and small builders of portal content.

pytest-django's ``live_server`` fixture would switch every test to
``transactional_db``, whose flush after each test wipes the portal that
``tests/conftest.py`` builds once per run. Instead the module-scoped
``api_server`` runs the same pytest-django ``LiveServer``; content it must
serve is built and committed by module-scoped fixtures and deleted again when
the module ends, so the server sees it on PostgreSQL too (its own connection
only sees committed rows) and other tests never do.
"""

import io
import itertools
import uuid

import pytest
import requests
from django.contrib.auth.models import Group, Permission
from PIL import Image as PillowImage

MARK = "uji-api"
_counter = itertools.count(1)


class Api:
    """``requests`` bound to the live server's ``/api/v3/`` and a token."""

    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip("/") + "/api/v3"
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def url(self, path):
        return self.base_url + path

    def get(self, path, **kwargs):
        return self.session.get(self.url(path), timeout=30, **kwargs)

    def post(self, path, **kwargs):
        return self.session.post(self.url(path), timeout=30, **kwargs)

    def patch(self, path, **kwargs):
        return self.session.patch(self.url(path), timeout=30, **kwargs)

    def ids(self, path, **params):
        """IDs of every item of a list endpoint (one page of at most 100)."""
        response = self.get(path, params={"limit": 100, **params})
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]


@pytest.fixture(scope="module")
def api_server(django_db_setup, django_db_blocker):
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("127.0.0.1")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def committed(django_db_blocker):
    """Run builders outside any test transaction; undo them afterwards."""
    with django_db_blocker.unblock():
        builder = Builder()
        try:
            yield builder
        finally:
            builder.clean_up()


@pytest.fixture
def anonymous(api_server):
    api = Api(api_server.url)
    yield api
    # Note: an open keep-alive connection would keep a server thread waiting.
    api.session.close()


# Builders ---------------------------------------------------------------------


def unique(prefix):
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


def jpeg_bytes(width=640, height=480, colour="green"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


class Builder:
    """Small helpers that make exactly the pages a test talks about.

    Everything made here carries ``MARK`` in its slug, name or username so
    ``clean_up`` can find it, including what the server made for it.
    """

    def __init__(self):
        from wagtail.models import Locale

        self.source = Locale.objects.get(language_code="id")
        self.target = Locale.objects.get(language_code="en")
        self.users = []
        self.groups = []

    # Where things go.

    def hub(self, code):
        from koperasi_pages.models import RegionalHubPage

        return RegionalHubPage.objects.get(region_id=code, locale=self.source)

    def term(self, model, slug):
        return model.objects.get(slug=slug, locale=self.source)

    def term_type(self, slug):
        from koperasi_pages.models import CooperativeType

        return self.term(CooperativeType, slug)

    # Pages.

    def _add(self, parent, page, publish=True):
        page.slug = page.slug or unique(MARK)
        page.locale = parent.locale
        page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page

    def cooperative(self, hub, title, publish=True, **fields):
        from koperasi_pages.models import CooperativeProfilePage, CooperativeType

        fields.setdefault(
            "cooperative_type", CooperativeType.objects.filter(locale=hub.locale)[0]
        )
        page = CooperativeProfilePage(title=title, summary=f"{title}.", **fields)
        return self._add(hub, page, publish)

    def story(self, hub, title, publish=True, cooperatives=(), **fields):
        from koperasi_pages.models import (
            InnovationMode,
            InnovationStoryPage,
            StoryCooperative,
        )

        problem_areas = fields.pop("problem_areas", [])
        if "innovation_mode" not in fields:
            fields["innovation_mode"] = InnovationMode.objects.get(
                slug="sustaining", locale=hub.locale
            )
        page = InnovationStoryPage(title=title, summary=f"{title}.", **fields)
        page.cooperative_links = [
            StoryCooperative(cooperative=cooperative) for cooperative in cooperatives
        ]
        page.problem_areas = problem_areas
        return self._add(hub, page, publish)

    def report(self, hub, title, publish=True, **fields):
        from koperasi_pages.models import ActivityReportPage

        page = ActivityReportPage(title=title, summary=f"{title}.", **fields)
        return self._add(hub, page, publish)

    def translate(self, page, title_en, publish=True):
        """The English version, published or left as a draft."""
        from koperasi_pages.translation import translate

        return translate(page, self.target, {page.title: title_en}, publish=publish)

    def make_private(self, page):
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )

    def image(self, title="Foto uji"):
        from django.core.files.images import ImageFile
        from wagtail.images import get_image_model

        upload = ImageFile(io.BytesIO(jpeg_bytes()), name=f"{unique(MARK)}.jpg")
        return get_image_model().objects.create(title=title, file=upload)

    # People.

    def officer(self, *hubs, images=True):
        """A user who may add and change pages (never publish) in ``hubs``."""
        from django.contrib.auth import get_user_model
        from wagtail.models import (
            Collection,
            GroupCollectionPermission,
            GroupPagePermission,
        )

        user = get_user_model().objects.create_user(username=unique(MARK))
        group = Group.objects.create(name=unique(MARK))
        for hub in hubs:
            for codename in ("add_page", "change_page"):
                GroupPagePermission.objects.create(
                    group=group,
                    page=hub,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if images:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=Collection.get_first_root_node(),
                permission=Permission.objects.get(
                    content_type__app_label="wagtailimages", codename="add_image"
                ),
            )
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
        user.groups.add(group)
        self.users.append(user)
        self.groups.append(group)
        return user

    def token(self, user):
        from wagtail.models import APIToken

        _instance, plaintext = APIToken.create_token(user=user, name=unique(MARK))
        return plaintext

    def ensure_workflow(self, hub):
        """The hub's review workflow: the project's, or a one-step one."""
        from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage

        if hub.get_workflow() is not None:
            return hub.get_workflow()
        workflow = Workflow.objects.create(name=unique(MARK))
        task = GroupApprovalTask.objects.create(name=unique(MARK))
        task.groups.add(Group.objects.create(name=unique(MARK)))
        workflow.workflow_tasks.create(task=task, sort_order=0)
        WorkflowPage.objects.create(page=hub, workflow=workflow)
        return workflow

    def clean_up(self):
        from wagtail.images import get_image_model
        from wagtail.models import Page, Workflow, WorkflowPage

        for page in Page.objects.filter(slug__startswith=MARK).order_by("-depth"):
            page.refresh_from_db()
            page.delete()
        for workflow in Workflow.objects.filter(name__startswith=MARK):
            WorkflowPage.objects.filter(workflow=workflow).delete()
            for workflow_task in workflow.workflow_tasks.all():
                workflow_task.task.delete()
            workflow.delete()
        for image in get_image_model().objects.filter(file__contains=MARK):
            image.delete()
        for user in self.users:
            for image in get_image_model().objects.filter(uploaded_by_user=user):
                image.delete()
            user.delete()
        Group.objects.filter(name__startswith=MARK).delete()

"""One story through the workflow in a real headless Chromium.

Playwright drives Debian's Chromium (never a downloaded browser) against
pytest-django's live server. Screenshots of each step land in
``test-artifacts/review/``.
"""

import os
import re
import shutil
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Locale

from koperasi_pages.models import InnovationStoryPage, RegionalHubPage
from koperasi_review.demo import DEMO_PASSWORD

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "review"
TITLE = "Lumbung Pangan Digital Koperasi Tani Sejahtera"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API keeps an event loop in this thread; the ORM calls
    # between browser steps are still plain synchronous code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install chromium")

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True
        )
        yield browser
        browser.close()


class Session:
    """One user's browser context: log in, look, click, take a screenshot."""

    def __init__(self, browser, base_url, username):
        self.context = browser.new_context(
            base_url=base_url, viewport={"width": 1280, "height": 900}
        )
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.page.goto("/admin/login/")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", DEMO_PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_url(re.compile(r"/admin/$"))

    def shot(self, name):
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)

    def open_actions(self):
        """Unfold the footer's action menu, where submit and approve live."""
        self.page.locator("#id_title").scroll_into_view_if_needed()
        self.page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        # Let the menu finish fading in before a screenshot.
        self.page.wait_for_timeout(600)

    def close(self):
        self.context.close()


def test_officer_story_is_reviewed_and_published_in_chromium(browser, live_server):
    hub = RegionalHubPage.objects.get(
        region_id="35", locale=Locale.objects.get(language_code="id")
    )
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=["koperasi_pages", "innovationstorypage", hub.pk],
    )

    # The officer fills a story and submits it for review.
    officer = Session(browser, live_server.url, "ppkl.jatim")
    officer.page.goto(add_url)
    officer.page.fill("#id_title", TITLE)
    officer.page.fill(
        "#id_summary",
        "Anggota menyimpan gabah di lumbung bersama dan mencatatnya lewat ponsel; "
        "harga jual naik karena tidak lagi dijual saat panen raya.",
    )
    officer.page.click(
        "#id_innovation_mode-chooser .unchosen [data-chooser-action-choose]"
    )
    officer.page.locator(".modal a[data-chooser-modal-choice]").first.click()
    officer.page.wait_for_function(
        "document.querySelector('#id_innovation_mode').value !== ''"
    )
    officer.shot("01-officer-story-form")
    officer.open_actions()
    officer.shot("02-officer-submit-menu")
    officer.page.locator("button[name='action-submit']").click()
    officer.page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    officer.shot("03-officer-submitted")
    officer.close()

    story = InnovationStoryPage.objects.get(title=TITLE)
    assert story.workflow_in_progress
    edit_url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    approve = (
        "button[data-workflow-action-name='approve']"
        ":not([data-workflow-action-modal-url])"
    )

    # The Jawa Timur editor finds it in the queue and approves.
    regional = Session(browser, live_server.url, "editor.jatim")
    regional.page.goto(reverse("koperasi_review_queue"))
    assert TITLE in regional.page.content()
    regional.shot("04-regional-queue")
    regional.page.goto(edit_url)
    regional.open_actions()
    regional.shot("05-regional-review-screen")
    regional.page.locator(approve).click()
    regional.page.wait_for_load_state()
    regional.close()

    # The national editor gives the final approval.
    national = Session(browser, live_server.url, "editor.nasional")
    national.page.goto(edit_url)
    national.open_actions()
    national.shot("06-national-review-screen")
    national.page.locator(approve).click()
    national.page.wait_for_load_state()
    national.shot("07-national-approved")
    national.close()

    story.refresh_from_db()
    assert story.live

    # A reader sees it on the public site.
    context = browser.new_context(base_url=live_server.url)
    reader = context.new_page()
    reader.goto(story.url)
    assert reader.locator("h1").first.inner_text().strip() == TITLE
    reader.screenshot(path=str(ARTIFACTS / "08-public-story.png"), full_page=False)
    context.close()

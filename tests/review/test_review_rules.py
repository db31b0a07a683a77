"""The rules around the workflow: validation, locking, fallbacks, assignments."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, WorkflowState

from koperasi_pages.models import (
    CooperativeProfilePage,
    CooperativeType,
    HomePage,
    InnovationStoryPage,
    Region,
    RegionalHubPage,
)
from koperasi_review.models import (
    ChangeRequestReason,
    NationalApprovalTask,
    OfficerProfile,
    RegionalReviewTask,
)
from koperasi_review.roles import Role

from .builders import (
    add_url,
    build_story,
    edit_url,
    filled,
    page_form,
    reload,
    story_fields,
)

pytestmark = pytest.mark.django_db


def workflow_action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )


def test_story_without_lead_shows_field_error_and_is_not_submitted(
    client, users, jatim_hub, innovation_mode
):
    client.force_login(users["ppkl.jatim"])
    form = page_form(client, add_url(jatim_hub))
    fields = story_fields("Tanpa Ringkasan", "tanpa-ringkasan", innovation_mode)
    fields["summary"] = ""

    response = client.post(add_url(jatim_hub), filled(form, fields, "action-submit"))

    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert not InnovationStoryPage.objects.filter(slug="tanpa-ringkasan").exists()
    assert not WorkflowState.objects.filter(requested_by=users["ppkl.jatim"]).exists()


def test_cooperative_with_bad_registration_number_is_not_submitted(
    client, users, jatim_hub
):
    client.force_login(users["ppkl.jatim"])
    url = add_url(jatim_hub, CooperativeProfilePage)
    form = page_form(client, url, CooperativeProfilePage)
    cooperative_type = CooperativeType.objects.filter(
        locale__language_code="id"
    ).first()
    fields = {
        "title": "Koperasi Sumber Rejeki",
        "slug": "koperasi-sumber-rejeki",
        "cooperative_type": str(cooperative_type.pk),
        "registration_number": "12345",
    }

    response = client.post(url, filled(form, fields, "action-submit"))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "registration_number" in errors
    assert "16" in str(errors["registration_number"])
    assert not CooperativeProfilePage.objects.filter(
        slug="koperasi-sumber-rejeki"
    ).exists()
    assert not WorkflowState.objects.filter(requested_by=users["ppkl.jatim"]).exists()


def test_invalid_edit_of_a_draft_does_not_start_the_workflow(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub, "Draf", "draf-rusak", users["ppkl.jatim"], False, innovation_mode
    )
    client.force_login(users["ppkl.jatim"])
    form = page_form(client, edit_url(story))

    response = client.post(
        edit_url(story), filled(form, {"title": ""}, "action-submit")
    )

    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not reload(story).workflow_in_progress


def test_page_in_review_is_locked_for_its_officer(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub, "Terkunci", "terkunci", users["ppkl.jatim"], False, innovation_mode
    )
    client.force_login(users["ppkl.jatim"])
    form = page_form(client, edit_url(story))
    client.post(edit_url(story), filled(form, {}, "action-submit"))
    revisions = reload(story).revisions.count()

    response = client.post(edit_url(story), filled(form, {"title": "Diubah diam-diam"}))

    assert response.status_code == 200
    assert reload(story).revisions.count() == revisions
    assert reload(story).get_latest_revision_as_object().title == "Terkunci"


def test_regional_editor_may_edit_the_page_under_review(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Perlu Dirapikan",
        "perlu-dirapikan",
        users["ppkl.jatim"],
        False,
        innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])
    client.force_login(users["editor.jatim"])
    form = page_form(client, edit_url(story))

    client.post(edit_url(story), filled(form, {"title": "Sudah Dirapikan"}))

    assert reload(story).get_latest_revision_as_object().title == "Sudah Dirapikan"


def test_national_editors_review_regions_without_a_regional_editor(
    client, users, jateng_hub, innovation_mode
):
    story = build_story(
        jateng_hub,
        "Cerita Jateng",
        "cerita-jateng",
        users["admin"],
        False,
        innovation_mode,
    )
    mail.outbox.clear()
    story.get_workflow().start(story, users["admin"])
    story = reload(story)
    assert isinstance(story.current_workflow_task, RegionalReviewTask)
    assert "editor.nasional@example.org" in [m.to[0] for m in mail.outbox]

    client.force_login(users["editor.jatim"])
    client.post(workflow_action_url(story, "approve"))
    assert isinstance(reload(story).current_workflow_task, RegionalReviewTask)

    client.force_login(users["editor.nasional"])
    client.post(workflow_action_url(story, "approve"))
    assert isinstance(reload(story).current_workflow_task, NationalApprovalTask)


def test_pages_outside_any_region_skip_the_regional_review(users):
    home = HomePage.objects.get(locale__language_code="id")
    home.save_revision(user=users["admin"])

    home.get_workflow().start(home, users["admin"])

    assert isinstance(reload(home).current_workflow_task, NationalApprovalTask)


def test_english_pages_have_no_workflow():
    home = HomePage.objects.get(locale__language_code="en")

    assert home.get_workflow() is None


def test_request_changes_from_the_editor_records_the_reason(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Dari Editor",
        "dari-editor",
        users["ppkl.jatim"],
        False,
        innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])
    reason = ChangeRequestReason.objects.get(name="Bahasa perlu dirapikan")
    client.force_login(users["editor.jatim"])
    form = page_form(client, edit_url(story))
    data = filled(form, {"action-workflow-action": "true"})
    data["workflow-action-name"] = "reject"
    data["workflow-action-extra-data"] = json.dumps(
        {"reason": reason.pk, "comment": "Kalimat pembuka terlalu panjang."}
    )

    client.post(edit_url(story), data)

    state = reload(story).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = state.current_task_state.specific
    assert task_state.reason == reason
    assert task_state.get_comment() == (
        "Bahasa perlu dirapikan: Kalimat pembuka terlalu panjang."
    )


def test_request_changes_modal_offers_the_reasons(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub, "Modal", "modal", users["ppkl.jatim"], False, innovation_mode
    )
    story.get_workflow().start(story, users["ppkl.jatim"])
    client.force_login(users["editor.jatim"])

    response = client.get(
        workflow_action_url(reload(story), "reject"),
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    html = json.loads(response.content)["html"]
    assert 'name="reason"' in html
    assert "Data koperasi belum lengkap" in html


def test_request_changes_needs_a_reason(client, users, jatim_hub, innovation_mode):
    story = build_story(
        jatim_hub,
        "Tanpa Alasan",
        "tanpa-alasan",
        users["ppkl.jatim"],
        False,
        innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])
    client.force_login(users["editor.jatim"])

    client.post(
        workflow_action_url(reload(story), "reject"), {"comment": "Kurang lengkap."}
    )

    assert (
        reload(story).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    )


def test_assigning_a_region_takes_effect_at_once(
    client, users, diy_hub, innovation_mode
):
    officer = users["ppkl.jatim"]
    client.force_login(officer)
    assert client.get(add_url(diy_hub)).status_code == 302

    national = client.__class__()
    national.force_login(users["editor.nasional"])
    profile = officer.officer_profile
    url = reverse("officer_profiles:edit", args=[profile.pk])
    response = national.post(
        url,
        {
            "user": officer.pk,
            "role": Role.OFFICER,
            "regions": ["35", "34"],
            "phone": "0812 3456 7890",
            "staff_number": "",
        },
    )
    assert response.status_code == 302
    assert client.get(add_url(diy_hub)).status_code == 200

    profile.regions.remove(Region.objects.get(code="34"))
    assert client.get(add_url(diy_hub)).status_code == 302


def test_officer_needs_a_region(client, users):
    national = client
    national.force_login(users["editor.nasional"])
    officer = users["ppkl.jatim"]
    url = reverse("officer_profiles:edit", args=[officer.officer_profile.pk])

    response = national.post(
        url, {"user": officer.pk, "role": Role.OFFICER, "phone": "", "staff_number": ""}
    )

    assert response.status_code == 200
    assert "regions" in response.context["form"].errors
    assert officer.officer_profile.regions.exists()


def test_officers_cannot_manage_profiles(client, users):
    client.force_login(users["ppkl.jatim"])

    response = client.get(reverse("officer_profiles:index"))

    assert response.status_code in (302, 403)


def test_new_regency_hub_gets_permissions_and_its_officers(users, jatim_hub):
    surabaya = Region.objects.get(code="35.78")
    officer = users["ppkl.jatim"]
    officer.officer_profile.regions.set([surabaya])
    assert officer.groups.filter(name="PPKL – Jawa Timur").exists()

    hub = jatim_hub.add_child(
        instance=RegionalHubPage(
            title="Kota Surabaya",
            slug="kota-surabaya",
            region=surabaya,
            locale=Locale.objects.get(language_code="id"),
        )
    )

    group = Group.objects.get(name="PPKL – Kota Surabaya")
    permissions = set(
        GroupPagePermission.objects.filter(group=group, page=hub).values_list(
            "permission__codename", flat=True
        )
    )
    assert permissions == {"add_page", "change_page"}
    assert officer.groups.filter(pk=group.pk).exists()
    assert not officer.groups.filter(name="PPKL – Jawa Timur").exists()


def test_officer_profile_puts_officer_in_indonesian_admin(users):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user("ppkl.baru", "baru@example.org")
    OfficerProfile.objects.create(user=user, role=Role.OFFICER)

    assert UserProfile.get_for_user(user).preferred_language == "id"
    assert user.groups.filter(name="Petugas PPKL").exists()


def test_setup_review_twice_changes_nothing():
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupCollectionPermission, Task, Workflow, WorkflowPage

    from koperasi_review.setup import setup_review

    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Permission.objects.filter(group__isnull=False).count(),
            Task.objects.count(),
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            ChangeRequestReason.objects.count(),
        )

    before = counts()
    setup_review()

    assert counts() == before
    home = HomePage.objects.get(locale__language_code="id")
    jatim = RegionalHubPage.objects.get(region_id="35", locale=home.locale)
    assert jatim.get_workflow() == WorkflowPage.objects.get(page=home).workflow


def test_no_officer_or_regional_group_may_publish():
    from koperasi_review.models import RegionalGroup

    regional_groups = RegionalGroup.objects.values("group")

    assert RegionalGroup.objects.count() >= 2 * 38
    assert not GroupPagePermission.objects.filter(
        group__in=regional_groups, permission__codename="publish_page"
    ).exists()

"""Demo accounts for each role, with fixed passwords printed by ``make demo``.

The passwords live here, in demo code, and nowhere in settings: production
never runs ``load_demo``.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.users.models import UserProfile

from koperasi_pages.models import Region

from .models import OfficerProfile
from .roles import Role

DEMO_PASSWORD = "koperasi-demo-2025"

DEMO_USERS = [
    # username, first name, last name, role, region codes
    ("ppkl.jatim", "Sri", "Wahyuningsih", Role.OFFICER, ["35"]),
    ("editor.jatim", "Bambang", "Sutrisno", Role.REGIONAL_EDITOR, ["35"]),
    ("editor.diy", "Rina", "Kusumawati", Role.REGIONAL_EDITOR, ["34"]),
    ("editor.nasional", "Hendra", "Gunawan", Role.NATIONAL_EDITOR, []),
]
DEMO_ADMIN = "admin"


def _ensure_user(username, password, **fields):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults=fields
    )
    if not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])

    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != "id":
        profile.preferred_language = "id"
        profile.save(update_fields=["preferred_language"])
    return user


@transaction.atomic
def create_demo_users(stdout=None):
    """Create (or reset) one user per role and a superuser; safe to repeat.

    Returns the users by username. The officer works in Jawa Timur, the
    regional editors in Jawa Timur and DI Yogyakarta.
    """
    users = {}
    for username, first_name, last_name, role, codes in DEMO_USERS:
        user = _ensure_user(
            username,
            DEMO_PASSWORD,
            first_name=first_name,
            last_name=last_name,
            email=f"{username}@example.org",
        )
        profile, _created = OfficerProfile.objects.get_or_create(
            user=user, defaults={"role": role}
        )
        if profile.role != role:
            profile.role = role
            profile.save()
        profile.regions.set(Region.objects.filter(code__in=codes))
        users[username] = user

    admin = _ensure_user(
        DEMO_ADMIN,
        DEMO_PASSWORD,
        email="admin@example.org",
        is_staff=True,
        is_superuser=True,
    )
    users[DEMO_ADMIN] = admin

    if stdout is not None:
        stdout.write(f"Demo logins at /admin/ (password for all: {DEMO_PASSWORD})")
        for username, _first, _last, role, codes in DEMO_USERS:
            regions = ", ".join(
                Region.objects.filter(code__in=codes).values_list("name", flat=True)
            )
            suffix = f" – {regions}" if regions else ""
            stdout.write(f"  {username:<16} {Role(role).label}{suffix}")
        stdout.write(f"  {DEMO_ADMIN:<16} superuser")
    return users

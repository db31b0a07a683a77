"""Print a new API token for a user, e.g. an officer using the field app."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log
from wagtail.models import APIToken


class Command(BaseCommand):
    help = (
        "Issue a bearer token for the headless API to USERNAME and print it. "
        "The token is shown only now; revoke it in the admin under Settings → "
        "API tokens, or with `manage.py api_tokens revoke`."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user the token acts for.")
        parser.add_argument(
            "--name",
            default="",
            help="A label to recognise the token by (default: 'api <username>').",
        )

    def handle(self, *args, username, name, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist:
            raise CommandError(
                f"No user called {username!r}. Run `make demo` (or load_demo) "
                "first, or create the user in the admin."
            ) from None
        if not user.is_active:
            raise CommandError(f"{username!r} is inactive; activate the user first.")

        token, plaintext = APIToken.create_token(
            user=user, name=name or f"api {username}"
        )
        log(token, "wagtail.apitoken.create", data={"source": "issue_api_token"})
        self.stdout.write(plaintext)

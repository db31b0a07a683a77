"""A schemathesis crawl of the public read endpoints against their OpenAPI schema.

Every generated request, valid or not, must get an answer that is not a
server error, and every documented answer must match the published schema.
The example count is bounded so the crawl stays well under two minutes.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

pytestmark = pytest.mark.django_db

READ_PATHS = r"^/api/v3/(content|stories|cooperatives|reports|hubs)/"
EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def a_story(committed):
    """At least one story with a cooperative, so details have something to show."""
    b = committed
    hub = b.hub("35")
    cooperative = b.cooperative(hub, "Uji API Koperasi Skema")
    return b.story(hub, "Uji API Cerita Skema", cooperatives=[cooperative])


def test_read_endpoints_answer_every_generated_request_within_the_schema(
    api_server, a_story
):
    schema = schemathesis.openapi.from_url(f"{api_server.url}/api/v3/openapi.json")
    operations = [
        result.ok()
        for result in schema.include(
            method="GET", path_regex=READ_PATHS
        ).get_all_operations()
    ]
    assert len(operations) == 9

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def answers_within_schema(case):
            case.call_and_validate(
                base_url=api_server.url,
                checks=[not_a_server_error, response_schema_conformance],
            )

        answers_within_schema()

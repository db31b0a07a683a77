"""Background work of the search app, through django-tasks.

With django-tasks' default immediate backend the task runs inline (a small
batch, so a reader barely notices); a deployment with a task worker runs it
out of band.
"""

from django_tasks import task

from .pending import catch_up

OPPORTUNISTIC_BATCH = 50


@task()
def catch_up_search_index_task(backend_name, limit=OPPORTUNISTIC_BATCH):
    result = catch_up(backend_name=backend_name, limit=limit)
    return {"applied": result.applied, "remaining": result.remaining}

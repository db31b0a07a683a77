"""Keeping and replaying index updates the engine missed.

``record_failure`` is called by the engine backend when a write fails; the
save that caused it still succeeds. ``catch_up`` replays the queue once the
engine answers again: each object is read afresh from the database, so the
index gets its current state, whatever happened to it meanwhile.
"""

import logging
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance

from .models import PendingIndexUpdate

logger = logging.getLogger("koperasi.search")

MAX_ERROR_LENGTH = 2000


def record_failure(backend_name, action, obj, error):
    """Keep the failed ``action`` ("index" or "delete") on ``obj`` for later."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    message = str(error)[:MAX_ERROR_LENGTH] or type(error).__name__
    pending, created = PendingIndexUpdate.objects.get_or_create(
        content_type=content_type,
        object_id=str(obj.pk),
        backend_name=backend_name,
        defaults={"action": action, "last_error": message},
    )
    if not created:
        pending.action = action
        pending.attempts += 1
        pending.last_error = message
        pending.save(update_fields=["action", "attempts", "last_error", "updated_at"])
    logger.warning(
        "Search engine '%s' missed %s of %s %s; queued for catch-up: %s",
        backend_name,
        action,
        content_type.model,
        obj.pk,
        message,
    )
    return pending


@dataclass
class CatchUpResult:
    applied: int = 0
    failed: int = 0
    remaining: int = 0
    errors: list = field(default_factory=list)


def _current_object(pending):
    model = pending.content_type.model_class()
    if model is None:
        return None, None
    obj = model._default_manager.filter(pk=pending.object_id).first()
    if obj is None:
        return model, None
    return model, get_indexed_instance(obj)


def catch_up(backend_name=None, limit=None, dry_run=False):
    """Apply queued updates, oldest first; stop at the first connection error.

    Returns a ``CatchUpResult``. With ``dry_run`` nothing is written and
    ``remaining`` counts what would be tried.
    """
    queue = PendingIndexUpdate.objects.select_related("content_type")
    if backend_name:
        queue = queue.filter(backend_name=backend_name)
    if limit:
        queue = queue[:limit]
    result = CatchUpResult()
    if dry_run:
        result.remaining = queue.count()
        return result

    backends = {}
    for pending in list(queue):
        if pending.backend_name not in backends:
            backends[pending.backend_name] = get_search_backend(pending.backend_name)
        backend = backends[pending.backend_name]

        model, obj = _current_object(pending)
        try:
            if model is None:
                pass  # The model is gone; nothing left to update.
            elif obj is None or pending.action == PendingIndexUpdate.Action.DELETE:
                backend.apply("delete", obj or model(pk=pending.object_id))
            else:
                backend.apply("index", obj)
        except Exception as error:
            result.failed += 1
            result.errors.append(f"{pending}: {error}")
            pending.attempts += 1
            pending.last_error = str(error)[:MAX_ERROR_LENGTH]
            pending.save(update_fields=["attempts", "last_error", "updated_at"])
            if backend.is_connection_error(error):
                backend.mark_down()
                break
            continue

        backend.mark_up()
        # Delete only if no newer failure replaced this row meanwhile.
        PendingIndexUpdate.objects.filter(
            pk=pending.pk, updated_at=pending.updated_at
        ).delete()
        result.applied += 1

    result.remaining = PendingIndexUpdate.objects.filter(
        **({"backend_name": backend_name} if backend_name else {})
    ).count()
    if result.applied or result.failed:
        logger.info(
            "Search catch-up: %s applied, %s failed, %s remaining",
            result.applied,
            result.failed,
            result.remaining,
        )
    return result

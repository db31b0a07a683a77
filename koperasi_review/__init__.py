"""Per-region permissions and the two-step review of officers' pages.

Built on Wagtail's own groups, page permissions, workflows and tasks: an
officer profile says which regions a user serves and in which role, and
keeps the user's Wagtail groups in step with it.
"""

from .profiles import OfficerProfile, RegionalGroup
from .review import (
    ChangeRequestReason,
    NationalApprovalTask,
    RegionalReviewTask,
    ReviewTaskState,
)

__all__ = [
    "ChangeRequestReason",
    "NationalApprovalTask",
    "OfficerProfile",
    "RegionalGroup",
    "RegionalReviewTask",
    "ReviewTaskState",
]

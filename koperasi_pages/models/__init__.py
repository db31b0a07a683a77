from .cooperatives import CooperativeIndicator, CooperativeProfilePage
from .home import HomeFeaturedStory, HomePage
from .hubs import RegionalHubPage
from .listings import CooperativeIndexPage, ReportIndexPage, StoryIndexPage
from .regions import Region, load_regions
from .reports import ActivityReportPage, ReportTag
from .stories import InnovationStoryPage, StoryCooperative, StoryTag
from .taxonomy import (
    TAXONOMY_MODELS,
    CooperativeType,
    InnovationMode,
    InnovationStage,
    ProblemArea,
)

__all__ = [
    "ActivityReportPage",
    "CooperativeIndexPage",
    "CooperativeIndicator",
    "CooperativeProfilePage",
    "CooperativeType",
    "HomeFeaturedStory",
    "HomePage",
    "InnovationMode",
    "InnovationStage",
    "InnovationStoryPage",
    "ProblemArea",
    "Region",
    "RegionalHubPage",
    "ReportIndexPage",
    "ReportTag",
    "StoryCooperative",
    "StoryIndexPage",
    "StoryTag",
    "TAXONOMY_MODELS",
    "load_regions",
]

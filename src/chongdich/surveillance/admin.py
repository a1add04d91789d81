from chongdich.admin_readonly import register_read_only

from .models import DailyCaseCount, LevelAnnouncement, SituationReport

# Cases are not in the admin: their personal data is shown only through scoped pages.
register_read_only(DailyCaseCount, list_display=("area", "date", "source", "new_cases"))
register_read_only(SituationReport, list_display=("area", "as_of", "cumulative_cases"))
register_read_only(LevelAnnouncement, list_display=("area", "level", "effective_at"))

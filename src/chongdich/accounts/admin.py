from chongdich.admin_readonly import register_read_only

from .models import AuditEvent, RoleAssignment, User

register_read_only(User, list_display=("username", "display_name", "organisation", "is_demo"))
register_read_only(RoleAssignment, list_display=("user", "role", "area", "facility"))
register_read_only(AuditEvent, list_display=("created_at", "actor_label", "action", "object_repr"))

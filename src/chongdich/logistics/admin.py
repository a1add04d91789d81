from chongdich.admin_readonly import register_read_only

from .models import SupportEvent, SupportItem

register_read_only(SupportEvent, list_display=("donor_name", "recipient", "date"))
register_read_only(SupportItem, list_display=("event", "item", "quantity", "detail"))

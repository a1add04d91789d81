from chongdich.admin_readonly import register_read_only

from .models import SourceDocument

register_read_only(SourceDocument, list_display=("title", "publisher", "published_on"))

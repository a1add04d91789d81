from chongdich.admin_readonly import register_read_only

from .models import BedCapacity, BedReservePolicy, Facility

register_read_only(Facility, list_display=("name", "kind", "tier", "area", "is_demo"))
register_read_only(BedCapacity, list_display=("facility", "bed_type", "occupied", "total"))
register_read_only(BedReservePolicy, list_display=("province", "reserved_share", "document"))

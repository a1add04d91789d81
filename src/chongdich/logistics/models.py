"""Support between provinces (chi viện): items, holders and stock, needs, offers,
allocations, shipments, staff deployments; and what the sources state was given."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SupportItemCode(models.TextChoices):
    """The item catalogue. The first seven are the codes of the seeds' gold file."""

    VACCINE_DOSE = "vaccine_dose", _("Vaccine doses (brand not stated)")
    VENTILATOR = "ventilator", _("Ventilators")
    OXYGEN_CONCENTRATOR = "oxygen_concentrator", _("Oxygen concentrators")
    THERMOMETER = "thermometer", _("Thermometers")
    PCR_MACHINE = "pcr_machine", _("PCR machines")
    MEDICAL_STAFF = "medical_staff", _("Medical staff")
    MONEY_VND = "money_vnd", _("Money (VND)")
    HFNC = "hfnc", _("High-flow nasal cannula (HFNC) machines")
    OXYGEN_CYLINDER = "oxygen_cylinder", _("Oxygen cylinders")
    LIQUID_OXYGEN = "liquid_oxygen", _("Liquid oxygen")
    OXYGEN_FILLING_STATION = "oxygen_filling_station", _("Oxygen filling stations")
    SPO2_METER = "spo2_meter", _("SpO2 meters")
    PCR_TEST_KIT = "pcr_test_kit", _("PCR test kits")
    ANTIGEN_TEST_KIT = "antigen_test_kit", _("Rapid antigen test kits")
    PPE = "ppe", _("Personal protective equipment (sets)")
    MEDICINE_PACK_A = "medicine_pack_a", _("Medicine packs A")
    MEDICINE_PACK_B = "medicine_pack_b", _("Medicine packs B")
    MEDICINE_PACK_C = "medicine_pack_c", _("Medicine packs C")
    VACCINE_ASTRAZENECA = "vaccine_astrazeneca", _("Vaccine doses: AstraZeneca")
    VACCINE_PFIZER = "vaccine_pfizer", _("Vaccine doses: Pfizer")
    VACCINE_MODERNA = "vaccine_moderna", _("Vaccine doses: Moderna")
    VACCINE_SINOPHARM = "vaccine_sinopharm", _("Vaccine doses: Sinopharm (Vero Cell)")
    AMBULANCE = "ambulance", _("Ambulances")
    MOBILE_VACCINATION_VEHICLE = "mobile_vaccination_vehicle", _("Mobile vaccination vehicles")
    # What press articles give without saying which kind (the intake extractor's codes).
    TEST_KIT = "test_kit", _("Test kits (kind not stated)")
    MASK = "mask", _("Face masks")
    HOSPITAL_BED = "hospital_bed", _("Hospital beds")


class HolderKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    FACILITY = "facility", _("Facility")
    NATIONAL_RESERVE = "national_reserve", _("Ministry of Health national reserve")
    HOSPITAL = "hospital", _("Hospital")
    COMPANY = "company", _("Company")
    DONOR = "donor", _("Donor")


class Holder(models.Model):
    """Whoever holds, gives or receives stock."""

    kind = models.CharField(_("kind"), max_length=20, choices=HolderKind.choices)
    name = models.CharField(_("name"), max_length=200)
    area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "name", "area"], name="logistics_holder_unique")
        ]

    def __str__(self) -> str:
        return self.name


class StockLevel(models.Model):
    """What one holder has of one item now; changed only by movements, under a row lock."""

    holder = models.ForeignKey(Holder, on_delete=models.PROTECT, related_name="stock")
    item = models.CharField(max_length=32, choices=SupportItemCode.choices)
    quantity = models.BigIntegerField(default=0)
    minimum_level = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "holder__area"
    scope_facility_field = "holder__facility"

    class Meta:
        ordering = ["holder_id", "item"]
        constraints = [
            models.UniqueConstraint(fields=["holder", "item"], name="logistics_stock_unique"),
            models.CheckConstraint(
                condition=models.Q(quantity__gte=0), name="logistics_stock_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.holder}: {self.quantity} {self.item}"

    @property
    def is_low(self) -> bool:
        return self.quantity < self.minimum_level


class MovementKind(models.TextChoices):
    RECEIPT = "receipt", _("Receipt")
    ISSUE = "issue", _("Issue")
    TRANSFER_IN = "transfer_in", _("Transfer in")
    TRANSFER_OUT = "transfer_out", _("Transfer out")
    USE = "use", _("Use")
    LOSS = "loss", _("Loss")
    ADJUSTMENT = "adjustment", _("Adjustment")
    RETURN = "return", _("Return of a loan")


class StockMovement(models.Model):
    stock = models.ForeignKey(StockLevel, on_delete=models.PROTECT, related_name="movements")
    kind = models.CharField(max_length=16, choices=MovementKind.choices)
    change = models.BigIntegerField(help_text="Signed: positive adds to stock")
    balance_after = models.BigIntegerField()
    reason = models.CharField(max_length=300, blank=True)
    shipment = models.ForeignKey(
        "Shipment", null=True, blank=True, on_delete=models.PROTECT, related_name="movements"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "stock__holder__area"
    scope_facility_field = "stock__holder__facility"

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.change:+d}"


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Open")
    COVERED = "covered", _("Covered")
    CANCELLED = "cancelled", _("Cancelled")


class Need(models.Model):
    area = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("area")
    )
    facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    item = models.CharField(_("item"), max_length=32, choices=SupportItemCode.choices)
    quantity = models.PositiveBigIntegerField(_("quantity"))
    allocated_quantity = models.PositiveBigIntegerField(default=0)
    urgency = models.PositiveSmallIntegerField(_("urgency"))
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    status = models.CharField(max_length=12, choices=NeedStatus.choices, default=NeedStatus.OPEN)
    is_suggested = models.BooleanField(default=False, help_text="Computed from a stock gap")
    is_demo = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["-urgency", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(allocated_quantity__lte=models.F("quantity")),
                name="logistics_need_not_overallocated",
            ),
            models.CheckConstraint(
                condition=models.Q(urgency__gte=1, urgency__lte=5), name="logistics_urgency_1_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.area}: {self.quantity} {self.item}"

    @property
    def remaining(self) -> int:
        return self.quantity - self.allocated_quantity


class Offer(models.Model):
    """A pledge of support; ``recipients`` (if any) are the only places it may go."""

    donor = models.ForeignKey(Holder, on_delete=models.PROTECT, related_name="offers")
    item = models.CharField(_("item"), max_length=32, choices=SupportItemCode.choices)
    quantity = models.PositiveBigIntegerField(_("quantity"))
    allocated_quantity = models.PositiveBigIntegerField(default=0)
    recipients = models.ManyToManyField("geo.AdminUnit", blank=True, related_name="+")
    available_from = models.DateField(null=True, blank=True)
    available_until = models.DateField(null=True, blank=True)
    value_vnd = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="In-kind value as the donor states it"
    )
    detail = models.CharField(max_length=200, blank=True)
    is_withdrawn = models.BooleanField(default=False)
    source = models.ForeignKey(
        "intake.SourceDocument", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(allocated_quantity__lte=models.F("quantity")),
                name="logistics_offer_not_overallocated",
            )
        ]

    def __str__(self) -> str:
        return f"{self.donor}: {self.quantity} {self.item}"

    @property
    def remaining(self) -> int:
        return self.quantity - self.allocated_quantity


class Allocation(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.PROTECT, related_name="allocations")
    need = models.ForeignKey(Need, on_delete=models.PROTECT, related_name="allocations")
    quantity = models.PositiveBigIntegerField()
    explanation = models.CharField(max_length=300, help_text="Why, in English (audit)")
    urgency = models.PositiveSmallIntegerField(default=0, help_text="The need's, at the time")
    distance_km = models.FloatField(null=True, blank=True, help_text="Straight line, if known")
    is_override = models.BooleanField(default=False)
    override_reason = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "need__area"

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.offer} → {self.need}: {self.quantity}"

    @property
    def why(self) -> str:
        """The explanation in the reader's language."""
        if self.is_override:
            return _("coordinator's decision: %(reason)s") % {"reason": self.override_reason}
        parts = [_("urgency %(u)d") % {"u": self.urgency}]
        if self.distance_km is not None:
            parts.append(_("%(km)d km away") % {"km": round(self.distance_km)})
        return ", ".join(str(p) for p in parts)


class ShipmentStatus(models.TextChoices):
    PLEDGED = "pledged", _("Pledged")
    DISPATCHED = "dispatched", _("Dispatched")
    RECEIVED = "received", _("Received")
    PARTIALLY_RECEIVED = "partially_received", _("Partially received")
    RETURNED = "returned", _("Returned")


class Shipment(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.PROTECT, related_name="shipments")
    allocation = models.OneToOneField(
        Allocation, null=True, blank=True, on_delete=models.PROTECT, related_name="shipment"
    )
    recipient = models.ForeignKey(Holder, on_delete=models.PROTECT, related_name="+")
    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    item = models.CharField(max_length=32, choices=SupportItemCode.choices)
    quantity = models.PositiveBigIntegerField()
    detail = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=20, choices=ShipmentStatus.choices, default=ShipmentStatus.PLEDGED
    )
    dispatched_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(null=True, blank=True)
    received_quantity = models.PositiveBigIntegerField(default=0)
    discrepancy_note = models.CharField(max_length=300, blank=True)
    returned_quantity = models.PositiveBigIntegerField(default=0)
    returned_at = models.DateTimeField(null=True, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.offer.donor} → {self.recipient}: {self.quantity} {self.item}"


class DeploymentStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Deployed")
    RETURNED = "returned", _("Returned")


class Deployment(models.Model):
    """A team of staff sent by an organisation to a province or facility."""

    team_name = models.CharField(_("team"), max_length=200)
    origin = models.CharField(_("origin organisation"), max_length=200)
    origin_area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    area = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("destination")
    )
    facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(null=True, blank=True)
    planned_end = models.DateField(null=True, blank=True)
    until_controlled = models.BooleanField(
        default=False, help_text="Stays until the outbreak is controlled"
    )
    ended_on = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=DeploymentStatus.choices, default=DeploymentStatus.ACTIVE
    )
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="relieved_by"
    )
    note = models.CharField(max_length=300, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["-starts_on", "-id"]

    def __str__(self) -> str:
        return f"{self.team_name} → {self.area}"

    @property
    def headcount(self) -> int:
        return sum(m.headcount for m in self.members.all())


class StaffRole(models.TextChoices):
    DOCTOR = "doctor", _("Doctor")
    NURSE = "nurse", _("Nurse")
    TECHNICIAN = "technician", _("Technician")
    XRAY = "xray", _("X-ray crew")
    STAFF = "staff", _("Medical staff (role not stated)")


class DeploymentMember(models.Model):
    """Members of a team by role: a named person (headcount 1) or, where the source only
    gives numbers, a count of people in that role."""

    deployment = models.ForeignKey(Deployment, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=16, choices=StaffRole.choices)
    qualification = models.CharField(max_length=200, blank=True)
    headcount = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "deployment__area"

    class Meta:
        ordering = ["deployment_id", "id"]

    def __str__(self) -> str:
        return f"{self.headcount} {self.role}"


class SupportEvent(models.Model):
    """Support a source states was given (the demo's seeds); each is also replayed as an
    offer → shipment → receipt, or a deployment, by ``demo.load_support_demo``."""

    donor_name = models.CharField(_("donor"), max_length=200)
    donor_area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recipient = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("recipient")
    )
    date = models.DateField(null=True, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "recipient"

    class Meta:
        ordering = ["recipient_id", "date", "id"]

    def __str__(self) -> str:
        return f"{self.donor_name} → {self.recipient}"


class SupportItem(models.Model):
    event = models.ForeignKey(SupportEvent, on_delete=models.CASCADE, related_name="items")
    item = models.CharField(max_length=32, choices=SupportItemCode.choices)
    quantity = models.PositiveBigIntegerField()
    detail = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "event__recipient"

    class Meta:
        ordering = ["event_id", "id"]

    def __str__(self) -> str:
        return f"{self.quantity} {self.item}"

"""Codes of the care contract, each with its Vietnamese and English label (docs/care.md)."""

from __future__ import annotations

from ..comorbidities import COMORBIDITIES

SEVERITIES = ("asymptomatic", "mild", "moderate", "severe", "critical")
SEVERITY_RANK = {code: rank for rank, code in enumerate(SEVERITIES)}
SEVERITY_LABELS = {
    "asymptomatic": ("không triệu chứng", "asymptomatic"),
    "mild": ("nhẹ", "mild"),
    "moderate": ("trung bình", "moderate"),
    "severe": ("nặng", "severe"),
    "critical": ("nguy kịch", "critical"),
}
TIERS = ("home", "1", "2", "3")
ACTIONS = ("continue_home", "notify_station", "transfer")

SYMPTOMS: dict[str, tuple[str, str]] = {
    "fever": ("sốt", "fever"),
    "cough": ("ho", "cough"),
    "sore_throat": ("đau họng", "sore throat"),
    "runny_nose": ("sổ mũi, nghẹt mũi", "runny or stuffy nose"),
    "fatigue": ("mệt mỏi", "fatigue"),
    "headache": ("đau đầu", "headache"),
    "myalgia": ("đau mỏi cơ", "myalgia"),
    "loss_of_smell": ("mất khứu giác", "loss of smell"),
    "loss_of_taste": ("mất vị giác", "loss of taste"),
    "diarrhoea": ("tiêu chảy", "diarrhoea"),
    "dyspnoea": ("khó thở", "dyspnoea"),
    "chest_pain": ("đau tức ngực kéo dài", "persistent chest pain"),
    "confusion": ("lơ mơ, lú lẫn, li bì", "confusion or drowsiness"),
    "cyanosis": ("tím môi, tím đầu móng tay", "cyanosis of lips or nails"),
    "cannot_drink": ("không uống được, bú kém", "cannot drink, poor feeding"),
    "vomiting": ("nôn", "vomiting"),
}
# The contract's comorbidity codes (DOMAIN.md §5.3, in order) and the code of the same
# condition in chongdich.epi.comorbidities, the one list of the 20 (QĐ 4038 App. 01). The
# list's own codes ("lung", "kidney" as stored on cases) are accepted too.
CONTRACT_COMORBIDITIES: tuple[tuple[str, str], ...] = (
    ("diabetes", "diabetes"),
    ("chronic_lung", "lung"),
    ("cancer", "cancer"),
    ("chronic_kidney", "kidney"),
    ("transplant", "transplant"),
    ("obesity", "obesity"),
    ("heart_disease", "heart"),
    ("cerebrovascular", "cerebrovascular"),
    ("down_syndrome", "down"),
    ("hiv", "hiv"),
    ("neurological", "neurological"),
    ("blood_disorder", "blood"),
    ("asthma", "asthma"),
    ("hypertension", "hypertension"),
    ("immunodeficiency", "immunodeficiency"),
    ("liver_disease", "liver"),
    ("substance_use", "substance_use"),
    ("immunosuppressant", "immunosuppressant"),
    ("systemic_disease", "systemic"),
    ("paediatric_congenital", "paediatric"),
)
_TO_CONTRACT = {list_code: code for code, list_code in CONTRACT_COMORBIDITIES}
COMORBIDITY_CODES: dict[str, str] = {code: code for code, _ in CONTRACT_COMORBIDITIES}
COMORBIDITY_CODES.update(_TO_CONTRACT)  # any accepted code -> contract code
COMORBIDITY_LABELS: dict[str, tuple[str, str]] = {
    _TO_CONTRACT[code]: (vi, en) for code, vi, en, _phrases in COMORBIDITIES
}
assert len(COMORBIDITY_LABELS) == 20, "one contract code for each of the 20 comorbidities"


def contract_comorbidity(code: str) -> str | None:
    """The contract code for an accepted comorbidity code, None for an unknown one."""
    return COMORBIDITY_CODES.get(code)


WARNINGS: dict[str, tuple[str, str]] = {
    "dyspnoea": ("khó thở, thở bất thường", "dyspnoea or abnormal breathing"),
    "respiratory_rate_high": ("nhịp thở nhanh theo tuổi", "fast breathing for age"),
    "spo2_low": ("SpO₂ thấp", "low SpO₂"),
    "pulse_high": ("mạch nhanh > 120 lần/phút", "pulse above 120/min"),
    "pulse_low": ("mạch chậm < 50 lần/phút", "pulse below 50/min"),
    "blood_pressure_low": ("huyết áp thấp", "low blood pressure"),
    "chest_pain": ("đau tức ngực kéo dài", "persistent chest pain"),
    "confusion": ("thay đổi ý thức", "altered consciousness"),
    "cyanosis": ("tím tái", "cyanosis"),
    "cannot_drink": ("không uống được, bú kém", "cannot drink or poor feeding"),
    "vomiting": ("nôn", "vomiting"),
    "diarrhoea": ("tiêu chảy", "diarrhoea"),
    "fatigue": ("mệt mỏi", "fatigue"),
}

UNMET: dict[str, tuple[str, str]] = {
    "severity": ("không phải không triệu chứng hoặc nhẹ", "not asymptomatic or mild"),
    "respiratory_rate": ("nhịp thở vượt ngưỡng", "respiratory rate above the limit"),
    "respiratory_rate_unknown": (
        "chưa đo nhịp thở hoặc chưa xác định được ngưỡng theo tuổi",
        "respiratory rate not measured, or no cut-point known for the age",
    ),
    "spo2": ("SpO₂ dưới ngưỡng", "SpO₂ below the limit"),
    "spo2_unknown": ("chưa đo SpO₂", "SpO₂ not measured"),
    "abnormal_breathing": ("thở bất thường", "abnormal breathing"),
    "vaccination_or_low_risk": (
        "chưa tiêm đủ vắc xin và thuộc nhóm nguy cơ (tuổi, bệnh nền, mang thai)",
        "not vaccinated enough and at risk (age, comorbidity, pregnancy)",
    ),
    "vaccination_or_low_risk_unknown": (
        "chưa đủ thông tin về tiêm chủng, tuổi, bệnh nền hoặc mang thai",
        "vaccination, age, comorbidity or pregnancy not known",
    ),
    "comorbidity_not_stable": ("bệnh nền chưa ổn định", "comorbidity not stably treated"),
    "comorbidity_stability_unknown": (
        "chưa biết bệnh nền đã ổn định chưa",
        "whether the comorbidity is stable is not known",
    ),
    "self_care": (
        "không tự chăm sóc được và không có người chăm sóc",
        "cannot self-care and has no caregiver",
    ),
    "self_care_unknown": ("chưa biết khả năng tự chăm sóc", "self-care not known"),
    "phone": ("không có điện thoại hoặc máy tính", "no phone or computer"),
    "phone_unknown": ("chưa biết có điện thoại không", "phone not known"),
}

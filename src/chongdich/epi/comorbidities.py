"""The 20 comorbidities (bệnh nền) of QĐ 4038/QĐ-BYT Appendix 01 and QĐ 4156/QĐ-BYT [C]
(DOMAIN.md §5.3), and reading them from the free text of line lists and forms."""

from __future__ import annotations

import re
import unicodedata

# code, Vietnamese, English, phrases that name it in free text (matched as whole words)
COMORBIDITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("diabetes", "Đái tháo đường", "Diabetes", ("đái tháo đường", "tiểu đường", "đường huyết")),
    (
        "lung",
        "COPD và bệnh phổi khác",
        "COPD and other lung disease",
        ("copd", "phổi tắc nghẽn", "bệnh phổi", "xơ phổi", "giãn phế quản", "lao phổi"),
    ),
    ("cancer", "Ung thư", "Cancer", ("ung thư", "ung bướu", "bạch cầu cấp", "u ác")),
    (
        "kidney",
        "Bệnh thận mạn",
        "Chronic kidney disease",
        ("thận", "suy thận", "chạy thận", "lọc máu"),
    ),
    (
        "transplant",
        "Ghép tạng, ghép tế bào gốc",
        "Organ or stem-cell transplant",
        ("ghép tạng", "ghép thận", "ghép gan", "ghép tủy", "ghép tế bào gốc"),
    ),
    ("obesity", "Béo phì, thừa cân", "Obesity or overweight", ("béo phì", "thừa cân")),
    (
        "heart",
        "Bệnh tim mạch",
        "Heart disease",
        ("bệnh tim", "suy tim", "mạch vành", "tim mạch", "bệnh cơ tim"),
    ),
    (
        "cerebrovascular",
        "Bệnh lý mạch máu não",
        "Cerebrovascular disease",
        ("tai biến", "đột quỵ", "mạch máu não", "nhồi máu não"),
    ),
    ("down", "Hội chứng Down", "Down syndrome", ("down",)),
    ("hiv", "HIV/AIDS", "HIV/AIDS", ("hiv", "aids")),
    (
        "neurological",
        "Bệnh lý thần kinh, sa sút trí tuệ",
        "Neurological disease, dementia",
        ("thần kinh", "sa sút trí tuệ", "parkinson", "alzheimer", "động kinh"),
    ),
    (
        "blood",
        "Hồng cầu hình liềm, thalassemia, bệnh máu mạn",
        "Sickle-cell disease, thalassaemia, chronic blood disease",
        ("thalassemia", "tan máu", "hồng cầu hình liềm", "bệnh máu"),
    ),
    ("asthma", "Hen phế quản", "Asthma", ("hen", "hen suyễn", "suyễn")),
    (
        "hypertension",
        "Tăng huyết áp",
        "Hypertension",
        ("tăng huyết áp", "cao huyết áp", "huyết áp cao"),
    ),
    ("immunodeficiency", "Suy giảm miễn dịch", "Immunodeficiency", ("suy giảm miễn dịch",)),
    ("liver", "Bệnh gan", "Liver disease", ("bệnh gan", "xơ gan", "viêm gan", "suy gan")),
    (
        "substance_use",
        "Rối loạn sử dụng chất",
        "Substance-use disorder",
        ("nghiện", "ma túy", "rối loạn sử dụng chất"),
    ),
    (
        "immunosuppressant",
        "Dùng corticoid, thuốc ức chế miễn dịch",
        "Corticosteroid or immunosuppressant therapy",
        ("corticoid", "corticosteroid", "ức chế miễn dịch"),
    ),
    ("systemic", "Bệnh hệ thống", "Systemic disease", ("lupus", "bệnh hệ thống", "xơ cứng bì")),
    (
        "paediatric",
        "Bệnh đặc thù ở trẻ em",
        "Paediatric-specific conditions",
        ("tăng áp phổi", "tăng huyết áp phổi", "tim bẩm sinh", "rối loạn chuyển hóa", "nội tiết"),
    ),
)
CODES = tuple(code for code, *_ in COMORBIDITIES)
NONE_WORDS = {"khong", "khong co", "none", "-"}


def fold_words(text: str) -> str:
    """Lower case, no diacritics, words separated by one space: 'Tiểu  đường' -> 'tieu duong'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


_PATTERNS = [
    (code, re.compile(rf"\b{re.escape(fold_words(phrase))}\b"), len(phrase))
    for code, _vi, _en, phrases in COMORBIDITIES
    for phrase in phrases
]


def read_comorbidities(text: str) -> tuple[list[str], list[str]]:
    """Codes named in free text ("Tiểu đường; cao huyết áp"), and the parts not recognised.

    Parts are split on ; , + / and "và". The longest phrase found in a part decides its code
    ("tăng huyết áp phổi" is a paediatric condition, not hypertension). A part that is
    exactly a code (``diabetes``) is taken as that code; "không" (none) gives nothing.
    """
    found: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"[;,+/\n]| và ", text):
        words = fold_words(part)
        if not words or words in NONE_WORDS:
            continue
        matches = [(length, code) for code, pattern, length in _PATTERNS if pattern.search(words)]
        code = max(matches)[1] if matches else (words if words in CODES else None)
        if code is None:
            unknown.append(part.strip())
        elif code not in found:
            found.append(code)
    return found, unknown

"""Reading a whole line list at once, column by column (polars): issue 3's ``import_1m``.

Every rule of a row lives in ``linelist.check_row``, which also words the Vietnamese
report. Checking a million rows one by one in Python is what made the import slow, so the
columns are checked here in bulk, and a row is taken straight from the columns only when
each of its values has the plain form that cannot fail (dd/mm/yyyy or ISO dates in range
and in order, digits, a known word, a resolved commune). Any other row — wrong, or merely
unusual — is handed to ``check_row``, which takes it or explains, by line and column, why
not. So the bulk pass decides nothing the row check would decide differently; it only
spares the row check the rows that are plainly fine. See docs/adr/0061-bulk-line-list-import.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.epi.comorbidities import read_comorbidities
from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.geo.models import AdminUnit

from .linelist import (
    HEADER_SYNONYMS,
    KEY_HEX_LENGTH,
    OUTCOME_VALUES,
    SETTING_VALUES,
    SEX_VALUES,
    TEST_VALUES,
    YES_NO,
    CaseRow,
    CommuneResolver,
    _read_xlsx,
    check_row,
    fold,
    map_columns,
)

# The checked columns of a line list, in the order the importer stores them.
SCHEMA: dict[str, Any] = {
    "line": pl.Int64,
    "full_name": pl.String,
    "id_number": pl.String,
    "phone": pl.String,
    "address": pl.String,
    "birth_year": pl.Int64,
    "sex": pl.String,
    "commune_id": pl.Int64,
    "reported_on": pl.Date,
    "sampled_on": pl.Date,
    "test_type": pl.String,
    "detection_setting": pl.String,
    "outcome": pl.String,
    "comorbidities": pl.String,  # JSON list of codes, as stored
    "comorbidity_notes": pl.String,
    "is_pregnant": pl.Boolean,
    "doses": pl.String,  # JSON list of {"dose": n, "on": "yyyy-mm-dd"}, as stored
    "outcome_on": pl.Date,
    "place_of_care": pl.String,
    "dedupe_key": pl.String,
}
DATE_FIELDS = ("reported_on", "sampled_on", "dose_1", "dose_2", "dose_3", "outcome_on")


@dataclass
class LineList:
    """The checked rows of a file, one per person, as columns (see ``SCHEMA``)."""

    frame: pl.DataFrame
    communes: dict[int, AdminUnit] = field(default_factory=dict)  # the communes it names
    columns: dict[str, str] = field(default_factory=dict)  # our field -> the file's header
    row_count: int = 0


def read_frame(content: bytes, file_name: str) -> pl.DataFrame:
    """The file's cells as text (empty when blank), one column per header."""
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        rows = _read_xlsx(content)
        headers = list(dict.fromkeys(h for row in rows for h in row))
        return pl.DataFrame(
            {h: [_cell_text(row.get(h)) for row in rows] for h in headers},
            schema=dict.fromkeys(headers, pl.String),
        )
    # Decoding the whole file in Python costs a second per 150 MB; polars checks the cells'
    # UTF-8 itself, so only the header line (which it would read lossily) is decoded here,
    # and NUL bytes tell UTF-16 (as some office software saves) from UTF-8.
    header_end = content.find(b"\n")
    try:
        header = content[: header_end if header_end >= 0 else len(content)].decode("utf-8-sig")
        if b"\x00" in content:
            raise UnicodeDecodeError("utf-8", content, 0, 1, "NUL byte")
    except UnicodeDecodeError:
        raise _not_utf8() from None
    if not content.strip():
        return pl.DataFrame()
    delimiter = ";" if header.count(";") > header.count(",") else ","
    try:
        frame = pl.read_csv(
            content, separator=delimiter, infer_schema=False, truncate_ragged_lines=True
        )
    except pl.exceptions.ComputeError as exc:
        if "utf-8" in str(exc).lower():
            raise _not_utf8() from None
        raise ServiceError(
            ErrorCode.INVALID_FILE, _("The file is not a readable CSV table.")
        ) from None
    except (pl.exceptions.PolarsError, ValueError):
        raise ServiceError(
            ErrorCode.INVALID_FILE, _("The file is not a readable CSV table.")
        ) from None
    # Blank lines come back as rows of nulls; the csv module skipped them, so do we.
    return frame.filter(pl.any_horizontal(pl.all().is_not_null())).fill_null("")


def _not_utf8() -> ServiceError:
    return ServiceError(
        ErrorCode.INVALID_FILE,
        _("The file is not UTF-8 text. Save it as “CSV UTF-8” or as XLSX and try again."),
    )


def _cell_text(value: Any) -> str:
    """An XLSX cell as the text a CSV would hold: dates as ISO, 41.0 as 41."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_line_list(
    content: bytes, file_name: str, *, province: AdminUnit | None = None
) -> LineList:
    """The checked rows of a CSV or XLSX line list, or every reason, by line and column, why
    the file cannot be taken (nothing is written here)."""
    table, columns = read_table_frame(content, file_name)
    resolver = CommuneResolver(province)
    rows, errors = check_slice(table, columns, resolver)
    repeated = rows.select("line", first=pl.col("line").min().over("dedupe_key")).filter(
        pl.col("line") != pl.col("first")
    )
    for line, first in repeated.iter_rows():
        errors.append(
            RowError(
                line, columns["full_name"], _("Same person as line %(line)d.") % {"line": first}
            )
        )
    if errors:
        errors.sort(key=lambda e: e.line)  # stable: a line's reasons keep their order
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.")
            % {"count": len({e.line for e in errors})},
            details=[e.as_dict() for e in errors[:1000]],
        )
    commune_ids = set(rows["commune_id"].unique().to_list())
    return LineList(
        frame=rows,
        communes={pk: unit for pk, unit in resolver.by_id.items() if pk in commune_ids},
        columns=columns,
        row_count=table.height,
    )


def read_table_frame(content: bytes, file_name: str) -> tuple[pl.DataFrame, dict[str, str]]:
    """The file's cells (``read_frame``) and our field -> its header, refusing a file
    without the columns a case needs or without rows."""
    table = read_frame(content, file_name)
    columns = map_columns(table.columns)
    _require_columns(columns, table.columns)
    if table.height == 0:
        raise ServiceError(ErrorCode.INVALID_FILE, _("The file has no data rows."))
    return table, columns


def check_slice(
    table: pl.DataFrame, columns: dict[str, str], resolver: CommuneResolver, *, first_row: int = 0
) -> tuple[pl.DataFrame, list[RowError]]:
    """The checked rows (``SCHEMA``, with their duplicate keys, in line order) of a table
    or a slice of one starting at data row ``first_row``, and the reasons of the rows
    refused. Duplicates are not looked for here."""
    first_line = first_row + 2  # line 1 is the header
    text = table.select(
        pl.int_range(first_line, first_line + table.height, dtype=pl.Int64).alias("line"),
        *(
            (pl.col(columns[name]).str.strip_chars() if name in columns else pl.lit(""))
            .cast(pl.String)
            .alias(name)
            for name in HEADER_SYNONYMS
        ),
    )
    checked = _checked_columns(text, resolver)
    plain = checked.filter(pl.col("plain")).select(list(SCHEMA)[:-1])
    errors: list[RowError] = []
    taken: list[CaseRow] = []
    unusual = checked.filter(~pl.col("plain"))["line"].to_list()
    if unusual:
        raw = table.with_row_index("_line", offset=first_line).filter(
            pl.col("_line").is_in(unusual)
        )
        for record in raw.iter_rows(named=True):
            line = record.pop("_line")
            row, row_errors = check_row(line, record, columns, resolver)
            errors += row_errors
            if row is not None:
                taken.append(row)
    rows = pl.concat([plain, _rows_frame(taken)]).sort("line") if taken else plain
    return rows.with_columns(dedupe_key=_dedupe_keys(rows)), errors


def _require_columns(columns: dict[str, str], headers: list[str]) -> None:
    has_place = "commune_code" in columns or "address" in columns or "commune_name" in columns
    missing = [
        label
        for label, ok in (
            (_("full name"), "full_name" in columns),
            (_("address or commune"), has_place),
            (_("report date"), "reported_on" in columns),
        )
        if not ok
    ]
    if missing:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Headers found: %(headers)s.")
            % {"columns": ", ".join(missing), "headers": ", ".join(headers) or "—"},
        )


def _checked_columns(text: pl.DataFrame, resolver: CommuneResolver) -> pl.DataFrame:
    """Every field parsed in bulk, and ``plain``: the row needs no closer look."""
    today = timezone.localdate()
    frame = text.with_columns(
        *(_plain_date(pl.col(name)).alias(f"{name}_date") for name in DATE_FIELDS),
        commune_id=_per_value(_place_key(text), lambda key: _commune_id(key, resolver), pl.Int64),
        sex_value=_vocabulary(text["sex"], SEX_VALUES),
        test_value=_vocabulary(text["test_type"], TEST_VALUES),
        setting_value=_vocabulary(text["detection_setting"], SETTING_VALUES),
        outcome_value=_vocabulary(text["outcome"], OUTCOME_VALUES),
        pregnant_value=_vocabulary(
            text["pregnant"], {k: "" if v is None else str(v) for k, v in YES_NO.items()}
        ),
        comorbidity_codes=_per_value(text["comorbidities"], _comorbidity_codes, pl.String),
        comorbidity_notes=_per_value(text["comorbidities"], _comorbidity_notes, pl.String),
    )
    reported, sampled = pl.col("reported_on_date"), pl.col("sampled_on_date")
    doses = [pl.col(f"dose_{n}_date") for n in (1, 2, 3)]
    outcome_on = pl.col("outcome_on_date")
    year_text, age_text = pl.col("birth_year"), pl.col("age")
    birth_year = (
        pl.when(year_text != "")
        .then(year_text.cast(pl.Int64, strict=False))
        .when(age_text != "")
        .then(reported.dt.year().cast(pl.Int64) - age_text.cast(pl.Int64, strict=False))
    )
    digits = r"^[0-9]{1,4}$"
    conditions = [
        pl.col("full_name") != "",
        pl.col("commune_id").is_not_null(),
        reported.is_not_null() & (reported <= today),
        sampled.is_null() | ((sampled <= today) & (sampled <= reported)),
        pl.when(year_text != "")
        .then(
            year_text.str.contains(digits)
            & year_text.cast(pl.Int64, strict=False).is_between(1900, today.year)
        )
        .otherwise(
            (age_text == "")
            | (age_text.str.contains(digits) & (age_text.cast(pl.Int64, strict=False) <= 120))
        ),
        *(
            pl.col(f"{v}_value").is_not_null()
            for v in ("sex", "test", "setting", "outcome", "pregnant")
        ),
        *(d.is_null() | (d <= today) for d in doses),
        doses[1].is_null() | doses[0].is_null() | (doses[1] > doses[0]),
        doses[2].is_null()
        | pl.coalesce(doses[1], doses[0]).is_null()
        | (doses[2] > pl.coalesce(doses[1], doses[0])),
        outcome_on.is_null() | (outcome_on >= reported),
        *((pl.col(name) == "") | pl.col(f"{name}_date").is_not_null() for name in DATE_FIELDS),
    ]
    return frame.select(
        "line",
        "full_name",
        "id_number",
        "phone",
        "address",
        birth_year.alias("birth_year"),
        pl.col("sex_value").alias("sex"),
        "commune_id",
        reported.alias("reported_on"),
        sampled.alias("sampled_on"),
        pl.col("test_value").alias("test_type"),
        pl.col("setting_value").alias("detection_setting"),
        pl.col("outcome_value").alias("outcome"),
        pl.col("comorbidity_codes").alias("comorbidities"),
        pl.col("comorbidity_notes").str.slice(0, 300),
        pl.col("pregnant_value")
        .replace_strict(
            {"": None, "True": True, "False": False}, default=None, return_dtype=pl.Boolean
        )
        .alias("is_pregnant"),
        _doses_json(doses).alias("doses"),
        outcome_on.alias("outcome_on"),
        pl.col("place_of_care").str.slice(0, 200),
        pl.all_horizontal(conditions).fill_null(False).alias("plain"),
    )


def _plain_date(value: pl.Expr) -> pl.Expr:
    """dd/mm/yyyy (or d.m.yyyy, d-m-yyyy) and yyyy-mm-dd; null for anything else."""
    dmy = r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$"
    iso = pl.concat_str(
        value.str.extract(dmy, 3),
        value.str.extract(dmy, 2).str.zfill(2),
        value.str.extract(dmy, 1).str.zfill(2),
        separator="-",
    )
    iso = pl.when(value.str.contains(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")).then(value).otherwise(iso)
    return iso.str.to_date("%Y-%m-%d", strict=False)


def _doses_json(doses: list[pl.Expr]) -> pl.Expr:
    """The stored form of the doses: json.dumps([{"dose": n, "on": "yyyy-mm-dd"}, ...])."""
    parts = [
        pl.when(given.is_not_null()).then(
            pl.concat_str(
                pl.lit(f'{{"dose": {number}, "on": "'),
                given.dt.strftime("%Y-%m-%d"),
                pl.lit('"}'),
            )
        )
        for number, given in enumerate(doses, start=1)
    ]
    return pl.concat_str(
        pl.lit("["), pl.concat_str(parts, separator=", ", ignore_nulls=True), pl.lit("]")
    )


def _per_value(values: pl.Series, function: Callable[[str], Any], dtype: Any) -> pl.Series:
    """function applied once per distinct value (addresses, vocabularies repeat a lot)."""
    distinct = values.unique().to_list()
    return values.replace_strict(
        distinct, [function(v) for v in distinct], default=None, return_dtype=dtype
    )


def _vocabulary(values: pl.Series, words: dict[str, Any]) -> pl.Series:
    """The stored value of each known word (folded, as the row check reads it); null when
    the word is not known."""

    def stored(value: str) -> str | None:
        word = words.get(fold(value))
        return None if word is None else str(word)

    return _per_value(values, stored, pl.String)


def _place_key(text: pl.DataFrame) -> pl.Series:
    """What names the row's commune: its code when given, else its address parts."""
    parts = [
        pl.when(pl.col(k) != "").then(pl.col(k))
        for k in ("address", "commune_name", "district_name", "province_name")
    ]
    return text.select(
        pl.when(pl.col("commune_code") != "")
        .then(pl.concat_str(pl.lit("code:"), pl.col("commune_code")))
        .otherwise(
            pl.concat_str(pl.lit("text:"), pl.concat_str(parts, separator=", ", ignore_nulls=True))
        )
    ).to_series()


def _commune_id(key: str, resolver: CommuneResolver) -> int | None:
    """The commune of a place key when it is plainly right (known, in the province)."""
    kind, _, value = key.partition(":")
    if kind == "code":
        commune = resolver.by_code.get(value.zfill(5))
    else:
        commune = resolver.by_text(value) if value else None
    if commune is None:
        return None
    if resolver.province is not None and commune.province_id != resolver.province.pk:
        return None
    return commune.pk


def _comorbidity_codes(text: str) -> str:
    return json.dumps(read_comorbidities(text)[0])


def _comorbidity_notes(text: str) -> str:
    return "; ".join(read_comorbidities(text)[1])


def _rows_frame(rows: Iterable[CaseRow]) -> pl.DataFrame:
    """Rows taken by the row check, in the bulk pass's columns."""
    return pl.DataFrame(
        [
            {
                "line": r.line,
                "full_name": r.full_name,
                "id_number": r.id_number,
                "phone": r.phone,
                "address": r.address,
                "birth_year": r.birth_year,
                "sex": r.sex,
                "commune_id": r.commune.pk,
                "reported_on": r.reported_on,
                "sampled_on": r.sampled_on,
                "test_type": r.test_type,
                "detection_setting": r.detection_setting,
                "outcome": r.outcome,
                "comorbidities": json.dumps(r.comorbidities),
                "comorbidity_notes": r.comorbidity_notes,
                "is_pregnant": r.is_pregnant,
                "doses": json.dumps(r.doses),
                "outcome_on": r.outcome_on,
                "place_of_care": r.place_of_care,
            }
            for r in rows
        ],
        schema={k: v for k, v in SCHEMA.items() if k != "dedupe_key"},
    )


# Latin text (ASCII, Latin-1, Latin Extended-A/B and Additional: all Vietnamese) is folded
# in bulk, one character at a time through a table made with ``fold`` itself — folding is
# per character, so the result is exactly ``fold``'s; other text goes through ``fold``.
LATIN = r"^[\x00-\x{24F}\x{1E00}-\x{1EFF}]*$"
_LATIN_LETTERS = [chr(c) for c in (*range(0x80, 0x250), *range(0x1E00, 0x1F00))]
_FOLDED_LETTERS = [fold(c) for c in _LATIN_LETTERS]


def fold_column(values: pl.Series) -> pl.Series:
    """``linelist.fold`` of every value, in bulk."""
    plain = values.str.contains(r"^[0-9A-Za-z]*$")  # ID numbers: nothing to fold but case
    latin = ~plain & values.str.contains(LATIN)
    folded = (
        pl.when(plain)
        .then(pl.col("v").str.to_lowercase())
        .when(latin)
        .then(
            pl.col("v")
            .str.replace_many(_LATIN_LETTERS, _FOLDED_LETTERS)
            .str.to_lowercase()
            .str.replace_all("[^a-z0-9]", "")
        )
    )
    result = pl.DataFrame({"v": values}).select(folded).to_series()
    others = ~(plain | latin)
    if not others.any():
        return result
    return result.scatter(others.arg_true(), [fold(v) for v in values.filter(others).to_list()])


def _dedupe_keys(rows: pl.DataFrame) -> pl.Series:
    """``linelist.dedupe_key`` of every row: ID number when there is one, else name + birth
    year + commune + date, SHA-256-hashed and cut to 128 bits."""
    has_id = rows["id_number"] != ""
    # Each fold only where the key uses it: the ID number when there is one, else the name.
    id_folded = pl.Series([""] * rows.height, dtype=pl.String).scatter(
        has_id.arg_true(), fold_column(rows["id_number"].filter(has_id))
    )
    name_folded = pl.Series([""] * rows.height, dtype=pl.String).scatter(
        (~has_id).arg_true(), fold_column(rows["full_name"].filter(~has_id))
    )
    frame = rows.select(
        "id_number",
        "birth_year",
        "commune_id",
        "reported_on",
        id_folded=id_folded,
        name_folded=name_folded,
    )
    keys = frame.select(
        pl.when(pl.col("id_number") != "")
        .then(pl.concat_str(pl.lit("id:"), pl.col("id_folded")))
        .otherwise(
            pl.concat_str(
                pl.lit("p:"),
                pl.col("name_folded"),
                pl.lit("|"),
                pl.col("birth_year").cast(pl.String).fill_null(""),
                pl.lit("|"),
                pl.col("commune_id").cast(pl.String),
                pl.lit("|"),
                pl.col("reported_on").dt.strftime("%Y-%m-%d"),
            )
        )
    ).to_series()
    sha256 = hashlib.sha256
    return pl.Series(
        "dedupe_key",
        [sha256(k.encode()).hexdigest()[:KEY_HEX_LENGTH] for k in keys.to_list()],
        dtype=pl.String,
    )

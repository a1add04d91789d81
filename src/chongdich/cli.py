"""The ``chongdich`` console command: our commands first, then all of Django's."""

from __future__ import annotations

import os
import sys

# (command, Vietnamese help, English help): what ``chongdich --help`` lists.
COMMANDS: list[tuple[str, str, str]] = [
    ("serve", "Chạy ứng dụng web", "Run the web application"),
    (
        "demo",
        "Nạp dữ liệu minh hoạ Bạc Liêu (chạy lại không nhân đôi)",
        "Load the Bạc Liêu demo data (idempotent)",
    ),
    (
        "geo",
        "Địa giới hành chính: nạp, tóm tắt, nhập dân số xã",
        "Administrative units: load, summary, import commune populations",
    ),
    (
        "forecast",
        "Dự báo: Rt, CHIME, tính lại toàn bộ (rt | chime | run)",
        "Forecasting: Rt, CHIME, recompute everything (rt | chime | run)",
    ),
    (
        "levels",
        "Cấp độ dịch: đánh giá từ JSON (assess), đánh giá hằng tuần và lưu (run)",
        "Epidemic levels: assess from JSON, weekly assessment stored (run)",
    ),
    (
        "sitrep",
        "Báo cáo tình hình dịch của một địa bàn (json, md, xlsx)",
        "Situation report of an area on a date (json, md, xlsx)",
    ),
    (
        "counts",
        "Số ca theo ngày: nhập số liệu tổng hợp, tính lại, kiểm tra chất lượng",
        "Daily counts: import totals, rebuild, data-quality check",
    ),
    (
        "cases",
        "Nhập danh sách ca bệnh (CSV, XLSX)",
        "Import case line lists (CSV, XLSX)",
    ),
    ("audit", "Xem nhật ký thay đổi", "Show the audit log"),
    (
        "support",
        "Chi viện: phân bổ hàng hỗ trợ cho nhu cầu (HiGHS)",
        "Support between provinces: allocate offers to needs (HiGHS)",
    ),
    (
        "intake",
        "Trích dữ kiện từ bài báo, báo cáo; đánh giá độ chính xác",
        "Extract facts from articles and reports; evaluate against annotations",
    ),
    (
        "vaccination",
        "Tiêm chủng: nhập số liều, chuỗi toàn quốc, độ bao phủ",
        "Vaccination: import doses, national series, coverage",
    ),
    ("migrate", "Tạo/cập nhật cơ sở dữ liệu", "Create or update the database schema"),
    ("createsuperuser", "Tạo tài khoản quản trị", "Create an administrator account"),
    ("compile_catalogue", "Biên dịch bản dịch giao diện", "Compile the interface translations"),
    (
        "care",
        "Chăm sóc F0: phân loại mức độ, tầng điều trị, điều trị tại nhà (triage)",
        "Care of F0: severity, treatment tier, home-care eligibility (triage)",
    ),
]


def print_help() -> None:
    print("chongdich: hệ thống điều hành chống dịch / epidemic-response operations\n")
    print("Cách dùng / usage: chongdich COMMAND [options]   (chongdich COMMAND --help)\n")
    width = max(len(c) for c, _, _ in COMMANDS)
    for command, vi, en in COMMANDS:
        print(f"  {command:<{width}}  {vi} / {en}")
    print(
        "\nMọi lệnh quản trị của Django cũng dùng được / every Django management command"
        " also works (chongdich help --commands)."
    )


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chongdich.settings")
    if not argv or argv[0] in {"-h", "--help"}:
        print_help()
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(["chongdich", *argv])


if __name__ == "__main__":
    main()

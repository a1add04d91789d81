#!/usr/bin/env bash
# Refresh the translation catalogues from the code and templates (needs gettext).
#
#   bash scripts/messages.sh           # every catalogue
#   bash scripts/messages.sh geo core  # just these (core = project templates and modules)
#
# Each app owns src/chongdich/<app>/locale/vi/LC_MESSAGES/django.po; "core" is
# src/chongdich/locale, made from everything outside the apps that own a catalogue.
# Then translate the new entries, remove "fuzzy" flags, and run `chongdich compile_catalogue --check`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
MAKEMESSAGES=("$ROOT/.venv/bin/django-admin" makemessages -l vi --no-location --no-obsolete)
cd src/chongdich

apps=()
for dir in */locale; do apps+=("${dir%/locale}"); done
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(core "${apps[@]}")

for target in "${targets[@]}"; do
    if [[ $target == core ]]; then
        ignores=()
        for app in "${apps[@]}"; do ignores+=(--ignore "$app/*"); done
        # No DJANGO_SETTINGS_MODULE: makemessages then writes to ./locale of where it runs.
        env -u DJANGO_SETTINGS_MODULE "${MAKEMESSAGES[@]}" "${ignores[@]}" --ignore "data/*"
    else
        mkdir -p "$target/locale"
        (cd "$target" && env -u DJANGO_SETTINGS_MODULE "${MAKEMESSAGES[@]}")
    fi
    echo "messages: $target"
done

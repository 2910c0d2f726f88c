#!/usr/bin/env bash
# Writers take a table cell's place, spans and headers from kansli::TableGrid, which computes
# them once for every format; none reads a cell's colspan or rowspan to place cells itself.
# Usage: writers_read_the_grid.sh PLUGINS_DIR
set -euo pipefail
found=$(grep -rnE '\.(rowspan|colspan)\b' "$1" --include='*.cpp' --include='*.hpp' || true)
if [ -n "$found" ]; then
    echo "writers reading a cell's spans instead of the grid (kansli/table_grid.hpp):"
    echo "$found"
    exit 1
fi
echo "no writer places table cells itself"

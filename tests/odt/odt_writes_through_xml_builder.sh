#!/usr/bin/env bash
# The ODT writer writes its XML through plugin::XmlBuilder (plugins/support/xml_builder.hpp),
# which escapes and closes what it opens; no markup is written by hand as a string, in any
# file of the plugin (the style tables of styles.xml and the automatic styles included).
# Usage: odt_writes_through_xml_builder.sh PLUGIN_DIR
set -euo pipefail
dir=$1
# A string literal that holds a tag ("<text:p", "</", "<?xml"), comments left aside.
found=$(grep -nE '"([^"\\]|\\.)*<[/?a-zA-Z]' "$dir"/*.cpp "$dir"/*.hpp | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
# Markup raw() would take as it is, and tags put together a character at a time.
raw=$(grep -nE "raw\(\"<|'<'|'>'" "$dir"/*.cpp "$dir"/*.hpp || true)
if [ -n "$found$raw" ]; then
    echo "markup written as strings instead of through XmlBuilder:"
    printf '%s\n' "$found" "$raw" | sed '/^$/d'
    exit 1
fi
echo "the ODT writer writes its XML through XmlBuilder"

// The checks behind kansli::lint, one file each. Each appends its warnings in document order.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/lint.hpp"

namespace kansli::lint_checks {

// lint_agenda.cpp: an agenda item's title and dnr against the section its ref points to.
void agenda_against_documents(const Document& document, std::vector<LintWarning>& out);
// lint_sums.cpp: sum and subtotal rows against their columns.
void sums(const Document& document, std::vector<LintWarning>& out);
// lint_dates.cpp: date fields (format "date" in the input description) and the document's
// dates against the year of rules.meeting_date.
void dates(const Document& document, const nlohmann::json& data, const nlohmann::json& input_schema,
           const LintRules& rules, std::vector<LintWarning>& out);
// lint_sections.cpp: headings with nothing under them, sections with no content.
void empty_sections(const Document& document, std::vector<LintWarning>& out);
// lint_headings.cpp: paragraphs of bold text only, posing as headings.
void bold_headings(const Document& document, std::vector<LintWarning>& out);

}  // namespace kansli::lint_checks

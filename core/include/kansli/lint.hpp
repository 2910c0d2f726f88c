/// \file
/// kansli lint: places where a document's data contradicts itself. Warnings, never fixes: the
/// data stays as the nämnd decided it. See docs/cli.md (kansli lint) for the checks.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kansli/data.hpp"
#include "kansli/document.hpp"
#include "kansli/template_package.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// One contradiction lint() found.
struct LintWarning {
    std::string check;    ///< `agenda`, `sum`, `date`, `empty-section`, `bold-heading`, `accepted`
    std::string where;    ///< a JSON path (`/items/5/papers/memo_date`) or a place in the document
    std::string message;  ///< both figures: "stated -218690, computed -218691"
    /// `where: message`: one line of `kansli lint`'s output, and what an accept file quotes.
    std::string text() const { return where + ": " + message; }
};

/// Every contradiction in the document built from `data` with `package`: an agenda item whose
/// title or dnr differs from the document it refers to, a sum or subtotal row that is not the sum
/// of its column, a date field (format "date" in the input description) outside the meeting's
/// year (the manifest's lint.meeting_date), an empty section, a paragraph of bold text only
/// (a heading in disguise). In document order, each check's
/// warnings together.
std::vector<LintWarning> lint(const Document& document, const Data& data, const TemplatePackage& package);

/// A warning someone checked and accepted, with why: a sum the source prints that way.
struct AcceptedWarning {
    std::string warning;  ///< LintWarning::text(), to the letter
    std::string reason;   ///< why it stands: "Tryckt så i källan."
};

/// The accept file that goes with a data file: `data.json` → `data.lint-accepted.json`.
std::filesystem::path accept_file_for(const std::filesystem::path& data_file);
/// The warnings an accept file accepts. It holds
/// `{"accepted": [{"warning": "…", "reason": "…"}]}`. None when there is no such file; throws
/// Error (Error::Kind::Data) naming the file and JSON path when it is malformed.
std::vector<AcceptedWarning> load_accepted(const std::filesystem::path& accept_file);

/// Drops the accepted warnings; an accepted warning that no longer occurs becomes a warning of
/// its own (check "accepted", naming `accept_file`), so a stale acceptance is noticed.
std::vector<LintWarning> without_accepted(std::vector<LintWarning> warnings,
                                          const std::vector<AcceptedWarning>& accepted,
                                          const std::filesystem::path& accept_file);

}  // namespace kansli

#pragma GCC visibility pop

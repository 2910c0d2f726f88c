// The kansli command's subcommands. Each returns the process exit code.
#pragma once

#include <iosfwd>

#include "options.hpp"

namespace kansli::cli {

int run_render(const Options& options, std::ostream& out);
int run_check(const Options& options, std::ostream& out);
int run_xml(const Options& options, std::ostream& out);
// Exit code of `kansli lint` when it printed warnings (the data contradicts itself).
constexpr int kExitLintWarnings = 6;
int run_lint(const Options& options, std::ostream& out);
int run_templates(const Options& options, std::ostream& out);
int run_formats(const Options& options, std::ostream& out);

}  // namespace kansli::cli

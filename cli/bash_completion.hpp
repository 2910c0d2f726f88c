// The bash completion script for `kansli`, written from the option table (usage.hpp), so that
// completion offers exactly what `kansli CMD --help` lists.
#pragma once

#include <ostream>

namespace kansli::cli {

void write_bash_completion(std::ostream& out);

}  // namespace kansli::cli

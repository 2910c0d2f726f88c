#include "kansli/error.hpp"

namespace kansli {

std::string format_error(const SourceLocation& where, const std::string& message) {
    std::string out = where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    if (!where.json_path.empty()) out += std::string(out.empty() ? "" : ": ") + "at " + where.json_path;
    return out.empty() ? message : out + ": " + message;
}

Error::Error(Kind kind, SourceLocation where, std::string message)
    : std::runtime_error(format_error(where, message)),
      kind_(kind),
      where_(std::move(where)),
      message_(std::move(message)) {}

Error::~Error() = default;

}  // namespace kansli

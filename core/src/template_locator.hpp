// Maps an error in rendered document XML back to the template line that wrote it.
#pragma once

#include <string>

#include "kansli/error.hpp"
#include "kansli/template_package.hpp"

namespace kansli {

// Mustache keeps a template's literal text, so the rendered line is matched against the
// literal parts of each line of the template and its partials; the best match names the
// file and line. The message keeps the rendered line, which settles any doubt.
Error locate_template_error(const TemplatePackage& package, const std::string& rendered, const Error& error);

}  // namespace kansli

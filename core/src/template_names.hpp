// Strict names: every variable, section and helper a package's templates name must be a field
// of its input description (where the template reads it: inside {{#items}}, the fields of an
// item and then those around it, as Mustache looks them up) or a helper. Checked once, when
// the package opens, so that {{comitee}} is an error naming the file, line and column and the
// nearest known name, not a blank in every document. See docs/template-packages.md.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "mustache/render.hpp"
#include "mustache/template.hpp"

namespace kansli {

// A package's templates as it reads them: the main template and the partials by name (with the
// texts and files they come from, for messages).
struct PackageTemplates {
    const mustache::Template& main;
    const std::string& main_text;
    const std::filesystem::path& main_file;
    const std::map<std::string, mustache::Template, std::less<>>& partials;
    const std::map<std::string, std::string>& partial_texts;
    const std::map<std::string, std::filesystem::path>& partial_files;
};

// Walks the main template and every partial, parent and block it reaches in the context it
// reaches them. A name is accepted when it is a field at that place (or anywhere around it),
// a list item's _number/_first/_last, a helper, or lies under a part of the description that
// lists no fields (an object without "properties": anything may be there). Throws
// Error(Kind::Template) at the first unknown name, with file, line, column and the nearest name
// known there.
void check_template_names(const PackageTemplates& templates, const nlohmann::json& input_schema,
                          const std::map<std::string, mustache::Helper, std::less<>>& helpers);

}  // namespace kansli

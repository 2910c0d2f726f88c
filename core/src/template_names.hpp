// Strict names: every variable, section and helper a package's templates name must be a field
// of its input description (where the template reads it: inside {{#items}}, the fields of an
// item and then those around it, as Mustache looks them up) or a helper. Checked once, when
// the package opens, so that {{comitee}} is an error naming the file, line and column and the
// nearest known name, not a blank in every document. See docs/template-packages.md.
#pragma once

#include <nlohmann/json.hpp>

#include "compiled_package.hpp"

namespace kansli {

// Walks the package's main template and every partial, parent and block it reaches, in the
// context it reaches them. A name is accepted when it is a field of `input_schema` at that
// place (or anywhere around it), a list item's _number/_first/_last, one of the package's
// helpers, or lies under a part of the description that lists no fields (an object without
// "properties": anything may be there). Throws Error(Kind::Template) at the first unknown name,
// with file, line, column and the nearest name known there.
void check_template_names(const CompiledPackage& package, const nlohmann::json& input_schema);

}  // namespace kansli

// Partials written into the templates that include them, before rendering. kainjow parses a
// partial's text again at every inclusion: a table-cell partial of an årsredovisning was parsed
// some thousand times per document, two thirds of the time of rendering it. Written in place,
// the whole template is parsed once.
#pragma once

#include <map>
#include <string>

namespace kansli {

struct InlinedTemplates {
    std::string main;                             // the main template, partials written in
    std::map<std::string, std::string> partials;  // the partials that must stay partials
};

// Every partial that does not include itself (directly or through others) is written in place
// of its {{> name}} tags, in the main template and in the partials that stay: those that do
// include themselves, which only the data can end. With a delimiter change ({{=…=}}) anywhere,
// nothing is written in: the change would reach into the text around it.
InlinedTemplates inline_partials(const std::string& main, const std::map<std::string, std::string>& partials);

}  // namespace kansli

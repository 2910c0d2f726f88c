// Whether text is a language tag a format can carry: what HTML's lang, DOCX's w:lang, ODF's
// fo:language/fo:country and PDF's /Lang all take.
#pragma once

#include <string_view>

namespace kansli {

// A BCP 47 tag in its common form: a primary language of 2 or 3 letters ("en", "sv", "sma"),
// then subtags of 1 to 8 letters or digits after hyphens ("en-GB", "zh-Hant-TW"). "en_GB",
// "english" and "" are not.
bool is_language_tag(std::string_view tag);

// xsd:language, what the schema lets Metadata::language be: 1–8 letters, then subtags of 1–8
// letters or digits after hyphens ("i-klingon" and "english" too).
bool is_xsd_language(std::string_view tag);

}  // namespace kansli

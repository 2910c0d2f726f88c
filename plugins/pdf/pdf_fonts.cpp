#include "pdf_fonts.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "kansli/error.hpp"
#include "pdf_handles.hpp"

namespace kansli::pdf {
namespace {

// fontconfig's own metric aliases (30-metric-aliases.conf) and the fonts
// scripts/install-deps.sh installs: fonts-liberation2, fonts-crosextra-carlito, -caladea.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kSubstitutes{{
    {"Arial", "Liberation Sans"},
    {"Helvetica", "Liberation Sans"},
    {"Times New Roman", "Liberation Serif"},
    {"Times", "Liberation Serif"},
    {"Courier New", "Liberation Mono"},
    {"Courier", "Liberation Mono"},
    {"Calibri", "Carlito"},
    {"Cambria", "Caladea"},
    {"Arial Narrow", "Liberation Sans Narrow"},
}};

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// The family fontconfig would really use for `family`, or "" when it is not installed (then
// fontconfig answers with some other family, which is not the one asked for).
std::string installed_family(const std::string& family) {
    FcPatternHandle pattern(FcPatternCreate());
    if (!pattern) return {};
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    FcPatternHandle match(FcFontMatch(nullptr, pattern.get(), &result));
    if (!match) return {};
    FcChar8* found = nullptr;
    // A font has its family under several names (languages); any of them may be the one asked.
    for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &found) == FcResultMatch; ++i)
        if (same_name(reinterpret_cast<const char*>(found), family)) return reinterpret_cast<const char*>(found);
    return {};
}

FontChoice choose(const std::string& family, std::string_view theme_key) {
    const std::string requested = family.empty() ? "Liberation Serif" : family;
    if (std::string found = installed_family(requested); !found.empty()) return {requested, found};
    const std::string_view substitute = metric_compatible_substitute(requested);
    if (!substitute.empty()) {
        if (std::string found = installed_family(std::string(substitute)); !found.empty()) return {requested, found};
        throw Error(Error::Kind::Plugin, {},
                    "PDF writer: the font '" + requested + "' (theme.json " + std::string(theme_key) +
                        ") is not installed, nor its metric-compatible stand-in '" + std::string(substitute) +
                        "' (scripts/install-deps.sh installs it)");
    }
    throw Error(Error::Kind::Plugin, {},
                "PDF writer: the font '" + requested + "' (theme.json " + std::string(theme_key) +
                    ") is not installed and has no known metric-compatible stand-in; install it, or name an "
                    "installed family (fc-list : family lists them)");
}

}  // namespace

std::string_view metric_compatible_substitute(std::string_view family) {
    for (const auto& [original, substitute] : kSubstitutes)
        if (same_name(original, family)) return substitute;
    return {};
}

Fonts resolve_fonts(const Theme& theme) {
    return {choose(theme.body_font, "fonts.body"), choose(theme.heading_font, "fonts.heading")};
}

}  // namespace kansli::pdf

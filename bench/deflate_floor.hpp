// The floor under a DOCX or ODT writer: deflating the package's parts. Measured with zlib and
// libdeflate on exactly the parts Kansli deflates, taken out of a package it wrote.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kansli::bench {

// The uncompressed bytes of every deflated entry of a zip archive.
std::vector<std::string> deflated_entries(const std::string& archive);

// Raw deflate (as in zip) of each part at `level`; returns the total compressed size.
std::size_t zlib_deflate(const std::vector<std::string>& parts, int level);
std::size_t libdeflate_deflate(const std::vector<std::string>& parts, int level);

}  // namespace kansli::bench

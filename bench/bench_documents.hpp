// The documents the benchmarks render: the Katrineholm årsredovisning example, a meeting packet
// (a list of template packages and data files, given on the command line), and an årsredovisning
// ten times larger made from the example.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kansli/kansli.hpp"

namespace kansli::bench {

// One document of a benchmark: a template package and the data it renders.
struct Part {
    TemplatePackage package;
    Data data;
    std::string name;  // the data file's name, for messages
};

// What one benchmark renders: one document, or the documents of a packet, one after another.
struct BenchDocument {
    std::string name;  // "arsredovisning", "packet", "arsredovisning-10x"
    std::vector<Part> parts;
};

// The templates/ folder of the source tree, where the bundled packages live.
std::filesystem::path templates_dir();

// A package's own example.json as one part.
Part example_part(const std::string& package);

// "pkg" (its example) or "pkg=data.json", comma-separated: the documents of a meeting packet.
// Empty: katrineholm/sammantradeshandlingar when that package exists, else the Katrineholm
// kallelse followed by the tjänsteskrivelse.
std::vector<Part> packet_parts(const std::string& spec);

// The årsredovisning's data with its chapters repeated `times` times. Every id (and every
// reference to it) in the n-th copy gets the suffix "-n", so ids stay unique and cross-references
// keep pointing into their own copy.
nlohmann::json repeat_chapters(const Data& report, int times);

// The documents every benchmark renders, in this order: årsredovisning, packet, 10×.
std::vector<BenchDocument> bench_documents(const std::string& packet_spec);

}  // namespace kansli::bench

// kansli-bench: Google Benchmark's runner, plus three options of its own (see bench/README.md):
//   --packet=SPEC      the meeting packet's documents: "pkg" or "pkg=data.json", comma-separated
//   --write-10x=FILE   write the data of the 10× årsredovisning to FILE and exit (bench/compare)
//   --quick            a few iterations of everything: proves the program runs (CTest)
#include <benchmark/benchmark.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench_documents.hpp"
#include "bench_render.hpp"

namespace {

struct Options {
    std::string packet;
    std::string write_10x;
    bool quick = false;
    std::vector<char*> rest;  // for Google Benchmark
};

Options parse(int argc, char** argv) {
    Options o;
    o.rest.push_back(argv[0]);
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.starts_with("--packet="))
            o.packet = arg.substr(9);
        else if (arg.starts_with("--write-10x="))
            o.write_10x = arg.substr(12);
        else if (arg == "--quick")
            o.quick = true;
        else
            o.rest.push_back(argv[i]);
    }
    return o;
}

int run(int argc, char** argv) {
    Options options = parse(argc, argv);
    if (!options.write_10x.empty()) {
        const auto report = kansli::bench::example_part("katrineholm/arsredovisning");
        std::ofstream(options.write_10x) << kansli::bench::repeat_chapters(report.data, 10).dump(1) << '\n';
        return 0;
    }
    static char quick_time[] = "--benchmark_min_time=0.001";
    if (options.quick) options.rest.insert(options.rest.begin() + 1, quick_time);

    kansli::PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const kansli::bench::Writers writers{registry.find("html"), registry.find("docx"), registry.find("odt"),
                                         registry.find("pdf")};
    if (writers.html == nullptr || writers.docx == nullptr || writers.odt == nullptr) {
        std::cerr << "kansli-bench: the html, docx and odt plugins must be built in " KANSLI_PLUGIN_BUILD_DIR "\n";
        return 1;
    }
    const auto documents = kansli::bench::bench_documents(options.packet);
    for (const auto& doc : documents) {
        std::string names;
        for (const auto& part : doc.parts) names += (names.empty() ? "" : " + ") + part.name;
        benchmark::AddCustomContext("document " + doc.name, names);
    }
    kansli::bench::register_document_benchmarks(documents, writers);

    int bench_argc = static_cast<int>(options.rest.size());
    benchmark::Initialize(&bench_argc, options.rest.data());
    if (benchmark::ReportUnrecognizedArguments(bench_argc, options.rest.data())) return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "kansli-bench: " << e.what() << '\n';
        return 1;
    }
}

// How long the stages of the pipeline take on a large report: Swedish number formatting,
// reading document XML (parse + RelaxNG + model), and writing HTML.
#include <benchmark/benchmark.h>

#include <string>

#include "kansli/kansli.hpp"

namespace {

// An årsredovisning-sized document: `tables` tables of 40 rows × 7 columns with headings.
std::string large_report(int tables) {
    std::string xml =
        "<document version=\"1\"><meta><title>Årsredovisning</title><kind>arsredovisning</kind></meta><content>"
        "<toc depth=\"2\"/>";
    for (int t = 0; t < tables; ++t) {
        xml +=
            "<heading level=\"2\">Tabell " + std::to_string(t) + "</heading><p>Utfall och budget per verksamhet.</p>";
        xml += "<table><caption>Driftsredovisning (tkr)</caption><columns><column/>";
        for (int c = 0; c < 6; ++c) xml += "<column kind=\"money\"/>";
        xml += "</columns><head><row><cell/>";
        for (int c = 0; c < 6; ++c) xml += "<cell>Utfall " + std::to_string(2015 + c) + "</cell>";
        xml += "</row></head><body>";
        for (int r = 0; r < 40; ++r) {
            xml += "<row><cell>Verksamhet " + std::to_string(r) + "</cell>";
            for (int c = 0; c < 6; ++c)
                xml += "<cell value=\"" + std::to_string((r * 7919 + c * 104729) % 200000 - 100000) + "\"/>";
            xml += "</row>";
        }
        xml += "</body></table>";
    }
    return xml + "</content></document>";
}

void FormatNumber(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(kansli::sv::format_number("-218690"));
}
BENCHMARK(FormatNumber);

void ReadDocumentXml(benchmark::State& state) {
    const std::string xml = large_report(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(kansli::read_document_xml(xml, {"bench", {}}));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml.size()));
    state.counters["tables"] = static_cast<double>(state.range(0));
}
BENCHMARK(ReadDocumentXml)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);

// Each writer on the same document; a missing plugin is reported, not silently skipped.
void Write(benchmark::State& state, const std::string& format) {
    kansli::PluginRegistry plugins;
    plugins.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const kansli::Writer* writer = plugins.find(format);
    if (writer == nullptr) {
        state.SkipWithError(("the " + format + " plugin is not built").c_str());
        return;
    }
    const auto document = kansli::read_document_xml(large_report(static_cast<int>(state.range(0))), {"bench", {}});
    const kansli::Theme theme;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string out = writer->write(document, theme);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["output_kB"] = static_cast<double>(bytes) / 1024.0;
}
BENCHMARK_CAPTURE(Write, html, std::string("html"))->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Write, docx, std::string("docx"))->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Write, odt, std::string("odt"))->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);

}  // namespace

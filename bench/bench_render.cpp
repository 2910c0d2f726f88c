#include "bench_render.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <utility>

#include "deflate_floor.hpp"

namespace kansli::bench {

namespace {

struct Built {
    const Part* part;
    Document document;
};

std::vector<Built> build_all(const BenchDocument& doc) {
    std::vector<Built> built;
    for (const Part& part : doc.parts) built.push_back({&part, build_document(part.package, part.data, part.name)});
    return built;
}

std::size_t write_all(const std::vector<Built>& built, const Writer& writer) {
    std::size_t bytes = 0;
    for (const Built& b : built) {
        const std::string out = writer.write(b.document, b.part->package.theme());
        benchmark::DoNotOptimize(out.data());
        bytes += out.size();
    }
    return bytes;
}

std::size_t render_all(const BenchDocument& doc, const std::vector<const Writer*>& writers) {
    std::size_t bytes = 0;
    for (const Part& part : doc.parts) {
        const Document document = build_document(part.package, part.data, part.name);
        for (const Writer* writer : writers) {
            const std::string out = writer->write(document, part.package.theme());
            benchmark::DoNotOptimize(out.data());
            bytes += out.size();
        }
    }
    return bytes;
}

void set_output_size(benchmark::State& state, std::size_t bytes) {
    state.counters["output_kB"] = static_cast<double>(bytes) / 1024.0;
}

// The parts of every package the writer made of the document, as they were before deflating.
std::vector<std::string> uncompressed_parts(const BenchDocument& doc, const Writer& writer) {
    std::vector<std::string> parts;
    for (const Built& b : build_all(doc))
        for (auto& part : deflated_entries(writer.write(b.document, b.part->package.theme())))
            parts.push_back(std::move(part));
    return parts;
}

void register_floor(const BenchDocument& doc, const std::string& format, const Writer& writer, bool level_scan) {
    auto parts = std::make_shared<const std::vector<std::string>>(uncompressed_parts(doc, writer));
    std::size_t raw = 0;
    for (const auto& p : *parts) raw += p.size();
    struct Compressor {
        std::string name;
        std::size_t (*compress)(const std::vector<std::string>&, int);
        int level;
    };
    std::vector<Compressor> compressors{{"zlib", &zlib_deflate, 6}, {"libdeflate", &libdeflate_deflate, 6}};
    if (level_scan)  // what the choice of library and level in plugins/support rests on
        for (const Compressor& c :
             {Compressor{"zlib", &zlib_deflate, 1}, Compressor{"zlib", &zlib_deflate, 9},
              Compressor{"libdeflate", &libdeflate_deflate, 1}, Compressor{"libdeflate", &libdeflate_deflate, 4},
              Compressor{"libdeflate", &libdeflate_deflate, 5}, Compressor{"libdeflate", &libdeflate_deflate, 7},
              Compressor{"libdeflate", &libdeflate_deflate, 9}, Compressor{"libdeflate", &libdeflate_deflate, 12}})
            compressors.push_back(c);
    for (const Compressor& c : compressors) {
        const std::string name = "Deflate/" + doc.name + "/" + format + "/" + c.name + "-" + std::to_string(c.level);
        benchmark::RegisterBenchmark(name.c_str(), [parts, raw, c](benchmark::State& state) {
            std::size_t size = 0;
            for (auto _ : state) size = c.compress(*parts, c.level);
            state.counters["input_kB"] = static_cast<double>(raw) / 1024.0;
            set_output_size(state, size);
            state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * raw));
        })->Unit(benchmark::kMillisecond);
    }
}

}  // namespace

void register_document_benchmarks(const std::vector<BenchDocument>& documents, const Writers& writers) {
    std::vector<std::pair<std::string, const Writer*>> formats{
        {"html", writers.html}, {"docx", writers.docx}, {"odt", writers.odt}};
    if (writers.pdf != nullptr) formats.emplace_back("pdf", writers.pdf);
    const std::vector<const Writer*> all{writers.html, writers.docx, writers.odt};

    for (const BenchDocument& doc : documents) {
        const BenchDocument* d = &doc;
        // The template engine alone: data → document XML text.
        benchmark::RegisterBenchmark(("Template/" + doc.name).c_str(), [d](benchmark::State& state) {
            std::size_t bytes = 0;
            for (auto _ : state) {
                bytes = 0;
                for (const Part& part : d->parts) bytes += render_template(part.package, part.data, part.name).size();
            }
            state.counters["xml_kB"] = static_cast<double>(bytes) / 1024.0;
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("Build/" + doc.name).c_str(), [d](benchmark::State& state) {
            for (auto _ : state) benchmark::DoNotOptimize(build_all(*d));
        })->Unit(benchmark::kMillisecond);
        // What the reader does once and the plugin host before each writer (part of Build and
        // of every Write below): the model's guarantees, checked.
        benchmark::RegisterBenchmark(("CheckDocument/" + doc.name).c_str(), [d](benchmark::State& state) {
            const std::vector<Built> built = build_all(*d);
            for (auto _ : state)
                for (const Built& b : built) check_document(b.document);
        })->Unit(benchmark::kMillisecond);
        for (const auto& [format, writer] : formats) {
            const Writer* w = writer;
            benchmark::RegisterBenchmark(("Write/" + doc.name + "/" + format).c_str(), [d, w](benchmark::State& state) {
                const std::vector<Built> built = build_all(*d);
                std::size_t bytes = 0;
                for (auto _ : state) bytes = write_all(built, *w);
                set_output_size(state, bytes);
            })->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark(("Render/" + doc.name + "/" + format).c_str(), [d,
                                                                                         w](benchmark::State& state) {
                std::size_t bytes = 0;
                for (auto _ : state) bytes = render_all(*d, {w});
                set_output_size(state, bytes);
            })->Unit(benchmark::kMillisecond);
        }
        benchmark::RegisterBenchmark(("AllFormats/" + doc.name).c_str(), [d, all](benchmark::State& state) {
            std::size_t bytes = 0;
            for (auto _ : state) bytes = render_all(*d, all);
            set_output_size(state, bytes);
        })->Unit(benchmark::kMillisecond);
        // Independent jobs on N threads, as `kansli render -j N` runs them: documents per second.
        benchmark::RegisterBenchmark(("Batch/" + doc.name).c_str(),
                                     [d, all](benchmark::State& state) {
                                         for (auto _ : state) render_all(*d, all);
                                         state.SetItemsProcessed(state.iterations());
                                     })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Threads(1)
            ->Threads(2);
        register_floor(doc, "docx", *writers.docx, doc.name == "arsredovisning");
        register_floor(doc, "odt", *writers.odt, false);
    }
}

}  // namespace kansli::bench

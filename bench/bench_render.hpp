// Benchmarks of whole documents, registered at run time for the documents of bench_documents.hpp.
#pragma once

#include <vector>

#include "bench_documents.hpp"

namespace kansli::bench {

// The writers the benchmarks use, loaded once from the build tree.
struct Writers {
    const Writer* html;
    const Writer* docx;
    const Writer* odt;
    const Writer* pdf;  // may be missing: its Write and Render benchmarks are then left out
};

// Registers, for each document:
//   Build/<doc>                  data → template → document XML → model
//   Write/<doc>/<format>         the writer alone, on the model (HTML, DOCX, ODT, PDF)
//   Render/<doc>/<format>        build and write, as `kansli render` does for one format
//   AllFormats/<doc>             build once, then HTML, DOCX and ODT (one core; not the PDF, so
//                                the figure compares with earlier rounds)
//   Batch/<doc>/threads:N        AllFormats on 1 and 2 threads at once: documents per second
//   Deflate/<doc>/<format>/<lib>-<level>   the floor: the package's deflated parts, compressed
// `documents` and `writers` must outlive the benchmarks.
void register_document_benchmarks(const std::vector<BenchDocument>& documents, const Writers& writers);

}  // namespace kansli::bench

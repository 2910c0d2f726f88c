/// \file
/// The pipeline: data + template package → document XML → Document → bytes of a format.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "kansli/data.hpp"
#include "kansli/document.hpp"
#include "kansli/template_package.hpp"
#include "kansli/writer.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// Renders the package's Mustache template with the data. The result is document XML
/// (docs/document-xml.md), not yet read or checked. Throws Error (Error::Kind::Template) for
/// template errors, and Error (Error::Kind::Data) naming `data_name` (the data file, for
/// messages) when a helper cannot format a value.
std::string render_template(const TemplatePackage& package, const Data& data, const std::string& data_name = {});

/// Checks the data against the package's input description, renders the template and reads
/// the result. Data problems throw Error (Error::Kind::Data) listing every problem with its JSON
/// path; invalid document XML throws Error (Error::Kind::Template) naming the template file and
/// line that wrote it.
Document build_document(const TemplatePackage& package, const Data& data, const std::string& data_name);

/// Writes `bytes` to `file` whole or not at all (a temporary file in the same folder, renamed).
void write_file_atomically(const std::filesystem::path& file, const std::string& bytes);
/// Writes several files all or none: every one is written in full under a temporary name before
/// any is renamed into place. (Only a failing rename, after all were written, can leave a part.)
void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

/// The same in two steps, for a batch written by several threads: each stages its files (written
/// in full and synced under temporary names, in parallel), then one thread commits them all
/// (renames, and syncs each folder once). Files staged and not committed are removed when the
/// StagedFiles goes away, and so are the folders made for them, so a batch with one failure leaves
/// nothing behind.
class StagedFiles {
public:
    /// Nothing staged.
    StagedFiles() = default;
    /// Removes what was staged and not committed.
    ~StagedFiles();
    /// Staged files have one owner: they move, they are not copied.
    ///@{
    StagedFiles(StagedFiles&& other) noexcept;
    StagedFiles& operator=(StagedFiles&& other) noexcept;
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;
    ///@}

    /// Writes `bytes` under a temporary name beside `file`; throws Error (Error::Kind::Output).
    void add(const std::filesystem::path& file, const std::string& bytes);
    /// Takes over another's staged files.
    void append(StagedFiles&& other);
    /// Renames every staged file into place; throws Error (Error::Kind::Output) if one cannot be.
    void commit();

private:
    void discard() noexcept;
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> files_;  // target, temporary
    std::vector<std::filesystem::path> created_folders_;  // made for a staged file; removed again if empty
};

}  // namespace kansli

#pragma GCC visibility pop

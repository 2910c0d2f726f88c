// A deterministic zip archive built in memory, for the DOCX and ODT writers: entries in the
// order they are added, every timestamp fixed, no extra fields, deflated with libdeflate.
#pragma once

#include <string>
#include <vector>

namespace kansli::plugin {

class ZipPackage {
public:
    enum class Compression { Store, Deflate };

    // Adds an entry; `name` uses forward slashes ("word/document.xml").
    void add(std::string name, std::string bytes, Compression compression = Compression::Deflate);
    // The archive's bytes. Throws std::runtime_error when libzip fails.
    std::string finish() const;

private:
    struct Entry {
        std::string name;
        std::string bytes;
        Compression compression;
    };
    std::vector<Entry> entries_;
};

}  // namespace kansli::plugin

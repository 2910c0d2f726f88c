#include "zip_package.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace kansli::plugin {

namespace {

struct SourceFree {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct ArchiveDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ErrorFini {
    void operator()(zip_error_t* e) const { zip_error_fini(e); }
};

using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

// 1980-01-01 00:00, the earliest DOS date: the same in every file Kansli writes.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw std::runtime_error("zip: " + what + ": " + (error != nullptr ? zip_error_strerror(error) : "unknown error"));
}

}  // namespace

void ZipPackage::add(std::string name, std::string bytes, Compression compression) {
    entries_.push_back({std::move(name), std::move(bytes), compression});
}

std::string ZipPackage::finish() const {
    zip_error_t error;
    zip_error_init(&error);
    const std::unique_ptr<zip_error_t, ErrorFini> error_guard(&error);

    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) fail("cannot create a buffer", &error);
    ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) fail("cannot open the archive", &error);
    zip_source_keep(buffer.get());  // the archive takes a reference; ours keeps the bytes after closing

    for (const auto& entry : entries_) {
        // libzip reads the data when the archive is closed; entries_ outlives that.
        zip_source_t* data = zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0);
        if (data == nullptr) fail("cannot add " + entry.name, zip_get_error(archive.get()));
        const zip_int64_t index = zip_file_add(archive.get(), entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            fail("cannot add " + entry.name, zip_get_error(archive.get()));
        }
        const auto i = static_cast<zip_uint64_t>(index);
        const zip_int32_t method = entry.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive.get(), i, method, 9) != 0 ||
            zip_file_set_dostime(archive.get(), i, kDosTime, kDosDate, 0) != 0)
            fail("cannot set up " + entry.name, zip_get_error(archive.get()));
    }
    zip_t* closing = archive.release();
    if (zip_close(closing) != 0) {
        zip_error_t* close_error = zip_get_error(closing);
        std::string message = zip_error_strerror(close_error);
        zip_discard(closing);
        throw std::runtime_error("zip: cannot finish the archive: " + message);
    }

    if (zip_source_open(buffer.get()) != 0) fail("cannot read the archive", zip_source_error(buffer.get()));
    zip_source_seek(buffer.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer.get());
    zip_source_seek(buffer.get(), 0, SEEK_SET);
    std::string bytes(static_cast<std::size_t>(size < 0 ? 0 : size), '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), bytes.size());
    zip_source_close(buffer.get());
    if (read != size) throw std::runtime_error("zip: the archive could not be read back");
    return bytes;
}

}  // namespace kansli::plugin

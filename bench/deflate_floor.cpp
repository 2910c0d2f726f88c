#include "deflate_floor.hpp"

#include <libdeflate.h>
#include <zip.h>
#include <zlib.h>

#include <memory>
#include <stdexcept>

namespace kansli::bench {

namespace {

struct ArchiveDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct CompressorFree {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A raw-deflate zlib stream, ended whatever happens.
class ZlibStream {
public:
    explicit ZlibStream(int level) {
        if (deflateInit2(&stream_, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw std::runtime_error("zlib: deflateInit2 failed");
    }
    ~ZlibStream() { deflateEnd(&stream_); }
    ZlibStream(const ZlibStream&) = delete;
    ZlibStream& operator=(const ZlibStream&) = delete;

    std::size_t compress(const std::string& in, std::string& out) {
        deflateReset(&stream_);
        out.resize(deflateBound(&stream_, in.size()));
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        stream_.avail_in = static_cast<uInt>(in.size());
        stream_.next_out = reinterpret_cast<Bytef*>(out.data());
        stream_.avail_out = static_cast<uInt>(out.size());
        if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
        return out.size() - stream_.avail_out;
    }

private:
    z_stream stream_{};
};

}  // namespace

std::vector<std::string> deflated_entries(const std::string& archive) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    if (source == nullptr) throw std::runtime_error("zip: cannot read the archive");
    const std::unique_ptr<zip_t, ArchiveDiscard> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!zip) {
        zip_source_free(source);
        throw std::runtime_error("zip: not an archive");
    }
    std::vector<std::string> parts;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
        if (stat.comp_method != ZIP_CM_DEFLATE) continue;
        const std::unique_ptr<zip_file_t, FileClose> file(zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0));
        std::string bytes(stat.size, '\0');
        if (!file || zip_fread(file.get(), bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size()))
            throw std::runtime_error(std::string("zip: cannot read ") + stat.name);
        parts.push_back(std::move(bytes));
    }
    return parts;
}

std::size_t zlib_deflate(const std::vector<std::string>& parts, int level) {
    ZlibStream stream(level);
    std::string out;
    std::size_t total = 0;
    for (const auto& part : parts) total += stream.compress(part, out);
    return total;
}

std::size_t libdeflate_deflate(const std::vector<std::string>& parts, int level) {
    const std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(libdeflate_alloc_compressor(level));
    if (!compressor) throw std::runtime_error("libdeflate: cannot allocate a compressor");
    std::string out;
    std::size_t total = 0;
    for (const auto& part : parts) {
        out.resize(libdeflate_deflate_compress_bound(compressor.get(), part.size()));
        total += libdeflate_deflate_compress(compressor.get(), part.data(), part.size(), out.data(), out.size());
    }
    return total;
}

}  // namespace kansli::bench

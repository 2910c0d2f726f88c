#include "image.hpp"

#include <cstdint>
#include <stdexcept>

#include "file_read.hpp"
#include "kansli/limits.hpp"

namespace kansli {

namespace {

std::uint32_t be32(const std::string& b, std::size_t at) {
    return (std::uint32_t(std::uint8_t(b[at])) << 24) | (std::uint32_t(std::uint8_t(b[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(b[at + 2])) << 8) | std::uint32_t(std::uint8_t(b[at + 3]));
}
std::uint16_t be16(const std::string& b, std::size_t at) {
    return std::uint16_t((std::uint16_t(std::uint8_t(b[at])) << 8) | std::uint8_t(b[at + 1]));
}

void describe_png(Image& image) {
    const std::string& b = image.bytes;
    if (b.size() < 33 || b.compare(12, 4, "IHDR") != 0) throw std::invalid_argument("PNG without an IHDR header");
    image.media_type = "image/png";
    image.pixel_width = static_cast<int>(be32(b, 16));
    image.pixel_height = static_cast<int>(be32(b, 20));
    // pHYs carries the resolution in pixels per metre when the unit byte is 1.
    for (std::size_t at = 8; at + 12 <= b.size();) {
        const std::uint32_t length = be32(b, at);
        if (b.compare(at + 4, 4, "pHYs") == 0 && length == 9 && at + 17 <= b.size() && b[at + 16] == 1) {
            image.dpi_x = be32(b, at + 8) * 0.0254;
            image.dpi_y = be32(b, at + 12) * 0.0254;
            break;
        }
        if (b.compare(at + 4, 4, "IDAT") == 0) break;
        at += 12 + static_cast<std::size_t>(length);
    }
}

void describe_jpeg(Image& image) {
    const std::string& b = image.bytes;
    image.media_type = "image/jpeg";
    for (std::size_t at = 2; at + 4 <= b.size();) {
        if (std::uint8_t(b[at]) != 0xFF) throw std::invalid_argument("JPEG with a broken marker");
        const std::uint8_t marker = std::uint8_t(b[at + 1]);
        const std::uint16_t length = be16(b, at + 2);
        if (marker == 0xE0 && at + 16 <= b.size() && b.compare(at + 4, 5, std::string("JFIF\0", 5)) == 0) {
            const std::uint8_t unit = std::uint8_t(b[at + 11]);
            const double x = be16(b, at + 12);
            const double y = be16(b, at + 14);
            if (unit == 1 && x > 0 && y > 0) {
                image.dpi_x = x;
                image.dpi_y = y;
            }
            if (unit == 2 && x > 0 && y > 0) {
                image.dpi_x = x * 2.54;
                image.dpi_y = y * 2.54;
            }
        }
        const bool start_of_frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (start_of_frame && at + 9 <= b.size()) {
            image.pixel_height = be16(b, at + 5);
            image.pixel_width = be16(b, at + 7);
            return;
        }
        at += 2 + length;
    }
    throw std::invalid_argument("JPEG without a frame header");
}

}  // namespace

void describe_image(Image& image) {
    const std::string& b = image.bytes;
    if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        describe_png(image);
    } else if (b.size() >= 3 && b.compare(0, 3, "\xFF\xD8\xFF") == 0) {
        describe_jpeg(image);
    } else {
        throw std::invalid_argument("not a PNG or JPEG image");
    }
    if (image.pixel_width <= 0 || image.pixel_height <= 0) throw std::invalid_argument("image has no size");
    // Writers and viewers decode the pixels: a header claiming gigapixels is refused here.
    const std::uint64_t pixels = std::uint64_t(image.pixel_width) * std::uint64_t(image.pixel_height);
    const std::uint64_t limit = Limits::from_environment().max_image_pixels;
    if (pixels > limit)
        throw std::invalid_argument("the image is " + std::to_string(image.pixel_width) + " × " +
                                    std::to_string(image.pixel_height) + " pixels, more than the limit of " +
                                    std::to_string(limit) + " pixels (KANSLI_MAX_IMAGE_PIXELS)");
    // A resolution a screen or printer could have; anything else (0, a unit mix-up) means
    // "unknown", and every writer then sizes the image at 96 dpi alike.
    const auto plausible = [](double dpi) { return dpi >= 10.0 && dpi <= 10000.0; };
    if (!plausible(image.dpi_x) || !plausible(image.dpi_y)) image.dpi_x = image.dpi_y = 96.0;
}

std::filesystem::path resolve_inside(const std::filesystem::path& package_dir, const std::string& relative) {
    const std::filesystem::path rel(relative);
    if (relative.empty() || rel.is_absolute() || rel.has_root_name())
        throw std::invalid_argument("'" + relative + "' must be a path inside the template package");
    for (const auto& part : rel)
        if (part == "..") throw std::invalid_argument("'" + relative + "' leaves the template package");
    std::error_code ec;
    const auto root = std::filesystem::weakly_canonical(package_dir, ec);
    auto full = std::filesystem::weakly_canonical(package_dir / rel, ec);
    if (ec) throw std::invalid_argument("'" + relative + "' cannot be resolved: " + ec.message());
    const auto [root_end, unused] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (root_end != root.end()) throw std::invalid_argument("'" + relative + "' leads out of the template package");
    return full;
}

Image load_package_image(const std::filesystem::path& package_dir, const std::string& relative) {
    const auto file = resolve_inside(package_dir, relative);
    std::string bytes;
    try {
        bytes = read_regular_file(file, Limits::from_environment().max_image_bytes, "KANSLI_MAX_IMAGE_BYTES");
    } catch (const FileReadError& e) {
        if (e.problem() == FileReadError::Problem::not_found)
            throw std::invalid_argument("image '" + relative + "' not found in the template package");
        throw std::invalid_argument("image '" + relative + "': " + e.what());
    }
    Image image;
    image.path = relative;
    image.bytes = std::move(bytes);
    try {
        describe_image(image);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("image '" + relative + "': " + e.what());
    }
    return image;
}

Image load_package_image(const std::vector<std::filesystem::path>& package_dirs, const std::string& relative) {
    for (const auto& dir : package_dirs)
        if (std::filesystem::is_regular_file(resolve_inside(dir, relative))) return load_package_image(dir, relative);
    return load_package_image(package_dirs.at(0), relative);
}

}  // namespace kansli

#include "pdf_images.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "kansli/error.hpp"

namespace kansli::pdf {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

struct ByteReader {
    const std::string& bytes;
    std::size_t at = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<ByteReader*>(closure);
    if (reader->bytes.size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, reader->bytes.data() + reader->at, length);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

[[noreturn]] void cannot_place(const std::string& what, const std::string& why) {
    throw Error(Error::Kind::Plugin, {}, "PDF writer: cannot place the image " + what + ": " + why);
}

}  // namespace

PlacedImage load_image(const Image& image, const std::string& what) {
    PlacedImage placed;
    if (image.media_type == "image/png") {
        ByteReader reader{image.bytes};
        placed.surface.reset(cairo_image_surface_create_from_png_stream(&read_bytes, &reader));
    } else if (image.media_type == "image/jpeg") {
        // Cairo cannot decode JPEG, and need not: the surface only gives the size and the
        // original bytes go into the file as they are.
        if (image.pixel_width <= 0 || image.pixel_height <= 0) cannot_place(what, "the JPEG states no size");
        placed.surface.reset(cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.pixel_width, image.pixel_height));
        if (cairo_surface_status(placed.surface.get()) == CAIRO_STATUS_SUCCESS) {
            // Cairo keeps the bytes as long as the surface and frees them with the callback.
            auto copy = std::make_unique<std::string>(image.bytes);
            const auto* data = reinterpret_cast<const unsigned char*>(copy->data());
            const cairo_status_t status = cairo_surface_set_mime_data(
                placed.surface.get(), CAIRO_MIME_TYPE_JPEG, data, copy->size(),
                [](void* bytes) { delete static_cast<std::string*>(bytes); }, copy.get());
            if (status != CAIRO_STATUS_SUCCESS) cannot_place(what, cairo_status_to_string(status));
            static_cast<void>(copy.release());  // Cairo frees it now
        }
    } else {
        cannot_place(what, "the type " + image.media_type + " is not PNG or JPEG");
    }
    if (const cairo_status_t status = cairo_surface_status(placed.surface.get()); status != CAIRO_STATUS_SUCCESS)
        cannot_place(what, std::string("the ") + (image.media_type == "image/png" ? "PNG" : "JPEG") +
                               " cannot be read (" + cairo_status_to_string(status) + ")");
    placed.pixel_width = cairo_image_surface_get_width(placed.surface.get());
    placed.pixel_height = cairo_image_surface_get_height(placed.surface.get());
    if (placed.pixel_width <= 0 || placed.pixel_height <= 0) cannot_place(what, "it has no pixels");
    return placed;
}

ImageSize image_size(const Image& image, std::optional<double> width_mm, double max_width, double max_height) {
    const auto usable = [](double dpi) { return std::isfinite(dpi) && dpi >= 10.0 && dpi <= 10000.0 ? dpi : 96.0; };
    double width = std::max(image.pixel_width, 1) / usable(image.dpi_x) * 72.0;
    double height = std::max(image.pixel_height, 1) / usable(image.dpi_y) * 72.0;
    if (width_mm && std::isfinite(*width_mm) && *width_mm > 0) {
        height *= *width_mm * kPointsPerMm / width;
        width = *width_mm * kPointsPerMm;
    }
    const double scale = std::min({1.0, max_width / width, max_height / height});
    return {width * scale, height * scale};
}

}  // namespace kansli::pdf

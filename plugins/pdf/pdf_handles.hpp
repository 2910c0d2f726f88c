// Owning handles for the C objects of Cairo, Pango, GLib and fontconfig: each released by its
// own function when the handle goes, so no path (an exception included) leaks one.
#pragma once

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pango.h>

#include <memory>

namespace kansli::pdf {

template <auto Release>
struct Releaser {
    template <typename T>
    void operator()(T* object) const noexcept {
        if (object != nullptr) Release(object);
    }
};

using CairoSurface = std::unique_ptr<cairo_surface_t, Releaser<cairo_surface_destroy>>;
using CairoContext = std::unique_ptr<cairo_t, Releaser<cairo_destroy>>;
using FontDescription = std::unique_ptr<PangoFontDescription, Releaser<pango_font_description_free>>;
using AttrList = std::unique_ptr<PangoAttrList, Releaser<pango_attr_list_unref>>;
using FontMetrics = std::unique_ptr<PangoFontMetrics, Releaser<pango_font_metrics_unref>>;
using FcPatternHandle = std::unique_ptr<FcPattern, Releaser<FcPatternDestroy>>;

// A GObject (PangoLayout, PangoContext, PangoFont): one reference, dropped with g_object_unref.
template <typename T>
using GObjectHandle = std::unique_ptr<T, Releaser<g_object_unref>>;

}  // namespace kansli::pdf

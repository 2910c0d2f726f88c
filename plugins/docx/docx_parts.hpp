// What the parts of one package share while they are written: each part's relationships,
// the images under word/media, bookmark names and the ids that must be unique in the whole
// document. Everything is ordered (vectors and std::map), so the bytes never depend on
// hashing or addresses.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kansli/document.hpp"

namespace kansli::docx {

// The relationships of one part (word/_rels/document.xml.rels and the like).
class Relationships {
public:
    // A new relationship; returns its id ("rId3"). Internal targets are relative to the part.
    std::string add(std::string_view type, std::string target, bool external = false);
    bool empty() const { return entries_.empty(); }
    std::string xml() const;

private:
    struct Entry {
        std::string id;
        std::string type;
        std::string target;
        bool external;
    };
    std::vector<Entry> entries_;
};

// Images of the package, each stored once however many parts show it (the logo in the header
// and on the cover).
class MediaStore {
public:
    struct Item {
        std::string name;  // "media/image1.png", relative to word/
        std::string bytes;
    };
    // The stored name for the image's bytes; the media type chooses the extension.
    const std::string& add(const Image& image);
    const std::vector<Item>& items() const { return items_; }
    bool has_png() const { return png_; }
    bool has_jpeg() const { return jpeg_; }

private:
    std::vector<Item> items_;
    std::map<std::string, std::size_t> by_bytes_;
    bool png_ = false;
    bool jpeg_ = false;
};

// Word bookmark names allow letters, digits and "_", start with a letter and have at most
// 40 characters (longer ones are cut when Word saves, and a hyphen makes Word refuse to jump
// to them). Document ids are mapped to such names once, the same way everywhere.
class Bookmarks {
public:
    explicit Bookmarks(const Document& document);
    // The bookmark for a document id; empty when the document has no such id.
    std::string name(const std::string& id) const;
    // A fresh w:id for a bookmarkStart/End pair.
    int next_id() { return next_id_++; }

private:
    std::map<std::string, std::string> names_;
    int next_id_ = 1;
};

}  // namespace kansli::docx

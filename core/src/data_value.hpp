// The JSON inside a kansli::Data, for the library's own code: the public headers name no JSON
// library, so a program never depends on the layout of one (docs/architecture.md).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <utility>

#include "kansli/data.hpp"

namespace kansli {

struct Data::Value {
    nlohmann::json json;
    std::size_t source_bytes = 0;  // of the JSON text it was read from: what a render may make of it scales with it
};

struct DataAccess {
    static const nlohmann::json& json(const Data& data) { return data.value_->json; }
    static std::size_t source_bytes(const Data& data) { return data.value_->source_bytes; }
    static Data wrap(nlohmann::json json, std::size_t source_bytes) {
        return Data(std::make_shared<const Data::Value>(Data::Value{std::move(json), source_bytes}));
    }
};

}  // namespace kansli

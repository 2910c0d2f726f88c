#include "render.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include "kansli/xml_text.hpp"

namespace kansli::mustache {

namespace {

using Json = nlohmann::json;

// What a name resolves to: a JSON value, one of the position keys of a list item, or a helper.
struct Value {
    enum class Kind { missing, data, flag, position, helper };
    Kind kind = Kind::missing;
    const Json* node = nullptr;
    bool flag = false;
    std::size_t position = 0;  // _number
    const Helper* helper = nullptr;
};

struct Frame {
    Value value;
    std::uint64_t keys = ~std::uint64_t{0};  // the key_bits of an object's keys (all: search anyway)
    bool list_item = false;
    std::size_t index = 0;
    std::size_t count = 0;
};

bool falsy(const Value& v) {
    switch (v.kind) {
        case Value::Kind::missing:
            return true;
        case Value::Kind::flag:
            return !v.flag;
        case Value::Kind::data:
            return v.node->is_null() || (v.node->is_boolean() && !v.node->get<bool>()) ||
                   (v.node->is_array() && v.node->empty());
        default:
            return false;
    }
}

// The key_bits of an object's keys, for Frame::keys.
std::uint64_t keys_of(const Value& v) {
    if (v.kind != Value::Kind::data || !v.node->is_object()) return ~std::uint64_t{0};
    std::uint64_t keys = 0;
    for (const auto& member : v.node->get_ref<const Json::object_t&>()) keys |= key_bit(member.first);
    return keys;
}

Value member(const Value& of, const std::string& key) {
    if (of.kind != Value::Kind::data || !of.node->is_object()) return {};
    const auto found = of.node->find(key);
    if (found == of.node->end()) return {};
    return {.kind = Value::Kind::data, .node = &*found};
}

void append_number(std::string& out, const Json& number) {
    if (!number.is_number_float()) {
        out += number.dump();  // whole numbers exactly as written: -27660
        return;
    }
    // Plain decimal notation, shortest exact form: 1e5 → "100000", 1.5e-7 → "0.00000015".
    char buffer[400];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, number.get<double>(), std::chars_format::fixed);
    if (ec == std::errc())
        out.append(buffer, end);
    else
        out += number.dump();
}

class Renderer {
public:
    Renderer(const Environment& environment, std::string& out, std::vector<ValueOrigin>* origins)
        : env_(environment), out_(&out), origins_(origins) {}

    void run(const Template& tmpl, const Json& data) {
        const Value root{.kind = Value::Kind::data, .node = &data};
        stack_.push_back({.value = root, .keys = keys_of(root)});
        nodes(tmpl.nodes());
    }

private:
    Value frame_member(const Frame& frame, bool root, const Node& node) const {
        const std::string& key = node.path.front();
        if (frame.keys & node.key_bit) {
            Value v = member(frame.value, key);
            if (v.kind != Value::Kind::missing) return v;
        }
        if (node.position != Node::Position::none && frame.list_item && frame.value.kind == Value::Kind::data &&
            frame.value.node->is_object()) {
            switch (node.position) {
                case Node::Position::number:
                    return {.kind = Value::Kind::position, .position = frame.index + 1};
                case Node::Position::first:
                    return {.kind = Value::Kind::flag, .flag = frame.index == 0};
                default:
                    return {.kind = Value::Kind::flag, .flag = frame.index + 1 == frame.count};
            }
        }
        if (root)
            if (const auto helper = env_.helpers.find(key); helper != env_.helpers.end())
                return {.kind = Value::Kind::helper, .helper = &helper->second};
        return {};
    }

    // The first part of a dotted name is looked up outward; the rest only inside what it found.
    Value lookup(const Node& node) const {
        if (node.path.empty()) return stack_.back().value;  // {{.}}
        for (std::size_t level = stack_.size(); level-- > 0;) {
            Value v = frame_member(stack_[level], level == 0, node);
            if (v.kind == Value::Kind::missing) continue;
            for (std::size_t i = 1; i < node.path.size() && v.kind != Value::Kind::missing; ++i)
                v = member(v, node.path[i]);
            return v;
        }
        return {};
    }

    void nodes(const std::vector<Node>& list) {
        for (const Node& node : list) render(node);
    }

    void render(const Node& node) {
        if (node.line_start && !indent_.empty() && node.kind != Node::Kind::newline) *out_ += indent_;
        switch (node.kind) {
            case Node::Kind::text:
            case Node::Kind::newline:
                *out_ += node.text;
                break;
            case Node::Kind::variable:
                variable(node);
                break;
            case Node::Kind::section:
                section(node);
                break;
            case Node::Kind::inverted:
                inverted(node);
                break;
            case Node::Kind::partial:
                if (const Template* found = named(node)) included(*found, node);
                break;
            case Node::Kind::parent:
                if (const Template* found = named(node)) {
                    overrides_.push_back(&node.children);
                    included(*found, node);
                    overrides_.pop_back();
                }
                break;
            case Node::Kind::block:
                block(node);
                break;
        }
    }

    void variable(const Node& node) {
        const Value v = lookup(node);
        switch (v.kind) {
            case Value::Kind::data: {
                const std::size_t begin = out_->size();
                if (v.node->is_string())
                    append_escaped_xml(*out_, v.node->get_ref<const std::string&>());
                else if (v.node->is_number())
                    append_number(*out_, *v.node);
                else
                    break;
                if (origins_ != nullptr) origins_->push_back({begin, out_->size(), v.node});
                break;
            }
            case Value::Kind::position:
                *out_ += std::to_string(v.position);
                break;
            case Value::Kind::helper:
                throw HelperAsVariable(node.text);
            default:
                break;
        }
    }

    void section(const Node& node) {
        const Value v = lookup(node);
        if (v.kind == Value::Kind::helper) {
            const std::size_t inner = origins_ != nullptr ? origins_->size() : 0;
            const std::string rendered = rendered_apart(node.children);
            const Json* source = origins_ != nullptr && origins_->size() > inner ? (*origins_)[inner].value : nullptr;
            if (origins_ != nullptr) origins_->resize(inner);  // their places were in `rendered`
            const std::size_t begin = out_->size();
            *out_ += (*v.helper)(rendered);
            if (source != nullptr) origins_->push_back({begin, out_->size(), source});
            check_size();
            return;
        }
        if (falsy(v)) return;
        if (v.kind == Value::Kind::data && v.node->is_array()) {
            const std::size_t count = v.node->size();
            // The list's origin goes before its items', so that origins stay in output order.
            const std::size_t list_origin = origins_ != nullptr ? origins_->size() : 0;
            if (origins_ != nullptr) origins_->push_back({out_->size(), out_->size(), v.node});
            for (std::size_t i = 0; i < count; ++i) {
                const Value item{.kind = Value::Kind::data, .node = &(*v.node)[i]};
                stack_.push_back({.value = item, .keys = keys_of(item), .list_item = true, .index = i, .count = count});
                nodes(node.children);
                stack_.pop_back();
                check_size();
            }
            if (origins_ != nullptr) (*origins_)[list_origin].end = out_->size();
            return;
        }
        stack_.push_back({.value = v, .keys = keys_of(v)});
        nodes(node.children);
        stack_.pop_back();
    }

    void inverted(const Node& node) {
        const Value v = lookup(node);
        if (!falsy(v)) return;
        const bool push = v.kind != Value::Kind::missing;
        if (push) stack_.push_back({.value = v});
        nodes(node.children);
        if (push) stack_.pop_back();
    }

    // A helper's content, rendered apart, in the same context.
    std::string rendered_apart(const std::vector<Node>& children) {
        std::string text;
        std::string* const outer = out_;
        out_ = &text;
        nodes(children);
        out_ = outer;
        return text;
    }

    // The partial or parent a node names; none (the spec's empty string) when it does not
    // exist, which a package has refused already.
    const Template* named(const Node& node) {
        const auto found = env_.partials.find(node.text);
        if (found == env_.partials.end()) return nullptr;
        return &found->second;
    }

    // A partial's or parent's template, indented as its tag when that stands alone on its line
    // (and not at all otherwise: the spec's rule).
    void included(const Template& tmpl, const Node& node) {
        const bool counts = env_.recursive_partials == nullptr || env_.recursive_partials->count(node.text) != 0;
        if (counts && partial_depth_ >= env_.max_partial_depth) throw PartialTooDeep(node.text);
        partial_depth_ += counts;
        std::string outer_indent = std::move(indent_);
        indent_ = node.standalone ? outer_indent + node.indent : std::string{};
        nodes(tmpl.nodes());
        indent_ = std::move(outer_indent);
        partial_depth_ -= counts;
        check_size();
    }

    // Checked where output can multiply (a partial, a list's item, a helper), not at every
    // append: between two checks the output grows by at most a template's text and one value.
    void check_size() const {
        if (out_->size() > env_.max_output_bytes) throw OutputTooLarge(env_.max_output_bytes);
    }

    // The first override of the block's name, from the outermost parent in; one whose content is
    // being rendered does not count again (a block that contains itself would never end).
    const Node* override_of(const Node& block) const {
        for (const std::vector<Node>* blocks : overrides_)
            for (const Node& candidate : *blocks)
                if (candidate.text == block.text &&
                    std::find(active_.begin(), active_.end(), &candidate) == active_.end())
                    return &candidate;
        return nullptr;
    }

    void block(const Node& node) {
        const Node* replacement = override_of(node);
        std::string outer_indent = indent_;
        if (node.standalone)
            indent_ += node.indent;
        else if (replacement)
            indent_.clear();  // the caller's lines are not the parent's: they keep no indentation
        if (replacement) active_.push_back(replacement);
        nodes(replacement ? replacement->children : node.children);
        if (replacement) active_.pop_back();
        indent_ = std::move(outer_indent);
    }

    const Environment& env_;
    std::string* out_;
    std::string indent_;  // what each template line starts with: standalone partials' indentation
    int partial_depth_ = 0;
    std::vector<Frame> stack_;
    std::vector<ValueOrigin>* origins_;
    std::vector<const std::vector<Node>*> overrides_;  // the blocks of the parents being rendered
    std::vector<const Node*> active_;                  // overrides whose content is being rendered
};

void included_partials(const std::vector<Node>& nodes, std::set<std::string>& out) {
    for (const Node& node : nodes) {
        if (node.kind == Node::Kind::partial || node.kind == Node::Kind::parent) out.insert(node.text);
        included_partials(node.children, out);
    }
}

}  // namespace

std::set<std::string, std::less<>> recursive_partials(const std::map<std::string, Template, std::less<>>& partials) {
    std::map<std::string, std::set<std::string>> includes;
    for (const auto& [name, tmpl] : partials) included_partials(tmpl.nodes(), includes[name]);
    std::set<std::string, std::less<>> recursive;
    for (const auto& [start, direct] : includes) {
        // Depth-first from what `start` includes: does it come back to `start`?
        std::vector<std::string> pending(direct.begin(), direct.end());
        std::set<std::string> seen;
        while (!pending.empty()) {
            const std::string name = pending.back();
            pending.pop_back();
            if (name == start) {
                recursive.insert(start);
                break;
            }
            if (!seen.insert(name).second) continue;
            if (const auto next = includes.find(name); next != includes.end())
                pending.insert(pending.end(), next->second.begin(), next->second.end());
        }
    }
    return recursive;
}

std::string render(const Template& tmpl, const nlohmann::json& data, const Environment& environment,
                   std::vector<ValueOrigin>* origins) {
    std::string out;
    Renderer(environment, out, origins).run(tmpl, data);
    return out;
}

}  // namespace kansli::mustache

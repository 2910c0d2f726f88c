#include "template_names.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

#include "kansli/error.hpp"
#include "template_source.hpp"

namespace kansli {

namespace {

using mustache::Node;
using nlohmann::json;

// What the input description says of the value at one level of Mustache's context stack.
struct Scope {
    const json* schema = nullptr;  // null: nothing is known (anything may be there)
    bool list_item = false;        // an item of a list: it has _number, _first and _last
};

std::set<std::string> types_of(const json& schema) {
    std::set<std::string> types;
    if (const auto type = schema.find("type"); type != schema.end()) {
        if (type->is_string()) types.insert(type->get<std::string>());
        if (type->is_array())
            for (const auto& t : *type)
                if (t.is_string()) types.insert(t.get<std::string>());
    }
    return types;
}

// A list: a section over it renders once per item.
bool is_list(const json& schema) {
    const auto types = types_of(schema);
    return types.count("array") != 0 || (types.empty() && schema.contains("items"));
}

// Where the description names no fields for something that may be an object, any name may be
// there: `{}`, or `{"type": "object"}` without "properties".
bool is_open(const json* schema) {
    if (schema == nullptr) return true;
    if (!schema->is_object() || schema->contains("properties") || is_list(*schema)) return false;
    const auto types = types_of(*schema);
    return types.empty() || types.count("object") != 0;
}

const json* field(const json* schema, const std::string& name) {
    if (schema == nullptr) return nullptr;
    const auto properties = schema->find("properties");
    if (properties == schema->end() || !properties->is_object()) return nullptr;
    const auto found = properties->find(name);
    return found == properties->end() ? nullptr : &*found;
}

const json* items_of(const json& schema) {
    const auto items = schema.find("items");
    return items == schema.end() ? nullptr : &*items;
}

// Edit distance (insertions, deletions, substitutions, swaps of neighbours), for "did you mean".
std::size_t distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

// Where a template's text and file are, for messages, and the names it declares it looks up
// outward on purpose ({{! outward: level toc_depth }}).
struct Source {
    const TemplateFile* file;
    std::set<std::string> outward;
};

Source source_of(const mustache::Template& parsed, const TemplateFile& file) {
    Source source{&file, {}};
    for (const std::string& comment : parsed.comments()) {
        if (!comment.starts_with("outward:")) continue;
        std::string name;
        for (const char c : comment.substr(8) + " ")
            if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
                if (!name.empty()) source.outward.insert(name);
                name.clear();
            } else {
                name += c;
            }
    }
    return source;
}

class NameChecker {
public:
    NameChecker(const CompiledPackage& package, const json& input_schema)
        : package_(package), helpers_(package.helpers) {
        scopes_.push_back({&input_schema, false});
    }

    void run() { nodes(package_.main.nodes(), source_of(package_.main, package_.main_file)); }

private:
    // A candidate for "did you mean": a field, a position key or a helper.
    struct Known {
        std::string name;
        bool helper = false;
    };

    void nodes(const std::vector<Node>& list, const Source& source) {
        for (const Node& node : list) check(node, source);
    }

    void check(const Node& node, const Source& source) {
        switch (node.kind) {
            case Node::Kind::text:
            case Node::Kind::newline:
                break;
            case Node::Kind::variable:
                if (resolve(node, source).helper)
                    fail(node, source,
                         "the helper '" + node.text + "' is written {{" + node.text + "}}; helpers are sections: {{#" +
                             node.text + "}}…{{/" + node.text + "}}");
                break;
            case Node::Kind::section:
                section(node, source);
                break;
            case Node::Kind::inverted:
                resolve(node, source);
                nodes(node.children, source);
                break;
            case Node::Kind::partial:
                included(node.text, nullptr, source);
                break;
            case Node::Kind::parent:
                included(node.text, &node.children, source);
                break;
            case Node::Kind::block:
                block(node, source);
                break;
        }
    }

    struct Resolved {
        bool helper = false;
        bool position = false;
        const json* schema = nullptr;  // the value's description; null: unknown

        static Resolved data(const json* schema) { return {false, false, schema}; }
    };

    // As the renderer looks names up: the first part outward through the scopes (fields, then
    // a list item's position keys, then at the top the helpers), the rest inside what it found.
    Resolved resolve(const Node& node, const Source& source) {
        if (node.path.empty()) return Resolved::data(scopes_.back().schema);  // {{.}}
        const std::string& first = node.path.front();
        const bool position_key = node.position != Node::Position::none;
        for (std::size_t level = scopes_.size(); level-- > 0;) {
            const Scope& scope = scopes_[level];
            if (is_open(scope.schema)) return Resolved::data(nullptr);
            const json* found = field(scope.schema, first);
            if (found == nullptr && position_key && scope.list_item) return {false, true, nullptr};
            if (found == nullptr && level == 0 && helpers_.count(first)) return {true, false, nullptr};
            if (found == nullptr) continue;
            for (std::size_t i = 1; i < node.path.size(); ++i) {
                if (is_open(found)) return Resolved::data(nullptr);
                const json* next = field(found, node.path[i]);
                if (next == nullptr) unknown_part(node, source, i, *found);
                found = next;
            }
            return Resolved::data(found);
        }
        if (source.outward.count(first)) return Resolved::data(nullptr);  // declared: looked up on purpose
        unknown(node, source);
    }

    void section(const Node& node, const Source& source) {
        const Resolved resolved = resolve(node, source);
        if (resolved.helper || resolved.position) {
            nodes(node.children, source);
            return;
        }
        // A list's section renders each item; anything else becomes the context as it is.
        Scope inner{resolved.schema, false};
        if (resolved.schema != nullptr && is_list(*resolved.schema)) inner = {items_of(*resolved.schema), true};
        scopes_.push_back(inner);
        nodes(node.children, source);
        scopes_.pop_back();
    }

    // A partial ({{> name}}) or parent ({{<name}}, with its blocks) in the context it is
    // included in. Each is checked once per context; one that includes itself stops where the
    // context repeats.
    void included(const std::string& name, const std::vector<Node>* blocks, const Source& from) {
        const auto found = package_.partials.find(name);
        if (found == package_.partials.end()) return;  // refused already when the package opened
        std::vector<std::pair<const json*, bool>> context;
        for (const Scope& scope : scopes_) context.emplace_back(scope.schema, scope.list_item);
        const auto key = std::make_tuple(name, context, overrides_.size());
        if (blocks == nullptr && overrides_.empty() && !seen_.insert(key).second) return;
        const auto visiting = std::make_pair(name, scopes_.back().schema);
        if (std::find(visiting_.begin(), visiting_.end(), visiting) != visiting_.end()) return;
        visiting_.push_back(visiting);
        if (blocks != nullptr) overrides_.push_back({blocks, from});
        nodes(found->second.nodes(), source_of(found->second, package_.partial_files.at(name)));
        if (blocks != nullptr) overrides_.pop_back();
        visiting_.pop_back();
    }

    // A block renders the outermost caller's replacement, in the parent's context, or its own
    // content: whichever the renderer would.
    void block(const Node& node, const Source& source) {
        for (const auto& [blocks, caller] : overrides_)
            for (const Node& candidate : *blocks)
                if (candidate.text == node.text &&
                    std::find(active_.begin(), active_.end(), &candidate) == active_.end()) {
                    active_.push_back(&candidate);
                    nodes(candidate.children, caller);
                    active_.pop_back();
                    return;
                }
        nodes(node.children, source);
    }

    // Every name known at this place, innermost first.
    std::vector<Known> known_here() const {
        std::vector<Known> known;
        bool in_list = false;
        for (std::size_t level = scopes_.size(); level-- > 0;) {
            in_list = in_list || scopes_[level].list_item;
            const json* schema = scopes_[level].schema;
            if (schema == nullptr) continue;
            if (const auto properties = schema->find("properties"); properties != schema->end())
                for (const auto& [name, unused] : properties->items()) known.push_back({name});
        }
        if (in_list)
            for (const char* position : {"_number", "_first", "_last"}) known.push_back({position});
        for (const auto& [name, unused] : helpers_) known.push_back({name, true});
        return known;
    }

    static std::string nearest(const std::string& name, const std::vector<Known>& known) {
        const Known* best = nullptr;
        std::size_t best_distance = 0;
        for (const Known& k : known)
            if (const std::size_t d = distance(name, k.name); best == nullptr || d < best_distance) {
                best = &k;
                best_distance = d;
            }
        if (best == nullptr) return "";
        return best->helper ? "; did you mean the helper '" + best->name + "'?"
                            : "; did you mean '" + best->name + "'?";
    }

    static std::string tag(const Node& node) {
        switch (node.kind) {
            case Node::Kind::section:
                return "{{#" + node.text + "}}";
            case Node::Kind::inverted:
                return "{{^" + node.text + "}}";
            default:
                return "{{" + node.text + "}}";
        }
    }

    [[noreturn]] void unknown(const Node& node, const Source& source) const {
        const char* what = node.kind == Node::Kind::variable ? "variable" : "section";
        fail(node, source,
             "unknown " + std::string(what) + " " + tag(node) + ": '" + node.path.front() +
                 "' is neither a field of the input description here nor a helper" +
                 nearest(node.path.front(), known_here()) +
                 " (a template that reads it on purpose where the description may lack it says so: {{! outward: " +
                 node.path.front() + " }})");
    }

    [[noreturn]] void unknown_part(const Node& node, const Source& source, std::size_t part, const json& owner) const {
        std::string prefix = node.path.front();
        for (std::size_t i = 1; i < part; ++i) prefix += "." + node.path[i];
        std::vector<Known> fields;
        if (const auto properties = owner.find("properties"); properties != owner.end())
            for (const auto& [name, unused] : properties->items()) fields.push_back({name});
        fail(node, source,
             "unknown " + std::string(node.kind == Node::Kind::variable ? "variable" : "section") + " " + tag(node) +
                 ": '" + prefix + "' has no field '" + node.path[part] + "' in the input description" +
                 nearest(node.path[part], fields));
    }

    [[noreturn]] static void fail(const Node& node, const Source& source, const std::string& message) {
        const TemplateFile& file = *source.file;
        throw Error(Error::Kind::Template,
                    {file.path.string(), line_at(file.text, node.offset), column_at(file.text, node.offset), {}},
                    message);
    }

    const CompiledPackage& package_;
    const std::map<std::string, mustache::Helper, std::less<>>& helpers_;
    std::vector<Scope> scopes_;
    std::vector<std::pair<const std::vector<Node>*, Source>> overrides_;  // the parents' blocks and their files
    std::vector<const Node*> active_;                                     // replacements being checked
    std::set<std::tuple<std::string, std::vector<std::pair<const json*, bool>>, std::size_t>> seen_;
    std::vector<std::pair<std::string, const json*>> visiting_;
};

}  // namespace

void check_template_names(const CompiledPackage& package, const nlohmann::json& input_schema) {
    NameChecker(package, input_schema).run();
}

}  // namespace kansli

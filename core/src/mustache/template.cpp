#include "template.hpp"

#include <cctype>
#include <optional>

namespace kansli::mustache {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// "a.b" → {"a", "b"}; a trailing dot adds no empty name (kainjow's getline split, kept so that
// names resolve as they always did).
std::vector<std::string> split_name(const std::string& name) {
    if (name == "." || name.find('.') == std::string::npos)
        return name == "." ? std::vector<std::string>{} : std::vector{name};
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (from < name.size()) {
        const auto dot = name.find('.', from);
        if (dot == std::string::npos) {
            parts.push_back(name.substr(from));
            break;
        }
        parts.push_back(name.substr(from, dot - from));
        from = dot + 1;
    }
    return parts;
}

// "{{=<% %>=}}": two delimiters without spaces or '='.
bool parse_delimiters(std::string_view contents, std::string& begin, std::string& end) {
    if (contents.size() < 5 || contents.back() != '=') return false;
    const std::string_view inner = trim(contents.substr(1, contents.size() - 2));
    const auto space = inner.find(' ');
    if (space == std::string_view::npos) return false;
    const auto second = inner.find_first_not_of(' ', space + 1);
    if (second == std::string_view::npos) return false;
    const std::string_view first_part = inner.substr(0, space);
    const std::string_view second_part = inner.substr(second);
    for (const std::string_view part : {first_part, second_part})
        for (const char c : part)
            if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
    begin = first_part;
    end = second_part;
    return true;
}

class Parser {
public:
    explicit Parser(std::string_view input) : input_(input) {}

    std::vector<Node> run() {
        std::vector<Node> root;
        levels_.push_back(&root);
        std::size_t pos = 0;
        while (pos < input_.size()) {
            if (input_.compare(pos, begin_.size(), begin_) == 0) {
                flush_text();
                pos = tag(pos);
            } else if (input_[pos] == '\n' || input_[pos] == '\r') {
                flush_text();
                const std::size_t length =
                    input_[pos] == '\r' && pos + 1 < input_.size() && input_[pos + 1] == '\n' ? 2 : 1;
                Node line_end;
                line_end.kind = Node::Kind::newline;
                line_end.text = std::string(input_.substr(pos, length));
                line_end.offset = pos;
                levels_.back()->push_back(std::move(line_end));
                pos += length;
            } else {
                if (text_.empty()) text_offset_ = pos;
                text_ += input_[pos++];
            }
        }
        flush_text();
        for (const Node* open : open_) note_unclosed(*open);
        if (unclosed_) throw SyntaxError(unclosed_->offset, "Unclosed section \"" + unclosed_->name + "\"");
        return root;
    }

private:
    struct Unclosed {
        std::size_t offset;
        std::string name;
    };

    void flush_text() {
        if (text_.empty()) return;
        Node text;
        text.text = std::move(text_);
        text.offset = text_offset_;
        levels_.back()->push_back(std::move(text));
        text_.clear();
    }

    // The first section (in the text) left open is the one reported, as kainjow did.
    void note_unclosed(const Node& section) {
        if (!unclosed_ || section.offset < unclosed_->offset) unclosed_ = Unclosed{section.offset, section.text};
    }

    // Reads the tag at `start`; returns where the text after it begins.
    std::size_t tag(std::size_t start) {
        std::size_t contents_at = start + begin_.size();
        const bool triple = braces_ && contents_at < input_.size() && input_[contents_at] == '{';
        const std::string_view close = triple ? std::string_view("}}}") : std::string_view(end_);
        if (triple) ++contents_at;
        const auto end_at = input_.find(close, contents_at);
        if (end_at == std::string_view::npos) throw SyntaxError(start, "Unclosed tag");
        const std::string_view contents = trim(input_.substr(contents_at, end_at - contents_at));
        const std::size_t after = end_at + close.size();

        if (!contents.empty() && contents.front() == '=') {
            if (!parse_delimiters(contents, begin_, end_)) throw SyntaxError(start, "Invalid set delimiter tag");
            braces_ = begin_ == "{{" && end_ == "}}";
            return after;
        }
        Node node;
        node.offset = start;
        node.kind = Node::Kind::variable;
        char sigil = triple || contents.empty() ? '\0' : contents.front();
        switch (sigil) {
            case '#':
                node.kind = Node::Kind::section;
                break;
            case '^':
                node.kind = Node::Kind::inverted;
                break;
            case '>':
                node.kind = Node::Kind::partial;
                break;
            case '/':
            case '&':
            case '!':
                break;
            default:
                sigil = '\0';
        }
        node.text = std::string(sigil == '\0' ? contents : trim(contents.substr(1)));
        if (sigil == '!') return after;
        if (sigil == '/') {
            if (open_.empty()) throw SyntaxError(start, "Unopened section \"" + node.text + "\"");
            if (open_.back()->text != node.text) note_unclosed(*open_.back());
            open_.pop_back();
            levels_.pop_back();
            return after;
        }
        node.path = split_name(node.text);
        if (!node.path.empty()) {
            const std::string& first = node.path.front();
            node.key_bit = key_bit(first);
            node.position = first == "_number"  ? Node::Position::number
                            : first == "_first" ? Node::Position::first
                            : first == "_last"  ? Node::Position::last
                                                : Node::Position::none;
        }
        auto& siblings = *levels_.back();
        siblings.push_back(std::move(node));
        if (siblings.back().kind == Node::Kind::section || siblings.back().kind == Node::Kind::inverted) {
            open_.push_back(&siblings.back());
            levels_.push_back(&siblings.back().children);
        }
        return after;
    }

    std::string_view input_;
    std::string begin_ = "{{";
    std::string end_ = "}}";
    bool braces_ = true;
    std::string text_;
    std::size_t text_offset_ = 0;
    // Only the innermost open section gains children, so these addresses stay valid.
    std::vector<std::vector<Node>*> levels_;
    std::vector<const Node*> open_;
    std::optional<Unclosed> unclosed_;
};

}  // namespace

Template Template::parse(std::string_view text) {
    Template parsed;
    parsed.nodes_ = Parser(text).run();
    return parsed;
}

namespace {
void qualify(std::vector<Node>& nodes, std::string_view prefix) {
    for (Node& node : nodes) {
        if (node.kind == Node::Kind::partial && node.text.find('/') == std::string::npos) node.text.insert(0, prefix);
        qualify(node.children, prefix);
    }
}
}  // namespace

void Template::qualify_partials(std::string_view prefix) { qualify(nodes_, prefix); }

}  // namespace kansli::mustache

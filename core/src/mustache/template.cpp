#include "template.hpp"

#include <cctype>
#include <optional>

namespace kansli::mustache {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

std::string_view leading_blank(std::string_view s) {
    return s.substr(0, std::min(s.size(), s.find_first_not_of(" \t")));
}

// "a.b" → {"a", "b"}; a trailing dot adds no empty name.
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

struct Token {
    enum class Kind : unsigned char { text, newline, tag };
    Kind kind = Kind::text;
    // Tags: '\0' and '&' variables, '#' '^' '/' '>' '<' '$' sections, partials, parents,
    // blocks and ends, '!' comments, '=' delimiter changes.
    char sigil = '\0';
    bool dropped = false;     // removed with its standalone line
    bool standalone = false;  // a tag alone on its line, or one of a standalone pair
    std::string_view text;    // the text, the line break, or the tag's name
    std::size_t offset = 0;
    std::size_t before = kNone;  // standalone tag: the blank text before it on its line
    std::size_t match = kNone;   // an opening tag's end tag, and the other way round
    std::string_view intrinsic;  // standalone block: the indentation its content lost
};

Token plain(Token::Kind kind, std::string_view text, std::size_t offset) {
    Token token;
    token.kind = kind;
    token.text = text;
    token.offset = offset;
    return token;
}

// Splits the template into text, line breaks and tags, following delimiter changes.
class Lexer {
public:
    explicit Lexer(std::string_view input) : input_(input) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        std::size_t pos = 0;
        while (pos < input_.size()) {
            if (input_.compare(pos, begin_.size(), begin_) == 0) {
                pos = tag(pos, tokens);
            } else if (input_[pos] == '\n' || input_[pos] == '\r') {
                const std::size_t length =
                    input_[pos] == '\r' && pos + 1 < input_.size() && input_[pos + 1] == '\n' ? 2 : 1;
                tokens.push_back(plain(Token::Kind::newline, input_.substr(pos, length), pos));
                pos += length;
            } else {
                std::size_t end = pos + 1;
                while (end < input_.size() && input_[end] != '\n' && input_[end] != '\r' &&
                       input_.compare(end, begin_.size(), begin_) != 0)
                    ++end;
                tokens.push_back(plain(Token::Kind::text, input_.substr(pos, end - pos), pos));
                pos = end;
            }
        }
        return tokens;
    }

private:
    // Reads the tag at `start`; returns where the text after it begins.
    std::size_t tag(std::size_t start, std::vector<Token>& tokens) {
        std::size_t contents_at = start + begin_.size();
        const bool triple = braces_ && contents_at < input_.size() && input_[contents_at] == '{';
        const std::string_view close = triple ? std::string_view("}}}") : std::string_view(end_);
        if (triple) ++contents_at;
        const auto end_at = input_.find(close, contents_at);
        if (end_at == std::string_view::npos) throw SyntaxError(start, "Unclosed tag");
        const std::string_view contents = trim(input_.substr(contents_at, end_at - contents_at));
        Token token = plain(Token::Kind::tag, {}, start);
        if (!contents.empty() && contents.front() == '=') {
            if (!parse_delimiters(contents, begin_, end_)) throw SyntaxError(start, "Invalid set delimiter tag");
            braces_ = begin_ == "{{" && end_ == "}}";
            token.sigil = '=';
        } else {
            const char first = triple || contents.empty() ? '\0' : contents.front();
            static constexpr std::string_view kSigils = "#^/><$&!";
            token.sigil = triple ? '&' : kSigils.find(first) != std::string_view::npos ? first : '\0';
            token.text = token.sigil == '\0' || triple ? contents : trim(contents.substr(1));
        }
        tokens.push_back(token);
        return end_at + close.size();
    }

    std::string_view input_;
    std::string begin_ = "{{";
    std::string end_ = "}}";
    bool braces_ = true;
};

bool opens(char sigil) { return sigil == '#' || sigil == '^' || sigil == '<' || sigil == '$'; }

// Pairs each opening tag with its end tag where they match (mismatches are reported when the
// tree is built).
void match_tags(std::vector<Token>& tokens) {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& token = tokens[i];
        if (token.kind != Token::Kind::tag) continue;
        if (opens(token.sigil)) open.push_back(i);
        if (token.sigil != '/' || open.empty()) continue;
        if (tokens[open.back()].text == token.text) {
            token.match = open.back();
            tokens[open.back()].match = i;
        }
        open.pop_back();
    }
}

// The tag a tag closes, or '\0'.
char closes(const std::vector<Token>& tokens, const Token& end) {
    return end.sigil == '/' && end.match != kNone ? tokens[end.match].sigil : '\0';
}

// Whether the opening tag at `inner` sits directly in the one at `outer`, in no other section.
bool directly_inside(const std::vector<Token>& tokens, std::size_t inner, std::size_t outer) {
    if (tokens[outer].match == kNone || inner <= outer || inner >= tokens[outer].match) return false;
    int depth = 0;
    for (std::size_t i = outer + 1; i < inner; ++i)
        if (tokens[i].kind == Token::Kind::tag) depth += opens(tokens[i].sigil) ? 1 : tokens[i].sigil == '/' ? -1 : 0;
    return depth == 0;
}

// Two tags side by side that stand alone together on a line: a parent or block with nothing
// in it ({{<p}}{{/p}}, {{$b}}{{/b}}), a parent and its first block ({{<p}}{{$b}}), a block
// and its parent ending ({{/b}}{{/p}}).
bool standalone_pair(const std::vector<Token>& tokens, std::size_t first, std::size_t second) {
    const Token& a = tokens[first];
    const Token& b = tokens[second];
    if (second != first + 1) return false;
    if ((a.sigil == '<' || a.sigil == '$') && a.match == second) return true;
    if (a.sigil == '<' && b.sigil == '$') return directly_inside(tokens, second, first);
    if (closes(tokens, a) == '$' && closes(tokens, b) == '<') return directly_inside(tokens, a.match, b.match);
    return false;
}

// The spec's standalone rule: a line that holds, besides spaces and tabs, only one section,
// inverted, end, partial, parent, block, comment or delimiter tag (or a pair, above) is left
// out, line break and all. An empty block's pair keeps the line break.
void remove_standalone_lines(std::vector<Token>& tokens) {
    std::size_t line = 0;
    while (line < tokens.size()) {
        std::size_t end = line;
        while (end < tokens.size() && tokens[end].kind != Token::Kind::newline) ++end;
        std::vector<std::size_t> tags;
        bool only_blank = true;
        for (std::size_t i = line; i < end; ++i) {
            if (tokens[i].kind == Token::Kind::tag)
                tags.push_back(i);
            else
                only_blank = only_blank && blank(tokens[i].text);
        }
        const bool one = tags.size() == 1 && tokens[tags[0]].sigil != '\0' && tokens[tags[0]].sigil != '&';
        const bool pair = tags.size() == 2 && standalone_pair(tokens, tags[0], tags[1]);
        if (only_blank && (one || pair)) {
            const bool keep_break = pair && tokens[tags[0]].sigil == '$';
            for (std::size_t i = line; i < end; ++i)
                if (tokens[i].kind == Token::Kind::text) tokens[i].dropped = true;
            if (end < tokens.size() && !keep_break) tokens[end].dropped = true;
            const std::size_t before = tokens[line].kind == Token::Kind::text ? line : kNone;
            for (const std::size_t tag : tags) {
                tokens[tag].standalone = true;
                tokens[tag].before = before;
            }
        }
        line = end + 1;
    }
}

// A standalone block's content loses the indentation its lines share, and the block renders
// its lines (its own or those that replace them) with that indentation, or with the one
// before its tag when they share none: "indentation is removed at the site of definition and
// added at the site of expansion". Outer blocks first, so inner ones see their lines dedented.
void dedent_blocks(std::vector<Token>& tokens) {
    for (std::size_t open = 0; open < tokens.size(); ++open) {
        Token& block = tokens[open];
        if (block.kind != Token::Kind::tag || block.sigil != '$' || !block.standalone || block.match == kNone) continue;
        std::size_t from = open + 1;  // the content starts on the line after the tag
        while (from < block.match && tokens[from].kind != Token::Kind::newline) ++from;
        ++from;
        std::size_t to = block.match;  // and ends before the end tag, or before its line
        if (tokens[to].standalone)
            while (to > from && tokens[to - 1].kind != Token::Kind::newline) --to;
        std::optional<std::string_view> common;
        for (std::size_t i = from; i < to; ++i) {
            const bool starts_line = i == from || tokens[i - 1].kind == Token::Kind::newline;
            if (!starts_line || tokens[i].kind == Token::Kind::newline) continue;
            const bool blank_line = tokens[i].kind == Token::Kind::text && blank(tokens[i].text) &&
                                    (i + 1 == to || tokens[i + 1].kind == Token::Kind::newline);
            if (blank_line) continue;
            const std::string_view lead =
                tokens[i].kind == Token::Kind::text ? leading_blank(tokens[i].text) : std::string_view{};
            if (!common) common = lead;
            std::size_t shared = 0;
            while (shared < common->size() && shared < lead.size() && (*common)[shared] == lead[shared]) ++shared;
            common = common->substr(0, shared);
        }
        if (!common || common->empty()) continue;
        block.intrinsic = *common;
        for (std::size_t i = from; i < to; ++i) {
            const bool starts_line = i == from || tokens[i - 1].kind == Token::Kind::newline;
            if (starts_line && tokens[i].kind == Token::Kind::text)
                tokens[i].text.remove_prefix(std::min(common->size(), leading_blank(tokens[i].text).size()));
        }
    }
}

class TreeBuilder {
public:
    explicit TreeBuilder(const std::vector<Token>& tokens) : tokens_(tokens) {}

    std::vector<Node> run() {
        std::vector<Node> root;
        levels_.push_back(&root);
        for (const Token& token : tokens_) {
            if (token.dropped) continue;
            switch (token.kind) {
                case Token::Kind::text:
                    if (!token.text.empty()) add(literal(Node::Kind::text, token.text), token);
                    break;
                case Token::Kind::newline:
                    add(literal(Node::Kind::newline, token.text), token);
                    at_line_start_ = true;
                    break;
                case Token::Kind::tag:
                    tag(token);
                    break;
            }
        }
        for (const Node* open : open_) note_unclosed(*open);
        if (unclosed_) throw SyntaxError(unclosed_->offset, "Unclosed section \"" + unclosed_->name + "\"");
        return root;
    }

private:
    struct Unclosed {
        std::size_t offset;
        std::string name;
    };

    static Node literal(Node::Kind kind, std::string_view text) {
        Node node;
        node.kind = kind;
        node.text = std::string(text);
        return node;
    }

    Node& add(Node node, const Token& token) {
        node.offset = token.offset;
        if (token.standalone) {
            node.standalone = true;
            const std::string_view before = token.before == kNone ? std::string_view{} : tokens_[token.before].text;
            node.indent = std::string(token.intrinsic.empty() ? before : token.intrinsic);
        } else {
            node.line_start = at_line_start_;
            at_line_start_ = false;
        }
        levels_.back()->push_back(std::move(node));
        return levels_.back()->back();
    }

    // The first section (in the text) left open is the one reported.
    void note_unclosed(const Node& section) {
        if (!unclosed_ || section.offset < unclosed_->offset) unclosed_ = Unclosed{section.offset, section.text};
    }

    void tag(const Token& token) {
        Node node;
        node.text = std::string(token.text);
        switch (token.sigil) {
            case '!':
            case '=':
                return;
            case '/':
                close(token);
                return;
            case '#':
                node.kind = Node::Kind::section;
                break;
            case '^':
                node.kind = Node::Kind::inverted;
                break;
            case '>':
                node.kind = Node::Kind::partial;
                break;
            case '<':
                node.kind = Node::Kind::parent;
                break;
            case '$':
                node.kind = Node::Kind::block;
                break;
            default:
                node.kind = Node::Kind::variable;
        }
        if (node.kind == Node::Kind::variable || node.kind == Node::Kind::section ||
            node.kind == Node::Kind::inverted) {
            node.path = split_name(node.text);
            if (!node.path.empty()) {
                const std::string& first = node.path.front();
                node.key_bit = key_bit(first);
                node.position = first == "_number"  ? Node::Position::number
                                : first == "_first" ? Node::Position::first
                                : first == "_last"  ? Node::Position::last
                                                    : Node::Position::none;
            }
        }
        Node& added = add(std::move(node), token);
        if (opens(token.sigil)) {
            if (open_.size() >= static_cast<std::size_t>(kMaxNesting))
                throw SyntaxError(token.offset,
                                  "sections nest deeper than " + std::to_string(kMaxNesting) + " levels here");
            open_.push_back(&added);
            levels_.push_back(&added.children);
        }
    }

    void close(const Token& token) {
        if (open_.empty()) throw SyntaxError(token.offset, "Unopened section \"" + std::string(token.text) + "\"");
        Node& open = *open_.back();
        if (open.text != token.text) note_unclosed(open);
        // A parent keeps only its blocks: the text and tags around them say nothing.
        if (open.kind == Node::Kind::parent)
            std::erase_if(open.children, [](const Node& child) { return child.kind != Node::Kind::block; });
        open_.pop_back();
        levels_.pop_back();
        // What follows the end tag on its line is not at the line's start.
        if (!token.standalone) at_line_start_ = false;
    }

    const std::vector<Token>& tokens_;
    bool at_line_start_ = true;
    // Only the innermost open section gains children, so these addresses stay valid.
    std::vector<std::vector<Node>*> levels_;
    std::vector<Node*> open_;
    std::optional<Unclosed> unclosed_;
};

}  // namespace

Template Template::parse(std::string_view text) {
    std::vector<Token> tokens = Lexer(text).run();
    match_tags(tokens);
    remove_standalone_lines(tokens);
    dedent_blocks(tokens);
    Template parsed;
    parsed.nodes_ = TreeBuilder(tokens).run();
    for (const Token& token : tokens)
        if (token.kind == Token::Kind::tag && token.sigil == '!') parsed.comments_.emplace_back(token.text);
    return parsed;
}

namespace {
void qualify(std::vector<Node>& nodes, std::string_view prefix) {
    for (Node& node : nodes) {
        const bool named_template = node.kind == Node::Kind::partial || node.kind == Node::Kind::parent;
        if (named_template && node.text.find('/') == std::string::npos) node.text.insert(0, prefix);
        qualify(node.children, prefix);
    }
}
}  // namespace

void Template::qualify_partials(std::string_view prefix) { qualify(nodes_, prefix); }

}  // namespace kansli::mustache

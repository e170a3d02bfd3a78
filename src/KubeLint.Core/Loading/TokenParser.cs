using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Core.Loading;

/// <summary>
/// Turns the tokens of YamlDotNet's <see cref="Scanner"/> into calls on a <see cref="YamlTreeBuilder"/>,
/// following the YAML 1.2 block and flow productions with an explicit state stack (no recursion).
/// YamlDotNet's own <c>Parser</c> would do the same, but it looks every mapping key up in the
/// runtime's intern table (<c>string.IsInterned</c>, a process-wide lock) and allocates an event
/// object per node; on 10,000 documents that is a sixth of the loading time.
/// </summary>
internal sealed class TokenParser
{
    private const string CoreSchemaPrefix = "tag:yaml.org,2002:";

    /// <summary>The message for a tab before a compact nested collection, which already points at the tab.</summary>
    public const string TabBeforeCollection = "a tab before a nested block collection; indent it with spaces";

    /// <summary>A line inside a block mapping that is no key of it (YamlDotNet and libyaml: "did not find expected key").</summary>
    public const string BlockMappingKeyExpected = "a line here is not a 'key: value' of the mapping it is aligned with; check its indentation";

    /// <summary>A line inside a block sequence that is no item of it.</summary>
    public const string BlockSequenceItemExpected = "a line here is not a '- ' item of the list it is aligned with; check its indentation";

    private readonly string _text;
    private readonly Scanner? _scanner;
    private readonly ScannedTokens? _scanned;
    private int _next;
    private readonly YamlTreeBuilder _builder;
    private readonly Action<Yaml.YNode?> _documentEnded;
    private readonly Dictionary<string, string> _tagHandles = new(StringComparer.Ordinal);
    private State[] _states = new State[64];
    private int _depth;
    private Token? _current;
    private Mark _lastEnd = Mark.Empty;

    /// <summary>Parses as it scans; <paramref name="text"/> is what the reader holds, for the checks the scanner leaves out.</summary>
    public TokenParser(TextReader reader, YamlTreeBuilder builder, Action<Yaml.YNode?> documentEnded, string text)
    {
        _text = text;
        _scanner = new Scanner(reader, skipComments: true);
        _builder = builder;
        _documentEnded = documentEnded;
    }

    /// <summary>Parses tokens scanned ahead (<see cref="ScannedTokens"/>) instead of scanning as it goes.</summary>
    public TokenParser(ScannedTokens scanned, YamlTreeBuilder builder, Action<Yaml.YNode?> documentEnded, string text)
    {
        _text = text;
        _scanned = scanned;
        _builder = builder;
        _documentEnded = documentEnded;
    }

    private enum State : byte
    {
        BlockNode,
        BlockNodeOrIndentlessSequence,
        FlowNode,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowPairValue,
        FlowPairEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
    }

    /// <summary>Parses the whole stream; throws <see cref="YamlException"/> (with a position) on malformed YAML.</summary>
    public void Run()
    {
        if (Peek() is not StreamStart)
        {
            throw Error(Peek(), "the YAML stream does not start as YAML does");
        }

        Consume();
        while (true)
        {
            while (Peek() is DocumentEnd)
            {
                Consume();
            }

            if (Peek() is StreamEnd)
            {
                return;
            }

            var explicitStart = ReadDirectives();
            if (Peek() is DocumentStart)
            {
                Consume();
                explicitStart = true;
            }
            else if (explicitStart)
            {
                throw Error(Peek(), "a '%' directive must be followed by a '---' line");
            }

            _builder.BeginDocument();
            var first = Peek();
            if (explicitStart && first is DocumentStart or DocumentEnd or StreamEnd or VersionDirective or TagDirective)
            {
                _builder.Scalar(string.Empty, ScalarStyle.Plain, _lastEnd, _lastEnd, null, null);
            }
            else
            {
                ParseNodes(State.BlockNode);
            }

            var next = Peek();
            if (next is DocumentEnd)
            {
                Consume();
            }
            else if (next is not (DocumentStart or StreamEnd))
            {
                throw Error(next, "more content after the document's value; a document holds one value (start another with '---')");
            }

            _documentEnded(_builder.EndDocument());
        }
    }

    /// <summary>Reads <c>%YAML</c> and <c>%TAG</c> lines; tag handles are scoped to the document that follows.</summary>
    private bool ReadDirectives()
    {
        var any = false;
        _tagHandles.Clear();
        while (true)
        {
            switch (Peek())
            {
                case VersionDirective version:
                    if (version.Version.Major != 1)
                    {
                        throw Error(version, $"the %YAML directive asks for YAML {version.Version.Major}.{version.Version.Minor}; only YAML 1.x is read");
                    }

                    // A comment needs white space before it (YAML 1.2 §6.6, suite case MUS6/00); YamlDotNet's
                    // scanner takes "%YAML 1.1#..." for a version and a comment.
                    if (CommentWithoutSpace(version.Start))
                    {
                        throw Error(version, "the %YAML directive's version runs into a '#'; put a space before a comment");
                    }

                    break;
                case TagDirective tag:
                    if (!_tagHandles.TryAdd(tag.Handle, tag.Prefix))
                    {
                        throw Error(tag, $"the %TAG directive for {tag.Handle} appears twice");
                    }

                    break;
                default:
                    return any;
            }

            any = true;
            Consume();
        }
    }

    private void ParseNodes(State initial)
    {
        Push(initial);
        while (_depth > 0)
        {
            var state = _states[--_depth];
            switch (state)
            {
                case State.BlockNode:
                    ParseNode(block: true, indentlessSequence: false);
                    break;
                case State.BlockNodeOrIndentlessSequence:
                    ParseNode(block: true, indentlessSequence: true);
                    break;
                case State.FlowNode:
                    ParseNode(block: false, indentlessSequence: false);
                    break;
                case State.BlockSequenceEntry:
                    ParseBlockSequenceEntry();
                    break;
                case State.IndentlessSequenceEntry:
                    ParseIndentlessSequenceEntry();
                    break;
                case State.BlockMappingKey:
                    ParseBlockMappingKey();
                    break;
                case State.BlockMappingValue:
                    ParseBlockMappingValue();
                    break;
                case State.FlowSequenceFirstEntry or State.FlowSequenceEntry:
                    ParseFlowSequenceEntry(state == State.FlowSequenceFirstEntry);
                    break;
                case State.FlowPairValue:
                    ParseFlowPairValue();
                    break;
                case State.FlowPairEnd:
                    _builder.EndCollection(Peek().Start);
                    break;
                case State.FlowMappingFirstKey or State.FlowMappingKey:
                    ParseFlowMappingKey(state == State.FlowMappingFirstKey);
                    break;
                case State.FlowMappingValue:
                    ParseFlowMappingValue();
                    break;
                case State.FlowMappingEmptyValue:
                    EmptyScalar(Peek().Start);
                    Push(State.FlowMappingKey);
                    break;
            }
        }
    }

    private void ParseNode(bool block, bool indentlessSequence)
    {
        var token = Peek();
        if (token is AnchorAlias alias)
        {
            Consume();
            _builder.Alias(alias.Value.Value, alias.Start, alias.End);
            return;
        }

        string? anchor = null;
        string? tag = null;
        Mark? propertiesStart = null;
        while (true)
        {
            if (anchor is null && token is Anchor anchorToken)
            {
                anchor = anchorToken.Value.Value;
            }
            else if (tag is null && token is Tag tagToken)
            {
                tag = ResolveTag(tagToken);
            }
            else
            {
                break;
            }

            propertiesStart ??= token.Start;
            Consume();
            token = Peek();
        }

        switch (token)
        {
            case BlockEntry when indentlessSequence:
                _builder.BeginCollection(Yaml.YamlNodeKind.Sequence, flow: false, token.Start, anchor, tag);
                Push(State.IndentlessSequenceEntry);
                return;
            case Scalar scalar:
                Consume();
                _builder.Scalar(scalar.Value, scalar.Style, scalar.Start, scalar.End, anchor, tag);
                return;
            case FlowSequenceStart:
                Consume();
                _builder.BeginCollection(Yaml.YamlNodeKind.Sequence, flow: true, token.Start, anchor, tag);
                Push(State.FlowSequenceFirstEntry);
                return;
            case FlowMappingStart:
                Consume();
                _builder.BeginCollection(Yaml.YamlNodeKind.Mapping, flow: true, token.Start, anchor, tag);
                Push(State.FlowMappingFirstKey);
                return;
            case BlockSequenceStart when block:
                RejectTabBeforeCompactCollection(token);
                Consume();
                _builder.BeginCollection(Yaml.YamlNodeKind.Sequence, flow: false, token.Start, anchor, tag);
                Push(State.BlockSequenceEntry);
                return;
            case BlockMappingStart when block:
                RejectTabBeforeCompactCollection(token);
                Consume();
                _builder.BeginCollection(Yaml.YamlNodeKind.Mapping, flow: false, token.Start, anchor, tag);
                Push(State.BlockMappingKey);
                return;
        }

        if (propertiesStart is { } start)
        {
            // An anchor or tag on nothing: an empty (null) scalar.
            _builder.Scalar(string.Empty, ScalarStyle.Plain, start, _lastEnd, anchor, tag);
            return;
        }

        throw Error(token, "a value is missing here");
    }

    private void ParseBlockSequenceEntry()
    {
        var token = Peek();
        if (token is BlockEntry)
        {
            Consume();
            Push(State.BlockSequenceEntry);
            if (Peek() is BlockEntry or BlockEnd)
            {
                EmptyScalar(token.End);
            }
            else
            {
                Push(State.BlockNode);
            }
        }
        else if (token is BlockEnd)
        {
            Consume();
            _builder.EndCollection(token.Start);
        }
        else
        {
            throw Error(token, BlockSequenceItemExpected);
        }
    }

    private void ParseIndentlessSequenceEntry()
    {
        var token = Peek();
        if (token is not BlockEntry)
        {
            _builder.EndCollection(token.Start);
            return;
        }

        Consume();
        Push(State.IndentlessSequenceEntry);
        if (Peek() is BlockEntry or Key or Value or BlockEnd)
        {
            EmptyScalar(token.End);
        }
        else
        {
            Push(State.BlockNode);
        }
    }

    private void ParseBlockMappingKey()
    {
        var token = Peek();
        switch (token)
        {
            case Key:
                Consume();
                Push(State.BlockMappingValue);
                if (Peek() is Key or Value or BlockEnd)
                {
                    EmptyScalar(token.End);
                }
                else
                {
                    Push(State.BlockNodeOrIndentlessSequence);
                }

                break;
            case BlockEnd:
                Consume();
                _builder.EndCollection(token.Start);
                break;
            case Value:
                // A null key cannot become a JSON object key: the apiserver's decoder rejects it.
                throw Error(token, "a mapping value with no key before it");
            default:
                throw Error(token, BlockMappingKeyExpected);
        }
    }

    private void ParseBlockMappingValue()
    {
        var token = Peek();
        Push(State.BlockMappingKey);
        if (token is not Value)
        {
            EmptyScalar(token.Start);
            return;
        }

        Consume();
        if (Peek() is Key or Value or BlockEnd)
        {
            EmptyScalar(token.End);
        }
        else
        {
            Push(State.BlockNodeOrIndentlessSequence);
        }
    }

    private void ParseFlowSequenceEntry(bool first)
    {
        if (!NextFlowEntry(first, sequence: true))
        {
            return;
        }

        var token = Peek();
        Push(State.FlowSequenceEntry);
        if (token is not Key)
        {
            Push(State.FlowNode);
            return;
        }

        // "[a: b]": a single-pair mapping inside a flow sequence; it has no closing bracket of its own.
        Consume();
        _builder.BeginCollection(Yaml.YamlNodeKind.Mapping, flow: false, token.Start, null, null);
        Push(State.FlowPairEnd);
        Push(State.FlowPairValue);
        ParseFlowKey(token, inSequence: true);
    }

    private void ParseFlowPairValue() => ParseFlowValue(inSequence: true);

    private void ParseFlowMappingKey(bool first)
    {
        if (!NextFlowEntry(first, sequence: false))
        {
            return;
        }

        var token = Peek();
        if (token is not Key)
        {
            // "{a}": a key with no value.
            Push(State.FlowMappingEmptyValue);
            Push(State.FlowNode);
            return;
        }

        Consume();
        Push(State.FlowMappingValue);
        ParseFlowKey(token, inSequence: false);
    }

    private void ParseFlowMappingValue()
    {
        Push(State.FlowMappingKey);
        ParseFlowValue(inSequence: false);
    }

    /// <summary>Steps over the ',' before an entry of a flow collection; false when the collection closed instead.</summary>
    private bool NextFlowEntry(bool first, bool sequence)
    {
        var token = Peek();
        if (!first && !IsFlowEnd(token, sequence))
        {
            if (token is not FlowEntry)
            {
                throw Error(token, sequence
                    ? "a ',' or the closing ']' is missing in this [...] list"
                    : "a ',' or the closing '}' is missing in this {...} mapping");
            }

            Consume();
            token = Peek();
        }

        if (!IsFlowEnd(token, sequence))
        {
            return true;
        }

        Consume();
        _builder.EndCollection(token.Start);
        return false;
    }

    /// <summary>The key after a consumed <c>?</c> or implicit-key token: empty when nothing follows it.</summary>
    private void ParseFlowKey(Token keyToken, bool inSequence)
    {
        var next = Peek();
        if (next is Value or FlowEntry || IsFlowEnd(next, inSequence))
        {
            EmptyScalar(keyToken.End);
        }
        else
        {
            Push(State.FlowNode);
        }
    }

    /// <summary>The value of a flow entry: "a: b", "a:" (empty after the colon) or "a" (no colon at all).</summary>
    private void ParseFlowValue(bool inSequence)
    {
        var token = Peek();
        if (token is not Value)
        {
            EmptyScalar(token.Start);
            return;
        }

        Consume();
        if (Peek() is FlowEntry || IsFlowEnd(Peek(), inSequence))
        {
            EmptyScalar(token.End);
        }
        else
        {
            Push(State.FlowNode);
        }
    }

    /// <summary>True when the line from <paramref name="start"/> holds a '#' right after a character that is not white space.</summary>
    private bool CommentWithoutSpace(Mark start)
    {
        if (start.Index >= _text.Length)
        {
            return false;
        }

        var line = _text.AsSpan((int)start.Index);
        var end = line.IndexOfAny('\r', '\n');
        line = end < 0 ? line : line[..end];
        var hash = line.IndexOf('#');
        return hash > 0 && line[hash - 1] is not (' ' or '\t');
    }

    /// <summary>
    /// A block collection that starts on the line of the <c>-</c>, <c>?</c> or <c>:</c> before it (<c>- - a</c>,
    /// <c>? a: b</c>) is indented by the space between them, and YAML 1.2 indentation is spaces only (§6.1; suite
    /// cases Y79Y/04–09), which YamlDotNet's scanner does not check. kubectl rejects it too: go-yaml's
    /// <c>yaml_parser_scan_to_next_token</c> (scannerc.go) skips a tab in block context only where no simple key
    /// may start, and one may after those indicators, so the tab "cannot start any token".
    /// </summary>
    private void RejectTabBeforeCompactCollection(Token collection)
    {
        if (_lastEnd.Line != collection.Start.Line || _lastEnd.Index >= collection.Start.Index || collection.Start.Index > _text.Length)
        {
            return;
        }

        var gap = _text.AsSpan((int)_lastEnd.Index, (int)(collection.Start.Index - _lastEnd.Index));
        var tab = gap.IndexOf('\t');
        if (tab >= 0)
        {
            var at = new Mark(_lastEnd.Index + tab, _lastEnd.Line, _lastEnd.Column + tab);
            var after = new Mark(at.Index + 1, at.Line, at.Column + 1);
            throw new LoaderSyntaxException(at, after, TabBeforeCollection);
        }
    }

    private static bool IsFlowEnd(Token token, bool sequence) => sequence ? token is FlowSequenceEnd : token is FlowMappingEnd;

    private void EmptyScalar(Mark at) => _builder.Scalar(string.Empty, ScalarStyle.Plain, at, at, null, null);

    /// <summary><c>!!str</c> is the core schema's <c>str</c>; <c>!</c> alone (non-specific) stays <c>!</c>, which
    /// makes a scalar a string (<see cref="Api.ScalarKinds.Classify"/>).</summary>
    private string? ResolveTag(Tag tag)
    {
        if (tag.Handle.Length == 0)
        {
            // Verbatim (!<tag:example.com,2000:x>), or "!" alone.
            return tag.Suffix;
        }

        if (_tagHandles.TryGetValue(tag.Handle, out var prefix))
        {
            return prefix + tag.Suffix;
        }

        return tag.Handle switch
        {
            "!!" => CoreSchemaPrefix + tag.Suffix,
            "!" => "!" + tag.Suffix,
            _ => throw Error(tag, $"the tag handle {tag.Handle} is not declared by a %TAG directive"),
        };
    }

    private void Push(State state)
    {
        if (_depth == _states.Length)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        _states[_depth++] = state;
    }

    /// <summary>The next token, not consumed; the scanner's error tokens become exceptions.</summary>
    private Token Peek()
    {
        if (_current is null)
        {
            if (NextToken() is not { } next)
            {
                throw new LoaderSyntaxException(_lastEnd, _lastEnd, "the YAML ends in the middle of a value");
            }

            if (next is Error error)
            {
                throw new SyntaxErrorException(error.Start, error.End, error.Value);
            }

            _current = next;
        }

        return _current;
    }

    private Token? NextToken()
    {
        if (_scanner is not null)
        {
            return _scanner.MoveNext() ? _scanner.Current : null;
        }

        if (_next < _scanned!.Tokens.Count)
        {
            return _scanned.Tokens[_next++];
        }

        if (_scanned.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return null;
    }

    private void Consume()
    {
        _lastEnd = _current!.End;
        _current = null;
    }

    private static LoaderSyntaxException Error(Token at, string message) => new(at.Start, at.End, message);
}

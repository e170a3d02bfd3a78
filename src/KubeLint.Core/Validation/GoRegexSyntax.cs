namespace KubeLint.Core.Validation;

/// <summary>
/// Whether Go's <c>regexp.Compile</c> (RE2 syntax, Go's regexp/syntax parser with Perl flags) refuses a pattern, and
/// with which of its error codes. The apiserver compiles a CRD schema's <c>pattern</c> with it, so .NET's Regex is the
/// wrong judge both ways: it takes lookarounds and backreferences, which RE2 refuses, and refuses <c>\Q…\E</c>,
/// <c>\z</c> in a class or <c>(?P&lt;name&gt;…)</c>, which RE2 takes. Only what Go certainly refuses at every Go release
/// Kubernetes 1.16–1.36 was built with is reported; <c>(?&lt;name&gt;…)</c> (accepted from Go 1.22 on), Unicode class
/// names and size limits are not judged. Linear in the pattern's length.
/// </summary>
internal static class GoRegexSyntax
{
    /// <summary>Go's error text (<c>error parsing regexp: invalid escape sequence: `\e`</c>), or null when Go would compile it.</summary>
    public static string? Error(string pattern)
    {
        var parser = new Parser(pattern);
        return parser.Run() is { } error ? $"error parsing regexp: {error.Code}: `{error.Fragment}`" : null;
    }

    /// <summary>
    /// The pattern rewritten so that .NET's Regex matches what Go's would, or null when that cannot be done with
    /// confidence (Go refuses the pattern, or it uses a construct that has no plain .NET spelling): <c>(?P&lt;n&gt;</c> to
    /// <c>(?&lt;n&gt;</c>, <c>\Q…\E</c> to escaped text, <c>\pL</c> to <c>\p{L}</c>, <c>\x{…}</c> to <c>\uHHHH</c>,
    /// POSIX classes to ranges, and <c>$</c> to <c>\z</c> (Go's <c>$</c> does not match before a final newline) unless a
    /// flag group may turn on multi-line mode.
    /// </summary>
    public static string? ToDotNet(string pattern)
    {
        if (Error(pattern) is not null || pattern.Contains("(?U", StringComparison.Ordinal))
        {
            return null;
        }

        var multiLine = pattern.Contains("(?", StringComparison.Ordinal) && pattern.Contains('m');
        var result = new System.Text.StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                switch (next)
                {
                    case 'Q' when !inClass:
                        var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                        var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                        result.Append(System.Text.RegularExpressions.Regex.Escape(literal));
                        i = end < 0 ? pattern.Length : end + 1;
                        continue;
                    case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] != '{':
                        result.Append('\\').Append(next).Append('{').Append(pattern[i + 2]).Append('}');
                        i += 2;
                        continue;
                    case 'x' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                        var close = pattern.IndexOf('}', i + 3);
                        var code = Convert.ToInt32(pattern[(i + 3)..close], 16);
                        if (code > 0xFFFF)
                        {
                            return null;
                        }

                        result.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{code:X4}");
                        i = close;
                        continue;
                    default:
                        result.Append(c).Append(next);
                        i++;
                        continue;
                }
            }

            if (inClass && c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && pattern.IndexOf(":]", i + 2, StringComparison.Ordinal) is var posixEnd and > 0)
            {
                var name = pattern[(i + 2)..posixEnd];
                if (!PosixRanges.TryGetValue(name, out var ranges))
                {
                    return null; // a negated POSIX class ([:^alpha:]) has no in-class .NET spelling
                }

                result.Append(ranges);
                i = posixEnd + 1;
                continue;
            }

            if (!inClass && c == '(' && pattern.AsSpan(i).StartsWith("(?P<"))
            {
                result.Append("(?<");
                i += 3;
                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
                result.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append('^');
                    i++;
                }

                // A ] first in a class is a literal in Go; .NET wants it escaped.
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append(@"\]");
                    i++;
                }

                continue;
            }

            if (c == ']' && inClass)
            {
                inClass = false;
            }

            result.Append(c == '$' && !inClass && !multiLine ? @"\z" : c.ToString());
        }

        var translated = result.ToString();
        try
        {
            _ = new System.Text.RegularExpressions.Regex(translated, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            return translated;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly Dictionary<string, string> PosixRanges = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = @"\x00-\x7F",
        ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = @"!-/:-@\[-`{-~",
        ["space"] = @"\t\n\v\f\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    private readonly record struct Failure(string Code, string Fragment);

    private sealed class Parser(string p)
    {
        private int _pos;
        private int _depth;

        // True when the last item can be repeated (a literal, class, group, assertion); false at the start, after ( or |.
        private bool _operand;

        // The text of the repetition operator just read, when the last item was one (Go refuses a** and a{2}*).
        private string? _lastRepeat;

        public Failure? Run()
        {
            while (_pos < p.Length)
            {
                var c = p[_pos];
                var failure = c switch
                {
                    '(' => Group(),
                    ')' => Close(),
                    '|' => Simple(false),
                    '[' => Class(),
                    '*' or '+' or '?' => Repeat(_pos + 1),
                    '{' => Brace(),
                    '\\' => Escape(),
                    _ => Literal(),
                };
                if (failure is not null)
                {
                    return failure;
                }
            }

            return _depth > 0 ? new Failure("missing closing )", p) : null;
        }

        private Failure? Simple(bool operand)
        {
            _pos++;
            _operand = operand;
            _lastRepeat = null;
            return null;
        }

        private Failure? Literal()
        {
            _pos += char.IsSurrogatePair(p, _pos) ? 2 : 1;
            _operand = true;
            _lastRepeat = null;
            return null;
        }

        private Failure? Close()
        {
            if (_depth == 0)
            {
                return new Failure("unexpected )", p);
            }

            _depth--;
            return Simple(true);
        }

        private Failure? Group()
        {
            if (_pos + 1 >= p.Length || p[_pos + 1] != '?')
            {
                _depth++;
                return Simple(false);
            }

            var start = _pos;
            var i = _pos + 2;

            // Named captures: (?P<name>…) always; (?<name>…) from Go 1.22 on, so it is not judged; (?<= and (?<! never.
            if (i < p.Length && (p[i] == 'P' || p[i] == '<'))
            {
                var lt = p[i] == 'P' ? i + 1 : i;
                if (p[i] == '<' && i + 1 < p.Length && p[i + 1] is '=' or '!')
                {
                    return new Failure("invalid or unsupported Perl syntax", p[start..(i + 1)]);
                }

                if (p[i] == 'P' && (lt >= p.Length || p[lt] != '<'))
                {
                    return new Failure("invalid or unsupported Perl syntax", p[start..(i + 1)]);
                }

                var end = p.IndexOf('>', lt);
                if (end < 0)
                {
                    return p[i] == 'P' ? new Failure("invalid named capture", p[start..]) : null;
                }

                var name = p[(lt + 1)..end];
                if (p[i] == 'P' && (name.Length == 0 || !IsWord(name)))
                {
                    return new Failure("invalid named capture", p[start..(end + 1)]);
                }

                _depth++;
                _pos = end + 1;
                _operand = false;
                _lastRepeat = null;
                return null;
            }

            // Flags: i, m, s and U, one '-' at most; then ':' opens a group and ')' ends a flag change.
            var sign = false;
            var sawFlag = false;
            for (; i < p.Length; i++)
            {
                switch (p[i])
                {
                    case 'i' or 'm' or 's' or 'U':
                        sawFlag = true;
                        continue;
                    case '-' when !sign:
                        sign = true;
                        sawFlag = false;
                        continue;
                    case ':' or ')' when !sign || sawFlag:
                        _pos = i + 1;
                        _lastRepeat = null;
                        if (p[i] == ':')
                        {
                            _depth++;
                            _operand = false;
                        }

                        // A flag change (?i) leaves what came before it repeatable, as in Go.
                        return null;
                    default:
                        return new Failure("invalid or unsupported Perl syntax", p[start..(i + 1)]);
                }
            }

            return new Failure("missing closing )", p);
        }

        private Failure? Repeat(int after)
        {
            // A trailing ? makes the operator lazy, and belongs to it.
            if (after < p.Length && p[after] == '?')
            {
                after++;
            }

            var op = p[_pos..after];
            if (_lastRepeat is not null)
            {
                return new Failure("invalid nested repetition operator", _lastRepeat + op);
            }

            if (!_operand)
            {
                return new Failure("missing argument to repetition operator", op);
            }

            _pos = after;
            _lastRepeat = op;
            return null;
        }

        // {n}, {n,} and {n,m} repeat (counts up to 1000, m ≥ n); any other { is a literal, as is a count with a leading zero.
        private Failure? Brace()
        {
            var i = _pos + 1;
            if (!Digits(ref i, out var min))
            {
                return Literal();
            }

            var max = min;
            if (i < p.Length && p[i] == ',')
            {
                i++;
                if (i < p.Length && p[i] == '}')
                {
                    max = -1;
                }
                else if (!Digits(ref i, out max))
                {
                    return Literal();
                }
            }

            if (i >= p.Length || p[i] != '}')
            {
                return Literal();
            }

            // Go checks the counts before it looks for something to repeat.
            if (min > 1000 || max > 1000 || (max >= 0 && max < min))
            {
                return new Failure("invalid repeat count", p[_pos..(i + 1)]);
            }

            return Repeat(i + 1);
        }

        // A decimal number at i (advanced past it), capped to avoid overflow; false when there is none or it has a leading zero.
        private bool Digits(ref int i, out int value)
        {
            var start = i;
            value = 0;
            while (i < p.Length && p[i] is >= '0' and <= '9')
            {
                value = Math.Min(100_000, (value * 10) + (p[i] - '0'));
                i++;
            }

            return i > start && !(i - start >= 2 && p[start] == '0');
        }

        private Failure? Escape()
        {
            if (_pos + 1 >= p.Length)
            {
                return new Failure("trailing backslash at end of expression", string.Empty);
            }

            switch (p[_pos + 1])
            {
                case 'A' or 'b' or 'B' or 'z':
                    _pos += 2;
                    _operand = true;
                    _lastRepeat = null;
                    return null;
                case 'Q':
                    var end = p.IndexOf("\\E", _pos + 2, StringComparison.Ordinal);
                    _pos = end < 0 ? p.Length : end + 2;
                    _operand = true;
                    _lastRepeat = null;
                    return null;
                case 'C':
                    return new Failure("invalid escape sequence", @"\C");
            }

            if (ClassEscape(ref _pos) is { } failure)
            {
                return failure;
            }

            _operand = true;
            _lastRepeat = null;
            return null;
        }

        // One escape at i (the backslash) that stands for a character or a set: \d \s \w and their negations, \p and
        // \P classes, the single-character escapes, octal and hex codes, escaped punctuation.
        private Failure? ClassEscape(ref int i)
        {
            var start = i;
            if (i + 1 >= p.Length)
            {
                return new Failure("trailing backslash at end of expression", string.Empty);
            }

            var c = p[i + 1];
            i += 2;
            switch (c)
            {
                case 'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'a' or 'f' or 'n' or 'r' or 't' or 'v':
                    return null;
                case 'p' or 'P':
                    if (i < p.Length && p[i] == '{')
                    {
                        var close = p.IndexOf('}', i);
                        i = close < 0 ? p.Length : close + 1;
                    }
                    else if (i < p.Length)
                    {
                        i++;
                    }

                    return null;
                case >= '1' and <= '7' when i >= p.Length || p[i] is < '0' or > '7':
                    // A lone non-zero digit is a backreference, which RE2 does not have.
                    return new Failure("invalid escape sequence", p[start..i]);
                case >= '0' and <= '7':
                    for (var n = 0; n < 2 && i < p.Length && p[i] is >= '0' and <= '7'; n++)
                    {
                        i++;
                    }

                    return null;
                case 'x':
                    return Hex(start, ref i);
                default:
                    // Escaped ASCII punctuation stands for itself; an escaped letter, digit or non-ASCII character not listed is refused.
                    if (c < 0x80 && !char.IsAsciiLetterOrDigit(c))
                    {
                        return null;
                    }

                    return new Failure("invalid escape sequence", p[start..(char.IsHighSurrogate(c) && i < p.Length ? i + 1 : i)]);
            }
        }

        // \xHH (exactly two hex digits) or \x{H…} (up to U+10FFFF).
        private Failure? Hex(int start, ref int i)
        {
            if (i < p.Length && p[i] == '{')
            {
                var close = p.IndexOf('}', i);
                var digits = close < 0 ? string.Empty : p[(i + 1)..close];
                if (digits.Length == 0 || !IsHex(digits) || (digits.TrimStart('0').Length > 6) || Convert.ToInt64(digits.Length > 8 ? digits[^8..] : digits, 16) > 0x10FFFF)
                {
                    return new Failure("invalid escape sequence", p[start..(close < 0 ? p.Length : close + 1)]);
                }

                i = close + 1;
                return null;
            }

            if (i + 1 < p.Length && char.IsAsciiHexDigit(p[i]) && char.IsAsciiHexDigit(p[i + 1]))
            {
                i += 2;
                return null;
            }

            return new Failure("invalid escape sequence", p[start..Math.Min(p.Length, i + 2)]);
        }

        private Failure? Class()
        {
            var start = _pos;
            var i = _pos + 1;
            if (i < p.Length && p[i] == '^')
            {
                i++;
            }

            var first = true;
            while (i < p.Length && (p[i] != ']' || first))
            {
                first = false;

                // [:alpha:] and the other POSIX names; an unknown name is refused.
                if (p[i] == '[' && i + 1 < p.Length && p[i + 1] == ':')
                {
                    var close = p.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (close >= 0)
                    {
                        var name = p[(i + 2)..close];
                        if (!PosixNames.Contains(name.StartsWith('^') ? name[1..] : name))
                        {
                            return new Failure("invalid character class range", p[i..(close + 2)]);
                        }

                        i = close + 2;
                        continue;
                    }
                }

                var loStart = i;
                if (ClassChar(ref i, out var lo) is { } failure)
                {
                    return failure;
                }

                // A range lo-hi, unless the - is the class's last character.
                if (lo >= 0 && i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
                {
                    i++;
                    if (ClassChar(ref i, out var hi) is { } hiFailure)
                    {
                        return hiFailure;
                    }

                    if (hi >= 0 && hi < lo)
                    {
                        return new Failure("invalid character class range", p[loStart..i]);
                    }
                }
            }

            if (i >= p.Length)
            {
                return new Failure("missing closing ]", p[start..]);
            }

            _pos = i + 1;
            _operand = true;
            _lastRepeat = null;
            return null;
        }

        // One member of a class at i: a character (its code in value), or a set such as \d or \pL (value -1).
        private Failure? ClassChar(ref int i, out int value)
        {
            value = -1;
            if (p[i] != '\\')
            {
                value = CodePoint(p, i, out var width);
                i += width;
                return null;
            }

            var start = i;
            if (i + 1 < p.Length && p[i + 1] is 'A' or 'b' or 'B' or 'z' or 'Q' or 'C')
            {
                // Assertions and \Q are not characters: parseClassChar hands them to parseEscape, which refuses them.
                return new Failure("invalid escape sequence", p[start..(i + 2)]);
            }

            if (ClassEscape(ref i) is { } failure)
            {
                return failure;
            }

            value = Code(p[start..i]);
            return null;
        }

        // The character an escape such as \t, \x41, \101 or \- stands for; -1 for a set.
        private static int Code(string escape) => escape[1] switch
        {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'x' => Convert.ToInt32(escape.Length > 2 && escape[2] == '{' ? escape[3..^1].TrimStart('0').PadLeft(1, '0') : escape[2..], 16),
            >= '0' and <= '7' => Convert.ToInt32(escape[1..], 8),
            'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'p' or 'P' => -1,
            _ => CodePoint(escape, 1, out _),
        };

        // The code point at i (a surrogate pair counts as one), and how many chars it takes.
        private static int CodePoint(string s, int i, out int width)
        {
            width = char.IsSurrogatePair(s, i) ? 2 : 1;
            return width == 2 ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
        }

        private static bool IsWord(string name)
        {
            foreach (var c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHex(string digits)
        {
            foreach (var c in digits)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly HashSet<string> PosixNames = new(StringComparer.Ordinal)
        {
            "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit",
        };
    }
}

using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Core.Loading;

/// <summary>
/// The tokens of a text, scanned ahead of parsing (on another thread than the parser's), up to the
/// end or to the exception the scanner threw, which the parser rethrows where it would have met it.
/// </summary>
internal sealed class ScannedTokens
{
    private ScannedTokens(List<Token> tokens, Exception? error)
    {
        Tokens = tokens;
        Error = error;
    }

    public List<Token> Tokens { get; }

    /// <summary>What the scanner threw after the last token, if anything.</summary>
    public Exception? Error { get; }

    public static ScannedTokens Scan(string text)
    {
        var tokens = new List<Token>(text.Length / 8);
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        try
        {
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                tokens.Add(token);

                // The parser stops at an error token; the scanner, asked for more, can repeat it forever.
                if (token is Error)
                {
                    break;
                }

                if (tokens.Count > text.Length + 16)
                {
                    throw new LoaderSyntaxException(token.Start, token.End, "the YAML scanner stopped making progress here");
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ScannedTokens(tokens, e);
        }

        return new ScannedTokens(tokens, null);
    }
}

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Deterministic short strings over a small alphabet, for holding a hand-written check to the pattern it replaces.</summary>
internal static class RandomStrings
{
    public static IEnumerable<string> Over(string alphabet, int count, int maxLength, int seed = 20261126)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var chars = new char[random.Next(0, maxLength + 1)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            yield return new string(chars);
        }
    }
}

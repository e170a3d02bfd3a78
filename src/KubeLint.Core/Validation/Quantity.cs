using System.Globalization;

namespace KubeLint.Core.Validation;

/// <summary>
/// A resource quantity (<c>100m</c>, <c>1.5Gi</c>, <c>2e3</c>) read as apimachinery's
/// <c>resource.ParseQuantity</c> reads it (<c>pkg/api/resource/quantity.go: parseQuantityString</c>,
/// <c>suffix.go: interpret</c>): an optional sign, digits with an optional fraction, then one of the
/// suffixes <c>n u m "" k M G T P E</c>, <c>Ki Mi Gi Ti Pi Ei</c> or <c>e</c>/<c>E</c> and an integer
/// exponent. Nothing else, not even surrounding spaces. The value is kept as a double: enough to
/// compare requests with limits.
/// </summary>
internal readonly record struct Quantity(double Value)
{
    private const string SuffixLetters = "eEinumkKMGTP";

    public int Sign => Math.Sign(Value);

    /// <summary>Parses <paramref name="text"/>; false where the apiserver answers "quantities must match the regular expression".</summary>
    public static bool TryParse(string text, out Quantity quantity)
    {
        quantity = default;
        if (text.Length == 0)
        {
            return false;
        }

        var pos = 0;
        var negative = false;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            pos++;
        }

        var numberStart = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }
        }

        var number = text.AsSpan(numberStart, pos - numberStart);
        var suffixStart = pos;
        while (pos < text.Length && SuffixLetters.Contains(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length && text[pos] is '-' or '+')
        {
            pos++;
        }

        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length || !TryScale(text.AsSpan(suffixStart), out var scale))
        {
            return false;
        }

        // "+", "." and "" before the suffix read as zero, as upstream's scanner reads them.
        var mantissa = number.Length == 0 || number is "." ? 0d : double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        quantity = new Quantity((negative ? -mantissa : mantissa) * scale);
        return true;
    }

    /// <summary>The factor of a suffix: decimal SI, binary SI, or a decimal exponent.</summary>
    private static bool TryScale(ReadOnlySpan<char> suffix, out double scale)
    {
        scale = suffix switch
        {
            "" => 1,
            "n" => 1e-9,
            "u" => 1e-6,
            "m" => 1e-3,
            "k" => 1e3,
            "M" => 1e6,
            "G" => 1e9,
            "T" => 1e12,
            "P" => 1e15,
            "E" => 1e18,
            "Ki" => 1024d,
            "Mi" => 1024d * 1024,
            "Gi" => 1024d * 1024 * 1024,
            "Ti" => 1024d * 1024 * 1024 * 1024,
            "Pi" => 1024d * 1024 * 1024 * 1024 * 1024,
            "Ei" => 1024d * 1024 * 1024 * 1024 * 1024 * 1024,
            _ => double.NaN,
        };
        if (!double.IsNaN(scale))
        {
            return true;
        }

        if (suffix.Length > 1 && suffix[0] is 'e' or 'E'
            && long.TryParse(suffix[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            scale = Math.Pow(10, Math.Clamp(exponent, -400, 400));
            return true;
        }

        return false;
    }
}

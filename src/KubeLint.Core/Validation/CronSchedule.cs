using System.Globalization;

namespace KubeLint.Core.Validation;

/// <summary>
/// A CronJob's <c>spec.schedule</c> read as the apiserver reads it (<c>pkg/apis/batch/validation/validation.go:
/// validateScheduleFormat</c>, robfig/cron's standard parser): a descriptor (<c>@hourly</c> … <c>@every 1h30m</c>)
/// or five fields (minute, hour, day of month, month, day of week), each a comma list of <c>*</c>, <c>?</c>,
/// a value or a range, with an optional <c>/step</c>; months and weekdays also by name. Returns the
/// parser's complaint, or null. Kept to what every parser the apiserver used at a minor rejects.
/// </summary>
internal static class CronSchedule
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private static readonly string[] Descriptors = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];

    /// <summary>The first minor whose parser is robfig/cron v3 (kubernetes#102735): exactly five fields,
    /// a <c>TZ=</c>/<c>CRON_TZ=</c> prefix understood. Before it, the old parser was given "0 " + the
    /// schedule and also took four fields.</summary>
    public const int V3Since = 22;

    public static string? Check(string schedule, int minor)
    {
        var spec = schedule.Trim();
        if (minor >= V3Since && (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal)))
        {
            var space = spec.IndexOf(' ');
            if (space < 0)
            {
                return null; // the location is the parser's business; left alone
            }

            spec = spec[space..].Trim();
        }

        if (spec.StartsWith('@'))
        {
            if (Array.IndexOf(Descriptors, spec) >= 0)
            {
                return null;
            }

            if (spec.StartsWith("@every ", StringComparison.Ordinal))
            {
                var duration = spec["@every ".Length..];
                return IsGoDuration(duration) ? null : $"failed to parse duration {spec}: time: invalid duration \"{duration}\"";
            }

            return $"unrecognized descriptor: {spec}";
        }

        var fields = spec.Split([' ', '\t', '\n', '\r', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 && !(minor < V3Since && fields.Length == 4))
        {
            return $"expected exactly 5 fields, found {fields.Length}: {spec}";
        }

        return Field(fields[0], 0, 59, null, minor)
            ?? Field(fields[1], 0, 23, null, minor)
            ?? Field(fields[2], 1, 31, null, minor)
            ?? Field(fields[3], 1, 12, Months, minor)
            ?? (fields.Length == 5 ? Field(fields[4], 0, 6, Weekdays, minor) : null);
    }

    private static string? Field(string field, int min, int max, string[]? names, int minor)
    {
        foreach (var expr in field.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Range(expr, min, max, names, minor) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static string? Range(string expr, int min, int max, string[]? names, int minor)
    {
        var rangeAndStep = expr.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        long start, end;
        if (lowAndHigh[0] is "*" or "?")
        {
            start = min;
            end = max;
        }
        else
        {
            if (Number(lowAndHigh[0], names, out start) is { } startError)
            {
                return startError;
            }

            switch (lowAndHigh.Length)
            {
                case 1:
                    end = start;
                    break;
                case 2:
                    if (Number(lowAndHigh[1], names, out end) is { } endError)
                    {
                        return endError;
                    }

                    break;
                default:
                    return $"too many hyphens: {expr}";
            }
        }

        long step = 1;
        switch (rangeAndStep.Length)
        {
            case 1:
                break;
            case 2:
                if (Number(rangeAndStep[1], null, out step) is { } stepError)
                {
                    return stepError;
                }

                if (lowAndHigh.Length == 1 && lowAndHigh[0] is not ("*" or "?"))
                {
                    end = max; // "N/step" means "N-max/step"
                }

                break;
            default:
                return $"too many slashes: {expr}";
        }

        return start < min ? $"beginning of range ({start}) below minimum ({min}): {expr}"
            : end > max ? $"end of range ({end}) above maximum ({max}): {expr}"
            : start > end ? $"beginning of range ({start}) beyond end of range ({end}): {expr}"
            : step == 0 && minor >= V3Since ? $"step of range should be a positive number: {expr}"
            : null;
    }

    /// <summary>A name (case-insensitive) or a non-negative integer, as strconv.Atoi reads it.</summary>
    private static string? Number(string text, string[]? names, out long value)
    {
        if (names is not null)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    value = names == Months ? i + 1 : i;
                    return null;
                }
            }
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || text.Length > 18)
        {
            return $"failed to parse int from {text}: strconv.Atoi: parsing \"{text}\": invalid syntax";
        }

        return value < 0 ? $"negative number ({value}) not allowed: {text}" : null;
    }

    /// <summary>Go's <c>time.ParseDuration</c> grammar: an optional sign, then one or more decimal numbers each with a unit (ns, us, µs, ms, s, m, h); "0" alone.</summary>
    private static bool IsGoDuration(string text)
    {
        var s = text.AsSpan();
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        if (s is "0")
        {
            return true;
        }

        if (s.IsEmpty)
        {
            return false;
        }

        while (!s.IsEmpty)
        {
            var i = 0;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                    digits++;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && s[i] != '.' && !char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (s[unitStart..i] is not ("ns" or "us" or "µs" or "μs" or "ms" or "s" or "m" or "h"))
            {
                return false;
            }

            s = s[i..];
        }

        return true;
    }
}

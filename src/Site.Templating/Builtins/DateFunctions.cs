using System.Globalization;
using System.Text;
using Site.Templating.Runtime;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>date</c> builtin object and strftime-style formatting.</summary>
public static class DateFunctions
{
    public const string DefaultFormat = "%d %b %Y";

    /// <summary>The <c>date</c> object: <c>format</c> is stored per context so the shared builtin stays immutable.</summary>
    private sealed class DateObject : ScriptObject
    {
        public override bool TryGetValue(TemplateContext context, string key, out object? value)
        {
            if (key == "format")
            {
                value = context.DateFormat;
                return true;
            }
            return base.TryGetValue(context, key, out value);
        }

        public override bool TrySetValue(TemplateContext context, string key, object? value)
        {
            if (key == "format")
            {
                context.DateFormat = context.Str(value);
                return true;
            }
            return false;
        }
    }

    internal static ScriptObject Create()
    {
        var o = new DateObject();
        o.SetValue("default_format", DefaultFormat, readOnly: true);
        o.SetValue("format", DefaultFormat);
        o.Def("now", P(), (c, n, a) => c.GetNow());
        o.Def("utc_now", P(), (c, n, a) => c.Now?.ToUniversalTime() ?? DateTime.UtcNow);
        o.Def("add_days", P("date", "days"), (c, n, a) => AsDate(a[0])?.AddDays(ValueConverter.ToDouble(a[1])));
        o.Def("add_months", P("date", "months"), (c, n, a) => AsDate(a[0])?.AddMonths(c.Int(n, a[1])));
        o.Def("add_years", P("date", "years"), (c, n, a) => AsDate(a[0])?.AddYears(c.Int(n, a[1])));
        o.Def("add_hours", P("date", "hours"), (c, n, a) => AsDate(a[0])?.AddHours(ValueConverter.ToDouble(a[1])));
        o.Def("add_minutes", P("date", "minutes"), (c, n, a) => AsDate(a[0])?.AddMinutes(ValueConverter.ToDouble(a[1])));
        o.Def("add_seconds", P("date", "seconds"), (c, n, a) => AsDate(a[0])?.AddSeconds(ValueConverter.ToDouble(a[1])));
        o.Def("add_milliseconds", P("date", "millis"), (c, n, a) => AsDate(a[0])?.AddMilliseconds(ValueConverter.ToDouble(a[1])));
        o.Def("parse", new[] { ParamSpec.Req("text"), ParamSpec.Opt("pattern"), ParamSpec.Opt("culture") }, (c, n, a) => Parse(c, a[0], a[1], a[2]));
        o.Def("to_string", new[] { ParamSpec.Req("date"), ParamSpec.Req("pattern"), ParamSpec.Opt("culture") }, (c, n, a) =>
        {
            var date = AsDate(a[0]);
            return date == null ? null : Format(c, date.Value, c.Str(a[1]), a[2] == null ? null : MathFunctions.Culture(c, a[2]));
        });
        o.DefWrite("to_string", (c, n, statement, a) =>
        {
            var date = AsDate(a[0]);
            if (date == null)
            {
                return;
            }
            var pattern = c.Str(a[1]);
            var culture = a[2] == null ? null : MathFunctions.Culture(c, a[2]);
            var sb = StringBuilderCache.Acquire(pattern.Length + 16);
            FormatTo(sb, c, date.Value, pattern, culture);
            c.WriteText(statement, sb);
            StringBuilderCache.Release(sb);
        });
        o.Def("parse_to_string", new[] { ParamSpec.Req("text"), ParamSpec.Opt("output_pattern"), ParamSpec.Opt("output_culture"), ParamSpec.Opt("input_pattern"), ParamSpec.Opt("input_culture") }, (c, n, a) =>
        {
            var date = Parse(c, a[0], a[3], a[4]);
            return date == null ? null : Format(c, date.Value, a[1] == null ? c.DateFormat : c.Str(a[1]), a[2] == null ? null : MathFunctions.Culture(c, a[2]));
        });
        return o;
    }

    private static DateTime? AsDate(object? value) => value switch
    {
        DateTime d => d,
        DateTimeOffset o => o.DateTime,
        _ => null,
    };

    private static DateTime? Parse(TemplateContext context, object? text, object? pattern, object? culture)
    {
        if (text is DateTime dt)
        {
            return dt;
        }
        var s = context.Str(text);
        if (s.Length == 0)
        {
            return null;
        }
        var ci = culture == null ? context.CurrentCulture : MathFunctions.Culture(context, culture);
        if (pattern != null && DateTime.TryParseExact(s, context.Str(pattern), ci, DateTimeStyles.None, out var exact))
        {
            return exact;
        }
        return DateTime.TryParse(s, ci, DateTimeStyles.None, out var parsed) ? parsed : null;
    }

    /// <summary>strftime-style formatting (<c>%Y-%m-%d</c>); unknown codes are written as-is.</summary>
    public static string Format(TemplateContext? context, DateTime date, string pattern, CultureInfo? culture)
    {
        var sb = StringBuilderCache.Acquire(pattern.Length + 16);
        FormatTo(sb, context, date, pattern, culture);
        return StringBuilderCache.ToStringAndRelease(sb);
    }

    private static void FormatTo(StringBuilder sb, TemplateContext? context, DateTime date, string pattern, CultureInfo? culture)
    {
        var ci = culture ?? context?.CurrentCulture ?? CultureInfo.InvariantCulture;
        if (pattern == "%g")
        {
            // Scriban quirk: a lone %g prints the default format preceded by a space.
            sb.Append(' ');
            FormatTo(sb, context, date, DefaultFormat, CultureInfo.InvariantCulture);
            return;
        }
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch != '%' || i + 1 >= pattern.Length)
            {
                sb.Append(ch);
                continue;
            }
            var code = pattern[++i];
            AppendCode(sb, date, code, ref ci);
        }
    }

    private static void AppendCode(StringBuilder sb, DateTime d, char code, ref CultureInfo ci)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (code)
        {
            case 'a': sb.Append(ci.DateTimeFormat.GetAbbreviatedDayName(d.DayOfWeek)); break;
            case 'A': sb.Append(ci.DateTimeFormat.GetDayName(d.DayOfWeek)); break;
            case 'b':
            case 'h': sb.Append(ci.DateTimeFormat.GetAbbreviatedMonthName(d.Month)); break;
            case 'B': sb.Append(ci.DateTimeFormat.GetMonthName(d.Month)); break;
            case 'c':
                AppendAll(sb, d, "%a %b %d %T %Y", ci);
                break;
            case 'C': AppendPadded(sb, d.Year / 100, 2); break;
            case 'd': AppendPadded(sb, d.Day, 2); break;
            case 'D': AppendAll(sb, d, "%m/%d/%y", ci); break;
            case 'e': sb.Append(d.Day.ToString(inv).PadLeft(2)); break;
            case 'F': AppendAll(sb, d, "%Y-%m-%d", ci); break;
            case 'H': AppendPadded(sb, d.Hour, 2); break;
            case 'I': AppendPadded(sb, d.Hour % 12 == 0 ? 12 : d.Hour % 12, 2); break;
            case 'j': AppendPadded(sb, d.DayOfYear, 3); break;
            case 'k': sb.Append(d.Hour.ToString(inv).PadLeft(2)); break;
            case 'l': sb.Append((d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString(inv).PadLeft(2)); break;
            case 'L': AppendPadded(sb, d.Millisecond, 3); break;
            case 'm': AppendPadded(sb, d.Month, 2); break;
            case 'M': AppendPadded(sb, d.Minute, 2); break;
            case 'n': sb.Append('\n'); break;
            case 'N': AppendPadded(sb, d.Ticks % TimeSpan.TicksPerSecond * 100, 9); break;
            case 'p': sb.Append(d.Hour < 12 ? "AM" : "PM"); break;
            case 'P': sb.Append(d.Hour < 12 ? "am" : "pm"); break;
            case 'r': AppendAll(sb, d, "%I:%M:%S %p", ci); break;
            case 'R': AppendAll(sb, d, "%H:%M", ci); break;
            case 's': sb.Append(((long)(d - DateTime.UnixEpoch).TotalSeconds).ToString(inv)); break;
            case 'S': AppendPadded(sb, d.Second, 2); break;
            case 't': sb.Append('\t'); break;
            case 'T': AppendAll(sb, d, "%H:%M:%S", ci); break;
            case 'u': sb.Append((d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek).ToString(inv)); break;
            case 'U': sb.Append(CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(d, CalendarWeekRule.FirstDay, DayOfWeek.Sunday).ToString("D2", inv)); break;
            case 'V': sb.Append(ISOWeek.GetWeekOfYear(d).ToString("D2", inv)); break;
            case 'W': sb.Append(CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(d, CalendarWeekRule.FirstDay, DayOfWeek.Monday).ToString("D2", inv)); break;
            case 'w': sb.Append(((int)d.DayOfWeek).ToString(inv)); break;
            case 'v':
                sb.Append(d.Day.ToString(inv).PadLeft(2)).Append('-').Append(ci.DateTimeFormat.GetAbbreviatedMonthName(d.Month).ToUpperInvariant()).Append('-').Append(d.Year.ToString("D4", inv));
                break;
            case 'x': sb.Append(d.ToString("d", ci)); break;
            case 'X': sb.Append(d.ToString("T", ci)); break;
            case 'y': AppendPadded(sb, d.Year % 100, 2); break;
            case 'Y': AppendPadded(sb, d.Year, 4); break;
            case 'Z': sb.Append(d.Kind == DateTimeKind.Utc ? "UTC" : d.ToString("zzz", inv)); break;
            case '%': sb.Append('%'); break;
            case 'g': ci = CultureInfo.InvariantCulture; break;
            default: sb.Append('%').Append(code); break;
        }
    }

    /// <summary>Appends a number zero-padded to <paramref name="width"/> digits (like <c>ToString("D2")</c>) without a temporary string.</summary>
    private static void AppendPadded(StringBuilder sb, long value, int width)
    {
        if ((ulong)value >= 10000 || width > 4)
        {
            sb.Append(value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            return;
        }
        var v = (int)value;
        Span<char> digits = stackalloc char[4];
        digits[0] = (char)('0' + (v / 1000));
        digits[1] = (char)('0' + (v / 100 % 10));
        digits[2] = (char)('0' + (v / 10 % 10));
        digits[3] = (char)('0' + (v % 10));
        var length = Math.Max(width, v >= 1000 ? 4 : v >= 100 ? 3 : v >= 10 ? 2 : 1);
        sb.Append(digits[(4 - length)..]);
    }

    private static void AppendAll(StringBuilder sb, DateTime d, string pattern, CultureInfo ci)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length)
            {
                AppendCode(sb, d, pattern[++i], ref ci);
            }
            else
            {
                sb.Append(pattern[i]);
            }
        }
    }
}

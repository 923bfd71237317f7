using System.Globalization;
using Site.Templating.Runtime;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>timespan</c> builtin object.</summary>
internal static class TimeSpanFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.SetValue("zero", TimeSpan.Zero, readOnly: true);
        o.Def("from_days", P("days"), (c, n, a) => TimeSpan.FromDays(ValueConverter.ToDouble(a[0])));
        o.Def("from_hours", P("hours"), (c, n, a) => TimeSpan.FromHours(ValueConverter.ToDouble(a[0])));
        o.Def("from_minutes", P("minutes"), (c, n, a) => TimeSpan.FromMinutes(ValueConverter.ToDouble(a[0])));
        o.Def("from_seconds", P("seconds"), (c, n, a) => TimeSpan.FromSeconds(ValueConverter.ToDouble(a[0])));
        o.Def("from_milliseconds", P("millis"), (c, n, a) => TimeSpan.FromMilliseconds(ValueConverter.ToDouble(a[0])));
        o.Def("parse", P("text"), (c, n, a) => TimeSpan.Parse(c.Str(a[0]), CultureInfo.InvariantCulture));
        return o;
    }
}

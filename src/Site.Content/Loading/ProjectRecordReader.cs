using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>Reads a project's record-valued keys: `audits`, `annualReview` and `links`.</summary>
internal static class ProjectRecordReader
{
    private static readonly string[] AuditFields = ["date", "type", "vendor", "url"];
    private static readonly string[] ReviewFields = ["date", "url"];

    /// <summary>`audits: [{ date, type, vendor, url }]`, sorted by date; items with errors are left out (reported).</summary>
    public static IReadOnlyList<Audit> Audits(FrontMatterEntry e, FrontMatterReader reader)
    {
        var items = reader.ListOfMaps(e);
        if (items is null)
        {
            return [];
        }

        var audits = new List<Audit>(items.Count);
        foreach (var fields in items)
        {
            reader.OnlyFields(fields, "an audit", AuditFields);
            var date = Required(fields, "date", e.Key, reader) is { } d ? reader.DateOnlyValue(d) : null;
            var type = Required(fields, "type", e.Key, reader) is { } t ? reader.String(t) : null;
            var url = Required(fields, "url", e.Key, reader) is { } u ? reader.Url(u) : null;
            var vendor = FrontMatterReader.Field(fields, "vendor") is { } v ? reader.String(v) : null;
            if (date is { } day && type is not null && url is not null)
            {
                audits.Add(new Audit(day, type, vendor, url));
            }
        }

        return audits.OrderBy(a => a.Date).ToArray();
    }

    /// <summary>`annualReview: { date, url }`.</summary>
    public static AnnualReview? AnnualReview(FrontMatterEntry e, FrontMatterReader reader)
    {
        if (reader.Map(e) is not { } fields)
        {
            return null;
        }

        reader.OnlyFields(fields, "`annualReview`", ReviewFields);
        var date = Required(fields, "date", e.Key, reader) is { } d ? reader.DateOnlyValue(d) : null;
        var url = FrontMatterReader.Field(fields, "url") is { } u ? reader.Url(u) : null;
        return date is { } day ? new AnnualReview(day, url) : null;
    }

    /// <summary>`links: { documentation: https://…, slack: https://… }` in the order pages show them.</summary>
    public static IReadOnlyList<CommunityLink> Links(FrontMatterEntry e, FrontMatterReader reader)
    {
        if (reader.Map(e) is not { } fields)
        {
            return [];
        }

        reader.OnlyFields(fields, "`links` (the theme labels each link by its name)", CommunityLinkNames.All);
        var links = new List<CommunityLink>(fields.Count);
        foreach (var name in CommunityLinkNames.All)
        {
            if (FrontMatterReader.Field(fields, name) is { } f && reader.Url(f) is { } url)
            {
                links.Add(new CommunityLink(name, url));
            }
        }

        return links;
    }

    private static FrontMatterEntry? Required(IReadOnlyList<FrontMatterEntry> fields, string name, string key, FrontMatterReader reader)
    {
        var f = FrontMatterReader.Field(fields, name);
        if (f is null && fields.Count > 0)
        {
            var first = fields[0];
            reader.Error(first.KeyPosition, $"an item of `{key}` needs `{name}:`");
        }

        return f;
    }
}

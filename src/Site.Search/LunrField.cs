namespace Site.Search;

/// <summary>An indexed field and its build-time boost (lunr <c>builder.field(name, {boost})</c>).</summary>
public sealed record LunrField(string Name, double Boost);

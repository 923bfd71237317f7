namespace Site.Templating.Syntax;

/// <summary>A position in a template source: 0-based offset, 1-based line and column.</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    public static readonly TextPosition Start = new(0, 1, 1);
}

/// <summary>The source range covered by a token or a syntax node.</summary>
public readonly record struct SourceSpan(string? Path, TextPosition Start, TextPosition End)
{
    public int Line => Start.Line;
    public int Column => Start.Column;

    public override string ToString() => $"{Path}({Start.Line},{Start.Column})";
}

namespace Site.Content.FrontMatter;

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct Position(int Line, int Column)
{
    public static readonly Position Unknown = new(0, 0);

    public override string ToString() => $"{Line}:{Column}";
}

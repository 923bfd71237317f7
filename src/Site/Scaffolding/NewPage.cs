namespace Site.Cli.Scaffolding;

/// <summary>A page file to create: its path below the input folder and its full text.</summary>
public sealed record NewPage(string RelativePath, string Text);

/// <summary>The outcome of a scaffolding request: a page, or the reason there is none.</summary>
public sealed record ScaffoldResult(NewPage? Page, string? Error)
{
    public static ScaffoldResult Ok(NewPage page) => new(page, null);

    public static ScaffoldResult Fail(string error) => new(null, error);
}

namespace Site.Pipeline.Rendering;

/// <summary>
/// The limits every template render runs under, so that a theme or a page can neither hang a
/// build nor exhaust its memory, and a page is never cut short silently: each limit, when hit,
/// fails the render with a diagnostic at the template line that hit it.
/// </summary>
public sealed record RenderLimits
{
    public static RenderLimits Default { get; } = new();

    /// <summary>Loop iterations per render, nested loops and builtins counted together. High enough for a tag or SIG page listing every post of a 20,000-page site.</summary>
    public int LoopIterations { get; init; } = 10_000_000;

    /// <summary>Depth of nested function calls and includes (a partial including itself ends here).</summary>
    public int RecursionDepth { get; init; } = 100;

    /// <summary>
    /// Characters of rendered output per template render, and of any one string a template
    /// builds. 16 Mi characters: a hundred times the largest page of the large benchmark corpus.
    /// Scriban's default (1 Mi characters) would cut a long page and append <c>...</c>; here the
    /// render fails instead.
    /// </summary>
    public int OutputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Nesting depth when an object is turned into text or JSON (<c>object.to_json</c>).</summary>
    public int ObjectDepth { get; init; } = 20;

    /// <summary>Time one regular expression of a template (<c>regex.*</c>) may run.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(2);
}

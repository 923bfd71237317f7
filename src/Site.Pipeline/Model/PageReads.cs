using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>
/// Records which pages a page model reads while it is built: the data half of an output's
/// dependency record in <c>serve</c>. Every place where the model factory takes words or facts
/// from a page (its own, a list item, a link, a summary, a rendered body) calls
/// <see cref="Read"/>; a build session wraps each job in <see cref="Record"/> and later rebuilds
/// only the outputs that read an edited page. Pages are recorded by id, which is shared by all
/// languages: an edit of the English post also reaches the Chinese pages that show its fallback,
/// and a Chinese page's translation switcher that says whether the English one exists.
/// Outside a recording (one-shot builds) <see cref="Read"/> costs a thread-static null check.
/// </summary>
internal static class PageReads
{
    [ThreadStatic]
    private static HashSet<string>? t_ids;

    /// <summary>Collects the ids read on this thread into <paramref name="ids"/> until disposed.</summary>
    public static Scope Record(HashSet<string> ids)
    {
        var previous = t_ids;
        t_ids = ids;
        return new Scope(previous);
    }

    public static void Read(Page? page)
    {
        if (page is not null)
        {
            t_ids?.Add(page.Id);
        }
    }

    public readonly struct Scope(HashSet<string>? previous) : IDisposable
    {
        public void Dispose() => t_ids = previous;
    }
}

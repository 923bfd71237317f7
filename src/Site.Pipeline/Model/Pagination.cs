namespace Site.Pipeline.Model;

/// <summary>The <c>pagination</c> object of list pages: a window of page links, not all of them.</summary>
public static class Pagination
{
    /// <param name="urlOf">Site URL of a 1-based page number, already including the base path.</param>
    public static ModelMap Build(int current, int total, Func<int, string> urlOf)
    {
        var numbers = new SortedSet<int> { 1, total };
        for (var n = current - 2; n <= current + 2; n++)
        {
            if (n >= 1 && n <= total)
            {
                numbers.Add(n);
            }
        }

        var pages = new List<object?>(numbers.Count + 2);
        var previous = 0;
        foreach (var n in numbers)
        {
            if (n - previous > 1)
            {
                pages.Add(new ModelMap(4) { ["number"] = null, ["url"] = null, ["is_current"] = false, ["is_gap"] = true });
            }

            pages.Add(new ModelMap(4) { ["number"] = n, ["url"] = urlOf(n), ["is_current"] = n == current, ["is_gap"] = false });
            previous = n;
        }

        return new ModelMap(5)
        {
            ["page"] = current,
            ["total_pages"] = total,
            ["prev_url"] = current > 1 ? urlOf(current - 1) : null,
            ["next_url"] = current < total ? urlOf(current + 1) : null,
            ["pages"] = pages,
        };
    }
}

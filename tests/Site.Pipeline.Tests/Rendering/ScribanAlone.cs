using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>A layout rendered by Scriban alone (a plain context, the model as Scriban's own objects): what the renderer must match.</summary>
internal static class ScribanAlone
{
    /// <summary>The output, or the error as <c>line:column: message</c>.</summary>
    private static (string? Html, string? Error) Render(string layout, ModelMap page)
    {
        var context = new TemplateContext { NewLine = "\n" };
        context.PushGlobal(new ScriptObject { ["page"] = ToScriban(page) });
        try
        {
            return (Template.Parse(layout, "layouts/page.scriban").Render(context), null);
        }
        catch (ScriptRuntimeException ex)
        {
            return (null, $"{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}: {ex.OriginalMessage}");
        }
    }

    /// <summary>Renders <paramref name="layout"/> with the renderer (a test theme) and with Scriban alone: same output, same error.</summary>
    public static void AssertRendersAsScriban(string layout, ModelMap page)
    {
        using var theme = new TestTheme();
        theme.Write("theme/layouts/page.scriban", layout);

        var (ours, error) = theme.RenderPage("page", page);
        var (scriban, scribanError) = Render(layout, page);

        Assert.Equal(scriban, ours);
        Assert.Equal(scribanError, error is null ? null : $"{error.Line}:{error.Column}: {error.Message}");
    }

    private static object? ToScriban(object? value) => value switch
    {
        ModelMap map => map.Aggregate(new ScriptObject(), (o, entry) => { o[entry.Key] = ToScriban(entry.Value); return o; }),
        List<object?> list => new ScriptArray(list.Select(ToScriban)),
        _ => value,
    };
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content.Diagnostics;
using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Rendering;

/// <summary>A layout rendered by Scriban alone (a plain context, the model as Scriban's own objects): what the renderer must match.</summary>
internal static class ScribanAlone
{
    /// <summary>The output, or the error as <c>line:column: message</c>.</summary>
    public static (string? Html, string? Error) Render(string layout, ModelMap page)
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

    /// <summary>A renderer's error as <see cref="Render"/> gives Scriban's.</summary>
    public static string? Describe(Diagnostic? error) => error is null ? null : $"{error.Line}:{error.Column}: {error.Message}";

    private static object? ToScriban(object? value) => value switch
    {
        ModelMap map => map.Aggregate(new ScriptObject(), (o, entry) => { o[entry.Key] = ToScriban(entry.Value); return o; }),
        List<object?> list => new ScriptArray(list.Select(ToScriban)),
        _ => value,
    };
}

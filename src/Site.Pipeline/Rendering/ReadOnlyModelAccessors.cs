using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content.Text;

namespace Site.Pipeline.Rendering;

/// <summary>
/// How templates read the page model (<see cref="ModelMap"/> objects and <c>List&lt;object?&gt;</c>
/// lists, see Site.Pipeline.Model): directly, and read-only.
/// <para>
/// Directly: Scriban's own accessor for a dictionary converts every member name to the key
/// type and calls through the generic interface; these call <see cref="Dictionary{TKey,TValue}.TryGetValue"/>
/// on the concrete type. Registered once per context (Scriban caches an accessor per type).
/// </para>
/// <para>
/// Read-only: list items and language objects are shared by every page and every render thread,
/// so a template that assigned <c>p.title = …</c> would change other pages, racing with the
/// threads that read them. An assignment into the model fails the render at its line instead
/// ("Cannot set a value for the readonly member"); templates assign to their own variables.
/// </para>
/// </summary>
internal sealed class ReadOnlyMapAccessor : IObjectAccessor
{
    public static readonly ReadOnlyMapAccessor Instance = new();

    public bool HasIndexer => true;

    public Type IndexType => typeof(string);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((ModelMap)target).Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((ModelMap)target).Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => ((ModelMap)target).ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var found = ((ModelMap)target).TryGetValue(member, out value);
        value = Unwrap(value);
        return found;
    }

    /// <summary>The text last read on this thread: a page's templates read its body several times (a test, then the output).</summary>
    [ThreadStatic]
    private static (CompactText Kept, string Text)? _lastRead;

    /// <summary>A page's body HTML is kept compact in its model until a template reads it (<see cref="CompactText"/>).</summary>
    internal static object? Unwrap(object? value)
    {
        if (value is not CompactText kept)
        {
            return value;
        }

        if (_lastRead is not { } last || !ReferenceEquals(last.Kept, kept))
        {
            last = (kept, kept.ToString());
            _lastRead = last;
        }

        return last.Text;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        var key = index as string ?? context.ObjectToString(index);
        if (key is null || !((ModelMap)target).TryGetValue(key, out value))
        {
            return false;
        }

        value = Unwrap(value);
        return true;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}

/// <summary>Lists of the page model: read as Scriban reads any list (<c>size</c>, out-of-range index is null), never written (see <see cref="ReadOnlyMapAccessor"/>).</summary>
internal sealed class ReadOnlyListAccessor : IListAccessor, IObjectAccessor
{
    public static readonly ReadOnlyListAccessor Instance = new();

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetLength(TemplateContext context, SourceSpan span, object target) => ((IList)target).Count;

    public object? GetValue(TemplateContext context, SourceSpan span, object target, int index)
    {
        var list = (IList)target;
        return index >= 0 && index < list.Count ? list[index] : null;
    }

    public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value) =>
        throw new ScriptRuntimeException(span, "Cannot set an item of a list of the page model: it is read-only (copy it first, e.g. with array.add)");

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 1;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ["size"];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member == "size";

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = member == "size" ? ((IList)target).Count : null;
        return member == "size";
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}

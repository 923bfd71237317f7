namespace Site.Templating.Runtime;

/// <summary>The value of <c>empty</c> / <c>blank</c>: falsy, prints nothing, equals empty collections.</summary>
public sealed class EmptyScriptObject
{
    public static readonly EmptyScriptObject Default = new();

    private EmptyScriptObject()
    {
    }

    public override string ToString() => string.Empty;
}

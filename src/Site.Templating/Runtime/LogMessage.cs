using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

public enum ParserMessageType
{
    Warning,
    Error,
}

/// <summary>A parse or render diagnostic with its position.</summary>
public sealed record LogMessage(ParserMessageType Type, SourceSpan Span, string Message)
{
    public string? Path => Span.Path;

    public int Line => Span.Line;

    public int Column => Span.Column;

    public string Severity => Type == ParserMessageType.Error ? "error" : "warning";

    /// <summary>Scriban's own format, <c>path(line,col) : error : text</c>.</summary>
    public string ToScribanString() => $"{Span.Path}({Span.Line},{Span.Column}) : {Severity} : {Message}";

    /// <summary>The site's diagnostic format, <c>path:line:col: error: text</c>.</summary>
    public override string ToString() => $"{Span.Path}:{Span.Line}:{Span.Column}: {Severity}: {Message}";
}

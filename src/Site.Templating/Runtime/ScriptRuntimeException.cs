using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>A render-time error. <see cref="Exception.Message"/> is <c>path(line,col) : error : text</c>.</summary>
public class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(SourceSpan span, string message, Exception? inner = null)
        : base(message, inner)
    {
        Span = span;
        OriginalMessage = message;
    }

    public SourceSpan Span { get; }

    /// <summary>The error text without position.</summary>
    public string OriginalMessage { get; }

    public override string Message => $"{Span.Path}({Span.Line},{Span.Column}) : error : {OriginalMessage}";

    /// <summary>The diagnostic as a <see cref="LogMessage"/> (<c>path:line:col: error: text</c>).</summary>
    public LogMessage ToLogMessage() => new(ParserMessageType.Error, Span, OriginalMessage);
}

using Site.Templating.Syntax;

namespace Site.Templating.Parsing;

/// <summary>Liquid tags (<c>{% tag %}</c>) and filters, lowered into the Scriban syntax tree.</summary>
internal sealed partial class Parser
{
    private ScriptStatement? ParseLiquidTag(Token enter, out Terminator terminator)
    {
        terminator = Terminator.None;
        LogError(enter, "Liquid tags are not supported yet");
        SkipToEndOfStatement();
        return null;
    }

    private ScriptExpression ParseLiquidFilter() => ParseExpression(0, ExprFlags.NoPipe | ExprFlags.NoConditional);
}

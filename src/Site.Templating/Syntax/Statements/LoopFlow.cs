using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>What <c>for</c> and <c>while</c> do after each pass of their body.</summary>
internal static class LoopFlow
{
    /// <summary>
    /// Whether the loop stops after this pass: at <c>break</c> (consumed) or <c>ret</c> (left for the caller to see);
    /// a <c>continue</c> is consumed and the loop goes on.
    /// </summary>
    public static bool EndsLoop(TemplateContext context)
    {
        switch (context.FlowState)
        {
            case ScriptFlowState.Break:
                context.FlowState = ScriptFlowState.None;
                return true;
            case ScriptFlowState.Continue:
                context.FlowState = ScriptFlowState.None;
                return false;
            default:
                return context.FlowState == ScriptFlowState.Return;
        }
    }
}

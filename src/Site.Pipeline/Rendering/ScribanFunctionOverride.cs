using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// A faster or safer stand-in for one of Scriban's own functions that keeps its signature: parameter
/// counts, kinds and return type come from the function it replaces, so argument conversion and the
/// errors of a wrong call stay Scriban's. A subclass only says what a call does.
/// </summary>
internal abstract class ScribanFunctionOverride(IScriptCustomFunction scriban) : IScriptCustomFunction
{
    /// <summary>The replaced function, for the calls the override leaves to it.</summary>
    protected IScriptCustomFunction Scriban { get; } = scriban;

    public int RequiredParameterCount => Scriban.RequiredParameterCount;

    public int ParameterCount => Scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => Scriban.VarParamKind;

    public Type ReturnType => Scriban.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Scriban.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    /// <summary>Templates render synchronously; an asynchronous call runs the same code.</summary>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

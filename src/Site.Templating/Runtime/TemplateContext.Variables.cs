using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Variable storage: the global object stack, local (<c>$</c>) scopes and loop scopes.</summary>
public sealed partial class TemplateContext
{
    private readonly List<ScriptObject> _globals = new();
    private readonly List<LocalScope> _locals = new();
    private readonly List<LoopScope> _loops = new();

    // Scopes are recycled: an include or function call per item would otherwise allocate a scope and its variables.
    private readonly Stack<LocalScope> _freeLocals = new();

    internal sealed class LocalScope
    {
        public ScriptObject? Variables;
        public ScriptArray? Arguments;
        public ScriptBlockStatement? WrapBlock;

        // Set when `$` was read as a value (not as `$.x` / `$[i]`): the array may then outlive the scope.
        public bool ArgumentsEscaped;
    }

    // Argument arrays of finished includes whose `$` never escaped, reused by the next include.
    private readonly Stack<ScriptArray> _freeIncludeArguments = new();

    internal ScriptArray RentIncludeArguments() => _freeIncludeArguments.Count > 0 ? _freeIncludeArguments.Pop() : new ScriptArray();

    internal void ReturnIncludeArguments(ScriptArray arguments)
    {
        arguments.ResetForReuse();
        _freeIncludeArguments.Push(arguments);
    }

    // Loop scopes and states are recycled too: a loop nested in a 200-item loop would otherwise allocate per item.
    private readonly Stack<LoopScope> _freeLoops = new();
    private readonly Stack<LoopState> _freeLoopStates = new();

    internal sealed class LoopScope
    {
        public LoopKind Kind;
        public ScriptObject? State;
        public string? VariableName;
        public object? VariableValue;
    }

    /// <summary>Pushes an object whose members become global variables (the model, <c>with</c> targets).</summary>
    public void PushGlobal(ScriptObject scriptObject) => _globals.Add(scriptObject);

    public ScriptObject PopGlobal()
    {
        if (_globals.Count <= 1)
        {
            throw new InvalidOperationException("Cannot pop the builtin object.");
        }
        var top = _globals[^1];
        _globals.RemoveAt(_globals.Count - 1);
        return top;
    }

    /// <summary>The object receiving unprefixed assignments (<c>this</c>).</summary>
    public ScriptObject CurrentGlobal => _globals[^1];

    internal int GlobalCount => _globals.Count;

    internal void PushLocal(ScriptArray? arguments = null, ScriptBlockStatement? wrapBlock = null)
    {
        var scope = _freeLocals.Count > 0 ? _freeLocals.Pop() : new LocalScope();
        scope.Arguments = arguments;
        scope.WrapBlock = wrapBlock;
        scope.ArgumentsEscaped = false;
        _locals.Add(scope);
    }

    internal void PopLocal()
    {
        var scope = _locals[^1];
        _locals.RemoveAt(_locals.Count - 1);
        scope.Arguments = null;
        scope.WrapBlock = null;
        // Local variables cannot be reached once their scope ends, so the object is emptied and reused.
        scope.Variables?.Clear();
        _freeLocals.Push(scope);
    }

    internal LocalScope? CurrentLocal => _locals.Count > 0 ? _locals[^1] : null;

    /// <summary>
    /// Starts a loop: its state (<c>for.index</c>…) and its scope, both recycled, and the depth that <c>break</c> and
    /// <c>continue</c> check. Pair with <see cref="ExitLoop"/> in a <c>finally</c>.
    /// </summary>
    internal (LoopState State, LoopScope Scope) EnterLoop(LoopKind kind)
    {
        var state = RentLoopState(kind);
        var scope = PushLoop(kind, state);
        LoopDepth++;
        return (state, scope);
    }

    internal void ExitLoop(LoopState state)
    {
        LoopDepth--;
        PopLoop();
        ReturnLoopState(state);
    }

    private LoopScope PushLoop(LoopKind kind, ScriptObject? state)
    {
        var scope = _freeLoops.Count > 0 ? _freeLoops.Pop() : new LoopScope();
        scope.Kind = kind;
        scope.State = state;
        _loops.Add(scope);
        return scope;
    }

    private void PopLoop()
    {
        var scope = _loops[^1];
        _loops.RemoveAt(_loops.Count - 1);
        scope.State = null;
        scope.VariableName = null;
        scope.VariableValue = null;
        _freeLoops.Push(scope);
    }

    private LoopState RentLoopState(LoopKind kind)
    {
        if (_freeLoopStates.Count > 0)
        {
            var state = _freeLoopStates.Pop();
            state.Reset(kind);
            return state;
        }
        return new LoopState(kind);
    }

    /// <summary>Recycles a finished loop's state unless template code still holds it.</summary>
    private void ReturnLoopState(LoopState state)
    {
        if (!state.Escaped)
        {
            state.Previous = null;
            state.Current = null;
            _freeLoopStates.Push(state);
        }
    }

    internal int LoopScopeCount => _loops.Count;

    internal object? GetVariable(ScriptVariable variable)
    {
        var name = variable.Name;
        switch (variable.Kind)
        {
            case VariableKind.Global:
                {
                    for (var i = _loops.Count - 1; i >= 0; i--)
                    {
                        if (ReferenceEquals(_loops[i].VariableName, name))
                        {
                            return _loops[i].VariableValue;
                        }
                    }
                    for (var i = _globals.Count - 1; i >= 0; i--)
                    {
                        var scope = _globals[i];
                        // A render's own scope is usually empty: skip hashing the name there (subclasses may compute members).
                        if (scope.Count == 0 && scope.GetType() == typeof(ScriptObject))
                        {
                            continue;
                        }
                        if (scope.TryGetValue(this, name, out var value))
                        {
                            return value;
                        }
                    }
                    if (StrictVariables)
                    {
                        throw new ScriptRuntimeException(variable.Span, $"The variable or function `{name}` was not found");
                    }
                    return null;
                }
            case VariableKind.Local:
                {
                    for (var i = _loops.Count - 1; i >= 0; i--)
                    {
                        if (ReferenceEquals(_loops[i].VariableName, name))
                        {
                            return _loops[i].VariableValue;
                        }
                    }
                    var local = CurrentLocal;
                    if (local?.Variables != null && local.Variables.TryGetValue(name, out var value))
                    {
                        return value;
                    }
                    if (StrictVariables)
                    {
                        throw new ScriptRuntimeException(variable.Span, $"The variable `{name}` was not found");
                    }
                    return null;
                }
            case VariableKind.Arguments:
                {
                    var local = CurrentLocal;
                    if (local != null && !variable.IsMemberTarget)
                    {
                        local.ArgumentsEscaped = true;
                    }
                    return local?.Arguments;
                }
            case VariableKind.ArgumentIndex:
                return CurrentLocal?.Arguments?[variable.Index];
            case VariableKind.WrapBlock:
                return CurrentLocal?.WrapBlock;
            case VariableKind.Loop:
                for (var i = _loops.Count - 1; i >= 0; i--)
                {
                    if (_loops[i].Kind == variable.LoopKind || (variable.LoopKind == LoopKind.For && _loops[i].Kind == LoopKind.TableRow))
                    {
                        var state = _loops[i].State;
                        if (!variable.IsMemberTarget && state is LoopState loopState)
                        {
                            // The object itself may be stored or passed on, so it must outlive its loop.
                            loopState.Escaped = true;
                        }
                        return state;
                    }
                }
                return null;
        }
        return null;
    }

    internal void SetVariable(ScriptVariable variable, object? value)
    {
        var name = variable.Name;
        switch (variable.Kind)
        {
            case VariableKind.Global:
                {
                    for (var i = _loops.Count - 1; i >= 0; i--)
                    {
                        if (ReferenceEquals(_loops[i].VariableName, name))
                        {
                            _loops[i].VariableValue = value;
                            return;
                        }
                    }
                    var top = _globals[^1];
                    if (!top.TrySetValue(this, name, value))
                    {
                        throw new ScriptRuntimeException(variable.Span, $"Cannot set the readonly variable `{name}`");
                    }
                    return;
                }
            case VariableKind.Local:
                {
                    for (var i = _loops.Count - 1; i >= 0; i--)
                    {
                        if (ReferenceEquals(_loops[i].VariableName, name))
                        {
                            _loops[i].VariableValue = value;
                            return;
                        }
                    }
                    if (_locals.Count == 0)
                    {
                        PushLocal();
                    }
                    var local = _locals[^1];
                    local.Variables ??= new ScriptObject();
                    if (!local.Variables.TrySetValue(this, name, value))
                    {
                        throw new ScriptRuntimeException(variable.Span, $"Cannot set the readonly variable `{name}`");
                    }
                    return;
                }
        }
        throw new ScriptRuntimeException(variable.Span, $"Cannot set the special variable `{variable}`");
    }

    internal void SetReadOnly(ScriptVariable variable)
    {
        if (variable.Kind == VariableKind.Local)
        {
            var local = CurrentLocal;
            if (local != null)
            {
                local.Variables ??= new ScriptObject();
                local.Variables.SetReadOnly(variable.Name, true);
            }
            return;
        }
        _globals[^1].SetReadOnly(variable.Name, true);
    }

    /// <summary>Finds the object that currently defines a global name (for <c>readonly</c>/<c>import</c>).</summary>
    internal bool IsReadOnlyGlobal(string name) => _globals[^1].IsReadOnlyMember(name);
}

using System.Globalization;
using System.Text;
using Site.Templating.Builtins;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>Control flow signalled by statements; unwinding uses this flag, never exceptions.</summary>
public enum ScriptFlowState
{
    None,
    Break,
    Continue,
    Return,
}

/// <summary>
/// Per-render execution state: variable stacks, output, limits and switches.
/// A context is not thread-safe; create one per render (parsed templates are shared).
/// </summary>
public sealed partial class TemplateContext
{
    private readonly List<OutputBuffer> _outputs = new();

    // Builders released by PopOutput, reused by the next capture/include so nested output never re-grows from scratch.
    private readonly Stack<OutputBuffer> _freeOutputs = new();
    private int _loopSteps;
    private int _recursionDepth;
    private bool _previousTextWasNewLine;

    public TemplateContext()
        : this(BuiltinObjects.Shared)
    {
    }

    internal TemplateContext(ScriptObject builtins)
    {
        BuiltinObject = builtins;
        _globals.Add(builtins);
        _outputs.Add(new OutputBuffer());
    }

    /// <summary>The read-only builtin functions at the bottom of the global stack.</summary>
    public ScriptObject BuiltinObject { get; }

    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>Maximum cumulative loop iterations per render (0 = unlimited). Scriban's default is 1000.</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Maximum function/include nesting (0 = unlimited).</summary>
    public int RecursiveLimit { get; set; } = 100;

    /// <summary>Maximum output length in characters; exceeding it raises an error (0 = unlimited).</summary>
    public int LimitToString { get; set; } = 16 * 1024 * 1024;

    /// <summary>When true, reading an undefined variable raises an error instead of giving null.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>Newline used by builtins that emit line breaks (tablerow).</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>Multi-line output of a code block is indented like the block (Scriban's AutoIndent).</summary>
    public bool AutoIndent { get; set; } = true;

    public CultureInfo CurrentCulture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>Format used when printing dates (<c>date.format</c>).</summary>
    public string DateFormat { get; set; } = DateFunctions.DefaultFormat;

    /// <summary>Fixed "now" for reproducible builds; null means the system clock.</summary>
    public DateTime? Now { get; set; }

    public TimeSpan RegexTimeOut { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Liquid filters and <c>include</c> semantics are active (set by Liquid templates).</summary>
    public bool IsLiquid { get; internal set; }

    /// <summary>Templates loaded through <see cref="TemplateLoader"/> during this render, keyed by path.</summary>
    public Dictionary<string, Template> CachedTemplates { get; } = new(StringComparer.Ordinal);

    internal ScriptFlowState FlowState { get; set; }

    internal object? ReturnValue { get; set; }

    internal string? CurrentIndent { get; set; }

    internal string? CurrentSourcePath { get; set; }

    internal ScriptNode? CurrentNode { get; set; }

    // Pending value on the left of a pipe, consumed by the next function call.
    internal bool HasPipeArgument { get; set; }

    internal object? PipeArgument { get; set; }

    internal int LoopDepth { get; set; }

    internal OutputBuffer Output => _outputs[^1];

    public void PushOutput() => _outputs.Add(_freeOutputs.Count > 0 ? _freeOutputs.Pop() : new OutputBuffer());

    public string PopOutput()
    {
        var sb = _outputs[^1];
        _outputs.RemoveAt(_outputs.Count - 1);
        var text = sb.ToString();
        ReleaseOutput(sb);
        return text;
    }

    /// <summary>
    /// Pops the nested output and writes it to the enclosing one exactly like <see cref="Write"/> would write
    /// the popped string, without materialising that string (includes used as statements).
    /// </summary>
    internal void PopOutputAndWrite(ScriptNode node)
    {
        var sb = _outputs[^1];
        _outputs.RemoveAt(_outputs.Count - 1);
        if (sb.Length > 0)
        {
            if (LimitToString > 0 && sb.Length > LimitToString)
            {
                ReleaseOutput(sb);
                throw new ScriptRuntimeException(node.Span, $"Exceeding the output limit of `{LimitToString}` characters (LimitToString).");
            }
            var output = Output;
            for (var i = 0; i < sb.SpanCount; i++)
            {
                AppendIndented(output, sb.GetSpan(i));
            }
            CheckOutputLimit(node, output);
        }
        ReleaseOutput(sb);
    }

    private void ReleaseOutput(OutputBuffer buffer)
    {
        buffer.Clear();
        _freeOutputs.Push(buffer);
    }

    /// <summary>Writes raw template text (never indented).</summary>
    internal void WriteRaw(ScriptNode node, string text)
    {
        var output = Output;
        output.Append(text);
        _previousTextWasNewLine = false;
        CheckOutputLimit(node, output);
    }

    /// <summary>Writes a value produced by a code block, applying auto-indent to following lines.</summary>
    public void Write(ScriptNode node, object? value)
    {
        if (value == null)
        {
            return;
        }
        var text = ObjectToString(value, node);
        if (text.Length == 0)
        {
            return;
        }
        var output = Output;
        AppendIndented(output, text);
        CheckOutputLimit(node, output);
    }

    /// <summary>
    /// Writes text a builtin produced for a statement (see <c>BuiltinFunction.WriteBody</c>): the same output,
    /// indentation and limit errors as <see cref="Write"/> of that text as a string. Pieces of one value may be
    /// written by successive calls.
    /// </summary>
    internal void WriteText(ScriptNode node, ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (LimitToString > 0 && text.Length > LimitToString)
        {
            throw new ScriptRuntimeException(node.Span, $"Exceeding the output limit of `{LimitToString}` characters (LimitToString).");
        }
        var output = Output;
        AppendIndented(output, text);
        CheckOutputLimit(node, output);
    }

    private OutputTextWriter? _outputWriter;

    /// <summary>A writer whose text goes to <see cref="WriteText"/> for <paramref name="node"/>.</summary>
    internal TextWriter OutputWriterFor(ScriptNode node) => (_outputWriter ??= new OutputTextWriter(this)).For(node);

    /// <summary>Writes a builder's text with <see cref="WriteText"/>, chunk by chunk.</summary>
    internal void WriteText(ScriptNode node, StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            WriteText(node, chunk.Span);
        }
    }

    /// <summary>Appends code-block output; with auto-indent, every line after a newline gets the block's indent.</summary>
    private void AppendIndented(OutputBuffer output, ReadOnlySpan<char> text)
    {
        var indent = CurrentIndent;
        if (indent == null || !AutoIndent)
        {
            output.Append(text);
            return;
        }
        while (text.Length > 0)
        {
            if (_previousTextWasNewLine)
            {
                output.Append(indent);
                _previousTextWasNewLine = false;
            }
            var nl = text.IndexOf('\n');
            if (nl < 0)
            {
                output.Append(text);
                return;
            }
            output.Append(text[..(nl + 1)]);
            text = text[(nl + 1)..];
            _previousTextWasNewLine = true;
        }
    }

    internal void ResetIndentState() => _previousTextWasNewLine = false;

    private void CheckOutputLimit(ScriptNode node, OutputBuffer output)
    {
        if (LimitToString > 0 && output.Length > LimitToString)
        {
            throw new ScriptRuntimeException(node.Span, $"Exceeding the output limit of `{LimitToString}` characters (LimitToString).");
        }
    }

    public string ObjectToString(object? value) => ObjectToString(value, null);

    internal string ObjectToString(object? value, ScriptNode? node)
    {
        try
        {
            var text = ObjectPrinter.Print(value, this);
            if (LimitToString > 0 && text.Length > LimitToString)
            {
                throw new ScriptRuntimeException(node?.Span ?? default, $"Exceeding the output limit of `{LimitToString}` characters (LimitToString).");
            }
            return text;
        }
        catch (InvalidOperationException ex)
        {
            throw new ScriptRuntimeException(node?.Span ?? default, ex.Message, ex);
        }
    }

    /// <summary>Counts one loop iteration against <see cref="LoopLimit"/>.</summary>
    internal void StepLoop(ScriptNode node, string statement)
    {
        if (LoopLimit > 0 && ++_loopSteps > LoopLimit)
        {
            throw new ScriptRuntimeException(node.Span, $"Exceeding number of iteration limit `{LoopLimit}` for statement: {statement}");
        }
    }

    internal void EnterRecursive(ScriptNode node)
    {
        _recursionDepth++;
        if ((RecursiveLimit > 0 && _recursionDepth > RecursiveLimit) || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _recursionDepth--;
            throw new ScriptRuntimeException(node.Span, $"Exceeding number of recursive depth limit `{RecursiveLimit}` for node: `{node}`");
        }
    }

    /// <summary>Like <see cref="EnterRecursive"/> without the stack probe, for calls that cannot recurse by themselves.</summary>
    internal void EnterRecursiveDepth(ScriptNode node)
    {
        _recursionDepth++;
        if (RecursiveLimit > 0 && _recursionDepth > RecursiveLimit)
        {
            _recursionDepth--;
            throw new ScriptRuntimeException(node.Span, $"Exceeding number of recursive depth limit `{RecursiveLimit}` for node: `{node}`");
        }
    }

    internal void ExitRecursive() => _recursionDepth--;

    internal void ResetForRender()
    {
        _loopSteps = 0;
        _recursionDepth = 0;
        FlowState = ScriptFlowState.None;
        HasPipeArgument = false;
        PipeArgument = null;
        CurrentIndent = null;
        _previousTextWasNewLine = false;
        while (_outputs.Count > 1)
        {
            var sb = _outputs[^1];
            _outputs.RemoveAt(_outputs.Count - 1);
            ReleaseOutput(sb);
        }
        _outputs[0].Clear();
    }

    internal DateTime GetNow() => Now ?? DateTime.Now;
}

/// <summary>Argument buffers recycled across calls: functions copy what they keep, so a buffer is free once the call returns.</summary>
public sealed partial class TemplateContext
{
    private readonly Stack<ScriptArguments> _freeArguments = new();

    internal ScriptArguments RentArguments() => _freeArguments.Count > 0 ? _freeArguments.Pop() : new ScriptArguments(new List<object?>(4));

    internal void ReturnArguments(ScriptArguments arguments)
    {
        arguments.Reset();
        _freeArguments.Push(arguments);
    }

    // Parameter arrays of builtins that release them (BuiltinFunction.ReleasesArguments), by length 1..4.
    private readonly Stack<object?[]>?[] _freeValues = new Stack<object?[]>?[5];

    internal object?[] RentValues(int length)
    {
        if (length < _freeValues.Length && _freeValues[length] is { Count: > 0 } free)
        {
            return free.Pop();
        }
        return new object?[length];
    }

    internal void ReturnValues(object?[] values)
    {
        if (values.Length < _freeValues.Length)
        {
            // Cleared so a recycled array never keeps a page's objects alive.
            Array.Clear(values);
            (_freeValues[values.Length] ??= new Stack<object?[]>()).Push(values);
        }
    }
}

/// <summary>Per-render state used by builtins.</summary>
public sealed partial class TemplateContext
{
    private Dictionary<string, int>? _cycleState;

    internal Dictionary<string, int> CycleState => _cycleState ??= new Dictionary<string, int>(StringComparer.Ordinal);
}

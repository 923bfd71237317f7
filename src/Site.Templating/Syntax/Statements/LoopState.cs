using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>
/// The object behind <c>for</c>, <c>while</c>, <c>tablerow</c>, <c>forloop</c>: members are computed from
/// fields, so iterating never writes to a dictionary. States are recycled by the context once their loop ends.
/// The parser only reads a loop object through a member (<c>for.index</c>), so template code cannot keep one;
/// should a read ever hand out the object itself, <see cref="Escaped"/> keeps it out of the pool.
/// </summary>
internal sealed class LoopState(LoopKind kind) : ScriptObject(0)
{
    public LoopKind Kind { get; private set; } = kind;

    public int Index;
    public int Length = -1;
    public int Column;
    public int Row;

    // The previous and current items: `changed` is computed only when a template asks for it.
    public object? Previous;
    public object? Current;

    /// <summary>Set when the object was read other than as the target of a member access; it is then never reused.</summary>
    public bool Escaped;

    private bool Changed => Kind != LoopKind.While && (Index == 0 || !Operators.AreEqual(Previous, Current));

    public void Reset(LoopKind kind)
    {
        Kind = kind;
        Index = 0;
        Length = -1;
        Column = 0;
        Row = 0;
        Previous = null;
        Current = null;
        Escaped = false;
    }

    public override bool TryGetValue(TemplateContext context, string key, out object? value)
    {
        value = Get(key);
        return value != null;
    }

    public override bool TryGetValue(string key, out object? value)
    {
        value = Get(key);
        return value != null;
    }

    public override bool TrySetValue(TemplateContext context, string key, object? value) => false;

    private object? Get(string key)
    {
        var liquid = Kind is LoopKind.LiquidFor or LoopKind.LiquidTableRow;
        switch (key)
        {
            case "index":
                return Boxes.Int(liquid ? Index + 1 : Index);
            case "index0":
                return Boxes.Int(Index);
            case "rindex":
                return Length < 0 ? null : Boxes.Int(liquid ? Length - Index : Length - Index - 1);
            case "rindex0":
                return Length < 0 ? null : Boxes.Int(Length - Index - 1);
            case "first":
                return Boxes.Bool(Index == 0);
            case "last":
                return Length < 0 ? null : Boxes.Bool(Index == Length - 1);
            case "even":
                return Boxes.Bool(Index % 2 == 0);
            case "odd":
                return Boxes.Bool(Index % 2 == 1);
            case "changed":
                return Boxes.Bool(Changed);
            case "length":
                return Length < 0 ? null : Boxes.Int(Length);
            case "col":
                return Boxes.Int(Column);
            case "col0":
                return Boxes.Int(Column - 1);
            case "row":
                return Boxes.Int(Row);
            case "col_first":
                return Boxes.Bool(Column == 1);
        }
        return null;
    }
}

namespace Site.Templating.Runtime;

/// <summary>Shared boxes for common values, so comparisons and loop counters do not allocate per evaluation.</summary>
internal static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] SmallInts = CreateSmallInts();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) => (uint)value < (uint)SmallInts.Length ? SmallInts[value] : value;

    private static object[] CreateSmallInts()
    {
        var boxes = new object[1024];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i;
        }
        return boxes;
    }
}

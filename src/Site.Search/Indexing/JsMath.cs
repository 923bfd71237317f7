namespace Site.Search.Indexing;

/// <summary>JavaScript numeric semantics that .NET does differently.</summary>
internal static class JsMath
{
    /// <summary><c>Math.round</c>: halves round towards +∞ (.NET's <c>Math.Round</c> rounds them to even).</summary>
    public static double Round(double x)
    {
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary><c>boost || 1</c>: 0 and NaN mean "no boost".</summary>
    public static double BoostOrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}

using Site.Templating.Parsing;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

/// <summary>
/// Arithmetic on float, double and decimal model values: the operand of the widest kind decides the result's type,
/// and each operator gives the value (and type) of that kind.
/// </summary>
public sealed class FractionalArithmeticTests
{
    [Theory]
    [InlineData("f + g", "9.5 float", false)]
    [InlineData("f - g", "5.5 float", false)]
    [InlineData("f * g", "15 float", false)]
    [InlineData("f / g", "3.75 float", false)]
    [InlineData("f // g", "3 float", false)]
    [InlineData("f % g", "1.5 float", false)]
    [InlineData("g ^ g", "4 float", true)]
    [InlineData("f + 1", "8.5 float", false)]
    [InlineData("d + e", "9.5 double", false)]
    [InlineData("d - e", "5.5 double", false)]
    [InlineData("d * e", "15 double", false)]
    [InlineData("d / e", "3.75 double", false)]
    [InlineData("d // e", "3 double", false)]
    [InlineData("d % e", "1.5 double", false)]
    [InlineData("e ^ d", "181.01933598375618 double", true)]
    [InlineData("f + d", "15 double", false)]
    [InlineData("m + n", "9.5 decimal", false)]
    [InlineData("m - n", "5.5 decimal", false)]
    [InlineData("m * n", "15.00 decimal", false)]
    [InlineData("m / n", "3.75 decimal", false)]
    [InlineData("m // n", "3 decimal", false)]
    [InlineData("m % n", "1.5 decimal", false)]
    [InlineData("n ^ n", "4 decimal", true)]
    [InlineData("m + d", "15.0 decimal", false)]
    public void Operators_compute_in_the_widest_fractional_kind(string expression, string expected, bool scientific)
    {
        var template = Parse($"{{{{ r = {expression} }}}}{{{{ r }}}} {{{{ object.kind(r) }}}}", scientific);

        Assert.Equal(expected, template.Render(Model()));
    }

    [Theory]
    [InlineData("f << g", "The operator `<<` is not supported between `float` and `float`", true)]
    [InlineData("d | e", "The operator `|` is not supported between `double` and `double`", true)]
    [InlineData("m & n", "The operator `&` is not supported between `decimal` and `decimal`", true)]
    [InlineData("m / 0", "Cannot divide by zero", false)]
    [InlineData("true + 1", "The operator `+` is not supported between `bool` and `int`", false)]
    public void Unsupported_operators_and_division_by_zero_are_runtime_errors(string expression, string expected, bool scientific)
    {
        var template = Parse($"{{{{ {expression} }}}}", scientific);

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(Model()));

        Assert.EndsWith(expected, error.Message);
    }

    // `^`, `|` and `&` are arithmetic operators only in the scientific syntax.
    private static Template Parse(string text, bool scientific) => Template.Parse(text, null, scientific ? TemplateSyntax.Scientific : TemplateSyntax.Scriban);

    private static ScriptObject Model() => new()
    {
        ["f"] = 7.5f,
        ["g"] = 2f,
        ["d"] = 7.5,
        ["e"] = 2.0,
        ["m"] = 7.5m,
        ["n"] = 2.0m,
    };
}

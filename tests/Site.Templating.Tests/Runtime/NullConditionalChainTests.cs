using Site.Templating.Runtime;

namespace Site.Templating.Tests.Runtime;

/// <summary>A <c>?.</c> anywhere in a member and indexer chain turns a null met later in the chain into null.</summary>
public sealed class NullConditionalChainTests
{
    [Theory]
    [InlineData("{{ x = null; x?.a.b.c }}")]
    [InlineData("{{ x = {a: null}; x?.a[0] }}")]
    [InlineData("{{ x = {a: [null]}; x?.a[0].b }}")]
    [InlineData("{{ x = {a: {b: [null]}}; x?.a.b[0].c[1] }}")]
    [InlineData("{{ x = [{}]; x[0]?.b.c }}")]
    public void A_null_after_a_null_conditional_access_yields_nothing(string text)
    {
        Assert.Equal(string.Empty, Template.Parse(text).Render());
    }

    [Theory]
    [InlineData("{{ x = {a: null}; x.a[0] }}", "Object `x.a` is null. Cannot access indexer: x.a[0]")]
    [InlineData("{{ x = {a: [null]}; x.a[0].b }}", "Cannot get the member x.a[0].b for a null object.")]
    [InlineData("{{ x = {a: null}; x.a.b?.c }}", "Cannot get the member x.a.b for a null object.")]
    public void A_null_before_any_null_conditional_access_is_an_error(string text, string message)
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Template.Parse(text).Render());

        Assert.EndsWith(message, error.Message);
    }
}

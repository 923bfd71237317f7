namespace Site.Pipeline.Engine;

/// <summary>A module from a function, for small glue steps that do not deserve a class.</summary>
public sealed class DelegateModule(string name, Func<IReadOnlyList<Document>, PipelineContext, IReadOnlyList<Document>> execute) : INamedModule
{
    public string Name { get; } = name;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) => execute(inputs, context);

    public override string ToString() => Name;
}

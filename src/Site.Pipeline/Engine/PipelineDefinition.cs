namespace Site.Pipeline.Engine;

/// <summary>
/// A named sequence of modules per phase, with explicit dependencies on other pipelines.
/// Named "definition" because <c>Pipeline</c> would collide with the <c>Site.Pipeline</c> namespace.
/// </summary>
public sealed class PipelineDefinition
{
    public PipelineDefinition(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>Pipelines whose output this one reads; they run first in every phase.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    public IReadOnlyList<IModule> Read { get; init; } = [];

    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Write { get; init; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Read => Read,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Write => Write,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public override string ToString() => Name;
}

namespace Site.Pipeline.Engine;

/// <summary>A module that names itself in timings and progress (glue modules, wrappers that report the module they wrap).</summary>
public interface INamedModule : IModule
{
    string Name { get; }
}

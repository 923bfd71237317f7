namespace Site.Pipeline.Engine;

/// <summary>
/// Orders pipelines so that every pipeline comes after its dependencies (Kahn's algorithm,
/// ties broken by declaration order so the order is stable), and rejects unknown
/// dependencies and cycles up front rather than deadlocking at run time.
/// </summary>
internal static class PipelineGraph
{
    public static IReadOnlyList<PipelineDefinition> Order(IReadOnlyList<PipelineDefinition> pipelines)
    {
        var byName = new Dictionary<string, PipelineDefinition>(StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new InvalidOperationException($"pipeline '{pipeline.Name}' is defined twice");
            }

            position[pipeline.Name] = position.Count;
        }

        var remainingDependencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            var distinct = pipeline.DependsOn.Distinct(StringComparer.Ordinal).ToList();
            foreach (var dependency in distinct)
            {
                if (!byName.ContainsKey(dependency))
                {
                    throw new InvalidOperationException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
                }

                if (!dependents.TryGetValue(dependency, out var list))
                {
                    dependents[dependency] = list = [];
                }

                list.Add(pipeline.Name);
            }

            remainingDependencies[pipeline.Name] = distinct.Count;
        }

        var ready = new PriorityQueue<string, int>();
        foreach (var pipeline in pipelines.Where(p => remainingDependencies[p.Name] == 0))
        {
            ready.Enqueue(pipeline.Name, position[pipeline.Name]);
        }

        var ordered = new List<PipelineDefinition>(pipelines.Count);
        while (ready.TryDequeue(out var name, out _))
        {
            ordered.Add(byName[name]);
            foreach (var dependent in dependents.GetValueOrDefault(name) ?? [])
            {
                if (--remainingDependencies[dependent] == 0)
                {
                    ready.Enqueue(dependent, position[dependent]);
                }
            }
        }

        if (ordered.Count != pipelines.Count)
        {
            var cycle = pipelines.Where(p => remainingDependencies[p.Name] > 0).Select(p => p.Name);
            throw new InvalidOperationException($"pipelines depend on each other in a cycle: {string.Join(", ", cycle)}");
        }

        return ordered;
    }

    /// <summary>Every pipeline <paramref name="name"/> depends on, directly or not.</summary>
    public static IReadOnlySet<string> TransitiveDependencies(string name, IReadOnlyDictionary<string, PipelineDefinition> byName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(byName[name].DependsOn);
        while (stack.TryPop(out var current))
        {
            if (seen.Add(current))
            {
                foreach (var next in byName[current].DependsOn)
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }
}

using BenchmarkDotNet.Running;
using Site.Benchmarks.Incremental;

// Micro-benchmarks, e.g.: dotnet run -c Release -- --filter '*MarkdownRender*' --job short
// Edit loop of serve:     dotnet run -c Release -- incremental /tmp/bench/medium/input
if (args.Length > 0 && args[0] == "incremental")
{
    return await IncrementalEditRun.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

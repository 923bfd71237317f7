using BenchmarkDotNet.Running;
using Site.Benchmarks.Incremental;

// Micro-benchmarks, e.g.: dotnet run -c Release -- --filter '*MarkdownRender*' --job short
// Edit loop of serve:     dotnet run -c Release -- incremental /tmp/bench/medium/input
if (args.Length > 0 && args[0] == "incremental")
{
    return await IncrementalEditRun.RunAsync(args);
}

// Render step alone, CPU time per round: dotnet run -c Release -- render-cpu [rounds]
if (args.Length > 0 && args[0] == "render-cpu")
{
    return Site.Benchmarks.RenderCpuRun.Run(args);
}

// Content load alone, wall/CPU time, GC pause and allocations of one cold run:
//                      dotnet run -c Release -- load-cpu /tmp/bench/medium/input [threads]
if (args.Length > 0 && args[0] == "load-cpu")
{
    return Site.Benchmarks.LoadCpuRun.Run(args);
}

// Markdown step alone (parse, highlight, link checks), CPU time of one cold run:
//                      dotnet run -c Release -- markdown-cpu /tmp/bench/medium/input [threads] [--allocations]
if (args.Length > 0 && args[0] == "markdown-cpu")
{
    return Site.Benchmarks.MarkdownCpuRun.Run(args);
}

// Search files alone, CPU time and memory per round: dotnet run -c Release -- search-cpu [rounds] [--allocations]
if (args.Length > 0 && args[0] == "search-cpu")
{
    return Site.Benchmarks.SearchCpuRun.Run(args);
}

// A whole cold build and the types its allocations were made of: dotnet run -c Release -- build-alloc <input> <output> [types]
if (args.Length > 0 && args[0] == "build-alloc")
{
    return await Site.Benchmarks.BuildAllocRun.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

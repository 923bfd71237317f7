using BenchmarkDotNet.Running;

// Run a subset with e.g.: dotnet run -c Release -- --filter '*TemplateRender*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

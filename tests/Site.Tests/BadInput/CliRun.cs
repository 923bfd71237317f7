using Site.Cli.Cli;

namespace Site.Tests.BadInput;

/// <summary>One in-process run of the real command line with captured output.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

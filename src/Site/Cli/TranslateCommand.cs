using System.CommandLine;
using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Content.Text;
using Site.Content.Translation;

namespace Site.Cli.Cli;

/// <summary>
/// <c>translate &lt;source&gt; --to zh</c> writes a translation stub at the mirrored path
/// (<c>input/zh/…</c>) with <c>sourceHash</c> pinned and the source paragraphs kept as comments;
/// <c>translate --refresh &lt;translation&gt;…</c> sets <c>sourceHash</c> to the source's current
/// hash once the translator has caught up. Only the one line changes.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create(CliHost host)
    {
        var paths = new Argument<string[]>("paths") { Description = "Source page (stub) or translation files (--refresh)", Arity = ArgumentArity.OneOrMore };
        var input = new Option<string>("--input", "-i") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var to = new Option<string?>("--to") { Description = "Language to translate into (e.g. zh)" };
        var refresh = new Option<bool>("--refresh") { Description = "Set sourceHash of the given translations to their source's current hash" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing translation with a new stub" };
        var command = new Command("translate", "Start a translation (stub with sourceHash) or mark one as caught up (--refresh)")
        {
            paths, input, to, refresh, force,
        };
        command.SetAction(parse =>
        {
            var inputRoot = Path.GetFullPath(parse.GetValue(input)!);
            var bag = new DiagnosticBag();
            var config = SiteConfigLoader.Load(Path.Combine(inputRoot, "site.yml"), Display(Path.Combine(inputRoot, "site.yml")), bag);
            if (config is null)
            {
                foreach (var d in bag.ToSortedList())
                {
                    host.Error.WriteLine(d.ToString());
                }

                return 2;
            }

            var failed = false;
            foreach (var path in parse.GetValue(paths)!)
            {
                var ok = parse.GetValue(refresh)
                    ? Refresh(host, config, inputRoot, path, parse.GetValue(to))
                    : Stub(host, config, inputRoot, path, parse.GetValue(to), parse.GetValue(force));
                failed |= !ok;
            }

            return failed ? 1 : 0;
        });
        return command;
    }

    private static bool Stub(CliHost host, SiteConfig config, string inputRoot, string path, string? to, bool force)
    {
        if (!Locate(host, config, inputRoot, path, out var language, out var id))
        {
            return false;
        }

        if (!language.IsDefault)
        {
            return Fail(host, path, $"is a {language.Code} page; give the source page ({config.DefaultLanguage.Code}/{id}), or use --refresh");
        }

        var targets = to is null ? config.Languages.Where(l => !l.IsDefault).ToArray() : [config.Language(to)!];
        if (to is not null && config.Language(to) is not { IsDefault: false })
        {
            return Fail(host, path, $"--to {to}: not a translation language of this site ({string.Join(", ", config.Languages.Where(l => !l.IsDefault).Select(l => l.Code))})");
        }

        var sourceText = File.ReadAllText(Path.GetFullPath(path));
        var hash = SourceHash.ComputeForFile(Display(path), sourceText);
        var stub = hash is null ? null : TranslationStub.Create($"{config.DefaultLanguage.Code}/{id}", sourceText, hash);
        if (stub is null)
        {
            return Fail(host, path, "front matter cannot be read; run `check` for details");
        }

        var ok = true;
        foreach (var target in targets)
        {
            // The stub mirrors the source's shape (a bundle's index.md, or a file); a translation in the other shape counts too.
            var existing = PageFileOf(inputRoot, target.Code, id);
            var targetPath = existing ?? Path.Combine(inputRoot, target.Code, id.Replace('/', Path.DirectorySeparatorChar));
            if (existing is not null && !force)
            {
                ok = Fail(host, Display(targetPath), "exists already; translate over it, use --refresh once caught up, or --force for a new stub");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
            File.WriteAllText(targetPath, stub);
            host.Out.WriteLine($"wrote {Display(targetPath)} (sourceHash {hash}, draft until translated)");
        }

        return ok;
    }

    private static bool Refresh(CliHost host, SiteConfig config, string inputRoot, string path, string? to)
    {
        if (!Locate(host, config, inputRoot, path, out var language, out var id))
        {
            return false;
        }

        var defaultCode = config.DefaultLanguage.Code;
        var sourcePath = PageFileOf(inputRoot, defaultCode, id) ?? Path.Combine(inputRoot, defaultCode, id.Replace('/', Path.DirectorySeparatorChar));
        string translationPath;
        if (language.IsDefault)
        {
            if (to is null || config.Language(to) is not { IsDefault: false })
            {
                return Fail(host, path, "is a source page: give the translation file, or --to <lang>");
            }

            translationPath = PageFileOf(inputRoot, to, id) ?? Path.Combine(inputRoot, to, id.Replace('/', Path.DirectorySeparatorChar));
        }
        else
        {
            translationPath = Path.GetFullPath(path);
        }

        if (!File.Exists(sourcePath))
        {
            return Fail(host, Display(translationPath), $"orphaned translation: {defaultCode}/{id} does not exist (run `status` for the likely new name)");
        }

        if (!File.Exists(translationPath))
        {
            return Fail(host, Display(translationPath), "does not exist; start it with `translate <source> --to <lang>`");
        }

        var hash = SourceHash.ComputeForFile(Display(sourcePath), File.ReadAllText(sourcePath));
        var text = File.ReadAllText(translationPath);
        var updated = hash is null ? null : TranslationStub.Refresh(text, hash);
        if (updated is null)
        {
            return Fail(host, Display(translationPath), "has no front matter (or its source's cannot be read): run `check`");
        }

        if (updated == text)
        {
            host.Out.WriteLine($"{Display(translationPath)}: already current (sourceHash {hash})");
            return true;
        }

        File.WriteAllText(translationPath, updated);
        host.Out.WriteLine($"{Display(translationPath)}: sourceHash {hash}");
        return true;
    }

    private static string? PageFileOf(string inputRoot, string language, string file) => PagePath.ExistingFile(Path.Combine(inputRoot, language), file);

    /// <summary>Language and page id of a file below the input folder (`input/zh/projects/x.md` → zh, `projects/x.md`).</summary>
    private static bool Locate(CliHost host, SiteConfig config, string inputRoot, string path, out LanguageInfo language, out string id)
    {
        language = config.DefaultLanguage;
        id = string.Empty;
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(inputRoot, full).Replace('\\', '/');
        var slash = relative.IndexOf('/');
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || slash < 0
            || config.Language(relative[..slash]) is not { } lang || !relative.EndsWith(".md", StringComparison.Ordinal))
        {
            return Fail(host, path, $"is not a page of {Display(inputRoot)}/<lang>/ (expected e.g. {Display(inputRoot)}/{config.DefaultLanguage.Code}/projects/linkerd.md)");
        }

        if (!File.Exists(full) && lang.IsDefault)
        {
            return Fail(host, path, "does not exist");
        }

        language = lang;
        id = relative[(slash + 1)..];
        return true;
    }

    private static bool Fail(CliHost host, string path, string message)
    {
        host.Error.WriteLine($"{Display(path)}: error: {message}");
        return false;
    }

    private static string Display(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return (rel.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : rel).Replace('\\', '/');
    }
}

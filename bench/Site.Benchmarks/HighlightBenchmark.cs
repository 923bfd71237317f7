using System.Text;
using BenchmarkDotNet.Attributes;
using ColorCode;
using Site.Content.Markdown.Highlighting;

namespace Site.Benchmarks;

/// <summary>
/// Why the site highlights with TextMateSharp and not ColorCode: the same code, in languages both
/// know (JavaScript, Python, Java, SQL), highlighted to class-based HTML by each. ColorCode knows
/// no YAML, Go, Rust, shell, Dockerfile, TOML, HCL or diff, so for those only TextMateSharp runs
/// (<see cref="TextMateYamlGoShell"/>). Grammars are loaded in setup: the build pays that once per thread.
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmark
{
    private static readonly (string Fence, string ColorCodeId, string Code)[] Shared =
    [
        ("javascript", "javascript", Repeat("""
            // Reconcile the desired replicas with what runs.
            async function reconcile(client, name, desired) {
              const dep = await client.get(`/apis/apps/v1/deployments/${name}`);
              if (dep.spec.replicas !== desired) {
                dep.spec.replicas = desired;
                await client.put(dep.metadata.selfLink, dep);
              }
              return { name, replicas: desired, ok: true };
            }
            """)),
        ("python", "python", Repeat("""
            # Reconcile the desired replicas with what runs.
            def reconcile(client, name: str, desired: int) -> dict:
                dep = client.get(f"/apis/apps/v1/deployments/{name}")
                if dep["spec"]["replicas"] != desired:
                    dep["spec"]["replicas"] = desired
                    client.put(dep["metadata"]["selfLink"], dep)
                return {"name": name, "replicas": desired, "ok": True}
            """)),
        ("java", "java", Repeat("""
            // Reconcile the desired replicas with what runs.
            public final class Reconciler {
                public Result reconcile(Client client, String name, int desired) throws IOException {
                    Deployment dep = client.get("/apis/apps/v1/deployments/" + name);
                    if (dep.getSpec().getReplicas() != desired) {
                        dep.getSpec().setReplicas(desired);
                        client.put(dep.getMetadata().getSelfLink(), dep);
                    }
                    return new Result(name, desired, true);
                }
            }
            """)),
        ("sql", "sql", Repeat("""
            -- Pods per namespace that are not ready.
            SELECT namespace, COUNT(*) AS not_ready
            FROM pods
            WHERE ready = 0 AND created_at > NOW() - INTERVAL '1 hour'
            GROUP BY namespace
            ORDER BY not_ready DESC;
            """)),
    ];

    private static readonly (string Fence, string Code)[] OnlyTextMate =
    [
        ("yaml", Repeat("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web # the front end
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: web
                      image: "nginx:1.27"
            """)),
        ("go", Repeat("""
            func (r *Reconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
                var dep appsv1.Deployment
                if err := r.Get(ctx, req.NamespacedName, &dep); err != nil {
                    return ctrl.Result{}, client.IgnoreNotFound(err)
                }
                return ctrl.Result{RequeueAfter: 30 * time.Second}, nil
            }
            """)),
        ("bash", Repeat("""
            # Install the chart and wait for it.
            export KUBECONFIG="$HOME/.kube/config"
            helm upgrade --install web ./chart --namespace "$NS" --wait
            kubectl get pods -n "$NS" -o wide | grep -v Running || true
            """)),
    ];

    private readonly StringBuilder _output = new(64 * 1024);
    private CodeLanguage[] _languages = null!;
    private string[][] _lines = null!;
    private ILanguage[] _colorCodeLanguages = null!;
    private CodeLanguage[] _onlyLanguages = null!;
    private string[][] _onlyLines = null!;

    [GlobalSetup]
    public void Setup()
    {
        _languages = Shared.Select(s => CodeLanguages.Resolve(s.Fence)!).ToArray();
        _lines = Shared.Select(s => s.Code.Split('\n')).ToArray();
        _colorCodeLanguages = Shared.Select(s => Languages.FindById(s.ColorCodeId)).ToArray();
        _onlyLanguages = OnlyTextMate.Select(s => CodeLanguages.Resolve(s.Fence)!).ToArray();
        _onlyLines = OnlyTextMate.Select(s => s.Code.Split('\n')).ToArray();
        TextMate();
        ColorCode();
        TextMateYamlGoShell();
        TextMateYamlGoShellReused();
    }

    /// <summary>Lines of code highlighted per benchmark call (the same for both libraries).</summary>
    public static int SharedLines => Shared.Sum(s => s.Code.Split('\n').Length);

    [Benchmark(Baseline = true)]
    public int TextMate()
    {
        var total = 0;
        for (var i = 0; i < _languages.Length; i++)
        {
            _output.Clear();
            SyntaxHighlighter.TryHighlight(_languages[i], _lines[i], _output, reuse: false);
            total += _output.Length;
        }

        return total;
    }

    [Benchmark]
    public int ColorCode()
    {
        var total = 0;
        var formatter = new HtmlClassFormatter();
        for (var i = 0; i < Shared.Length; i++)
        {
            total += formatter.GetHtmlString(Shared[i].Code, _colorCodeLanguages[i]).Length;
        }

        return total;
    }

    [Benchmark]
    public int TextMateYamlGoShell()
    {
        var total = 0;
        for (var i = 0; i < _onlyLanguages.Length; i++)
        {
            _output.Clear();
            SyntaxHighlighter.TryHighlight(_onlyLanguages[i], _onlyLines[i], _output, reuse: false);
            total += _output.Length;
        }

        return total;
    }

    /// <summary>
    /// The same YAML, Go and shell as <see cref="TextMateYamlGoShell"/>, highlighted as a build does: every
    /// line was seen before (in setup), so each is answered by the grammar's line memo and only replayed
    /// into spans. A build pays <see cref="TextMateYamlGoShell"/>'s price for its new lines and this one for the rest.
    /// </summary>
    [Benchmark]
    public int TextMateYamlGoShellReused()
    {
        var total = 0;
        for (var i = 0; i < _onlyLanguages.Length; i++)
        {
            _output.Clear();
            SyntaxHighlighter.TryHighlight(_onlyLanguages[i], _onlyLines[i], _output);
            total += _output.Length;
        }

        return total;
    }

    /// <summary>About 100 lines per language: a long code sample.</summary>
    private static string Repeat(string block) => string.Join('\n', Enumerable.Repeat(block, 10));
}

using System.Threading.Channels;
using Site.Content.Diagnostics;

namespace Site.Cli.Serve.LiveReload;

/// <summary>
/// Holds the current <see cref="BuildStatus"/> and pushes every change to the connected
/// browsers. A new subscriber first receives the current status, so a page opened while the
/// site is broken shows the overlay at once, and one that missed a rebuild reloads.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly HashSet<Channel<BuildStatus>> _subscribers = [];
    private BuildStatus _current = BuildStatus.Initial;

    public BuildStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>A successful build: when files changed, the output folder now holds a new version of the site (pages reload).</summary>
    public void Succeeded(IReadOnlyList<Diagnostic> warnings, bool filesChanged = true) =>
        Set(c => new BuildStatus(filesChanged ? c.Version + 1 : c.Version, true, warnings, []));

    /// <summary>A failed build: the last good version stays served, with the errors on top of it.</summary>
    public void Failed(IReadOnlyList<Diagnostic> problems, IReadOnlyList<string> failures) => Set(c => new BuildStatus(c.Version, false, problems, failures));

    /// <summary>Statuses from now on, starting with the current one; dispose to leave.</summary>
    public Subscription Subscribe()
    {
        // Only the latest status matters to a browser, so a slow one never holds a backlog.
        var channel = Channel.CreateBounded<BuildStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            channel.Writer.TryWrite(_current);
            _subscribers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    private void Set(Func<BuildStatus, BuildStatus> change)
    {
        lock (_gate)
        {
            _current = change(_current);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(_current);
            }
        }
    }

    private void Leave(Channel<BuildStatus> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    public sealed class Subscription(LiveReloadHub hub, Channel<BuildStatus> channel) : IDisposable
    {
        public ChannelReader<BuildStatus> Reader => channel.Reader;

        public void Dispose() => hub.Leave(channel);
    }
}

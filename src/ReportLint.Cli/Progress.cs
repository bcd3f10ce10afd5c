using System.Diagnostics;
using System.Globalization;

namespace ReportLint.Cli;

/// <summary>
/// A one-line progress note on standard error for long runs: "reportlint: 3 of 120 files, 4 s (linting
/// big-report.md, 20 MB)". Shown only when standard error is a terminal and the run has lasted at least
/// <see cref="Delay"/>, rewritten in place (carriage return), and erased when the run ends, so logs, pipes and short
/// runs never see it.
/// </summary>
internal sealed class Progress : IDisposable
{
    /// <summary>How long a run goes before progress is shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly bool _isTerminal;
    private readonly Func<TimeSpan> _elapsed;
    private readonly int _total;
    private readonly int _width;
    private readonly string _verb;
    private readonly object _gate = new();
    private readonly Dictionary<InputFile, long> _running = [];
    private Timer? _timer;
    private int _done;
    private int _shownLength;
    private bool _completed;

    /// <summary>A progress note driven by <see cref="Tick"/> (tests call it with their own clock).</summary>
    public Progress(TextWriter error, bool isTerminal, Func<TimeSpan> elapsed, int totalFiles, int width = 80, string verb = "linting")
    {
        _verb = verb;
        _error = error;
        _isTerminal = isTerminal;
        _elapsed = elapsed;
        _total = totalFiles;
        _width = Math.Max(20, width);
    }

    /// <summary>
    /// The progress of a real run: a terminal is standard error itself, not redirected (and TERM is not "dumb"); a
    /// timer ticks four times a second.
    /// </summary>
    public static Progress Start(TextWriter error, int totalFiles, string verb = "linting")
    {
        bool terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected &&
                        !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        int width = 80;
        if (terminal)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : 80;
            }
            catch (IOException)
            {
                // No window size: keep 80.
            }
        }

        var progress = new Progress(error, terminal, () => clock.Elapsed, totalFiles, width, verb);
        if (terminal)
        {
            progress._timer = new Timer(static state => ((Progress)state!).Tick(), progress, Interval, Interval);
        }

        return progress;
    }

    /// <summary>A file starts being linted.</summary>
    public void Started(InputFile file, long bytes)
    {
        lock (_gate)
        {
            _running[file] = bytes;
        }
    }

    /// <summary>A file is done.</summary>
    public void Finished(InputFile file)
    {
        lock (_gate)
        {
            _running.Remove(file);
            _done++;
        }
    }

    /// <summary>Rewrites the note when it is due: on a terminal, from <see cref="Delay"/> on.</summary>
    public void Tick()
    {
        if (!_isTerminal || _elapsed() < Delay)
        {
            return;
        }

        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            string line = Line();
            if (line.Length > _width - 1)
            {
                line = line[..(_width - 2)] + "…";
            }

            _error.Write("\r" + line.PadRight(_shownLength));
            _error.Flush();
            _shownLength = line.Length;
        }
    }

    /// <summary>The run is over: the timer stops and a note shown is erased.</summary>
    public void Complete()
    {
        _timer?.Dispose();
        _timer = null;
        lock (_gate)
        {
            Erase();
            _completed = true;
        }
    }

    /// <summary>
    /// Erases the note and keeps it away until the result is disposed, so that a line written to the same terminal
    /// meanwhile (a diff, a file's summary) is not mixed with it. The next tick shows it again.
    /// </summary>
    public IDisposable Hold()
    {
        Monitor.Enter(_gate);
        Erase();
        return new Holding(_gate);
    }

    private void Erase()
    {
        if (_shownLength > 0)
        {
            _error.Write("\r" + new string(' ', _shownLength) + "\r");
            _error.Flush();
            _shownLength = 0;
        }
    }

    private sealed class Holding(object gate) : IDisposable
    {
        private object? _gate = gate;

        public void Dispose()
        {
            if (_gate is not null)
            {
                Monitor.Exit(_gate);
                _gate = null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => Complete();

    private string Line()
    {
        var text = new System.Text.StringBuilder("reportlint: ");
        text.Append(_done.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(_total.ToString(CultureInfo.InvariantCulture))
            .Append(_total == 1 ? " file, " : " files, ").Append(((int)_elapsed().TotalSeconds).ToString(CultureInfo.InvariantCulture)).Append(" s");
        InputFile? largest = null;
        long bytes = -1;
        foreach (KeyValuePair<InputFile, long> running in _running)
        {
            if (running.Value > bytes)
            {
                (largest, bytes) = (running.Key, running.Value);
            }
        }

        if (largest is not null)
        {
            text.Append(" (").Append(_verb).Append(' ').Append(Path.GetFileName(largest.DisplayPath));
            if (bytes >= 1024 * 1024)
            {
                text.Append(", ").Append((bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)).Append(" MB");
            }

            text.Append(')');
        }

        return text.ToString();
    }
}

using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

/// <summary>When the progress note shows, driven by a clock the test sets: no sleeping, no timing.</summary>
public sealed class ProgressTests
{
    private TimeSpan _now;

    private (Progress Progress, StringWriter Error) Make(bool terminal, int files = 2, int width = 80)
    {
        var error = new StringWriter();
        return (new Progress(error, terminal, () => _now, files, width), error);
    }

    [Fact]
    public void Shows_nothing_before_a_second()
    {
        (Progress progress, StringWriter error) = Make(terminal: true);
        _now = TimeSpan.FromMilliseconds(900);
        progress.Tick();
        progress.Complete();
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Shows_nothing_when_standard_error_is_not_a_terminal()
    {
        (Progress progress, StringWriter error) = Make(terminal: false);
        progress.Started(new InputFile("/r/big.md", "big.md"), 20 * 1024 * 1024);
        _now = TimeSpan.FromSeconds(18);
        progress.Tick();
        progress.Complete();
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Shows_files_time_and_the_file_being_linted_after_a_second_then_erases_itself()
    {
        (Progress progress, StringWriter error) = Make(terminal: true);
        var big = new InputFile("/r/docs/big.md", "docs/big.md");
        progress.Started(new InputFile("/r/a.md", "a.md"), 100);
        progress.Finished(new InputFile("/r/a.md", "a.md"));
        progress.Started(big, 20 * 1024 * 1024);
        _now = TimeSpan.FromSeconds(1.2);
        progress.Tick();
        _now = TimeSpan.FromSeconds(7.9);
        progress.Tick();
        progress.Finished(big);
        progress.Complete();
        const string first = "reportlint: 1 of 2 files, 1 s (linting big.md, 20 MB)";
        const string second = "reportlint: 1 of 2 files, 7 s (linting big.md, 20 MB)";
        Assert.Equal($"\r{first}\r{second}\r{new string(' ', second.Length)}\r", error.ToString());
    }

    [Fact]
    public void A_hold_erases_the_note_for_a_line_of_output_and_the_next_tick_shows_it_again()
    {
        (Progress progress, StringWriter error) = Make(terminal: true, files: 3);
        _now = TimeSpan.FromSeconds(2);
        progress.Tick();
        using (progress.Hold())
        {
            error.Write("[output]");
        }

        progress.Tick();
        const string note = "reportlint: 0 of 3 files, 2 s";
        Assert.Equal($"\r{note}\r{new string(' ', note.Length)}\r[output]\r{note}", error.ToString());
    }

    [Fact]
    public void Never_writes_after_the_run_is_over()
    {
        (Progress progress, StringWriter error) = Make(terminal: true, files: 1);
        progress.Complete();
        _now = TimeSpan.FromSeconds(5);
        progress.Tick();
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Fits_the_terminal_width()
    {
        (Progress progress, StringWriter error) = Make(terminal: true, files: 1, width: 40);
        progress.Started(new InputFile("/r/a-very-long-report-name-indeed.md", "a-very-long-report-name-indeed.md"), 10);
        _now = TimeSpan.FromSeconds(3);
        progress.Tick();
        string shown = error.ToString();
        Assert.Equal("\rreportlint: 0 of 1 file, 3 s (linting …", shown);
        Assert.True(shown.Length - 1 < 40);
    }

    [Fact]
    public void Check_writes_no_progress_to_a_redirected_error_stream()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("reportlint-progress-").FullName, "r.md");
        File.WriteAllText(file, "Updated: $(date)\n");
        var output = new StringWriter();
        var error = new StringWriter();
        Program.Run(["check", file], output, error);
        Assert.Equal("", error.ToString());
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}

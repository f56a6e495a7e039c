using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using SlideBuilder.Build;
using SlideBuilder.Preview;
using SlideBuilder.Watch;

namespace SlideBuilder.Cli;

/// <summary>
/// <c>slidebuilder watch</c>: build, then rebuild on every change to what the decks are built from, printing one
/// line per deck rebuilt; with <c>--serve</c>, a live preview on 127.0.0.1. Ctrl-C (or SIGTERM) stops it, exit 0.
/// </summary>
internal static class WatchCommand
{
    public const int DefaultPort = 8777;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var o = new DeckOptions();
        var serve = new Option<bool>("--serve") { Description = "serve a live preview (slides, speaker notes, diagnostics) on 127.0.0.1 that updates itself after each rebuild" };
        var port = new Option<int>("--port")
        {
            Description = $"the preview's port (default {DefaultPort}; 0: any free port)",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port takes 0 to 65535");
            }
        });
        var command = new Command("watch", "Build, then rebuild whenever the notes or a file they use changes (only the decks it touches, only the files whose bytes change); --serve adds a live preview. Ctrl-C stops.");
        command.Arguments.Add(o.Inputs);
        foreach (var option in (Option[])[o.Output, o.Formats, o.Template, o.Handout, o.Paper, o.Outside, o.Strict, o.Force, serve, port, o.Quiet, o.Verbose])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(r =>
        {
            if (r.GetResult(port) is { Implicit: false } && r.GetResult(serve) is null)
            {
                r.AddError("--port is the preview's port: give --serve too");
            }
        });
        command.SetAction(r =>
        {
            var printing = new BuildCommand.Printing(Build.DiagnosticsFormat.Text, r.GetValue(o.Quiet), r.GetValue(o.Verbose), Check: false);
            return Run(r.GetValue(o.Inputs)!, o.Given(r, writes: true), o.Common(r, writes: true), r.GetValue(serve) ? r.GetValue(port) : null, printing, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] inputs, CommandSettings given, BuildOptions common, int? port, BuildCommand.Printing printing, TextWriter stdout, TextWriter stderr)
    {
        using var stop = new CancellationTokenSource();
        void Stop(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl-C stops after the rebuild under way (its files are written whole); a second one ends it at once.
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        }

        Console.CancelKeyPress += Stop;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var board = port is null ? null : new PreviewBoard();
            PreviewServer? server = null;
            if (board is not null)
            {
                try
                {
                    server = PreviewServer.Start(board, port!.Value);
                }
                catch (IOException ex)
                {
                    stderr.WriteLine($"slidebuilder: {ex.Message}");
                    return CommandLine.BuildFailed;
                }

                stdout.WriteLine($"preview: {server.Url}");
            }

            using var session = new WatchSession(inputs, given, common, board);
            var lastDiagnostics = "";
            session.Rebuilt += round =>
            {
                foreach (var notice in round.Notices)
                {
                    stderr.WriteLine($"slidebuilder: warning: {notice}");
                }

                var diagnostics = string.Join('\n', round.Diagnostics);
                if (diagnostics != lastDiagnostics && diagnostics.Length > 0)
                {
                    stderr.WriteLine(diagnostics);
                }

                lastDiagnostics = diagnostics;
                foreach (var deck in round.Number == 1 ? round.All : round.Built)
                {
                    BuildCommand.Report(deck, printing, stdout, stderr);
                }

                if (!printing.Quiet)
                {
                    var preview = round.ToPreview > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $", preview in {round.ToPreview.TotalMilliseconds:0} ms") : "";
                    var what = round.Number == 1 ? $"watching {CommandLine.Count(round.All.Count, "deck")}; Ctrl-C stops" : $"rebuilt {CommandLine.Count(round.Built.Count, "deck")}";
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {what} ({round.Elapsed.TotalMilliseconds:0} ms{preview})"));
                }
            };
            session.RunAsync(stop.Token).GetAwaiter().GetResult();
            server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (!printing.Quiet)
            {
                stdout.WriteLine("stopped watching");
            }

            return CommandLine.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= Stop;
        }
    }
}

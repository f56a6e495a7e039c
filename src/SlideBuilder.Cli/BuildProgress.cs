using Spectre.Console;

namespace SlideBuilder.Cli;

/// <summary>
/// The progress of a build of several decks on a terminal (Spectre.Console): one bar, decks done of all, the time
/// taken, cleared when the build ends so the one line per deck that follows is all that stays on the screen.
/// </summary>
internal static class BuildProgress
{
    /// <param name="work">Builds every deck, calling its argument as each one is done (from any thread).</param>
    public static void Show(IAnsiConsole terminal, string description, int decks, Action<Action<int>> work) =>
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: decks);
                work(_ => task.Increment(1));
            });
}

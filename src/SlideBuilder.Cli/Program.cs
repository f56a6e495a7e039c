using SlideBuilder.Cli;

// A progress display only where a person watches: standard output a terminal that takes cursor movements.
var terminal = !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive ? Spectre.Console.AnsiConsole.Console : null;
return CommandLine.Run(args, Console.Out, Console.Error, terminal);

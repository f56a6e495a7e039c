using SlideBuilder.Cli;

namespace SlideBuilder.Tests.Support;

/// <summary>The command line run in-process, its exit code and both streams captured.</summary>
public static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

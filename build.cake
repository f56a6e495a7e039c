// Cake build script: `dotnet tool restore` once, then `dotnet cake [--target=Build|Test|Slides|Default]`.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

Task("Build")
    .Does(() => DotNetBuild("SlideBuilder.sln", new DotNetBuildSettings { Configuration = configuration }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest("SlideBuilder.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

// Builds every notes file in notes/ into artifacts/slides/.
Task("Slides")
    .IsDependentOn("Build")
    .Does(() => DotNetRun(
        "src/SlideBuilder.Cli/SlideBuilder.Cli.csproj",
        new ProcessArgumentBuilder().Append("build").Append("notes").Append("--out").Append("artifacts/slides"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("Default")
    .IsDependentOn("Test")
    .IsDependentOn("Slides");

RunTarget(target);

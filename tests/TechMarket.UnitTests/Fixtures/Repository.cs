using System.Text.RegularExpressions;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>Files of the repository the tests read as text: the web app's dictionaries and the server's sources.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A dictionary of the web app (<c>zh-CN.ts</c>, <c>en.ts</c>) as text.</summary>
    public static string WebDictionary(string file) => File.ReadAllText(Path.Combine(Root, "web", "src", "shared", "i18n", file));

    /// <summary>The translation a dictionary gives a server message (its exact text as the key), or null.</summary>
    public static string? Translation(string dictionary, string message) =>
        Regex.Match(dictionary, $"""(['"]){Regex.Escape(message)}\1:\s*(['"])(.*?)\2""", RegexOptions.Singleline) is { Success: true } m ? m.Groups[3].Value : null;

    /// <summary>The problem codes a dictionary translates: the keys of its <c>problems.codes</c> block.</summary>
    public static IReadOnlySet<string> ProblemCodes(string dictionary)
    {
        var block = Regex.Match(dictionary, @"^  problems: \{.*?^    codes: \{(.*?)^    \},", RegexOptions.Singleline | RegexOptions.Multiline);
        return !block.Success
            ? throw new InvalidOperationException("The dictionary has no problems.codes block.")
            : Regex.Matches(block.Groups[1].Value, @"^\s*'?([a-z0-9-]+)'?\s*:", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
    }

    /// <summary>The text of every C# source file of the server.</summary>
    public static IEnumerable<(string Path, string Text)> ServerSources() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", "TechMarket.Server"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => (path, File.ReadAllText(path)));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechMarket.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: no TechMarket.sln above " + AppContext.BaseDirectory);
    }
}

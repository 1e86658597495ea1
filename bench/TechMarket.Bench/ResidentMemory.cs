using System.Globalization;

namespace TechMarket.Bench;

/// <summary>
/// What a process's resident memory is made of, from /proc: its heaps (RssAnon), the files it maps (RssFile) — split
/// into the search index's files and the rest (the runtime's and the app's assemblies and native libraries) — its
/// shared memory (RssShmem: the runtime's W^X double mapping of its generated code, memfd:doublemapper, whose pages count
/// once in each of their two views), and the index's size on disk. Mapped pages are in the page cache: the kernel may drop them and read them again, and they stay
/// in the page cache, outside any process, when none maps them; the figures say what this process has touched.
/// The proportional set size (Pss) divides each page by the processes that map it, and the private part (Private_Clean +
/// Private_Dirty) counts only the pages no other process maps: what the process costs the machine beside the others.
/// </summary>
internal sealed record ResidentMemory(
    double TotalMb, double AnonymousMb, double FilesMb, double SharedMb, double IndexMb, double IndexOnDiskMb, double ProportionalMb, double PrivateMb)
{
    public double OtherFilesMb => FilesMb - IndexMb;

    public static ResidentMemory Of(int pid, string indexDirectory) => new(
        Status(pid, "VmRSS"), Status(pid, "RssAnon"), Status(pid, "RssFile"), Status(pid, "RssShmem"), Mapped(pid, indexDirectory),
        new DirectoryInfo(indexDirectory).GetFiles().Sum(f => f.Length) / 1048576.0,
        Rollup(pid, "Pss"), Rollup(pid, "Private_Clean") + Rollup(pid, "Private_Dirty"));

    /// <summary>The mapped files with the most resident pages outside the index (megabytes each), for the bench's log:
    /// what the rest of the mapped part is made of.</summary>
    public static string LargestOtherFiles(int pid, string indexDirectory, int count = 12)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory)) + Path.DirectorySeparatorChar;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        string? file = null;
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                file = fields.Length >= 6 && fields[5].StartsWith('/') && !fields[5].StartsWith(prefix, StringComparison.Ordinal) ? fields[5] : null;
            }
            else if (file is not null && fields is ["Rss:", var size, "kB"])
            {
                sizes[file] = sizes.GetValueOrDefault(file) + long.Parse(size, CultureInfo.InvariantCulture);
            }
        }

        return string.Join(", ", sizes.OrderByDescending(s => s.Value).Take(count)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(s.Key)} {s.Value / 1024.0:0.0}")));
    }

    /// <summary>A line of /proc/PID/status in megabytes.</summary>
    private static double Status(int pid, string key) => Kilobytes($"/proc/{pid}/status", key) / 1024;

    /// <summary>A line of /proc/PID/smaps_rollup (the sums over every mapping) in megabytes.</summary>
    private static double Rollup(int pid, string key) => Kilobytes($"/proc/{pid}/smaps_rollup", key) / 1024;

    private static double Kilobytes(string file, string key)
    {
        var line = File.ReadLines(file).First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The resident pages of the mappings of files under a directory (deleted ones too: a merged-away segment
    /// stays mapped until its last reader closes), from /proc/PID/smaps, in megabytes.</summary>
    private static double Mapped(int pid, string directory)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        var inside = false;
        var kilobytes = 0L;
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                inside = fields.Length >= 6 && fields[5].StartsWith(prefix, StringComparison.Ordinal); // a mapping's header line
            }
            else if (inside && fields is ["Rss:", var size, "kB"])
            {
                kilobytes += long.Parse(size, CultureInfo.InvariantCulture);
            }
        }

        return kilobytes / 1024.0;
    }
}

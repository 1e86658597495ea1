using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// This node's full-text index (Lucene.Net, SmartCn) on its own disk. Changes are searchable as soon as they are
/// applied (near-real-time readers from the writer); they are committed to disk at most every
/// <see cref="CommitInterval"/>, and when the feeder has nothing else to do, because a commit waits for the disk. Every
/// commit records, in its user data, the event sequence it is complete through, in the same atomic step as the
/// documents: after a restart the feeder goes on from there, re-applying at most the last interval's events, which
/// index what they touched as it is now and so change nothing. Writes come from one feeder; reads are lock-free.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string SequenceKey = "techmarket.sequence";
    private const string LayoutKey = "techmarket.layout";

    /// <summary>The layout of the documents (their fields and keys, <see cref="IndexedFields"/>). An index written in
    /// another layout is emptied when it is opened, so that the feeder replays every event into the one this code reads.</summary>
    public const string Layout = "7";

    /// <summary>How long applied changes may wait for a commit while the feeder is busy.</summary>
    public static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);

    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _write = new();
    private long _committedThrough;
    private long _lastCommit = Environment.TickCount64;

    public SearchIndex(Directory directory)
    {
        _directory = directory;
        Analyzer = TextTerms.NewAnalyzer();
        _writer = new IndexWriter(directory, new IndexWriterConfig(TextTerms.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        var committed = _writer.CommitData;
        if (!committed.TryGetValue(LayoutKey, out var layout) || layout != Layout)
        {
            _writer.DeleteAll();
            Commit(0);
        }
        else
        {
            _committedThrough = long.Parse(committed[SequenceKey], CultureInfo.InvariantCulture);
        }

        Progress = new IndexProgress(_committedThrough);

        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>An index in memory, for the scoring's evaluation and unit tests.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory());

    public static SearchIndex OnDisk(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new SearchIndex(FSDirectory.Open(new DirectoryInfo(path)));
    }

    public Analyzer Analyzer { get; }

    /// <summary>The last event sequence whose changes are in the index (searchable; on disk within a commit interval).</summary>
    public long AppliedThrough => Progress.Applied;

    /// <summary>True from a rebuild's start until the feeder has replayed every event again.</summary>
    public bool Rebuilding { get; set; }

    /// <summary>Applies changes, makes them searchable, and records that the index is now complete through the given
    /// sequence (committed with them when the last commit is older than <see cref="CommitInterval"/>).</summary>
    public void Apply(IReadOnlyCollection<SearchChange> changes, long throughSequence)
    {
        lock (_write)
        {
            foreach (var change in changes)
            {
                var key = new Term(IndexedFields.Key, SearchDocument.KeyOf(change.Kind, change.Id));
                if (change.Document is { } document)
                {
                    _writer.UpdateDocument(key, IndexedFields.ToLucene(document, Analyzer));
                }
                else
                {
                    _writer.DeleteDocuments(key);
                }
            }

            _searchers.MaybeRefreshBlocking();
            Progress.MovedTo(throughSequence);
            if (Environment.TickCount64 - _lastCommit >= CommitInterval.TotalMilliseconds)
            {
                Commit(throughSequence);
            }
        }
    }

    /// <summary>Commits what was applied since the last commit, if anything (the feeder calls it when idle). Documents
    /// applied without a new sequence (the bench's corpus, written at sequence 0) count too.</summary>
    public void CommitApplied()
    {
        lock (_write)
        {
            if (_committedThrough != AppliedThrough || _writer.HasUncommittedChanges())
            {
                Commit(AppliedThrough);
            }
        }
    }

    /// <summary>Empties the index (committed with sequence 0), so the feeder replays every event into it.</summary>
    public void Reset()
    {
        lock (_write)
        {
            Rebuilding = true;
            _writer.DeleteAll();
            Commit(0);
            _searchers.MaybeRefreshBlocking();
            Progress.MovedTo(0);
        }
    }

    /// <summary>Commits what was written with the sequence it completes and the layout, in one atomic step.</summary>
    private void Commit(long throughSequence)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = throughSequence.ToString(CultureInfo.InvariantCulture),
            [LayoutKey] = Layout,
        });
        _writer.Commit();
        (_committedThrough, _lastCommit) = (throughSequence, Environment.TickCount64);
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public SearchIndexStatus Status() => new(AppliedThrough, Read(s => s.IndexReader.NumDocs), Rebuilding);

    /// <summary>How far the index has applied the event store, and the matcher's wait for it (which wakes the feeder).</summary>
    public IndexProgress Progress { get; }

    /// <summary>Waits until the index has applied the given sequence — one the async daemon delivered; false when it has
    /// not within the time.</summary>
    public Task<bool> WaitForAsync(long sequence, TimeSpan timeout, CancellationToken ct) => Progress.WaitForAsync(sequence, timeout, ct);

    public void Dispose()
    {
        CommitApplied();
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
        Progress.Dispose();
    }
}

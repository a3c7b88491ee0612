using Caravan.Data.Exports;

namespace Caravan.Data.Tests.Exports;

/// <summary>Issue 12: outputs are replaced together or not at all; temporaries of killed runs are cleaned.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void When_one_file_fails_none_is_replaced_and_no_temporary_is_left()
    {
        var a = Path.Combine(dir, "a.csv");
        var b = Path.Combine(dir, "b.csv");
        File.WriteAllText(a, "old a");
        File.WriteAllText(b, "old b");
        Assert.Throws<ExportException>(() => AtomicFile.WriteAll([
            (a, t => File.WriteAllText(t, "new a")),
            (b, _ => throw new IOException("No space left on device")),
        ]));
        Assert.Equal("old a", File.ReadAllText(a));
        Assert.Equal("old b", File.ReadAllText(b));
        Assert.Equal(2, Directory.EnumerateFiles(dir).Count());
    }

    [Fact]
    public void Temporaries_of_a_dead_process_are_removed_and_a_live_ones_kept()
    {
        var target = Path.Combine(dir, "p.parquet");
        var dead = Path.Combine(dir, ".p.parquet.999999999.0123456789abcdef0123456789abcdef.tmp");
        var live = Path.Combine(dir, $".p.parquet.{Environment.ProcessId}.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(dead, "half");
        File.WriteAllText(live, "in progress");
        AtomicFile.WriteText(target, "done");
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.Equal("done", File.ReadAllText(target));
    }
}

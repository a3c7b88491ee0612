using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Caravan.Data.Events;

/// <summary>
/// Expands the paths given to <c>events ingest</c>: a file; a folder (every file below it, recursively, except
/// hidden files and .md/.json/.parquet); a glob with <c>*</c>, <c>?</c> or <c>**</c> (any folders) such as
/// <c>raw/2018*/*-icews-events.tab</c> or <c>raw/**/*.export.CSV.zip</c> (quote it so the shell does not expand
/// it); <c>.zip</c> archives (every member is an input) and <c>.gz</c> files.
/// </summary>
internal static class InputExpander
{
    private static readonly string[] SkippedExtensions = [".md", ".json", ".parquet", ".sha256", ".md5"];

    public static IReadOnlyList<InputSource> Expand(IEnumerable<string> paths)
    {
        var result = new List<InputSource>();
        foreach (var p in paths)
        {
            if (p.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(p);
                if (matches.Count == 0)
                {
                    throw new EventDataException($"The pattern '{p}' matches no file.");
                }

                foreach (var m in matches)
                {
                    AddFile(result, m, explicitFile: false);
                }
            }
            else if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(f);
                    if (!name.StartsWith('.') && !SkippedExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    {
                        AddFile(result, f, explicitFile: false);
                    }
                }
            }
            else if (File.Exists(p))
            {
                AddFile(result, p, explicitFile: true);
            }
            else
            {
                throw new EventDataException($"No such file or folder: '{p}'.");
            }
        }

        return result;
    }

    private static void AddFile(List<InputSource> result, string path, bool explicitFile)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            List<string> members;
            try
            {
                using var zip = ZipFile.OpenRead(full);
                members = zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).Select(e => e.FullName).ToList();
            }
            catch (InvalidDataException e)
            {
                throw new EventDataException($"{full}: not a readable zip archive ({e.Message}).", e);
            }

            foreach (var m in members)
            {
                result.Add(new InputSource($"{name}!{m}", full, () => OpenMember(full, m), explicitFile));
            }
        }
        else if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            result.Add(new InputSource(name, full, () => new GZipStream(File.OpenRead(full), CompressionMode.Decompress), explicitFile));
        }
        else
        {
            result.Add(new InputSource(name, full, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), explicitFile));
        }
    }

    private static Stream OpenMember(string archive, string member)
    {
        var zip = ZipFile.OpenRead(archive);
        var entry = zip.GetEntry(member) ?? throw new EventDataException($"{archive}: member {member} disappeared.");
        return new OwningStream(entry.Open(), zip);
    }

    /// <summary>Files matching a glob: the part before the first wildcard segment is the base folder.</summary>
    internal static IReadOnlyList<string> Glob(string pattern)
    {
        var normal = pattern.Replace('\\', '/');
        var segments = normal.Split('/');
        var first = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        var baseDir = first == 0 ? "." : string.Join('/', segments[..first]);
        if (baseDir.Length == 0)
        {
            baseDir = "/";
        }

        if (!Directory.Exists(baseDir))
        {
            throw new EventDataException($"The pattern '{pattern}': folder '{baseDir}' does not exist.");
        }

        var rest = string.Join('/', segments[first..]);
        var regex = new Regex("^" + Regex.Escape(rest).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
        var recursive = segments.Length - first > 1 || rest.Contains("**", StringComparison.Ordinal);
        return Directory.EnumerateFiles(baseDir, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => regex.IsMatch(Path.GetRelativePath(baseDir, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A stream that disposes its zip archive with it.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

namespace Caravan.Data.Events;

/// <summary>One raw input: a file, a zip member ("archive.zip!member") or a gzip file, opened as decompressed bytes.</summary>
/// <param name="Name">Name shown in reports and stored in <c>source_file</c> (file name, not the full path).</param>
/// <param name="Path">Full path of the file on disk (the archive for zip members).</param>
/// <param name="Open">Opens the decompressed content.</param>
/// <param name="Explicit">Named on the command line (an unrecognised format is an error) rather than found in a folder or glob (skipped with a note).</param>
internal sealed record InputSource(string Name, string Path, Func<Stream> Open, bool Explicit);

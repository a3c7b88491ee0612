namespace Caravan.DataBuild;

/// <summary>A user-facing build failure (bad option, failing script, key violation); printed without a stack trace.</summary>
internal sealed class BuildException(string message) : Exception(message);

namespace Caravan.Data.Panels;

/// <summary>Progress of a panel build: step <paramref name="Index"/> of <paramref name="Total"/> started or finished.</summary>
public sealed record PanelProgress(int Index, int Total, string Step, bool Finished, TimeSpan Elapsed);

namespace Caravan.Analysis;

/// <summary>Options of the China–Central Asia study (one frozen record).</summary>
/// <param name="Seed">Seed of every simulation (same seed, same numbers).</param>
/// <param name="Draws">Simulation draws per quantity of interest.</param>
/// <param name="Reduced">A fast run for tests: the world panel 1992–2014 only (the two post-Cold-War samples), fewer draws.</param>
/// <param name="DataDirectory">The shipped data folder (null: locate data/).</param>
public sealed record StudyOptions(int Seed = 20130907, int Draws = 1000, bool Reduced = false, string? DataDirectory = null);

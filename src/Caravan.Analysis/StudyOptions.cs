namespace Caravan.Analysis;

/// <summary>Options of the China–Central Asia study (one frozen record).</summary>
/// <param name="Seed">Seed of every simulation (same seed, same numbers).</param>
/// <param name="Draws">Simulation draws per quantity of interest.</param>
/// <param name="Reduced">A fast run for tests and previews: politically relevant dyads 1992–2014 only (one sample), fewer draws; verdicts rest on that one sample.</param>
/// <param name="DataDirectory">The shipped data folder (null: locate data/).</param>
/// <param name="CommandLine">The command line that ran the study, for the report and summary.csv (null when called as a library).</param>
/// <param name="Region">The focus state, partners and years (null: China and the five Central Asian states, 1992–2024).</param>
public sealed record StudyOptions(int Seed = 20130907, int Draws = 1000, bool Reduced = false, string? DataDirectory = null, string? CommandLine = null,
    CentralAsia.StudyRegion? Region = null)
{
    /// <summary>The region studied.</summary>
    public CentralAsia.StudyRegion StudyRegion => Region ?? CentralAsia.StudyRegion.Default;
}

using Caravan.Core.Frames;
using Caravan.Data.Panels;

namespace Caravan.Analysis.World;

/// <summary>The world dyad-year panel with the study's variables, and how it was built.</summary>
/// <param name="Frame">One row per dyad-year (ccode1 &lt; ccode2), columns as in <see cref="StudyColumns"/> plus the panel's own.</param>
/// <param name="Notes">Plain-words notes on coverage and coding.</param>
/// <param name="Codebook">The panel's codebook plus the derived study variables.</param>
/// <param name="Sources">Shipped tables used.</param>
public sealed record StudyPanel(Frame Frame, IReadOnlyList<string> Notes, IReadOnlyList<CodebookEntry> Codebook, IReadOnlyList<string> Sources);

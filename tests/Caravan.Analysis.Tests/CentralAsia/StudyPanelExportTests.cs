using System.Globalization;
using Caravan.Analysis.CentralAsia;

namespace Caravan.Analysis.Tests.CentralAsia;

/// <summary>The panel that <c>caravan analyze</c> writes beside the report: China and the five states, every add step, CSV and .dta with codebooks.</summary>
public class StudyPanelExportTests
{
    [Fact]
    public void Writes_the_china_central_asia_dyad_years_with_codebooks()
    {
        var dir = Directory.CreateTempSubdirectory("caravan-study-panel-").FullName;
        try
        {
            var (panel, files) = StudyPanelExport.Write(null, dir, 2023);

            // 6 states -> 15 dyads, all members from 1992 (COW list carried forward after 2016): 15 x 32 years.
            Assert.Equal(15 * 32, panel.RowCount);
            Assert.Equal(2, files.Count);
            foreach (var f in files)
            {
                Assert.True(new FileInfo(f).Length > 0, f);
                Assert.True(File.Exists(Path.ChangeExtension(f, null) + ".codebook.csv"), f);
            }

            var lines = File.ReadAllLines(Path.Combine(dir, StudyPanelExport.BaseName + ".csv"));
            Assert.Equal(15 * 32 + 1, lines.Length);
            var header = lines[0].Split(',');
            int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new KeyNotFoundException(name);

            // China-reported exports FOB to Kazakhstan (IMF DOTS), US$ m: 2010 = 9,279 (rounded as published).
            var row = lines.Skip(1).Select(l => l.Split(','))
                .Single(c => c[Col("ccode1")] == "705" && c[Col("ccode2")] == "710" && c[Col("year")] == "2010");
            Assert.Equal(9279, Math.Round(double.Parse(row[Col("exp21_rep_fob")], CultureInfo.InvariantCulture)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

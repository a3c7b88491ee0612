using System.Globalization;
using System.Text;
using Caravan.Estimation.Results;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Coefficient CSV (broom's tidy columns): term, estimate, std_error, statistic, p_value, conf_low,
/// conf_high; with several models a leading "model" column. Doubles round-trip ("R"), RFC 4180 quoting.
/// </summary>
internal static class CsvCoefficientWriter
{
    public static string Write(IReadOnlyList<FitResult> models, IReadOnlyList<string> names)
    {
        var sb = new StringBuilder();
        var multi = models.Count > 1;
        sb.AppendLine((multi ? "model," : string.Empty) + "term,estimate,std_error,statistic,p_value,conf_low,conf_high");
        for (var i = 0; i < models.Count; i++)
        {
            foreach (var r in models[i].Coefficients())
            {
                if (multi)
                {
                    sb.Append(Quote(names[i])).Append(',');
                }

                sb.Append(Quote(r.Term));
                foreach (var v in new[] { r.Estimate, r.StdError, r.Statistic, r.PValue, r.ConfLow, r.ConfHigh })
                {
                    sb.Append(',').Append(double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture));
                }

                sb.AppendLine();
            }
        }

        return sb.ToString();
    }

    internal static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

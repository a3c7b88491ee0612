using System.Globalization;

namespace Caravan.Reporting.Report;

/// <summary>How numbers are shown in report tables (the CSVs keep full precision).</summary>
public static class ReportFormat
{
    public static string Cell(object? cell) => cell switch
    {
        null => "",
        double d when double.IsNaN(d) => "–",
        double d when d != 0 && Math.Abs(d) < 0.001 => d.ToString("0.###E+0", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) >= 10000 => d.ToString("N0", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static string Number(double d, int digits = 3) =>
        double.IsNaN(d) ? "–" : d.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Percent(double d, int decimals = 1) =>
        double.IsNaN(d) ? "–" : (100 * d).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}

namespace Caravan.Data.Events;

/// <summary>
/// The CAMEO quad classes (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
/// GDELT rows carry their own QuadClass (GDELT: roots 01-05, 06-09, 10-14, 15-20). ICEWS rows get the ICEWS
/// convention of the {icews} codebook (data/cameo_codes.parquet, quad_category): roots 01-05, 06-08, 09-13, 14-20.
/// </summary>
public static class QuadClasses
{
    public const int VerbalCooperation = 1;
    public const int MaterialCooperation = 2;
    public const int VerbalConflict = 3;
    public const int MaterialConflict = 4;

    /// <summary>The ICEWS quad class of a two-digit CAMEO root code.</summary>
    public static int Icews(string root)
    {
        var r = int.Parse(root, System.Globalization.CultureInfo.InvariantCulture);
        return r switch
        {
            <= 5 => VerbalCooperation,
            <= 8 => MaterialCooperation,
            <= 13 => VerbalConflict,
            _ => MaterialConflict,
        };
    }
}

namespace Caravan.Data.Events;

/// <summary>Column positions (0-based) of an ICEWS .tab file (header line "Event ID	Event Date	Source Name	...").</summary>
internal static class IcewsLayout
{
    public const int Columns = 20;

    public const int EventId = 0;
    public const int EventDate = 1;
    public const int SourceName = 2;
    public const int SourceSectors = 3;
    public const int SourceCountry = 4;
    public const int CameoCode = 6;
    public const int Intensity = 7;
    public const int TargetName = 8;
    public const int TargetSectors = 9;
    public const int TargetCountry = 10;
    public const int Publisher = 13;

    public static readonly string[] Header =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];
}

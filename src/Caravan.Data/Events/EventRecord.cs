namespace Caravan.Data.Events;

/// <summary>One side of an event (source or target actor), normalised.</summary>
/// <param name="Actor">GDELT actor code (trimmed) or ICEWS actor name.</param>
/// <param name="Name">GDELT actor name, or the ICEWS name.</param>
/// <param name="Country">The raw country value: GDELT CAMEO country code or ICEWS country name.</param>
/// <param name="Iso3">ISO3 of the mapped COW state (null when unmapped).</param>
/// <param name="Cow">COW code (null when unmapped: regions, organisations, territories, empty).</param>
/// <param name="Sectors">GDELT Type1-3 codes joined with ';' or the ICEWS sector list.</param>
/// <param name="IsState">The actor is the state itself or its government, military, police, judiciary or legislature (see <see cref="StateActors"/>).</param>
internal readonly record struct EventActor(string? Actor, string? Name, string? Country, string? Iso3, int? Cow, string? Sectors, bool IsState);

/// <summary>One normalised event row of the store (columns in <see cref="EventSchema"/>).</summary>
internal readonly record struct EventRecord(
    string Dataset,
    long EventId,
    DateOnly Date,
    DateTime? Slot,
    EventActor Source,
    EventActor Target,
    string CameoCode,
    string RootCode,
    int QuadClass,
    double? Goldstein,
    bool? IsRoot,
    int? Mentions,
    int? Sources,
    int? Articles,
    double? Tone,
    string? SourceUrl,
    string SourceFile,
    int Line);

/// <summary>One GDELT 2.0 mention row.</summary>
internal readonly record struct MentionRecord(
    long EventId,
    DateTime EventTime,
    DateTime MentionTime,
    int MentionType,
    string? SourceName,
    string? Identifier,
    int? Sentence,
    int? Confidence,
    int? DocLength,
    double? DocTone,
    bool Translated,
    string SourceFile,
    int Line);

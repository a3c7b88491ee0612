namespace Caravan.Data.Panels;

/// <summary>What a panel's codebook cites: the shipped tables it used and the user's own joined tables.</summary>
public sealed record CodebookCitations(IReadOnlyList<Caravan.Data.Sources.SourceTable> Shipped, IReadOnlyList<UserDataCitation> User);

/// <summary>A user table joined with <c>panel --join</c> (codebook source "user:NAME") and the citation given for it.</summary>
public sealed record UserDataCitation(string Source, string Citation);

namespace Caravan.Analysis;

/// <summary>The study was asked for something the data cannot support (an unknown dyad or year, a panel lacking a theory's
/// variables, a scenario outside the data's support). The message says what is missing and how to get it.</summary>
public sealed class StudyInputException(string message) : Exception(message);

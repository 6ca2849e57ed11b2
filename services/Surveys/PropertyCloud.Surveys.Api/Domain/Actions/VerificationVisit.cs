namespace PropertyCloud.Surveys.Api.Domain.Actions;

/// <summary>Residents visited again to see whether a corrective action worked (篇12).</summary>
public sealed record VerificationVisit(DateOnly VisitedOn, bool Effective, string Note, string? VerifiedBy);

namespace PropertyCloud.Web.Api.Archives;

/// <summary>A request to borrow or copy an archived document, as the Archives API lists it.</summary>
public sealed record Loan(Guid Id, Guid DocumentId, string Purpose, DateTimeOffset DueAt, string BorrowerName, DateTimeOffset RequestedAt,
    string Status, string Kind);

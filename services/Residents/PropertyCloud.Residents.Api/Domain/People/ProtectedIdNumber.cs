namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>An ID number as stored: encrypted, a keyed hash for exact lookup, and its masked form for display.</summary>
public sealed record ProtectedIdNumber(string Cipher, string LookupHash, string Masked);

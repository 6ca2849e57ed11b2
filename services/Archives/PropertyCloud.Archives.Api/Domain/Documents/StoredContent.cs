namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>Content already written to the document store, ready to become a document version.</summary>
public sealed record StoredContent(string Sha256, long Length, string FileName, string ContentType);
